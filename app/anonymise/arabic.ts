// Arabic in Arabic script: clients from Syria, Iraq, Morocco or Sudan write to their klantmanager in their own language, and
// the note keeps the original next to its Dutch translation ("مرحبا أستاذة ليزا، أنا أحمد الحسن، عمري 39 سنة، من حلب"). Arabic
// has no capitals, so the Dutch rules find nothing there; this module reads the frames a message uses: a name after a title,
// a self-introduction or a kin word ("زوجتي رانيا"), towns of a list after "from/in/to", ages after "my/his age" ("عمري 39 سنة",
// "أعمارهم 4 و7 و12"), dates with a month name ("1 أيار"), and a Dutch street after "to" or the word for address.
import { allMatches } from "./scan";
import { PRIO, type Candidate } from "./types";

/** An Arabic word: letters with their vowel marks (tanwin in "عاماً"). */
const WORD = String.raw`[\u0621-\u064A\u064B-\u065F\u0670-\u06D3]+`;
const BEFORE = String.raw`(?<![\p{L}\p{M}])`;
const AFTER = String.raw`(?![\p{L}\p{M}])`;
const words = (list: string) => list.trim().split(/\s+/);

// Common first names (Levantine, Iraqi, Maghrebi and Sudanese spellings), so that a frame takes a name and not a verb.
const FIRST_NAMES = new Set(words(`
  محمد أحمد احمد محمود مصطفى علي حسن حسين عمر عمار خالد خليل إبراهيم ابراهيم يوسف يونس سامي سمير سليم سعيد سعد صالح طارق
  عبدالله عبدالرحمن عبدالكريم فادي فراس باسل بشار جمال جميل حمزة زياد زيد رامي ماهر مازن مراد نبيل نزار هادي هاني وليد ياسر
  ياسين أيمن ايمن أنس انس إياد اياد بلال رضا رائد كريم كمال لؤي مالك منير ناصر عادل عماد غسان شادي وسيم وائل مهند مؤمن رياض
  سامر عدنان عثمان إسماعيل اسماعيل موسى عيسى داود سليمان يحيى آدم ادم ريان قاسم جهاد حازم حسام معاذ أسامة اسامة منصور رشيد
  فاطمة عائشة مريم خديجة زينب سارة ساره رانيا رنا ريم ريما ليلى لينا هبة هدى هند نور نورا نادية ناديا سلمى سمر سهى سوسن سعاد
  أمل امل آمنة أسماء اسماء إيمان ايمان بشرى جميلة حنان حلا دعاء دانا رشا رهف روان زهرة سحر شيماء صفاء عبير علا غادة فرح لمى
  لبنى مها منى ميساء نسرين نجلاء هيفاء وفاء ياسمين يارا جنى جود تالا ليان ملك شهد رغد آية اية ريتاج ليزا سارا آنا يوليا
`));
// A word after "I am" or a kin word that is no name: "أنا في البيت", "زوجتي مريضة" are caught by the list; these are the
// function words a title may be followed by.
const NOT_NAMES = new Set(words(`في من إلى الى على عن مع هو هي هم أنا انا لا لم لن قد كان كانت الآن ايضا أيضا أيضاً جدا جداً بخير`));

