// Ukrainian (and Russian) in Cyrillic script: clients from Ukraine write to their klantmanager in their own language, and
// the note keeps the original next to its Dutch summary ("Добрий день, пані Інге! Це Олена Коваленко …"). The Dutch rules
// read capitals and Dutch context words, so this module finds the same kinds of data in the Cyrillic text: names after a
// title, a self-introduction or a kin word, and known first names in any grammatical case; towns after a preposition;
// ages ("йому 14 років", "мені сорок два роки", "Максиму 12 років", "(12 років)"); dates ("1 вересня", "у березні 2022",
// "з березня 2022"); a Dutch street after the word for address ("адреса Zuideinde 87").
import { allMatches } from "./scan";
import { PRIO, type Candidate } from "./types";

const W = String.raw`\p{Script=Cyrillic}`;
/** A capitalised Cyrillic word (with an apostrophe or hyphen inside: "Дар'я", "Івано-Франківськ"). */
const CAP = String.raw`\p{Lu}(?:[${W}'’ʼ-]*${W})?`;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}'’ʼ])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}'’ʼ])`;

// Common Ukrainian and Russian first names (nominative).
const FIRST_NAMES = (
  "Олена Ольга Ірина Наталія Наталя Тетяна Світлана Оксана Юлія Анна Ганна Марія Катерина Людмила Галина Надія Вікторія Інна " +
  "Валентина Віра Любов Лариса Анастасія Дарина Дар'я Софія Марина Алла Яна Христина Олександра Іванна Аліна Діана Вероніка " +
  "Поліна Ангеліна Єва Мілана Зоряна Леся Уляна Соломія Богдана Лілія Тамара Ніна Раїса Зінаїда Валерія Кристина Ілона Інге " +
  "Максим Олександр Андрій Сергій Дмитро Іван Михайло Володимир Олег Юрій Віктор Богдан Артем Денис Микола Василь Петро " +
  "Павло Роман Тарас Ігор Євген Костянтин Вадим Віталій Валерій Анатолій Григорій Олексій Ярослав Станіслав Антон Назар " +
  "Матвій Данило Тимофій Кирило Марко Остап Степан Федір Ілля Руслан Едуард Георгій Леонід Борис Геннадій " +
  "Елена Ольга Ирина Наталья Татьяна Светлана Юлия Мария Екатерина Людмила Галина Надежда Виктория Дарья Софья Анастасия " +
  "Александр Андрей Сергей Дмитрий Иван Михаил Владимир Олег Юрий Виктор Артём Николай Василий Пётр Павел Игорь Евгений Алексей"
).split(" ");

/** Every case form of a first name: "Максим" → Максима, Максиму, Максимові, Максимом …; "Олена" → Олени, Олені, Олену, Оленою. */
function caseForms(name: string): string[] {
  const stem = name.slice(0, -1);
  if (name.endsWith("а")) return ["а", "и", "і", "у", "ою", "о", "е", "ой"].map((e) => stem + e);
  if (name.endsWith("я")) return ["я", "ї", "ю", "єю", "і", "е", "и", "ей"].map((e) => stem + e);
  if (name.endsWith("ій") || name.endsWith("ей") || name.endsWith("ий")) return ["й", "я", "ю", "єві", "єм", "ем", "ю"].map((e) => stem + e);
  if (name.endsWith("о")) return ["о", "а", "у", "ові", "ом", "е"].map((e) => stem + e);
  if (name.endsWith("і")) return ["і", "ї"].map((e) => stem + e);
  return ["", "а", "у", "ові", "ом", "е", "і", "ем", "ю", "я"].map((e) => name + e);
}
let forms: Set<string> | undefined;
const isFirstName = (w: string) => (forms ??= new Set(FIRST_NAMES.flatMap(caseForms))).has(w);

// Ukrainian towns and the countries around them, in the forms a sentence uses ("з Харкова", "у Києві", "до Одеси").
const TOWNS = (
  "Київ Києва Києві Києвом Харків Харкова Харкові Одеса Одеси Одесі Одесу Львів Львова Львові Дніпро Дніпра Дніпрі " +
  "Запоріжжя Запоріжжі Миколаїв Миколаєва Миколаєві Херсон Херсона Херсоні Маріуполь Маріуполя Маріуполі Суми Сум Сумах " +
  "Полтава Полтави Полтаві Чернігів Чернігова Чернігові Житомир Житомира Житомирі Вінниця Вінниці Черкаси Черкас Черкасах " +
  "Луцьк Луцька Луцьку Рівне Рівного Тернопіль Тернополя Тернополі Ужгород Ужгорода Ужгороді Чернівці Чернівців Чернівцях " +
  "Краматорськ Краматорська Краматорську Бахмут Бахмута Бахмуті Донецьк Донецька Донецьку Луганськ Луганська Луганську " +
  "Ізюм Ізюма Ізюмі Буча Бучі Ірпінь Ірпеня Ірпені Умань Умані Кременчук Кременчука Кременчуці Мелітополь Мелітополя " +
  "Бердянськ Бердянська Кропивницький Кропивницького Івано-Франківськ Івано-Франківська Івано-Франківську " +
  "Україна України Україні Україну Польща Польщі Польщу Німеччина Німеччини Німеччині Бельгія Бельгії " +
  "Харьков Харькова Харькове Киев Киева Киеве Одесса Одессы Одессе Москва Москвы Москве"
).split(" ");
const TOWN_SET = new Set(TOWNS);

// A title before a name ("пані Інге", "пан Коваленко"), a self-introduction ("Мене звати Олена Ковальчук", "Це Олена
// Коваленко", "Я Олена"), a kin word ("син Максим", "з сином Максимом", "моя донька Соломія").
const TITLE_NAME_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:пані|пан|пана|пану|панові|пане|господиня|господар)[ \t]+(${CAP}(?:[ \t]+${CAP})?)${NOT_LETTER_AFTER}`, "gu");
const SELF_NAME_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:[Мм]ене[ \t]+звати|[Мм]оє[ \t]+ім['’ʼ]я|[Мм]ое[ \t]+ім['’ʼ]я|[Мм]еня[ \t]+зовут|[Цц]е|[Ээ]то|[Яя])[ \t]*[–—-]?[ \t]+(${CAP}(?:[ \t]+${CAP})?)${NOT_LETTER_AFTER}`, "gu");
const KIN = "син|сина|сину|сином|синові|донька|доньки|доньці|донькою|доньку|дочка|дочки|дочкою|дочку|чоловік|чоловіка|чоловіком|дружина|дружини|дружиною|мама|мами|мамою|мати|матір|тато|тата|батько|батька|брат|брата|братом|сестра|сестри|сестрою|онук|онука|онуком|онучка|сын|сына|сыном|дочь|дочери|муж|мужа|жена|жены";
const KIN_NAME_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:${KIN})[ \t]+(${CAP}(?:[ \t]+${CAP})?)${NOT_LETTER_AFTER}`, "gu");
// Two capitalised words whose second has a Ukrainian or Russian surname ending: "Олена Коваленко", "Ірина Бондаренко".
const SURNAME_END = "енко|енка|ук|юк|чук|ський|ська|цький|цька|ов|ова|ев|ева|єв|єва|ін|іна|ин|ина|ич|ак|як|ишин|ів|ко";
const FULL_NAME_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(${CAP}[ \t]+\p{Lu}${W}*(?:${SURNAME_END}))${NOT_LETTER_AFTER}`, "gu");
// (only a word that opens with a Cyrillic capital can be one of the known names or towns)
const ANY_CAP_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?=${W})${CAP}${NOT_LETTER_AFTER}`, "gu");
// A capitalised word after "in/to/from" is a town ("ходить до школи в Тернезені", "з Харкова").
const PLACE_AFTER_PREP_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:у|в|до|з|із|зі|від|біля|поблизу|во|из)[ \t]+(${CAP})${NOT_LETTER_AFTER}`, "gu");

const NUMBER_WORDS = "один|одна|одне|два|дві|три|чотири|п['’ʼ]ять|шість|сім|вісім|дев['’ʼ]ять|десять|одинадцять|дванадцять|тринадцять|чотирнадцять|п['’ʼ]ятнадцять|шістнадцять|сімнадцять|вісімнадцять|дев['’ʼ]ятнадцять|двадцять|тридцять|сорок|п['’ʼ]ятдесят|шістдесят|сімдесят|вісімдесят|дев['’ʼ]яносто";
const AGE_NUMBER = String.raw`\d{1,3}|(?:${NUMBER_WORDS})(?:[ \t]+(?:${NUMBER_WORDS}))?`;
// The words for years after an age (Ukrainian and Russian), for the two age rules below.
const YEARS = "(?:рік|роки|років|год|года|лет)";
const PAREN_AGE_RE = new RegExp(String.raw`\((?:${AGE_NUMBER})[ \t]+${YEARS}\)`, "giu");
const KIN_PAREN_AGE_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:${KIN}|мама|мамою|мати|тато|бабуся|бабусі|дідусь|${CAP})[ \t]*\((\d{1,3})\)`, "gu");
const ADDRESS_RE = /(?<![\p{L}])(?:адреса|адресою|адрес)[ \t]*:?[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+\d{1,4}(?:[a-z](?![\p{L}])|-\d{1,3})?)(?![\p{L}\p{N}])/giu;
const NAME_AGE_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(\p{Lu}\p{Ll}+)[ \t]+((?:${AGE_NUMBER})[ \t]+${YEARS})${NOT_LETTER_AFTER}`, "gu");
// "мені сорок два роки", "йому 14 років", "їй вже 7 років", Russian "мне 42 года", "ему 14 лет"; without the word for years
// where the clause ends ("разом із сином Максимом, йому зараз п'ятнадцять.").
const AGE_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:мені|йому|їй|мне|ему|ей)[ \t]+(?:(?:вже|уже|зараз|тільки|лише|майже|скоро|теперь|сейчас)[ \t]+)?((?:${AGE_NUMBER})[ \t]+(?:рік|роки|років|року|год|года|лет|місяців|місяці|місяць)${NOT_LETTER_AFTER}|(?:${AGE_NUMBER})(?=[ \t]*(?:[.,;!?)\n]|$)))`, "giu");
const MONTHS_GEN = "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
const MONTHS_LOC = "січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні";
// "1 вересня", "12 березня 2022 р.", "у березні 2022", "з березня 2022" (since March 2022: a month in the genitive + a year).
const DATE_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:(?<!\d)\d{1,2}[ \t]+(?:${MONTHS_GEN})(?:[ \t]+(?:19|20)\d{2}(?:[ \t]*(?:р\.|року|г\.|года))?)?|(?:${MONTHS_LOC}|${MONTHS_GEN})[ \t]+(?:19|20)\d{2})${NOT_LETTER_AFTER}`, "giu");

// "Зараз я працюю 20 годин на тиждень у Hoogvliet": the Latin-script name where someone works (працюю/працює/працювала …, "I
// work") after "у/в" (at) is the employer, also a name the Dutch rules read as a place (the supermarket Hoogvliet); no Latin
// word between (in "у пекарні Bakkerij Timmer у Julianadorp" the second "у" is where the bakery is).
const EMPLOYER_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:працю[юєв]\p{L}*|работа\p{L}*)[^.!?\n\p{Script=Latin}]{0,50}?[ \t][ув][ \t]+(\p{Lu}[\p{Script=Latin}'’&-]+(?:[ \t]+\p{Lu}[\p{Script=Latin}'’&-]+){0,2})(?![\p{L}])`, "gu");