// "from/in/to" and the towns and countries of origin a message names (with the Dutch towns of our users in Arabic
// spelling); "هولندا" (Nederland) is left out, as in Dutch.
const TOWNS = new Set(words(`
  حلب دمشق حمص حماة إدلب ادلب درعا اللاذقية طرطوس الرقة القامشلي الحسكة السويداء منبج عفرين دير_الزور بغداد الموصل البصرة
  أربيل اربيل كركوك النجف كربلاء الفلوجة بيروت طرابلس صيدا عمان إربد اربد الزرقاء القاهرة الإسكندرية الاسكندرية الخرطوم أم_درمان
  طنجة الناظور الحسيمة الرباط فاس مراكش وجدة أكادير اكادير تطوان الدار_البيضاء صنعاء عدن تونس صفاقس الجزائر وهران بنغازي مصراتة
  غزة القدس نابلس الخليل رام_الله إسطنبول اسطنبول أنقرة انقرة غازي_عنتاب عنتاب مرسين أضنة كلس أورفا اسمرة أسمرة مقديشو كابول
  سوريا سورية العراق لبنان الأردن الاردن مصر المغرب ليبيا السودان اليمن فلسطين تركيا ألمانيا المانيا بلجيكا إريتريا اريتريا
  الصومال أفغانستان افغانستان إيران ايران
  أمستردام امستردام روتردام لاهاي أوترخت اوترخت أيندهوفن آيندهوفن ايندهوفن نايميخن نيميخن نايميغن أرنهم ارنهم خرونينغن
  خرونينخن تيلبورخ تيلبورغ بريدا ألمير الميره زفولا ليدن دلفت هارلم أبلدورن امرسفورت أمرسفورت ماستريخت فينلو هنغيلو
  إنسخيدا انسخيده ليواردن دوردريخت زاندام فايخن
`).map((t) => t.replace(/_/g, " ")));
const TOWN_LIST = [...TOWNS].sort((a, b) => b.length - a.length).join("|");
// (with a glued "and/in/to" before it: "وحلب", "بدمشق", "لبغداد")
const TOWN_RE = new RegExp(String.raw`${BEFORE}(?:[وبلف])?(${TOWN_LIST})${AFTER}`, "gu");

// "أستاذة ليزا", "السيد أحمد الحسن": a title + one or two words.
const TITLE_NAME_RE = new RegExp(String.raw`${BEFORE}(?:[وف])?(?:السيد|السيدة|الأستاذ|الأستاذة|أستاذ|أستاذة|استاذ|استاذة|الدكتور|الدكتورة|دكتور|دكتورة|الحاج|الحاجة)[ \t]+(${WORD}(?:[ \t]+ال${WORD})?)${AFTER}`, "gu");
// "أنا أحمد الحسن", "اسمي فاطمة": a self-introduction + a first name of the list (+ a family name with "al-").
const SELF_NAME_RE = new RegExp(String.raw`${BEFORE}(?:[وف])?(?:أنا|انا|اسمي|إسمي)[ \t]+(${WORD}(?:[ \t]+ال${WORD})?)${AFTER}`, "gu");
// "زوجتي رانيا", "ابني يوسف", "مع أختي سارة": a kin word + a first name of the list.
const KIN_NAME_RE = new RegExp(String.raw`${BEFORE}(?:[وبل])?(?:زوجتي|زوجي|زوجته|زوجها|ابني|إبني|ابنتي|بنتي|ابنه|ابنها|ابنته|ابنتها|أخي|اخي|أختي|اختي|أمي|امي|والدتي|والدي|أبي|ابي|حفيدي|حفيدتي)[ \t]+(${WORD})${AFTER}`, "gu");

// (also in words: "عمري ثلاث وثلاثون سنة", 33; "عمره خمس سنوات", 5; "أحد عشر" and the other teens)
const UNITS = "واحد|واحدة|اثنان|اثنين|اثنتان|ثلاث|ثلاثة|أربع|أربعة|اربع|اربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثمان|ثماني|ثمانية|تسع|تسعة|عشر|عشرة|أحد|احد|اثنا|اثنتا";
const TENS = "عشرون|عشرين|ثلاثون|ثلاثين|أربعون|أربعين|اربعون|اربعين|خمسون|خمسين|ستون|ستين|سبعون|سبعين|ثمانون|ثمانين|تسعون|تسعين";
const NUMBER_WORDS = String.raw`(?:(?:${UNITS})[ \t]+و(?:${TENS})|(?:${UNITS})[ \t]+(?:عشر|عشرة)|${TENS}|${UNITS})`;
const DIGITS = String.raw`(?:[0-9٠-٩]{1,3}|${NUMBER_WORDS})`;
const YEARS = "(?:سنة|سنوات|سنين|عاما|عامًا|عاماً|عام)";
// "عمري 39 سنة", "وعمره ١٤ عاماً": "my/his/her age" + a number (+ years); "أعمارهم 4 و7 و12": "their ages" + a list.
const AGE_RE = new RegExp(String.raw`${BEFORE}(?:[وف])?(?:عمري|عمره|عمرها|عمرك|عمرهم|عمرهما|أعمارهم|اعمارهم|أعمارهما|أعمار)[ \t]+(?:(?:حوالي|تقريبا|تقريباً|الآن|الان)[ \t]+)?(${DIGITS}(?:[ \t]+${YEARS}${AFTER})?)((?:[ \t]*(?:،|,|و)[ \t]*(?:و[ \t]*)?${DIGITS}(?![0-9٠-٩]))*)`, "gu");
const LIST_NUMBER_RE = /[0-9٠-٩]{1,3}/g;
// "ابني (14 سنة)": a number + years in brackets.
const PAREN_AGE_RE = new RegExp(String.raw`\((${DIGITS}[ \t]+${YEARS})\)`, "gu");