// "Адреса мами: вул. Сумська 41, кв. 12, 61002 Харків": a street after "вул." (вулиця) with its number is the address, and five
// digits after it (after the flat, "кв. 12", if any) are the postcode.
// (Also the word written out, in any case, before the street alone: "на вулиці Лейпцигстраат 12-3".)
const STREET_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:(?:вул|просп|пров)\.[ \t]*|(?<=(?:вулиця|вулиці|вулицю|вулицею|улица|улице|улицу)[ \t]+))${CAP}(?:[ \t]+${CAP})?[ \t]+\d{1,4}(?:[ \t]?[а-яa-z](?![\p{L}])|-\d{1,3}(?!\d))?`, "gu");
const POSTCODE_AFTER_STREET_RE = /^(?:,[ \t]*кв\.[ \t]*\d{1,4})?,[ \t]*(\d{5})(?!\d)/u;

/** Persons, places, ages, dates, addresses and employers in the Cyrillic parts of a text. */
export function cyrillicCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const person = (s: number, e: number, prio: number = PRIO.personContext) => out.push({ s, e, label: "persoon", prio });
  const group = (m: RegExpExecArray) => m.index + m[0].length - m[1].length;
  for (const re of [TITLE_NAME_RE, SELF_NAME_RE, KIN_NAME_RE, FULL_NAME_RE])
    for (const m of allMatches(re, text)) {
      const s = group(m);
      // (a town is no name: "Я з Харкова" has no capital after "Я"; "Це Харків" is the town)
      if (TOWN_SET.has(m[1])) continue;
      person(s, s + m[1].length);
    }
  for (const m of allMatches(ANY_CAP_RE, text)) {
    if (isFirstName(m[0])) person(m.index, m.index + m[0].length, PRIO.personLexicon);
    else if (TOWN_SET.has(m[0])) out.push({ s: m.index, e: m.index + m[0].length, label: "plaats", prio: PRIO.placeLexicon });
  }
  for (const m of allMatches(PLACE_AFTER_PREP_RE, text)) {
    if (isFirstName(m[1])) continue;
    const s = group(m);
    out.push({ s, e: s + m[1].length, label: "plaats", prio: PRIO.placeContext });
  }
  for (const m of allMatches(AGE_RE, text)) {
    const s = group(m);
    out.push({ s, e: s + m[1].length, label: "leeftijd", prio: PRIO.leeftijd });
  }
  // "з донькою Софією (12 років)": the age alone in brackets.
  for (const m of allMatches(PAREN_AGE_RE, text)) out.push({ s: m.index + 1, e: m.index + m[0].length - 1, label: "leeftijd", prio: PRIO.leeftijd });
  // "Моя мама (71) ще в Харкові": a bare number in brackets after a kin word or a capitalised name.
  for (const m of allMatches(KIN_PAREN_AGE_RE, text)) { const s = m.index + m[0].length - 1 - m[1].length; out.push({ s, e: s + m[1].length, label: "leeftijd", prio: PRIO.leeftijd }); }
  // "адреса Zuideinde 87": a Dutch street and number after the word for address.
  for (const m of allMatches(ADDRESS_RE, text)) {
    const s = m.index + m[0].length - m[1].length;
    out.push({ s, e: s + m[1].length, label: "adres", prio: PRIO.adres });
  }
  // "Максиму 12 років": a known first name (in the dative) right before the age.
  for (const m of allMatches(NAME_AGE_RE, text)) {
    if (!isFirstName(m[1])) continue;
    const s = m.index + m[0].length - m[2].length;
    out.push({ s, e: s + m[2].length, label: "leeftijd", prio: PRIO.leeftijd });
  }
  for (const m of allMatches(DATE_RE, text)) out.push({ s: m.index, e: m.index + m[0].length, label: "datum", prio: PRIO.datum });
  for (const m of allMatches(STREET_RE, text)) {
    const e = m.index + m[0].length;
    out.push({ s: m.index, e, label: "adres", prio: PRIO.adres });
    const code = POSTCODE_AFTER_STREET_RE.exec(text.slice(e, e + 30));
    if (code) { const s = e + code[0].length - 5; out.push({ s, e: s + 5, label: "postcode", prio: PRIO.postcode }); }
  }
  for (const m of allMatches(EMPLOYER_RE, text)) { const s = group(m); out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.personContext + 2 }); }
  return out;
}