// Month names of the Levant and Iraq, and of Egypt and the Gulf: "1 أيار", "15 آذار 2024", "في نيسان 2023".
const MONTHS = "كانون الثاني|كانون الأول|تشرين الأول|تشرين الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر";
const DATE_RE = new RegExp(String.raw`(?<![0-9٠-٩])(?:[0-9٠-٩]{1,2}[ \t]+(?:${MONTHS})(?:[ \t]+(?:19|20|١٩|٢٠)[0-9٠-٩]{2})?|(?:${MONTHS})[ \t]+(?:19|20|١٩|٢٠)[0-9٠-٩]{2})${AFTER}`, "gu");

// "سننتقل إلى Koningsdaal 5", "عنواني: Kerkstraat 12": a Dutch street and number after "to/in" or the word for address.
const ADDRESS_RE = /(?<![\p{L}\p{M}])(?:إلى|الى|في|عنواني|عنوانه|عنوانها|العنوان|عنوان)[ \t]*:?[ \t]+(\p{Lu}[\p{Script=Latin}'’-]+(?:[ \t]+\p{Lu}[\p{Script=Latin}'’-]+)?[ \t]+\d{1,4}(?:[a-z](?![\p{L}])|-\d{1,3})?)(?![\p{L}\p{N}])/gu;

/** Persons, places, ages, dates and addresses in the Arabic parts of a text. */
export function arabicCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const at = (m: RegExpExecArray, group = 1) => m.index + m[0].indexOf(m[group]);
  for (const m of allMatches(TITLE_NAME_RE, text)) {
    const first = m[1].split(/[ \t]+/)[0];
    if (NOT_NAMES.has(first) || TOWNS.has(first)) continue;
    out.push({ s: at(m), e: at(m) + m[1].length, label: "persoon", prio: PRIO.personContext });
  }
  for (const m of allMatches(SELF_NAME_RE, text)) {
    const parts = m[1].split(/[ \t]+/);
    if (!FIRST_NAMES.has(parts[0])) continue;
    out.push({ s: at(m), e: at(m) + m[1].length, label: "persoon", prio: PRIO.personContext });
  }
  for (const m of allMatches(KIN_NAME_RE, text))
    if (FIRST_NAMES.has(m[1])) out.push({ s: at(m), e: at(m) + m[1].length, label: "persoon", prio: PRIO.personContext });
  for (const m of allMatches(TOWN_RE, text)) out.push({ s: at(m), e: at(m) + m[1].length, label: "plaats", prio: PRIO.placeContext });
  for (const m of allMatches(AGE_RE, text)) {
    out.push({ s: at(m), e: at(m) + m[1].length, label: "leeftijd", prio: PRIO.leeftijd });
    // (the other ages of the list, each a span of its own)
    const listStart = m.index + m[0].length - m[2].length;
    for (const n of m[2].matchAll(LIST_NUMBER_RE)) out.push({ s: listStart + n.index, e: listStart + n.index + n[0].length, label: "leeftijd", prio: PRIO.leeftijd });
  }
  for (const m of allMatches(PAREN_AGE_RE, text)) out.push({ s: m.index + 1, e: m.index + 1 + m[1].length, label: "leeftijd", prio: PRIO.leeftijd });
  for (const m of allMatches(DATE_RE, text)) out.push({ s: m.index, e: m.index + m[0].length, label: "datum", prio: PRIO.datum });
  for (const m of allMatches(ADDRESS_RE, text)) out.push({ s: at(m), e: at(m) + m[1].length, label: "adres", prio: PRIO.adres });
  return out;
}
