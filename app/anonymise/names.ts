import { capitalised, lexicons, phraseKey, type Lexicons, type PhraseLexicon } from "./lexicon";
import { AGE_NUMBER, MONTH_NAMES_NL, PLURAL_COUNT_AFTER, PLURAL_HEAD_BEFORE, THING_STREET } from "./patterns";
import { PRIO, type Candidate, type Label } from "./types";
import { allMatches, hasAny, may, mentions } from "./scan";
import { INSTITUTIONS } from "./lexicons/institutions";
import { REGIONS } from "./lexicons/places";
import { METHODS } from "./lexicons/nonNames";
import { DUTCH_WORD_RE, LANGUAGES } from "./lists";
import { GENERIC_ABBREVIATIONS } from "./lexicons/abbreviations";
let genericAbbreviations: Set<string> | undefined;
/** A generic abbreviation of a school type, care form or service ("roc", "pvt"; see lexicons/abbreviations.ts), lower case. */
export const isGenericAbbreviation = (low: string) => (genericAbbreviations ??= new Set(GENERIC_ABBREVIATIONS.split("|"))).has(low);
/** "samen met mevrouw de post doornemen": after a title, "de post" before an infinitive or a participle is the mail, no name. */
export const mailBeforeVerb = (word: string, after: string) => word.toLowerCase() === "post" && /^[ \t]+(?:\p{Ll}+en|(?:\p{Ll}+)?ge\p{Ll}+[dt])(?![\p{L}])/u.test(after);

// Names, places and institutions, found on a token stream with context rules and lexicons.

interface Token {
  /** index in the token array */
  i: number;
  s: number;
  e: number;
  t: string;
  /** lower case, dots and trailing apostrophes removed */
  low: string;
  /** phraseKey(t): the lexicon lookup key */
  key: string;
  /** first word of key (hyphenated tokens have several) */
  first: string;
  /** starts with a capital and has a lower-case letter, or is a known particle written with a capital */
  cap: boolean;
  upper: boolean;
  initials: boolean;
  word: boolean;
  /** first word of a sentence, line or header field */
  sentStart: boolean;
}

// ("'s-gravenzande" in lower case is one token too, like "'s-Gravenzande".)
const TOKEN_RE =
  /(?:(?:\p{Lu}|Th|Chr|Ch|Ph|Joh|Sj|Tj|IJ|Wm)\.){1,6}(?=\s|\p{Lu}|$)|['’]t(?![\p{L}])|['’]s-\p{L}[\p{L}-]*|v\/d|v\.d\.|[\p{L}\p{M}](?:[\p{L}\p{M}]|['’`](?=\p{L})|[-.](?=\p{L}))*|\d+|\S/gu;

/** 1: all ASCII letters, 2: all ASCII digits, 0: anything else. */
function asciiKind(t: string): number {
  let kind = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    const k1 = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : c >= 48 && c <= 57 ? 2 : 0;
    if (k1 === 0 || (kind && k1 !== kind)) return 0;
    kind = k1;
  }
  return kind;
}

const SENTENCE_MARKS = '.!?:;"“„•*>';
/** File extensions that end a file name ("Hendriksen.pdf"); one list for the tokeniser and detect.ts's file-name check. */
export const FILE_EXTS = "pdf|docx?|xlsx?|odt|ods|pptx?|jpe?g|png|heic|txt|csv|msg|eml|zip";
const FILE_EXT_TAIL = new RegExp(String.raw`(?<=\p{L})\.(?:${FILE_EXTS})$`, "iu");

// TOKEN_RE at one position, for the tokens tokenEnd leaves to it.
const TOKEN_AT = new RegExp(TOKEN_RE.source, "uy");
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * End of the TOKEN_RE match at p, or -1 at a blank: the same tokens as scanning with TOKEN_RE, since every non-blank
 * position starts a match (its last alternative is \S) and no blank does. A run of ASCII letters followed by an ASCII
 * character that cannot continue a word, initials, "v/d" or "v.d." (not ".", "'", "`", "-", "/"), a run of digits and a
 * single ASCII punctuation mark other than "'" are cut here; everything else goes to TOKEN_RE itself.
 */
function tokenEnd(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c === 32 || (c >= 9 && c <= 13)) return -1; // the ASCII blanks of \s
  if (c < 128) {
    if (isAsciiLetter(c)) {
      let q = p + 1;
      while (q < text.length && isAsciiLetter(text.charCodeAt(q))) q++;
      const d = q < text.length ? text.charCodeAt(q) : -1;
      // "." 46, "'" 39, "`" 96, "-" 45, "/" 47
      if (d < 128 && d !== 46 && d !== 39 && d !== 96 && d !== 45 && d !== 47) return q;
    } else if (c >= 48 && c <= 57) {
      let q = p + 1;
      while (q < text.length && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
      return q;
    } else if (c !== 39) return p + 1;
  }
  TOKEN_AT.lastIndex = p;
  const m = TOKEN_AT.exec(text);
  return m ? p + m[0].length : -1;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let p = 0; p < text.length; ) {
    const end = tokenEnd(text, p);
    if (end < 0) {
      p++;
      continue;
    }
    const start = p;
    let t = text.slice(p, end);
    // "Hendriksen.pdf", "Verslag.Jansen.docx": a file extension is a token of its own, so the stem is
    // read as a word ("Berekening BVV Hendriksen.pdf" holds the surname).
    const ext = t.length > 4 && t.includes(".") ? FILE_EXT_TAIL.exec(t) : null;
    if (ext) t = t.slice(0, t.length - ext[0].length);
    p = start + t.length;
    const kind = asciiKind(t);
    let word: boolean, initials: boolean, low: string, key: string, cap: boolean, upper: boolean;
    if (kind === 1) {
      // ASCII letters only: the regexes below reduce to these tests (no "’", "`", "-", "." or white space inside).
      word = true;
      initials = false;
      low = key = t.toLowerCase();
      const c0 = t.charCodeAt(0);
      const lowerCount = countLower(t);
      cap = c0 >= 65 && c0 <= 90 && (lowerCount > 0 || t.length === 1);
      upper = t.length > 1 && lowerCount === 0;
    } else if (kind === 0 && t.length === 1 && t.charCodeAt(0) < 128 && t !== "-" && t !== "`") {
      // One ASCII mark (not a letter, digit or blank: tokenEnd cut those): no letter, lower case and key are itself
      // ("-" and "`" change in phraseKey).
      word = false;
      initials = false;
      low = key = t;
      cap = false;
      upper = false;
    } else if (kind === 2) {
      // Digits only: no letter, and digits are \p{N}.
      word = false;
      initials = false;
      low = key = t;
      cap = false;
      upper = t.length > 1;
    } else {
      word = /^[\p{L}]|^['’][st]\b|^['’]s-/u.test(t);
      // (A postscript or nota bene opening a line is no pair of initials: "P.S. Info voor de ouders …".)
      initials = /^(?:(?:\p{Lu}|Th|Chr|Ch|Ph|Joh|Sj|Tj|IJ|Wm)\.)+$/u.test(t) && !(/^(?:P\.S\.|P\.P\.S\.|N\.B\.)$/.test(t) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 12), start)));
      low = t.toLowerCase().replace(/’/g, "'");
      key = phraseKey(t);
      cap = /^(?:['’]s-)?\p{Lu}/u.test(t) && (/\p{Ll}/u.test(t) || t.length === 1);
      upper = t.length > 1 && /^[\p{Lu}\p{N}&-]+$/u.test(t);
    }
    tokens.push({ i: tokens.length, s: start, e: p, t, low, key, first: "", cap, upper, initials, word, sentStart: false });
  }
  for (let i = 0; i < tokens.length; i++) {
    const sp = tokens[i].key.indexOf(" ");
    tokens[i].first = sp < 0 ? tokens[i].key : tokens[i].key.slice(0, sp);
    const prev = tokens[i - 1];
    tokens[i].sentStart =
      !prev ||
      newlineBetween(text, prev.e, tokens[i].s) ||
      (((prev.t.length === 1 && SENTENCE_MARKS.includes(prev.t)) || prev.t === "-" && (i < 2 || newlineBetween(text, tokens[i - 2].e, prev.s))) &&
        !isTitleToken(tokens, i - 1));
  }
  return tokens;
}

function countLower(t: string): number {
  let n = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

/**
 * Whether text[a, b) holds a line break (gaps between tokens are short: a plain loop). A tab between two
 * tokens is a cell boundary too ("Zorgboerderij\tPlaats\tContact", "De Hooiberg\tErmelo\tJolanda Schuiteman"), except
 * after a field label's colon ("Naam:\tJan de Vries").
 */
function newlineBetween(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 9 && text.charCodeAt(a - 1) !== 58)) return true;
  }
  return false;
}

const TITLES = new Set(
  // (Also "fam.": "| fam. Mekonnen | Raadhuisstraat 2-A |" names the family by its surname, known or not.)
  // (Also the teacher's "meester" as "juf": "meester Van Dalen, directeur"; not "meester in de rechten".)
  (
    "mevrouw mevr mvr mvrw mw mej mejuffrouw meneer mijnheer mnr dhr heer pani panie pan dr drs prof mr ir ing dokter zuster juf juffrouw meester ds dominee pastoor imam pandit cliënt client cliente cliënte klant patiënt patient wijlen fam" +
    // (Foreign courtesy titles: "Frau Schröder", "Herr Baumann", "Mrs Wilson", "Madame Dupont".)
    " frau herr herrn mrs ms madame monsieur mme" +
    // Frisian "mefrou" and "menear" (mevrouw, meneer) in Frisian notes and chats: "by mefrou de jong west".
    " mefrou menear"
  ).split(" "),
);
// Words after a name that make it an eponym: "Pierre-Robin sequentie", "ziekte van Crohn".
const EPONYM_NEXT = new Set(["syndroom", "sequentie", "ziekte", "test", "methode", "effect", "schaal", "model", "protocol", "prijs", "fonds", "stichting", "school", "college", "ziekenhuis", "kliniek", "huis", "plein", "straat", "laan", "weg"]);
// Courts, whose district after them is a place ("Rechtbank Noord-Nederland", "Gerechtshof Arnhem-Leeuwarden").
// (Also their abbreviations: "Rb Midden-Nederland", "Ktr. Utrecht", "Hof Arnhem-Leeuwarden".)
const COURT_WORDS = new Set(["rechtbank", "gerechtshof", "hof", "kantonrechter", "rb", "rbk", "ktr", "kantongerecht"]);
// (also the note abbreviation "clt": "clt twan van lieshout, woont in …")
const CLIENT_TITLES = new Set(["cliënt", "client", "cliente", "cliënte", "klant", "patiënt", "patient", "clt"]);
const ACADEMIC = new Set(["dr", "drs", "prof", "mr", "ir", "ing"]);
export const RELATIONS = new Set(
  (
    "zoon zoontje dochter dochtertje kind partner ex-partner ex ex-man ex-vrouw man vrouw echtgenoot echtgenote moeder vader broer broertje " +
    "zus zusje oma opa tante oom neef nicht kleinzoon kleindochter schoonzoon schoondochter schoonmoeder schoonvader stiefvader stiefmoeder " +
    "pleegmoeder pleegvader vriend vriendin vriendje verloofde buurman buurvrouw collega werkgever leidinggevende baas mentor jobcoach " +
    "klantmanager bewindvoerder behandelaar huisarts arts psycholoog psychiater casemanager contactpersoon budgetcoach maatje voogd " +
    "reclasseringswerker begeleider hulpverlener tolk consulent wijkagent advocaat naam heet heette noemt " +
    "roepnaam voornaam voornamen achternaam meisjesnaam geboortenaam bijnaam familie gezin echtpaar inbreng inbrenger inbrengster leerling leerlinge trainer trainster baby tiener peuter kleuter vrijwilliger vrijwilligster stagiair stagiaire " +
    // "zijn huisbaas Wubbels", "haar zwager Dennis", "de overbuurman Schut"
    // English letters and forms: "our son Vihaan", "my wife Priya", "my friend Joana from work"
    "son daughter wife husband friend colleague neighbour neighbor brother sister mother father " +
    "huisbaas huisbazin hospita zwager schoonzus schoonbroer stiefzoon stiefdochter pleegzoon pleegdochter kleinkind halfbroer halfzus buurjongen buurmeisje overbuurman overbuurvrouw " +
    // Legal professionals named by their surname: "praten met notaris De Ruijter", "curator Mr. Bos"
    "notaris kandidaat-notaris kantonrechter curator mediator " +
    // An employer's words for the client: "RE: werknemer mateusz", "onze werkneemster Ilse", "sollicitant Goran"
    "werknemer werkneemster sollicitant sollicitante deelnemer deelneemster"
  ).split(" "),
);
// Roles by their ending: "jongerencoach", "trajectbegeleider", "schuldhulpverlener", "teamleider".
// Reply, thanks and greeting words that open a spoken line ("Klantmanager: Dank u, …").
const SPOKEN_REPLY_WORDS = new Set("dank bedankt dankjewel dankuwel fijn goed prima top super oké oke ok okay ja nee jawel sorry excuses hoi hallo goedemorgen goedemiddag goedenavond groet groeten welkom helaas natuurlijk zeker klopt duidelijk graag mooi succes sterkte gefeliciteerd akkoord precies inderdaad".split(" "));
export const ROLE_SUFFIX = /^\p{Ll}+(?:coach|begeleider|werker|verlener|consulent|manager|leider|adviseur|arts|kundige|voerder|docent|kracht)$/u;
const SPEECH = new Set(
  "zegt zei zeggen vertelt vertelde vraagt vroeg belde belt schreef schrijft mailde mailt antwoordt antwoordde appte appt meldde meldt liet laat schreeuwde reageerde".split(" "),
);
// (also the note abbreviations "aanw:", "afw:")
const ATTENDEE_FIELDS = new Set(["aanwezig", "aanwezigen", "aanw", "deelnemers", "afwezig", "afw", "genodigden", "cc", "bcc"]);

/** Names at the start of each comma-separated item on an attendee line, from token k to the end of the line. */
function attendeeNames(ctx: Ctx, k: number) {
  const { tokens, lex, text } = ctx;
  let itemStart = true;
  // A comma inside a bracket separates no attendees: "mevrouw Radka Angelova (tolk Bulgaars, Wbtv-nr.
  // 21764), Bram Verstappen" (the bracket explains the item before it).
  let depth = 0;
  // In lower-case notes ("aanw: hatice, joost, daoud, ik") a one-word lower-case item is a name once two items of the
  // line are lexicon first names (a lower-case list of roles or teams has none).
  const lowerItems = lowerAttendeeItems(ctx, k);
  for (let m = k; m < tokens.length && !(m > k && newlineBetween(text, tokens[m - 1].e, tokens[m].s)); m++) {
    const tok = tokens[m];
    if (lowerItems.includes(m)) {
      push(ctx, m, m + 1, "persoon", PRIO.personContext);
      itemStart = false;
      continue;
    }
    if (tok.t === "(") depth++;
    else if (tok.t === ")") depth = Math.max(0, depth - 1);
    if (depth > 0) {
      itemStart = false;
      continue;
    }
    if (tok.t === "," || tok.t === ";" || tok.low === "en") {
      itemStart = true;
      continue;
    }
    if (itemStart && tok.word && (tok.cap || PARTICLES.has(tok.low)) && !tok.initials) {
      const end = parseName(ctx, m);
      const first = tokens[m];
      const roleOrOrg = ctx.negative[m] || lex.common.has(first.low) || RELATIONS.has(first.low) || ROLE_SUFFIX.test(first.low) || lex.institutionHeads.phrases.has(first.low) || lex.institutions.phrases.has(first.key) || lex.places.phrases.has(first.key);
      // "CC: Zorg- en Adviesteam": the first half of an elided compound is no name.
      const elided = /^-[ \t]+(?:en|of)[ \t]/.test(text.slice(tokens[end - 1]?.e ?? 0, (tokens[end - 1]?.e ?? 0) + 5));
      if (end > m && !roleOrOrg && !elided) push(ctx, m, end, "persoon", PRIO.personContext);
    }
    itemStart = false;
  }
}

/** After a lower-case "van (de/der/den)" at token k, the end of a lower-case surname that closes the clause (a comma,
 * a bracket or the line end follows): no word (a place is fine: a surname after "van" often is one, "van lieshout"). k
 * itself when there is none. */
function particleSurnameEnd(ctx: Ctx, k: number): number {
  const { tokens, lex, text } = ctx;
  let j = k + 1;
  if (/^(?:de|der|den)$/.test(tokens[j]?.low ?? "") && spaceJoined(text, tokens[j - 1], tokens[j])) j++;
  const sur = tokens[j];
  if (!sur || !spaceJoined(text, tokens[j - 1], sur) || !/^\p{Ll}{4,}$/u.test(sur.t) || lex.common.has(sur.low) || isNegative(lex, sur.key)) return k;
  const after = tokens[j + 1];
  return !after || newlineBetween(text, sur.e, after.s) || /^[,;()]$/.test(after.t) ? j + 1 : k;
}

/** "werkt bij van lienden", "via van asten": after "bij/via/met/voor" + "van" a place name is the surname of a person or firm. */
function surnameAfterBijVan(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  return tokens[i - 1]?.low === "van" && /^(?:bij|via|met|voor)$/.test(tokens[i - 2]?.low ?? "");
}

/** The one-word lower-case items (token indexes) of an attendee line from token k, when two or more are lexicon first names. */
function lowerAttendeeItems(ctx: Ctx, k: number): number[] {
  const { tokens, lex, text } = ctx;
  const items: number[] = [];
  let known = 0;
  for (let m = k; m < tokens.length && !(m > k && newlineBetween(text, tokens[m - 1].e, tokens[m].s)); m++) {
    const tok = tokens[m];
    const prev = tokens[m - 1], next = tokens[m + 1];
    const alone = (m === k || prev.t === "," || prev.t === ";" || prev.low === "en") && (!next || next.t === "," || next.t === ";" || next.low === "en" || newlineBetween(text, tok.e, next.s));
    if (!alone || !tok.word || !/^\p{Ll}{3,}$/u.test(tok.t) || lex.common.has(tok.low) || SHORT_FUNCTION_WORDS.has(tok.low) || RELATIONS.has(tok.low) || TITLES.has(tok.low) ||
      ROLE_SUFFIX.test(tok.low) || lex.places.phrases.has(tok.key) || lex.institutions.phrases.has(tok.key) || lex.institutionHeads.phrases.has(tok.low) || isNegative(lex, tok.key)) continue;
    items.push(m);
    if (lex.firstNamesLower.has(tok.low)) known++;
  }
  return known >= 2 ? items : [];
}

/**
 * An attendee list as bullets under "Aanwezig:" ("Aanwezig:\n- Dilara Şahin, jeugdbeschermer …\n- Bram
 * Hoekstra, Halt"): each bullet opens with a name, closed by a comma, a bracket or the line end (the rest of the line is a
 * role or an organisation). From token k (the first bullet) to the first line that is no bullet or a blank line.
 */
function attendeeBullets(ctx: Ctx, k: number) {
  const { tokens, lex, text } = ctx;
  let m = k;
  while (m < tokens.length) {
    const mark = tokens[m];
    const lineStart = text.lastIndexOf("\n", mark.s - 1) + 1;
    if (!/^[-*•–]$/.test(mark.t) || text.slice(lineStart, mark.s).trim() !== "" || (m > k && /\n[ \t]*\n/.test(text.slice(tokens[m - 1].e, mark.s)))) break;
    const first = tokens[m + 1];
    if (first && !newlineBetween(text, mark.e, first.s) && first.word && (first.cap || PARTICLES.has(first.low)) && !first.initials) {
      const end = parseName(ctx, m + 1);
      const roleOrOrg = ctx.negative[m + 1] || lex.common.has(first.low) || RELATIONS.has(first.low) || ROLE_SUFFIX.test(first.low) || lex.institutionHeads.phrases.has(first.low) || lex.institutions.phrases.has(first.key) || lex.places.phrases.has(first.key);
      const closed = end > m + 1 && (!tokens[end] || newlineBetween(text, tokens[end - 1].e, tokens[end].s) || /^[,(]$/.test(tokens[end].t));
      if (closed && !roleOrOrg) push(ctx, m + 1, end, "persoon", PRIO.personContext);
    }
    m++;
    while (m < tokens.length && !newlineBetween(text, tokens[m - 1].e, tokens[m].s)) m++;
  }
}

// Column and field labels of forms and tables: no names ("Naam  Relatie  Leeftijd  Inkomen").
const COLUMN_LABELS = new Set(["relatie", "leeftijd", "geboortedatum", "geboortejaar", "geslacht", "woonplaats", "adres", "inkomen", "inkomsten", "functie", "rol", "status", "nationaliteit", "opmerking", "opmerkingen", "bijzonderheden", "toelichting", "telefoon", "datum", "bsn", "verwantschap", "relatie tot aanvrager"]);
// Fields that name a party (a person) in forms and legal texts.
// (also the writer and chair of minutes: "Notulist: Sanneke Bolsius")
const AUTHOR_FIELDS = new Set(["ingevuld", "opgesteld", "behandeld", "geschreven", "ondertekend", "aangemeld", "verwezen"]);
const PARTY_FIELDS = new Set(["notulist", "voorzitter", "verzoeker", "verzoekster", "aanvrager", "aanvraagster", "schuldenaar", "schuldenares", "belanghebbende", "betrokkene", "huurder", "huurster", "gedaagde", "eiser", "eiseres", "verweerder", "verweerster", "jeugdige", "minderjarige"]);
const NAME_FIELDS = new Set(["naam", "roepnaam", "voornaam", "voornamen", "achternaam", "meisjesnaam", "geboortenaam", "bijnaam"]);
// Abbreviated titles, after which informal writers also put a lower-case surname ("mw. bouzian", "dhr yilmaz").
// (Also the chat spellings "mvr"/"mvrw": "het adres van mvr kurvers".)
// (Also the German "herr"/"frau" in a lower-case chat: "de baas, herr könig, zegt …"; German nouns keep their capital, so a
// lower-case word after them is a name.)
const SHORT_TITLES = new Set(["mw", "mevr", "mvr", "mvrw", "dhr", "mnr", "fam", "mr", "herr", "herrn", "frau"]);
// (Also the lawyer's "mr." in lower-case notes: "advocaat = mr. bos van …".)
// (Also the doctor in chats and notes: "bij dokter smeets", "huisarts dr smits"; a lexicon surname only.)
// (Also a religious title: "door imam el idrissi", "pastoor jansen".)
const LONG_LOWER_TITLES = new Set(["meneer", "mevrouw", "mijnheer", "heer", "familie", "mefrou", "menear", "imam", "pastoor", "dominee"]);
const DOCTOR_LOWER_TITLES = new Set(["dokter", "dr"]);
const KENNIS_DETERMINERS = new Set("een die deze de zijn haar hun mijn m'n z'n d'r onze goede".split(" "));
// Words after a lower-case "title de X" in a chat that close the name: "mw. de kraker uit oostburg heeft …".
const CHAT_NAME_FOLLOWERS = new Set("uit is was heeft had zegt zei wil kan moet belt belde mailt mailde komt kwam woont woonde werkt werkte".split(" "));
// Lower-case words that follow such a title but are not a name ("dhr is boos", "mw heeft").
const NOT_LOWER_NAMES = new Set(
  ("is was wordt werd heeft had hebben zegt zei wil wilde kan kon moet moest gaat ging komt kwam belt belde mailt mailde geeft gaf " +
    "krijgt kreeg woont woonde werkt werkte vindt vond weet wist laat liet zit zat staat stond doet deed maakt maakte vraagt vroeg " +
    "en of die dat de het een en zelf nog ook niet wel geen al nu dan toen hier daar er haar zijn hem hun ze zij hij mij me " +
    "met van voor bij naar over in op aan uit om tot zonder z'n m'n d'r geeft vertelt verteld reageert reageerde meldt loopt blijft begrijpt " +
    "snapt voelt denkt wacht zoekt heeft brengt bracht neemt nam ontvangt ontving weigert weigerde stemt stemde toont toonde ziet zag " +
    "lijkt leek spreekt sprak klaagt klaagde huilt huilde schrikt schrok kiest koos blijkt bleek erkent ontkent hoopt zal zou " +
    // adverbs: "over dhr. graag voortaan via ons kantoor"
    "graag voortaan altijd nooit even eerst alleen weer vaak soms ook nog steeds inmiddels " +
    // degree adverbs and prepositions with an accent: "mw. vrijwel alles", "belt dhr. vóór vrijdag"
    "vrijwel bijna haast praktisch nagenoeg amper ruim vooral meestal opnieuw alsnog extra vóór vòòr nà " +
    // predicative adjectives: "dhr. trots is op zijn baan", "mw. bang is voor post"
    "trots blij boos bang moe ziek somber tevreden ontevreden gemotiveerd akkoord bereid bezig klaar zeker zelfstandig afwezig aanwezig open eerlijk " +
    // past tense of strong verbs, which the -de/-te test below misses: "Dhr. sloeg met zijn vuist", "mw. liep weg"
    "sloeg liep riep viel hield hing ving las at trok bood schoot sloot kroop vloog droeg lag vergat verloor verdween begon won zong " +
    "dronk bond sprong dwong bleef schreef reed greep keek leed scheen beet gleed sneed wees zweeg steeg genoot schoof sliep hielp " +
    "wierp zwom klom trad brak stak stal beval verbood verbleef verscheen verschoof verzweeg ontbrak onderging ontsnapte " +
    // prefixed strong past tenses: "dhr. vertrok rond 6.15", "mw. verliet de woning", "dhr. besloot te stoppen"
    "vertrok verliet besloot begreep bekeek bezat verzon vergeleek verbrak verkoos vernam beloofde bewoog betrok ontving ontnam onderbrak ondertekende ontliep vergaf verdroeg verkreeg verscheen bestond behield " +
    "waren hadden gingen kwamen wilden konden moesten zaten stonden vonden zeiden kregen bleven liepen spraken " +
    // pronouns, quantifiers and adverbs: "dhr. en mw. allebei", "mw. zelf ook", "dhr. vandaag telefonisch"
    "allebei beiden iedereen niemand toch dus maar echter inderdaad eigenlijk gewoon erg zeer nauwelijks " +
    "waarschijnlijk vermoedelijk misschien daarna later vandaag gisteren morgen straks vanochtend vanmiddag vanavond telefonisch " +
    "persoonlijk uiteindelijk meteen opnieuw ondertussen intussen nogmaals tevens vervolgens daarom wederom " +
    // infinitives after "van mw.": "als inkomen van mw. zien", "de kosten van dhr. betalen"
    "zien doen gaan komen staan geven nemen horen weten zeggen vragen maken laten houden vinden krijgen helpen betalen bellen mailen regelen " +
    "kijken wachten zitten wonen werken ontvangen rekenen beschouwen zijn hebben worden blijven beoordelen behandelen").split(" "),
);
// Lower-case words that are no surname after "dhr."/"mw." (checked there only, not in capitalised names).
const NOT_LOWER_AFTER_TITLE = new Set(
  (// modal verbs, determiners and separable particles: "dhr. mag geen schulden maken", "dhr. elke maand", "over dhr. heen"
    "mag mocht mogen hoeft hoefde durft durfde kun kunt wou elke elk iedere ieder alle veel weinig meer minder enkele sommige " +
    "heen mee terug weg af toe langs voorbij rond samen thuis binnen buiten " +
    // Note abbreviations of "geboren/getrouwd/gescheiden": "mw geb 1998", "dhr gesch sinds 2020"
    "geb gebr getr gesch ovl " +
    // amounts: "wat mw. netto overhoudt"
    "netto bruto " +
    // number words, reflexive and object pronouns and prepositions: "mw. drie keer gebeld", "dhr. boven de norm", "mw. zich
    // beoordeeld voelt", "dhr. zelf", "mw. tegen de afspraak in"
    "twee drie vier vijf zes zeven acht negen tien elf twaalf zich zichzelf zelf hem hen hun ons jou jullie boven onder tegen tussen achter naast zonder tijdens sinds vanaf tot " +
    // plural modal verbs, causal prepositions and time adverbs: "namens dhr. kunnen handelen", "volgens dhr. vanwege
    // rugklachten", "dat dhr. vroeger meeging", "heeft dhr. gisteravond meegenomen", "werkte dhr. jaren als lasser"
    "kunnen moeten willen zullen vanwege wegens ondanks dankzij omwille vroeger eerder destijds toentertijd " +
    "vanmorgen vannacht gisteravond gistermiddag gisterochtend eergisteren jaren maanden weken " +
    // occupations (no common surnames): "in Syrië was dhr. boekhouder"
    "boekhouder apotheker chauffeur monteur ingenieur leraar lerares docent kassière schoonmaker postbode bezorger koerier beveiliger " +
    "conciërge tolk vertaler vakkenvuller orderpicker lasser elektricien loodgieter metselaar stratenmaker kraanmachinist accountant " +
    "verkoper verkoopster kapster verpleger verpleegster tandarts fysiotherapeut programmeur ondernemer student studente gepensioneerd werkloos " +
    // work and benefit statuses: "dhr. zzp glazenwasser", "mw. zzp'er sinds 2020", "dhr. wajonger"
    "nieuw nieuwe oud oude huidig huidige vorig vorige " +
    "zzp zzp'er zzper zelfstandige flexwerker uitzendkracht oproepkracht wajonger wao'er wia'er aow'er mantelzorger").split(" "),
);
// Compounds on those occupations are occupations too: "In Eritrea was dhr. automonteur", "mw. was
// vrachtwagenchauffeur", "dhr. pakketbezorger" (no lexicon surname ends in one of them).
const OCCUPATION_COMPOUND = /^\p{Ll}{3,}(?:boekhouder|apotheker|chauffeur|monteur|ingenieur|leraar|lerares|docent|kassière|schoonmaker|bezorger|koerier|beveiliger|vertaler|lasser|elektricien|loodgieter|metselaar|verkoper|verkoopster|verpleger|verpleegster|programmeur|ondernemer|student|studente)$/u;
// Lower-case shapes after "dhr."/"mw." that are no surname: pronominal adverbs ("daarmee", "hiervoor", "ervan"),
// indefinite pronouns ("niets", "iets") and present participles and adjectives ("dementerend", "sympathiek",
// "agressief", "financieel", "emotioneel", "normaal").
const LOWER_NOT_NAME_SHAPE = /^(?:(?:daar|hier|waar|er)(?:mee|van|voor|door|over|bij|aan|op|in|uit|na|om|tegen|naar|toe|onder|achter|naast|zonder|tussen)|niets|niks|iets|alles|iemand|nergens|ergens|overal|\p{Ll}{4,}(?:end|iek|ief|eel|aal|ieus|eus)|\p{Ll}{3,}(?:ere|ige|lijke|ische|bare|ende))$/u;
// Words that end a job-title line in a signature ("Medewerker Incasso", "Klantmanager Participatie").
const DEPARTMENT_WORDS = new Set(("digitalisering opleidingen ontwikkeling statushâlders wurk ynkommen werkgevers werkzoekenden zelfstandigen ontheemden vluchtelingen asielzoekers arbeidsmigranten zzp'ers volwassenen kinderen senioren incasso participatie inkomen werk financiën administratie debiteuren klantcontact hr personeelszaken zorg wonen jeugd schuldhulp jongeren ouderen statushouders nieuwkomers ondernemers handhaving terugvordering verhaal re-integratie bijstand intake poortwachter inburgering frontoffice backoffice klantcontact publiekszaken burgerzaken vergunningen leerplicht " +
  // compass teams ("Team Noord", Frisian "Team Súdwest", "Team Noardeast") and hospital/company departments ("afdeling Facilitair")
  "jong opvang leefgeld bemoeizorg oggz vangnet zorgmijders noord oost zuid west midden noordoost noordwest zuidoost zuidwest noard súd sud east noardeast noardwest súdwest súdeast facilitair facilitaire logistiek inkoop huishouding schoonmaak receptie magazijn expeditie productie techniek onderhoud beveiliging " +
  // target groups and the departments named after them ("Team Bijzondere Doelgroepen", "MDO Dak- en Thuislozen",
  // "klantmanager MO" for maatschappelijke opvang, "BW" beschermd wonen)
  "doelgroepen doelgroep thuislozen daklozen dakthuislozen mo bw " +
  // "t.a.v. de afdeling Bezwaar", "team Bezwaar en Beroep"
  "bezwaar bezwaren bezwaarschriften beroep klachten insolventie insolventies " +
  // a district team: "Team Wijk Overvecht", "Team Buurt Noord" (the place only, like "Wijkteam Overvecht")
  "wijk buurt stadsdeel " +
  // a prevention programme or team: "team Preventie Huisuitzetting", "overleg Vroegsignalering"
  "preventie vroegsignalering vroeg-signalering " +
  // a team named after its target group or theme ("team Jongvolwassenen", "team Digitaal", "Team
  // Dakloosheid & Briefadressen") is a department, no organisation
  "jongvolwassenen jong-volwassenen digitaal dakloosheid briefadressen " +
  // a team named after its policy theme ("team Bestaanszekerheid", "team Armoedebestrijding")
  "bestaanszekerheid armoedebestrijding armoede energiearmoede " +
  // a firm's customer segment: "t.a.v. afdeling Particulieren"
  "particulieren").split(" "));
// Department compounds: "teamleider Huurincasso", "Medewerker Debiteurenbeheer", "afdeling Schuldzaken".
// Also services: "team Schulddienstverlening", "afdeling Basisregistratie", "consulent Schuldhulp".
// (Also "Medewerker Boekhouding", "Vrijwilliger Boekhouding".)
const DEPARTMENT_COMPOUND = /^\p{Ll}{3,}(?:incasso|beheer|administratie|zaken|verlening|registratie|ondersteuning|hulp|voorziening|voorzieningen|houding)$/u;
export const isDepartmentWord = (low: string) => DEPARTMENT_WORDS.has(low) || DEPARTMENT_COMPOUND.test(low);
// Generic services written with a capital: "via de Kredietbank", "het Sociaal Loket", "de Kringloop".
export const GENERIC_SERVICES = new Set(["kledingbank", "tolkencentrale", "tolkenvoorziening", "tolkvoorziening", "mfc", "vrijwilligerscentrale", "steunpunt vrijwilligerswerk", "shv", "okt", "ouder- en kindteam", "ouder en kindteam", "jgt", "jeugd- en gezinsteam", "jeugd en gezinsteam", "jeugdpreventieteam", "verzuimloket", "azc", "vrijwilligerspunt", "centrale toegang", "veiligheidshuis", "zorg- en veiligheidshuis", "gi", "gecertificeerde instelling", "steunpunt mantelzorg", "mantelzorgsteunpunt", "steunpunt", "werkgeversservice", "werkgeversdienstverlening", "kredietbank", "sociaal loket", "kringloop", "kringloopwinkel", "stadskantoor", "stadhuis", "stadshuis", "gemeentehuis", "dorpshuis", "buurthuis", "wijkcentrum", "voedselbank", "jongerenloket", "juridisch loket", "het juridisch loket", "werkplein", "wijkteam", "buurtteam", "sociaal wijkteam", "schuldhulpverlening", "taalhuis", "bibliotheek", "apotheek", "huisartsenpost", "spoedeisende hulp", "eerste hulp", "rmc", "regionaal meld- en coördinatiepunt",
  // regional transport schemes every municipality has: "via de Regiotaxi", "de Deeltaxi"
  "regiotaxi", "deeltaxi", "wmo-vervoer", "wmo taxi", "valys", "buurtbus", "plusbus",
  // a municipal youth desk and a court's seat in a town ("Jongerenpunt Kanaleneiland", "Zittingsplaats
  // Maastricht" are the place, like "Rechtbank Maastricht")
  "jongerenpunt", "jongerenservicepunt", "zittingsplaats", "zittingslocatie",
  // a town hall and the municipality that runs a region's shelter ("Raadhuis Landgraaf", "Centrumgemeente
  // Enschede" are the place, like "Stadhuis Leeuwarden")
  "raadhuis", "centrumgemeente",
  // a German firm's branch in a town ("Niederlassung Venlo", "Filiale Kleve" are the place, like "Vestiging" in a letterhead)
  "niederlassung", "zweigniederlassung", "filiale", "zweigstelle"]);
// Lower-case first names are names only next to a signal ("gr sanne", "fatima is 17", "fatima haar moeder").
const SIGNOFFS = new Set(["gr", "grt", "groet", "groetjes", "groeten", "mvg", "hoi", "hai", "hallo", "hey", "hee", "heey", "hej", "hoii", "beste", "doei", "thx", "dank", "bedankt", "xx", "xxx", "@"]);
const NAME_ITEM_RE = /^[ \t]*[-*•–][ \t]*(\p{Lu}\p{Ll}+)[ \t]*[,(]/u;
/** Whether the line above or below the list item at `at` opens with a known (not word-like) first name. */
function nameItemNextTo(ctx: Ctx, at: number): boolean {
  const { text, lex } = ctx;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const prevStart = lineStart > 0 ? text.lastIndexOf("\n", lineStart - 2) + 1 : -1;
  const nextStart = text.indexOf("\n", at) + 1;
  for (const from of [prevStart, nextStart > 0 ? nextStart : -1]) {
    if (from < 0) continue;
    const m = NAME_ITEM_RE.exec(text.slice(from, from + 40));
    if (m && lex.firstNames.has(m[1]) && !lex.ambiguousFirstNames.has(m[1])) return true;
  }
  return false;
}
const MONTH_NAMES = /^(?:April|Juni|Juli|Mei|Augustus)$/;
const ARTICLE_OR_PREP = new Set("de het een van bij via voor naar met door op in aan uit over onder tegen tot om en of".split(" "));
// The words that close a letter or e-mail before its signature ("Met vriendelijke groet,", "Kind regards,").
const CLOSING_WORDS = new Set(["groet", "groeten", "groetjes", "mvg", "regards"]);
const CLOSING_BEFORE_RE = new RegExp(String.raw`(?:${[...CLOSING_WORDS].join("|")})[,.]?\s*$`, "iu");
const SIGNOFF_WORDS = new Set(["gr", "grt", "groet", "groetjes", "groeten", "mvg", "liefs", "x", "xx", "xxx", "groetjes,", "doei"]);
// Greetings that open a chat message before the addressee: "hoi lies!!", "hee joyce,".
const OPENING_GREETINGS = new Set(["hoi", "hoii", "hee", "hey", "heey", "hai", "hallo", "hi", "hej", "hoihoi", "goedemorgen", "morgen", "moi"]);
// ", 12," / ", 7 jaar;" / ", die in april zeven wordt," after a list item's first word.
const ITEM_AGE_RE = new RegExp(String.raw`^,[ \t]*(?:\d{1,2}(?:[ \t]*(?:jaar|jr))?|die[ \t]+(?:in|op)[ \t]+[\p{L}\d ]{2,20}?[ \t]+(?:${AGE_NUMBER})[ \t]+wordt)[ \t]*[,;:)]`, "u");
const LOWER_NAME_VERBS = new Set(
  "is was heeft had zegt zei wil wilde kan kon moet moest gaat ging komt kwam belt belde mailt mailde appt appte vertelt vertelde vraagt vroeg woont werkt krijgt kreeg zit zat wordt werd en".split(" "),
);
// Lower-case first names that are also ordinary Dutch or English words.
export const LOWER_NAME_WORDS = new Set("sil mien enzo toon arend tuba lies amber jade saba rosa jack will said mark joke harm mercy eddy dean berry nadir milan chandra indra usha nana hawa eden demi gaby bart dirk kees piet hans iris mees".split(" "));
// Lower-case particles that join a lower-case chat surname ("ter horst", "oude elferink"), and words that announce one.
// Surname endings no Dutch word has (Polish, Romanian, Turkish, Balkan, Ukrainian, Armenian): "wierzbicki", "popescu".
// Word-like first names that are verbs or function words before a particle ("toon de brief", "lies de mail", "will je").
const LOWER_NAME_VERB_WORDS = new Set("toon lies will said joke enzo tuba harm".split(" "));
// Words after "ter" in a fixed phrase, no surname ("ter info", "ter plaatse", "ter voorbereiding", "ter attentie van").
const TER_PHRASE_WORDS = /^(?:info|inzage|zake|plaatse|plekke|hand|ore|sprake|tafel|aarde|zee|land|dood|ere|hoogte|waarde|grootte|wereld|kerke|stede|been|beschikking|discussie|attentie|kennis|kennisname|herinnering|vergelijking|illustratie|aanvulling|controle|compensatie|verantwoording|nagedachtenis|gelegenheid|elfder|overname|\p{Ll}+(?:ing|atie|tie|heid|name))$/u;
const FOREIGN_SURNAME_SHAPE = /^\p{Ll}{3,}(?:ski|ska|cki|cka|dzki|wicz|czyk|escu|eanu|oğlu|oglu|ović|ovic|ević|evic|enko|yan)$/u;
const CHAT_SURNAME_PARTICLES = new Set(["de", "der", "den", "ter", "ten", "oude"]);
const CHAT_SURNAME_BEFORE = new Set(["naar", "welke", "is", "familie",
  // a chat's calls and files name the person: "ik bel hendriks", "ik app van loon ff", "ivm terpstra", "dossier meijering"
  "bel", "app", "mail", "ivm", "over", "dossier", "casus", "huisbezoek", "gesprek", "spreek"]);
// "de" + a surname core that is no noun (an uninflected adjective or no word at all): "de vries", "de jong", "de wit",
// "de groot", "de bruijn" are names in a lower-case chat; "de boer", "de winter", "de lange" stay out (a noun or "de lange X").
// Three-letter first names that are also common words or abbreviations in a chat ("max 3 dagen", "een ton", "dev").
const THREE_LETTER_WORDS = new Set(["max", "ton", "dev", "can", "ion", "ids", "rim", "ole", "mel", "ger", "ans", "ida", "ido", "ann"]);
// Words that thank or wish well right before an addressee closing a chat message: "thanks tim", "goed zo rik!".
const THANKS_BEFORE_NAME = new Set(["thanks", "thnx", "thx", "tnx", "dank", "bedankt", "dankje", "dankjewel", "top", "super", "sterkte", "beterschap", "zo", "gedaan", "je", "toppie"]);
// Surnames that are also adjectives or adverbs: no name after a lower-case "mevrouw"/"meneer" on their own.
const AMBIGUOUS_SURNAME_ADJECTIVES = new Set("rust onrust vrij kracht hart tel klein kleine groot jong wit zwart lange loos snel helder vrolijk bruin bruins top post maat span groen".split(" "));
// First names that are also nouns (no month, no function word), and the verbs of a person acting after them.
const NOUN_FIRST_NAMES = new Set(["Roos", "Floor", "Linde", "Lieve", "Job", "Prince", "Blessing", "Precious", "Comfort", "Rejoice", "Bright", "Tiny", "Riet", "Trees", "Leen"]);
const WORD_NAME_SUBJECT_RE = /^[ \t]+(?:zelf[ \t]+)?(?:heeft|had|wil|wilde|moet|moest|gaat|ging|komt|kwam|belt|belde|zegt|zei|vertelt|vertelde|krijgt|kreeg|woont|woonde|werkt|werkte|zit|zat|vraagt|vroeg|helpt|hielp|merkt|merkte|overlegt|overlegde|begeleidt|begeleidde|adviseert|adviseerde|viel|stuurt|stuurde|neemt|nam|weet|wist|denkt|dacht|vindt|vond|meldt|meldde|geeft|gaf)(?![\p{L}])/u;
const DE_NAME_CORES = new Set(["vries", "jong", "wit", "groot", "bruijn", "bruin", "bruyn", "jongh", "rooij", "rooy"]);
/** A role word as a chat line's speaker ("[08:35] klantmanager: Graag je loonstrook", "klantmanager: Gemeentehuis,
 * Zeddeweg 2a"): what follows the colon is speech; only a lexicon name there is a name ("klantmanager: Ilona, …"). */
const STAMP_BEFORE = /(?:^|\n)[ \t]*\[?[^\]\n]{0,12}?\d{1,2}[:.]\d{2}\]?[ \t]*$/;
function chatRoleSpeech(ctx: Ctx, i: number, j: number): boolean {
  const { tokens, lex, text } = ctx;
  const t = tokens[i];
  const next = tokens[j];
  if (t.cap || j !== i + 2 || tokens[i + 1]?.t !== ":" || !next || !STAMP_BEFORE.test(text.slice(Math.max(0, t.s - 24), t.s))) return false;
  return !lex.firstNames.has(next.t) && !(lex.surnames.has(next.t) && !lex.ambiguousSurnames.has(next.t));
}
/** What follows a role or relation word but is no name: a verb opening the reply in a role's line,
 * its subject pronoun after it ("Klantmanager: Doe ik vandaag", "Jobcoach: Stuur je het?"); a language or nationality
 * adjective before a lower-case noun ("partner Duits loon", "vader Turks paspoort"); a word opening an organisation's
 * name with its head word ("arbeidsdeskundige, Arbeidskundig Bureau Zuidwaard"). */
function noNameAfterRole(ctx: Ctx, i: number, j: number): boolean {
  const { tokens, lex, text } = ctx;
  const next = tokens[j];
  const after = tokens[j + 1];
  if (!next?.cap || !after || !spaceJoined(text, next, after) || lex.firstNames.has(next.t)) return false;
  if (j === i + 2 && tokens[i + 1].t === ":" && SUBJECT_PRONOUNS.has(after.t)) return true;
  if (LANGUAGES.has(next.low) && after.word && !after.cap) return true;
  return after.cap && lex.institutionHeads.phrases.has(after.low) && !lex.surnames.has(next.t);
}
/** A particle inside a lexicon place that starts one or two words before it ("in Nederhorst den
 * Berg", "Alphen aan den Rijn"): the place's, no surname's. */
function particleInsidePlace(ctx: Ctx, i: number): boolean {
  const { tokens, lex } = ctx;
  for (let p = i - 1; p >= Math.max(0, i - 2); p--) if (tokens[p].cap && matchPhrase(ctx, p, lex.places) > i) return true;
  return false;
}
/** A capitalised inflected adjective that is no lexicon name ("Bijzondere", "Sociale"): it opens a department or
 * title, no person. */
function adjectiveNotName(lex: Lexicons, t: Token): boolean {
  return ADJECTIVE_END.test(t.low) && !lex.firstNames.has(t.t) && !lex.surnames.has(t.t) && !lex.ambiguousSurnames.has(t.t) && !lex.ambiguousFirstNames.has(t.t);
}
/** A lone lexicon surname after "in" that closes the clause is a village of that name: "slaapt bij haar in
 * Achterberg\n", "woont in Holthausen." (no one is "in" a person). */
function surnameAsPlace(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx;
  const prev = tokens[i - 1];
  if (!prev || prev.t !== "in" || !spaceJoined(text, prev, tokens[i]) || !/^(?:[ \t]*(?:[,.;]|\n|$))/.test(text.slice(tokens[i].e, tokens[i].e + 3))) return false;
  // a verb of living or staying earlier in the clause: "slaapt", "woont", "verblijft"
  for (let k = i - 2; k >= Math.max(0, i - 8) && !/[\n.!?;]/.test(tokens[k].t) && !newlineBetween(text, tokens[k].e, tokens[k + 1].s); k--) if (LIVE_VERBS.has(tokens[k].low)) return true;
  return false;
}
// "2. Casus R.B. (update)", "de casus T.V.": a case discussed under the client's initials.
const CASE_INITIALS_RE = /(?<=(?<![\p{L}])[Cc]asus[ \t]+)\p{Lu}\.(?:\p{Lu}\.){1,2}(?![\p{L}])/gu;
// "eigenaar heet ad van wijngaarden, aardige man": a lower-case first name + particles + surname after "heet"
// or "genaamd", closed by punctuation or the line end.
const HEET_LOWER_NAME_RE = /(?<=(?<![\p{L}])(?:heet|heten|genaamd)[ \t]+)(\p{Ll}{2,})((?:[ \t]+(?:van|de|der|den|ter|ten|el|al))*)[ \t]+(\p{Ll}{3,})(?=[ \t]*(?:[,.;!?)]|\n|$))/gu;
// "mentor heet van baarle", "zijn juf heet de graaf": a role + "heet" + a lower-case surname (particles, or a lexicon surname that is
// no word) closing the clause.
const ROLE_HEET_SURNAME_RE = /(?<=(?<![\p{L}])(?:mentor|mentrix|docent|docente|juf|meester|leraar|lerares|coach|jobcoach|begeleider|begeleidster|trajectbegeleider|contactpersoon|consulent|klantmanager|casemanager|huisarts|wijkagent|leidinggevende|baas|chef|voorman|teamleider|bewindvoerder|advocaat|buurman|buurvrouw|hospita|verhuurder|huisbaas)[ \t]+heet[ \t]+)((?:(?:van|de|der|den|ter|ten|te)[ \t]+){0,3})(\p{Ll}{3,})(?=[ \t]*(?:[,.;!?)]|\n|$))/gu;
// Initials with an age in brackets after them are a person: "Jongere M.Y. (20) uit Puttershoek".
const INITIALS_AGE_RE = /(?<![\p{L}.])\p{Lu}\.(?:\p{Lu}\.){1,2}(?= \(\d{1,3}\))/gu;
// A lower-case first name + (particles +) surname with an age in brackets: "jongere kevin de ridder (19) komt niet".
const LOWER_NAME_AGE_RE = /(?<![\p{L}\p{N}@.\/-])(\p{Ll}{3,})((?:[ \t]+(?:van|de|der|den|ter|ten|el|al))*)[ \t]+(\p{Ll}{3,})(?=[ \t]*\(\d{1,2}\))/gu;
// A lower-case surname as the label of a list item ("- bennani: overzicht klaar", also after a chat speaker) or in
// brackets after a case number ("Z/24/031877 (nijhuis) → regeling"): informal notes name clients so.
const LOWER_SURNAME_ITEM_RE = /(?<=(?:^|\n|:[ \t])[ \t]*[-*•][ \t]*)\p{Ll}{3,}(?:-\p{Ll}{3,})?(?=:[ \t])|(?<=(?<![\p{L}])\p{Lu}{0,3}[\/.-]?\d[\d\/.-]{3,}[ \t]*\()\p{Ll}{3,}(?:-\p{Ll}{3,})?(?=\))/gu;
/** A lower-case lexicon surname (each part of a double one) that is no word, first name or place. */
function lowerLexiconSurname(lex: Lexicons, w: string): boolean {
  return w.split("-").every((p) => lex.surnames.has(capitalised(p)) && !lex.ambiguousSurnames.has(capitalised(p)) && !lex.common.has(p) && !lex.firstNamesLower.has(p) && !lex.places.phrases.has(p) && !NOT_LOWER_NAMES.has(p));
}
const RELATION_NAME_AGE_BRACKET = /^[ \t]?\([ \t]*\d{1,2}(?:[ \t]*(?:jaar|jr\.?|j))?[ \t]*\)/u;
const WORDLIKE_NAME_APPOSITION_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,}),[ \t]+een[ \t]+(?:(?:jonge|oudere|alleenstaande|jongere|kleine)[ \t]+)?(?:vrouw|man|meisje|meid|jongen|jongeman|jongedame|moeder|vader|dame|heer|tiener|weduwe|weduwnaar)[ \t]+van[ \t]+(?:\d{1,3}(?![\p{N}])|(?:begin|eind|midden|rond|in)[ \t]|\p{Ll}*(?:tig|tien|elf|twaalf)(?![\p{L}]))/gu;
const SLASH_SIGNOFF_INITIALS_RE = /(?<=[.!?\p{Extended_Pictographic}][ \t]*|\n[ \t]*|^)\/[ \t]?(\p{Lu}(?:v|vd|vdr|t|te)\p{Lu}\p{Lu}?)(?=[ \t]*(?:\n|$))/gu;
export const BODY_INITIALS = new Set(["KvK", "RvB", "RvC", "RvS", "RvT", "OvJ", "MvT", "RvdK", "WvS", "BvP", "MvA"]);
// Two or three capitals alone on the line after a sign-off ("Cheers,\nPJ", "Groet,\nAB"): the writer's initials, when a
// full name below them opens with the same letters ("Pieter-Jan Westdijk", "Anna Bos"); an acronym of a body has none.
const SIGNOFF_INITIALS_RE = /(?:^|\n)[ \t]*(?:[Gg]roet(?:en|jes)?|[Mm]et[ \t]+(?:vriendelijke|hartelijke)[ \t]+groet(?:en)?|[Mm]vg|[Gg]r|[Cc]heers|[Ll]iefs|[Bb]este[ \t]+groet(?:en)?|[Hh]artelijke[ \t]+groet(?:en)?|[Kk]ind[ \t]+regards|[Rr]egards|[Bb]est)[ \t]*[,!.]?[ \t]*\n[ \t]*(\p{Lu}{2,3})[ \t]*(?=\n|$)/gu;
function signOffInitials(ctx: Ctx) {
  const { text } = ctx;
  for (const m of allMatches(SIGNOFF_INITIALS_RE, text)) {
    const letters = [...m[1]];
    const end = m.index + m[0].length;
    const full = new RegExp(`(?<![\\p{L}])${letters.map((c) => `${c}\\p{Ll}+`).join("[- \\t]+")}(?![\\p{L}])`, "u");
    if (!full.test(text.slice(end, end + 200))) continue;
    ctx.out.push({ s: end - m[1].length, e: end, label: "persoon", prio: PRIO.personContext });
  }
}
// In a lower-case chat or note a client is named by surname and village: "wie gaat er mee op huisbezoek? van essen,
// speuld", "- van der kolk, wezep". A clause that opens with "van" (+ de/der/den) + a word, then a comma and a known place
// closing the clause, names a person by the particle surname (a phrase opening with "van" never stands before ", place"
// otherwise; the surname may itself be a place: "van essen").
// (not "van" + an origin or time word: "van school, amsterdam", "van harte, groet")
const VAN_PHRASE_WORDS = new Set("school huis thuis werk harte mij jou hem haar ons hun zelf buiten binnen boven onder daag vandaag gisteren morgen middag avond nacht week maand jaar tevoren toen voren achteren verre dichtbij kantoor".split(" "));
const VAN_SURNAME_PLACE_RE = /(?<=(?:^|\n|[?!.:][ \t]+)(?:[-*•][ \t]*)?)van[ \t]+(?:(?:de[nr]?|der)[ \t]+)?(\p{Ll}{3,})(?=,[ \t]*(\p{Ll}[\p{Ll}'’-]{1,25}(?:[ \t]+\p{Ll}[\p{Ll}'’-]{1,25})?)[ \t]*(?:[.!?;]|\n|$))/gu;
/** Persons found by the patterns above: case initials, a lower-case name after "heet" or before an age, a lower-case list label. */
function caseInitialsAndHeetNames(ctx: Ctx) {
  const { text, lex } = ctx;
  // A capitalised first name that is also a word, described right after it as a person of some age: "Het gaat om Roos, een
  // jonge vrouw van negentien", "Storm, een jongen van 17," (a flower or the weather is no woman of nineteen).
  if (may(/,[ \t]+een[ \t]/.test(text) && /[ \t]van[ \t]/.test(text)))
    for (const m of allMatches(WORDLIKE_NAME_APPOSITION_RE, text)) if (lex.ambiguousFirstNames.has(m[1])) ctx.out.push({ s: m.index, e: m.index + m[1].length, label: "persoon", prio: PRIO.personContext });
  // Initials signing a note after a slash at its end: "Vlgd contact na 6 wkn. /IvD", "Kaartje gestuurd 🙂 /BvH" (capital,
  // a lower-case particle letter or two, capital: not an abbreviation of a body such as "KvK" or "RvdK").
  if (may(text.includes("/")))
    for (const m of allMatches(SLASH_SIGNOFF_INITIALS_RE, text)) if (!BODY_INITIALS.has(m[1])) ctx.out.push({ s: m.index + m[0].indexOf(m[1]), e: m.index + m[0].indexOf(m[1]) + m[1].length, label: "persoon", prio: PRIO.personContext });
  if (may(text.includes("\n"))) signOffInitials(ctx);
  if (may(/\p{Ll} \(\d/u.test(text)))
    for (const m of allMatches(LOWER_NAME_AGE_RE, text)) {
      const [, first, particles, last] = m;
      if (!lex.firstNamesLower.has(first) || lex.ambiguousFirstNames.has(capitalised(first)) || LOWER_NAME_WORDS.has(first) || lex.common.has(first) || NOT_LOWER_NAMES.has(first)) continue;
      if (!(particles || lex.surnames.has(capitalised(last))) || lex.common.has(last) || NOT_LOWER_NAMES.has(last) || isNegative(lex, last)) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personContext });
    }
  if (may(/[-*•(][ \t]*\p{Ll}/u.test(text)))
    for (const m of allMatches(LOWER_SURNAME_ITEM_RE, text)) if (lowerLexiconSurname(lex, m[0])) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personContext });
  if (text.includes("asus "))
    for (const m of allMatches(CASE_INITIALS_RE, text)) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personContext });
  if (may(/(?:^|[\n?!.:][ \t]*)(?:[-*•][ \t]*)?van[ \t]/.test(text) && text.includes(",")))
    for (const m of allMatches(VAN_SURNAME_PLACE_RE, text)) {
      if (!lex.places.phrases.has(phraseKey(m[2])) || VAN_PHRASE_WORDS.has(m[1]) || lex.common.has(m[1]) || isNegative(lex, m[1]) || NOT_LOWER_NAMES.has(m[1])) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personContext });
    }
  if (may(text.includes(". (")))
    for (const m of allMatches(INITIALS_AGE_RE, text)) if (!isNegative(lex, phraseKey(m[0]))) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personContext });
  if (/(?:heet|heten|genaamd)[ \t]+\p{Ll}/u.test(text))
    for (const m of allMatches(ROLE_HEET_SURNAME_RE, text)) {
      const [, particles, last] = m;
      if (lex.common.has(last) || NOT_LOWER_NAMES.has(last) || isNegative(lex, last) || RELATIONS.has(last)) continue;
      if (!particles && !lowerLexiconSurname(lex, last)) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personContext });
    }
  if (/(?:heet|heten|genaamd)[ \t]+\p{Ll}/u.test(text))
    for (const m of allMatches(HEET_LOWER_NAME_RE, text)) {
      const [, first, particles, last] = m;
      // a lexicon first name (also a word-like one, "ad"), and a particle or a lexicon surname after it
      if (!(lex.firstNamesLower.has(first) || lex.ambiguousFirstNames.has(capitalised(first))) || !(particles || lex.surnames.has(capitalised(last))) || lex.common.has(first) || NOT_LOWER_NAMES.has(first) || lex.common.has(last) || NOT_LOWER_NAMES.has(last) || isNegative(lex, last)) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personContext });
    }
}
/** A lower-case word in -t after a title that is no verb but a place-shaped surname: "mw zandvliet", "dhr
 * kromhout", "mw van lieshout" (a lexicon place after a particle: no verb follows "van"). */
// (also the old name element "-brecht", which no Dutch verb ends in: "dhr lambrecht", "mw engelbrecht")
const PLACE_SURNAME_T = /\p{Ll}{2,}(?:vliet|hout|horst|holt|voort|poort|brecht)$/u;
function placeShapedSurnameInT(ctx: Ctx, core: Token, afterParticle: boolean): boolean {
  return PLACE_SURNAME_T.test(core.low) || (afterParticle && ctx.lex.places.phrases.has(core.key));
}
/** "uit"/"in" + a lower-case lexicon place after a chat surname: "verstappen uit valkenswaard", "traplift hoekstra in
 * koudekerk" (where the person lives or comes from). */
function placeAfterUitIn(ctx: Ctx, prep: Token): boolean {
  const place = ctx.tokens[prep.i + 1];
  return (prep.low === "uit" || prep.low === "in") && spaceJoined(ctx.text, prep, place) && !place.cap && ctx.lex.places.phrases.has(place.key) && !ctx.lex.common.has(place.low);
}
// Lower-case prepositions before a lower-case first name in chat style: "de casus van jeroen", "gesprek met johan".
const LOWER_NAME_PREPS = new Set(["van", "met", "voor", "aan", "bij"]);
const GREETINGS = new Set(["hai", "hoi", "hallo", "beste", "geachte", "lieve", "hey", "hi", "dear", "goedemorgen", "goedemiddag"]);
// A letter's salutation names the addressee, also a surname no lexicon knows ("Beste meneer gulpers,"):
// the greetings above, also "Dag" and "Goedenavond".
const SALUTATION_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${[...GREETINGS, "dag", "goedenavond"].join("|")})[ \t]+$`, "iu");
const PARTICLES = new Set(["van", "de", "der", "den", "ter", "ten", "te", "'t", "in", "v/d", "v.d.", "vd", "d'", "el", "al", "ben", "bin", "ibn", "abu", "ait", "aït", "von", "vom", "zu", "la", "le", "du", "da", "dos", "di"]);
// Particles that on their own ("de X", "van X") do not announce a surname unless X is a known surname.
const WEAK_PARTICLES = new Set(["de", "van", "te", "in", "het", "op", "la", "le", "da", "di", "du", "el", "al"]);
// Also the Frisian "yn" ("meitsje yn Putten"), "vlakbij/dichtbij" ("vlakbij Zuna") and the Limburg and Brabant dialect forms of
// "uit" and "naar" in a quote ("Sjef uut Eys", "van oet Mechele", "noa Valkeburg").
// Particles of separable verbs before "te" + the infinitive: "in te roosteren", "op te halen", "aan te melden".
const SEPARABLE_PARTICLES = new Set("in op aan uit af mee door terug over bij vast toe na om weg langs rond tegen voor".split(" "));
// Words before "in" + a clinic's name: someone admitted, treated or rehabilitating there.
const CLINIC_BEFORE_IN = /^(?:opgenomen|opname|heropname|revalidatie|revalideren|revalideert|gerevalideerd|geopereerd|operatie|klinisch)$/;
const PLACE_PREPS = new Set(["in", "uit", "te", "naar", "vanuit", "vanaf", "nabij", "rond", "omgeving", "gemeente", "regio", "provincie", "richting", "woonplaats", "vandaan", "yn", "út", "vlakbij", "dichtbij", "uut", "oet", "noa", "nao"]);
const PLACE_HEADS = new Set(["gemeente", "regio", "provincie", "stad", "dorp", "wijk", "buurt", "stadsdeel", "woonplaats"]);
// Neighbourhood teams are named after their district: "buurtteam Zuilen", "wijkteam Bleijerheide", "team Laak/Transvaal".
const DISTRICT_TEAMS = new Set(["stadsteam", "dorpsteam", "wijkteam", "buurtteam", "gebiedsteam", "jeugdteam", "wijkteams", "buurtteams", "ouderenteam", "wijkzorgteam"]);
// "servicepunt Selwerd", "Wijkpunt Overvecht": a municipal desk named after its district is the district (like a team).
const DISTRICT_DESKS = new Set(["servicepunt", "wijkpunt", "buurtpunt", "wijkservicepunt", "informatiepunt", "wijkinformatiepunt", "wijksteunpunt"]);
// "Schadewijk-Ruwaard", "Noord-Oost": two districts joined by a hyphen, each a known place or shaped like a neighbourhood.
const districtPair = (lex: Lexicons, t: string) => t.includes("-") && t.split("-").every((p) => p.length >= 3 && (lex.places.phrases.has(p.toLowerCase()) || NEIGHBOURHOOD.test(p)));
// Form fields whose value is a place: "Geboorteplaats: Wenzhou", "Woonplaats: Grou".
const PLACE_FIELDS = new Set(["geboorteplaats", "woonplaats", "plaats", "geboorteland", "land van herkomst", "herkomst", "verblijfplaats", "vestigingsplaats", "wijk", "woonwijk", "buurt", "stadsdeel"]);
// A place field ending right before the colon at `colon`, or one followed by a time phrase on the same line
// ("Woonplaats sinds augustus 2023:", "Verblijfplaats vanaf 1 mei:").
const FIELD_TIME_WORDS = new Set(["sinds", "vanaf", "per", "tot"]);
function placeFieldBefore(ctx: Ctx, colon: number): boolean {
  const { tokens, text } = ctx;
  if (PLACE_FIELDS.has(tokens[colon - 1]?.low ?? "")) return true;
  for (let k = colon - 2; k >= 0 && k >= colon - 6; k--) {
    if (newlineBetween(text, tokens[k].e, tokens[colon].s)) return false;
    if (FIELD_TIME_WORDS.has(tokens[k].low)) return k > 0 && PLACE_FIELDS.has(tokens[k - 1].low) && !newlineBetween(text, tokens[k - 1].e, tokens[k].s);
  }
  return false;
}
// Trade and port words that continue a firm named after a place ("Maasvlakte Cold Storage", "Botlek Logistics").
const FIRM_WORD_AFTER_PLACE = /^[ \t](?:\p{Lu}\p{Ll}+[ \t]){0,2}(?:Storage|Logistics|Logistiek|Distribution|Distributie|Shipping|Terminals?|Stevedoring|Warehousing|Forwarding|Freight|Trucking|Opslag|Koelhuis|Vrieshuis)(?![\p{L}])/u;
// Articles and possessives: a lower-case word after them is a noun, no place name ("de sloten", "zijn hoeven").
const NOUN_DETERMINERS = new Set(["de", "het", "een", "die", "deze", "dat", "dit", "mijn", "zijn", "haar", "hun", "onze", "ons", "jullie", "z'n", "d'r", "je", "jouw", "uw", "alle", "geen"]);
// A town's own buildings, in lower case before its name: "gemeentehuis Hasselt", "het station Best".
const TOWN_BUILDINGS = new Set(["gemeentehuis", "stadhuis", "raadhuis", "station", "stadskantoor", "dorpshuis"]);
// Business parks and industrial estates: "bedrijventerrein Everdenberg", "industrieterrein De Hurk" (lower case: a
// capitalised "Bedrijvenpark Twente 311" is a street).
const ESTATE_HEADS = new Set(["bedrijventerrein", "industrieterrein", "bedrijvenpark", "industriegebied", "bedrijventerreinen"]);
const LIVE_VERBS = new Set(["vertrok", "vertrekt", "vertrokken", "emigreerde", "geëmigreerd", "teruggekeerd", "keerde", "teruggegaan", "terug", "reisde", "gereisd", "woont", "wonen", "woonde", "woonachtig", "wonend", "verhuisd", "verhuist", "verhuizen", "verhuisde", "geboren", "ingeschreven", "afkomstig", "komt", "kwam", "gevlucht", "vluchtte", "opgegroeid", "reist", "logeert", "slaapt", "verblijft"]);
const ORG_PREPS = new Set(["bij", "via"]);
/** "From X to Y (at Z)": the line of `pos` reads as an English transfer from one capitalised name to another. */
function englishTransferLine(text: string, pos: number): boolean {
  const start = text.lastIndexOf("\n", pos - 1) + 1;
  const end = text.indexOf("\n", pos);
  return /(?:^|[.!?]\s+)From \p{Lu}[^\n.!?]{0,60}? to \p{Lu}/u.test(text.slice(start, end < 0 ? text.length : end));
}
// English words before "at" + an organisation: "worked at X", "a job at X", "registered at X" (school).
const ENGLISH_AT_WORDS = new Set(["work", "works", "worked", "working", "employed", "job", "contract", "tester", "intern", "internship", "registered", "enrolled", "studied", "studies", "study", "volunteer", "volunteered"]);
// Words for a job or placement before "bij": "contract bij X", "stage bij X", "in dienst bij X" (X is the employer).
const EMPLOYMENT_BEFORE_BIJ = new Set("contract arbeidscontract dienst baan baantje bijbaan stage stageplek stageplaats vacature proefplaatsing werkervaringsplaats leerwerkplek werkplek werkt werkte werken gewerkt solliciteert solliciteerde gesolliciteerd aangenomen ontslagen uitzendbaan detachering gedetacheerd".split(" "));
// Location prepositions ("achter de Jumbo", "boven Snackbar 't Hoekje", "naast de Action") also announce a shop.
const CREDITOR_NOUNS = new Set(["verhuurder", "woningcorporatie", "corporatie", "leverancier", "energieleverancier", "schuldeiser", "crediteur", "webwinkel", "postorderbedrijf"]);
const LEXICON_ORG_PREPS = new Set(["van", "voor", "door", "naar", "met", "aan", "op", "en", "uit", "achter", "naast", "tegenover", "boven"]);
const DIRECTIONS = /^(noord|oost|zuid|west|zuidoost|zuidwest|noordoost|noordwest|centrum|midden|buiten|stad|haven)$/;
const NEIGHBOURHOOD = /^\p{Lu}\p{L}+(?:wijk|buurt|kwartier|polder|hoven|park)$/u;

// Role words that are also Dutch surnames ("dhr. Arts", "mw. Mentor"); after "de" they stay roles ("mevrouw de arts").
// A street with a street word + a house number (+ toevoeging) and one space, ending right before a word: "Rijksweg 12a ".
const STREET_NUMBER_BEFORE = /\p{Ll}(?:straat|laan|weg|kade|plein|gracht|singel|dreef|steeg|dijk|pad|hof|ring)[ \t]+\d{1,4}(?:[ \t]?[a-z])?[ \t]$/u;
const STREET_SHAPE = /\p{Ll}(?:straat|laan|weg|kade|plein|gracht|singel|dreef|steeg|plantsoen|diep|zoom)$/u;
// Dutch and border rivers that are also surnames or look like them ("de Maas", "de Waal", "de Lek"), and the place
// prepositions before them.
const STREET_NOUNS = new Set(["Laan", "Weg", "Kade", "Dreef", "Singel", "Plein", "Straat", "Gracht", "Steeg", "Markt"]);
const STREET_PREPS = new Set(["aan", "op", "in", "naar", "langs", "over", "vanaf", "richting", "via"]);
const RIVERS = new Set("Maas Waal Rijn Lek IJssel Vecht Schelde Amstel Dommel Dinkel Berkel Roer Geul Linge Merwede Zaan Eem Eems Regge Niers Swalm Gouwe Spaarne Mark Dieze Donau Moezel".split(" "));
const RIVER_PREPS = new Set("over aan langs achter naast onder voorbij richting in bij".split(" "));
const ROLE_SURNAMES = new Set(["arts", "mentor", "advocaat", "rechter", "notaris", "koster", "dokter", "meester", "voogd"]);

/** End of a surname written in capitals at token j ("DE VRIES", "EL AMRANI", "JANSEN, M."), or j when there is none. */
function capitalsName(ctx: Ctx, j: number): number {
  const { tokens, lex, text } = ctx;
  let k = j;
  while (k < tokens.length && k - j < 3 && /^\p{Lu}{1,3}$/u.test(tokens[k].t) && PARTICLES.has(tokens[k].low) && text.slice(tokens[k].e, tokens[k + 1]?.s ?? 0) === " ") k++;
  const core = tokens[k];
  if (!core || !core.upper || core.t.length < 3 || !/^\p{Lu}+(?:-\p{Lu}+)?$/u.test(core.t) || isNegative(lex, core.key) || lex.places.phrases.has(core.key) || lex.institutions.phrases.has(core.key)) return j;
  const titled = core.t.charAt(0) + core.t.slice(1).toLowerCase();
  const initialsAfter = tokens[k + 1]?.t === "," && (tokens[k + 2]?.initials || (tokens[k + 2]?.cap && lex.firstNames.has(tokens[k + 2].t)));
  if (k > j || lex.surnames.has(titled) || lex.ambiguousSurnames.has(titled) || initialsAfter) return k + 1;
  return j;
}

/** A capitalised role-word surname at token j, not followed by more name-like words ("dhr. Arts", not "dhr. Arts Bakker"). */
function isRoleSurname(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || !t.word || !t.cap || t.upper || !ROLE_SURNAMES.has(t.low)) return false;
  const next = ctx.tokens[j + 1];
  return !(next && next.word && next.cap && ctx.text.slice(t.e, next.s) === " " && !next.sentStart);
}

function isTitleToken(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.t === "." && tokens[i - 1]) return TITLES.has(tokens[i - 1].low) || tokens[i - 1].initials;
  return TITLES.has(t.low) || t.initials;
}

interface Ctx {
  text: string;
  tokens: Token[];
  lex: Lexicons;
  out: Candidate[];
  /** tokens inside a hard-negative phrase ("Nationale Ombudsman", "Wet schuldsanering natuurlijke personen") */
  negative: Uint8Array;
  /** lower-case speaker names of a chat transcript ("[09:12] sanne: …"); empty for ordinary text */
  speakers: Set<string>;
}

// Laws are capitalised compounds on "-wet": "de Omgevingswet", "de Woningwet", "onder de Huisvestingswet" (never a name).
// Also a municipal regulation or decree: "van de Huisvestingsverordening", "het Bijstandsbesluit".
const LAW_COMPOUND = /^\p{Ll}{3,}s?(?:wet(?:geving)?|verordening|besluit)$/u;
const isNegative = (lex: Lexicons, key: string) => lex.negatives.phrases.has(key) || lex.common.has(key) || LAW_COMPOUND.test(key);
// "Wmo-aanvragen", "BBL-traject", "Wmo-consulent": an abbreviation or law + a lower-case noun is a thing or a role,
// never a name ("Alfa-college", "Esdégé-Reigersdaal" are no such compounds: no abbreviation or a capital after the hyphen).
const ABBREVIATION_COMPOUND = /^(\p{Lu}{2,5}|\p{Lu}\p{Ll}{1,3})-(\p{Ll}{3,})$/u;
function thingCompound(lex: Lexicons, t: string): boolean {
  const m = ABBREVIATION_COMPOUND.exec(t);
  // "WVS-groep", "ROC-college": an organisation word after the hyphen names an organisation.
  if (!m || HEAD_SUFFIX.test(t) || ORG_TAIL.test(m[2]) || lex.institutionHeads.phrases.has(m[2])) return false;
  return /^\p{Lu}+$/u.test(m[1]) || isNegative(lex, m[1].toLowerCase());
}

/** Longest lexicon phrase starting at token i (ignoring punctuation tokens inside hyphenated words). */
function matchPhrase(ctx: Ctx, i: number, lexicon: PhraseLexicon): number {
  const { tokens, text } = ctx;
  const head = tokens[i];
  if (!head || !lexicon.firstWords.has(head.first)) return -1;
  let key = "";
  let best = -1;
  for (let j = i; j < tokens.length && j - i < lexicon.maxWords + 2; j++) {
    const tok = tokens[j];
    if (j > i) {
      const gap = text.slice(tokens[j - 1].e, tok.s);
      if (gap.length > 1 || gap.includes("\n")) break;
    }
    if (tok.t === "-") continue;
    // "St. Annaparochie", "St.-Jacobiparochie": the dot of an abbreviated first word belongs to a village's key.
    if (j === i + 1 && tok.t === "." && tok.s === head.e && key === "st" && lexicon === ctx.lex.places) {
      key = "st.";
      continue;
    }
    // "Centrum '45": an apostrophe year inside a name.
    if (j > i && (tok.t === "'" || tok.t === "’") && tokens[j + 1]?.s === tok.e && /^\d{2}$/.test(tokens[j + 1].t)) {
      key = `${key} '${tokens[j + 1].t}`;
      j++;
      if (lexicon.phrases.has(key)) best = j;
      continue;
    }
    // "ieder1", "Team4Work": digits glued to a word belong to the name.
    const gluedDigits = j > i && /^\d+$/.test(tok.t) && tok.s === tokens[j - 1].e && tokens[j - 1].word;
    // Letters glued after such digits belong to the name too ("KW1C": "kw1c", not "kw1 c").
    const gluedAfterDigits = j > i + 1 && tok.word && tok.s === tokens[j - 1].e && /^\d+$/.test(tokens[j - 1].t) && tokens[j - 2].e === tokens[j - 1].s && tokens[j - 2].word;
    if (!tok.word && tok.t !== "&" && tok.t !== "+" && tok.t !== "/" && !gluedDigits) break;
    // "Maastricht UMC+": a "+" glued to the name is part of its key.
    // "TU/e": a slash between two glued parts joins them too.
    const glued = j > i && tok.s === tokens[j - 1].e;
    if (tok.t === "/" && !(glued && tokens[j + 1]?.s === tok.e && tokens[j + 1].word)) break;
    // ("Kuehne+Nagel" stays "kuehne + nagel" as before: the lexicon holds both spellings.)
    const plusEnd = tok.t === "+" && glued && tokens[j + 1]?.s !== tok.e;
    key = key ? (plusEnd || (tok.t === "/" && glued) || gluedDigits ? `${key}${tok.t}` : gluedAfterDigits ? `${key}${tok.key}` : glued && tokens[j - 1].t === "/" ? `${key}${tok.key}` : `${key} ${tok.key}`) : tok.key;
    if (lexicon.phrases.has(key)) best = j;
  }
  return best;
}

function isNameWord(ctx: Ctx, t: Token | undefined, allowShort = false): boolean {
  if (!t || !t.word || !(t.cap || (allowShort && /^\p{Lu}{1,3}$/u.test(t.t)))) return false;
  if (ctx.negative[t.i]) return false;
  const bare = t.low.replace(/[.']$/, "");
  if (bare.replace(/-/g, "").length < 3 && !(allowShort && /^\p{Lu}+$/u.test(t.t))) return false;
  if (ctx.lex.institutionHeads.phrases.has(bare)) return false;
  if (isNegative(ctx.lex, t.key)) return false;
  if (ctx.lex.notNamesAfterTitle.has(bare)) return false;
  if (TITLES.has(bare) && t.t.length <= 7) return false;
  // "IPS-trajectbegeleider", "GGZ-behandelaar": a role compound is no name.
  const tail = /-(\p{Ll}+)$/u.exec(t.t);
  if (tail && (RELATIONS.has(tail[1]) || ROLE_SUFFIX.test(tail[1]))) return false;
  // "Bbz-levensonderhoud", "Wmo-indicatie": a law or common word + a lower-case noun is no name.
  const head = /^([\p{L}]+)-\p{Ll}/u.exec(t.t);
  if (head && (isNegative(ctx.lex, head[1].toLowerCase()) || ctx.lex.common.has(head[1].toLowerCase()))) return false;
  if (thingCompound(ctx.lex, t.t)) return false;
  return true;
}

function isPlaceOrInstitution(ctx: Ctx, t: Token): boolean {
  const key = t.key;
  if (ctx.lex.firstNames.has(t.t) || ctx.lex.surnames.has(t.t)) return false;
  return ctx.lex.places.phrases.has(key) || ctx.lex.institutions.phrases.has(key) || ctx.lex.institutionHeads.phrases.has(key);
}

/** "moeder is Jurenska, 23, woont bij haar tante": a relation + "is" + one unknown capitalised word + a comma and an age is
 * that relative's name (not a word, place or body the lexicons know). */
function relationIsNameWithAge(ctx: Ctx) {
  const { tokens, text, lex } = ctx;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    if (tokens[i - 1].low !== "is" || !RELATIONS.has(tokens[i - 2].low) || !t.cap || t.upper || !/^,[ \t]*\d{1,3}[ \t]*(?:jaar[ \t]*)?[,.;)]/.test(text.slice(t.e, t.e + 12))) continue;
    if (!isNameWord(ctx, t) || lex.common.has(t.low) || isPlaceOrInstitution(ctx, t) || lex.places.phrases.has(t.key)) continue;
    ctx.out.push({ s: t.s, e: t.e, label: "persoon", prio: PRIO.personContext });
  }
}

const SHOPPING_CENTRE_RE = /(?<![\p{L}])(?:[Ww]inkelcentrum|[Ww]ijkwinkelcentrum|[Ww]inkelcentra|[Ww]inkelhart|[Ww]inkelpromenade)[ \t]+((?:(?:In|Op|Aan)[ \t]+(?:de|den|het|'t)[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}])/gu;
/** "bij het winkelcentrum Crimpenhof", "in winkelcentrum Struytse Hoeck": the capitalised name after a shopping-centre noun
 * is the centre (a named place where someone is seen or works), unless the lexicons know it as a place ("winkelcentrum
 * Hoogvliet" is the centre of that town: the place rules take it), or opens with a preposition and an article ("winkelcentrum In
 * de Hoven", named after the district De Hoven). */
function namedShoppingCentres(ctx: Ctx) {
  const { text, lex } = ctx;
  for (const m of allMatches(SHOPPING_CENTRE_RE, text)) {
    const key = phraseKey(m[1]);
    const first = phraseKey(m[1].split(/[ \t]/)[0]);
    if (/^(?:In|Op|Aan)[ \t]/.test(m[1])) {
      const s = m.index + m[0].length - m[1].length;
      ctx.out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.placeLexicon + 4 });
      continue;
    }
    if (lex.places.phrases.has(key) || lex.places.phrases.has(first) || isNegative(lex, key) || lex.common.has(first)) continue;
    const s = m.index + m[0].length - m[1].length;
    ctx.out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.institutionContext });
  }
}

const BRACKETED_AFTER_NAME_RE = /(?<=\p{L}[ \t]*)\((\p{Lu}[\p{L}'’-]+)\)/gu;
/** "Esra Güler (Enver)", "Tom Hendriks (Salut)": in an attendee list a known organisation in brackets after a person is her
 * employer, also when the organisation's name is a first name too. */
function bracketedEmployers(ctx: Ctx) {
  const { text, lex } = ctx;
  for (const m of allMatches(BRACKETED_AFTER_NAME_RE, text)) {
    const key = phraseKey(m[1]);
    // (also one the lexicon marks as ambiguous, a word or name elsewhere: the bracket after a person settles it)
    if (!lex.institutions.phrases.has(key) || isNegative(lex, key) || lex.places.phrases.has(key) || lex.common.has(key)) continue;
    if (!/\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu}[\p{L}'’-]+[ \t]*$/u.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    ctx.out.push({ s: m.index + 1, e: m.index + 1 + m[1].length, label: "instelling", prio: PRIO.personContext + 1 });
  }
}

const SCHOOL_ABBR_NAME_RE = /(?<![\p{L}])(?:CSG|OSG|RSG|KSG|ISG|PCC|CBS|OBS|PCBS|RKBS|IKC)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:van|de|der|den|ter|ten)){0,2}(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}])/gu;
/** "Maksym: CSG Jacob van Liesveldt", "CBS Jan Ligthart": a school abbreviation before a person's name is a school named
 * after that person (the span takes the abbreviation too). */
function schoolsNamedAfterPersons(ctx: Ctx) {
  const { text, lex } = ctx;
  for (const m of allMatches(SCHOOL_ABBR_NAME_RE, text)) {
    // (no trailing particle: "CSG Jan van" before a line break)
    const name = m[1].replace(/(?:[ \t]+(?:van|de|der|den|ter|ten))+$/, "");
    const words = name.split(/[ \t]+/);
    const last = words[words.length - 1];
    // (a person's name: a known first name opening it or a known surname closing it; not "CSG Comenius Hellevoetsluis";
    // or an article and a name, "03-09: OBS De Sterte meldt", "CBS De Wegwijzer")
    const articled = /^(?:De|Het|'t)$/.test(words[0]) && words.length === 2;
    if (!lex.firstNames.has(words[0]) && !lex.surnames.has(last) && !articled) continue;
    if (words.length > 1 && !articled && lex.places.phrases.has(phraseKey(last)) && !lex.surnames.has(last)) continue;
    ctx.out.push({ s: m.index, e: m.index + m[0].length - m[1].length + name.length, label: "instelling", prio: PRIO.personContext + 1 });
  }
}

const LOGIN_AFTER_RE = /(?<![\p{L}])(?:aangemaakt|geëxporteerd|gegenereerd|export|gewijzigd|bijgewerkt|ingevoerd|afgedrukt|uitgevoerd):?(?:[ \t]+[\d:./-]+){0,3}[ \t]+door:?[ \t]+([a-z]{1,3}\.?[a-z]{3,20})(?=[ \t]*(?:[,.;:)|\n]|$|op[ \t]|om[ \t]))/gu;
/** "Export aangemaakt door rvisser, 09:14", "aangemaakt … door w.kempers": a staff login in an export's footer or header,
 * initials glued to a known surname, is that person. */
function exportLogins(ctx: Ctx) {
  const { text, lex } = ctx;
  for (const m of allMatches(LOGIN_AFTER_RE, text)) {
    const login = m[1];
    const surnameAt = [1, 2, 3].map((n) => login.slice(n).replace(/^\./, "")).find((rest) => rest.length >= 3 && (lex.surnames.has(capitalised(rest)) || lex.ambiguousSurnames.has(capitalised(rest))));
    if (!surnameAt || lex.common.has(login)) continue;
    const s = m.index + m[0].length - login.length;
    ctx.out.push({ s, e: s + login.length, label: "persoon", prio: PRIO.personContext });
  }
}

const GENERIC_HOUSE = /^(?:stad|gemeente|buurt|dorps?|wijk|zieken|raad|club|koffie|taal|inloop|verpleeg|jongeren|vrouwen|mannen|familie|woon|school|zorg|ouder|kinder|speel|bejaarden|verzorgings|tehuis|clubs|gemeenschaps|jeugd|opvang|hospice|parochie|pastorie|kerk|gebeds|koor|uitvaart|rouw|poort|voor|achter|boeren|herens|land|zomer|tuin|trein|winkel|pak|bad|bed|koets|poppen|dieren|honden)s?huis$/;
/** The sentence (or line) holding [s, e), at most 100 characters either side. */
function sentenceAround(text: string, s: number, e: number): string {
  const from = /[.!?\n][^.!?\n]*$/.exec(text.slice(Math.max(0, s - 100), s));
  const to = /[.!?\n]/.exec(text.slice(e, e + 100));
  return text.slice(from ? s - from[0].length + 1 : Math.max(0, s - 100), to ? e + to.index : Math.min(text.length, e + 100));
}
const SCHOOL_CONTEXT = /(?<![\p{L}])(?:klas|school|leerling|mentor|mentrix|leerjaar|brugklas|leerplicht|verzuim|spijbel|vmbo|havo|vwo|mbo)/iu;
/** "hij zit op Metameer in Stevensbeek", "de tweede klas van het Gomarus in Gorinchem": one unknown capitalised word where a
 * pupil sits ("zit op"; in a school sentence or before "in" + a known place), or after "het" (no person takes it) before
 * "in" + a known place, is the school or organisation there. Not a name or word the lexicons know. */
function unknownNameBeforePlaceOrgs(ctx: Ctx) {
  const { tokens, text, lex } = ctx;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    const p1 = tokens[i - 1];
    const p2 = tokens[i - 2];
    if (!(p1.low === "op" || p1.low === "het" || (p1.low === "de" && p2.low === "op")) || !t.cap || t.upper || t.sentStart || text.slice(p1.e, t.s) !== " ") continue;
    const sitVerb = p1.low === "op" ? p2 : tokens[i - 3];
    const sitFrame = (p1.low === "op" || (p2.low === "op" && p1.low !== "het")) && !!sitVerb && SIT_VERBS.has(sitVerb.low);
    // (where a pupil sits, a two- or three-word school name too: "hij zit op Tromp Meesters 3 havo"; no first name or place in it)
    const end = sitFrame ? capRun(ctx, i, 3) : i + 1;
    const words = tokens.slice(i, end);
    if (end > i + 1 ? words.some((x) => !x.cap || lex.firstNames.has(x.t) || lex.ambiguousFirstNames.has(x.t) || lex.places.phrases.has(x.key) || lex.common.has(x.low) || !isNameWord(ctx, x)) :
      !isNameWord(ctx, t) || lex.firstNames.has(t.t) || lex.ambiguousFirstNames.has(t.t) || lex.surnames.has(t.t) || lex.ambiguousSurnames.has(t.t) || lex.common.has(t.low) || isPlaceOrInstitution(ctx, t) || lex.places.phrases.has(t.key)) continue;
    const last = tokens[end - 1];
    const n1 = tokens[end];
    if (n1?.cap && text.slice(last.e, n1.s) === " ") continue;
    const placeNext = n1?.low === "in" && text.slice(last.e, n1.s) === " " && !!tokens[end + 1] && matchPhrase(ctx, end + 1, lex.places) >= end + 1;
    const sitsOn = sitFrame && (placeNext || SCHOOL_CONTEXT.test(sentenceAround(text, t.s, last.e)));
    const neuterBeforePlace = p1.low === "het" && /^(?:van|bij|naar|op|in|via|aan)$/.test(p2.low) && placeNext;
    // "vrijwilligerswerk in het Casembroothuis": a house named after someone or something (not a kind of house: "het Buurthuis").
    const namedHouse = p1.low === "het" && /^(?:van|bij|naar|op|in|via|aan|uit)$/.test(p2.low) && /^\p{Lu}\p{Ll}{3,}huis$/u.test(t.t) && !GENERIC_HOUSE.test(t.low);
    if (sitsOn || neuterBeforePlace || namedHouse) ctx.out.push({ s: t.s, e: last.e, label: "instelling", prio: end > i + 1 ? PRIO.personContext + 1 : PRIO.institutionContext });
  }
}

// Particles that only stand before a surname, never as a preposition or article: after them a lexicon organisation is the
// surname ("Frans van den Munckhof").
const SURNAME_ONLY_PARTICLES = /^(?:den|der|ter|ten)$/;
const PLACE_OWNER_NOUN = /^(?:wethouders?|burgemeester|gemeente|gemeenteraad|raad|college|inwoners?|bewoners?|ingezetenen|regio|provincie|centrum|omgeving|buurt|rand|noorden|zuiden|oosten|westen|station|stadhuis|haven)$/;
/**
 * Parses a name starting at token i: initials, particles, one or two capitalised words, hyphenated parts.
 * Returns the index after the last token of the name, or -1.
 */
// Nouns that announce the name of a programme, method or project ("het programma Sportief Herstel", "de pilot
// Werk voor de Wijk", "de methode Mobility Mentoring"): the capitalised words after them are no person.
const PROGRAMME_NOUNS = new Set("programma project methode methodiek aanpak training cursus module traject pilot regeling interventie campagne werkwijze".split(" "));
// A plural of people by origin: "Oekraïners", "Syriërs", "Eritreeërs", "Afghanen", "Chinezen", "Argentijnen".
const ORIGIN_PLURAL = /\p{Ll}{2,}(?:ïners|iërs|eërs|anen|ezen|ijnen)$/u;
// A programme noun, alone or as the head of a compound: "traject", "Werkfit-traject", "taalproject".
const programmeCompound = (low: string) => PROGRAMME_NOUNS.has(low) || PROGRAMME_NOUNS.has(low.slice(low.lastIndexOf("-") + 1)) || /\p{Ll}{3}(?:traject|project|programma)$/u.test(low);
/** Whether token i stands inside a capitalised name that opens right after a programme noun ("pilot Werk voor de Wijk"). */
function inProgrammeName(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx;
  let k = i;
  // back over the name's words and lower-case joints (at most four tokens, one line, single spaces)
  while (k > 0 && i - k < 4 && text.slice(tokens[k - 1].e, tokens[k].s) === " " && tokens[k - 1].word && (tokens[k - 1].cap || /^(?:voor|van|op|in|en|de|het|met|naar)$/.test(tokens[k - 1].t))) k--;
  return k < i && tokens[k].cap && !tokens[k].sentStart && PROGRAMME_NOUNS.has(tokens[k - 1]?.low ?? "") && text.slice(tokens[k - 1].e, tokens[k].s) === " ";
}

function parseName(ctx: Ctx, i: number, opts: { allowShort?: boolean; maxWords?: number } = {}): number {
  const { tokens, text } = ctx;
  let j = i;
  const adjacent = (a: number) => a < tokens.length && text.slice(tokens[a - 1].e, tokens[a].s).length <= 1 && !newlineBetween(text, tokens[a - 1].e, tokens[a].s);
  while (j < tokens.length && j - i < 8 && (tokens[j].initials || (j > i && ACADEMIC.has(tokens[j].low) && tokens[j + 1]?.t === ".")) && (j === i || adjacent(j))) j += tokens[j].initials ? 1 : 2;
  let k = j;
  while (k < tokens.length && k - j < 4 && PARTICLES.has(tokens[k].low) && (k === i || adjacent(k)) && adjacent(k + 1)) {
    if (tokens[k].low === "in" && !["'t", "de", "den", "het"].includes(tokens[k + 1]?.low ?? "")) return -1;
    k++;
  }
  if (k >= tokens.length || (k > i && !adjacent(k))) return j > i && j !== k ? -1 : -1;
  const core = tokens[k];
  // "in de Molukse wijk", "een Syrische familie": a nationality adjective before a lower-case noun is no surname.
  if (k > j && (tokens[j].low === "in" || tokens[j].low === "op") && /^\p{Lu}\p{Ll}{2,}(?:se|sche)$/u.test(core.t) && !ctx.lex.surnames.has(core.t) && !ctx.lex.firstNames.has(core.t) && tokens[k + 1]?.word && /^\p{Ll}/u.test(tokens[k + 1].t) && text.slice(core.e, tokens[k + 1].s) === " ") return -1;
  // "van Zwolle" after particles is a surname ("dr. Van Rijswijk"); a bare "Zwolle" is the place.
  // "de heer R. Zwanenburg", "t.a.v. J. Berkhout": a place takes no initials, so after initials it is a surname.
  const initialsSurname = j > i && k === j && core.cap && ctx.lex.places.phrases.has(core.key) && !ctx.lex.abroad.has(core.key) && !ctx.lex.institutions.phrases.has(core.key) && matchPhrase(ctx, k, ctx.lex.places) === k;
  // "mevrouw J. Zeeman", "t.a.v. R.J. Kruidvat": an organisation takes no initials either, so a one-word
  // lexicon organisation after initials is a surname (not an enumerated list item opening a line: "B. Humanitas"; but a
  // signature under a closing: "Met vriendelijke groet,\n\nR. Hoogvliet").
  const initialsOrgSurname = j > i && k === j && core.cap && !core.upper && ctx.lex.institutions.phrases.has(core.key) && matchPhrase(ctx, k, ctx.lex.institutions) === k &&
    (!tokens[i].sentStart || j - i >= 2 || (i > 0 && isTitleToken(tokens, i - 1)) || CLOSING_BEFORE_RE.test(text.slice(Math.max(0, tokens[i].s - 30), tokens[i].s)));
  if (k === j && isPlaceOrInstitution(ctx, core) && !initialsSurname && !initialsOrgSurname) return -1;
  // (not after "den/der/ter/ten", which only stand before a surname: "Frans van den Munckhof")
  if (k > j && ctx.lex.institutions.phrases.has(core.key) && !SURNAME_ONLY_PARTICLES.test(tokens[k - 1].low)) return -1;
  // "oom in de Tarwewijk": a place after "in de"/"op de" is where someone lives, not a surname.
  if (k > j && (tokens[j].low === "in" || tokens[j].low === "op") && (ctx.lex.places.phrases.has(core.key) || NEIGHBOURHOOD.test(core.t))) return -1;
  // "oom in Den Helder", "woonde in De Bilt": a place whose name starts with the article ("Den Helder") after "in"/"op".
  // (also a place opening with a lower-case "'t": "schoonmoeder in 't Harde", "oom in 't Zandt"; not after a title:
  // "mevrouw in 't Veld" is the surname)
  if (k > j + 1 && (tokens[j].low === "in" || tokens[j].low === "op") && (tokens[j + 1].cap || (/^['’]t$/.test(tokens[j + 1].t) && !(i > 0 && (TITLES.has(tokens[i - 1].low) || tokens[i - 1].t === ".")))) && matchPhrase(ctx, j + 1, ctx.lex.places) >= k) return -1;
  // Initials and a particle are enough evidence for a surname that is also a word: "W.F. van 't Hof".
  const coreOk = isNameWord(ctx, core, opts.allowShort) || (core.upper && core.t.length <= 3 && j === k && k === i && opts.allowShort) ||
    (j > i && k > j && core.cap && core.word && core.low.length >= 3) ||
    // "R. Arts", "J. Mentor": initials + a role-word surname (a role takes no initials).
    (j > i && k === j && tokens[i].initials && isRoleSurname(ctx, k)) ||
    // "echtpaar Ter Haar", "mevrouw ten Velde": after a relation or title, "ter/ten" before a capital is a
    // particle, so a common word is the surname.
    (k === j + 1 && i > 0 && (RELATIONS.has(tokens[i - 1].low) || TITLES.has(tokens[i - 1].low)) && (tokens[j].low === "ter" || tokens[j].low === "ten") && core.cap && core.word && core.low.length >= 3 && !ctx.lex.places.phrases.has(core.key));
  if (!coreOk) return -1;
  // "imam van de Aksa Moskee", "pastoor van de Sint Jan Kerk": a word before a capitalised head word names the organisation.
  if (k > j && tokens[k + 1] && /^\p{Lu}/u.test(tokens[k + 1].t) && HEAD_SUFFIX.test(tokens[k + 1].t) && adjacent(k + 1)) return -1;
  // (Also a lower-case house of worship after one or two capitalised words: "imam van de Al
  // Mouhssinine moskee", "van de Mevlana moskee".)
  if (k > j) {
    let q = k + 1;
    while (q < tokens.length && q - k <= 2 && tokens[q].cap && adjacent(q)) q++;
    if (tokens[q] && adjacent(q) && LOWER_WORSHIP_WORD.test(tokens[q].t)) return -1;
  }
  // "dominee van de Vredeskerk": a place of worship is no surname.
  if (k > j && isWorshipCompound(core.t) && !ctx.lex.surnames.has(core.t)) return -1;
  let end = k + 1;
  let words = 1;
  const maxWords = opts.maxWords ?? 3;
  // Further surname parts: "Jan Willem de Boer", "Pieter Oude Nijhuis", "Visser-de Jong".
  for (;;) {
    if (words >= maxWords || end >= tokens.length || !adjacent(end)) break;
    let p = end;
    const hyphenParticle = /-(?:de|van|der|den|ter|ten|te)$/i.test(tokens[end - 1].t);
    while (p < tokens.length && PARTICLES.has(tokens[p].low) && adjacent(p) && adjacent(p + 1)) p++;
    const next = tokens[p];
    // "werkt bij Yara in Sluiskil": a lone "in" between two names is the preposition ("in 't Veld" stays a particle).
    if (p === end + 1 && tokens[end].low === "in") break;
    // "nicht Shanti in Den Haag", "broer Ali in De Bilt": "in" + an article that opens a known place is the preposition too
    // ("in 't Veld" stays a particle: the surname, not the hamlet).
    if (p > end + 1 && tokens[end].low === "in" && /^(?:den|de|het)$/.test(tokens[end + 1].low) && matchPhrase(ctx, end + 1, ctx.lex.places) > end + 1) break;
    // "Ingrid van der Veen" continues a first name; "Lemmens van de William Schrikker Stichting" does not.
    if (p > end && !hyphenParticle) {
      const prevWord = tokens[end - 1].t;
      const firstLike = ctx.lex.firstNames.has(prevWord) || (ctx.lex.ambiguousFirstNames.has(prevWord) && !!next && (ctx.lex.surnames.has(next.t) || ctx.lex.ambiguousSurnames.has(next.t))) || (!ctx.lex.surnames.has(prevWord) && next && ctx.lex.surnames.has(next.t));
      if (!firstLike) break;
    }
    if (!next || !adjacent(p) || next.sentStart) break;
    // "Niels Arts": a role-word surname right after a known first name.
    const roleSurname = p === end && ctx.lex.firstNames.has(tokens[end - 1].t) && isRoleSurname(ctx, p);
    // "Bennie ter Haar", "Gerda ten Velde": after a first name and "ter/ten" (never a preposition before a
    // capital), a capitalised word that is also a common word ("haar") is the surname.
    const particleSurname = p === end + 1 && (tokens[end].t === "ter" || tokens[end].t === "ten") && !hyphenParticle && next.cap && !next.sentStart && next.low.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(next.t);
    if (!isNameWord(ctx, next) && !roleSurname && !particleSurname) break;
    // A further capitalised word is not part of the name when it is a place or institution,
    // except a place right after a first name: "Naomi Rozendaal", "Peter Hoorn".
    // "Merel van Dongen", "Sanne van Breda": a place after a first name + "van" is a surname.
    const prevFirst = tokens[end - 1].t;
    const firstNameBefore = ctx.lex.firstNames.has(prevFirst) || (prevFirst.includes("-") && prevFirst.split("-").every((x) => ctx.lex.firstNames.has(x)));
    // "Hanneke te Lintelo", "Gerrit te Boekhorst": after a first name a lower-case "te" + a village or hamlet
    // (no municipality, town or district: "Jan te Amsterdam" stays the place) is an Achterhoek/Twente surname.
    const teSurname = p === end + 1 && tokens[end].t === "te" && !ctx.lex.townsAndDistricts.has(next.key) && !ctx.lex.abroad.has(next.key);
    const afterFirstName = (p === end || (tokens[end].low === "van" && !tokens[end].cap) || teSurname) && firstNameBefore && !ctx.lex.institutions.phrases.has(next.key);
    // "Via Nadia van Thuis op Straat kregen wij …": a multi-word lexicon organisation after the particles is
    // where the person works; the name ends before "van".
    if (p > end && matchPhrase(ctx, p, ctx.lex.institutions) > p) break;
    // Also one that opens with a capitalised article among the particles: "haar mentor Esmée van De Schoor".
    if (p > end + 1 && tokens.slice(end + 1, p).some((x) => x.cap && matchPhrase(ctx, x.i, ctx.lex.institutions) >= p)) break;
    // "Verwoerd-van Ommeren", "Jansen-de Bilt": after a hyphen + particle the place is the second surname.
    // ("Frans van den Munckhof": after "den/der/ter/ten" a one-word lexicon organisation is the surname)
    const particleOnly = p > end && SURNAME_ONLY_PARTICLES.test(tokens[p - 1].low) && ctx.lex.institutions.phrases.has(next.key) && matchPhrase(ctx, p, ctx.lex.institutions) === p;
    // "Gerrit Olde Bolhaar", "Jan Groot Wassink": after an eastern surname's opening adjective (not the name's first word) a
    // place ("Bolhaar", a district of Almelo) is the rest of the surname.
    const prefixBefore = p === end && end - 1 > i && SURNAME_PREFIX_WORDS.has(tokens[end - 1].low) && tokens[end - 1].t === capitalised(tokens[end - 1].low) && !ctx.lex.institutions.phrases.has(next.key);
    if (isPlaceOrInstitution(ctx, next) && !afterFirstName && !particleOnly && !prefixBefore && !(hyphenParticle && ctx.lex.places.phrases.has(next.key) && !ctx.lex.institutions.phrases.has(next.key))) break;
    end = p + 1;
    words++;
  }
  return end;
}

function push(ctx: Ctx, i: number, endTok: number, label: Label, prio: number) {
  const { tokens, text } = ctx;
  if (endTok <= i) return;
  // A double surname cut at its hyphenated particle ("mw jansen-van herwijnen") goes on to the word after it.
  if (label === "persoon" && /-(?:van|de|der|den|ter|ten)$/i.test(tokens[endTok - 1].t) && tokens[endTok]?.word && text.slice(tokens[endTok - 1].e, tokens[endTok].s) === " ") {
    while (PARTICLES.has(tokens[endTok]?.low ?? "") && tokens[endTok + 1]?.word && text.slice(tokens[endTok].e, tokens[endTok + 1].s) === " ") endTok++;
    endTok++;
  }
  ctx.out.push({ s: tokens[i].s, e: tokens[endTok - 1].e, label, prio });
}

/** Index of the next token, skipping one "." after an abbreviation and an optional comma/colon/bracket. */
function skip(tokens: Token[], i: number, chars: string): number {
  while (i < tokens.length && chars.includes(tokens[i].t)) i++;
  return i;
}

/**
 * A two-letter first name is too short for the name parser, so its surname is read after the particle: "Ad van den Oever
 * heeft werk", "met Bo de Wit" (not "Al de kinderen": the word after the particle must be a name word). The end of that
 * name, or undefined when token i opens no such name.
 */
function twoLetterNameEnd(ctx: Ctx, i: number): number | undefined {
  const { tokens, text } = ctx;
  const t = tokens[i];
  const nx = tokens[i + 1];
  if (!/^\p{Lu}\p{Ll}$/u.test(t.t) || ctx.negative[i] || !nx || !PARTICLES.has(nx.low) || nx.cap || !spaceJoined(text, t, nx)) return undefined;
  const end = parseName(ctx, i + 1, { maxWords: 3 });
  return end > i + 2 ? end : undefined;
}
const CLIENT_ROLE_WORD = /^(?:Manager|Advisor|Adviser|Officer|Coordinator|Consultant|Services|Service|Support|Relations|Portal|Account)$/u;
const GERMAN_COMMON_NOUNS = new Set(["Monat", "Monate", "Monaten", "Jahr", "Jahre", "Jahren", "Tag", "Tage", "Tagen", "Antrag", "Bescheid", "Vertrag", "Zeitraum", "Zeitpunkt", "Arbeitgeber", "Arbeitnehmer", "Lohn", "Betrag", "Nachweis", "Zuschuss", "Unterhalt", "Wohnort", "Wohnsitz", "Bericht", "Brief", "Termin", "Sachbearbeiter", "Verdienst", "Urlaub", "Bezug", "Anspruch"]);
// (also the document word alone: "artikel 9 van de Verordening maatschappelijke ondersteuning")
const DOCUMENT_COMPOUND = /^(?:\p{Lu}\p{Ll}{3,}(?:code|regeling|regelingen|regels|reglement|protocol|richtlijn|verordening|beleid|nota|notitie|handleiding|werkinstructie|procedure|convenant|overeenkomst)|Verordening|Regeling|Beleidsregels?|Richtlijn|Werkinstructie|Handleiding)$/u;
// Adjectives that open an eastern double surname ("Oude Luttikhuis", "Olde Monnikhof", "Groot Wassink") are
// no name on their own and do not spread ("Miranda Oude Luttikhuis … zijn oude woning").
export const SURNAME_PREFIX_WORDS = new Set(["oude", "olde", "groot", "klein", "lange", "korte", "nieuwe"]);
/** The dialect "my" before a kin word or a thing of one's own ("Mien vrouwe", "Mien zeun", "Mien nummer is"), no first name Mien. */
export const DIALECT_MIEN_NOUN = /^(?:vrouw|vrouwe|vrouwke|wief|wiefke|man|kerel|moder|mooder|moeder|moe|vader|va|pa|ma|bruur|broer|zuster|zus|zuske|dochter|dochtere|zoon|zeun|jong|wicht|kiender|kinder|kinderen|kleinkinder|nummer|nómmer|nommer|huis|hoes|huus|adres)$/;
const HYPHEN_INSTITUTION_TAIL = /^\p{Lu}\p{Ll}+-(?:Hospital|Klinik|Klinikum|Krankenhaus|Kliniek|Ziekenhuis|Gasthuis|Stift|Stiftung|Gymnasium|Schule|College|Lyceum)$/u;
const EN_MONTH_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const SIGNING_ROLE = /^(?:teamleider|teamleiders|afdelingshoofd|manager|coördinator|coordinator|klantmanager|klantmanagers|consulent|consulenten|directeur|wethouder|burgemeester|secretaris|team|afdeling|redactie|namens)$/;
const DISTRICT_NOUN_BEFORE = /^(?:wijk|woonwijk|nieuwbouwwijk|stadswijk|buurt|dorpskern)$/;
const BRAND_FRAME_BEFORE = /(?:^|[^\p{L}])(?:merk|merken|merkje|merknaam)[ \t]+(?:(?:als|zoals|van)[ \t]+)?$/iu;
function personRules(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;

    // Lower-case initials + a lower-case surname after a title, client or role word: "mw h. jansen", "klant m. lenssen",
    // "bewindvoerder g.j. de wit" (informal notes leave out every capital; the initial marks the name).
    if ((TITLES.has(t.low) || CLIENT_TITLES.has(t.low) || ROLE_SUFFIX.test(t.low)) && !t.cap && /^\p{Ll}(?:\.\p{Ll})?$/u.test(tokens[i + 1 + (tokens[i + 1]?.t === "." ? 1 : 0)]?.t ?? "")) {
      const ini = i + 1 + (tokens[i + 1]?.t === "." ? 1 : 0);
      let k = ini + 1;
      if (tokens[k]?.t === "." && text.slice(tokens[ini].e, tokens[k].s) === "" && !newlineBetween(text, t.e, tokens[ini].s)) {
        k++;
        const k0 = k;
        while (k < tokens.length && k - k0 < 3 && PARTICLES.has(tokens[k].low) && !tokens[k].cap && /^\p{Ll}/u.test(tokens[k + 1]?.t ?? "")) k++;
        const core = tokens[k];
        if (core && core.word && /^\p{Ll}[\p{Ll}-]{2,}$/u.test(core.t) && text.slice(tokens[k - 1].e, core.s) === " " && !NOT_LOWER_NAMES.has(core.low) && !NOT_LOWER_AFTER_TITLE.has(core.low) && !lex.common.has(core.low) && !isNegative(lex, core.key) && !RELATIONS.has(core.low) && !ROLE_SUFFIX.test(core.low) && !lex.places.phrases.has(core.key)) {
          push(ctx, ini, k + 1, "persoon", PRIO.personTitle);
          i = k;
          continue;
        }
      }
    }

    // Titles: "mevrouw El Amrani", "dhr. P. de Boer", "Mw. Prof. Dr. A.B. de Vries", "de heer Öztürk".
    // "de heer Öztürk", "Beste heer Verhelst," / "Geachte heer Bos": "heer" is a title after "de" or a greeting.
    if (TITLES.has(t.low) && !(t.upper && t.t.length > 1) && (t.low !== "heer" || tokens[i - 1]?.low === "de" || (GREETINGS.has(tokens[i - 1]?.low ?? "") && !!tokens[i + 1]?.cap))) {
      // A full word title ("mevrouw", "meneer") is no abbreviation: a full stop after it ends the sentence ("op naam van
      // mevrouw. Indruk: …").
      // (So is "klant"/"cliënt": "met toestemming van de klant. Leg vooraf uit …" is no name.)
      let j = LONG_LOWER_TITLES.has(t.low) || CLIENT_TITLES.has(t.low) ? i + 1 : skip(tokens, i + 1, ".");
      while (j < tokens.length && ACADEMIC.has(tokens[j].low) && !tokens[j].upper) j = skip(tokens, j + 1, ".");
      if (CLIENT_TITLES.has(t.low)) j = skip(tokens, j, ":,");
      if (tokens[j] && TITLES.has(tokens[j].low) && !CLIENT_TITLES.has(tokens[j].low)) j = skip(tokens, j + 1, ".");
      if (tokens[j]?.low === "heer" && tokens[j - 1]?.low === "de") j++;
      // "met toestemming van meneer\n\nVolgende intervisie: …": a title never names someone after a blank line.
      if (tokens[j] && /\n[ \t]*\n/.test(text.slice(t.e, tokens[j].s))) continue;
      // "in Syrië was ze juf.\nProbleem: …": a written-out title closing a sentence at a line end names no one on
      // the next line (an abbreviation's full stop, "Dhr.\n", is no sentence end).
      if (tokens[j] && !SHORT_TITLES.has(t.low) && /^\.[ \t]*\n/.test(text.slice(t.e, tokens[j].s))) continue;
      const clientTitle = CLIENT_TITLES.has(t.low);
      // "Cliënt: DE VRIES, M.", "mevrouw EL AMRANI": a surname in capitals after a title (with a particle, or
      // a known surname, or followed by ", initials").
      const capsEnd = capitalsName(ctx, j);
      if (capsEnd > j && !newlineBetween(text, t.e, tokens[j].s)) {
        push(ctx, j, capsEnd, "persoon", PRIO.personTitle);
        continue;
      }
      // "dhr. Arts", "mevrouw Mentor": a capitalised surname that is also a role word, right after the title.
      if (!clientTitle && isRoleSurname(ctx, j) && !newlineBetween(text, t.e, tokens[j].s)) {
        push(ctx, j, j + 1, "persoon", PRIO.personTitle);
        continue;
      }
      // "mevrouw L. Mentor", "dhr. A.J. Arts": initials between the title and a role-word surname.
      if (!clientTitle && tokens[j]?.initials && !newlineBetween(text, t.e, tokens[j].s)) {
        let k = j + 1;
        while (tokens[k]?.initials && text.slice(tokens[k - 1].e, tokens[k].s).length <= 1) k++;
        if (k > j && isRoleSurname(ctx, k) && /^[ \t]$/.test(text.slice(tokens[k - 1].e, tokens[k].s))) {
          push(ctx, j, k + 1, "persoon", PRIO.personTitle);
          continue;
        }
      }
      // "mevrouw Li", "meneer Wu": a two-letter capitalised surname right after a title (also after initials: "Mevrouw W. Li"
      // in an address block).
      let sj = j;
      while (tokens[sj]?.initials && text.slice(tokens[sj].e, tokens[sj + 1]?.s ?? tokens[sj].e).length === 1) sj++;
      const next = tokens[sj];
      if (!clientTitle && !ACADEMIC.has(t.low) && next && /^\p{Lu}\p{Ll}$/u.test(next.t) && !lex.common.has(next.low) && !PARTICLES.has(next.low) && !newlineBetween(text, t.e, next.s) && !(tokens[sj + 1]?.cap && !newlineBetween(text, next.e, tokens[sj + 1].s))) {
        push(ctx, j, sj + 1, "persoon", PRIO.personTitle);
        continue;
      }
      // "de heer J.P. van Es", "Geachte heer Van Es", "mevrouw Van Os", "dhr. P. van Ee": (initials +) a
      // particle + a two-letter capitalised surname after a title (short surnames that are words: es, os, ee, ek).
      if (!clientTitle && next && !newlineBetween(text, t.e, next.s)) {
        let k = j;
        while (tokens[k]?.initials && text.slice(tokens[k].e, tokens[k + 1]?.s ?? tokens[k].e).length <= 1) k++;
        const p0 = k;
        while (k < p0 + 2 && tokens[k] && PARTICLES.has(tokens[k].low) && /^[ \t]$/.test(text.slice(tokens[k].e, tokens[k + 1]?.s ?? tokens[k].e))) k++;
        const sur = tokens[k];
        if (k > p0 && sur && /^\p{Lu}\p{Ll}$/u.test(sur.t) && !(tokens[k + 1]?.cap && text.slice(sur.e, tokens[k + 1].s) === " ")) {
          push(ctx, j, k + 1, "persoon", PRIO.personTitle);
          continue;
        }
      }
      // "de Dr. Schaepmanschool", "groep 6 van de Koningin Julianaschool": a title before a school compound names the school.
      if (tokens[j] && NAMED_SCHOOL_COMPOUND.test(tokens[j].t) && !newlineBetween(text, t.e, tokens[j].s)) {
        ctx.out.push({ s: t.s, e: tokens[j].e, label: "instelling", prio: PRIO.personTitle + 1 });
        continue;
      }
      // "die meneer van Texel", "die mevrouw van Loonwaarde Zuid": after a demonstrative + title a lower-case "van"
      // says where the person is from or works, not a surname.
      if (["die", "diezelfde", "dezelfde"].includes(tokens[i - 1]?.low ?? "") && (t.low === "meneer" || t.low === "mevrouw" || t.low === "man" || t.low === "vrouw") && tokens[j]?.t === "van" && tokens[j + 1]?.cap) {
        const o = tokens[j + 1];
        if (matchPhrase(ctx, j + 1, lex.places) < j + 1 && !lex.surnames.has(o.t) && !lex.ambiguousSurnames.has(o.t) && !isNegative(lex, o.key) && text.slice(tokens[j].e, o.s) === " ") {
          let e = capRun(ctx, j + 1, 3);
          if (e > j + 1 && tokens[e]?.cap && DIRECTIONS.test(tokens[e].low) && text.slice(tokens[e - 1].e, tokens[e].s) === " ") e++;
          if (e > j + 1) ctx.out.push({ s: o.s, e: tokens[e - 1].e, label: "instelling", prio: PRIO.institutionContext + 2 });
        }
        continue;
      }
      const end = parseName(ctx, j, { allowShort: !clientTitle && ACADEMIC.has(t.low) });
      // "aan de Ir. Schiffstraat", "Dr. Schaepmanlaan 4": a street named after a titled person is no person.
      // (an academic title only, and no known surname: "mevrouw Kamsteeg")
      if (end > j && ACADEMIC.has(t.low) && STREET_SHAPE.test(tokens[end - 1].t) && !lex.surnames.has(tokens[end - 1].t)) continue;
      // "Huisarts is dr. Westerveld", "mevrouw Ermelo": a single place name right after a person title is a surname
      // (not after cliënt/klant: "klant Utrecht"; not with a capitalised word after it: "dr. Zwolle Noord").
      // (Also a place the lexicon keeps for context only, unless it is a word: "mevrouw Kranenburg", not
      // "meneer Best".)
      const next0 = tokens[j];
      if (end <= j && !clientTitle && next0 && next0.cap && next0.word && !next0.t.includes("-") && !newlineBetween(text, t.e, next0.s) &&
        lex.places.phrases.has(next0.key) && !lex.institutions.phrases.has(next0.key) && !(lex.ambiguousPlaces.has(next0.key) && lex.common.has(next0.low)) && !isNegative(lex, next0.key) && !(tokens[j + 1]?.cap && text.slice(next0.e, tokens[j + 1].s) === " ")) {
        push(ctx, j, j + 1, "persoon", PRIO.personTitle);
        continue;
      }
      // "dhr. Ter Haar", "mevrouw Van Ooijen": a capitalised particle + a capitalised word right after a person title is the
      // surname, also when the word is a pronoun or noun elsewhere ("Haar", "Velde").
      if (end <= j && !clientTitle && next0?.cap && PARTICLES.has(next0.low) && !newlineBetween(text, t.e, next0.s)) {
        let k = j;
        while (k < j + 3 && tokens[k] && PARTICLES.has(tokens[k].low) && tokens[k + 1] && /^[ \t]$/.test(text.slice(tokens[k].e, tokens[k + 1].s))) k++;
        const sur = tokens[k];
        if (k > j && sur && /^\p{Lu}\p{Ll}{2,}$/u.test(sur.t) && !lex.negatives.phrases.has(sur.key) && !lex.institutions.phrases.has(sur.key)) {
          push(ctx, j, k + 1, "persoon", PRIO.personTitle);
          continue;
        }
      }
      // "neem ik mw. T. mee": a single initial standing in for the name after a person title (no surname follows).
      const lone = tokens[j];
      if (end <= j && !clientTitle && lone?.initials && /^\p{Lu}\.$/u.test(lone.t) && !newlineBetween(text, t.e, lone.s) && !tokens[j + 1]?.cap && !tokens[j + 1]?.initials && !PARTICLES.has(tokens[j + 1]?.low ?? "")) {
        push(ctx, j, j + 1, "persoon", PRIO.personTitle);
        continue;
      }
      // After a written-out title only a lexicon surname counts in lower case: "meneer yilmaz", not "meneer belde".
      // ("dr." with its dot is short like "mw." in a chat: "de huisarts erbij gehaald (dr. meulenbelt)")
      // (in a chat only, where everything is lower case; not after an article: "op de dr. c.j.k. van aalstweg" is a street)
      const drDot = ctx.speakers.size > 0 && t.low === "dr" && tokens[i + 1]?.t === "." && !/(?:^|[^\p{L}])de[ \t]+$/iu.test(text.slice(Math.max(0, t.s - 4), t.s));
      const longLower = !SHORT_TITLES.has(t.low) && (LONG_LOWER_TITLES.has(t.low) || (DOCTOR_LOWER_TITLES.has(t.low) && !drDot));
      if (end <= j && (SHORT_TITLES.has(t.low) || longLower || drDot) && tokens[j] && !newlineBetween(text, t.e, tokens[j].s)) {
        // "mw. bouzian", "mw de vries-hoekstra", "dhr el khatib": lower case in informal notes.
        let k = j;
        // Particles, also the chat abbreviations "vd" and "v." ("dhr vd wal", "dhr v. beek").
        while (k < tokens.length && k - j < 4) {
          if ((PARTICLES.has(tokens[k].low) || tokens[k].low === "vd") && tokens[k + 1]?.word) k++;
          // "mw oude luttikhuis", "dhr oude nijhuis": the Twente particle "oude" before a surname-shaped word.
          else if (tokens[k].low === "oude" && k === j && /^\p{Ll}{3,}(?:huis|ink|kamp|veld|horst|hof|beek|broek|weme|kotte|elferink|ger|man)$/u.test(tokens[k + 1]?.t ?? "")) k++;
          else if (tokens[k].low === "v" && tokens[k + 1]?.t === "." && tokens[k + 2]?.word && tokens[k + 2].s === tokens[k + 1].e + 1) k += 2;
          else break;
        }
        const core = tokens[k];
        const capCore = capitalised(core.t);
        // Past and present tense verbs: "dhr. reageerde", "mw. levert", "mw. vertelt" (unless a known surname: "dhr smit").
        const knownCore = core.low.split("-").some((w) => { const c = capitalised(w); return lex.surnames.has(c) || lex.ambiguousSurnames.has(c); });
        // Also infinitives and participles ("dhr. deelnemen aan", "dhr. begeleid door") and short verbs ("mw. zet").
        // (A word ending in "t" before a finite verb is its subject, no verb: "dhr kromhout belde mij".)
        const finiteAfter = /^[ \t]+(?:is|was|heeft|had|zegt|zei|wil|kan|moet|belt|belde|mailt|mailde|appt|appte|komt|kwam|woont|woonde|werkt|werkte|gaat|ging)(?![\p{L}])/u.test(text.slice(core.e, core.e + 10));
        // (no verb closes a bracket that the title opened: "(dr. meulenbelt)")
        const bracketed = tokens[i - 1]?.t === "(" && text.charAt(core.e) === ")";
        const verbLike = !bracketed && (/^(?:ge|on(?:aan|ge|be|ver))\p{Ll}+(?:d|t|en)$/u.test(core.low) || (/^\p{Ll}{2,}(?:de|te|t)$/u.test(core.low) && !knownCore && !(finiteAfter && /t$/.test(core.low) && core.low.length >= 5) && !placeShapedSurnameInT(ctx, core, k > j)) ||
          // (not after "van/ter/ten": "mw van beurden", "dhr ter bekke" are surnames, no verb follows a particle)
          (!knownCore && !(k > j && /^(?:van|vd|ter|ten)$/.test(tokens[j].low)) && (/^(?:be|ver|ont|her|over|deel|mee|op|aan|af|in|uit|door|toe)\p{Ll}{2,}(?:en|d|t)$/u.test(core.low))) ||
          // (Also an adverb prefix: "mag volgens dhr. binnenkomen", "dhr. terugbellen", "mw. thuisblijven".)
          (!knownCore && /^(?:binnen|buiten|terug|thuis|langs|samen|weg|achter|voorbij)\p{Ll}{3,}(?:en|d|t)$/u.test(core.low)) ||
          // (And a participle of a verb with an adjective or noun part: "dhr. ziekgemeld bij …", "mw. vrijgesteld van …".)
          (!knownCore && /^\p{Ll}{2,}ge\p{Ll}{2,}[dt]$/u.test(core.low) && !placeShapedSurnameInT(ctx, core, k > j)) ||
          // adjectives and adverbs: "dhr. helpt vrijwillig mee", "mw. is financieel …"
          (!knownCore && /^\p{Ll}{4,}(?:ig|lijk|isch|baar)$/u.test(core.low)) ||
          // a loan verb's infinitive: "Kunnen we dhr. combineren: taal + werk?", "mw. motiveren" (no particle before it)
          (!knownCore && k === j && /^\p{Ll}{5,}eren$/u.test(core.low)) ||
          // A predicate that closes a subordinate clause: "als dhr. vrij is", "zodra mw. beter is.", "of dhr. thuis was?"
          // (also a word that is a surname elsewhere, "Vrij"; not "dat dhr. jansen is verhuisd").
          (k === j && /^(?:als|zodra|wanneer|of|dat|omdat|indien|tot|totdat|voordat|nadat|zolang)$/.test(tokens[i - 1]?.low ?? "") && /^[ \t]+(?:is|was|wordt|werd|blijft|bleef)[ \t]*(?:[.,;:!?)]|\n|$)/u.test(text.slice(core.e, core.e + 12))) ||
          // A comparative before "dan": "Omdat dhr. ouder is dan 55", "mw. jonger dan 27".
          (!knownCore && k === j && /^\p{Ll}{3,}er$/u.test(core.low) && /^[ \t]+(?:(?:is|was|wordt|werd|blijkt|lijkt)[ \t]+)?dan(?![\p{L}])/u.test(text.slice(core.e, core.e + 16))) ||
          // a plural verb before its inverted subject: "Volgens mw. merken de kinderen …", "dhr. zeggen ze"
          (!knownCore && /^\p{Ll}{3,}en$/u.test(core.low) && /^[ \t]+(?:de|het|ze|zij|we|wij|jullie|die|er)(?![\p{L}])/u.test(text.slice(core.e, core.e + 10))) ||
          // pronominal adverbs, present participles and adjectives: "dhr. daarmee", "Dhr. dementerend", "dhr. sympathiek"
          (!knownCore && (LOWER_NOT_NAME_SHAPE.test(core.low) || OCCUPATION_COMPOUND.test(core.low))) ||
          // An abstract noun given to the person before a participle: "mevr. informatie gegeven over …",
          // "dhr. uitleg gegeven", "mw. begeleiding aangeboden" (the title is the indirect object).
          (!knownCore && k === j && /^\p{Ll}{3,}(?:atie|itie|heid|schap|isme|ing)$|^(?:uitleg|advies|hulp|info|tips?)$/u.test(core.low) && /^[ \t]+(?:ge\p{Ll}{2,}(?:d|t|en)|uitgelegd|meegegeven|aangeboden|toegezegd|verstrekt|aangereikt|doorgegeven)(?![\p{L}])/u.test(text.slice(core.e, core.e + 20))) ||
          // An infinitive after an inverted modal: "Kan mw. starten met …", "Mag dhr. beginnen?", "Wil mw. stoppen"
          (!knownCore && k === j && /^\p{Ll}{3,}en$/u.test(core.low) && /^(?:kan|kon|mag|mocht|moet|moest|wil|wilde|gaat|ging|zal|zou|hoeft|hoefde|durft|blijft)$/.test(tokens[i - 1]?.low ?? "")) ||
          // A note's infinitive after a lower-case title, then a preposition + a lower-case word: "afspr: mw
          // plaatsen in nieuw cohort", "dhr aanmelden bij het wijkteam" (not "mw janssen in Zwolle": a known surname).
          (!knownCore && k === j && !t.cap && /^\p{Ll}{5,}en$/u.test(core.low) && /^[ \t]+(?:in|op|bij|naar|voor|met|via|aan|uit)[ \t]+\p{Ll}/u.test(text.slice(core.e, core.e + 16))));
        // "dhr. de post sorteren", "dhr. in mindere mate": a lone lower-case particle + a word that is no known surname.
        // "dhr. te schaden": "te" + an infinitive.
        // "kent dhr. van de dagopvang": "van de/van het" + a lower-case service or place noun (no known surname) is no name.
        // "mw. de klerk (57)": an age in brackets right after it makes "de" + word a name.
        const ageBracketAfter = tokens[k + 1]?.t === "(" && /^\([ \t]*\d{1,3}[ \t]*\)/.test(text.slice(tokens[k + 1].s, tokens[k + 1].s + 8));
        // In a chat everything is lower case, so "mw. de kraker uit oostburg", "dhr. de smet, …" is a name when
        // the name ends at a comma or line end or before "uit" or a finite verb ("Ik gaf meneer de sleutel van …" stays out).
        const chatDeName = ctx.speakers.size > 0 && k === j + 1 && tokens[j].low === "de" && !!core && /^\p{Ll}{3,}$/u.test(core.t) &&
          (!tokens[k + 1] || newlineBetween(text, core.e, tokens[k + 1].s) || (/^[,?!]$/.test(tokens[k + 1].t) && tokens[k + 1].s === core.e) || (/^[ \t]$/.test(text.slice(core.e, tokens[k + 1].s)) && CHAT_NAME_FOLLOWERS.has(tokens[k + 1].low)));
        // "dhr de bruijne sr", "mw. de ridder jr.": senior/junior after it make "de" + word a name.
        const seniorAfter = k === j + 1 && /^[ \t]+(?:sr|jr|senior|junior)(?![\p{L}])/u.test(text.slice(core.e, core.e + 9));
        const particleWord = !ageBracketAfter && !chatDeName && !seniorAfter && (k === j + 1 && (["de", "in", "het", "op"].includes(tokens[j].low) || (tokens[j].low === "te" && /en$/.test(core.low))) && !knownCore) ||
          // "dhr. in de bollen, mw. in de kaasverpakking", "mw. op het werk": a preposition + article + a lower-case noun.
          // (also a noun that is a surname elsewhere, "Bollen": "In de Braekt" in lower case after a title is too rare to guess).
          (k === j + 2 && (tokens[j].low === "in" || tokens[j].low === "op") && ["de", "het", "den"].includes(tokens[j + 1].low)) ||
          // "dat dhr. al maanden zwart werkt", "mw. al jaren": the adverb "al" + a time word, not the particle of "dhr al khatib".
          (k === j + 1 && tokens[j].low === "al" && /^(?:jaren|maanden|weken|dagen|lang|langer|eerder|jaar|tijden|sinds|vanaf|een|twee|drie|vaker|heel|meer|zo|veel|snel)$/.test(core.low)) ||
          (k === j + 2 && tokens[j].low === "van" && ["de", "het", "'t"].includes(tokens[j + 1].low) && /(?:opvang|dienst|zorg|hulp|balie|afdeling|school|winkel|bank|kantoor|groep|team|instelling|praktijk|kliniek|centrum|gemeente|corporatie|buurthuis|inloop|vereniging|club|werkplaats|huis)$/.test(core.low) && !knownCore);
        // "mevrouw van dijk", "meneer ter horst": after "van/ter/ten" a surname that is also a word is the name.
        // Also "de/den/te" ("goedemorgen mevrouw de smet"), not a role ("mevrouw de arts").
        // (not the mail someone goes through with the client: "samen met mevrouw de post doornemen")
        const mailObject = !!core && tokens[j].low === "de" && mailBeforeVerb(core.t, text.slice(core.e, core.e + 20));
        const particleSurname = k > j && ["van", "vd", "ter", "ten", "de", "den", "te"].includes(tokens[j].low) && core && (lex.surnames.has(capCore) || lex.ambiguousSurnames.has(capCore)) && !ROLE_SURNAMES.has(core.low) && !mailObject;
        // "goedeavond mevrouw lieke,": a lexicon first name (no word) after a written-out title counts too.
        const lowerFirstName = k === j && !!core && lex.firstNamesLower.has(core.low) && !lex.ambiguousFirstNames.has(capCore) && !LOWER_NAME_WORDS.has(core.low) && !lex.common.has(core.low) && core.low.length >= 4;
        const salutation = k === j && !!core && SALUTATION_BEFORE.test(text.slice(Math.max(0, t.s - 16), t.s)) && /^,[ \t]*(?:\n|$)/.test(text.slice(core.e, core.e + 3));
        // A role-word surname in lower case right after an abbreviated title is the name as with a capital ("dhr arts van
        // hiernaast is overleden", like "dhr. Arts"; "mevrouw de arts" stays the role).
        const lowerRoleSurname = k === j && !longLower && SHORT_TITLES.has(t.low) && !!core && /^\p{Ll}+$/u.test(core.t) && ROLE_SURNAMES.has(core.low) && core.s - t.e <= 2 &&
          // (not a note's object before a participle or an infinitive: "mw. arts gebeld", "dhr. notaris bellen")
          !/^[ \t]+(?:(?:ge|be|ver|ont|her)\p{Ll}+(?:d|t|en)|\p{Ll}{2,}en)(?![\p{L}])/u.test(text.slice(core.e, core.e + 24));
        if (lowerRoleSurname) {
          push(ctx, j, k + 1, "persoon", PRIO.personContext);
          continue;
        }
        // "bij de huisarts, dr. gubbels.": the abbreviated doctor's title + a lower-case word that closes the clause.
        const doctorAbbreviation = k === j && t.low === "dr" && tokens[i + 1]?.t === "." && !!core && /^\p{Ll}{4,}$/u.test(core.t) && clauseEndsAfter(ctx, k);
        // "goedemorgen mevrouw vos, …", "die meneer bloem van tata": after a written-out title a surname that is also a noun
        // counts when the name closes the phrase (a comma, "?", the line end, "van"/"uit", a finite verb); no adjective
        // or adverb ("mevrouw lang niet gezien", "meneer vrij").
        const nounSurnameAfterLong = longLower && k === j && !!core && /^\p{Ll}{3,}$/u.test(core.t) && lex.ambiguousSurnames.has(capCore) && !AMBIGUOUS_SURNAME_ADJECTIVES.has(core.low) && !ROLE_SURNAMES.has(core.low) &&
          (!tokens[k + 1] || newlineBetween(text, core.e, tokens[k + 1].s) || (/^[,?!]$/.test(tokens[k + 1].t) && tokens[k + 1].s === core.e) ||
            (/^[ \t]+$/.test(text.slice(core.e, tokens[k + 1].s)) && (/^(?:van|uit|dit|hier)$/.test(tokens[k + 1].low) || CHAT_NAME_FOLLOWERS.has(tokens[k + 1].low))));
        if (nounSurnameAfterLong) {
          push(ctx, j, k + 1, "persoon", PRIO.personContext);
          continue;
        }
        if (longLower && !particleSurname && !lowerFirstName && !salutation && !doctorAbbreviation && !(core && lex.surnames.has(capCore) && !lex.ambiguousSurnames.has(capCore) && !lex.firstNames.has(capCore))) {
          // fall through: no lower-case name after a written-out title without a known surname
        } else if (core && core.word && /^\p{Ll}/u.test(core.t) && core.low.replace(/-/g, "").length >= 3 && !NOT_LOWER_NAMES.has(core.low) && !NOT_LOWER_AFTER_TITLE.has(core.low) && !verbLike && !particleWord && !lex.common.has(core.low) && !isNegative(lex, core.key) && !lex.notNamesAfterTitle.has(core.low) && !RELATIONS.has(core.low) && !ROLE_SUFFIX.test(core.low)) {
          push(ctx, j, k + 1, "persoon", PRIO.personContext);
          continue;
        }
      }
      // "brief naar cliënt\nVolgend MDO:": "cliënt" ending a line is no title for the next line.
      if (end > j && !(clientTitle && newlineBetween(text, t.e, tokens[j].s))) {
        const nameTok = tokens[end - 1];
        const known = lex.firstNames.has(tokens[j].t) || lex.surnames.has(nameTok.t);
        // "klant Werk" is not a name; after cliënt/klant we want some evidence. "het Klant Contact Centrum": a capitalised
        // head word right after it makes the whole a service's name.
        const headAfter = clientTitle && t.cap && !!tokens[end] && tokens[end].cap && lex.institutionHeads.phrases.has(tokens[end].low) && text.slice(tokens[end - 1].e, tokens[end].s) === " ";
        // "Vraag van klant: Wil zijn partner laten overkomen": a modal verb that is also a first name,
        // followed by a lower-case word, opens a clause after the colon.
        // (also "naar de dokter. Kunt u mij even terugbellen?")
        const modalVerb = end === j + 1 && /^(?:Wil|Wilt|Mag|Kan|Kun|Kunt|Zal|Zou|Moet)$/.test(tokens[j].t) && /^[ \t]+\p{Ll}/u.test(text.slice(tokens[j].e, tokens[j].e + 3));
        // "Client Manager", "Client Services", "Client Manager Work and Income" in an English signature: a role or department, no name.
        const englishRole = clientTitle && CLIENT_ROLE_WORD.test(tokens[j].t);
        if ((!clientTitle || known || !lex.places.phrases.has(tokens[j].key)) && !headAfter && !modalVerb && !englishRole) {
          if (!(clientTitle && lex.institutions.phrases.has(tokens[j].key)))
            push(ctx, j, end, "persoon", PRIO.personTitle);
        }
      }
      continue;
    }

    // Relations and roles: "zoon Bilal", "haar moeder, Ingrid van der Veen", "de zoon (erwin)".
    // A capitalised "Arts" or "Mentor" mid-sentence is a surname, not a role ("Niels Arts, IPS-trajectbegeleider").
    // "(van die kennis, Ad Bolscher)", "via een kennis Karin de Wit": an acquaintance is a relation when a
    // determiner stands before it and a lexicon first name follows ("kennis Nederlands", "kennis van zaken" stay out).
    // (A word-like first name only with a capitalised surname after it: "die kennis, Ad Bolscher".)
    const kn = t.low === "kennis" && KENNIS_DETERMINERS.has(tokens[i - 1]?.low ?? "") ? skip(tokens, i + 1, ",(:") : -1;
    const acquaintance = kn > 0 && !!tokens[kn] && (lex.firstNames.has(tokens[kn].t) || lex.ambiguousFirstNames.has(tokens[kn].t)) &&
      (!lex.ambiguousFirstNames.has(tokens[kn].t) || (!!tokens[kn + 1]?.cap && text.slice(tokens[kn].e, tokens[kn + 1].s) === " "));
    const relation = (RELATIONS.has(t.low) || ROLE_SUFFIX.test(t.low) || acquaintance) && (!t.cap || t.sentStart);
    const nextTok = tokens[i + 1];
    const lineBreakAfter = !!nextTok && newlineBetween(text, t.e, nextTok.s);
    // A capitalised role opening a line is a job title ("Medewerker Incasso", "Trajectbegeleider"), not "role + name",
    // unless a known first name follows.
    const jobTitleLine = t.sentStart && t.cap && !!nextTok && !lex.firstNames.has(nextTok.t) && (lineBreakAfter || isDepartmentWord(nextTok.low) || /\n/.test(text.slice(nextTok.e, (tokens[i + 2]?.s ?? text.length))));
    // "Inbrenger: Annegreet Wierenga": a relation or role field opening a line, its value a capitalised name.
    const fieldValue = t.sentStart && t.cap && t.low !== "naam" && tokens[i + 1]?.t === ":" && !!tokens[i + 2]?.cap && !newlineBetween(text, t.e, tokens[i + 2].s);
    if (relation && !lineBreakAfter && !jobTitleLine && (!t.sentStart || tokens[i + 1]?.cap || tokens[i + 1]?.t === "(" || tokens[i + 1]?.t === "," || fieldValue)) {
      let j = skip(tokens, i + 1, ",(:");
      // "die zoon van haar, dirk, belde": a possessive "van haar/hem" between the relation and the name.
      if (RELATIONS.has(t.low) && tokens[i + 1]?.low === "van" && /^(?:haar|hem|hun|mij|ons|jou)$/.test(tokens[i + 2]?.low ?? "") && tokens[i + 3]?.t === ",") j = skip(tokens, i + 3, ",");
      if ((t.low === "naam" || t.low === "heet") && tokens[j]?.low === "is") j++;
      if (t.low === "naam" && tokens[j]?.low !== undefined && !tokens[j].cap) j = tokens.length;
      const next = tokens[j];
      // In a dialogue a role opens the speaker's line: "Klantmanager: Dank u, ik pas het aan", "Jobcoach: Fijn,
      // tot dan", "Consulent: Groet en tot morgen": a reply or greeting word after the colon is speech, no name (not before a
      // capitalised surname: "Klantmanager: Goed Jansen").
      const spokenReply = fieldValue && j === i + 2 && !!next && SPOKEN_REPLY_WORDS.has(next.low) && !lex.firstNames.has(next.t) &&
        !(tokens[j + 1]?.cap && text.slice(next.e, tokens[j + 1].s) === " ");
      // "taalcoach van ContourdeTwern" names the employer, not the person; "Beste klantmanager,\n\nDhr. …" is no name.
      if (next && next.word && next.t !== "van" && !spokenReply && !chatRoleSpeech(ctx, i, j) && !noNameAfterRole(ctx, i, j) && !newlineBetween(text, t.e, next.s)) {
        const end = parseName(ctx, j);
        // (also "te" + a known place: "de kantonrechter te 's-Hertogenbosch" is where the court sits, no "te Velde")
        // (also a place of several words: "jeugdconsulent Loon op Zand")
        const lexHit = lex.places.phrases.has(next.key) || lex.institutions.phrases.has(next.key) || (next.low === "te" && matchPhrase(ctx, j + 1, lex.places) >= 0) || matchPhrase(ctx, j, lex.places) > j;
        // "klantmanager Jongeren", "consulent Handhaving": a capitalised department after a role is no name.
        // (Also an inflected adjective opening a department: "Consulent Bijzondere Huisvesting".)
        const department = next.cap && ((end === j + 1 && isDepartmentWord(next.low)) || adjectiveNotName(lex, next));
        // "wijkverpleegkundige Driezorg", "begeleider Stapwerk": a role + one care or work compound names the employer.
        // (also an organisation the lexicon knows only as ambiguous, no first name or surname: "jongerenwerker Scala")
        const roleOrg = next.cap && end === j + 1 && ROLE_SUFFIX.test(t.low) && (COMPOUND_ORG.test(next.t) || lex.ambiguousInstitutions.has(next.key)) && !lex.surnames.has(next.t) && !lex.firstNames.has(next.t) && !lex.places.phrases.has(next.key) && !GENERIC_SERVICES.has(next.low);
        // "wijkverpleegkundige Zorgkring Walcheren", "schuldhulpverlener Geldwijs Amstelland": a role + an unknown word +
        // a lexicon region or town names the employer's regional organisation, not a person (no first name or surname).
        const regionOrg = next.cap && !department && end === j + 1 && ROLE_SUFFIX.test(t.low) && !!tokens[j + 1] && spaceJoined(text, next, tokens[j + 1]) && lex.places.phrases.has(tokens[j + 1].key) && !lex.firstNames.has(next.t) &&
          !lex.ambiguousFirstNames.has(next.t) && !lex.surnames.has(next.t) && !lex.ambiguousSurnames.has(next.t) && !lex.common.has(next.low) && !GENERIC_SERVICES.has(next.low);
        // "Naam                 Relatie        Leeftijd": a column label after "Naam" in a table header.
        const columnLabel = end === j + 1 && COLUMN_LABELS.has(next.low);
        // ("Haar dochter Mei (studeert …)": a month that is also a first name, after a kin word and before no day or year)
        const monthName = RELATIONS.has(t.low) && /^(?:Mei|Juni|April|Augustus)$/.test(next.t) && !/^[ \t]*\d/.test(text.slice(next.e, next.e + 3)) && !/\d[ \t]*$/.test(text.slice(Math.max(0, t.s - 4), t.s));
        if ((roleOrg || regionOrg) && !ctx.negative[j]) push(ctx, j, regionOrg ? end + 1 : end, "instelling", PRIO.personContext);
        else if (!(end > j) && monthName) push(ctx, j, j + 1, "persoon", PRIO.personContext);
        else if (end > j && !lexHit && !department && !columnLabel && (!ctx.negative[j] || monthName)) push(ctx, j, end, "persoon", PRIO.personContext);
        // "zoon Jo Hermans", "dochter Bo": a two-letter first name right after a relation word (with the
        // surname after it, if any).
        // Also a word-like or month-like first name with the person's age in brackets after it: "haar zus Mei (14)",
        // "dochter April (6)" (a month or a word is never followed by an age in brackets after a relation word).
        else if (end <= j && (RELATIONS.has(t.low) || acquaintance) && (/^\p{Lu}\p{Ll}$/u.test(next.t) && (lex.firstNames.has(next.t) || lex.ambiguousFirstNames.has(next.t)) && !lex.common.has(next.low) ||
          /^\p{Lu}\p{Ll}+$/u.test(next.t) && lex.ambiguousFirstNames.has(next.t) && RELATION_NAME_AGE_BRACKET.test(text.slice(next.e, next.e + 16))) && !ctx.negative[j]) {
          const sur = tokens[j + 1] && text.slice(next.e, tokens[j + 1].s) === " " && isNameWord(ctx, tokens[j + 1]) && !isPlaceOrInstitution(ctx, tokens[j + 1]) ? parseName(ctx, j + 1) : -1;
          push(ctx, j, Math.max(sur, j + 1), "persoon", PRIO.personContext);
        }
        // (not "max." before a number: "magazijnmedewerker, max. 32 uur")
        else if (!next.cap && lex.firstNamesLower.has(next.low) && !lex.common.has(next.low) && !lex.ambiguousFirstNames.has(capitalised(next.t)) && !(next.low === "max" && /^\.?[ \t]*\d/.test(text.slice(next.e, next.e + 4))))
          push(ctx, j, j + 1, "persoon", PRIO.personContext);
      }
    }

    // Name fields: "Roepnaam: Mei", "Voornaam: Ayse" (the value is a name even when it is also a word or a month).
    // (A capitalised label: "naam: Evaluatie" in a YAML file is a key, not a form.)
    if (t.cap && NAME_FIELDS.has(t.low) && tokens[i + 1]?.t === ":" && tokens[i + 2]?.word && tokens[i + 2].cap && !newlineBetween(text, t.e, tokens[i + 2].s)) {
      let e = i + 3;
      while (e < tokens.length && e - i < 6 && (tokens[e].cap || PARTICLES.has(tokens[e].low) || tokens[e].t === "-") && !newlineBetween(text, tokens[e - 1].e, tokens[e].s)) e++;
      while (e > i + 3 && !tokens[e - 1].cap) e--;
      push(ctx, i + 2, e, "persoon", PRIO.personContext);
    }

    // A party field opening a line in a form or legal text: "Verzoeker: Dragana Petrović, geboren …",
    // "Aanvrager: Milica Jovanović" — two to four capitalised name words up to a comma, bracket or line end are the party's
    // name, also when neither is in the lexicon (not "Aanvrager: Gemeente Utrecht", not a place or organisation).
    // Also an author field "Ingevuld door: Wendy Laan, schuldhulpverlener", "Opgesteld door: …".
    const byField = t.cap && AUTHOR_FIELDS.has(t.low) && tokens[i + 1]?.low === "door" && tokens[i + 2]?.t === ":";
    if (t.cap && (PARTY_FIELDS.has(t.low) || byField) && /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?$/.test(text.slice(Math.max(0, t.s - 8), t.s)) && tokens[i + (byField ? 2 : 1)]?.t === ":") {
      const k = i + (byField ? 3 : 2);
      let e = k;
      while (e < tokens.length && e - k < 4 && tokens[e].cap && tokens[e].word && isNameWord(ctx, tokens[e]) && !isPlaceOrInstitution(ctx, tokens[e]) && (e === k ? !newlineBetween(text, t.e, tokens[e].s) : text.slice(tokens[e - 1].e, tokens[e].s) === " ")) e++;
      if (e - k >= 2 && (!tokens[e] || newlineBetween(text, tokens[e - 1].e, tokens[e].s) || /^[,(;]$/.test(tokens[e].t)) && matchPhrase(ctx, k, lex.institutions) < k && matchPhrase(ctx, k, lex.places) < k)
        push(ctx, k, e, "persoon", PRIO.personContext);
    }

    // "voorletters G.J.", "Initialen: M.A.": initials announced as such are a name, also without a surname.
    if ((t.low === "voorletters" || t.low === "initialen") && !newlineBetween(text, t.e, t.e + 4)) {
      const k = tokens[i + 1]?.t === ":" ? i + 2 : i + 1;
      if (tokens[k]?.initials && !newlineBetween(text, t.e, tokens[k].s)) push(ctx, k, k + 1, "persoon", PRIO.personContext);
    }

    // Attendee lines: "Aanwezig: Jansen (WI), Pietersen (Zorg), El Khatib" — each item opens with a name.
    if (t.sentStart && ATTENDEE_FIELDS.has(t.low) && tokens[i + 1]?.t === ":") {
      if (tokens[i + 2] && newlineBetween(text, tokens[i + 1].e, tokens[i + 2].s)) attendeeBullets(ctx, i + 2);
      else attendeeNames(ctx, i + 2);
    }

    // Speech verbs: "zegt Ahmed", "vertelde Petra"; and "Petra vertelde".
    if (SPEECH.has(t.low)) {
      const next = tokens[i + 1];
      // (A capital mid-sentence is no verb but part of a name: "een Vroeg Eropaf-gesprek".)
      if (next && !next.sentStart && !(t.cap && !t.sentStart) && isNameWord(ctx, next) && !lex.places.phrases.has(next.key)) {
        const end = parseName(ctx, i + 1);
        if (end > i + 1) push(ctx, i + 1, end, "persoon", PRIO.personContext);
      }
      const prev = tokens[i - 1];
      const knownName = !!prev && (lex.firstNames.has(prev.t) || lex.surnames.has(prev.t));
      // "bij Plangroep belt", "zijn huisbaas in Haarlo belt": a word after an organisation or place preposition is no speaker.
      const afterOrgPrep = ["van", "bij", "via", "door", "in", "uit", "te", "naar", "vanuit"].includes(tokens[i - 2]?.low ?? "");
      // "nicht in Den Haag belt": the word after an article may close a known place ("Den Haag", "De Bilt").
      // (also the last word of a longer place name: "mw de haan uit Nederhorst den Berg belde", "Bergen op Zoom belt")
      const articlePlace = !!prev && ((/^(?:den|de|het)$/.test(tokens[i - 2]?.low ?? "") && lex.places.phrases.has(phraseKey(text.slice(tokens[i - 2].s, prev.e)))) ||
        [3, 4].some((n) => i - n >= 0 && tokens[i - n].cap && !newlineBetween(text, tokens[i - n].s, prev.e) && lex.places.phrases.has(phraseKey(text.slice(tokens[i - n].s, prev.e)))));
      if (prev && isNameWord(ctx, prev) && (!prev.sentStart || knownName) && !afterOrgPrep && !articlePlace && !isPlaceOrInstitution(ctx, prev)) {
        push(ctx, i - 1, i, "persoon", PRIO.personContext);
      }
    }

    // Greetings: "Hai Yordy,", "Beste Marloes".
    if (GREETINGS.has(t.low) && t.sentStart) {
      const end = parseName(ctx, i + 1, { maxWords: 2 });
      if (end > i + 1) push(ctx, i + 1, end, "persoon", PRIO.personContext);
    }

    // Signatures: "Met vriendelijke groet,\nXandro Linders", "Groet, Marloes".
    // (also the English "Kind regards,\nRoos"; a first name that is a word or a month alone on the line after it: "Met
    // vriendelijke groet,\nMei")
    if (CLOSING_WORDS.has(t.low) && tokens[i + 1]?.t === ",") {
      const j = i + 2;
      const end = parseName(ctx, j, { maxWords: 3 });
      // (not a role signing for a team: "Met vriendelijke groet,\nTeamleider Werk & Inkomen")
      // (under the English closing only a first name of the lexicons: "Kind regards,\nThe Team, Support" is no one)
      const english = t.low === "regards";
      if (end > j && !SIGNING_ROLE.test(tokens[j].low) && (!english || lex.firstNames.has(tokens[j].t) || lex.ambiguousFirstNames.has(tokens[j].t))) push(ctx, j, end, "persoon", PRIO.personContext);
      else if (tokens[j]?.cap && lex.ambiguousFirstNames.has(tokens[j].t) && newlineBetween(text, tokens[i + 1].e, tokens[j].s) && (!tokens[j + 1] || newlineBetween(text, tokens[j].e, tokens[j + 1].s))) push(ctx, j, j + 1, "persoon", PRIO.personContext);
    }

    // Age or relation in brackets after a word: "Bilal (17)", "Dennis (m, 41)", "Mcflutsieflutsie (haar man)".
    if (tokens[i + 1]?.t === "(" && t.word && !t.sentStart || (t.word && tokens[i + 1]?.t === "(" && t.cap)) {
      const inside = text.slice(tokens[i + 1].s, tokens[i + 1].s + 24);
      const sameLine = !newlineBetween(text, t.e, tokens[i + 1].s);
      // Also a relation before the age: "Elaha (tweeling, 11)", "Sem (zoon, 8)".
      const relAge = /^\((\p{Ll}+),\s*[1-9]\d?\)/u.exec(inside);
      const ageLike = sameLine && (/^\((?:[mv],?\s*)?[1-9]\d{0,2}(?:\s*jaar)?!?\)/i.test(inside) || (!!relAge && (RELATIONS.has(relAge[1]) || relAge[1] === "tweeling")));
      // "Sjonnie (dhr. J. Mulder)": a nickname explained by the formal name in brackets.
      const titleLike = sameLine && /^\((?:dhr|mw|mevr|mnr|mevrouw|meneer|de heer)\.?\s+\p{Lu}/u.test(inside);
      const relationLike = /^\((?:haar|zijn|hun|de)\s+[\p{L}-]+\)/u.exec(inside);
      const rel = sameLine && relationLike && RELATIONS.has(relationLike[0].slice(1, -1).split(/\s+/)[1].toLowerCase());
      // "Schuldeisers (14), onder meer:": a plural heading word counts things (see PLURAL_HEAD_BEFORE).
      const countHead = ageLike && PLURAL_HEAD_BEFORE.test(text.slice(Math.max(0, t.s - 12), t.e)) && PLURAL_COUNT_AFTER.test(text.slice(text.indexOf(")", tokens[i + 1].s) + 1, tokens[i + 1].s + 40)) && !lex.firstNames.has(t.t) && !lex.surnames.has(t.t);
      // "Oma (74)", "Buurman (60)": a relation word with an age is the relation, not a name.
      // "Jongere (19) uit Linde", "Minderjarige (16)": an adjective used as a noun with an age is no name.
      const adjectiveNoun = /^\p{Ll}{3,}(?:ere|ige|lijke|ische|bare|ende)$/u.test(t.low) && !lex.firstNames.has(t.t) && !lex.ambiguousFirstNames.has(t.t) && !lex.surnames.has(t.t);
      // (nor a noun for a person: "3. Jongeman (19) uit Dalerveen", "Meisje (15) loopt weg")
      const personNoun = /^(?:jongeman|jongedame|jongen|meisje|meid|man|vrouw|dame|heer|kind|baby|peuter|kleuter|tiener|puber|scholier|student|studente|deelnemer|deelneemster|aanvrager|aanvraagster|bewoner|bewoonster|huurder|inwoner)$/.test(t.low) && !lex.firstNames.has(t.t);
      if (countHead || adjectiveNoun || personNoun) {
        // no person
      } else if (((ageLike || titleLike) && t.cap && isNameWord(ctx, t) && !RELATIONS.has(t.low)) || (rel && (t.cap ? isNameWord(ctx, t) : lex.firstNamesLower.has(t.low) || !lex.common.has(t.low)))) {
        // (a known first name that is also a city is the person with an age: "Sofia (5)", "Lima (3)")
        if ((!lex.places.phrases.has(t.key) || (ageLike && t.cap && (lex.firstNames.has(t.t) || lex.ambiguousFirstNames.has(t.t)) && !/^(?:in|uit|naar|te|vanuit|via|bij|nabij|rond|richting)$/.test(tokens[i - 1]?.low ?? ""))) && !lex.institutions.phrases.has(t.key)) {
          // Extend to the left over the rest of the name ("Marco Bianchi (44)").
          let s = i;
          while (s > 0 && isNameWord(ctx, tokens[s - 1]) && !RELATIONS.has(tokens[s - 1].low) && !tokens[s].sentStart) s--;
          while (s > 0 && PARTICLES.has(tokens[s - 1].low) && s - 1 > 0 && isNameWord(ctx, tokens[s - 2])) s -= 2;
          // Not a known place of several words with a count in brackets: "in Doetinchem (94) en Oude
          // IJsselstreek (51)".
          if (!(s < i && ageLike && !lex.firstNames.has(tokens[s].t) && lex.places.phrases.has(phraseKey(text.slice(tokens[s].s, t.e))))) push(ctx, s, i + 1, "persoon", PRIO.personContext);
        }
      }
    }

    // Lower-case first names in chat-style notes: "gr sanne", "fatima is 17", "fatima haar moeder".
    // A word-like lower-case first name ("demi", "amber", "jade") with an age apposition right after it in a
    // chat line ("ik heb demi, 18, net uit de jeugdzorg"): the age makes it a person.
    const lowerAgeApposition = !t.cap && LOWER_NAME_WORDS.has(t.low) && tokens[i + 1]?.t === "," && tokens[i + 1].s === t.e &&
      /^,[ \t]*\d{1,2}[ \t]*(?:jaar[ \t]*)?[,;)]/.test(text.slice(t.e, t.e + 12)) && lowerCaseSentence(ctx, i);
    // (Three letters only between a preposition and a comma: "hb op 12/3 met rik, fam. …".)
    const shortFramed = /^\p{Ll}{3}$/u.test(t.t) && LOWER_NAME_PREPS.has(tokens[i - 1]?.low ?? "") && tokens[i + 1]?.t === "," && tokens[i + 1].s === t.e;
    if (!t.cap && (/^\p{Ll}[\p{Ll}-]{3,}$/u.test(t.t) || shortFramed) && lex.firstNamesLower.has(t.low) && (!LOWER_NAME_WORDS.has(t.low) || lowerAgeApposition) && !lex.common.has(t.low) && !isNegative(lex, t.key)) {
      const cap = capitalised(t.t);
      if (!lex.ambiguousFirstNames.has(cap)) {
        const prev = tokens[i - 1];
        const next = tokens[i + 1];
        // (also a greeting right before it on the same line: "06:02 – goedemorge marloes ik kan vandaag niet")
        // (Also after a sign-off and "!" or ",", closing the line: "thx! lotte", "dank, sanne".)
        const signoffBang = !!prev && /^[!,]$/.test(prev.t) && prev.s === tokens[i - 1].s && SIGNOFFS.has(tokens[i - 2]?.low ?? "") && tokens[i - 2].e === prev.s &&
          text.slice(prev.e, t.s) === " " && (!tokens[i + 1] || newlineBetween(text, t.e, tokens[i + 1].s));
        const signalBefore = signoffBang || !!prev && (SIGNOFFS.has(prev.low) || prev.t === "@" || ((OPENING_GREETINGS.has(prev.low) || /^goede?(?:morgen?|middag|navond|avond)$/.test(prev.low)) && text.slice(prev.e, t.s) === " ")) && !text.slice(prev.e, t.s).includes("\n\n");
        // Also an apposition with an age or a relation, as street-work notes list young people in lower case
        // ("- ricardo, 22, zegt …", "kenzo, broer van ricardo, wil niks"), and two such names joined by "en", "+" or "&"
        // ("naomi en sharon", "joyce + ahmed").
        const signalAfter = !!next && !newlineBetween(text, t.e, next.s) &&
          (LOWER_NAME_VERBS.has(next.low) && next.low !== "en" || next.t === "(" || chatFromTeam(ctx, i) || ((next.low === "haar" || next.low === "zijn") && RELATIONS.has(tokens[i + 2]?.low ?? "")) ||
            (next.t === "," && next.s === t.e && (/^,[ \t]*\d{1,2}[ \t]*(?:jaar[ \t]*)?[,;)]/.test(text.slice(next.s, next.s + 12)) || (RELATIONS.has(tokens[i + 2]?.low ?? "") && /^(?:van|,)$/.test(tokens[i + 3]?.low ?? "")))));
        const pair = (o: Token | undefined) => !!o && !o.cap && /^\p{Ll}{4,}$/u.test(o.t) && o.low !== t.low && lex.firstNamesLower.has(o.low) && !LOWER_NAME_WORDS.has(o.low) && !lex.common.has(o.low) && !isNegative(lex, o.key) && !lex.ambiguousFirstNames.has(capitalised(o.t));
        const joined = (next && /^(?:en|\+|&)$/.test(next.low) && !newlineBetween(text, t.e, tokens[i + 2]?.s ?? t.e) && pair(tokens[i + 2])) ||
          (prev && /^(?:en|\+|&)$/.test(prev.low) && !newlineBetween(text, tokens[i - 2]?.e ?? t.s, t.s) && pair(tokens[i - 2]));
        // (also after a signing dash: "…morgen nog een keer.\n-nadia")
        const dashed = !!prev && /^[-–~]$/.test(prev.t) && (!tokens[i - 2] || newlineBetween(text, tokens[i - 2].e, prev.s));
        const alone = (!prev || dashed || newlineBetween(text, prev.e, t.s)) && (!next || newlineBetween(text, t.e, next.s));
        // In lower-case chat style: "de casus van jeroen", "eigenaar (henk)", "(iedereen noemt hem hamoudi)", "mn klant
        // johan de groot" (a particle + lower-case surname joins the name).
        const chatFrame = lowerCaseSentence(ctx, i) && !!prev && !newlineBetween(text, prev.e, t.s) &&
          (LOWER_NAME_PREPS.has(prev.low) || RELATIONS.has(prev.low) || CLIENT_TITLES.has(prev.low) || (prev.low === "is" && tokens[i - 2]?.low === "naam") || (prev.t === "(" && next?.t === ")") || (prev.low === "hem" || prev.low === "haar") && /^(?:noemt|noemen|noemde|heet)$/.test(tokens[i - 2]?.low ?? ""));
        if (signalBefore || signalAfter || (alone && i > 0) || chatFrame || joined) {
          let e = i + 1;
          if (chatFrame && tokens[e] && PARTICLES.has(tokens[e].low) && /^\p{Ll}{3,}$/u.test(tokens[e + 1]?.t ?? "") && lex.surnames.has(capitalised(tokens[e + 1].t))) e += 2;
          // (also an unknown surname after "van" when the name closes the clause: "clt twan van lieshout, woont in …")
          else if (chatFrame && CLIENT_TITLES.has(prev.low) && tokens[e]?.low === "van" && particleSurnameEnd(ctx, e) > e) e = particleSurnameEnd(ctx, e);
          push(ctx, i, e, "persoon", PRIO.personContext);
        }
      }
    }

    // "welke, tomasz wierzbicki of …": a lower-case first name (no word) + a lower-case surname with a foreign ending is one name.
    if (!t.cap && i > 0 && FOREIGN_SURNAME_SHAPE.test(t.low)) {
      const fn = tokens[i - 1];
      if (/^\p{Ll}{3,}$/u.test(fn.t) && spaceJoined(text, fn, t) && lex.firstNamesLower.has(fn.low) && !LOWER_NAME_WORDS.has(fn.low) && !lex.common.has(fn.low) && !NOT_LOWER_NAMES.has(fn.low) && !lex.ambiguousFirstNames.has(capitalised(fn.t)))
        push(ctx, i - 1, i + 1, "persoon", PRIO.personContext);
    }
    // In a chat transcript a lower-case lexicon surname (no word, no first name, no place) in a speech frame is
    // a person: after a preposition, "welke" or "is" ("langs bij ozkan", "welke ozkan", "de mail van wessels", "dat is ter
    // horst"), or before a finite verb or "van" ("bulut heeft hem", "de bruijn zegt", "wessels van het boekhoudkantoor").
    // Particles before it join ("ter horst", "van der linden", "oude elferink"; after a bare "de" no occupation word in -er/-man:
    // "bij de bakker", and no adjective in -e: "de kleine" stays out), and so does a lower-case initial ("contactpersoon is m. ramdin").
    // (Also in a note right after klant/cliënt: "nb klant popescu belde".)
    if ((ctx.speakers.size > 0 || CLIENT_TITLES.has(tokens[i - 1]?.low ?? "")) && !t.cap && /^\p{Ll}{3,}$/u.test(t.t)) {
      const cap = capitalised(t.t);
      let s = i;
      while (s > 0 && s > i - 3 && CHAT_SURNAME_PARTICLES.has(tokens[s - 1].t) && spaceJoined(text, tokens[s - 1], tokens[s])) s--;
      if (s < i && s > 0 && tokens[s - 1].t === "van" && (tokens[s].t === "der" || tokens[s].t === "den") && spaceJoined(text, tokens[s - 1], tokens[s])) s--;
      const bareDe = s === i - 1 && tokens[s].t === "de";
      // "pieter-jan bosman van …": a lower-case first name right before the surname joins it.
      const fn = tokens[s - 1];
      if (fn && /^\p{Ll}{2,}(?:-\p{Ll}{2,})?$/u.test(fn.t) && spaceJoined(text, fn, tokens[s]) && fn.low.split("-").every((w) => lex.firstNamesLower.has(w)) && !LOWER_NAME_WORDS.has(fn.low) && !lex.common.has(fn.low) && !NOT_LOWER_NAMES.has(fn.low)) s--;
      const known = (lex.surnames.has(cap) && !lex.ambiguousSurnames.has(cap)) || (s < i && !bareDe && lex.ambiguousSurnames.has(cap)) || FOREIGN_SURNAME_SHAPE.test(t.low) ||
        (bareDe && DE_NAME_CORES.has(t.low));
      const wordLike = lex.common.has(t.low) || lex.firstNamesLower.has(t.low) || LOWER_NAME_WORDS.has(t.low) || NOT_LOWER_NAMES.has(t.low) || lex.places.phrases.has(t.key) ||
        isNegative(lex, t.key) || RELATIONS.has(t.low) || ROLE_SUFFIX.test(t.low) || (bareDe && /(?:er|man|e)$/.test(t.low));
      // (a place name after a strong particle is the surname: "ter horst", "van der veen")
      const wordLikeName = wordLike && !(s < i && !bareDe && lex.places.phrases.has(t.key) && !lex.common.has(t.low));
      // (not a surname that an employer or creditor frame makes the family firm: "werk niet meer bij kuijpers")
      if (known && !wordLikeName && !(s === i && framedFamilyFirms(ctx).has(t.low))) {
        const before = tokens[s - 1];
        const after = tokens[i + 1];
        // (a particle + a word that together are a place, after a preposition of place, is that place: "op de boot naar den helder")
        if (s < i && !!before && /^(?:naar|in|uit|te|vanuit)$/.test(before.low) && lex.places.phrases.has(phraseKey(text.slice(tokens[s].s, t.e)))) continue;
        const beforeOk = !!before && !newlineBetween(text, before.e, tokens[s].s) && (LOWER_NAME_PREPS.has(before.low) || CHAT_SURNAME_BEFORE.has(before.low) || CLIENT_TITLES.has(before.low) || (before.t === "." && /(?:^|[ \t(])\p{Ll}\.[ \t]$/u.test(text.slice(Math.max(0, tokens[s].s - 4), tokens[s].s))));
        // (after an article the word is the trade, not the surname: "die visser uit marken", "een bakker uit urk")
        const articleBefore = !!before && s === i && /^(?:een|de|die|deze|het|dat|zo'n)$/.test(before.low);
        const afterOk = (spaceJoined(text, t, after) && ((LOWER_NAME_VERBS.has(after.low) && after.low !== "en") || after.low === "van" || after.low === "zelf" || (placeAfterUitIn(ctx, after) && !articleBefore))) ||
          // "hiemstra? die uit snits", "de jong? bedoel je …": the name asked back on its own
          (!articleBefore && after?.t === "?" && after.s === t.e && (!before || newlineBetween(text, before.e, tokens[s].s) || /^[:,.?]$/.test(before.t)));
        // (a "de" + adjective name closes its phrase: not "is de wit gestucte muur")
        // (nor a firm: "bij de wit" is where one works, and "hoveniersbedrijf de wit … de wit wil hem wel" names the firm;
        // "de wit zelf" is its owner)
        const deCore = bareDe && DE_NAME_CORES.has(t.low);
        const deCoreOk = !deCore || ((afterOk || !after || newlineBetween(text, t.e, after.s) || !/^\p{L}/u.test(after.t)) && !(before?.low === "bij" && !afterOk) && (after?.low === "zelf" ||
          !new RegExp(String.raw`(?:bedrijf|firma|bouw|handel|bv|b\.v\.)[ \t]+de[ \t]+${t.low}(?![\p{L}])`, "iu").test(text)));
        if ((beforeOk || afterOk) && deCoreOk) {
          // "m. ramdin": a lower-case initial right before the surname joins it.
          const initial = /(?:^|[ \t(])(\p{Ll})\.[ \t]$/u.exec(text.slice(Math.max(0, tokens[s].s - 4), tokens[s].s));
          const start = initial ? tokens[s].s - 3 : tokens[s].s;
          ctx.out.push({ s: start, e: t.e, label: "persoon", prio: PRIO.personContext });
        }
      }
    }
    // A two-letter lower-case lexicon first name ("mo", "bo") in a chat transcript, only with a strong cue: a
    // finite verb after it ("mo is top", "mo heeft n stageplek"), "van" + a team ("mo van team jongeren"), or joined by
    // "of"/"en" to a lower-case first name ("bel hennie of mo").
    if (ctx.speakers.size > 0 && !t.cap && /^\p{Ll}{2}$/u.test(t.t) && lex.firstNamesLower.has(t.low) && !lex.common.has(t.low) && !PARTICLES.has(t.low) &&
      !NOT_LOWER_NAMES.has(t.low) && !lex.ambiguousFirstNames.has(capitalised(t.t))) {
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      const verbAfter = spaceJoined(text, t, next) && LOWER_NAME_VERBS.has(next.low) && next.low !== "en";
      const mate = prev && /^(?:of|en)$/.test(prev.low) && tokens[i - 2] && text.slice(tokens[i - 2].e, t.s) === ` ${prev.t} ` && /^\p{Ll}{4,}$/u.test(tokens[i - 2].t) &&
        lex.firstNamesLower.has(tokens[i - 2].low) && !LOWER_NAME_WORDS.has(tokens[i - 2].low) && !lex.common.has(tokens[i - 2].low);
      // (also greeted before a comma or "!": "hoi mo, heb jij …", "zeg bo, weet jij …")
      const greeted = !!prev && (OPENING_GREETINGS.has(prev.low) || prev.low === "zeg") && text.slice(prev.e, t.s) === " " && /^[,!]/.test(text.slice(t.e, t.e + 1));
      if (verbAfter || chatFromTeam(ctx, i) || mate || greeted) push(ctx, i, i + 1, "persoon", PRIO.personContext);
    }
    // A capitalised first name that is also a noun ("Roos", "Floor", "Linde") opening a sentence as the subject of a verb of a
    // person acting is that person: "Roos overlegt met de jeugdconsulent", "Floor merkte dat …", "Linde zelf zegt …" (a
    // copula stays out: "Roos is een bloem"; "Hoop doet leven" is no acting verb here).
    if (t.cap && t.sentStart && NOUN_FIRST_NAMES.has(t.t) && WORD_NAME_SUBJECT_RE.test(text.slice(t.e, t.e + 24))) push(ctx, i, i + 1, "persoon", PRIO.personContext);
    // A three-letter lower-case lexicon first name in a chat transcript ("bas", "cor", "wim"), only in a frame that
    // names a person: after "met/bij/aan/voor/van" or a call verb when the name closes the phrase ("loopt traject bij
    // bas", "stem af met cor dan", "bel wim, die weet het"), or thanked or wished well at the end of a message
    // ("thanks tim", "goed zo rik!", "beterschap jos").
    // (Also a first name that is a noun, in lower case: "volgens roos.", "de mail van floor gezien?", "roos zegt dat …".)
    const nounFirst = !t.cap && NOUN_FIRST_NAMES.has(capitalised(t.t));
    if (ctx.speakers.size > 0 && !t.cap && (nounFirst || (/^\p{Ll}{3}$/u.test(t.t) && !THREE_LETTER_WORDS.has(t.low) && lex.firstNamesLower.has(t.low) && !lex.common.has(t.low) &&
      !NOT_LOWER_NAMES.has(t.low) && !PARTICLES.has(t.low) && !LOWER_NAME_WORDS.has(t.low) && !lex.ambiguousFirstNames.has(capitalised(t.t))))) {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const closes = !next || newlineBetween(text, t.e, next.s) || (/^[.,!?)]$/.test(next.t) && next.s === t.e) ||
        (text.slice(t.e, next.s) === " " && /^(?:van|dan|even|ff|zelf|ook|nog|wel)$/.test(next.low));
      const prepBefore = !!prev && text.slice(prev.e, t.s) === " " && (LOWER_NAME_PREPS.has(prev.low) || /^(?:bel|app|mail|vraag|vragen|bellen|volgens|over|naar)$/.test(prev.low));
      const thanked = !!prev && text.slice(prev.e, t.s) === " " && THANKS_BEFORE_NAME.has(prev.low) && (!next || newlineBetween(text, t.e, next.s) || /^[ \t]*[!.]*[ \t]*(?:[^\p{L}\d\s]{0,4})[ \t]*(?:\n|$)/u.test(text.slice(t.e, t.e + 8)));
      // (or the subject of a verb of a person acting, not after an article: "wim zegt dat …", not "de bas heeft …")
      const subject = WORD_NAME_SUBJECT_RE.test(text.slice(t.e, t.e + 24)) && !(prev && /^(?:de|het|een|die|deze|mijn|zijn|haar|m'n|z'n)$/.test(prev.low));
      if ((prepBefore && closes) || thanked || subject) push(ctx, i, i + 1, "persoon", PRIO.personContext);
    }
    // A lower-case first name that is also a word, right before a bracket with a relation word or an age: "aya (dochter,
    // 4) is ziek", "roos (zus) komt ook".
    if (!t.cap && /^\p{Ll}{3,}$/u.test(t.t) && lex.ambiguousFirstNames.has(capitalised(t.t)) && text.slice(t.e, t.e + 2) === " (" &&
      /^[ \t]*\((?:\d{1,2}(?:[ \t]*(?:jaar|jr))?\)|\p{Ll}+(?:,[ \t]*\d{1,2})?\))/u.test(text.slice(t.e, t.e + 30)) && RELATIONS_OR_AGE_BRACKET(text.slice(t.e, t.e + 30))) {
      push(ctx, i, i + 1, "persoon", PRIO.personContext);
    }
    // A sign-off + a lower-case first name that is also a word (or a short one), closing the line or message: "gr fleur",
    // "groetjes roos", "xx bas". (Also closing a quoted message: 'Hoi Fenna, … gr kees"'.)
    if (!t.cap && SIGNOFF_WORDS.has(tokens[i - 1]?.low ?? "") && text.slice(tokens[i - 1].e, t.s) === " " && /^\p{Ll}{3,}$/u.test(t.t) &&
      (!tokens[i + 1] || newlineBetween(text, t.e, tokens[i + 1].s) || /^[.!]?["”’')]{1,2}[ \t]*(?:\n|$)/.test(text.slice(t.e, t.e + 8))) && (lex.ambiguousFirstNames.has(capitalised(t.t)) || lex.firstNamesLower.has(t.low))) {
      push(ctx, i, i + 1, "persoon", PRIO.personContext);
    }
    // The same with a capitalised unknown (nick)name closing the message: "sorry!! groetjes Jess" (no word, place or body:
    // "groetjes Team", "gr Allen").
    if (t.cap && /^\p{Lu}\p{Ll}{2,}$/u.test(t.t) && SIGNOFF_WORDS.has(tokens[i - 1]?.low ?? "") && text.slice(tokens[i - 1].e, t.s) === " " && !tokens[i + 1] &&
      isNameWord(ctx, t) && !lex.common.has(t.low) && !isPlaceOrInstitution(ctx, t) && !/^(?:team|allen|iedereen|collega's|afdeling)$/.test(t.low)) {
      push(ctx, i, i + 1, "persoon", PRIO.personContext);
    }
    // A note label at the line start + a lower-case lexicon first name (no word) + an infinitive or a finite verb:
    // "todo: ronald vragen of …", "actie: fatima bellen", "nb: sanne heeft …" (an action item names who does it or whom to ask).
    if (!t.cap && /^\p{Ll}{4,}$/u.test(t.t) && tokens[i - 1]?.t === ":" && tokens[i - 2]?.word && /^\p{Ll}/u.test(tokens[i - 2].t) && (i === 2 || newlineBetween(text, tokens[i - 3].e, tokens[i - 2].s)) &&
      lex.firstNamesLower.has(t.low) && !LOWER_NAME_WORDS.has(t.low) && !lex.common.has(t.low) && !lex.ambiguousFirstNames.has(capitalised(t.t)) &&
      tokens[i + 1] && text.slice(t.e, tokens[i + 1].s) === " " && (/^\p{Ll}{3,}en$/u.test(tokens[i + 1].t) || (LOWER_NAME_VERBS.has(tokens[i + 1].low) && tokens[i + 1].low !== "en"))) {
      push(ctx, i, i + 1, "persoon", PRIO.personContext);
    }
    // A greeting opening a message + a lower-case first name before "!", "," or the line end: "hoi lies!!", "hee bas,".
    const greetPrev = tokens[i - 1];
    if (!t.cap && greetPrev && OPENING_GREETINGS.has(greetPrev.low) && (i === 1 || newlineBetween(text, tokens[i - 2].e, greetPrev.s)) && text.slice(greetPrev.e, t.s) === " " &&
      /^\p{Ll}{3,}$/u.test(t.t) && (lex.firstNamesLower.has(t.low) || lex.ambiguousFirstNames.has(capitalised(t.t))) &&
      (!tokens[i + 1] || /^[ \t]*(?:[!,:]|\n)/.test(text.slice(t.e, t.e + 3)))) {
      push(ctx, i, i + 1, "persoon", PRIO.personContext);
    }
    // "sanna de groot", "mn klant johan van dijk": a lower-case first name + particle + a known surname in a lower-case sentence.
    // (Also a first name that is a word when a known surname that is no word follows: "ja, mark de boer van …"; and "ter" +
    // any word but a fixed phrase, as "ter" only stands before a surname or in one: "zijn vader herman ter haar is 62".)
    const wordFirst = LOWER_NAME_WORDS.has(t.low) && !LOWER_NAME_VERB_WORDS.has(t.low);
    if (!t.cap && /^\p{Ll}{4,}$/u.test(t.t) && lex.firstNamesLower.has(t.low) && (!LOWER_NAME_WORDS.has(t.low) || wordFirst) && !lex.common.has(t.low) && PARTICLES.has(tokens[i + 1]?.low ?? "") && !tokens[i + 1].cap &&
      text.slice(t.e, tokens[i + 1].s) === " " && lowerCaseSentence(ctx, i)) {
      let k = i + 1;
      while (k < tokens.length && k - i < 4 && PARTICLES.has(tokens[k].low) && !tokens[k].cap) k++;
      const sur = tokens[k];
      const terWord = !wordFirst && k === i + 2 && tokens[i + 1].low === "ter" && !!sur && /^\p{Ll}{3,}$/u.test(sur.t) && !TER_PHRASE_WORDS.test(sur.low) && text.slice(tokens[i + 1].e, sur.s) === " ";
      if (sur && /^\p{Ll}{3,}$/u.test(sur.t) && ((lex.surnames.has(capitalised(sur.t)) && !(wordFirst && lex.common.has(sur.low))) || terWord) && !newlineBetween(text, t.e, sur.s)) push(ctx, i, k + 1, "persoon", PRIO.personContext);
    }

    // A list item that opens with a name and an age, next to an item that opens with a known first name: "• Shanice, 17,
    // …\n• Dinoh, die in april zeven wordt, …" (not "- Kosten, 12, akkoord" in an agenda).
    if (t.cap && t.sentStart && tokens[i + 1]?.t === "," && /^[-*•–]$/.test(tokens[i - 1]?.t ?? "") && ITEM_AGE_RE.test(text.slice(t.e, t.e + 50)) &&
      isNameWord(ctx, t) && !isPlaceOrInstitution(ctx, t) && !RELATIONS.has(t.low) && nameItemNextTo(ctx, tokens[i - 1].s)) {
      push(ctx, i, i + 1, "persoon", PRIO.personContext);
    }

    // A role in brackets after a name: "Semhar Tekle (klant)", "Bram (klantmanager)", "P. Smit (jobcoach)".
    if (t.cap && tokens[i + 1]?.t === "(" && !newlineBetween(text, t.e, tokens[i + 1].s)) {
      // Also a role + its organisation: "Roos (wijkcoach Malkander)", "Anouk (jobcoach bij Werkbedrijf)".
      const role = /^\((?:de\s+|haar\s+|zijn\s+)?([\p{Ll}-]+)(?:\)|[ \t]+(?:(?:bij|van)[ \t]+)?\p{Lu})/u.exec(text.slice(tokens[i + 1].s, tokens[i + 1].s + 40));
      const roleOnly = role && role[0].endsWith(")");
      // (not a form field: "Woonadres (moeder): …", "Telefoonnummer (vader):")
      if (role && (roleOnly ? (RELATIONS.has(role[1]) || ROLE_SUFFIX.test(role[1]) || CLIENT_TITLES.has(role[1])) : ROLE_SUFFIX.test(role[1]) && !RELATIONS.has(t.low)) && isNameWord(ctx, t) && !isPlaceOrInstitution(ctx, t) &&
        !(roleOnly && FIELD_WORD_END.test(t.low))) {
        let s0 = i;
        while (s0 > 0 && !tokens[s0].sentStart && ((isNameWord(ctx, tokens[s0 - 1]) && !RELATIONS.has(tokens[s0 - 1].low)) || PARTICLES.has(tokens[s0 - 1].low) || tokens[s0 - 1].initials) && !newlineBetween(text, tokens[s0 - 1].e, tokens[s0].s) && i - s0 < 5) s0--;
        // "Reactie van Annelies Bruin (teamleider):", "Opmerking van Ilse de Wit (jobcoach)": an unknown word
        // before "van" + a known first name and more is a heading ("from Annelies Bruin"), not the "X van Y" of a name.
        if (s0 + 3 <= i && tokens[s0 + 1].low === "van" && !tokens[s0 + 1].cap && lex.firstNames.has(tokens[s0 + 2].t) && !lex.surnames.has(tokens[s0 + 2].t) && !lex.firstNames.has(tokens[s0].t) && !lex.ambiguousFirstNames.has(tokens[s0].t)) s0++;
        while (s0 < i && (PARTICLES.has(tokens[s0].low) && !tokens[s0].cap || TITLES.has(tokens[s0].low))) s0++;
        push(ctx, s0, i + 1, "persoon", PRIO.personContext);
      }
    }

    // "gesprek met Stijnen en zijn vrouw": an unknown capitalised word followed by "en zijn/haar + relation".
    if (t.cap && !t.sentStart && tokens[i + 1]?.low === "en" && /^(?:zijn|haar|z'n|d'r)$/.test(tokens[i + 2]?.low ?? "") && RELATIONS.has(tokens[i + 3]?.low ?? "") &&
      isNameWord(ctx, t) && !isPlaceOrInstitution(ctx, t) && !(tokens[i - 1]?.word && tokens[i - 1].cap)) {
      push(ctx, i, i + 1, "persoon", PRIO.personContext);
    }
    // Apposition: "Ter Haar, zijn mentor, vindt …", "Van Dijk, de bewindvoerder, belde".
    if (t.cap && tokens[i + 1]?.t === "," && /^(?:zijn|haar|hun|de|onze|mijn)$/.test(tokens[i + 2]?.low ?? "") && (RELATIONS.has(tokens[i + 3]?.low ?? "") || ROLE_SUFFIX.test(tokens[i + 3]?.low ?? ""))) {
      let s0 = i;
      while (s0 > 0 && !tokens[s0].sentStart && i - s0 < 4 && (tokens[s0 - 1].cap || PARTICLES.has(tokens[s0 - 1].low)) && tokens[s0 - 1].word) s0--;
      const strongParticle = s0 < i && PARTICLES.has(tokens[s0].low) && !["de", "het", "in", "op"].includes(tokens[s0].low);
      // "Ik woon in Den Helder, mijn man werkt": a known place that opens with a capitalised article is no name before the
      // apposition (the surname "Jan in den Bosch, mijn zwager" keeps its lower-case particles).
      let placeBefore = false;
      for (let p = s0; p < i && !placeBefore; p++) placeBefore = tokens[p].cap && matchPhrase(ctx, p, lex.places) >= i;
      if ((isNameWord(ctx, t) || strongParticle) && !isPlaceOrInstitution(ctx, t) && !placeBefore && (s0 < i || !t.sentStart || lex.surnames.has(t.t) || lex.firstNames.has(t.t)))
        push(ctx, s0, i + 1, "persoon", PRIO.personContext);
    }

    // "Name <e-mail>" and "Achternaam, Voornaam <e-mail>" in mail headers.
    if (t.t === "<" && /^<[^>\s]+@/.test(text.slice(t.s, t.s + 80))) {
      let s = i;
      while (s > 0 && (tokens[s - 1].word || tokens[s - 1].t === "," || tokens[s - 1].initials) && !newlineBetween(text, tokens[s - 1].e, tokens[s].s)) {
        s--;
        if (tokens[s].sentStart) break;
      }
      while (s < i && (!tokens[s].word || /:$/.test(text.slice(tokens[s].e, tokens[s].e + 1)) || lex.common.has(tokens[s].low))) s++;
      if (s < i && tokens.slice(s, i).some((x) => x.cap)) push(ctx, s, i, "persoon", PRIO.personContext);
    }

    // Initials + surname: "J. de Vries", "A.B. Jansen", "R. Bakker".
    if (t.initials && !(i > 0 && TITLES.has(tokens[i - 1].low))) {
      const end = parseName(ctx, i);
      if (end > i + 1 && tokens.slice(i + 1, end).some((x) => x.cap)) push(ctx, i, end, "persoon", PRIO.personContext);
    }
    // Single capital without a dot: "A Visser", "A de Jong" (only with a known surname).
    // (Not the last letter of "W&I", "A/B" or "3-D": "W&I Hollands Kroon" is the service and the place.)
    if (t.t.length === 1 && /\p{Lu}/u.test(t.t) && !(tokens[i - 1] && (tokens[i - 1].t === "-" || tokens[i - 1].t === "&" || tokens[i - 1].t === "/" || /^\d/.test(tokens[i - 1].t)) && tokens[i - 1].e === t.s)) {
      const end = parseName(ctx, i + 1);
      if (end > i + 1 && (lex.surnames.has(tokens[end - 1].t) || PARTICLES.has(tokens[i + 1].low))) push(ctx, i, end, "persoon", PRIO.personContext);
    }

    // Particles: "van der Sluis", "Van Dam", "de Vries", "d'Sluis", "El Ahmadi".
    // (Not a particle inside a lexicon place that starts a word or two before it: "Nederhorst den Berg".)
    if (PARTICLES.has(t.low) && !(i > 0 && tokens[i - 1].word && PARTICLES.has(tokens[i - 1].low)) && matchPhrase(ctx, i, lex.places) < 0 && matchPhrase(ctx, i, lex.institutions) < 0 && !particleInsidePlace(ctx, i)) {
      let k = i;
      // Particle chains are short ("van der", "van 't", "v/d"): cap them so "van de van de …" stays linear.
      while (k < tokens.length && k - i < 4 && PARTICLES.has(tokens[k].low)) k++;
      if ((t.low === "in" || t.low === "op") && !["'t", "de", "den", "het"].includes(tokens[i + 1]?.low ?? "")) k = i;
      const core = tokens[k];
      // "in Den Helder", "uit De Bilt": a place that starts with a particle is no surname.
      let placeInside = false;
      for (let p = i + 1; p < k && !placeInside; p++) placeInside = matchPhrase(ctx, p, lex.places) >= k;
      if (core && isNameWord(ctx, core) && !core.sentStart && k > i && !placeInside) {
        const key = core.key;
        // "die van de Soestdijksekade": a street name is no surname (unless the surname lexicon says so).
        // "van de Oekraïense gemeenschap", "van de Britse belastingdienst": an adjective of origin before a lower-case noun is no surname.
        const originAdjective = /^\p{Lu}\p{Ll}{2,}(?:se|sche)$/u.test(core.t) && /^[ \t]+\p{Ll}{3,}/u.test(text.slice(core.e, core.e + 5));
        // "van de AIO-aanvulling", "van de Wajong-uitkering": a compound with a lower-case noun after the hyphen is a thing.
        const tail = /^\p{Lu}[\p{L}]*-(\p{Ll}{4,})$/u.exec(core.t)?.[1];
        const nounCompound = !!tail && !lex.surnames.has(capitalised(tail)) && !lex.ambiguousSurnames.has(capitalised(tail));
        // "de imam van de Aksa Moskee": a name right before a head word belongs to the organisation.
        // (Also a lower-case house of worship after one to three capitalised words: "van de Al
        // Mouhssinine moskee", "van de Mevlana moskee".)
        let q = k + 1;
        while (q < tokens.length && q - k <= 3 && tokens[q].cap && text.slice(tokens[q - 1].e, tokens[q].s) === " ") q++;
        const beforeHead = (!!tokens[k + 1] && text.slice(core.e, tokens[k + 1].s) === " " && HEAD_SUFFIX.test(tokens[k + 1].t) && /^\p{Lu}/u.test(tokens[k + 1].t)) ||
          (!!tokens[q] && text.slice(tokens[q - 1].e, tokens[q].s) === " " && LOWER_WORSHIP_WORD.test(tokens[q].t));
        // "eine Kopie der Lohnabrechnungen": a bare German article before a German abstract noun.
        // ("für den Monat März", "den Antrag": a German article before a common noun)
        // (also after "vom", which is "von dem": "vom Arbeitgeber gekündigt", "ein Schreiben vom Vermieter")
        const germanNoun = (t.low === "der" || t.low === "des" || t.low === "den" || t.low === "vom") && k === i + 1 && (/\p{Ll}{3,}(?:ungen|ung|heit|heiten|keit|keiten|schaft|schaften|ionen|nisse)$/u.test(core.t) || GERMAN_COMMON_NOUNS.has(core.t) ||
          (t.low === "vom" && /^\p{Lu}\p{Ll}+(?:geber|nehmer|mieter|amt|gericht|center|büro|betrieb|leiter|arzt)$/u.test(core.t)));
        // "van de Gedragscode Schuldregeling": a compound on a document or rule word is a thing, no surname.
        const documentNoun = DOCUMENT_COMPOUND.test(core.t);
        // "het oordeel van de Raad", "volgens de Rechtbank", "een besluit van de Minister": after a lower-case
        // article a capitalised institution noun refers back to a court or body named earlier; no surname.
        const bodyNoun = k > i && /^(?:de|het)$/.test(tokens[k - 1].t) && INSTITUTION_NOUNS.has(core.low);
        const nonName = beforeHead || germanNoun || documentNoun || bodyNoun || lex.places.phrases.has(key) || lex.institutions.phrases.has(key) || NEIGHBOURHOOD.test(core.t) || STREET_SHAPE.test(core.t) || isWorshipCompound(core.t) || originAdjective || nounCompound;
        // "burgemeester en wethouders van Hoogeveen", "de inwoners van Assen": a place after a lower-case noun
        // of local government or residence + "van" is the place, even when it is also a surname.
        const ownerNoun = k === i + 1 && t.low === "van" && !t.cap && lex.places.phrases.has(key) && matchPhrase(ctx, k, lex.places) >= k && PLACE_OWNER_NOUN.test(tokens[i - 1]?.t ?? "");
        const known = (lex.surnames.has(core.t) || lex.ambiguousSurnames.has(core.t)) && !ownerNoun;
        let strong = k - i >= 2 || !WEAK_PARTICLES.has(t.low) || (t.cap && !t.sentStart && (t.low === "van" || t.low === "el" || t.low === "al"));
        // "in de Teams-meeting", "op de Sprint Review", "'t Palet": only a known surname makes these a person.
        if (t.low === "in" || t.low === "op" || (t.low === "'t" && k === i + 1)) strong = false;
        // "de brug over de Maas", "wandelen langs de Waal": a river after a preposition of place is no surname.
        const river = k === i + 1 && t.t === "de" && RIVERS.has(core.t) && RIVER_PREPS.has(tokens[i - 1]?.low ?? "");
        // "aan de Laan van Westroijen", "de Weg der Verenigde Naties": a street noun + "van/der" + a name is a street (no
        // number needed), even when the noun is also a surname.
        const streetOf = !t.cap && STREET_NOUNS.has(core.t) && STREET_PREPS.has(tokens[i - 1]?.low ?? "") && /^[ \t]+(?:van|der|des)[ \t]+(?:(?:de|het|den|der|'t)[ \t]+)?\p{Lu}/u.test(text.slice(core.e, core.e + 16));
        // "wethouders van Hof van Twente": the surname opens a multi-word place of the lexicons.
        const placeAhead = matchPhrase(ctx, k, lex.places) > k;
        if (!river && !t.cap && inProgrammeName(ctx, i) && (lex.common.has(core.low) || lex.ambiguousSurnames.has(core.t))) {
          // Inside a programme's name after its noun, "de" + a word is no surname: "de pilot Werk voor de Wijk".
        } else if (!river && !streetOf && !placeAhead && (known || (strong && !nonName)) && !(nonName && !known)) {
          const end = parseName(ctx, k);
          // "ten name van Hoekstra Fietsherstel", "opdrachtgever Van Iersel Fulfilment": a surname + a trade word is the
          // firm (a capitalised particle belongs to its name).
          if (end > k + 1 && TRADE_PAIR_WORD.test(tokens[end - 1].low) && !lex.surnames.has(tokens[end - 1].t)) ctx.out.push({ s: tokens.slice(i, k).find((x) => x.cap)?.s ?? core.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.personContext + 1 });
          // ("mevrouw Kuipers, die van de Graaf Ottostraat": a name that ends in a street word is the street, no person)
          else if (end > k && !STREET_SHAPE.test(tokens[end - 1].t)) push(ctx, i, end, "persoon", known ? PRIO.personContext : PRIO.personLexicon);
        } else if (t.t === "Te" && k === i + 1 && !t.sentStart && core.cap && !lex.institutions.phrases.has(key) && !isWorshipCompound(core.t) && !STREET_SHAPE.test(core.t)) {
          // "haha Te Winkel, is dat …", "met Te Velde gebeld": a capitalised "Te" mid-sentence is a surname particle (the
          // preposition is written "te"), also before a word that is a place ("Te Winkel", "Te Lintum").
          push(ctx, i, k + 1, "persoon", PRIO.personContext);
        }
      }
    }
    // ("het d'Oultremontcollege" is a school named after a person, not the person)
    if (/^d['’]\p{Lu}/u.test(t.t)) {
      if (/(?:college|school|lyceum|gymnasium)$/u.test(t.t)) push(ctx, i, i + 1, "instelling", PRIO.institutionHead);
      else push(ctx, i, i + 1, "persoon", PRIO.personLexicon);
    }

    // (The eponym's noun on the same line: "ingebracht door Marloes\nMethode: incidentmethode" keeps the name.)
    if ((EPONYM_NEXT.has(tokens[i + 1]?.low ?? "") && !newlineBetween(text, t.e, tokens[i + 1].s)) || tokens[i - 1]?.low === "ziekte") continue;
    // Lexicon first names: "Kees", "Ahmed", "Jeroen Mulder", "Ingrid van der Veen".
    // An English auxiliary opening a question is no first name: "Can I come also?", "Will you call me?".
    // (Also before an English determiner: "Can the gemeente help with BSO?", "Will someone call her?".)
    if (t.cap && /^(?:can|will|may|shall|did|does|could|would|should|must|might)$/.test(t.low) && /^(?:I|you|we|he|she|they|it|u|the|a|an|my|your|our|his|her|their|this|that|someone|somebody|anyone|anybody)$/.test(tokens[i + 1]?.t ?? "") && text.slice(t.e, tokens[i + 1].s) === " ") continue;
    // "Max € 400 per kind", "Max 3 dagen": "Max" before an amount or a number is the maximum, no first name.
    if (t.low === "max" && /^[ \t]*(?:€|EUR\b|\d)/u.test(text.slice(t.e, t.e + 6))) continue;
    // "Albert Heijn-cadeaukaarten": an organisation of the lexicons glued to a lower-case noun by a hyphen is a thing.
    const glued = /^(\p{Lu}\p{L}*)-\p{Ll}{4,}$/u.exec(tokens[i + 1]?.t ?? "");
    if (t.cap && glued && lex.institutions.phrases.has(phraseKey(`${t.t} ${glued[1]}`))) continue;
    // "'k Ben tachtig": the dialect "ik ben", no first name.
    if (t.t === "Ben" && /(?:^|[^\p{L}])['’]k[ \t]+$/u.test(text.slice(Math.max(0, t.s - 4), t.s))) continue;
    // "Ana ghadi nsafer l Tanger": the Arabic "ana" (I) before a verb or particle of Arabic in Latin letters, no first name.
    // (also before any Arabizi word, a digit for a letter inside it: "Ana ta3bane kteer")
    if (t.t === "Ana" && (ARABIZI_AFTER_ANA.test(tokens[i + 1]?.low ?? "") || /^[ \t]+\p{Ll}+[235789]\p{Ll}/u.test(text.slice(t.e, t.e + 16)))) continue;
    // "Mien vrouwe, Dinie, is now tachentig": the dialect "my" before a lower-case kin word, no first name.
    if (t.t === "Mien" && DIALECT_MIEN_NOUN.test(tokens[i + 1]?.low ?? "")) continue;
    // "in de wijk Fatima": a first name right after a word for a district is that district.
    if (t.cap && lex.firstNames.has(t.t) && DISTRICT_NOUN_BEFORE.test(tokens[i - 1]?.low ?? "") && text.slice(tokens[i - 1].e, t.s) === " " && !tokens[i + 1]?.cap) {
      ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.placeContext });
      continue;
    }
    // (not inside an idiom or name of the negative lists: "Klaar is Kees", "Jan en alleman")
    if (t.cap && lex.firstNames.has(t.t) && !lex.ambiguousFirstNames.has(t.t) && !ctx.negative[i]) {
      // "Albert Heijn", "Dirk van den Broek", "Jeroen Bosch Ziekenhuis" are organisations, not people.
      // "in Anna Paulowna", "naar Sint Willebrord": a first name opening a multi-word place is the place.
      if (!(t.sentStart && lex.common.has(t.low)) && matchPhrase(ctx, i, lex.institutions) <= i && matchPhrase(ctx, i, lex.places) <= i) {
        // (a two-letter first name: its surname after the particle, as for the ambiguous ones below: "Bo van den Oever")
        let end = twoLetterNameEnd(ctx, i) ?? parseName(ctx, i, { maxWords: 4 });
        // ("ik ben het Jessica van Dorpsstraat 20": "van" + a street named after a thing is where she lives)
        if (end === i + 3 && tokens[i + 1].low === "van" && THING_STREET_RE.test(tokens[i + 2].t)) end = i + 1;
        // A known first name followed by a surname is strong evidence, even if the surname is also a place.
        push(ctx, i, Math.max(end, i + 1), "persoon", end > i + 1 ? PRIO.personContext : PRIO.personLexicon);
      }
    } else if (t.cap && lex.ambiguousFirstNames.has(t.t)) {
      // "April" or "Elke" mid-sentence followed by a surname; at a sentence start only with particles ("Roos van Dam belde").
      const end = twoLetterNameEnd(ctx, i) ?? parseName(ctx, i, { maxWords: 4 });
      // A short or month-like first name the parser does not take ("Jo Vroemen", "Mei Jansen") before a
      // lexicon surname, mid-sentence or after a colon ("Aanwezig: Jo Vroemen"), is the first name of that person.
      const nx = tokens[i + 1];
      const surnameAfter = end <= i + 1 && spaceJoined(text, t, nx) && nx.cap && !nx.upper && lex.surnames.has(nx.t) && !lex.ambiguousSurnames.has(nx.t) &&
        (!t.sentStart || tokens[i - 1]?.t === ":") && !ctx.negative[i] && !lex.common.has(t.low) ? parseName(ctx, i + 1, { maxWords: 3 }) : -1;
      if (end > i + 1 && (!t.sentStart || PARTICLES.has(tokens[i + 1].low))) push(ctx, i, end, "persoon", PRIO.personLexicon);
      else if (surnameAfter > i + 1) push(ctx, i, surnameAfter, "persoon", PRIO.personContext);
      // "wie heeft Tiny nu eigenlijk?", "ik bel Roos morgen": Dutch writes words in lower case, so a word-like name with a
      // capital between two lower-case words mid-sentence is the name (not a month, not after an article or preposition).
      else if (end <= i + 1 && !t.sentStart && !ctx.negative[i] && !MONTH_NAMES.test(t.t) && /^\p{Ll}+$/u.test(tokens[i - 1]?.t ?? "") && !ARTICLE_OR_PREP.has(tokens[i - 1].low) &&
        tokens[i + 1] && (/^\p{Ll}+$/u.test(tokens[i + 1].t) && text.slice(t.e, tokens[i + 1].s) === " " || /^[.!?,]$/.test(tokens[i + 1].t) && tokens[i + 1].s === t.e) && text.slice(tokens[i - 1].e, t.s) === " ")
        push(ctx, i, i + 1, "persoon", PRIO.personLexicon);
    }

    // Hyphenated names: "Jan-Willem", "Visser-de Jong", "Jansen-Schouten" (one known part is enough).
    // "Forderung des St. Agnes-Hospital in Bocholt", "het Sint Jozef-Ziekenhuis": a saint's name glued to a hospital or house
    // word is the institution (with "St./Sint/Sankt" before it).
    if (t.cap && HYPHEN_INSTITUTION_TAIL.test(t.t)) {
      const saint = /(?:^|[^\p{L}])(?:St\.?|Sint|Sankt|Sint-)[ \t]*$/u.exec(text.slice(Math.max(0, t.s - 7), t.s));
      ctx.out.push({ s: saint ? t.s - saint[0].replace(/^[^\p{L}]/u, "").length : t.s, e: t.e, label: "instelling", prio: PRIO.personContext + 1 });
      continue;
    }
    if (t.cap && t.t.includes("-") && !isPlaceOrInstitution(ctx, t) && !isNegative(lex, t.key)) {
      const parts = t.t.split("-");
      const known = parts.some((p) => (lex.firstNames.has(p) && !lex.ambiguousFirstNames.has(p)) || (lex.surnames.has(p) && !lex.ambiguousSurnames.has(p)));
      if (known && parts.every((p) => /^\p{Lu}/u.test(p) || PARTICLES.has(p.toLowerCase()))) {
        // "Bert-Jan Lamberts, 58,": a hyphenated first name (every part a known first name) takes the surname
        // after it, also an unknown one, as a single first name does.
        const firstNamesOnly = parts.length === 2 && parts.every((p) => lex.firstNames.has(p) && !lex.ambiguousFirstNames.has(p));
        const end = /-(?:de|van|der|den|ter)$/i.test(t.t) ? parseName(ctx, i + 1) : firstNamesOnly ? parseName(ctx, i, { maxWords: 4 }) : -1;
        push(ctx, i, Math.max(end, i + 1), "persoon", end > i + 1 && firstNamesOnly ? PRIO.personContext : PRIO.personLexicon);
      }
    }
    // Two-part surnames whose first part is also a word: "Bruins Slot", "Groot Wassink".
    if (t.cap && lex.ambiguousSurnames.has(t.t) && tokens[i + 1] && isNameWord(ctx, tokens[i + 1]) && text.slice(t.e, tokens[i + 1].s) === " " && !isPlaceOrInstitution(ctx, tokens[i + 1]) && !tokens[i + 1].upper) {
      push(ctx, i, i + 2, "persoon", PRIO.personLexicon);
    }
    // Lexicon surnames on their own: "Visser", "Jansen" (not the ones that are also ordinary words); a surname that is a
    // relation word opening a sentence before a name is the relation ("Buurman Jaap Kamminga doet …").
    // (also before a capitalised particle and a name: "Buurman Van Muiden (69) doet boodschappen")
    const relationBeforeName = RELATIONS.has(t.low) && t.sentStart && !!tokens[i + 1]?.cap && (lex.firstNames.has(tokens[i + 1].t) || lex.surnames.has(tokens[i + 1].t) ||
      (PARTICLES.has(tokens[i + 1].low) && !!tokens[i + 2]?.cap));
    // (Not inside a law, body or method named after a person: "op grond van de Wet Mulder".)
    // (Nor a brand after a brand word: "een bekend merk als Bosch of Miele", "van het merk Philips".)
    const brandFrame = BRAND_FRAME_BEFORE.test(text.slice(Math.max(0, t.s - 16), t.s));
    if (t.cap && lex.surnames.has(t.t) && !lex.ambiguousSurnames.has(t.t) && !relationBeforeName && !ctx.negative[i] && !brandFrame) {
      push(ctx, i, i + 1, surnameAsPlace(ctx, i) ? "plaats" : "persoon", PRIO.personLexicon);
    }
    if (t.upper && lex.surnames.has(t.t.charAt(0) + t.t.slice(1).toLowerCase()) && t.t.length > 3 && !lex.ambiguousSurnames.has(t.t.charAt(0) + t.t.slice(1).toLowerCase())) {
      push(ctx, i, i + 1, "persoon", PRIO.personLexicon - 1);
    }
  }
}

/** "Rotterdam-Zuid", "Amsterdam-Zuidoost": a known place with a direction. */
// (Also a compass point before a known, unambiguous province or region: "Noordwest-Overijssel", "Zuidoost-Drenthe".)
const COMPASS_PREFIX = /^(?:noord|oost|zuid|west|zuidoost|zuidwest|noordoost|noordwest|midden)$/;
function placeWithDirection(lex: Lexicons, t: Token): boolean {
  const parts = t.t.split("-");
  if (parts.length < 2) return false;
  if (DIRECTIONS.test(parts[parts.length - 1].toLowerCase()) && lex.places.phrases.has(phraseKey(parts.slice(0, -1).join(" ")))) return true;
  const rest = phraseKey(parts.slice(1).join(" "));
  return COMPASS_PREFIX.test(parts[0].toLowerCase()) && lex.places.phrases.has(rest) && !lex.ambiguousPlaces.has(rest);
}

/** End token of "Place-Region" at token i ("Maastricht-Heuvelland", "Helmond-De Peel"), or -1. */
function hyphenRegion(ctx: Ctx, i: number): number {
  const { tokens, lex, text } = ctx;
  const t = tokens[i];
  if (!t.cap || !t.t.includes("-") || t.sentStart && lex.firstNames.has(t.t.split("-")[0])) return -1;
  const parts = t.t.split("-");
  const first = parts[0];
  if (!lex.places.phrases.has(first.toLowerCase()) || lex.ambiguousPlaces.has(first.toLowerCase()) || lex.surnames.has(first) || lex.firstNames.has(first)) return -1;
  const rest = parts.slice(1);
  if (!rest.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p)) || rest.some((p) => lex.surnames.has(p) || lex.firstNames.has(p) || lex.institutions.phrases.has(p.toLowerCase()) || (p !== "De" && p !== "Het" && isNegative(lex, p.toLowerCase())))) return -1;
  const last = rest[rest.length - 1];
  if (last === "De" || last === "Het") {
    const nx = tokens[i + 1];
    return nx && nx.cap && nx.word && text.slice(t.e, nx.s) === " " ? i + 1 : -1;
  }
  return last.length >= 4 ? i : -1;
}

// Lower-case place names that are also ordinary words ("in leiden van", "naar kampen").
const LOWER_PLACE_WORDS = new Set(("leiden kampen delft weert hoorn losser haren laren doorn putten bergen monster enter made stein sluis ens erp leek zetten dieren helden best goes born echt heel veen vries balk beek loon epe buren urk " +
  "houten huizen voorst assen lochem venray stad son mill well spier herten meteren rekken tuil grave lent nes bant horst kessel nuth elst dalen zuidoost lopik baarle aalst halfweg blokker goor heesch ingen deil saba sofia mali togo amerika laak lombok ondiep dieze zuilen hasselt " +
  // foreign towns that are Dutch words ("meerdere keren", "een lens")
  "keren lens spa wezel kleef bree " +
  // word-like villages ("om niet te hoeven", "iets waarder")
  "hoeven waarder vlist riel esch").split(" "));

// Ambiguous villages that are no Dutch word at all count after in/uit/naar too ("die mw uit deil", "naar tuil").
// (Also "goes" and "monster", the Zeeland and Westland towns: no Dutch word after "uit/in/naar" without an
// article, "fam. tekle uit goes", "ja in monster!"; a multi-word place that opens with such a word, "in bergen op zoom",
// counts anyway: see placeRules.)
// (Also villages whose name is no Dutch word, only a capital-less ambiguity: "noodbedden in nes", "bij de fabriek in born",
// "de zorgboerderij in epe".)
const LOWER_PLACE_AFTER_PREP = new Set(["assen", "lochem", "venray", "ingen", "deil", "tuil", "heesch", "nuth", "goes", "monster", "urk", "grave", "hasselt", "made", "nes", "born", "epe"]);
// Word-like places whose word reading hardly ends a clause after in/uit/naar: "huisbezoek in laak?", "een dochter in
// delft, ingrid", "bij slagerij de jong in mill, de kok", "soep bij de inloop in doorn." (not places that are plural nouns
// or adjectives there: "interesse in dieren.", "wandelen in bergen,", "geloof in helden.", "opgegroeid in kampen").
const CLAUSE_END_PLACES = new Set(["delft", "doorn", "laak", "mill", "leiden", "weert", "hoorn", "losser", "haren", "laren", "sluis", "elst", "lopik", "baarle", "aalst", "halfweg", "horst", "kessel", "zuilen", "ondiep", "lombok", "dieze"]);
// Chat style: a word-like place after "in" where a workplace or shop ("bij de action in helden toch?") or a day or time
// ("pakket ophalen in horst op woensdag") frames it as the town of an errand or a job.
const ERRAND_TIME_AFTER = /^[ \t]+(?:op|om|vanaf|tot)[ \t]+(?:\d|(?:ma|di|wo|do|vr|za|zo)(?![\p{L}])|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)/u;
function errandFramePlace(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx;
  if (LIVE_FRAME_NOT.has(tokens[i].low)) return false;
  // (not a plural noun before the time: "interesse in dieren op zaterdag")
  if (!tokens[i].low.endsWith("en") && ERRAND_TIME_AFTER.test(text.slice(tokens[i].e, tokens[i].e + 16))) return true;
  // "bij (de) X in Y": a one-word workplace or shop between "bij" and "in"
  const b = tokens[i - 3]?.low === "bij" ? i - 3 : tokens[i - 4]?.low === "bij" && /^(?:de|het|een)$/.test(tokens[i - 3].low) ? i - 4 : -1;
  return b >= 0 && tokens[i - 2].word && !newlineBetween(text, tokens[b].s, tokens[i].e) && clauseOrParticleAfter(ctx, i);
}
// "de bus naar huizen duurt lang", "met de trein naar goor": a word-like place after a vehicle + "naar" is where it goes.
const VEHICLE_BEFORE_NAAR = new Set(["bus", "buslijn", "trein", "tram", "metro", "pont", "veerboot", "boot", "taxi", "belbus", "regiotaxi"]);
function vehicleFramePlace(ctx: Ctx, i: number): boolean {
  const { tokens } = ctx;
  return tokens[i - 1]?.low === "naar" && VEHICLE_BEFORE_NAAR.has(tokens[i - 2]?.low ?? "") && !LIVE_FRAME_NOT.has(tokens[i].low) && !tokens[i].low.endsWith("s");
}
// "het sociaal team in buren", "dhr. jansma uit buren": a word-like place after in/uit right after a team word or a
// titled name names the team's area or the person's town.
function teamOrTitledFramePlace(ctx: Ctx, i: number): boolean {
  const { tokens, text } = ctx;
  const w = tokens[i - 2];
  if (!w?.word || LIVE_FRAME_NOT.has(tokens[i].low) || newlineBetween(text, w.s, tokens[i].e)) return false;
  if (/\p{Ll}team$|^team$/u.test(w.low)) return true;
  const k = tokens[i - 3]?.t === "." ? i - 4 : i - 3;
  return !!tokens[k] && SHORT_TITLES.has(tokens[k].low) && !newlineBetween(text, tokens[k].s, w.e);
}
// The clause ends after token i, also behind a chat particle ("in helden toch?", "in helden he").
function clauseOrParticleAfter(ctx: Ctx, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return clauseEndsAfter(ctx, i) || (!!next && /^(?:toch|he|hè|hé|of|ofzo|nu|dus|geloof|denk)$/.test(next.low) && !newlineBetween(ctx.text, ctx.tokens[i].e, next.s));
}
function clauseEndsAfter(ctx: Ctx, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!next || newlineBetween(ctx.text, ctx.tokens[i].e, next.s)) return true;
  return next.s === ctx.tokens[i].e && /^[,.?!;:)]$/.test(next.t);
}
// A place that is also an adjective ("houten": wooden) counts after in/uit/naar only when no noun follows it: "huis in houten
// is ontruimd", "woont in houten." (not "in houten kisten", "in houten en stenen huizen").
// (Also "goor", grimy: "de bakker uit goor nog?", "werkt in goor." — not "in goor water".)
const LOWER_ADJECTIVE_PLACES = new Set(["houten", "goor"]);
const AFTER_ADJECTIVE_PLACE = /^(?:zoekt|zoeken|zocht|is|was|zijn|waren|wordt|werd|heeft|had|hebben|woont|woonde|wonen|gewoond|gewerkt|werkt|gehad|gebleven|geweest|ontruimd|gekomen|terecht|bij|sinds|tot|toen|voor|met|nu|nog|al|ook|gaan|gaat|zit|zat|maar|want|dus|of)$/;
// A lower-case place that is also a word counts after a verb of living or moving + in/uit/naar/te, with at
// most two adverbs between ("dochter woont in leiden", "woont nu in kampen", "verhuisd naar delft"; not the adverbs and
// adjectives among those places: "woont in heel andere omstandigheden", "woont in best een mooi huis").
const LIVE_MOVE_VERBS = new Set(["woont", "woonde", "wonen", "woonden", "wonend", "woonachtig", "verhuisd", "verhuist", "verhuisde", "verhuizen", "verhuizing", "geboren", "opgegroeid", "getogen", "vertrokken", "teruggekeerd", "gevlucht"]);
const LIVE_FRAME_ADVERBS = new Set(["nu", "nog", "al", "ook", "helemaal", "inmiddels", "tegenwoordig", "sindsdien", "toen", "zelf", "alleen", "samen", "daarna", "straks", "binnenkort"]);
const LIVE_FRAME_NOT = new Set(["heel", "best", "echt", "stad", "keren", "lens", "made", "enter", "born", "veen", "vries", "zetten", "spa", "bree"]);
function liveFramePlace(tokens: Token[], i: number): boolean {
  if (LIVE_FRAME_NOT.has(tokens[i].low)) return false;
  for (let j = i - 2, hops = 0; j >= 0 && hops <= 2; j--, hops++) {
    const w = tokens[j];
    if (!w.word) return false;
    if (LIVE_MOVE_VERBS.has(w.low)) return true;
    if (!LIVE_FRAME_ADVERBS.has(w.low)) return false;
  }
  return false;
}
// Continents identify no one: "haar enige familie in Europa" is no place span.
const CONTINENT_NAMES = new Set("europa azië azie afrika amerika noord-amerika zuid-amerika latijns-amerika oceanië australazië antarctica midden-oosten".split(" "));
// A district named by its direction alone: "verkeerde vrienden in Oost", "woont in Zuidoost", "naar Nieuw-West".
const DIRECTION_DISTRICT = /^(?:Noord|Oost|Zuid|West|Zuidoost|Zuidwest|Noordoost|Noordwest|Nieuw-West)$/;
// (the same districts in chat style: "in noord", "naar nieuw-west")
const DIRECTION_DISTRICT_LOWER = new RegExp(DIRECTION_DISTRICT.source.toLowerCase());
// Live verbs whose "op X" names an island or village: "geboren op Santo Antão", "woont op Ameland".
const LIVE_ON_VERBS = new Set(["geboren", "woont", "woonde", "wonen", "opgegroeid", "getogen", "verhuisd", "verhuisde", "woonachtig"]);
// Words after "'t" that are nouns in lower case ("in 't zand spelen", "in 't veld"): places only when the clause ends there.
const LOWER_APOSTROPHE_WORDS = new Set(["zand", "veld", "loo", "goy"]);
const LOWER_PREFIXED_PLACE = /^(?:groot|klein|nieuw|oud|sint)-\p{Ll}{4,}$/u;
// (also the Echt-Susteren village "mw. kowalczyk in pey?")
const SHORT_LOWER_PLACES = new Set(["oss", "ede", "urk", "nes", "epe", "pey", "yde"]);
// Place-name endings of neighbourhoods ("Kersenboogerd", "Molenwaard", "Bloemenhof") and words for a home before "in de X".
const DISTRICT_END = /\p{Ll}{3,}(?:hoek|hof|horst|veld|kamp|waard|gerd|erd|weide|donk|dijk|meer|hout|berg|broek|heuvel|akker|landen|venne|vliet|beemd|beemden|hage|stede|rijk|oord|laar|lanen)$/u;
const HOME_NOUNS = new Set(["flat", "portiekflat", "woning", "huurwoning", "appartement", "studio", "huurt", "huurde", "eengezinswoning", "seniorenwoning", "galerijflat", "bovenwoning", "benedenwoning", "huis", "rijtjeshuis"]);

// An age ("(52)", ", 24 jr") or a family name ("fam. El Amrani") right before a comma, and the end of a clause after the
// next name (see placeRules).
const RESIDENCE_AFTER = /(?:\p{L}[ \t]*\(\d{1,3}\)|\p{L},[ \t]*\d{1,3}[ \t]*(?:jr|jaar)\.?|(?<![\p{L}])(?:[Ff]am\.?|[Ff]amilie|[Gg]ezin)[ \t]+(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+|\p{Lu}[\p{L}'’-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]+)$/u;
// A municipal department's team before a place: "team Werk & Inkomen ", "Team Sociaal Domein ".
const DEPARTMENT_TEAM_BEFORE = /(?<![\p{L}])[Tt]eam[ \t]+(?:Werk[ \t]+(?:&|en)[ \t]+Inkomen|Sociaal[ \t]+Domein|Zorg[ \t]+(?:&|en)[ \t]+Welzijn|Sociale[ \t]+Zaken|Werk[ \t]+(?:&|en)[ \t]+Participatie|Inkomen|Participatie|Schuldhulpverlening|Wmo|Jeugd)[ \t]+$/u;
const RESIDENCE_CLOSE = /^(?:[ \t]*(?:[.:;|)]|[–—-][ \t])|[ \t]*(?:\n|$))/;

// The rest of a letter's place-and-date line after the place: ", 2 mei 2024", ", 12-08-2024", ", dinsdag 3 maart"; also a
// German one: "Leer, den 7. Mai 2025", "Haren, den 28.02.2025", "Kleve, am 03.04.2025".
const PLACE_DATE_AFTER = new RegExp(String.raw`^(?:,[ \t]*(?:(?:den|am)[ \t]+)?|[ \t]+(?=\d))(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[ \t]+)?(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|\d{1,2}\.?[ \t]+(?:${MONTH_NAMES_NL}|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?:[ \t]+(?:19|20)\d{2})?)[ \t]*(?:\n|$)`, "u");
// Regions whose name is also a firm in the lexicons (the temp agency Randstad).
const REGION_FIRMS = new Set(["randstad"]);

// Whether a known place of two to four words ends at token `e` ("Wijk bij Duurstede", "Alphen aan den Rijn").
function placePhraseEndsAt(ctx: Ctx, e: number): boolean {
  // (not a place inside a firm's name: "Kreissparkasse Grafschaft Bentheim (Dispokredit)")
  for (let k = e - 1; k >= 0 && k >= e - 4; k--) if (ctx.tokens[k].cap && matchPhrase(ctx, k, ctx.lex.places) === e) return !(ctx.tokens[k - 1]?.cap && !newlineBetween(ctx.text, ctx.tokens[k - 1].e, ctx.tokens[k].s));
  return false;
}

// Words naming a school or hospital whose branch town may follow after a dash: "Dendron College – Horst".
const BRANCH_HEAD_END = /(?:college|lyceum|school|gymnasium|scholengemeenschap|academie|ziekenhuis|kliniek)$/;
// An ambiguous place (Epe, Horst, Doorn) in a frame that names a branch, team or working area: after a branch word
// ("Revius Lyceum | locatie Doorn", "Zonnebloem afd. Thorn"), after a team compound or plural role ("FACT-team Epe",
// "jeugdconsulenten Epe"), before "e.o."
// ("Schuldhulpmaatje Epe e.o."), before a comma or "en" and a known unambiguous place ("werkgebied Epe, Heerde en
// Hattem"), or closing a line after a school + dash ("Dendron College – Horst").
function branchPlaceFrame(ctx: Ctx, i: number, end: number): boolean {
  const { tokens, text, lex } = ctx;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t.cap || !prev || text.slice(prev.e, t.s) !== " ") return false;
  // (the branch word names an organisation's branch, not "De locatie Best is gesloten")
  const branchWord = (/^(?:locatie|vestiging|afdeling)$/.test(prev.t) && !/^(?:de|het|die|deze|dit|een|onze|uw|hun|zijn|haar)$/.test(tokens[i - 2]?.low ?? "")) ||
    (prev.t === "." && tokens[i - 2]?.t === "afd" && tokens[i - 2].e === prev.s);
  // (also a plural role, a municipality's team of them: "Intervisie jeugdconsulenten Epe")
  const teamWord = prev.word && ((prev.low.length > 5 && /\p{L}-?teams?$/u.test(prev.low)) || (!prev.cap && /\p{Ll}(?:en|s)$/u.test(prev.low) && ROLE_WORD_END.test(prev.low)));
  const after = text.slice(tokens[end].e, tokens[end].e + 6);
  const aroundIt = /^[ \t]+e\.o\.(?![\p{L}])/u.test(after);
  const nx = tokens[end + 1];
  const listNext = nx && (nx.t === "," || nx.low === "en") ? tokens[end + 2] : undefined;
  const listPlace = !!listNext && listNext.cap && !newlineBetween(text, tokens[end].e, listNext.s) && matchPhrase(ctx, end + 2, lex.places) >= end + 2 &&
    !lex.ambiguousPlaces.has(phraseKey(text.slice(listNext.s, tokens[matchPhrase(ctx, end + 2, lex.places)].e)));
  const schoolDash = (prev.t === "–" || prev.t === "-") && !!tokens[i - 2]?.cap && BRANCH_HEAD_END.test(tokens[i - 2].low) && (!nx || newlineBetween(text, tokens[end].e, nx.s));
  return branchWord || teamWord || aroundIt || listPlace || schoolDash;
}

// Supermarket chains whose franchise stores carry the owner's family name.
const FRANCHISE_CHAINS = new Set(["plus", "jumbo", "spar", "coop", "poiesz", "hoogvliet", "dekamarkt", "vomar", "boni", "deen", "emté", "attent"]);
// "Plus Van den Bosch", "Jumbo De Vries", "Coop Ter Horst": a chain + a capitalised particle + surname is one store (the
// owner's name is no person here); returns the new end (exclusive token index) or `e` unchanged.
function franchiseOwnerEnd(ctx: Ctx, start: number, end: number, e: number): number {
  const { tokens, text } = ctx;
  if (end !== start || e !== end + 1 || !FRANCHISE_CHAINS.has(tokens[start].low)) return e;
  let k = e;
  if (!/^(?:Van|De|Ter|Ten|Te)$/.test(tokens[k]?.t ?? "") || text.slice(tokens[k - 1].e, tokens[k].s) !== " ") return e;
  k++;
  while (k < e + 3 && /^(?:de|der|den|het)$/.test(tokens[k]?.t ?? "") && text.slice(tokens[k - 1].e, tokens[k].s) === " ") k++;
  const w = tokens[k];
  return w && w.cap && w.word && text.slice(tokens[k - 1].e, w.s) === " " ? k + 1 : e;
}

// A number or quantifier before a lower-case word that is a place and a plural of people: "met 5 andere polen", "veel polen".
const PLURAL_COUNT_BEFORE = /^(?:\d+|andere|veel|vele|twee|drie|vier|vijf|zes|zeven|acht|tien|meer|enkele|sommige|alle|paar|wat)$/;
// "ene" (a certain) + a lower-case surname in chat style: "ene de haan", "ene van der meer", "ene jansen" (not "aan de ene
// kant", "de ene na de andere").
const ENE_SURNAME_RE = /(?<![\p{L}])[Ee]ne[ \t]+((?:(?:van|de|der|den|ter|ten|te)[ \t]+){1,3}(\p{Ll}{3,})|(\p{Ll}{4,}))(?![\p{L}-])/gu;
function eneLowerSurnames(ctx: Ctx) {
  const { text, lex } = ctx;
  for (const m of allMatches(ENE_SURNAME_RE, text)) {
    if (/(?:^|[^\p{L}])(?:de|het|die|dat|deze|aan|ter|van|op|in)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const word = m[2] ?? m[3];
    const cap = capitalised(word);
    if (isNegative(lex, word) || SHORT_FUNCTION_WORDS.has(word)) continue;
    // ("Wil ene van joe es langs kommen?": a pronoun, also a dialect one, is "one of you")
    if (/^(?:joe|jow|jou|jullie|julle|jim|jimme|ulder|ullie|hullie|zullie|hunnie|hun|ons|onze|mie|oe)$/.test(word)) continue;
    // (a bare word must be a lexicon surname that is no word; after a particle a noun-shaped surname counts, no plural)
    if (m[3] ? !(lex.surnames.has(cap) && !lex.ambiguousSurnames.has(cap) && !lex.common.has(word)) : /(?:en|s)$/.test(word) && !lex.surnames.has(cap)) continue;
    const s = m.index + m[0].length - m[1].length;
    ctx.out.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.personContext });
  }
}

function placeRules(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  let lastPlaceEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const prevLow = prev?.low ?? "";
    // A district in brackets after a known place: "Gouda (Korte Akkeren)", "Hengelo (Hasseler Es)" — one to three
    // capitalised words filling the bracket, none a known name or organisation.
    // (also after a place of several words: "Wijk bij Duurstede (Zuiderwaard)", "Bergen op Zoom (Gageldonk)")
    const afterLongPlace = !!tokens[i - 2] && !lex.places.phrases.has(tokens[i - 2].key) && placePhraseEndsAt(ctx, i - 2);
    if (t.cap && prev?.t === "(" && tokens[i - 2] && (lex.places.phrases.has(tokens[i - 2].key) || afterLongPlace) && !lex.firstNames.has(tokens[i - 2].t) && !t.sentStart) {
      let j = i;
      while (j < tokens.length && j - i < 3 && tokens[j].cap && tokens[j].t.length >= 2 && /\p{Ll}/u.test(tokens[j].t) && !newlineBetween(text, tokens[j - 1].e, tokens[j].s)) j++;
      const run = tokens.slice(i, j);
      // (no street: "Gouda (Kleiweg)", a street without a number is no span; after a place of several words no common
      // word either: "Wijk bij Duurstede (Dorp)")
      if (run.some((x) => (afterLongPlace && lex.common.has(x.low)) || /(?:straat|laan|weg|plein|dijk|kade|gracht|singel)$/.test(x.low))) {
        // not a district
      } else if (tokens[j]?.t === ")" && run.every((x) => !lex.firstNames.has(x.t) && !lex.surnames.has(x.t) && !isNegative(lex, x.key) && !lex.institutions.phrases.has(x.key) && !lex.institutionHeads.phrases.has(x.low)) && !lex.institutions.phrases.has(phraseKey(text.slice(t.s, tokens[j - 1].e)))) {
        ctx.out.push({ s: t.s, e: tokens[j - 1].e, label: "plaats", prio: PRIO.placeContext + 3 });
        continue;
      }
    }
    // "naar de Randstad", "in de Randstad": a region whose name is also a firm is the region after a place preposition
    // and "de" ("bij Randstad", "via de Randstad" stay the temp agency).
    if (t.cap && REGION_FIRMS.has(t.low) && prevLow === "de" && ["in", "naar", "uit", "vanuit", "buiten", "binnen", "rond", "heel"].includes(tokens[i - 2]?.low ?? "")) {
      ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.institutionHead + 8 });
      lastPlaceEnd = i;
      continue;
    }
    // A route between two places: "geen bus meer van Buren naar Nes": a capitalised lexicon place after a lower-case "van" and
    // before "naar" + another lexicon place is that place, also where it is a surname or a word (not after a title or a
    // capitalised name: "dhr. van Buren naar Nes", "Piet van Buren naar Nes").
    if (t.cap && prev?.t === "van" && !(tokens[i - 2]?.cap || TITLES.has(tokens[i - 2]?.low ?? ""))) {
      const end = matchPhrase(ctx, i, lex.places);
      const to = end >= i && tokens[end + 1]?.low === "naar" && tokens[end + 2]?.cap ? matchPhrase(ctx, end + 2, lex.places) : -1;
      if (to >= end + 2 && !isNegative(lex, phraseKey(text.slice(t.s, tokens[end].e)))) {
        ctx.out.push({ s: t.s, e: tokens[end].e, label: "plaats", prio: PRIO.placeLexicon + 6 });
        lastPlaceEnd = end;
        i = end;
        continue;
      }
    }
    // Chat style: "verhuisd van den haag naar …", "van zwolle naar deventer": a known, unambiguous place in lower case after
    // "van" in a move (a move verb before it or "naar" after it); not a common word ("van huis naar huis").
    if (t.word && /^\p{Ll}/u.test(t.t) && prevLow === "van" && !lex.common.has(t.low) && !LOWER_PLACE_WORDS.has(t.low)) {
      const end = matchPhrase(ctx, i, lex.places);
      const key = end >= i ? phraseKey(text.slice(t.s, tokens[end].e)) : "";
      const move = /^(?:verhuisd|verhuist|verhuizen|verhuizing|verhuisde|verhuisden|gevlucht|vluchtte|vertrokken|vertrok|weggegaan|teruggekeerd)$/.test(tokens[i - 2]?.low ?? "") || tokens[end + 1]?.low === "naar";
      if (end >= i && move && !lex.ambiguousPlaces.has(key) && !isNegative(lex, key) && !lex.institutions.phrases.has(key) && (end > i || t.low.length >= 4)) {
        ctx.out.push({ s: t.s, e: tokens[end].e, label: "plaats", prio: PRIO.placeContext });
        lastPlaceEnd = end;
        i = end;
        continue;
      }
    }
    // Chat style: "woont in deventer", "komt uit zwolle" (a known, unambiguous place after a preposition).
    // Also a multi-word place ("in den helder", "naar de bilt") and a place + direction ("uit kerkrade-west").
    // Places that are words only in the plural ("assen") count after in/uit/naar ("de training in assen").
    // (Also "in 's-gravenzande", "naar 's-hertogenbosch" in lower case.)
    // A city district by its direction in chat style: "in noord 42 bedden", "kan hij naar noord?", "en in
    // zuidoost?" (not before a place or region: "in oost europa", "naar noord holland").
    if (t.word && DIRECTION_DISTRICT_LOWER.test(t.t) && ["in", "uit", "naar", "vanuit"].includes(prevLow) && !(tokens[i + 1]?.word && !newlineBetween(text, t.e, tokens[i + 1].s) && (tokens[i + 1].cap || lex.places.phrases.has(tokens[i + 1].key) || CONTINENT_NAMES.has(tokens[i + 1].low) || /^(?:holland|brabant|nederland|europa|afrika|amerika|limburg|friesland|groningen|duitsland)$/.test(tokens[i + 1].low)))) {
      ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.placeContext - 5 });
      continue;
    }
    // A hamlet or quarter named "-buurt" in lower case after in/uit/naar: "het bedrijf van zijn opa in vinkenbuurt" (not a kind
    // of neighbourhood: "in een volksbuurt", "opgegroeid in achterbuurt").
    if (t.word && /^\p{Ll}{3,}buurt$/u.test(t.t) && ["in", "uit", "naar", "vanuit"].includes(prevLow) && !lex.common.has(t.low) && !KIND_OF_BUURT.test(t.low)) {
      ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.placeContext - 5 });
      continue;
    }
    // A village whose name opens with "groot-", "klein-", "nieuw-", "oud-" or "sint-", in lower case after in/uit/naar though the
    // lexicon lacks it: "komt uit groot-zwaluwe", "in klein-ulsda" (not an adjective or a former role: "in oud-hollandse stijl",
    // "uit nieuw-zeelandse wol", "van een oud-collega").
    if (t.word && (prevLow === "uit" || prevLow === "in" || prevLow === "naar" || prevLow === "vanuit") && t.t.includes("-") && LOWER_PREFIXED_PLACE.test(t.t) && !ADJECTIVE_END.test(t.low) && !/(?:se|sche?|ands|aans|ees)$/.test(t.low) &&
      !lex.common.has(t.low) && !lex.negatives.phrases.has(t.key)) {
      ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.placeContext - 5 });
      lastPlaceEnd = i;
      continue;
    }
    // "haar in te roosteren", "op te halen": a separable particle + "te" + a word in -en is an infinitive, no place.
    if (prevLow === "te" && /en$/.test(t.low) && SEPARABLE_PARTICLES.has(tokens[i - 2]?.low ?? "") && spaceJoined(text, tokens[i - 2], tokens[i - 1])) continue;
    const adjectivePlace = LOWER_ADJECTIVE_PLACES.has(t.low) && prevLow !== "te" && (!tokens[i + 1] || newlineBetween(text, t.e, tokens[i + 1].s) || (!tokens[i + 1].word && tokens[i + 1].t !== "-") || AFTER_ADJECTIVE_PLACE.test(tokens[i + 1].low));
    const clauseEndPlace = CLAUSE_END_PLACES.has(t.low) && prevLow !== "te" && clauseEndsAfter(ctx, i);
    const errandPlace = (prevLow === "in" && errandFramePlace(ctx, i)) || ((prevLow === "in" || prevLow === "uit") && teamOrTitledFramePlace(ctx, i)) || vehicleFramePlace(ctx, i);
    if (t.word && /^(?:['’]s-)?\p{Ll}/u.test(t.t) && ["in", "uit", "naar", "vanuit", "te"].includes(prevLow) && (!LOWER_PLACE_WORDS.has(t.low) || liveFramePlace(tokens, i) || clauseEndPlace || errandPlace || (LOWER_PLACE_AFTER_PREP.has(t.low) && prevLow !== "te" && !/^\d/.test(tokens[i + 1]?.t ?? "")) || adjectivePlace || matchPhrase(ctx, i, lex.places) > i)) {
      const end = matchPhrase(ctx, i, lex.places);
      // Three-letter places only when they are no word or abbreviation ("uit oss", "in ede"; not "son", "ens", "erp").
      if (t.low.length < 4 && end <= i && !(end === i && SHORT_LOWER_PLACES.has(t.low))) continue;
      if (end < i && /^\p{Ll}{3,}-\p{Ll}+$/u.test(t.t) && placeWithDirection(lex, t) && !LOWER_PLACE_WORDS.has(t.low.split("-")[0])) {
        ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.placeContext });
        lastPlaceEnd = i;
        continue;
      }
      if (end >= i) {
        const key = phraseKey(text.slice(t.s, tokens[end].e));
        // Ambiguous places are fine here unless they are ordinary words (the list above): "uit grou", not "in best".
        // (An article + a word, "in de wijk", "de moer", is no place in lower case.)
        if (/^(?:de|het|den)[ \t]/.test(key) && lex.ambiguousPlaces.has(key)) continue;
        if ((!LOWER_PLACE_WORDS.has(key) || LOWER_PLACE_AFTER_PREP.has(key) || (end === i && (liveFramePlace(tokens, i) || adjectivePlace || clauseEndPlace || errandPlace))) && !lex.negatives.phrases.has(key) && (!lex.common.has(key) || (end === i && (liveFramePlace(tokens, i) || clauseEndPlace || errandPlace)))) {
          ctx.out.push({ s: t.s, e: tokens[end].e, label: "plaats", prio: PRIO.placeContext });
          lastPlaceEnd = end;
        }
      }
      continue;
    }
    // "in 't Zand", "naar 't Harde": a place that opens with a lower-case "'t" (after a place
    // preposition or a postcode, or as a known multi-word place in brackets or after a comma).
    // (Also where a place stands alone: a table cell, a list after a comma or slash, a bracket, a field value, a line of
    // its own, after a dash in a heading: "| 't Harde |", "Houten, 't Goy en Schalkwijk", "Logboek Hylkema – 't Harde"; not
    // after "van" or a capitalised name: "Van 't Veld",
    // "Café 't Zand".)
    const apostropheAlone = !prev || newlineBetween(text, prev.e, t.s) || ["|", ",", "(", "/", ":", ";", "en", "of", "–", "—"].includes(prevLow) || (prevLow === "-" && /[ \t]-[ \t]+$/.test(text.slice(Math.max(0, t.s - 4), t.s)));
    // (In chat style in lower case after in/uit/naar/te: "vluchtelingenwerk in 't harde?", "woont in 't goy"; not a word
    // after "'t" that is a common noun there, "in 't zand", "in 't veld", unless the clause ends after it.)
    const lowerApostrophe = (t.low === "'t" || t.low === "’t") && ["in", "uit", "naar", "vanuit", "te"].includes(prevLow) && !!tokens[i + 1]?.word && /^\p{Ll}/u.test(tokens[i + 1].t) && tokens[i + 1].s === t.e + 1;
    if ((t.low === "'t" || t.low === "’t") && (tokens[i + 1]?.cap || lowerApostrophe) && (PLACE_PREPS.has(prevLow) || apostropheAlone || (!!prev && /^[A-Z]{2}$/.test(prev.t) && /^\d{4}$/.test(tokens[i - 2]?.t ?? "")))) {
      const end = matchPhrase(ctx, i, lex.places);
      if (lowerApostrophe && end === i + 1 && (lex.common.has(tokens[end].low) || LOWER_APOSTROPHE_WORDS.has(tokens[end].low)) && !clauseEndsAfter(ctx, end)) continue;
      if (end > i && !lex.negatives.phrases.has(phraseKey(text.slice(t.s, tokens[end].e)))) {
        ctx.out.push({ s: t.s, e: tokens[end].e, label: "plaats", prio: PRIO.placeLexicon + (end - i) });
        lastPlaceEnd = end;
        i = end;
        continue;
      }
    }
    // "'s Gravenmoer", "in 's Hertogenbosch": a place whose name opens with "'s" written with a space instead of the
    // hyphen ("'s-Gravenmoer"); the apostrophe, "s" and the name are three tokens, so the phrase is looked up here.
    if ((t.t === "'" || t.t === "’") && tokens[i + 1]?.t === "s" && tokens[i + 1].s === t.e && tokens[i + 2]?.cap && text.slice(tokens[i + 1].e, tokens[i + 2].s) === " ") {
      let found = -1;
      for (let k = i + 2; k < Math.min(tokens.length, i + 5); k++) {
        if (k > i + 2 && text.slice(tokens[k - 1].e, tokens[k].s) !== " ") break;
        if (lex.places.phrases.has(`'s ${phraseKey(text.slice(tokens[i + 2].s, tokens[k].e))}`)) found = k;
      }
      if (found > 0) {
        ctx.out.push({ s: t.s, e: tokens[found].e, label: "plaats", prio: PRIO.placeLexicon + (found - i) });
        lastPlaceEnd = found;
        i = found;
        continue;
      }
    }
    if (!t.word || !(t.cap || t.upper)) continue;
    // "in Zwolle of Wezep", "Easterein en Wommels", "in de buurt van Wezep": an unknown word next to a place.
    // (Not a word with a place of its own after it, a firm in a town: "Kratex in Tilburg en Distrivo in Waalwijk".)
    const ownPlace = /^(?:in|te)$/.test(tokens[i + 1]?.low ?? "") && !!tokens[i + 2] && matchPhrase(ctx, i + 2, lex.places) >= i + 2;
    const coordinated = (prevLow === "of" || prevLow === "en") && lastPlaceEnd === i - 2 && !ownPlace;
    // (also "vlak bij Roomburg", "dichtbij Merenwijk": a nearness word + "bij")
    const nearby = (prevLow === "van" && ["buurt", "omgeving", "nabijheid", "regio", "rand", "buitenkant", "centrum"].includes(tokens[i - 2]?.low ?? "")) ||
      prevLow === "vlakbij" || prevLow === "dichtbij" || nearBijBefore(tokens, i);
    if ((coordinated || nearby) && !t.sentStart && isNameWord(ctx, t) && !t.upper && !lex.firstNames.has(t.t) && !lex.surnames.has(t.t) && !lex.institutions.phrases.has(t.key) && matchPhrase(ctx, i, lex.places) < i) {
      ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.placeContext - 5 });
      lastPlaceEnd = i;
      continue;
    }
    // "Hendrik Wubs (52), Nieuw-Dordrecht –", "Anouk Sprenger, 24 jr, Kortland.", "Fam. El Amrani, Echten:", "fam. Meijering,
    // De Wijk –": in a list item or heading, the name after an age or a family name + comma that closes the clause is where
    // they live.
    // (Also after a dash in a heading: "Casus fam. Ramcharan – Goor".)
    const residenceDash = (prev?.t === "–" || prev?.t === "-") && text.slice(prev.e, t.s) === " " && /\p{L} $/u.test(text.slice(Math.max(0, prev.s - 2), prev.s));
    if ((prev?.t === "," || residenceDash) && !t.sentStart && RESIDENCE_AFTER.test(text.slice(Math.max(0, prev.s - 60), residenceDash ? prev.s - 1 : prev.s)) && text.slice(prev.e, t.s) === " ") {
      let j = /^(?:De|Het)$/.test(t.t) ? i + 1 : i;
      if (j > i && !(tokens[j]?.cap && spaceJoined(text, t, tokens[j]))) j = -1;
      const w = j >= 0 ? tokens[j] : undefined;
      if (w && w.word && isNameWord(ctx, w) && !w.upper && !ctx.negative[j] && !lex.firstNames.has(w.t) && !lex.institutions.phrases.has(w.key) && !lex.institutionHeads.phrases.has(w.low) && !RELATIONS.has(w.low) && RESIDENCE_CLOSE.test(text.slice(w.e, w.e + 3))) {
        // (above a person guess: "De Wijk" also reads as particle + surname)
        ctx.out.push({ s: t.s, e: w.e, label: "plaats", prio: PRIO.personContext + 1 });
        lastPlaceEnd = j;
        i = j;
        continue;
      }
    }
    // "Wonen in Notter, vlak bij Zuna": "bij" after "vlak/dicht" (written apart) is a place preposition too.
    // "Zernike College, locatie Haren", "Rijnstate, vestiging Zevenaar": a branch word after the comma that closes an
    // organisation's name names the branch's town.
    const afterPrep = PLACE_PREPS.has(prevLow) || (prevLow === "de" && PLACE_PREPS.has(tokens[i - 2]?.low ?? "")) ||
      (prevLow === "bij" && /^(?:vlak|dicht)$/.test(tokens[i - 2]?.low ?? "")) ||
      (!!prev && /^(?:locatie|vestiging)$/.test(prev.t) && tokens[i - 2]?.t === "," && text.slice(prev.e, t.s) === " ");
    // (also a German five-digit postcode in an address line, after a street, a number and a comma: "Großer Markt 7, 47559
    // Kranenburg")
    const afterPostcode = !!prev && ((/^\d{4}$/.test(tokens[i - 2]?.t ?? "") && /^[A-Z]{2}$/.test(prev.t)) ||
      (/^\d{5}$/.test(prev.t) && /\p{L}[ \t]+\d{1,4}[a-zA-Z]?,[ \t]*$/u.test(text.slice(Math.max(0, prev.s - 40), prev.s))));
    const estateBefore = ESTATE_HEADS.has(prevLow) && !prev.cap && text.slice(prev.e, t.s) === " " && !STREET_SHAPE.test(t.t) && !/^[ \t]*\d/.test(text.slice(t.e, t.e + 3));
    const end = matchPhrase(ctx, i, lex.places);
    // Any capitalised name right after a postcode on the same line is the place, also one the lexicon does
    // not know and one with an article ("5425 AB De Mortel", "9201 KA Drachten").
    if (afterPostcode && end < i && t.cap && !t.upper && text.slice(prev.e, t.s) === " " && (/^(?:De|Den|Het|Sint|St)$/.test(t.t) || (!ctx.negative[i] && !isNegative(lex, t.key)))) {
      let j = i + 1;
      while (j < tokens.length && j - i < 3 && tokens[j].cap && !tokens[j].upper && text.slice(tokens[j - 1].e, tokens[j].s) === " " && (/^(?:De|Den|Het|'t|Sint|St)$/.test(tokens[j - 1].t) || tokens[j - 1].t.endsWith("-"))) j++;
      if (!/^(?:De|Den|Het)$/.test(tokens[j - 1].t)) {
        ctx.out.push({ s: t.s, e: tokens[j - 1].e, label: "plaats", prio: PRIO.placeContext + 3 });
        lastPlaceEnd = j - 1;
        i = j - 1;
        continue;
      }
    }
    if (end >= i) {
      const key = phraseKey(text.slice(t.s, tokens[end].e));
      if (lex.negatives.phrases.has(key)) continue;
      // (the country closing a law's or scheme's name is no place: "conform de Wet opvang ontheemden Oekraïne", "de Regeling
      // opvang ontheemden Oekraïne")
      if (/(?:^|[^\p{L}])(?:wet|regeling)[ \t]+opvang[ \t]+ontheemden[ \t]+$/iu.test(text.slice(Math.max(0, t.s - 30), t.s))) continue;
      // (also a capitalised municipal team: "Sociaal Team Balk", "Wijkteam Elst")
      const teamBefore = DISTRICT_TEAMS.has(prevLow) || (prevLow === "team" && (!prev.cap || /^(?:sociaal|wijk|buurt|gebieds)$/.test(tokens[i - 2]?.low ?? "")));
      // "in Best en Son": an ambiguous place coordinated with a place found right before it counts too.
      // (also "woont in Velp bij Grave": a place near another one)
      const afterPlace = (coordinated && text.slice(prev.e, t.s) === " " && !isNegative(lex, t.low)) || (prev?.t === "/" && lastPlaceEnd === i - 2) ||
        (t.cap && prevLow === "bij" && lastPlaceEnd === i - 2 && text.slice(prev.e, t.s) === " ");
      // "bij Proteion (Horn)": an ambiguous place alone in brackets right after a capitalised name is its location.
      const bracketLocation = prev?.t === "(" && tokens[end + 1]?.t === ")" && !!tokens[i - 2] && (tokens[i - 2].cap || tokens[i - 2].upper) && tokens[i - 2].word && !lex.firstNames.has(tokens[i - 2].t);
      // "(Buurtzorg Buren)", "Humanitas Buren,": an ambiguous place right after a one-word care or welfare organisation the
      // lexicon knows, closing a bracket, clause or line, is its branch's town.
      const orgBranch = !!prev && prev.cap && prev.word && text.slice(prev.e, t.s) === " " && lex.institutions.phrases.has(prev.low) && clauseEndsAfter(ctx, end);
      // "in de wijk Holy", "de buurt Gein": a district or neighbourhood word right before it names the place.
      const headBefore = PLACE_HEADS.has(prevLow) && !prev.cap && text.slice(prev.e, t.s) === " " && /^(?:wijk|buurt|stadsdeel|dorp|woonwijk)$/.test(prevLow);
      // "gemeentehuis Hasselt", "station Best": a town's own building (lower case) right before it names the town.
      const buildingBefore = !!prev && !prev.cap && text.slice(prev.e, t.s) === " " && TOWN_BUILDINGS.has(prevLow);
      // "Maasvlakte Cold Storage", "Waalhaven Logistics": a place right before a trade word is part of a firm's name.
      if (FIRM_WORD_AFTER_PLACE.test(text.slice(tokens[end].e, tokens[end].e + 40))) continue;
      // "de buurtbus tussen Oerle en Veldhoven", "tussen Horn en Roermond": a capitalised ambiguous place after "tussen" and
      // before "en" + a place the lexicon knows (also its part: "Veldhoven-Dorp") is one end of a route between two places.
      const betweenPlaces = prevLow === "tussen" && t.cap && tokens[end + 1]?.low === "en" && !!tokens[end + 2]?.cap && (matchPhrase(ctx, end + 2, lex.places) >= end + 2 || lex.places.phrases.has(phraseKey(tokens[end + 2].t.split("-")[0])));
      // "Goor, 2 mei 2024", "Enter, 12-08-2024", "Goor 16-5-2024": a letter's place-and-date line (the place opens the
      // line, a date follows the comma or a blank and closes the line).
      const placeDateLine = t.cap && (!prev || newlineBetween(text, prev.e, t.s)) && PLACE_DATE_AFTER.test(text.slice(tokens[end].e, tokens[end].e + 40));
      // "Kethel/Spaland", "Best/Son en Breugel": an ambiguous place before a slash and a known, unambiguous place.
      const beforePlace = t.cap && tokens[end + 1]?.t === "/" && tokens[end + 1].s === tokens[end].e && !!tokens[end + 2]?.cap && tokens[end + 2].s === tokens[end + 1].e &&
        matchPhrase(ctx, end + 2, lex.places) >= end + 2 && !lex.ambiguousPlaces.has(phraseKey(text.slice(tokens[end + 2].s, tokens[matchPhrase(ctx, end + 2, lex.places)].e)));
      // "Woonplaats: Doorn", "Woonplaats sinds 2023: Doorn": the value of a place field on the same line.
      const fieldValue = t.cap && prev?.t === ":" && !newlineBetween(text, prev.e, t.s) && placeFieldBefore(ctx, i - 1);
      // "in de buurt van Gein", "in de omgeving van Elst": a capitalised ambiguous place after a nearness phrase ending in
      // "van" (the "nearby" frame above, which only takes words the lexicon does not know).
      const nearbyPlace = t.cap && nearby;
      // "burgemeester en wethouders van Epe", "de gemeenteraad van Best": the municipality a council or mayor belongs to.
      const councilOf = t.cap && prevLow === "van" && /^(?:wethouders|burgemeester|gemeenteraad|raadsleden|wethouder)$/.test(tokens[i - 2]?.low ?? "");
      // "team Werk & Inkomen Epe", "Team Sociaal Domein Best": a municipal department's team named after its municipality.
      const departmentTeam = t.cap && DEPARTMENT_TEAM_BEFORE.test(text.slice(Math.max(0, t.s - 40), t.s));
      // "Rijksweg 12a Schaijk (boven de snackbar)": an ambiguous place right after a street + house number on the same line.
      const afterStreetNumber = t.cap && STREET_NUMBER_BEFORE.test(text.slice(Math.max(0, t.s - 50), t.s));
      if (lex.ambiguousPlaces.has(key) && !councilOf && !departmentTeam && !branchPlaceFrame(ctx, i, end) && !fieldValue && !afterPrep && !afterPostcode && !afterStreetNumber && !(prev && prev.t === ",") && !teamBefore && !afterPlace && !bracketLocation && !orgBranch && !headBefore && !buildingBefore && !estateBefore && !betweenPlaces && !placeDateLine && !beforePlace && !nearbyPlace) continue;
      // (an ambiguous article + word only as written, "in De Wijk"; not a title in capitals: "WERK IN DE WIJK")
      if (lex.ambiguousPlaces.has(key) && /^(?:de|het|den) /.test(key) && t.upper) continue;
      // "De hoogte hangt af van …": an article-led place ("De Hoogte") with a lower-case word after its article is an ordinary
      // phrase, unless a place preposition comes before it ("woont in Den helder").
      if (end > i && /^(?:De|Het|Den)$/.test(t.t) && tokens.slice(i + 1, end + 1).some((x) => x.word && /^\p{Ll}/u.test(x.t)) && !afterPrep) continue;
      // "schipper op het Reitdiep", "langs het Damsterdiep": a district named after its water, with "het" before it, is the
      // water (the district is "in Reitdiep", "wijk Reitdiep").
      if (end === i && prevLow === "het" && !prev.cap && /(?:diep|kanaal)$/.test(key)) continue;
      // "fam. Van Ravenswaaij", "de familie Van Ravenswaaij", "br. Van Ravenswaaij": a place after a
      // title or family word + a capitalised "Van" is a surname.
      if (prevLow === "van" && text.slice(prev.e, t.s) === " ") {
        const b = tokens[i - 2]?.t === "." ? tokens[i - 3] : tokens[i - 2];
        // (a lower-case "van" after a title is where someone is from: "die mevrouw van Ameland")
        if (b && prev.t === "Van" && (TITLES.has(b.low) || /^(?:fam|familie|br|zr|broeder|zuster)$/.test(b.low))) {
          ctx.out.push({ s: prev.s, e: tokens[end].e, label: "persoon", prio: PRIO.personTitle });
          continue;
        }
        // "laat hem het verhaal aan Van Egmond vertellen", "in dienst bij Van Wijk": a capitalised "Van"
        // mid-sentence is a surname's particle, not the preposition, so the place after it is the surname.
        if (prev.t === "Van" && !prev.sentStart && end === i && !lex.abroad.has(key)) {
          ctx.out.push({ s: prev.s, e: tokens[end].e, label: "persoon", prio: PRIO.personContext });
          continue;
        }
      }
      // "VluchtelingenWerk Noord-Nederland", "Humanitas Oost Nederland": a "-Nederland" region after a capitalised name is
      // part of that organisation's name, no place of its own.
      // (Not after a court: "Rechtbank Midden-Nederland" is the court's district, a place like "rechtbank
      // Overijssel".)
      if (/ nederland$/.test(key) && prev && (prev.cap || prev.upper) && prev.word && text.slice(prev.e, t.s) === " " && !COURT_WORDS.has(prev.low)) continue;
      // A place name written in capitals counts too ("UTRECHT"), but "Utrechts" or "utrecht" do not.
      let e = tokens[end].e;
      // Province suffix: "Bovenkerk (NH)", "Bovenkerk ZH".
      const suffix = /^[ \t]?\(?(?:NH|ZH|NB|L|GLD|Gld|FR|GR|DR|OV|UT|ZL|FL|nh|zh|nb|l|gld)\)?(?![\p{L}])/u.exec(text.slice(e, e + 6));
      if (suffix) e += suffix[0].length;
      ctx.out.push({ s: t.s, e, label: "plaats", prio: PRIO.placeLexicon + (end - i) });
      lastPlaceEnd = end;
      continue;
    }
    if (placeWithDirection(lex, t)) {
      ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.placeLexicon });
      continue;
    }
    // "Maastricht-Heuvelland", "Amsterdam-Amstelland", "Helmond-De Peel": a known place joined by a hyphen to a
    // capitalised region or district name is a region (safety regions, police and labour-market regions, districts).
    const hyphenEnd = hyphenRegion(ctx, i);
    if (hyphenEnd >= i) {
      ctx.out.push({ s: t.s, e: tokens[hyphenEnd].e, label: "plaats", prio: PRIO.placeLexicon });
      lastPlaceEnd = hyphenEnd;
      continue;
    }
    // Neighbourhoods by form: "de Bloemenwijk", "in de Schilderswijk".
    // "Ouwehands Dierenpark", "Attractiepark Toverland": a zoo or theme park is an employer, no neighbourhood.
    // "op Logiespark De Appelhof", "Vakantiepark De Lage Kamp": a lodging or holiday park before its own name is a venue.
    const namedPark = /(?:logies|vakantie|recreatie|bungalow|chalet)park$/.test(t.low) && !!tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " ";
    if (NEIGHBOURHOOD.test(t.t) && !t.sentStart && !namedPark && !lex.negatives.phrases.has(t.low) && !(/(?:dieren|pret|attractie)park$/.test(t.low) && !!prev?.cap && text.slice(prev.e, t.s) === " ")) {
      ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.placeContext });
      continue;
    }
    // "woont in de Kersenhoek", "een flat in de Molenwaard": after a word for living, "in de" + an unknown capitalised word
    // with a place-name ending is a neighbourhood (a street without a number is not flagged, so no street words).
    if (t.cap && !t.sentStart && prevLow === "de" && tokens[i - 2]?.low === "in" && DISTRICT_END.test(t.low) && !STREET_SHAPE.test(t.t) &&
      tokens.slice(Math.max(0, i - 9), i - 2).some((x) => LIVE_VERBS.has(x.low) || HOME_NOUNS.has(x.low)) && !(tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " ") &&
      !lex.firstNames.has(t.t) && !lex.surnames.has(t.t) && !lex.institutions.phrases.has(t.key) && !isNegative(lex, t.key) && !lex.common.has(t.low) && !HEAD_SUFFIX.test(t.t) && !ORG_TAIL.test(t.t)) {
      ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.placeContext });
      continue;
    }
    // After a postcode: "3527 BC Maasbree", "2681 LP Monster" (On the same line; a chat line after one
    // opens with its speaker: "… 3201 BM\nCoach Karimi: dank je").
    if (afterPostcode && isNameWord(ctx, t, true) && !newlineBetween(text, prev.e, t.s)) {
      let j = i + 1;
      while (j < tokens.length && (tokens[j].cap || ["aan", "den", "de", "het", "bij", "en"].includes(tokens[j].low)) && !newlineBetween(text, tokens[j - 1].e, tokens[j].s)) j++;
      while (j > i + 1 && !tokens[j - 1].cap) j--;
      ctx.out.push({ s: t.s, e: tokens[j - 1].e, label: "plaats", prio: PRIO.placeContext + 3 });
      continue;
    }
    // "werkt bij Tata Steel in IJmuiden": a capitalised unknown word after "in/uit/te" is most likely a place.
    // A surname that is also a word ("Kempen", "Horst") is a place here too; "in Jansen" is not.
    const surnameOnly = lex.surnames.has(t.t) && !lex.ambiguousSurnames.has(t.t);
    if (["in", "uit", "naar", "vanuit"].includes(prevLow) && !t.sentStart && DIRECTION_DISTRICT.test(t.t) && !(tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " ")) {
      ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.placeContext - 5 });
      continue;
    }
    // (Not an adjective opening a capitalised name: "vrijgekomen uit Justitieel Complex Zaanstad", "in
    // Penitentiair Centrum Vught".)
    // Nor a participle opening a method's name: "het gesprek in Motiverende Gespreksvoering-stijl" (not a town: Oostende).
    // Nor a software or online product: "(uit Exact Online)", "in Twinfield Cloud", "in Visma App".
    const adjectiveOfName = () => (/\p{Ll}{3,}(?:ieel|eel|aal|air|ief|isch|iek)$/u.test(t.t) || (/\p{Ll}{4,}ende$/u.test(t.t) && !lex.places.phrases.has(t.key)) || /^(?:Online|Cloud|App|Software|Web|Portal|Portaal|365|Connect|Desktop|Live)$/.test(tokens[i + 1]?.t ?? "")) && !!tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " ";
    // A two-letter place after a house number + "in/te": "aan de Dokkumerweg 8 in Ee", "Dorpsstraat 3 te Ee".
    if ((prevLow === "in" || prevLow === "te") && /^\p{Lu}\p{Ll}$/u.test(t.t) && /^\d{1,4}[a-z]?$/.test(tokens[i - 2]?.t ?? "") && !ctx.negative[i] && !lex.common.has(t.low) && !/^[ \t]+\p{Lu}/u.test(text.slice(t.e, t.e + 3))) {
      ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.placeContext });
      continue;
    }
    // (not a product name ending in an acronym: "het dashboard in Power BI", "in Dynamics CRM")
    const acronymAfter = !!tokens[i + 1]?.upper && tokens[i + 1].word && text.slice(t.e, tokens[i + 1].s) === " ";
    // (nor the Frisian article "in" after "bin": "Ik bin in Fries" is "I am a Frisian")
    const frisianArticle = prevLow === "in" && tokens[i - 2]?.low === "bin";
    // (also the Frisian "yn": "by myn mem yn Echtenerbrêge")
    // (nor an English month: "who turned twelve in May,")
    // (also the dialect "uut"/"oet" and the Frisian "út": "Mien zuster Gerda uut Wenters", "Klaas Wiersma út Boarnburgum")
    if (["in", "uit", "te", "vanuit", "yn", "uut", "oet", "út"].includes(prevLow) && !t.sentStart && !acronymAfter && !frisianArticle && !EN_MONTH_WORD.test(t.t) && isNameWord(ctx, t) && !adjectiveOfName() && !t.upper && !lex.firstNames.has(t.t) && !surnameOnly && !lex.institutions.phrases.has(t.key) && !TITLES.has(t.low) && !RELATIONS.has(t.low) && !CONTINENT_NAMES.has(t.low)) {
      // "opgenomen in Vijverdal", "na revalidatie in Maartenshof": an unknown word where someone is admitted is the clinic.
      const clinic = prevLow === "in" && CLINIC_BEFORE_IN.test(tokens[i - 2]?.low ?? "") && !lex.places.phrases.has(t.key);
      ctx.out.push({ s: t.s, e: t.e, label: clinic ? "instelling" : "plaats", prio: PRIO.placeContext - 5 });
      lastPlaceEnd = i;
    }
    // "woont in Orvelte", "verhuisd naar Purmerend", "gemeente Westerveld".
    const liveBefore = tokens.slice(Math.max(0, i - 4), i).some((x) => LIVE_VERBS.has(x.low));
    // "Geboorteplaats: Wenzhou, China": the value of a place field.
    // (also with a time phrase between the field and the colon: "Woonplaats sinds augustus 2023: Zeist")
    if (prev?.t === ":" && placeFieldBefore(ctx, i - 1) && !newlineBetween(text, prev.e, t.s) && isNameWord(ctx, t)) {
      let j = i + 1;
      while (j < tokens.length && tokens[j].cap && text.slice(tokens[j - 1].e, tokens[j].s) === " ") j++;
      ctx.out.push({ s: t.s, e: tokens[j - 1].e, label: "plaats", prio: PRIO.placeContext });
      continue;
    }
    // "in de wijk De Maten", "de buurt Het Zand": a neighbourhood name with a capitalised article.
    // "woont sinds een jaar in De Wiken", "verhuisd naar Het Vliet": a live verb + in/naar + a capitalised article name.
    const liveArticle = tokens.slice(Math.max(0, i - 6), i).some((x) => LIVE_VERBS.has(x.low)) && ["in", "naar", "uit", "vanuit"].includes(prevLow) && !prev.cap && !ORG_PREPS.has(tokens[i - 2]?.low ?? "");
    // "Evangelie Gemeente De Bron", "Baptisten Gemeente De Rots": a church word before a capitalised "Gemeente" makes a
    // congregation, no municipality.
    const churchGemeente = prevLow === "gemeente" && prev.cap && /^(?:evangelie|evangelische|baptisten|pinkster|christelijke|gereformeerde|hervormde|protestantse|vrije|volle|apostolische|doopsgezinde)$/.test(tokens[i - 2]?.low ?? "");
    if ((t.t === "De" || t.t === "Het") && (PLACE_HEADS.has(prevLow) || liveArticle || estateBefore) && !churchGemeente && tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " ") {
      const e = capRun(ctx, i + 1, 2);
      if (e > i + 1) ctx.out.push({ s: t.s, e: tokens[e - 1].e, label: "plaats", prio: PRIO.institutionContext + 1 });
      continue;
    }
    const liveOn = prevLow === "op" && LIVE_ON_VERBS.has(tokens[i - 2]?.low ?? "") && !lex.surnames.has(t.t) && !STREET_SHAPE.test(t.t) && !lex.common.has(t.low) && !/^[ \t]+\d/.test(text.slice(t.e, t.e + 3)) && !/^(?:nummer|kamer|huisnummer|adres)$/.test(t.low);
    if ((afterPrep && liveBefore && ["in", "te", "naar", "uit", "vanuit"].includes(prevLow)) || liveOn || (PLACE_HEADS.has(prevLow) && !(prevLow === "regio" && DIRECTION_DISTRICT.test(t.t) && !tokens[i + 1]?.cap)) || estateBefore || (DISTRICT_TEAMS.has(prevLow) && !prev.cap && !isDepartmentWord(t.low) && !lex.surnames.has(t.t) && !lex.institutions.phrases.has(t.key))) {
      // "de gemeente Gods", "gemeente van Christus": a congregation, not a municipality.
      const congregation = (prevLow === "gemeente" && /^(?:gods|christi|christus|jezus|des|der)$/.test(t.low)) || churchGemeente;
      if (isNameWord(ctx, t) && !t.sentStart && !congregation && !lex.institutions.phrases.has(t.key) && !lex.firstNames.has(t.t) && !adjectiveOfName()) {
        let j = i + 1;
        while (j < tokens.length && tokens[j].cap && !tokens[j].sentStart && text.slice(tokens[j - 1].e, tokens[j].s) === " " && !lex.institutionHeads.phrases.has(tokens[j].low)) j++;
        ctx.out.push({ s: t.s, e: tokens[j - 1].e, label: "plaats", prio: PRIO.placeContext });
      }
    }
  }
}

// Words that never continue a foundation's name: "Stichting Welzijn Raalte en Gemeente …" stops before them.
const NATIONAL_HEADLESS = new Set(["gemeente", "uwv", "svb", "en"]);
const HET_NAME_PREPS = new Set(["op", "naar", "van", "in", "bij", "aan", "via", "vanuit"]);
// Titles in the names of schools and buildings named after someone: "het Graaf Engelbrecht", "het Pater Damiaan".
const NAMESAKE_TITLES = new Set(["graaf", "gravin", "prins", "prinses", "koning", "koningin", "hertog", "hertogin", "baron", "jonkheer", "sint", "pater", "broeder", "zuster", "kardinaal", "bisschop", "paus", "burgemeester", "dokter", "professor", "dominee", "pastoor", "admiraal", "generaal", "kapitein"]);
const SIT_VERBS = new Set(["zit", "zat", "zitten", "zaten"]);
const SCHOOL_VERBS = new Set(["zit", "zat", "zitten", "zaten", "gaat", "ging", "gaan", "stage", "les", "leerling", "leerlinge", "student", "studeert", "studeerde"]);
/** "vlak bij X", "dicht bij X": token `i` follows a nearness word + "bij" (a place nearby, no organisation after "bij"). */
const nearBijBefore = (tokens: Token[], i: number) => tokens[i - 1]?.low === "bij" && (tokens[i - 2]?.low === "vlak" || tokens[i - 2]?.low === "dicht");
// Words that end a form field's label: "Woonadres", "Telefoonnummer", "Geboortedatum", "Achternaam".
// (also a note or translation by a role: "Vertaling (klantmanager):", "Toelichting (jobcoach):")
const FIELD_WORD_END = /(?:adres|nummer|nr|datum|naam|plaats|telefoon|mail|gegevens|inkomen|vertaling|toelichting|samenvatting|aanvulling|opmerking|reactie)$/;
const CONNECTORS = new Set(["de", "het", "'t", "van", "en", "&", "aan", "der", "den", "voor", "a"]);
// Nouns for a court, council or public body, capitalised when they refer back to one named earlier ("de Raad", "het Hof").
const INSTITUTION_NOUNS = new Set("raad rechtbank hof kamer commissie dienst inspectie ombudsman minister staatssecretaris staat gemeente provincie rechter kantonrechter voorzieningenrechter afdeling directie bond college burgemeester wethouder kantongerecht tribunaal autoriteit".split(" "));
const LEADING_PARTICLES = new Set(["van", "de", "der", "den", "ter", "ten", "'t", "het"]);

/** Capitalised words (with connectors) from token i on; returns the end index or i when none. */
function capRun(ctx: Ctx, i: number, max = 5, allowCommon = false): number {
  const { tokens, text } = ctx;
  let j = i;
  let last = i;
  let n = 0;
  // Connectors do not count as words, so bound the tokens too: "van de van de …" must stay linear.
  while (j < tokens.length && n < max && j - i < max * 3) {
    if (j > i) {
      const gap = text.slice(tokens[j - 1].e, tokens[j].s);
      if (gap.length > 1 || gap.includes("\n")) break;
    }
    const tok = tokens[j];
    // "Bouwbedrijf Gebr. Heijmerink", "Fa. Jansen": the dot of a firm abbreviation stays inside the name.
    if (tok.t === "." && j > i && /^(?:Gebr|Gebrs|Fa|Wed|St)$/.test(tokens[j - 1].t) && tokens[j + 1]?.cap) { j++; continue; }
    // "Holland Tulip Force", "Holland Bloem Transport": a firm's name may open with "Holland" (not a name on its own).
    const hollandFirm = j === i && tok.t === "Holland" && !!tokens[j + 1]?.cap && text.slice(tok.e, tokens[j + 1].s) === " " && !ctx.lex.places.phrases.has(tokens[j + 1].key);
    if (ctx.negative[j] && !hollandFirm) break;
    // (The word after such an abbreviation's dot is no sentence start: "Woningstichting St. Joseph".)
    const afterAbbrevDot = j > i + 1 && tokens[j - 1].t === "." && /^(?:Gebr|Gebrs|Fa|Wed|St)$/.test(tokens[j - 2].t);
    if (hollandFirm || (tok.cap || tok.upper) && tok.word && (allowCommon ? (!tok.sentStart || afterAbbrevDot) && !NOT_LOWER_NAMES.has(tok.low) && !ctx.lex.negatives.phrases.has(tok.key) : !isNegative(ctx.lex, tok.low)) || (tok.initials && j === i)) {
      last = j + 1;
      n++;
    } else if (!(CONNECTORS.has(tok.low) && j > i) && !(j === i && (tok.low === "de" || tok.low === "het" || (LEADING_PARTICLES.has(tok.low) && (tokens[j + 1]?.cap || (LEADING_PARTICLES.has(tokens[j + 1]?.low ?? "") && tokens[j + 2]?.cap)))))) break;
    // "werkt voor Hoveniersbedrijf Groenewoud en voor Installatiebedrijf Van Aalst": "en" + a preposition opens a second
    // phrase; the name ends before "en" (not "Stichting Wonen en Zorg voor Ouderen", where "voor" follows a name word).
    if (j > i && !tok.cap && (tok.low === "voor" || tok.low === "van" || tok.low === "bij") && tokens[j - 1].low === "en") break;
    // "bezoeken van Sem aan de Noordwest Ziekenhuisgroep", "op het Stadskantoor aan het Grote Kerkhof": "aan" after a lone
    // first name or a generic service is where the person goes or the service is, no part of a name.
    if (j === i + 1 && tok.low === "aan" && !tok.cap && ((ctx.lex.firstNames.has(tokens[i].t) && !ctx.lex.institutions.phrases.has(tokens[i].key)) || GENERIC_SERVICES.has(tokens[i].low))) break;
    // "Kinderdagverblijf Stek voor Jayden": "voor/van" + a lone first name is the person the service is for.
    if (j > i && (tok.low === "voor" || tok.low === "van") && !tok.cap && tokens[j + 1] && ctx.lex.firstNames.has(tokens[j + 1].t) && !tokens[j + 2]?.cap) break;
    // ("Leefgroep De Bron van Stichting Rivierzorg", "atelier van Weggeefwinkel Goed Spul": "van" + an institution head,
    // also a compound one, opens the parent body.)
    if (j > i && tok.low === "van" && !tok.cap && tokens[j + 1]?.cap && (ctx.lex.institutionHeads.phrases.has(tokens[j + 1].low) || COMPOUND_HEAD.test(tokens[j + 1].t))) break;
    // "Restaurant Golden Garden aan de Hoofdstraat 142": a connector before a street + number ends the name.
    if (j > i && CONNECTORS.has(tok.low) && !tok.cap && addressAhead(tokens, j + 1, tok.low === "aan")) break;
    j++;
  }
  return last;
}

/** Is there a "Street 12" (after optional articles) starting at token k? */
function addressAhead(tokens: Token[], k: number, multi = false): boolean {
  while (k < tokens.length && (tokens[k].low === "de" || tokens[k].low === "den" || tokens[k].low === "het")) k++;
  // After "aan" also a street of two or three words: "aan de Katendrechtse Lagedijk 453".
  if (!multi) return !!tokens[k]?.cap && /^\d{1,4}$/.test(tokens[k + 1]?.t ?? "");
  for (let n = 0; n < 5 && tokens[k + n] && (tokens[k + n].cap || (n > 0 && /^(?:van|de|der|den|het|op|aan)$/.test(tokens[k + n].low))); n++)
    if (tokens[k + n].cap && /^\d{1,4}$/.test(tokens[k + n + 1]?.t ?? "")) return true;
  return false;
}

/** A lower-case name + "van" + a lower-case team or service noun in a lower-case sentence: "kevin van begeleiding
 * rijdt mee", "mo van team jongeren" (not a particle or a known surname after "van": "kevin van dijk" is a full name). */
function chatFromTeam(ctx: Ctx, i: number): boolean {
  const { tokens, text, lex } = ctx;
  const v = tokens[i + 1];
  const w = tokens[i + 2];
  if (!v || !w || v.t !== "van" || !spaceJoined(text, tokens[i], v) || !spaceJoined(text, v, w)) return false;
  if (!/^\p{Ll}{3,}$/u.test(w.t) || PARTICLES.has(w.low) || /^(?:het|een|mij|mijn|ons|onze|jou|jouw|hem|haar|hun|zijn|die|dat|deze|dit)$/.test(w.low)) return false;
  const cap = capitalised(w.t);
  return !lex.surnames.has(cap) && !lex.ambiguousSurnames.has(cap) && !lex.places.phrases.has(w.key) && lowerCaseSentence(ctx, i);
}

/** Whether the sentence (or line) holding token i opens with a lower-case letter, as chat messages do. */
function lowerCaseSentence(ctx: Ctx, i: number): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.tokens[i].s - 300), ctx.tokens[i].s);
  return /^[^\p{L}]*\p{Ll}/u.test(sentenceSoFar(before));
}

const WHITE = /\s/;
/**
 * The part of `before` after its last sentence or line break: after the last "\n", or after the last ". ", "! ", "? " (a
 * mark with white space after it); all of `before` when it has no break, or when its last mark is not followed by white
 * space ("3.5", "hotel.nl", a mark at the very end). One backward scan: the end-anchored regex this replaces,
 * /(?:^|[.!?]\s|\n)([^.!?\n]*)$/, was tried at every position of the 300 characters and ran in quadratic time.
 */
function sentenceSoFar(before: string): string {
  for (let k = before.length - 1; k >= 0; k--) {
    const c = before[k];
    if (c === "\n") return before.slice(k + 1);
    if (c === "." || c === "!" || c === "?") return k + 1 < before.length && WHITE.test(before[k + 1]) ? before.slice(k + 2) : before;
  }
  return before;
}

// A school or foundation compound named after a person: "Schaepmanschool", "Julianaschool", "Witt-scholengroep".
const NAMED_SCHOOL_COMPOUND = /^\p{Lu}[\p{Ll}'’]{2,}-?(?:school|scholengroep|scholengemeenschap|college|lyceum|gymnasium)$/u;
// Church denominations: "Hersteld Hervormde Gemeente Ermelo", "Gereformeerde Gemeente Genemuiden", "Evangelische
// Broedergemeente", "Christelijke Gereformeerde Kerk", "Rooms-Katholieke Parochie" — one organisation, a place after it included.
const DENOMINATION_WORDS = new Set("evangelie volle pinkster hersteld hervormd hervormde gereformeerde gereformeerd christelijke christelijk nederlands nederlandse evangelische evangelisch evangelisch-lutherse lutherse protestantse vrije vrijgemaakt vrijgemaakte oud oude rooms-katholieke katholieke oud-katholieke doopsgezinde remonstrantse baptisten apostolische nieuw-apostolische orthodoxe syrisch-orthodoxe koptisch-orthodoxe koptische anglicaanse pinkster volle verenigde molukse hersteld-hervormde".split(" "));
const DENOMINATION_END = /^(?:gemeente|gemeenten|kerk|kerken|parochie|gemeenschap|geloofsgemeenschap|broedergemeente|broedergemeenschap|evangeliegemeente|pinkstergemeente|baptistengemeente)$/;
// (Also a named museum: "het Zuiderzeemuseum", "Fries Scheepvaartmuseum".)
// The label of an e-mail subject line ("Onderwerp: Jaarcijfers kapsalon").
const SUBJECT_LINE_BEFORE = /(?:^|\n)[ \t]*(?:Onderwerp|Betreft|Re|RE|Fw|FW|Fwd|Aw|AW)[ \t]*:[ \t]*$/u;
// (also the Gronings "Ziekenhoes" and the Twents "Ziekenhuus": "in t Ommelander Ziekenhoes")
const HEAD_SUFFIX = /(museum|ziekenhuis|ziekenhoes|ziekenhuus|kliniek|gasthuis|college|lyceum|gymnasium|huisartsen(?:praktijk)?|huisartspraktijk|revalidatiecentrum|zorgcentrum|hogeschool|universiteit|school|hotel|moskee|kerk|church|mosque|tempel|synagoge|mandir|camii|cami|masjid|gurdwara|grillroom|snackbar|cafetaria|pizzeria|shoarma|barbershop|kapsalon|nagelstudio|toko)$/i;

// An ambiguous organisation (a word-like name: "ING", "Otto", "Porthos", "Basic-Fit") in a frame only an organisation
// fills: a creditor or cost line item with an amount ("- ING (zakelijk krediet): € 14.250", "Basic-Fit – abonnement – € 80"),
// a cost noun + amount ("Huur Porthos € 712"), a bracket after an amount or a bank word ("Spaarrekening: € 1.820,- (ING)",
// "(Nederlandse rekening, ING)") and a collector acting for it ("GGN (namens Otto)", "Intrum namens Wehkamp").
const LINE_ITEM_BEFORE = /(?:^|\n)[ \t]*(?:[-*•–][ \t]*|\d{1,2}[.)][ \t]+)?$/;
// (s30-A: also a dash + a lower-case debt word before the amount: "1. Accolade – huurachterstand € 1.510", or lower-case
// debt words and a colon: "- ING roodstand en creditcard: € 4.200")
const AMOUNT_AFTER_ITEM = /^(?:[ \t]*\([^()\n]{1,40}\)[ \t]*:|[ \t][–—-][ \t][^\n€]{0,60}?[ \t][–—-]|[ \t][–—-][ \t]+\p{Ll}[\p{Ll} \t]{2,30}?|[ \t]+\p{Ll}*(?:achterstand|roodstand|schuld|krediet|lening|creditcard|hypotheek)[\p{Ll} \t]{0,30}?:|[ \t][–—-])?[ \t]*€[ \t]*\d/u;
const COST_NOUNS = new Set(["huur", "premie", "abonnement", "incasso", "aflossing", "schuld", "achterstand", "restschuld"]);
const BANK_WORD_IN_BRACKET = /\([^()\n]{0,40}\b(?:rekening|bankrekening|betaalrekening|spaarrekening|bank|krediet|lening|hypotheek|creditcard)\b[^()\n]{0,20},[ \t]*$/i;
// "(dochter, 4)", "(zus)", "(7)": a bracket with a relation word (and an age) or an age only.
const RELATIONS_OR_AGE_BRACKET = (after: string) => { const m = /^[ \t]*\((\d{1,2}|\p{Ll}+)/u.exec(after); return !!m && (/^\d/.test(m[1]) || RELATIONS.has(m[1])); };
const BUSINESS_TAIL = /^(?:Zakelijk|Bank|Verzekeringen|Finance|Financial|Lease|Energie|Incasso|Hypotheken|Retail|Logistics|Webshop|Mobiel)$/;
const LIST_MARKER_BEFORE = /(?:(?<![\p{L}])(?:bij|via|naar|aan|met)[ \t]+(?:o\.a\.|oa|onder[ \t]+(?:andere|meer)|m\.n\.|met[ \t]+name|zowel)|(?<![\p{L}])waaronder)[ \t]+$/iu;
// Rent and tenancy nouns that name the landlord right after them: "huurachterstand Accolade".
const RENT_NOUNS = new Set(["huurcontract", "huurovereenkomst", "huurachterstand", "huurschuld", "huurwoning", "verhuurder", "woningcorporatie", "corporatie", "woningbouwvereniging"]);
const BANK_DOCUMENT_NOUNS = /^(?:bank|rekening)?afschrift(?:en)?$|^(?:bank|betaal|spaar)rekening$|^rekeningoverzicht(?:en)?$/u;
// (s30-A: also rent arrears, a landlord as a creditor: "Schuldeisers zijn o.a. Accolade (huur), Eneco")
const CREDIT_IN_BRACKET_AFTER = /^[ \t]*\([^()\n]{0,25}(?:krediet|lening|roodstand|creditcard|hypotheek|huur|huurachterstand|huurschuld)[^()\n]{0,15}\)/u;
// (also social and youth workers and therapists: "maatschappelijk werker Porthos", "jongerenwerker Synthese", "kinderpsychiater
// Karakter")
const CARE_ROLE = /^\p{Ll}*(?:begeleider|begeleidster|coach|consulent|coördinator|coordinator|hulpverlener|verpleegkundige|verzorgende|werker|werkster|psychiater|psycholoog|therapeut|behandelaar|pedagoog)$/u;
// (also youth, community and social work: "jongerenwerk Xtra", "opbouwwerk Synthese"; "maatschappelijk werk Xtra" below)
const CARE_SERVICE = /^(?:begeleiding|woonbegeleiding|thuisbegeleiding|thuiszorg|wijkverpleging|dagbesteding|cliëntondersteuning|clientondersteuning|jongerenwerk|buurtwerk|opbouwwerk|ouderenwerk)$/u;
// A list item of a person's full name + ", " + the organisation closing the line: "- Thijs Molenaar, Spirit".
const LIST_PERSON_BEFORE = /(?:^|\n)[ \t]*[-*•][ \t]*\p{Lu}\p{Ll}+[ \t]+(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*\p{Lu}[\p{L}'’-]+,[ \t]*$/u;
// A role field whose value is a person + ", " + the organisation closing the line: "Schuldhulpverlener: Anouk Kleijnen, Impuls".
// An attendee line "Name – role, Org" ("Petra Smid – ambulant begeleider, Kwadrant").
const LIST_PERSON_ROLE_BEFORE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?\p{Lu}\p{Ll}+[ \t]+(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*\p{Lu}[\p{L}'’-]+[ \t]+[–—-][ \t]+\p{Ll}[\p{Ll} -]{2,40},[ \t]*$/u;
const ROLE_FIELD_PERSON_BEFORE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?\p{L}*(?:verlener|begeleider|coach|consulent|werker|behandelaar|contactpersoon|casemanager|jobcoach)[ \t]*:[ \t]*\p{Lu}[\p{L}.'’ -]{2,40},[ \t]*$/u;
const ORG_ONLY_SERVICE = /^(?:thuiszorg|wijkverpleging|dagbesteding)$/u;
const CALL_IN_AFTER = /^[ \t]+(?:inschakelen|ingeschakeld|erbij[ \t]+(?:halen|betrekken)|betrekken|aanvragen)(?![\p{L}])/u;
function ambiguousOrgCue(ctx: Ctx, start: number, end: number): boolean {
  const { tokens, text, lex } = ctx;
  const s = tokens[start].s;
  const e = tokens[end].e;
  const before = text.slice(Math.max(0, s - 80), s);
  const after = text.slice(e, e + 110);
  if (LINE_ITEM_BEFORE.test(before) && AMOUNT_AFTER_ITEM.test(after) && !lex.common.has(tokens[start].low) && tokens[start].low !== "woonplaats") return true;
  // "schulden bij o.a. ING Bank", "via onder meer Otto", "waaronder Wehkamp": a preposition with a list marker.
  if (LIST_MARKER_BEFORE.test(before)) return true;
  const prev = tokens[start - 1];
  if (prev && COST_NOUNS.has(prev.low) && /^[ \t]+€[ \t]*\d/.test(after) && text.slice(prev.e, s) === " ") return true;
  if (/^[ \t]*\)/.test(after) && (/(?:\d|,-|€)[ \t]*\($/.test(before) || BANK_WORD_IN_BRACKET.test(before))) return true;
  // "in a warehouse of Jumbo", "the store of Lidl": an English workplace noun + "of".
  if (prev?.low === "of" && /^(?:warehouse|store|shop|branch|supermarket|depot|kitchen|factory)$/.test(tokens[start - 2]?.low ?? "")) return true;
  // "Rahma El Amrani (MEE)", "Okke (Portaal)": a name, then the organisation alone in brackets (an
  // attendee list or a signature names where someone works).
  if (/^[ \t]*\)/.test(after) && /\p{Lu}\p{Ll}+[ \t]*\($/u.test(before) && !lex.firstNames.has(tokens[start].t)) return true;
  // "huurcontract Portaal", "huurachterstand Accolade": a rent or tenancy noun right before names the landlord.
  if (prev && RENT_NOUNS.has(prev.low) && text.slice(prev.e, s) === " ") return true;
  // "Accolade heeft een brief gestuurd", "Portaal stuurde een aanmaning": an organisation as the sender of a letter.
  if (/^[ \t]+(?:heeft|had|stuurt|stuurde|verstuurde|zond)[ \t]+(?:een|de|haar|hem)[ \t]+(?:\p{Ll}+[ \t]+)?(?:brief|aanmaning|herinnering|factuur|sommatie|ingebrekestelling|dagvaarding|huuropzegging|waarschuwing|mail)(?![\p{L}])/u.test(after) && !lex.firstNames.has(tokens[start].t)) return true;
  // An addressee line that goes on with a team, department or location: "Aan: Reik, team dagbesteding,
  // Noordkade 22", "Aan: De Waag, locatie Almere" (a person is addressed with a title or a first name).
  if (/(?:^|\n)[ \t]*(?:Aan|Van|Naar|To|From|T\.a\.v\.?|t\.a\.v\.?)[ \t]*:?[ \t]*$/u.test(before) && /^[ \t]*,[ \t]*(?:team|afdeling|locatie|vestiging|t\.a\.v\.|ter attentie)(?![\p{L}])/iu.test(after) && !lex.firstNames.has(tokens[start].t)) return true;
  // A role right before and a name after a colon: "Persoonlijk begeleider Philadelphia: Wouter Dekker".
  if (prev && (ROLE_SUFFIX.test(prev.low) || (RELATIONS.has(prev.low) && /(?:er|or|ent|eur|ist|ster|coach)$/.test(prev.low))) && text.slice(prev.e, s) === " " && /^[ \t]*:[ \t]*\p{Lu}/u.test(after) && !lex.firstNames.has(tokens[start].t)) return true;
  // "ambulant begeleider Dichterbij", "begeleiding Dichterbij ophogen", "thuiszorg van Aafje": a care role or a care
  // service right before (or a service + "van/via") names the organisation that gives it; a first name after a role is
  // the person ("begeleider Aafje"), after a service + "van" it may be the client ("begeleiding van Ilse") unless the
  // service is one that only organisations give ("thuiszorg van Aafje").
  const firstName = lex.firstNames.has(tokens[start].t);
  if (prev && text.slice(prev.e, s) === " " && (CARE_ROLE.test(prev.low) || CARE_SERVICE.test(prev.low) || (prev.low === "werk" && /^(?:maatschappelijk|schoolmaatschappelijk)$/.test(tokens[start - 2]?.low ?? ""))) && !firstName) return true;
  if ((ROLE_FIELD_PERSON_BEFORE.test(before) || LIST_PERSON_BEFORE.test(before) || LIST_PERSON_ROLE_BEFORE.test(before)) && /^[ \t]*(?:\n|$)/.test(after) && !firstName) return true;
  // "in Gelre (Apeldoorn)": the town of its location in brackets right after it.
  const town = /^[ \t]*\([ \t]*(\p{Lu}[\p{L}'’ -]{1,30}?)[ \t]*\)/u.exec(after);
  if (town && lex.places.phrases.has(phraseKey(town[1])) && !firstName) return true;
  if (prev && /^(?:van|via)$/.test(prev.low) && tokens[start - 2] && text.slice(tokens[start - 2].e, prev.s) === " " && CARE_SERVICE.test(tokens[start - 2].low) && (!firstName || ORG_ONLY_SERVICE.test(tokens[start - 2].low))) return true;
  // "I work in the kitchen at Van der Valk in Leiden": in English, "at" + the name + "in" + a capitalised town is the
  // workplace (the Dutch "at" is a verb: "hij at …").
  if (prev?.low === "at" && text.slice(prev.e, s) === " " && /^[ \t]+in[ \t]+\p{Lu}/u.test(after) && !firstName) return true;
  // "MEE inschakelen", "Dichterbij erbij halen": an organisation one calls in.
  if (CALL_IN_AFTER.test(after) && !firstName) return true;
  // "bankafschriften ING aanleveren", "ING (doorl. krediet)": a bank document noun before or a credit word in brackets after.
  if (prev && BANK_DOCUMENT_NOUNS.test(prev.low) && text.slice(prev.e, s) === " ") return true;
  if (CREDIT_IN_BRACKET_AFTER.test(after) && !firstName) return true;
  // "namens Ziggo en Otto": the second of two creditors after "namens".
  if (prev?.low === "en" && tokens[start - 3]?.low === "namens" && lex.institutions.phrases.has(tokens[start - 2].key) && !lex.ambiguousInstitutions.has(tokens[start - 2].key)) return true;
  // "GGN (namens Otto)": "namens" after an organisation (an abbreviation or a lexicon name), within a bracket or not.
  if (prev?.low === "namens") {
    let k = start - 2;
    if (tokens[k]?.t === "(") k--;
    const org = tokens[k];
    if (org && org.word && (org.upper || (lex.institutions.phrases.has(org.key) && !lex.ambiguousInstitutions.has(org.key)))) return true;
  }
  return false;
}

/** Whether a (non-ambiguous) lexicon institution that starts at token `from` or up to three tokens before it
 * covers token `head` ("Regio College", "Van der Valk Hotel" for their head word). */
function knownNameEndingAt(ctx: Ctx, from: number, head: number): boolean {
  const { tokens, text, lex } = ctx;
  for (let k = from; k >= 0 && from - k <= 3; k--) {
    if (k < from && text.slice(tokens[k].e, tokens[k + 1].s) !== " ") return false;
    if (!(tokens[k].cap || tokens[k].upper)) continue;
    const end = matchPhrase(ctx, k, lex.institutions);
    if (end >= head && !lex.ambiguousInstitutions.has(phraseKey(text.slice(tokens[k].s, tokens[end].e)))) return true;
  }
  return false;
}

const SERVICE_FOR_HEAD = /(?:hulp|zorg|begeleiding|besteding|ondersteuning|behandeling|opvang)$/;
const SECTOR_HEADS = /^(?:(?:zorg)?verzekeraar|verzekeringsmaatschappij|(?:agrarische |landbouw|zuivel|tuinbouw|energie|woon|zorg|werk|inkoop)?co[öo]peratie|energieleverancier|energiebedrijf|netbeheerder)$/u;
// One-word method names ("werkfit"); a firm head before one makes the firm's name.
let methodWords: Set<string> | undefined;
const methodWord = (low: string) => (methodWords ??= new Set(METHODS.split("|").filter((w) => !/[ \t]/.test(w)))).has(low);
// A list item's marker, a form label's colon (not a clock time's) or a semicolon right before.
const ITEM_OR_VALUE_BEFORE = /(?:^|\n)[ \t]*(?:[-*•–][ \t]*|\d{1,2}[.)][ \t]+)$|[^\d\s]:[ \t]*$|;[ \t]*$/u;
// Capitalised prepositions that open a tagline name after a head word: "Hotel In de Kroon", "Lyceum Aan de Schie".
const TAGLINE_PREPS = /^(?:In|Aan|Op|Bij|Onder|Over|Achter|Om|Zum|Zur|Am|Im)$/;
// "diploma Taalinstituut Wereldwijs", "certificaat Vakschool De Brug": a diploma names the school that gave it (not a course).
const diplomaFromSchool = (text: string, head: Token, last: Token) =>
  head.cap && /(?:diploma|certificaat)[ \t]+$/i.test(text.slice(Math.max(0, head.s - 12), head.s)) && /(?:instituut|school|college|academie|universiteit|hogeschool|lyceum)$/.test(last.low);
// Service heads that take a region as their name (session 26), and the shape of a coined region name: a river, land or
// landscape compound ("Aavallei", "Vechtland", "Peelrand", "Dinkelstreek", "Waaldijk", "Heuvelrug").
const PERSON_PLACE_HEADS = new Set(["beschermd wonen", "werkplaats", "kledingbank", "klusploeg", "wenje"]);
const REGION_NAMED_SERVICES = new Set(["dienst", "schuldhulp", "maatschappelijk werk", "juridisch spreekuur"]);
const REGION_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:vallei|land|lande|streek|rand|dal|waard|weerd|stede|steden|kant|gouw|oord|veen|wold|dijk|mond|zoom|rug|poort|hoek|delta|stromen)$/u;
/** Whether tokens j..end-1 are one coined region-shaped word; a known place or region makes the service that place's,
 * the place only ("Schuldhulp Parkstad", "Schuldhulp Zwolle", as the gold of earlier sets has it). */
function regionNamed(ctx: Ctx, j: number, end: number): boolean {
  const { tokens, lex } = ctx;
  const w = tokens[j];
  if (!w || end <= j || !w.cap) return false;
  const key = phraseKey(ctx.text.slice(w.s, tokens[end - 1].e));
  if (lex.places.phrases.has(key)) return false;
  return end === j + 1 && REGION_SHAPE.test(w.t) && !lex.common.has(w.low) && !isNegative(lex, w.key) && !lex.institutions.phrases.has(w.key);
}
const CAPITAL_ONLY_HEADS = new Set(["logiespark", "paviljoen", "ergotherapie", "woningstichting", "nachtopvang", "daklozenopvang", "bouwmarkt", "woongroep", "autogarage", "werkpark", "leefgroep", "vakschool", "kantoorpark", "bedrijvenpark", "fulfilmentcentrum", "logies", "pluimvee", "groentehal", "rijwielhulp", "ondernemersadvies", "dienst", "werkplaats", "kledingbank", "klusploeg", "schuldhulp", "beschermd wonen", "stadtwerke", "wenje", "techniekhuis", "bloemenkiosk", "maatschappelijk werk", "juridisch spreekuur"]);
function institutionRules(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "'thuis" (a housing corporation written with an apostrophe): the apostrophe is its own token.
    if ((t.t === "'" || t.t === "’") && tokens[i + 1]?.s === t.e && lex.lowerInstitutions.has("'" + tokens[i + 1].t)) {
      ctx.out.push({ s: t.s, e: tokens[i + 1].e, label: "instelling", prio: PRIO.institutionLexicon });
      continue;
    }
    if (!t.word) continue;
    const prevLow = tokens[i - 1]?.low ?? "";
    const prevPrevLow = tokens[i - 2]?.low ?? "";
    // "in het HMC", "in de Meander": "in" + article announces a hospital or home, not a place.
    // Creditor and supplier nouns announce a word-like organisation too: "leverancier Bouwmaat", "schuldeiser Blokker".
    // "Jumbo en Lidl hebben niks": "en" after brand names that open the sentence is no cue (they are brands there).
    let conj = i - 2;
    while (prevLow === "en" && conj > 0 && tokens[conj].cap && !tokens[conj].sentStart && tokens[conj - 1].cap) conj--;
    // (Not after an article: "De Belastingdienst en ING wezen het af" names the parties.)
    const enAfterOpening = prevLow === "en" && conj >= 0 && !!tokens[conj]?.cap && tokens[conj].sentStart && !/^(?:De|Het)$/.test(tokens[conj].t);
    const afterOrgPrep = ORG_PREPS.has(prevLow) || (LEXICON_ORG_PREPS.has(prevLow) && !enAfterOpening) || CREDITOR_NOUNS.has(prevLow) || /\p{Ll}{4,}(?:leverancier|schuldeiser)$/u.test(prevLow) ||
      ((prevLow === "de" || prevLow === "het") && (ORG_PREPS.has(prevPrevLow) || LEXICON_ORG_PREPS.has(prevPrevLow) || prevPrevLow === "in"));

    // Lexicon: "Parnassia", "GGZ inGeest", "Leger des Heils", "de Koperhorst".
    const start = (t.low === "de" || t.low === "het" || t.low === "'t") && tokens[i + 1]?.cap ? i : i;
    // "ieder1": a lower-case name with glued digits is two tokens ("ieder", "1").
    const lowerOrg = lex.lowerInstitutions.has(t.t) || (tokens[i + 1]?.s === t.e && /^\d+$/.test(tokens[i + 1].t) && lex.lowerInstitutions.has(t.t + tokens[i + 1].t));
    if (t.cap || t.upper || t.low === "de" || t.low === "'t" || /^\p{Ll}+\p{Lu}/u.test(t.t) || lowerOrg) {
      const end = matchPhrase(ctx, start, lex.institutions);
      if (end >= start) {
        const key = phraseKey(text.slice(tokens[start].s, tokens[end].e));
        const ambiguous = lex.ambiguousInstitutions.has(key);
        // "de Koperhorst" is a name, "in de werkplaats" is a room: a lower-case article needs a capital after it.
        // After a preposition a lower-case "de hoop" is an organisation only in a lower-case (chat-style) sentence:
        // "verwijzing naar de hoop in dordrecht", not "Hij wil niet naar de werkplaats".
        // ("tot aan de fontein" is a spatial limit, no cue.)
        const lowerArticle = /^(?:de|'t)$/.test(tokens[start].t) && !tokens[start + 1]?.cap && !((ORG_PREPS.has(prevLow) || LEXICON_ORG_PREPS.has(prevLow)) && !(prevLow === "aan" && prevPrevLow === "tot") && lowerCaseSentence(ctx, start));
        const lowerStart = (/^\p{Ll}/u.test(tokens[start].t) && !/^(?:de|'t)$/.test(tokens[start].low) && !/^\p{Ll}+\p{Lu}/u.test(tokens[start].t) && !lowerOrg) || lowerArticle;
        const placeToo = lex.places.phrases.has(key) && ["in", "uit", "te", "naar", "vanuit"].includes(prevLow);
        // "Ons huis is te klein" is no "Ons Huis": a capital inside the lexicon name must be a capital in the text.
        const spelled = lex.institutionSpelling.get(key)?.split(/[\s-]+/) ?? [];
        const textWords = text.slice(tokens[start].s, tokens[end].e).split(/[\s-]+/);
        // (All lower case is chat style, decided by the checks above: "naar de hoop in dordrecht".)
        const caseClash = (spelled.length === textWords.length && /^\p{Lu}/u.test(textWords[0]) && spelled.some((w, k) => k > 0 && /^\p{Lu}/u.test(w) && /^\p{Ll}/u.test(textWords[k]))) ||
          // "huurconsulent van de woningstichting": a lexicon name that is an article + a generic head word ("De Woningstichting"),
          // written in lower case, is that kind of organisation.
          (textWords.length === 2 && /^(?:de|het)$/.test(textWords[0]) && /^\p{Ll}+$/u.test(textWords[1]) && lex.institutionHeads.phrases.has(textWords[1]) && /^\p{Lu}/u.test(spelled[1] ?? ""));
        // "Rug gaat beter": an abbreviation (RUG) written as an ordinary word opening a sentence is that word.
        // "in de Delta", "de Zeeuwse Delta": an all-caps one-word name (DELTA) written as a capitalised word after an
        // article or a capitalised adjective is that word (a region, a river); ambiguous entries (HEMA: "bij de Hema") keep
        // their own context check.
        const capsAsWord = (prevLow === "de" || prevLow === "het" || (!!tokens[start - 1]?.cap && /^\p{Lu}\p{Ll}+e$/u.test(tokens[start - 1].t) && ((tokens[start - 2]?.low ?? "") === "de" || (tokens[start - 2]?.low ?? "") === "het")));
        const abbreviationAsWord = spelled.length === 1 && textWords.length === 1 && /^\p{Lu}{2,6}$/u.test(spelled[0]) && /^\p{Lu}\p{Ll}+$/u.test(textWords[0]) && (tokens[start].sentStart || (capsAsWord && !ambiguous && /^\p{Lu}{4,}$/u.test(spelled[0])));
        // "Lotte Heijmans, consulent": a known first name (or initials) right before a one-word organisation that is also a surname
        // ("Heijmans", "Vitens" is no surname) makes a person's name, unless a preposition announces the organisation (after
        // initials not even then: an organisation takes no initials, "door J. Heijmans (toezichthouder)").
        const prevTok = tokens[start - 1];
        const firstNameBefore = end === start && !!prevTok && (prevTok.initials || prevTok.cap && (lex.firstNames.has(prevTok.t) && !lex.ambiguousFirstNames.has(prevTok.t) || lex.ambiguousFirstNames.has(prevTok.t) && !MONTH_NAMES.test(prevTok.t) && !lex.common.has(prevTok.low) && (!prevTok.sentStart || tokens[start - 2]?.t === ":"))) && text.slice(prevTok.e, tokens[start].s) === " " &&
          (prevTok.initials || (!ORG_PREPS.has(tokens[start - 2]?.low ?? "") && !LEXICON_ORG_PREPS.has(tokens[start - 2]?.low ?? ""))) && /^\p{Lu}\p{Ll}+$/u.test(tokens[start].t) && /(?:s|sen|se|ink|man|mans|er|ers)$/.test(tokens[start].low);
        if (firstNameBefore && !lowerStart) ctx.out.push({ s: prevTok.s, e: tokens[start].e, label: "persoon", prio: PRIO.personContext });
        // A word-like organisation that is also a first name ("Yara") needs "bij/via": "Omar (9) en Yara (3)" are children.
        // "Gamma Zakelijk", "Plus Retail", "Otto Finance": a business word right after the name is the firm's own name part
        // and makes a word-like name an organisation.
        const tailTok = tokens[end + 1];
        const tail = !!tailTok && BUSINESS_TAIL.test(tailTok.t) && text.slice(tokens[end].e, tailTok.s) === " ";
        const cue = ambiguous && !lowerStart && (tail || ambiguousOrgCue(ctx, start, end));
        const nameToo = ambiguous && end === start && lex.firstNames.has(tokens[start].t) && !ORG_PREPS.has(prevLow) && !cue;
        // "dhr. Frans van den Munckhof", "casus Van den Munckhof": after the particles "den/der/ter/ten" a lexicon name is a
        // surname (the taxi firm Munckhof is "bij Munckhof", "van Munckhof").
        const surnameParticle = !!prevTok && SURNAME_ONLY_PARTICLES.test(prevTok.low) && text.slice(prevTok.e, tokens[start].s) === " ";
        // "met Evert van de Kolk uit Elspeet": a lexicon name that opens with an article, right after a known first name and
        // "van", is the surname ("De Kolk" is also a care home).
        const firstName = tokens[start - 2];
        const vanSurname = /^(?:de|den|der)$/.test(tokens[start].low) && prevLow === "van" && !!firstName?.cap && lex.firstNames.has(firstName.t) && text.slice(firstName.e, tokens[start].s) === " van ";
        // (nor the first word of a longer national name or programme: "het Breed Offensief" is no "Breed")
        const inNegative = matchPhrase(ctx, start, lex.negatives) > end;
        // (nor a middle name between a first name and a surname: "verzoek van Gerardus Antonius Lambregts")
        const next = tokens[start + 1];
        const middleName = end === start && !!prevTok && prevTok.cap && lex.firstNames.has(prevTok.t) && lex.firstNames.has(tokens[start].t) && !!next?.cap && lex.surnames.has(next.t) &&
          text.slice(prevTok.e, tokens[start].s) === " " && text.slice(tokens[start].e, next.s) === " ";
        if (!lowerStart && !placeToo && !caseClash && !abbreviationAsWord && !firstNameBefore && !nameToo && !surnameParticle && !vanSurname && !inNegative && !middleName && (!ambiguous || (afterOrgPrep && !t.sentStart) || cue)) {
          // Head word right after: "Isala ziekenhuis", "Isala kliniek".
          let e = end + 1;
          if (tokens[e] && (HEAD_SUFFIX.test(tokens[e].t) || tail) && text.slice(tokens[end].e, tokens[e].s) === " ") e++;
          // A location name right after an abbreviation: "HMC Westeinde", "OLVG Oost" (not a place, person or word).
          const loc = tokens[e];
          if (loc && tokens[end].upper && loc.cap && !loc.sentStart && text.slice(tokens[e - 1].e, loc.s) === " " && !lex.firstNames.has(loc.t) && !lex.surnames.has(loc.t) && !lex.places.phrases.has(loc.key) && !isNegative(lex, loc.key) && !NOT_LOWER_NAMES.has(loc.low)) e++;
          e = franchiseOwnerEnd(ctx, start, end, e);
          ctx.out.push({ s: tokens[start].s, e: tokens[e - 1].e, label: "instelling", prio: PRIO.institutionLexicon + (end - start) });
        }
      }
    }

    // Head word + name: "Stichting Present", "basisschool De Regenboog", "Huisartsenpraktijk Stadsdennen".
    let headEnd = matchPhrase(ctx, i, lex.institutionHeads);
    // Any lower-case trade compound in -bedrijf is a head too ("kassenbouwbedrijf Van Rijswijk",
    // "glastuinbouwbedrijf Verbeek"), like the listed "timmerbedrijf", "bouwbedrijf".
    if (headEnd < i && !t.cap && !t.sentStart && LOWER_TRADE_COMPANY.test(t.t) && !lex.common.has(t.low)) headEnd = i;
    // A residential group, business park, garage or vocational school names its organisation only when
    // capitalised ("Leefgroep De Bron", "Werkpark Noorderhaven", "Autogarage Van Waes"); in lower case it is the kind of
    // place ("de leefgroep van Pluryn", "het fulfilmentcentrum van Bol.com").
    if (headEnd === i && !t.cap && CAPITAL_ONLY_HEADS.has(t.low)) headEnd = -1;
    // "Sociaal Team Hoogezand" is a named team; "het wijkteam Feijenoord" is the generic service in a district.
    const teamHead = headEnd >= i && /team$/.test(tokens[headEnd].low);
    // "Gebiedsteam West", "Wijkteam Oost": a team named by a compass point is the generic service in a district, no name.
    if (teamHead && tokens[headEnd + 1] && COMPASS_WORD.test(tokens[headEnd + 1].t) && tokens[headEnd + 1].cap && !(tokens[headEnd + 2]?.cap && spaceJoined(text, tokens[headEnd + 1], tokens[headEnd + 2]))) continue;
    // A sector noun ("zorgverzekeraar CZ", "energieleverancier Vattenfall", "de coöperatie") describes the
    // organisation after it: only a capitalised sector head before a name no lexicon knows opens one ("Zorgverzekeraar
    // Duinzicht", "Agrarische Coöperatie Greidhoeke").
    if (headEnd >= i && SECTOR_HEADS.test(phraseKey(text.slice(t.s, tokens[headEnd].e))) && (!t.cap || (!!tokens[headEnd + 1] && matchPhrase(ctx, headEnd + 1, lex.institutions) > headEnd))) headEnd = -1;
    // "Re: Semhar – taalschool\nTo:": a name never continues on the next line.
    // (not a course: "de opleiding Bloemsierkunst Niveau 2", "cursus Tuinaanleg Basis")
    // (A lower-case head opening a list item or a form value is no sentence start: "- huisartsenpraktijk De Linde belde",
    // "Kinderen: peuteropvang Humpie Dumpie".)
    if (headEnd >= i && (t.cap || !t.sentStart || (t.upper && /^(?:stichting|vereniging)$/.test(t.low)) || (!t.upper && ITEM_OR_VALUE_BEFORE.test(text.slice(Math.max(0, t.s - 12), t.s)))) && (!teamHead || t.cap) && !(tokens[headEnd + 1] && newlineBetween(text, tokens[headEnd].e, tokens[headEnd + 1].s)) &&
      (!COURSE_BEFORE.test(text.slice(Math.max(0, t.s - 14), t.s)) || diplomaFromSchool(text, t, tokens[headEnd]))) {
      let j = headEnd + 1;
      // "Moskee Al Fourkaan", "Stichting El Amal": an Arabic article before a capitalised name belongs to the name.
      const arabic = /^(?:Al|El|An|As|Ar|Ad)$/.test(tokens[j]?.t ?? "") && tokens[j + 1]?.cap && text.slice(tokens[j].e, tokens[j + 1].s) === " ";
      // (Also hyphenated after a mosque or church head: "moskee Al-Noor", "moskee As-Salam".)
      if (!arabic && /(?:moskee|mosque|masjid|kerk|gemeente)$/.test(tokens[headEnd].low) && /^(?:Al|El|An|As|Ar|Ad|At|Ash)-\p{Lu}\p{Ll}{2,}$/u.test(tokens[j]?.t ?? "") && text.slice(tokens[headEnd].e, tokens[j].s) === " ") {
        ctx.out.push({ s: t.cap ? t.s : tokens[j].s, e: tokens[j].e, label: "instelling", prio: PRIO.personTitle + 1 });
        continue;
      }
      // A capitalised article opening the name marks it as one also when its words are ordinary ones: "kringloopwinkel Het
      // Tweede Leven", "buurthuis De Oude Pastorie".
      const capArticle = /^(?:De|Het)$/.test(tokens[j]?.t ?? "") && !tokens[j].sentStart && !!tokens[j + 1]?.cap && !tokens[j + 1].sentStart;
      let end = arabic ? capRun(ctx, j + 1, 4) : capRun(ctx, j, 5, capArticle || (t.cap && !lex.common.has(phraseKey(text.slice(t.s, tokens[headEnd].e)))));
      // "Hotel Huis ter Duin": a lexicon organisation after the head runs on past its lower-case particles.
      if (end > j && tokens[j].cap) end = Math.max(end, matchPhrase(ctx, j, lex.institutions) + 1);
      // An abbreviated head in lower case ("so", "sbo", "bso") takes no one-letter name: "not so good, so I
      // write in English".
      if (headEnd === i && !t.cap && !t.upper && t.t.length <= 3 && end === j + 1 && tokens[j].t.length === 1) continue;
      // "Hotel In de Kroon", "Lyceum Aan de Schie", "Re-integratiebureau In Beweging": a capitalised preposition right after a
      // head opens a tagline name, also after a lower-case head ("verloskundigenpraktijk Bij Moeder", unless a lexicon name
      // starts there: "re-integratiebedrijf In Beweging Werkt"); a German "zum/zur"
      // does so also in lower case ("hotel zum kaiserblick").
      // Not a place after it ("Hotel In Epen" reads as a preposition) and not a new sentence.
      const prep = tokens[j];
      // (after a lower-case head the tagline name alone is the span: "re-integratiebedrijf Op Koers")
      let taglineOnly = false;
      if (end === j && !arabic && prep && !prep.sentStart && text.slice(tokens[headEnd].e, prep.s) === " " &&
        (TAGLINE_PREPS.test(prep.t) || /^(?:zum|zur)$/.test(prep.t)) && (t.cap || /^(?:zum|zur)$/i.test(prep.t) || matchPhrase(ctx, j, lex.institutions) < j)) {
        let k = j + 1;
        if (tokens[k] && /^(?:de|het|den|der|'t|’t)$/.test(tokens[k].t) && text.slice(prep.e, tokens[k].s) === " ") k++;
        const w = tokens[k];
        const lowerGerman = !t.cap && /^z/.test(prep.t);
        if (w && w.word && (w.cap || lowerGerman) && !w.sentStart && text.slice(tokens[k - 1].e, w.s) === " " && !w.upper && matchPhrase(ctx, k, lex.places) < k &&
          !lex.firstNames.has(w.t) && !isNegative(lex, w.key) && !MONTH_NAMES.test(w.t)) {
          end = lowerGerman ? k + 1 : Math.max(k + 1, capRun(ctx, k, 2, true));
          taglineOnly = !t.cap && !lowerGerman;
        }
      }
      // "Bewind op Maat", "Zorg op Orde": a capitalised head right before "op" + a capitalised word that is no place or name.
      const inner = tokens[end];
      if (t.cap && !arabic && end === j && inner && inner.low === "op" && !inner.cap && tokens[end + 1]?.cap && !tokens[end + 1].sentStart &&
        text.slice(tokens[end - 1].e, inner.s) === " " && text.slice(inner.e, tokens[end + 1].s) === " " && matchPhrase(ctx, end + 1, lex.places) < 0 && !lex.firstNames.has(tokens[end + 1].t) &&
        !lex.surnames.has(tokens[end + 1].t) && !isNegative(lex, tokens[end + 1].key) && !lex.institutions.phrases.has(tokens[end + 1].key) && !NEIGHBOURHOOD.test(tokens[end + 1].t))
        end = capRun(ctx, end + 1, 2);
      if (arabic && end > j + 1) {
        ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.personTitle + 1 });
        continue;
      }
      const headKey = phraseKey(text.slice(t.s, tokens[headEnd].e));
      // A service head names an organisation only after a region: "Dienst Kromme Rijnstreek", "Schuldhulp Peelland" (not a
      // department or national body, "Dienst Wegverkeer", "Dienst Publiek"; a known place makes it the place only, "Schuldhulp Ede").
      if (REGION_NAMED_SERVICES.has(headKey) && !regionNamed(ctx, j, end)) continue;
      // "Beschermd Wonen De Linde" is a named home; "Beschermd Wonen Rivierenland" the service in a region (the place only).
      if (headKey === "beschermd wonen" && !!tokens[j] && matchPhrase(ctx, j, lex.places) >= j) continue;
      // A care or work place before a known first name is where that person is: "wachtlijst Beschermd Wonen Jan van Dam".
      if (PERSON_PLACE_HEADS.has(headKey) && !!tokens[j] && lex.firstNames.has(tokens[j].t) && !lex.surnames.has(tokens[j].t)) continue;
      // A capitalised firm head (a bureau or company) takes a one-word method name along as its own name:
      // "Re-integratiebureau Werkfit", "Trajectbureau Doortraject" (the method "Werkfit" alone stays a hard negative).
      if (end === j && t.cap && !arabic && /(?:bureau|buro|bedrijf)$/.test(headKey) && tokens[j]?.cap && tokens[j].word && !tokens[j].upper && ctx.negative[j] &&
        text.slice(tokens[headEnd].e, tokens[j].s) === " " && methodWord(tokens[j].low) && !(tokens[j + 1]?.cap && ctx.negative[j + 1] && text.slice(tokens[j].e, tokens[j + 1].s) === " "))
        end = j + 1;
      // "Stichting Maatschappelijk Werk Zeeuws-Vlaanderen", "Stichting Welzijn Ouderen Raalte": after a capitalised
      // Stichting/Vereniging every capitalised word is the name, also generic service words and a place at the end.
      // (Also in capitals on a letterhead line: "STICHTING VLAARDINGEN VERBINDT".)
      if ((t.cap || (t.upper && !!tokens[i + 1]?.upper)) && (headKey === "stichting" || headKey === "vereniging") && headEnd === i) {
        let k = i + 1;
        let lastCap = i;
        while (k < tokens.length && k - i <= 8 && text.slice(tokens[k - 1].e, tokens[k].s) === " " && !tokens[k].sentStart) {
          const x = tokens[k];
          // A place phrase is taken whole: "Stichting Leergeld Gooi en Vechtstreek".
          const pe = x.cap ? matchPhrase(ctx, k, lex.places) : -1;
          if (pe >= k && (pe > k || lex.places.phrases.has(x.key))) {
            lastCap = pe;
            k = pe + 1;
            // "Gooi en Vechtstreek": a region pair joined by "en".
            if (tokens[k]?.low === "en" && tokens[k + 1]?.cap && tokens[k + 1].word && !NATIONAL_HEADLESS.has(tokens[k + 1].low) && !lex.institutions.phrases.has(tokens[k + 1].key) && !lex.institutionHeads.phrases.has(tokens[k + 1].low) && text.slice(tokens[k].e, tokens[k + 1].s) === " ") {
              lastCap = k + 1;
              k += 2;
            }
            continue;
          }
          if (lex.firstNames.has(x.t) && !lex.places.phrases.has(x.key)) break;
          // In capitals a town at the end stays the place ("STICHTING LEERGELD DEVENTER"), one inside belongs to the name
          // ("STICHTING VLAARDINGEN VERBINDT").
          if (t.upper && x.upper && lex.places.phrases.has(x.key) && !(tokens[k + 1]?.upper && text.slice(x.e, tokens[k + 1].s) === " ")) break;
          if (x.word && (x.cap || x.upper) && !NATIONAL_HEADLESS.has(x.low)) lastCap = k;
          // (Also "&" between two names: "Stichting Derdengelden Brands & Kuipers".)
          else if (!((["voor", "van", "de", "het", "der", "den"].includes(x.low) || x.t === "&") && tokens[k + 1]?.cap)) break;
          k++;
        }
        if (lastCap > i + 1) {
          ctx.out.push({ s: t.s, e: tokens[lastCap].e, label: "instelling", prio: PRIO.institutionHead + 7 });
          continue;
        }
      }
      // A capitalised "Praktijk" mid-sentence before a name is a named practice: "bij Anneke Terpstra van Praktijk Mearwei".
      // (also in brackets after a person's name, where they work: "Fenna Sijbesma (Praktijk Sijbesma)")
      const afterNameBracket = tokens[i - 1]?.t === "(" && !!tokens[i - 2]?.cap && /\p{L}$/u.test(tokens[i - 2].t);
      const namedPractice = headKey === "praktijk" && t.cap && (!t.sentStart || afterNameBracket) && (ORG_PREPS.has(tokens[i - 1]?.low ?? "") || LEXICON_ORG_PREPS.has(tokens[i - 1]?.low ?? "") || afterNameBracket) && !!tokens[j]?.cap && !lex.places.phrases.has(tokens[j].key) && !isNegative(lex, tokens[j].key) && !lex.common.has(tokens[j].low);
      // A capitalised "Centrum" + one coined word mid-sentence or as a form value is a named centre: "Aan: Centrum Veerkracht", "bij Centrum Zonnestraal"
      // (not a place or district, "Centrum Noord", nor a longer service name, "Centrum Jeugd en Gezin", nor the middle of a
      // longer name, "Logistiek Centrum Zuyd", "NT2 Centrum Babel").
      const namedCentre = headKey === "centrum" && t.cap && (!t.sentStart || (tokens[i - 1]?.t === ":" && !newlineBetween(text, tokens[i - 1].e, t.s))) &&
        !(!!tokens[i - 1] && /^[\p{Lu}\p{N}]/u.test(tokens[i - 1].t) && text.slice(tokens[i - 1].e, t.s) === " ") && end === j + 1 && !!tokens[j] && tokens[j].cap && tokens[j].word && !tokens[j].upper && !tokens[j].sentStart &&
        matchPhrase(ctx, j, lex.places) < j && !NEIGHBOURHOOD.test(tokens[j].t) && !isDepartmentWord(tokens[j].low) && !lex.firstNames.has(tokens[j].t) && !isNegative(lex, tokens[j].key) &&
        !GENERIC_SERVICES.has(phraseKey(text.slice(t.s, tokens[j].e))) && !(tokens[j + 1]?.word && (tokens[j + 1].cap || tokens[j + 1].low === "en") && text.slice(tokens[j].e, tokens[j + 1].s) === " ");
      const generic = !namedPractice && !namedCentre && ["ggz", "centrum", "praktijk", "opvang", "school", "kerk", "mc", "umc", "bv", "b.v.", "nv", "n.v.", "vof", "jeugdzorg"].includes(headKey)
        // "Jeugdteam Apeldoorn-Zuid", "Wijkteam Overvecht": a district team + a known place or district is the place only.
        // "Bureau Zelfstandigen", "Loket Inburgering": a municipal desk named after a department word is no organisation.
        || (["bureau", "loket", "unit", "cluster", "informatiepunt", "servicepunt", "meldpunt", "steunpunt", "adviespunt"].includes(headKey) && end === j + 1 && !!tokens[j] && isDepartmentWord(tokens[j].low))
        // "Bol.com, distributiecentrum Waalwijk": a lower-case facility word + a known place is where
        // the employer's site is, the place only (the employer is named on its own).
        // A shipyard written in lower case before a known place is likewise where the yard lies ("scheepswerf Lemmer").
        || (!t.cap && /(?:distributiecentrum|magazijn|depot|vestiging|hub|scheepswerf|jachtwerf)$/.test(headKey) && end === j + 1 && !!tokens[j] && lex.places.phrases.has(tokens[j].key))
        || ((DISTRICT_TEAMS.has(headKey) || DISTRICT_DESKS.has(headKey)) && end === j + 1 && !!tokens[j] && (lex.places.phrases.has(tokens[j].key) || placeWithDirection(lex, tokens[j]) || districtPair(lex, tokens[j].t)))
        // The Werkplein of one town is that town's service, the place only ("Werkplein Hoogeveen"); of a region it is the
        // intermunicipal organisation, like "Sociale Dienst Drechtsteden" ("Werkplein Vechtdal", as the gold has it).
        || (headKey === "werkplein" && end === j + 1 && !!tokens[j] && lex.townsAndDistricts.has(tokens[j].key))
        // Also a district of two words: "Wijkteam Almere Stad", "Sociaal Wijkteam Almere Haven".
        || ((DISTRICT_TEAMS.has(headKey) || DISTRICT_DESKS.has(headKey)) && end > j + 1 && !!tokens[j] && matchPhrase(ctx, j, lex.places) === end - 1)
        // A team or district desk before a place whose name runs on past its capitals ("Sociaal Team Wijk bij Duurstede",
        // "Team Hof van Twente") is that place's service: the place only, never the first capitalised word.
        // (also a pair of places joined by a hyphen: "Sociaal Team Kapelle-Wemeldinge")
        || (teamHead && end === j + 1 && !!tokens[j] && districtPair(lex, tokens[j].t))
        || ((teamHead && end > j && !!tokens[j] && matchPhrase(ctx, j, lex.places) >= end - 1) || ((DISTRICT_TEAMS.has(headKey) || DISTRICT_DESKS.has(headKey)) && end > j && !!tokens[j] && matchPhrase(ctx, j, lex.places) > end - 1))
        // A generic service written in lower case before a known place is that town's service, the place only
        // ("taalcafé bibliotheek Veenendaal", "de voedselbank Deventer"; capitalised, "Bibliotheek Venlo" is the
        // organisation's own name).
        // (not a community centre before a name with an article, a named building: "buurthuis De Klomp", "wijkcentrum De Hoven")
        || (!t.cap && GENERIC_SERVICES.has(headKey) && end > j && !!tokens[j] && matchPhrase(ctx, j, lex.places) === end - 1 &&
          !(/^(?:buurthuis|wijkcentrum|dorpshuis|buurtcentrum|wijkgebouw)$/.test(headKey) && /^(?:De|Het|'t)$/.test(tokens[j].t)))
        // The head closing a known institution's name takes no place along: "Regio College Zaandam" is the
        // college and the place (as "Humanitas Ede").
        || ((t.cap || t.upper) && knownNameEndingAt(ctx, i - 1, headEnd))
        // A head + "van de" + a generic service is that service: "via budgetbeheer van de Kredietbank".
        || (end > j + 2 && !!tokens[j] && tokens[j].t === "van" && /^(?:de|het)$/.test(tokens[j + 1].t) && GENERIC_SERVICES.has(phraseKey(text.slice(tokens[j + 2].s, tokens[end - 1].e))));
      // "de basisschool van Jesse (De Kleine Wereld)", "het kinderdagverblijf van Noor", "de sportclub van Omar": a lower-case head + "van" + a known
      // first name is that child's school, no name; a capitalised name in brackets right after it is the school's name.
      const ofChild = !t.cap && end === j + 2 && tokens[j]?.t === "van" && /(?:school|dagverblijf|opvang|speelzaal|crèche|creche|bso|kdv|club)$/.test(headKey) &&
        lex.firstNames.has(tokens[j + 1].t) && !lex.surnames.has(tokens[j + 1].t) && !lex.institutions.phrases.has(tokens[j + 1].key);
      if (ofChild) {
        const br = /^[ \t]*\((?:De|Het|'t|Het)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}\)/u.exec(text.slice(tokens[end - 1].e, tokens[end - 1].e + 60));
        if (br) {
          const bs = tokens[end - 1].e + br[0].indexOf("(") + 1;
          ctx.out.push({ s: bs, e: tokens[end - 1].e + br[0].length - 1, label: "instelling", prio: PRIO.institutionHead + 5 });
        }
        continue;
      }
      // "thuiszorg van Buurtzorg Zuidhorn": a lower-case head + "van" + a known organisation names that one (its lexicon span,
      // the town apart), not a body of its own.
      // (not one that is also a first name: "jeugdhulp van Enver")
      if (!t.cap && !t.upper && end > j + 1 && tokens[j]?.t === "van" && matchPhrase(ctx, j + 1, lex.institutions) >= j + 1 && !lex.firstNames.has(tokens[j + 1].t) && !lex.ambiguousFirstNames.has(tokens[j + 1].t)) continue;
      // "de melkveehouderij van Berend en Janny Wolters", "het bouwbedrijf van Ahmed Yilmaz": a lower-case business word +
      // "van" + a known first name names the owners, persons (they are found on their own), no organisation.
      if (!t.cap && end > j + 1 && tokens[j]?.t === "van" && lex.firstNames.has(tokens[j + 1].t) && !lex.surnames.has(tokens[j + 1].t) && !lex.institutions.phrases.has(tokens[j + 1].key) && !lex.places.phrases.has(tokens[j + 1].key)) continue;
      // "Betreft: toekenning jeugdhulp Ruben Claes", "aanvraag dagbesteding Fatma Yıldız": a lower-case care service word +
      // a known first name + one more capitalised word is the person the service is for, no organisation (not
      // "jeugdhulp Kompas Twente" with no first name, nor a school named after someone: "basisschool Anne Frank").
      if (!t.cap && !t.upper && end === j + 2 && SERVICE_FOR_HEAD.test(phraseKey(text.slice(t.s, tokens[headEnd].e))) && tokens[j].cap && lex.firstNames.has(tokens[j].t) && !lex.ambiguousFirstNames.has(tokens[j].t) && !lex.places.phrases.has(tokens[j].key) &&
        !lex.institutions.phrases.has(tokens[j].key) && tokens[j + 1].cap && !lex.places.phrases.has(tokens[j + 1].key) && !ORG_TAIL.test(tokens[j + 1].t) && !lex.institutionHeads.phrases.has(tokens[j + 1].low)) continue;
      // "Woonstichting De Hofmarke en Twentse Energie Coöperatie", "… en Eneco", "Groentehal Verbeek en Pluimvee Hendriks": "en" +
      // an organisation of its own (a lexicon one, a capitalised head word, or two or more words closed by a company word)
      // ends the name.
      for (let k = j + 1; k < end - 1; k++)
        if (tokens[k].t === "en" && (lex.institutions.phrases.has(tokens[k + 1].key) || (tokens[k + 1].cap && lex.institutionHeads.phrases.has(tokens[k + 1].low)) || (end - k > 2 && tokens[end - 1].cap && ORG_TAIL.test(tokens[end - 1].t)) ||
          (end - k === 2 && /^\p{Lu}\p{Ll}{3,}(?:wonen|energie)$/u.test(tokens[k + 1].t)))) { end = k; break; }
      // (After a lower-case head opening a list item or form value the name alone is the span: "- thuiszorg Rivas",
      // "Kinderen: peuteropvang Humpie Dumpie"; "- thuiszorg van Opella" is left to the rules for the name.)
      const itemHead = !t.cap && !t.upper && t.sentStart;
      // "Kringloop Urk", "Kringloopwinkel Zutphen": the generic thrift shop + its one-word town is the town (as the gold of
      // blind440/526/630 has it; blind2's "Kringloop Den Bosch" and blind240's "Kringloop Het Ambacht" are the shop).
      if (end === j + 1 && /^kringloop(?:winkel)?$/.test(headKey) && lex.townsAndDistricts.has(tokens[j].key)) continue;
      // (a quarter is no name: "eigen bijdrage bewind Q2")
      const quarter = end === j + 1 && /^Q[1-4](?![\p{L}\p{N}])/u.test(text.slice(tokens[j].s, tokens[j].s + 3));
      // (nor a person under a lower-case measure: "overdracht bewind Wei Zhang", "mentorschap Anna de Vries")
      const measureOver = !t.cap && /^(?:bewind|beschermingsbewind|mentorschap|curatele)$/.test(t.low) && !!tokens[j] && lex.firstNames.has(tokens[j].t);
      if (end > j && !generic && !quarter && !measureOver && !(lex.firstNames.has(tokens[j].t) && end === j + 1 && !t.cap) && !(itemHead && !tokens[j].cap && !tokens[j].upper)) {
        ctx.out.push({ s: itemHead || taglineOnly ? tokens[j].s : t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionHead + 5 });
        continue;
      }
      // "praktijkondersteuner GGZ Sevda Aydın": the generic service + a known first name is the person.
      if (end > j && headKey === "ggz" && t.upper && lex.firstNames.has(tokens[j].t) && !lex.ambiguousFirstNames.has(tokens[j].t) && !lex.places.phrases.has(tokens[j].key) && !lex.institutions.phrases.has(tokens[j].key)) continue;
      if (end > j && headKey === "ggz" && t.upper) {
        ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionHead });
        continue;
      }
    }

    // Name + head word: "Thomas a Kempis College", "Zaans Medisch Centrum", "Flevoziekenhuis", "Compas Huisartsenpraktijk".
    // "Van der Valk Hotel": a capitalised particle may open the name.
    const particleStart = t.cap && LEADING_PARTICLES.has(t.low) && !t.sentStart && (tokens[i + 1]?.cap || LEADING_PARTICLES.has(tokens[i + 1]?.low ?? ""));
    if ((t.cap || t.upper) && (!isNegative(lex, t.low) || particleStart)) {
      let j = i;
      let lastCap = i;
      while (j + 1 < tokens.length && j - i < 6) {
        const gap = text.slice(tokens[j].e, tokens[j + 1].s);
        if (gap.length > 1 || gap.includes("\n")) break;
        const nx = tokens[j + 1];
        if (nx.cap || nx.upper || nx.initials) lastCap = j + 1;
        else if (!CONNECTORS.has(nx.low) && !HEAD_SUFFIX.test(nx.t) && nx.low !== "medisch" && nx.t !== "-") break;
        j++;
        // "Henk Verkerk", "Ria Ouwerkerk": a surname ending in -kerk is no church.
        // "Wendy Ouwerkerk", "Kees Nieuwkerk": a known first name right before a one-word -kerk compound is a person too
        // (a village or surname, no church).
        // "Team W&I Heemskerk", "Overleg Ridderkerk": a town ending in -kerk is no church either.
        if (nx.cap && /kerk$/.test(nx.low) && (lex.surnames.has(nx.t) || (lex.places.phrases.has(nx.key) && !lex.ambiguousPlaces.has(nx.key)) || doubleSurnameShapedLikeWorship(nx.t) || (j === i + 1 && lex.firstNames.has(t.t) && !lex.ambiguousFirstNames.has(t.t) && nx.low !== "kerk"))) break;
        // "Toelichting college", "Verwijzing ziekenhuis": an abstract noun (-ing, -atie, -heid) before a
        // lower-case head is a heading or a topic, no name.
        if (j === i + 1 && /^\p{Ll}/u.test(nx.t) && HEAD_SUFFIX.test(nx.t) && /^\p{Lu}\p{Ll}{3,}(?:ing|atie|itie|heid|schap)$/u.test(t.t) && !lex.institutions.phrases.has(t.key)) break;
        if (HEAD_SUFFIX.test(nx.t) || (nx.low === "centrum" && tokens[j - 1].low === "medisch") || (nx.t === "MC" && j > i)) {
          // "dr. Peters van Huisartsenpraktijk X": a lower-case "van"/"bij" before the head starts another name.
          // "Vrouwen van de kerk doen …": an article right before a lower-case head makes it a common noun; "the Surinamese
          // church": a nationality adjective alone before the head is no name either (nor "The school asked …" opening a sentence).
          const ofHead = ["van", "bij", "voor", "via"].includes(tokens[j - 1].t) || (/^\p{Ll}/u.test(nx.t) && ["de", "het", "the", "The"].includes(tokens[j - 1].t)) ||
            (j - 1 === i && /^\p{Lu}\p{Ll}+(?:se|sche|ische|aanse|ese|an|ian)$/u.test(t.t) && !lex.institutions.phrases.has(t.key)) ||
            // "de Eritrees-orthodoxe kerk", "een Syrisch-orthodoxe kerk", "de Gereformeerde kerk": a denomination before a
            // lower-case head names the kind of church, no church (a named one follows: "Kidane Mehret").
            (j - 1 === i && /^\p{Ll}/u.test(nx.t) && (/^\p{Lu}\p{Ll}+-\p{Ll}{4,}e$/u.test(t.t) || DENOMINATION_WORDS.has(t.low)) && !lex.institutions.phrases.has(t.key) && !(tokens[j + 1]?.cap && text.slice(nx.e, tokens[j + 1].s) === " ")) ||
            // "ds. Van Duijn van de Nieuwe Kerk": after a title the name ends at a lower-case "van"; the church starts later.
            // (Also with a capitalised particle between the title and the name: "dr. Van Dijken van het
            // Ommelander Ziekenhuis".)
            (TITLES.has(titleBefore(tokens, i)) && tokens.slice(i + 1, j).some((x) => x.t === "van")) ||
            // "Onderwerp: Jaarcijfers kapsalon mw. Yilmaz": the first word of a subject line before a
            // lower-case head is the document's topic ("Jaarcijfers", "Aanvraag"), no name of the salon.
            (j - 1 === i && /^\p{Ll}/u.test(nx.t) && SUBJECT_LINE_BEFORE.test(text.slice(Math.max(0, t.s - 16), t.s))) ||
            // "Deelnemernummer taalschool: DN-2024-44871": a field label (a number's or code's name) before a lower-case head.
            (j - 1 === i && /^\p{Ll}/u.test(nx.t) && /\p{Ll}(?:nummer|nr|code)$/u.test(t.low));
          if (!(tokens[j - 1].low === "medisch" && j - 1 === i) && !ofHead) {
            // A place right after the head belongs to the name: "Christ Apostolic Church Den Haag".
            // (Not after a known institution, which keeps its own span beside the place, "Humanitas Ede": "Regio
            // College Zaandam" is two spans.)
            const placeEnd0 = tokens[j + 1] && text.slice(nx.e, tokens[j + 1].s) === " " ? matchPhrase(ctx, j + 1, lex.places) : -1;
            // (a town, not a branch named "town-district": "Van der Valk Hotel Nijmegen-Lent" stays one span)
            const splitKnown = placeEnd0 > j && !tokens[j + 1].t.includes("-") && lex.townsAndDistricts.has(phraseKey(text.slice(tokens[j + 1].s, tokens[placeEnd0].e))) && knownNameEndingAt(ctx, i, j);
            const placeEnd = splitKnown ? -1 : placeEnd0;
            let withPlace = placeEnd > j ? placeEnd : tokens[j + 1] && placeWithDirection(lex, tokens[j + 1]) && text.slice(nx.e, tokens[j + 1].s) === " " ? j + 1 : -1;
            // A head that is also a head word takes its own name along: "Van der Valk Hotel Nijmegen-Lent".
            // "Fontys Hogescholen en Universiteit Utrecht" are two names: no boost across "en".
            const joined = tokens.slice(i, j).some((x) => x.low === "en" || x.t === "&");
            if (joined) withPlace = -1;
            if (withPlace < 0 && !joined && !splitKnown && lex.institutionHeads.phrases.has(nx.low) && tokens[j + 1]?.cap && !tokens[j + 1].sentStart && text.slice(nx.e, tokens[j + 1].s) === " ") {
              const e2 = capRun(ctx, j + 1, 3);
              if (e2 > j + 1) withPlace = e2 - 1;
            }
            // A school or hospital named after a doctor or professor takes the title along: "Dr. Nassau College",
            // "Prof. Gerbrandy Ziekenhuis" (a capitalised title and a capitalised head; "dr. Peters van …" stops above).
            const titled = tokens[i - 1]?.t === "." && /^(?:Dr|Prof|Mr|St)$/.test(tokens[i - 2]?.t ?? "") && tokens[i - 1].s === tokens[i - 2].e && /^\p{Lu}/u.test(nx.t) && !joined && tokens.slice(i, j).every((x) => x.cap);
            ctx.out.push({ s: titled ? tokens[i - 2].s : t.s, e: withPlace > j ? tokens[withPlace].e : nx.e, label: "instelling", prio: titled ? PRIO.personTitle + 2 : !joined && (particleStart || withPlace > j) ? PRIO.institutionHead + 6 : PRIO.institutionHead - 1 });
          }
          break;
        }
      }
      void lastCap;
      // A single compound: "Flevoziekenhuis", "Antoniusziekenhuis" (but not "Ziekenhuis" itself); "Zuiderzeemuseum".
      const compound = /^(\p{Lu}[\p{L}'-]{2,})(ziekenhuis|kliniek|gasthuis|college|museum)$/u.exec(t.t);
      if (compound && !t.sentStart || (compound && compound[1].length > 2)) {
        ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionHead - 1 });
      }
    }

    // Context: "bij Sortiva", "via Asito", "werkt bij De Zilverling", "Afdeling Waaier", "kliniek van het Retail".
    // English letters and forms: "I worked as a tester at Infosys", "is registered at Sint-Jozefschool".
    // (also "for": "He works for Centric")
    const englishAt = (prevLow === "at" || prevLow === "for") && tokens.slice(Math.max(0, i - 8), i - 1).some((x) => ENGLISH_AT_WORDS.has(x.low));
    // An English transfer line in an exported record: "From Healthcare to NV at NV." names departments or organisations
    // (places, persons, days and months stay what they are below).
    const englishMove = (prevLow === "from" || prevLow === "to" || prevLow === "at") && englishTransferLine(text, t.s);
    // (not "vlak bij Roomburg", "dicht bij Merenwijk": nearness, the place rules read it)
    const orgContext = (ORG_PREPS.has(prevLow) && !nearBijBefore(tokens, i)) || englishAt || englishMove || ((prevLow === "de" || prevLow === "het") && ORG_PREPS.has(prevPrevLow));
    const deptContext = ["afdeling", "locatie", "team"].includes(prevLow) ||
      ((prevLow === "het" || prevLow === "de") && prevPrevLow === "van" && ["kliniek", "afdeling", "instelling", "locatie", "praktijk", "ziekenhuis"].includes(tokens[i - 3]?.low ?? ""));
    // "team Statushouders", "team Jongeren": a municipal team named after its target group is no organisation.
    // "Afdeling Volwassenen": a department named after its target group is no organisation either.
    // Also two nouns joined by "&"/"en" of which one is a department word: "team Bewind & Ouderen".
    const teamDepartment = (prevLow === "team" || prevLow === "afdeling") && (isDepartmentWord(t.low) ||
      ((tokens[i + 1]?.t === "&" || tokens[i + 1]?.low === "en") && !!tokens[i + 2] && isDepartmentWord(tokens[i + 2].low) && !lex.surnames.has(t.t) && !lex.firstNames.has(t.t)) ||
      // "GZ-psycholoog, team Trauma en Migratie": after a lower-case "team"/"afdeling" two ordinary nouns joined by "en"/"&"
      // (no name, place or organisation either of them) name a unit too.
      (!tokens[i - 1].cap && (tokens[i + 1]?.t === "&" || tokens[i + 1]?.low === "en") && !!tokens[i + 2]?.cap && tokens[i + 2].word && !(tokens[i + 3]?.cap && text.slice(tokens[i + 2].e, tokens[i + 3].s) === " ") &&
        [t, tokens[i + 2]].every((x) => /^\p{Lu}\p{Ll}{3,}$/u.test(x.t) && !lex.surnames.has(x.t) && !lex.ambiguousSurnames.has(x.t) && !lex.firstNames.has(x.t) && !lex.places.phrases.has(x.key) && !lex.institutions.phrases.has(x.key))) ||
      // "afdeling Bijzonder Beheer", "team Centrale Administratie": an adjective + a department word is a department too.
      (!!tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " " && (isDepartmentWord(tokens[i + 1].low) || /^(?:beheer|klanten|zaken)$/.test(tokens[i + 1].low)) && /\p{Ll}(?:er|e|ig|isch|aal|eel|ief)$/u.test(t.t) && !lex.surnames.has(t.t)));
    // "via de Regeling Medische Zorg Oekraïners": a scheme or programme word opens a scheme's name, no organisation.
    const schemeName = PROGRAMME_NOUNS.has(t.low) && !!tokens[i + 1]?.cap;
    // "OVERDRACHT BIJ VERHUIZING": a heading in capitals, no organisation.
    const capsHeading = t.upper && t.t.length >= 5 && !!tokens[i - 1]?.upper && tokens[i - 1].word;
    // "gezien bij het Zuiderdiep", "bij de Vismarkt": a single street-shaped word after an article is a street, no organisation.
    const streetAfterArticle = (prevLow === "het" || prevLow === "de") && STREET_SHAPE.test(t.t) && !(tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " ");
    // "werkt bij Ter Haar": a capitalised "Ter"/"Ten" opens a family name (framedCoinedFirms), never a name of its own.
    const terParticle = /^te[rn]$/.test(t.low) && !!tokens[i + 1]?.cap;
    if ((orgContext || deptContext) && !teamDepartment && !schemeName && !capsHeading && !streetAfterArticle && !terParticle && (t.cap || t.upper) && !t.sentStart && !ctx.negative[i] && !thingCompound(lex, t.t)) {
      const key = t.key;
      const nx = tokens[i + 1];
      const companyAfter = !!nx && nx.cap && text.slice(t.e, nx.s) === " " && !lex.firstNames.has(nx.t) && !lex.surnames.has(nx.t) && !lex.places.phrases.has(nx.key) && !isNegative(lex, nx.key) && !PARTICLES.has(nx.low);
      // (a call name the text gives is a person: "door iedereen Gait genoemd … contact via Gait")
      const isPerson = ((lex.firstNames.has(t.t) || lex.surnames.has(t.t)) && !companyAfter) || TITLES.has(t.low) || RELATIONS.has(t.low) || callNames(ctx).has(t.t);
      const isPlace = lex.places.phrases.has(key);
      // "contract bij Hemmen", "werkt bij Vredestein": after a word for a job "bij" names the employer, also when the
      // name is a village (a job is never "at" a town; "woont bij Hemmen" stays the place).
      const employer = isPlace && prevLow === "bij" && EMPLOYMENT_BEFORE_BIJ.has(tokens[i - 2]?.low ?? "") && !lex.abroad.has(key) && matchPhrase(ctx, i, lex.places) === i &&
        !(tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " ") && !/^[ \t]+(?:in de buurt|e\.o\.|en omgeving)/.test(text.slice(t.e, t.e + 16));
      if (employer) ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.placeLexicon + 2 });
      // "bij Ons Tweede Thuis", "via Samen Sterker Thuis": three or more capitalised ordinary words mid-sentence after
      // bij/via are a name (a foundation or home), even when each is a common word.
      if (orgContext && t.cap && lex.common.has(t.low) && !isPerson && !isPlace) {
        const wide = capRun(ctx, i, 4, true);
        const ws = tokens.slice(i, wide);
        // (also two, opened by a possessive: "bij Onze Loods", "naar Ons Huis")
        if ((wide - i >= 3 || (wide - i === 2 && /^(?:onze|ons)$/.test(t.low))) && ws.every((x) => x.cap && x.word && !ctx.negative[x.i] && !lex.places.phrases.has(x.key)) && !GENERIC_SERVICES.has(phraseKey(text.slice(t.s, tokens[wide - 1].e))))
          ctx.out.push({ s: t.s, e: tokens[wide - 1].e, label: "instelling", prio: PRIO.institutionContext });
      }
      if (!isPerson && !isPlace && !isNegative(lex, key) && !lex.notNamesAfterTitle.has(t.low)) {
        let end = capRun(ctx, i, 4);
        // "Afdeling Waaier en UMCU": stop before a lexicon institution, it gets its own span.
        for (let k = i + 1; k < end; k++) if (tokens[k].low === "en") end = k;
        // "bij Fresh Park Venlo", "via Stap Verder Zwolle": unknown capitalised words + a place after "bij/via" are one
        // organisation (stronger than the place alone; a lexicon organisation + place stays two spans: "Humanitas Ede").
        const placeAt = end - 1 > i ? matchPhrase(ctx, end - 1, lex.places) : -1;
        const joinedPlace = placeAt === end - 1 && orgContext && !lex.institutions.phrases.has(key) && !GENERIC_SERVICES.has(key) &&
          tokens.slice(i, end - 1).every((x) => !x.word || (!lex.places.phrases.has(x.key) && !lex.firstNames.has(x.t) && !lex.surnames.has(x.t)));
        // A run closed by a compound with a lower-case noun after its hyphen is a thing named after a method
        // or programme: "via de Housing First-afspraken", "via het Work First-traject" (not a head: "Alfa-college").
        const thingTail = /^\p{Lu}[\p{L}]*-(\p{Ll}{3,})$/u.exec(tokens[end - 1]?.t ?? "");
        if (end > i && thingTail && end - 1 > i && /^(?:afspraken|afspraak|regeling|regelingen|traject|trajecten|aanpak|methode|methodiek|programma|project|training|cursus|aanvraag|aanvragen|beleid|model|principe|principes|gesprek|gesprekken|werkwijze|plan|plannen|route|pilot|subsidie|budget|indicatie|voorziening|woning|woningen|plek|plekken|plaats|plaatsen)$/.test(thingTail[1])) continue;
        // (not the first half of a coordinated compound alone: "locatie Ouder- en Kindteam Watergraafsmeer"; a name before
        // it is a firm's: "Kroeze Koel- en Vriestransport")
        if (end === i + 1 && /^-[ \t]+(?:en|of)[ \t]/.test(text.slice(t.e, t.e + 6))) continue;
        // (nor a national body's compound with a lower-case noun: "de Belastingdienst via de Inlichtingenbureau-koppeling")
        if (end === i + 1 && thingTail && isNegative(lex, t.low.slice(0, t.low.indexOf("-")))) continue;
        // (nor a municipal team + its place, the place only: "bij het Stadsteam Oudewater", like "Wijkteam Elst")
        if (end === i + 2 && DISTRICT_TEAMS.has(t.low) && placeAt === end - 1) continue;
        // (nor one street-shaped word after "de": "in zijn auto bij de Maasboulevard" is a street without a number)
        if (end === i + 1 && tokens[i - 1]?.low === "de" && (STREET_SHAPE.test(t.t) || /\p{Ll}boulevard$/u.test(t.t)) && !lex.institutions.phrases.has(key)) continue;
        // (nor a ward named by its kind of care after "afdeling": "Mondriaan, afdeling Verslavingszorg")
        if (end === i + 1 && tokens[i - 1]?.low === "afdeling" && (GENERIC_SERVICES.has(t.low) || /^(?:verslavingszorg|ouderenzorg|jeugdzorg|gehandicaptenzorg|psychiatrie|revalidatie|geriatrie|kindergeneeskunde|cardiologie|neurologie|oncologie|orthopedie|interne geneeskunde)$/.test(t.low))) continue;
        // (nor a generic abbreviation in capitals: "bij het PVT en de MAP", "bij het MT"; see lexicons/abbreviations.ts)
        if (end === i + 1 && t.upper && isGenericAbbreviation(t.low)) continue;
        // (nor one compound naming a form or a letter: "via het Inkomstenformulier", "met de Wijzigingsbrief")
        if (end === i + 1 && /^\p{Lu}\p{Ll}{3,}(?:formulier|formulieren|brief|verklaring|overzicht)$/u.test(t.t) && !lex.institutions.phrases.has(key)) continue;
        if (end > i) ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: joinedPlace ? PRIO.placeLexicon + 3 : PRIO.institutionContext });
        // "Afdeling Healthcare en Retail": the second name after "en" is one too.
        if (tokens[end]?.low === "en" && tokens[end + 1] && (tokens[end + 1].cap || tokens[end + 1].upper) && !isNegative(lex, tokens[end + 1].low) && !isPlaceOrInstitution(ctx, tokens[end + 1])) {
          const e2 = capRun(ctx, end + 1, 3);
          if (e2 > end + 1) ctx.out.push({ s: tokens[end + 1].s, e: tokens[e2 - 1].e, label: "instelling", prio: PRIO.institutionContext });
        }
      }
    }
    // "op het Wolfert van Borselen", "de ISK van het Graaf Engelbrecht": "het" + a person-looking name after a
    // preposition is a school or building (a person never takes "het"); "zit op Helen Parkhurst": a school.
    const hetName = prevLow === "het" && tokens[i - 1]?.t === "het" && HET_NAME_PREPS.has(prevPrevLow);
    const sitsOn = prevLow === "op" && SIT_VERBS.has(prevPrevLow);
    if ((hetName || sitsOn) && t.cap && !t.sentStart && !ctx.negative[i] && !lex.places.phrases.has(t.key) && !isNegative(lex, t.key) && !lex.institutionHeads.phrases.has(t.low)) {
      const end = capRun(ctx, i, 4);
      const words = tokens.slice(i, end).filter((x) => x.cap);
      const last = tokens[end - 1];
      // A first name or title opening it, a known surname closing it, or a particle inside ("Wolfert van Borselen").
      const personLike = (lex.firstNames.has(t.t) || TITLES.has(t.low) || NAMESAKE_TITLES.has(t.low) || (words.length >= 2 && (lex.surnames.has(last.t) || tokens.slice(i, end).some((x) => PARTICLES.has(x.t))))) &&
        words.length >= (sitsOn ? 2 : 1) && !lex.institutions.phrases.has(phraseKey(text.slice(t.s, last.e)));
      // "in het Albert Schweitzer ziekenhuis": a head word after it is handled by the name + head rule.
      const headAfter = !!tokens[end] && (HEAD_SUFFIX.test(tokens[end].t) || ORG_TAIL.test(tokens[end].t) || lex.institutionHeads.phrases.has(tokens[end].low));
      if (end > i && personLike && !headAfter && !lex.places.phrases.has(t.key) && words.every((x) => !lex.common.has(x.low) && !x.t.includes("-")))
        ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.personTitle + 1 });
    }
    // "zit op het Ubbo Emmius", "gaat naar de Prinses Amalia": a school after "zit/gaat op/naar het/de".
    if (t.cap && !t.sentStart && (prevLow === "het" || prevLow === "de") && ["op", "naar"].includes(prevPrevLow) && SCHOOL_VERBS.has(tokens[i - 3]?.low ?? "") && !lex.places.phrases.has(t.key) && !isNegative(lex, t.key)) {
      const end = capRun(ctx, i, 4);
      // "gaat naar de Eritrees-orthodoxe kerk": a word before a lower-case church or school noun describes its kind.
      const kindOf = !!tokens[end] && /^\p{Ll}/u.test(tokens[end].t) && HEAD_SUFFIX.test(tokens[end].t);
      if (end > i && !kindOf) ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionContext + 2 });
    }
    // A capitalised article in mid-sentence belongs to a name: "de vraag voor De Zilverling", "bij De Kern".
    if ((t.t === "De" || t.t === "Het") && !t.sentStart && tokens[i + 1]?.cap && !TITLES.has(prevLow) && !(tokens[i - 1]?.t === ".")) {
      const end = capRun(ctx, i + 1, 3);
      const nextKey = tokens[i + 1].key;
      // "dochter zit op De Wielewaal": after "zit/zat op" the article-led name is a school, also when a district bears it
      // (a child sits at a school, never in a district); not "woont op De Wielewaal".
      const sitsAt = prevLow === "op" && SIT_VERBS.has(prevPrevLow) && end === i + 2;
      // ("coördinator Het Veenhuis", "locatie Het Veenhuis": a surname after a capitalised "Het" is a building or home,
      // never a person; "bij De Vries" is a person.)
      const surname = lex.surnames.has(tokens[i + 1].t) || lex.ambiguousSurnames.has(tokens[i + 1].t);
      // "werkervaringsplaatsen Dieren/De Steeg": an article-led village after a place and a slash is the second place.
      const placeEnd = matchPhrase(ctx, i, lex.places);
      if (placeEnd > i && tokens[i - 1]?.t === "/" && tokens[i - 1].s === tokens[i - 2]?.e && t.s === tokens[i - 1].e && lex.places.phrases.has(tokens[i - 2].key)) {
        ctx.out.push({ s: t.s, e: tokens[placeEnd].e, label: "plaats", prio: PRIO.placeContext });
        continue;
      }
      if (end > i + 1 && (!surname || t.t === "Het") && ((!lex.places.phrases.has(nextKey) && !NEIGHBOURHOOD.test(tokens[i + 1].t)) || sitsAt))
        ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: sitsAt ? PRIO.placeLexicon + 2 : surname ? PRIO.personTitle + 1 : PRIO.institutionContext });
    }
  }
}

// Words that end a company name: "Van der Meulen Metaal", "Gom Schoonhouden", "Loonbedrijf Kamphuis" is a head.
// (Also insurers and lenders: "Bovemij Verzekeringen", "Kroeze Assurantiën".)
// A name + a compound on -stichting, -verzekeringen or -lease is a foundation, insurer or lessor ("Waterweg Woonstichting",
// "Eemsland Zorgverzekeringen", "Amer Autolease"); cold stores go by an English trade word ("Nordhaven Cold Storage").
// (session 26: mail-order firms, lenders, studios and academies: "Stijlhuis Postorder", "Friesland Krediet", "Haarmode Studio",
// "Wadden Zorg Academie")
// (session 43: a coined cleaning firm, "Betuwe Clean")
export const ORG_TAIL = /^(?:clean|cleaners|schuldbemiddeling|schuldhulpverlening|postorder|airport|krediet|studio|academie|cargo|care|events|translations|breeding|volkshuisvesting|dakbedekking|dakbedekkingen|direct|direkt|verzekerd|verzekeringen|benelux|assurantiën|assurantien|assuranties|hypotheken|financieringen|transporten|constructie|constructies|producten|projecten|reparaties|bestratingen|zonwering|zonweringen|renovaties|isolatie|dakwerken|elektro|witgoed|stichting|vereniging|fonds|buizen|pompen|kozijnen|tegels|meubelen|meubels|staal|hout|verpakkingen|karton|machines|banden|glas|vloeren|keukens|keuken|kunststoffen|plastics|metalen|textiel|vleeswaren|vlees|zuivel|autoparts|parts|onderdelen|autoschade|kassen|glastuinbouw|stuwadoors|stevedoring|containers|metaal|ontwerp|design|webdesign|media|fiscaal|fotografie|communicatie|consultancy|partners|group|hub|totaal|tuinen|cars|bikes|fietsen|tweewielers|motors|gerechtsdeurwaarders|deurwaarders|advocaten|advocatuur|advocatenkantoor|notariaat|notariskantoor|juristen|notarissen|incasso|familierecht|arbeidsrecht|strafrecht|personenrecht|huurrecht|vreemdelingenrecht|sociaalrecht|letselschade|mediation|vision|optiek|opticiens|brillen|hoorcentrum|hoortoestellen|bouw|techniek|installatie|installaties|transport|logistiek|distributie|schoonmaak|schoonhouden|groep|holding|services|service|personeel|uitzendbureau|advies|beheer|kinderopvang|zorg|wonen|vastgoed|catering|horeca|bakkerij|bakkerijen|slagerijen|stoffering|stoffeerderij|interieur|interieurs|woninginrichting|automotive|recycling|security|beveiliging|facilitair|print|drukkerij|hoveniers|dienstverlening|bewindvoering|bewind|bewindvoerders|budgetbeheer|administratie|administraties|boekhouding|boekhouders|boekhoudkantoor|administratiekantoor|belastingadvies|glazenwasserij|glazenwassers|glêzenwask|glêzenwasserij|skilders|bedriuw|vintage|webshop|boutique|bau|käserei|bäckerei|metzgerei|gärtnerei|schreinerei|tischlerei|brauerei|druckerei|spedition|versand|thuiswinkel|webwinkel|accountants|makelaardij|verhuur|verhuizingen|uitzendgroep|detachering|logistics|cleaning|nails|beauty|fashion|foods|fresh|packers|kitchen|kappers|hairstyling|welzijn|jeugdzorg|jeugdhulp|hulpverlening|thuiszorg|begeleiding|coaching|dagbesteding|re-integratie|reïntegratie|opleidingen|trainingen|taaltraining|taaltrainingen|lease|leasing|taxi|taxicentrale|vervoer|personenvervoer|ministries|church|fellowship|chapel|energie|tolken|tolkencentrum|vertalingen|vertaalbureau|visserij|rederij|kwekerij|scheepvaart|maatschappij|coöperatie|cooperatie|housing|textiles|textile|trading|express|workforce|import|export|couriers|koeriers|koeriersdienst|bv|b\.v\.|nv|vof|afbouw|onderhoud|montage|klussen|groen|schuldsanering|sanering|bloembollen|bollen|tulpen|chrysanten|groenten|groente|aardbeien|tomaten|paprika's|komkommers|potplanten|champignons|aardappelen|orchideeën|eieren|pluimvee|bollenteelt|boomkwekerij|tuinbouw|force|center|centre|dierenpark|dierentuin|pretpark|attractiepark|energy|retail|systems|technologies|technology|engineering|industries|industrie|electronics|pharma|construction|consulting|staffing|recruitment|werkt|actief|werk|interim|flex|payroll|jobs|agro|agri|agrarisch|flowerbulbs|bulbs|flowers|plants|nursery|nurseries|farms|farm|farming|plant|horticulture|greenhouses|seeds|zaden|fruit|shipyards|shipping|offshore|yachts|labour|personnel|aviation|airlines|aerospace|handling|seafood|fisheries|robotics|stroom|zeitarbeit|personalservice|personaldienstleistungen|visverwerking|employment|agency|uitzendwerk|werving|loonwerk|grondverzet|sloopwerken|steigerbouw|storage|warehousing|carpets|carpet|flooring|tapijt|tapijten|vloerbedekking|centers|centres|vloerwerk|tegelwerk|stucwerk|schilderwerk|metselwerk|timmerwerk|straatwerk|voegwerk|laswerk|\p{L}{3,}(?:stichting|verzekeringen|lease|leasing|service|bedrijf|wagens|export|import|verhuur|vervoer|teelt|kwekerij|sanering|techniek|bouw|transport|logistiek|installaties?|diensten|services|bewindvoering|bewind|schoonmaak|zorg|groep|hulp|hulpverlening|welzijn|begeleiding|voorziening|voorzieningen|werken|onderhoud|montage|bewerking|verwerking|handel|advies|coaching|fabriek|fabrieken|molen|molens|brouwerij|slachterij|zagerij|branderij|drukkerijen|erijen|binderij|stoffering|inrichting|ontwerp|design|beheer|talentcentrum|leerwerkcentrum|opleidingscentrum))$/iu;
// Legal forms and family endings after a company name: "Verhoef Installatietechniek B.V.", "Van Dam & Zn.".
// A lower-case "bv" only before punctuation or a line end ("Budgetcoach Kempen bv, met …"): "bv" is also "bijvoorbeeld".
// Foreign legal forms too (German, British, US, French, Spanish, Italian, Polish, Belgian, Nordic, Central European):
// "Grenzland Personal GmbH", "Zentis GmbH & Co. KG", "Bouygues S.A.", "Trans-Pol Sp. z o.o.", "Van Hool NV", "Kringwinkel vzw".
const LEGAL_FORM = /^[ \t]*(?:B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF|C\.V\.|& Zn\.?|& Zonen|en Zonen|bv(?=[ \t]*(?:[,;)]|\n|$))|g?GmbH(?:[ \t]*&[ \t]*Co\.?[ \t]*KG)?|AG|KG|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|PLC|plc|S\.A\.(?:S\.)?|SAS|SARL|S\.à[ \t]?r\.l\.|S\.L\.|S\.p\.A\.|S\.r\.l\.|SRL|[Ss]p\.[ \t]?z[ \t]?o\.o\.|sp\.[ \t]?[kj]\.|S\.C\.|BVBA|B\.V\.B\.A\.|CommV|VZW|vzw|v\.z\.w\.|e\.V\.|A\/S|ApS|s\.r\.o\.|Kft\.?|Zrt\.?|d\.o\.o\.)(?![\p{L}])/u;

// Lower-case abbreviations that end in a dot before a name: "t.n.v.", "i.o.v.", "bijv.", "o.a.", "inz.".
const ABBREVIATION_WORDS = new Set(["inz", "bijv", "evt", "zgn", "resp", "mbt", "tnv", "tav", "ivm", "nl"]);
/** Whether the "." token at `dot` ends a lower-case abbreviation ("t.n.v", "bijv") rather than a sentence. */
function abbreviationBefore(ctx: Ctx, dot: number): boolean {
  const w = ctx.tokens[dot - 1];
  if (!w || w.e !== ctx.tokens[dot].s || !/^\p{Ll}/u.test(w.t)) return false;
  return /^\p{Ll}(?:\.\p{Ll})+$/u.test(w.t) || ABBREVIATION_WORDS.has(w.low);
}

// A numbered list item's marker at a line start: "2. ", "12. ".
const NUMBERED_ITEM_BEFORE = /(?:^|\n)[ \t]*\d{1,2}\.[ \t]+$/;

// Forms of housing and care, no corporation: "Beschermd Wonen", "Begeleid Wonen", "Zelfstandig Wonen".
const HOUSING_FORM_WORDS = /^(?:beschermd|begeleid|beschut|zelfstandig|ambulant|intramuraal|extramuraal|samen|kleinschalig|verzorgd|geclusterd|tijdelijk|anders|gewoon|thuis|zorg|woon)$/;
const housingFrame = (ctx: Ctx, i: number) =>
  !ctx.tokens[i].sentStart && ctx.tokens[i].cap && /^(?:bij|van|met|via|aan|naar|door)$/.test(ctx.tokens[i - 1]?.t ?? "") && !HOUSING_FORM_WORDS.test(ctx.tokens[i].low);
function orgTailRule(ctx: Ctx) {
  const { tokens, lex } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    // A capitalised word before it on the same line continues the run; one on the line above ("Marco de Boer\nZuidWest
    // Bewind") or a common word opening the sentence ("Namens ZuidWest Bewind") does not.
    // (Nor does "HR" before a surname: "HR Kuijpers Distributie" on a signature line.)
    if (!t.word || !(t.cap || t.upper || LEADING_PARTICLES.has(t.low)) || (before && (before.cap || before.upper) && before.word && !(before.t === "HR" && lex.surnames.has(t.t)) &&
      !newlineBetween(ctx.text, before.e, t.s) && !(before.sentStart && lex.common.has(before.low) && !ORG_TAIL.test(before.t)))) continue;
    // "woont in Den Hout": a place of the lexicons after a place preposition, filling the capitalised run, is that place,
    // not a firm ending in a trade word ("Hout").
    // (also after a comma or in a table cell: "Casus gezin Verschuren, Den Hout", "| Den Hout |")
    if (/^(?:in|uit|te|naar|,|\|)$/.test(before?.low ?? "") && matchPhrase(ctx, i, lex.places) === capRun(ctx, i, 5) - 1) continue;
    // "BBZ Advies Midden-Nederland", "WMO Advies Twente": a law abbreviation + a company word + a place or region is a firm.
    const nx1 = tokens[i + 1];
    if (t.upper && ctx.negative[i] && !t.sentStart && nx1?.cap && ORG_TAIL.test(nx1.t) && ctx.text.slice(t.e, nx1.s) === " " && tokens[i + 2]?.cap && ctx.text.slice(nx1.e, tokens[i + 2].s) === " ") {
      const pe = matchPhrase(ctx, i + 2, lex.places);
      if (pe >= i + 2) {
        ctx.out.push({ s: t.s, e: tokens[pe].e, label: "instelling", prio: PRIO.institutionHead + 6 });
        continue;
      }
    }
    // "huurachterstand bij Goed Wonen", "een woning van Goed Wonen": a common word + "Wonen" after a preposition names a
    // housing corporation (not a form of housing: "bij Beschermd Wonen", "via Begeleid Wonen").
    const wonenOrg = tokens[i + 1]?.t === "Wonen" && housingFrame(ctx, i);
    let end = capRun(ctx, i, 5);
    if (end <= i + 1 && wonenOrg && ctx.text.slice(t.e, tokens[i + 1].s) === " ") end = i + 2;
    if (end <= i + 1 && DIRECTIONS.test(t.low) && tokens[i + 1]?.cap && /^(?:werkt|actief)$/.test(tokens[i + 1].low) && ctx.text.slice(t.e, tokens[i + 1].s) === " ") end = i + 2;
    // Ordinary capitalised words mid-sentence before a company word: "(Stap Verder Re-integratie)".
    // Also after a label's colon: "Onderneming: Tweede Leven Vintage", "Bedrijf: Groene Vallei Hoveniers".
    const afterLabel = t.sentStart && tokens[i - 1]?.t === ":" && !newlineBetween(ctx.text, tokens[i - 1].e, t.s);
    if (end - i < 3 && (!t.sentStart || afterLabel) && t.cap) {
      const wide = afterLabel ? capRun(ctx, i + 1, 4, true) : capRun(ctx, i, 5, true);
      if (wide - i >= 3 && ORG_TAIL.test(tokens[wide - 1].t) && tokens.slice(i, wide).every((x) => x.cap || x.upper)) end = wide;
    }
    // The tail itself may be an ordinary word: "Amarantis Zorg", "Jansen Advies".
    const nextTok = tokens[end];
    if (end > i && nextTok && nextTok.cap && ORG_TAIL.test(nextTok.t) && ctx.text.slice(tokens[end - 1].e, nextTok.s) === " ") end++;
    // "VOORTGANGSRAPPORTAGE JOBCOACHING": a heading of long all-caps words is no company name.
    if (end - i >= 2 && tokens.slice(i, end).every((x) => x.upper && x.t.length >= 6)) continue;
    // A common word opening the run is no name ("Hoewel Jeugdzorg …"), unless mid-sentence in a run of three or more
    // capitalised words ending in a company word: "(Stap Verder Re-integratie)".
    const commonOk = (!t.sentStart || afterLabel) && end - i >= 3 && tokens.slice(i, end).every((x) => x.cap || x.upper);
    // "bij Zuid Actief", "Oost Werkt": a compass word before "Actief"/"Werkt" names a regional organisation.
    const directionOrg = end - i === 2 && DIRECTIONS.test(tokens[i].low) && /^(?:werkt|actief)$/.test(tokens[i + 1].low);
    const housingOrg = end - i === 2 && wonenOrg;
    if (end - i < 2 || (lex.common.has(tokens[i].low) && !(tokens[i].cap && LEADING_PARTICLES.has(tokens[i].low)) && !commonOk && !directionOrg && !housingOrg)) continue;
    // The last company word in the run; a place after it belongs to the name ("Bakker Logistiek Zeewolde").
    let tail = -1;
    for (let k = end - 1; k > i; k--) if (ORG_TAIL.test(tokens[k].t)) { tail = k; break; }
    if (tail < 0) continue;
    // "H. Kapteijn van Kapteijn Bewindvoering": the company starts after a lower-case "van"/"voor"/"en".
    let first = i;
    // After a full stop the first capitalised word may be an ordinary word ("Hoewel Jeugdzorg …").
    // Not after an abbreviation's dot ("t.n.v. Scheldestroom Bewind", "i.o.v. Flexa Interim", "bijv. Jansen Bouw").
    // (Nor a numbered list item's dot before an unknown word: "2. Zilverlijn Incasso, i.o.v. …".)
    const afterStop = tokens[i].sentStart && !!tokens[i - 1] && /^[.!?]$/.test(tokens[i - 1].t) && !(tokens[i - 1].t === "." && abbreviationBefore(ctx, i - 1)) &&
      !(!lex.common.has(tokens[i].low) && NUMBERED_ITEM_BEFORE.test(ctx.text.slice(Math.max(0, tokens[i].s - 8), tokens[i].s)));
    // (Not a known place or region right before the company word: "Rijnland Vervoer zoekt chauffeurs",
    // "Drechtsteden Transport belt" are regional firms, as they are mid-sentence.)
    const placeFirm = tail === i + 1 && lex.places.phrases.has(tokens[i].key) && !lex.abroad.has(tokens[i].key) && !lex.ambiguousPlaces.has(tokens[i].key) && !lex.common.has(tokens[i].low);
    if (afterStop && !placeFirm && !lex.surnames.has(tokens[i].t) && !lex.firstNames.has(tokens[i].t) && !tokens[i].upper) first = i + 1;
    // (not an "en" between two company words: "Van Raaij Groente en Fruit", "Jansen Bouw en Techniek")
    for (let k = tail - 1; k > i; k--) if (["van", "voor", "en", "bij"].includes(tokens[k].t) && !(tokens[k].t === "en" && k === tail - 1 && tokens[k - 1].cap && ORG_TAIL.test(tokens[k - 1].t) && k - 1 > i)) { first = k + 1; break; }
    // A lower-case article is no part of the name: "mevrouw Lemmens van de William Schrikker Stichting".
    if (tokens[first].t === "de" || tokens[first].t === "het") first++;
    // "de BBL-opleiding Helpende Zorg": a course or law compound opening the run is no part of a name.
    if (thingCompound(lex, tokens[first].t)) first++;
    // "- Navraag Stukadoorsbedrijf Zijlstra": a trade compound + a known surname after it is the firm; the words before
    // the compound are no part of it.
    const owner = tokens[tail + 1];
    if (first < tail && TRADE_COMPOUND_TAIL.test(tokens[tail].t) && owner?.cap && owner.word && ctx.text.slice(tokens[tail].e, owner.s) === " " && (lex.surnames.has(owner.t) || lex.ambiguousSurnames.has(owner.t))) {
      ctx.out.push({ s: tokens[tail].s, e: owner.e, label: "instelling", prio: PRIO.institutionHead + 6 });
      continue;
    }
    // "Teams-chat Schuldhulp Almere", "Groepsapp Wijkzorg Noord": a chat or channel word opening a title is no part of a name.
    if (/^(?:(?:teams|whatsapp|signal)-?)?(?:chat|groepsapp|app|kanaal|channel|app-groep|whatsapp-groep)$/.test(tokens[first].low)) first++;
    // So is a document title word: "Nieuwsbrief Netwerk Dagbesteding Súdwest-Fryslân", "Jaarverslag Bakker Bouw".
    if (tail - first >= 2 && DOC_TITLE_WORD.test(tokens[first].low) && !lex.institutions.phrases.has(tokens[first].key)) first++;
    // (a service desk opening the run: "Klantenservice Zeeuwse Stroom", "Helpdesk Brabant Stroom")
    if (tail - first >= 2 && /^(?:klantenservice|servicedesk|helpdesk|klantcontact)$/.test(tokens[first].low)) first++;
    // A budget line opens with what the money is for: "Zorgverzekering Eemsland Zorgverzekeringen … € 138,75", "Huur Waterweg
    // Woonstichting", "Loon Bakker Transport": the cost or income word is no part of the payee's name (and "Huur Woonstichting
    // Pekelder Thuis" leaves the head + name to the head rule).
    if (tail - first >= 1 && tokens[first].sentStart && BUDGET_LINE_WORDS.has(tokens[first].low)) first++;
    // "| Huur Woonstichting IJsselkant |", "Loon Bakkerij Van Beek": after a cost or income word a tail that is itself a head
    // word with a name after it opens that name (the head rule finds "Woonstichting IJsselkant").
    if (tail - first === 1 && BUDGET_LINE_WORDS.has(tokens[first].low) && lex.institutionHeads.phrases.has(tokens[tail].low) && /^\p{Lu}/u.test(tokens[tail + 1]?.t ?? "") && tokens[tail + 1].word && ctx.text.slice(tokens[tail].e, tokens[tail + 1].s) === " ") continue;
    // "via de Regeling Medische Zorg Oekraïners": a scheme or programme word opening the run names a scheme, and what follows
    // it is the scheme's own name, no company.
    if (PROGRAMME_NOUNS.has(tokens[first].low)) continue;
    // "afdeling Bijzonder Beheer", "team Bijzondere Incasso": after a department or team word the run is a department of
    // the organisation named elsewhere.
    if (/^(?:afdeling|afd|team|sectie|unit)$/.test(tokens[first - 1]?.low ?? "") && !tokens[first - 1].cap) continue;
    // "banenmarkt Recreatie & Horeca", "sector Zorg en Welzijn": two sector nouns joined by "&"/"en" name a branch, no firm
    // (a surname keeps a firm: "Dekker & Bouw").
    if (tail - first === 2 && (tokens[first + 1].t === "&" || tokens[first + 1].t === "en") && !lex.surnames.has(tokens[first].t) && !lex.ambiguousSurnames.has(tokens[first].t) &&
      (ORG_TAIL.test(tokens[first].t) || isDepartmentWord(tokens[first].low) || /\p{Ll}{2}(?:atie|itie|ing|heid|schap)$/u.test(tokens[first].t)) && !lex.institutions.phrases.has(phraseKey(ctx.text.slice(tokens[first].s, tokens[tail].e)))) continue;
    // "Zuid Actief", "Almere Werkt", "Twentse Poort Werkt": a verb or adjective ending an organisation name, not after a
    // first name or an ordinary word ("Jan Werkt hard", "Hoe Het Werkt").
    // "Werkmatcher Werkbedrijf Smallingerland": a job title on a signature line is no part of the name after it.
    if (tail - first >= 1 && /^\p{Ll}+(?:matcher|coach|begeleider|consulent|manager|adviseur|regisseur|medewerker)$/u.test(tokens[first].low)) first++;
    if (/^(?:werkt|actief)$/.test(tokens[tail].low) && (lex.firstNames.has(tokens[tail - 1].t) || LEADING_PARTICLES.has(tokens[tail - 1].low) || lex.common.has(tokens[tail - 1].low) && !DIRECTIONS.test(tokens[tail - 1].low))) continue;
    if (tail - first < 1) continue;
    // "Jos van den Hout", "J. van der Glas": after "van" a particle + one company word is a surname, not a firm.
    if (tail - first === 1 && first > 1 && tokens[first - 1].t === "van" && /^(?:den|der|de|ter|ten|het)$/.test(tokens[first].t)) continue;
    // "De Shazer, S. (1988). Clues: Investigating Solutions in …": a title in a literature reference is no firm.
    if (/\((?:19|20)\d{2}[a-z]?\)\.?[^\n()]{0,60}$/.test(ctx.text.slice(Math.max(0, tokens[first].s - 80), tokens[first].s))) continue;
    // "dhr. Marco Groen", "Jan Bouw": a known first name + a surname that is also a company word is a person, and so
    // is anything right after a person title.
    if (tail - first === 1 && lex.firstNames.has(tokens[first].t) && !lex.ambiguousFirstNames.has(tokens[first].t) && (lex.surnames.has(tokens[tail].t) || lex.ambiguousSurnames.has(tokens[tail].t))) continue;
    // "Groet,\nMonique Staal", "Van: Greet Hout <g.hout@…>": a known first name + a company word alone on a signature or
    // mail-header line is a person, also when the lexicon lacks the surname; "Jansen Staal" (no first name), "Monique Staal
    // B.V." (a legal form), "Martina Bewindvoering" (a derived or plural trade word: -ing, -en, -s, -ie, -ij) and "een
    // nagelstudio, Jade Nails, in …" (inside a sentence) stay the firm.
    if (tail - first === 1 && lex.firstNames.has(tokens[first].t) && !lex.ambiguousFirstNames.has(tokens[first].t) && /^\p{Lu}\p{Ll}+$/u.test(tokens[tail].t) && !/(?:ing|en|ie|ij|s|iek)$/.test(tokens[tail].low) &&
      /(?:^|\n)[ \t]*(?:(?:Van|Aan|Cc|From|To)[ \t]*:[ \t]*)?$/.test(ctx.text.slice(Math.max(0, tokens[first].s - 12), tokens[first].s)) && /^[ \t]*(?:<[^>\n]*>[ \t]*)?(?:\n|$)/.test(ctx.text.slice(tokens[tail].e, tokens[tail].e + 80))) continue;
    if (first > 0 && TITLES.has(tokens[first - 1].low === "." ? tokens[first - 2]?.low ?? "" : tokens[first - 1].low) && !CLIENT_TITLES.has(tokens[first - 1].low)) continue;
    // "begeleider Mireille Groen", "jobcoach Anouk Bouw": after a role noun a capitalised non-word + a surname that is also a
    // company word is a person too (first names the lexicon does not know).
    if (tail - first === 1 && first > 0 && ROLE_SUFFIX.test(tokens[first - 1].low) && (lex.surnames.has(tokens[tail].t) || lex.ambiguousSurnames.has(tokens[tail].t)) && !lex.common.has(tokens[first].low) && !lex.institutions.phrases.has(tokens[first].key) && !lex.places.phrases.has(tokens[first].key)) continue;
    // "Halte Werk", "Techniek Werk": "Werk" ends a name only after a word that is no team, department or service word
    // ("Team Werk", "Afdeling Werk", "Inkomen & Werk" stay generic).
    if (tokens[tail].low === "werk" && (tail - first !== 1 || /(?:chat|app|kanaal|team|groep|overleg)$/.test(tokens[first].low) || /(?:isch|ief|iek|eel|aal|ig|lijk|baar|ale|ele)$/.test(tokens[first].low) || lex.common.has(tokens[first].low) || isDepartmentWord(tokens[first].low) || TEAM_TITLE_WORDS.has(tokens[first].low) || /^(?:afdeling|sector|cluster|domein|unit|programma|project|loket|plein)$/.test(tokens[first].low) || lex.places.phrases.has(tokens[first].key))) continue;
    // "de opleiding Eerste Monteur Elektrotechniek", "vacature Allround Medewerker Logistiek": an occupation word
    // before the company word makes a job title or a course, no company (not a known surname: "Kok Techniek"); so does a
    // course word right before the run.
    if (tokens.slice(first, tail).some((x) => JOB_TITLE_WORD.test(x.low) && !lex.surnames.has(x.t) && !lex.ambiguousSurnames.has(x.t)) || COURSE_BEFORE.test(ctx.text.slice(Math.max(0, tokens[first].s - 14), tokens[first].s))) continue;
    // "Mogelijkheid BBL Helpende Zorg & Welzijn": a learning track (BBL, BOL) before a course name is no company.
    if (tokens.slice(first, tail).some((x) => x.t === "BBL" || x.t === "BOL")) continue;
    // "DOSSIERNOTITIES RE-INTEGRATIE": a heading in capitals that ends in a department word is no company.
    if (tokens.slice(first, tail + 1).every((x) => x.upper || !x.word) && isDepartmentWord(tokens[tail].low) && tokens[first].sentStart) continue;
    // "Individuele Begeleiding", "Maatschappelijke Ondersteuning": an adjective + a service word is a product, no name.
    // (So is a cuisine: "de Marokkaanse Keuken", "Nieuwe Keuken"; "Habesha Keuken" is a caterer.)
    if ((ADJECTIVE_END.test(tokens[first].low) || (tokens[tail].low === "keuken" && tokens[first].low.endsWith("e"))) && tail - first === 1) continue;
    // "Van Vliet Tulpen", "Jansen Aardbeien" are growers; "Verse Groenten", "Hollandse Tomaten" are products: a produce
    // tail needs a known surname or a particle-led name before it (or a first name, a family firm: "Lucas Tomaten").
    if (PRODUCE_TAIL.test(tokens[tail].low) && tail - first === 1 && !lex.surnames.has(tokens[first].t) && !(lex.firstNames.has(tokens[first].t) && !lex.common.has(tokens[first].low))) continue;
    // "Petra Vos\nMedewerker Incasso": a role + a department word opening a line is a job title.
    if (tokens[first].sentStart && tail - first === 1 && isDepartmentWord(tokens[tail].low) && /(?:er|or|ent|eur|ist|ant|aar|ster)$/.test(tokens[first].low)) continue;
    // "Wendy Kuiper\nStudieloopbaanbegeleider Groen\nROC X": a role compound + one word opening a line is a job title.
    // (Also a volunteer or trainee: "Vrijwilliger Thuisadministratie", "Stagiair Boekhouding".)
    if (tokens[first].sentStart && tail - first === 1 && tail === end - 1 && (ROLE_SUFFIX.test(tokens[first].low) || ROLE_WORD_END.test(tokens[first].low) || VOLUNTEER_WORD.test(tokens[first].low))) continue;
    // (nor a company word that opens a method's or service's name after a heading word: "5. Presentatie Housing First door de
    // GGZ", "Spreekuur Werk & Inkomen –"; mid-sentence such a run is a name: "contact met Kwartier Zorg & Welzijn")
    if (tokens[first].sentStart && matchPhrase(ctx, tail, lex.negatives) > tail) continue;
    let last = tail;
    // "Techniek Werkt Noordkop": a name ending in "Werkt"/"Actief" may carry its region after it.
    if (/^(?:werkt|actief)$/.test(tokens[tail].low) && tail < end - 1) last = end - 1;
    // A place after the company word belongs to the name, also with an English "Region"/"Area": "Expat Center Utrecht Region".
    else if (tail < end - 1 && tokens.slice(tail + 1, end).every((x, k, xs) => lex.places.phrases.has(x.key) || (k > 0 && k === xs.length - 1 && /^(?:Region|Area)$/.test(x.t)))) last = end - 1;
    // Franchise names: "Bike Totaal Arendsen", "Keuken Totaal Smit": the shop owner's name after "Totaal" belongs to it.
    else if (tokens[tail].low === "totaal" && end - 1 === tail + 1 && tokens[end - 1].cap) last = end - 1;
    // A multi-token place right after the company word: "TZA Advies Oost-Nederland".
    else if (tokens[tail + 1] && ctx.text.slice(tokens[tail].e, tokens[tail + 1].s) === " " && tokens[tail + 1].cap) {
      const pe = matchPhrase(ctx, tail + 1, lex.places);
      if (pe >= tail + 1 && !lex.abroad.has(phraseKey(ctx.text.slice(tokens[tail + 1].s, tokens[pe].e)))) last = pe;
    }
    let e = tokens[last].e;
    const legal = LEGAL_FORM.exec(ctx.text.slice(e, e + 16));
    if (legal) e += legal[0].length;
    ctx.out.push({ s: tokens[first].s, e, label: "instelling", prio: PRIO.institutionHead + 6 });
  }
}

// "bij Werkfit Noord", "van WerkFit IJsselstreek": a one-word method name that a re-integration firm carries as its brand,
// capitalised and followed by a compass word or a place or region, is that firm's regional branch ("Werkfit Oost" is in
// the lexicon; the method "Werkfit" alone, and "Werkfit-traject Noord-Veluwe", stay unflagged).
const BRANCH_REGION = /^(?:Noord|Oost|Zuid|West|Midden|Noordoost|Noordwest|Zuidoost|Zuidwest|Vallei|\p{Lu}\p{Ll}+(?:streek|land|vallei|waard|delta))$|^IJssel\p{Ll}+$/u;
function methodBrandRegionRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !/^\p{Lu}/u.test(t.t) || t.t.includes("-") || !methodWord(t.low)) continue;
    const nx = tokens[i + 1];
    if (!nx.word || text.slice(t.e, nx.s) !== " " || lex.firstNames.has(nx.t) || lex.surnames.has(nx.t)) continue;
    const pe = nx.cap ? matchPhrase(ctx, i + 1, lex.places) : -1;
    if (!BRANCH_REGION.test(nx.t) && pe < i + 1) continue;
    ctx.out.push({ s: t.s, e: tokens[Math.max(pe, i + 1)].e, label: "instelling", prio: PRIO.institutionHead + 6 });
  }
}

const BUDGET_LINE_WORDS = new Set(["huur", "energie", "zorgverzekering", "zorgverzekeraar", "verzekering", "premie", "loon", "salaris", "inkomen", "abonnement", "aflossing", "lening", "lease", "water", "internet", "telefoon", "schuld", "achterstand"]);
const JOB_TITLE_WORD = /^\p{Ll}*(?:monteur|medewerker|technicus|chauffeur|lasser|elektricien|installateur|operator|timmerman|metselaar|verkoper|assistent|werkvoorbereider|engineer|magazijnmedewerker|orderpicker|heftruckchauffeur|productiemedewerker)$/u;
const PRODUCE_TAIL = /^(?:bloembollen|bollen|tulpen|chrysanten|groenten|groente|aardbeien|tomaten|paprika's|komkommers|potplanten|champignons|aardappelen|orchideeën|eieren|pluimvee)$/;

// "KleurrijkWonen", "ContourdeTwern"-style brand names: a camel-case word ending in an organisation word.
const CAMEL_ORG = /^\p{Lu}\p{Ll}{2,}(?:\p{Ll}|\p{Lu}\p{Ll}+)*?\p{Lu}(?:wonen|zorg|welzijn|werk|groep|thuis|care|hulp|bouw|techniek|kracht|centrum|team|wijzer|punt|plein|huis|school|college|kinderopvang)$/iu;

// "HEEMwonen", "ZOwonen": a capitalised abbreviation with a lower-case organisation tail.
const UPPER_CAMEL_ORG = /^\p{Lu}{2,6}(?:wonen|zorg|welzijn|werk|groep|thuis|care|hulp|kracht|centrum|punt|plein)$/u;
// "Woonkwartier", "Woonpunt", "Wooncompagnie": a housing word + a place-like tail is a housing corporation, never a
// neighbourhood (mid-sentence; "Woonwijk", "Woonplaats" … are ordinary words, not matched by these tails); also after a
// river or region word: "Reggewoonstede", "Dinkelwoongoed".
const HOUSING_COMPOUND = /^(?:W|\p{Lu}\p{Ll}{2,}w)oon(?:kwartier|compagnie|bron|stad|punt|waarts|linie|stede|forte|goed|kracht|service|mensen|groep|wens|za|com|alliantie|concept)$/u;

// "bij Lindewerk", "via Woonkracht", "bij Bommeltrans", "via Haventalent": a capitalised compound ending in an organisation
// word, mid-sentence right after a preposition without an article, is a brand name ("het Jongerenwerk", "bij het Buurtwerk"
// are generic services). So is one before an amount in a list of debts: "huur 2 mnd achter, Vonkstroom ± € 900" (not
// "Huur € 650", no such tail).
const COMPOUND_ORG = /^\p{Lu}\p{Ll}{2,}(?:werk|zorg|groep|wonen|welzijn|hulp|kracht|punt|plein|stroom|poort|baan|klankbord|maatje|maatjes|trans|bouw|vaart|talent)$/u;
const AMOUNT_AFTER = /^[ \t]*(?:[:=][ \t]*)?(?:(?:±|ca\.?|circa|ongeveer)[ \t]*)?€/u;
const COMPOUND_ORG_PREPS = new Set(["bij", "via", "door", "met", "naar", "van", "voor"]);

const DIGIT_BRAND_RE = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+[24]\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu;
const CAMEL_BRAND = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u;

// An attendee's organisation next to a role in brackets: "Naima Ouali (Plangroep, schuldhulp)", "Ilse Brouwer
// (bewindvoerder, Bewind Gelderse Poort)". The organisation must be a lexicon one (also a word-like one) or two or
// more capitalised words that are no person's name.
const BRACKET_ORG_ROLE_RE = /(?<=\p{L}[ \t]?)\((?:(\p{Lu}[\p{L}&'’-]*(?:[ \t]\p{Lu}[\p{L}&'’-]*){0,3}),[ \t]*(\p{Ll}[\p{Ll}-]{2,30}(?:[ \t]\p{Ll}[\p{Ll}-]+)?)|(\p{Ll}[\p{Ll}-]{2,30}),[ \t]*(\p{Lu}[\p{L}&'’-]*(?:[ \t]\p{Lu}[\p{L}&'’-]*){0,3}))\)/gu;
function bracketOrgRule(ctx: Ctx) {
  const { text, lex } = ctx;
  if (!may(text.includes(",") && text.includes("("))) return;
  for (const m of allMatches(BRACKET_ORG_ROLE_RE, text)) {
    const org = m[1] ?? m[4];
    const role = (m[2] ?? m[3]).split(/[ \t]/)[0];
    if (!(ROLE_SUFFIX.test(role) || lex.negatives.phrases.has(role) || GENERIC_SERVICES.has(role) || CLIENT_TITLES.has(role))) continue;
    const key = phraseKey(org);
    const words = org.split(/[ \t]/);
    const known = lex.institutions.phrases.has(key);
    const multi = words.length >= 2 && !words.some((w) => lex.firstNames.has(w) || TITLES.has(w.toLowerCase())) && !lex.places.phrases.has(key) && !isNegative(lex, key);
    if (!known && !multi) continue;
    const s = m.index + m[0].indexOf(org, 1);
    ctx.out.push({ s, e: s + org.length, label: "instelling", prio: PRIO.institutionHead });
  }
}

/** Whether the text writes this title-case word as a name: after bij/van/via/naar/met/voor, or opening a line before " (". */
function titleCaseNameMention(text: string, w: string): boolean {
  return mentions(text, w).some((at) => /(?:^|[ \t])(?:bij|van|via|naar|met|voor)[ \t]+$/u.test(text.slice(Math.max(0, at - 6), at)) ||
    (/(?:^|\n)[ \t]*(?:[-*•][ \t]*)?$/u.test(text.slice(Math.max(0, at - 4), at)) && text.startsWith(" (", at + w.length)));
}
function camelCaseOrgRule(ctx: Ctx) {
  const { tokens, lex } = ctx;
  // "Work4Fruit", "Kids2Care": two capitalised words joined by "2" or "4" (to, for) form a brand name.
  if (may(/\p{Ll}[24]\p{Lu}/u.test(ctx.text)))
    for (const m of allMatches(DIGIT_BRAND_RE, ctx.text)) if (!isNegative(lex, m[0].toLowerCase())) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead });
  for (const t of tokens) {
    if (!t.word || ctx.negative[t.i] || lex.common.has(t.low)) continue;
    const camel = (/\p{Ll}\p{Lu}/u.test(t.t) && CAMEL_ORG.test(t.t)) || (UPPER_CAMEL_ORG.test(t.t) && !lex.common.has(/^\p{Lu}+/u.exec(t.t)![0].toLowerCase())) || (HOUSING_COMPOUND.test(t.t) && !t.sentStart && !lex.places.phrases.has(t.key));
    // Also in brackets after a capitalised word, a person or a budget item ("Jobcoach: Mirjam Smit (Werkkracht)", "| Energie
    // (Berkelstroom) |"; not a department: "Naima (Schuldhulp)"), and between pipes after a role on a signature line ("Anouk
    // ter Haar | jobcoach | Werkkracht |").
    const pb = tokens[t.i - 1];
    const besidePerson = !!pb && ((pb.t === "(" && tokens[t.i + 1]?.t === ")" && !!tokens[t.i - 2]?.cap && tokens[t.i - 2].word) ||
      (pb.t === "|" && !!tokens[t.i - 2] && (ROLE_SUFFIX.test(tokens[t.i - 2].low) || ROLE_WORD_END.test(tokens[t.i - 2].low)) && tokens[t.i - 3]?.t === "|"));
    // "Ilona de Graaf (ZONNIG) … Zonnig (Ilona): … de verlenging van Zonnig": one word in capitals alone in brackets after a
    // name is that person's organisation, when the text also writes it in title case as a name (after bij/van/via/naar/met/
    // voor, or opening a line before a bracket) and no list knows it as a role, relation, place, first name or national body
    // ("Piet Bos (AFWEZIG)" … "Afwezig: Piet" stays open; "Sandra (MOEDER)" too).
    if (besidePerson && pb.t === "(" && /^\p{Lu}{5,12}$/u.test(t.t) && titleCaseNameMention(ctx.text, capitalised(t.low)) && !isNegative(lex, t.key) && !/(?:ist|notulen|voorzitter|secretaris|gast|extern|intern)$/.test(t.low) &&
      !lex.institutionHeads.phrases.has(t.low) && !GENERIC_SERVICES.has(t.low) && !ROLE_SUFFIX.test(t.low) && !ROLE_WORD_END.test(t.low) && !RELATIONS.has(t.low) && !TITLES.has(t.low) &&
      !lex.places.phrases.has(t.key) && !lex.firstNames.has(capitalised(t.low)) && !lex.surnames.has(capitalised(t.low)) && !isDepartmentWord(t.low)) {
      ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionHead });
      continue;
    }
    const compound = !camel && ((besidePerson && !isDepartmentWord(t.low)) || (!t.sentStart && (COMPOUND_ORG_PREPS.has(tokens[t.i - 1]?.low ?? "") || AMOUNT_AFTER.test(ctx.text.slice(t.e, t.e + 12))))) && COMPOUND_ORG.test(t.t) &&
      !lex.places.phrases.has(t.key) && !lex.surnames.has(t.t) && !lex.firstNames.has(t.t) && !GENERIC_SERVICES.has(t.low) && !/^(?:jongeren|ouderen|buurt|jeugd|opbouw|straathoek|maatschappelijk|vrijwilligers|welzijns|club|wijk|sociaal|maat|thuis|mantel)/.test(t.low);
    // "JobHub Zaan", "WerkFit Amstelland": a camel-case brand + a capitalised place or region word after it (no
    // person: camel case is no Dutch name shape, apart from Mc/Mac/De/La/Van prefixes). A compass word counts as a region:
    // "WerkPlus Oost".
    const nx = tokens[t.i + 1];
    if (!camel && !compound && CAMEL_BRAND.test(t.t) && !/^(?:Mc|Mac|De|La|Le|Van|Di|Da|Du)\p{Lu}/u.test(t.t) && nx?.cap && nx.word && ctx.text.slice(t.e, nx.s) === " " && !nx.sentStart &&
      !lex.firstNames.has(nx.t) && !lex.surnames.has(nx.t) && (!isNegative(lex, nx.key) || /^(?:Noord|Oost|Zuid|West)$/.test(nx.t))) {
      ctx.out.push({ s: t.s, e: nx.e, label: "instelling", prio: PRIO.institutionHead });
      continue;
    }
    // "loonstroken van FloraFlex", "werkt bij SecuriGate": a camel-case brand right after an organisation preposition is a
    // firm (brands used as things, "via WhatsApp", "met PayPal", are hard negatives).
    const brandAfterPrep = !camel && !compound && CAMEL_BRAND.test(t.t) && !t.sentStart && /^(?:van|bij|via|voor|naar)$/.test(tokens[t.i - 1]?.low ?? "") &&
      !/^(?:Mc|Mac|De|La|Le|Van|Di|Da|Du)\p{Lu}/u.test(t.t) && !isNegative(lex, t.key) && !lex.surnames.has(t.t);
    // A camel-case name (also with a short second part: "KoelCo", "JongNu") alone in brackets after a name, or after a
    // lower-case job title: "Ruud Verschuren (ShoeWorks)", "coördinator vrijwilligers BuurtBuddy", "jongerenwerker JongNu".
    const brandCue = !camel && !compound && !brandAfterPrep && !t.sentStart && /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+$/u.test(t.t) && !/^(?:Mc|Mac|De|La|Le|Van|Di|Da|Du)\p{Lu}/u.test(t.t) &&
      !isNegative(lex, t.key) && !lex.surnames.has(t.t) && !lex.firstNames.has(t.t) &&
      ((tokens[t.i - 1]?.t === "(" && tokens[t.i + 1]?.t === ")" && tokens[t.i - 2]?.cap) ||
        /(?:werker|coördinator|coordinator|vrijwilligers|medewerker|consulent|jobcoach|begeleider|adviseur)$/.test(tokens[t.i - 1]?.low ?? ""));
    // Any other camel-case word of two capitalised parts ("SeedPlus", "EilandWerkt", "ExpatConnect" in a table cell, in
    // brackets or opening a sentence) is a coined organisation name: camel case is no Dutch word or name shape (name
    // prefixes Mc/Mac/De/… aside), and the apps, platforms and passes written that way ("WhatsApp", "PayPal",
    // "MijnOverheid", "GelrePas") are in the negative lexicon. It outranks a person read of "van HavenWerkt". Not a part
    // of a longer token ("Suite4SociaalDomein", a software product).
    const coined = CAMEL_BRAND.test(t.t) && !/^(?:Mc|Mac|De|La|Le|Van|Di|Da|Du)\p{Lu}/u.test(t.t) && !isNegative(lex, t.key) && !lex.surnames.has(t.t) &&
      !lex.firstNames.has(t.t) && !lex.places.phrases.has(t.key) && !GENERIC_SERVICES.has(t.low) && !/[\p{L}\p{N}]/u.test(ctx.text.charAt(t.s - 1) + ctx.text.charAt(t.e));
    if (!camel && !compound && !brandAfterPrep && !brandCue && !coined) continue;
    // (Before a capitalised word the name may go on, "UitzendPartners Van Dongen": then a longer span found elsewhere wins.)
    const goesOn = !!nx?.cap && ctx.text.slice(t.e, nx.s) === " ";
    ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: coined && !goesOn ? PRIO.institutionHead : compound || brandAfterPrep || coined ? PRIO.institutionContext : PRIO.institutionHead });
  }
}

// A coined one-word brand (no word, name, place or service of the lexicons) in a creditor frame is that creditor or
// client firm: right after "vordering", "opdrachtgever", "schuldeiser", "crediteur" ("tweede aanmaning vordering
// Brandwijs", "grootste schuldeiser Kredietvlot (€ 9.000)"), as the value of such a form label ("Opdrachtgever:
// Geldsnel"), or as a list item with its amount or share ("Verdeling: Woonrijk 20%, Geldsnel 35%"). Not an ordinary word,
// first name or surname ("schuldeiser Jansen", "Huur € 600", "Anna € 20" stay), nor a word opening a sentence.
const CREDITOR_FRAME_WORDS = new Set(["vordering", "vorderingen", "opdrachtgever", "schuldeiser", "schuldeisers", "crediteur", "crediteuren"]);
const SHARE_AFTER = /^(?:[ \t]+\d{1,3}(?:[,.]\d{1,2})?[ \t]?%|[ \t]*(?:[:=][ \t]*)?€[ \t]*\d|[ \t]+\([ \t]*€[ \t]*\d)/u;
const COINED_BRAND_SHAPE = /^\p{Lu}\p{Ll}{5,}$/u;
function coinedCreditorRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (const t of tokens) {
    if (!t.word || !t.cap || t.upper || t.t.length < 6) continue;
    const p1 = tokens[t.i - 1];
    if (!p1 || !(p1.t === ":" || p1.t === "," || CREDITOR_FRAME_WORDS.has(p1.low)) || !COINED_BRAND_SHAPE.test(t.t)) continue;
    const gap = text.slice(p1.e, t.s);
    // "vordering Geldsnel", "opdrachtgever Geldsnel"; "Opdrachtgever: Geldsnel" as a form line
    const framed = (gap === " " && CREDITOR_FRAME_WORDS.has(p1.low) && !t.sentStart) ||
      (p1.t === ":" && /^[ \t]*$/.test(gap) && !!tokens[t.i - 2] && CREDITOR_FRAME_WORDS.has(tokens[t.i - 2].low) && tokens[t.i - 2].e === p1.s);
    // ": Geldsnel 22%", "Woonrijk 20%, Geldsnel € 610": a list item with its amount or share on the same line, after a
    // colon or after an item that had its own (not "Hoofdsom € 842" under "vordering per 1-4:", nor "Sparkasse,
    // Dispokredit € 4.870").
    const listed = !framed && /^[ \t]*$/.test(gap) && (p1.t === ":" || (p1.t === "," && /[\d%)]$/.test(text.slice(0, p1.s)))) && SHARE_AFTER.test(text.slice(t.e, t.e + 14));
    if (!framed && !listed) continue;
    if (lexiconKnowsLower(lex, t.low) || isNegative(lex, t.key) || lex.firstNames.has(t.t) || lex.ambiguousFirstNames.has(t.t) || lex.surnames.has(t.t) || lex.ambiguousSurnames.has(t.t) ||
      lex.places.phrases.has(t.key) || GENERIC_SERVICES.has(t.low) || ORDINARY_WORD_END.test(t.low)) continue;
    ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionContext });
  }
}

// "op de Beverwijkse Bazaar": a place adjective + "Bazaar" is a named covered market, a firm with its own stalls (not a
// person, not the place). The adjective must come from a known place ("Beverwijk" + "se").
const PLACE_BAZAAR_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})se[ \t]+Baza{1,2}r(?![\p{L}])/gu;
function placeBazaarRule(ctx: Ctx) {
  if (!may(ctx.text.includes("Baza"))) return;
  for (const m of allMatches(PLACE_BAZAAR_RE, ctx.text))
    if (ctx.lex.places.phrases.has(phraseKey(m[1]))) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 2 });
}

// "Pinkstergemeente Bethel", "Moskeevereniging Al Fourqaan": a capitalised compound head followed by a name.
// "Bewindbureau Maasoever", "Vleesverwerker Van Kempen", "Meubelfabriek De Eik": trade compounds too; German "-erei"
// ("Käserei Hüsges"), Frisian "-bedriuw", care and childcare abbreviations ("WZC Ter Wilgen", "KDV De Vlinder").
// Beach pavilions, cafés and cold stores too: "Strandpaviljoen Zuiderzee", "Taalcafé Woordenrijk", "Vrieshuis Amerhaven".
const COMPOUND_HEAD = /^(?:Bewind\p{Ll}{3,}|WZC|RVT|KDV|MFC|\p{Lu}\p{Ll}+(?:gemeente|kerk|moskee|vereniging|praktijk|centrum|bedrijf|winkel|salon|loket|kantoor|studio|shop|zaak|opvang|club|erij|erei|bureau|buro|fabriek|verwerker|verwerking|handel|bewind|werf|bedriuw|paviljoen|café|cafe|vrieshuis|koelhuis)|(?:Vries|Koel|Vrouwen|Mannen|Inloop)huis)$/u;

// Sports-club prefixes before a club's name ("vv Berkum", "KV Nij Haske", "USV Elinkwijk", "RKSV Nuenen").
// (Not "BVV", the beslagvrije voet of every debt-help text: "Berekening BVV Hendriksen.pdf".)
// "Sophie Lammers <sophie@streetwise-kitchen.nl> … Streetwise Kitchen | Westzijde 154", "Energiefixers
// Drechtsteden" with info@energiefixersdrechtsteden.nl, "v.v. Geuzenveld United" with vvgeuzenveldunited.nl: two or more
// words that spell a web or mail domain of the same text name the organisation that owns it (not a known place,
// "Den Haag" for denhaag.nl, nor a person's own domain, which opens with a known first name).
const DOMAIN_LABEL_RE = /(?:@|:\/\/|(?<![\p{L}\p{N}.])www\.)(?:[\p{L}\p{N}-]+\.)*?([\p{L}\p{N}-]{6,63})\.(?:nl|com|org|net|eu|be|de|info|nu|frl|amsterdam)(?![\p{L}\p{N}-])/giu;
const DOMAIN_JOINTS = new Set(["de", "des", "der", "den", "het", "van", "voor", "en", "op", "in", "aan", "'t", "&"]);
const letterKey = (w: string) => w.normalize("NFD").replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
const BY_OWNER_FIRM_RE = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’&-]*[ \t]+){1,3})by[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?![\p{L}])/gu;
function domainNameOrgRule(ctx: Ctx) {
  const { tokens, text, lex } = ctx;
  const labels = new Set<string>();
  for (const m of allMatches(DOMAIN_LABEL_RE, text)) {
    const key = letterKey(m[1]);
    if (key.length >= 8) labels.add(key);
  }
  if (!labels.size) return;
  const longest = Math.max(...[...labels].map((l) => l.length));
  const firsts = new Set([...labels].map((l) => l.charAt(0)));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (cheap filters first: the word's first letter must open some label, and its letters must be a label's prefix)
    if (!t.word || !firsts.has(t.low.charAt(0)) || !(t.cap || t.upper || CLUB_PREFIX.test(t.t))) continue;
    const k0 = letterKey(t.t);
    if (![...labels].some((l) => l.startsWith(k0))) continue;
    // not inside the address itself
    if (/[@./]/.test(text.charAt(t.s - 1)) || /^[@.][\p{L}\p{N}]/u.test(text.slice(t.e, t.e + 2))) continue;
    let key = "";
    let words = 0;
    for (let j = i; j < tokens.length && j - i < 8; j++) {
      const x = tokens[j];
      if (j > i) {
        const gap = text.slice(tokens[j - 1].e, x.s);
        // a club prefix keeps its own dot ("v.v. Geuzenveld")
        if (!(gap === " " || (gap === "" && (x.t === "." || tokens[j - 1].t === ".")))) break;
      }
      if (x.t === ".") continue;
      if (!x.word && x.t !== "&") break;
      const joint = DOMAIN_JOINTS.has(x.low) && !x.cap;
      if (!joint && !(x.cap || x.upper || (j === i && CLUB_PREFIX.test(x.t)))) break;
      key += letterKey(x.t);
      if (!joint) words++;
      if (key.length > longest) break;
      if (!joint && words >= 2 && labels.has(key)) {
        const name = text.slice(t.s, x.e);
        // An abbreviation + a known place, or a generic service or desk + a town, is still the place only ("RBL Eemland",
        // "Voedselbank Haarlem" with voedselbankhaarlem.nl, "Jobcenter Kleve"); the convention decides, not the domain (a
        // service that is no generic one + a region is a named body: "Schuldhulp Eemland").
        const placeAt = matchPhrase(ctx, i + 1, lex.places);
        const town = placeAt === j && (lex.townsAndDistricts.has(phraseKey(text.slice(tokens[i + 1].s, x.e))) || lex.abroad.has(phraseKey(text.slice(tokens[i + 1].s, x.e))));
        // (a one-word generic service also before a region: "Voedselbank Haaglanden" is the region, like "GGD Haaglanden")
        const deskInPlace = placeAt === j && (t.upper || (j === i + 1 && GENERIC_SERVICES.has(t.low)) || (town && (GENERIC_SERVICES.has(t.low) || ROLE_WORD_END.test(t.low) || /(?:amt|center|centre|centrum|loket|team|punt|plein|kantoor|bureau|dienst)$/.test(t.low))));
        // (above a place or a person guess, below every named organisation that holds it: "Zorgboerderij De Hessenhof")
        // (nor a national name with a site of its own: "Het Noodfonds Energie … www.noodfondsenergie.nl")
        if (!lex.places.phrases.has(phraseKey(name)) && !(lex.firstNames.has(t.t) && !lex.ambiguousFirstNames.has(t.t)) && !deskInPlace && !isNegative(lex, phraseKey(name)))
          ctx.out.push({ s: t.s, e: x.e, label: "instelling", prio: PRIO.personContext + 1 });
        break;
      }
    }
  }
}
const CLUB_PREFIX = /^(?:v\.v|vv|VV|BC|V\.V|sv|SV|s\.v|KV|kv|FC|fc|AFC|USV|RKSV|RKVV|RKAVV|RKSVV|HSV|ZVV|zvv|CVV|AVV|GVV|VC|MHC|HC|KC|CKV|ZV|LTC|TC|SC|sc|JVC|DVV|OVV|SVV|VVC|IJVV|MVC|TTV|GVVV|LAC|AV|ZPC|HV)$/;
// Lower-case association compounds before a name: "vrouwenvereniging Roshan", "buurtvereniging Ons Belang".
const LOWER_ASSOCIATION = /^\p{Ll}{3,}(?:vereniging|club|bond|gemeenschap|stichting|koor|moskee|kerk)$/u;
const REGIONAL_ADJ = /^\p{Lu}\p{Ll}{3,}s$/u;
const REGIONAL_ADJ_WORDS = new Set("fries gelders drents zeeuws haags twents achterhoeks brabants limburgs gronings overijssels flevolands hollands amsterdams rotterdams utrechts veluws".split(" "));
// Trade words that open a firm's name before a surname or name: "Transport Verstraete", "Botenverhuur Zuiderkwartier",
// "Installatietechniek Bos" (not "Zorg", "Wonen", "Advies": services that also name departments).
const TRADE_HEAD = /^(?:Transport|Bouw|Installatie|Installaties|Schoonmaak|Verhuur|Verhuizingen|Hoveniers|Loodgieters|Schilders|Stukadoors|Dakdekkers|Timmerwerken|Glazenwassers|Koeriers|Taxi|Autoschade|Tegelwerken|Grondwerken|Metselwerken|\p{Lu}\p{Ll}{2,}(?:verhuur|transport|techniek|installaties|schoonmaak|handel|werken|materialen|materiaal|advies|coaching|bemiddeling|diensten|depot)|\p{Lu}\p{Ll}{2,}enhuis)$/u;

// "de Bethelkerk", "de Mevlana Moskee" is handled above; a named compound place of worship on its own is one too.
const WORSHIP_COMPOUND_RE = /^\p{Lu}\p{Ll}[\p{L}-]{1,}(?:kerk|moskee|kapel|synagoge|tempel|tsjerke|tsjerk|parochie|basiliek|kathedraal)$/u;
// "Jong-Verkerk", "Vries-Overkerk": a double surname whose last part is a known surname is no church.
const doubleSurnameShapedLikeWorship = (w: string) => WORSHIP_COMPOUND_RE.test(w) && w.includes("-") && lexicons().surnames.has(w.slice(w.lastIndexOf("-") + 1));
const isWorshipCompound = (w: string) => WORSHIP_COMPOUND_RE.test(w) && !doubleSurnameShapedLikeWorship(w);
// A lower-case house of worship closing a name: "de Al Mouhssinine moskee", "de Mevlana moskee".
const LOWER_WORSHIP_WORD = /^(?:moskee|kerk|synagoge|tempel|camii|masjid|gurdwara|mandir)$/;

const APPOSITION_FACILITY = /^, (?:het|de|een) (?:verpleeghuis|verzorgingshuis|(?:woon)?zorgcentrum|zorgboerderij|ziekenhuis|kliniek|hospice|(?:basis)?school|opvang|nachtopvang|daklozenopvang|moskee|kerk|tehuis|kinderdagverblijf|woonvoorziening|dagbesteding)\b/;
// (gyms and textile firms: "Tiger Gym", "Fit Fitness", "Mizia Tex"; grill restaurants: "Anatolia Grillhouse")
const SHOP_HEADS = new Set(["Shop", "Store", "Winkel", "Salon", "Kitchen", "Keuken", "Bakkerij", "Market", "Supermarkt", "Toko", "Eethuis", "Lunchroom", "Gym", "Fitness", "Sportschool", "Tex", "Textiles", "Fashion", "Bakery", "Grill", "Pizzeria", "Grillhouse", "Grillroom", "Steakhouse"]);
function compoundHeadRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const nx = tokens[i + 1];
    const spaceNext = !!nx && text.slice(t.e, nx.s) === " ";
    // Sports clubs: a club prefix + a capitalised name ("vv Berkum", "KV Nij Haske", "RKSV Nuenen", "FC Lisse"), a place
    // included and a founding year after it ("LAC Frisia 1883"); "<name> Boys" ("Woenselse Boys", "Kozakken Boys").
    // (Also a dotted prefix, whose closing dot is a token of its own that makes the name look like a sentence
    // start: "Jeugdcoördinator v.v. Geuzenveld United", "bij s.v. Marken".)
    const dotted = CLUB_PREFIX.test(t.t) && t.t.includes(".") && nx?.t === "." && nx.s === t.e && !!tokens[i + 2] && text.slice(nx.e, tokens[i + 2].s) === " ";
    const cn = dotted ? tokens[i + 2] : nx;
    // (also a name with an article: "biljartclub BC De Kroon")
    const clubArt = !!cn && /^(?:De|Het)$/.test(cn.t) && !!tokens[cn.i + 1]?.cap && tokens[cn.i + 1].word && text.slice(cn.e, tokens[cn.i + 1].s) === " " && !isNegative(lex, tokens[cn.i + 1].key);
    if (CLUB_PREFIX.test(t.t) && (spaceNext || dotted) && cn.cap && cn.word && (!cn.sentStart || dotted) && (clubArt || !isNegative(lex, cn.key))) {
      let end = capRun(ctx, clubArt ? cn.i + 1 : cn.i, 3);
      if (/^[ \t]\d{4}(?![\p{L}\p{N}])/u.test(text.slice(tokens[end - 1].e, tokens[end - 1].e + 6)) && /^'?\d{2,4}$/.test(tokens[end]?.t ?? "")) end++;
      ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.personTitle + 2 });
      i = end - 1;
      continue;
    }
    if (t.cap && t.word && !t.sentStart && spaceNext && (nx.t === "Boys" || nx.t === "Girls") && !isNegative(lex, t.key)) {
      ctx.out.push({ s: t.s, e: nx.e, label: "instelling", prio: PRIO.personTitle + 2 });
      i++;
      continue;
    }
    // "van de EMCO-groep", "bij de WVS-groep": an abbreviation + "-groep" is an organisation ("Balint-groep" is a method).
    // (Not after a document title word: "Planning MAP-groep voorjaar" is a course group, no organisation.)
    if (t.word && /^\p{Lu}{2,6}-groep$/u.test(t.t) && !t.sentStart && !isNegative(lex, t.key) && !lex.common.has(t.t.slice(0, -6).toLowerCase()) && !DOC_TITLE_WORD.test(tokens[i - 1]?.low ?? "")) {
      ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionHead });
      continue;
    }
    // "Roti Shop Soraya", "Mode Winkel Yasmin": a capitalised word + a shop head word + a name is one shop.
    if (t.cap && t.word && SHOP_HEADS.has(t.t) && !lex.surnames.has(t.t) && i > 0 && tokens[i - 1].cap && tokens[i - 1].word && !lex.firstNames.has(tokens[i - 1].t) && !lex.surnames.has(tokens[i - 1].t) && text.slice(tokens[i - 1].e, t.s) === " " && !isNegative(lex, tokens[i - 1].key) &&
      spaceNext && nx.cap && nx.word && !nx.sentStart && !lex.places.phrases.has(nx.key) && !isNegative(lex, nx.key)) {
      const n2 = tokens[i + 2];
      const end = n2 && n2.cap && n2.word && !n2.sentStart && text.slice(nx.e, n2.s) === " " && !lex.places.phrases.has(n2.key) && !isNegative(lex, n2.key) ? i + 3 : i + 2;
      ctx.out.push({ s: tokens[i - 1].s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionHead + 5 });
      i = end - 1;
      continue;
    }
    // "bij Öz Ankara Market", "Yildiz Istanbul Bakkerij": capitalised words closed by a shop head word are one shop, also
    // with a place inside it (not "de Turkse Supermarkt": one word must be no common word).
    if (t.cap && t.word && SHOP_HEADS.has(t.t) && t.t !== "Keuken" && t.t !== "Winkel" && !(spaceNext && nx.cap && nx.word) && i > 0) {
      let j = i;
      while (j > 0 && i - j < 3 && tokens[j - 1].cap && tokens[j - 1].word && text.slice(tokens[j - 1].e, tokens[j].s) === " " && !isNegative(lex, tokens[j - 1].key) && !tokens[j].sentStart) j--;
      const words = tokens.slice(j, i);
      if (words.length && (words.length >= 2 || !tokens[j].sentStart) && words.some((x) => !lex.common.has(x.low)) && !lex.institutions.phrases.has(t.key)) {
        ctx.out.push({ s: tokens[j].s, e: t.e, label: "instelling", prio: PRIO.institutionHead + 5 });
        continue;
      }
    }
    // "de Kerk Vrede en Genade", "Moskee Al Fourqaan": a capitalised Kerk/Moskee mid-sentence + a name (no place).
    if ((t.t === "Kerk" || t.t === "Moskee") && !t.sentStart && spaceNext && nx.cap && nx.word && !lex.places.phrases.has(nx.key) && !isNegative(lex, nx.key) && !DENOMINATION_WORDS.has(nx.low)) {
      const end = capRun(ctx, i + 1, 4);
      ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionHead + 5 });
      i = end - 1;
      continue;
    }
    // "naar Nij Sânwei, het verpleeghuis in Bolsward": capitalised words (no first name, surname, place or hard
    // negative) explained by an apposition with a care or school noun are that home's or school's name.
    if (t.cap && t.word && !t.sentStart && !tokens[i - 1]?.cap && text.charCodeAt(t.s - 1) === 32 && !lex.firstNames.has(t.t) && !lex.surnames.has(t.t) && !lex.places.phrases.has(t.key) && !isNegative(lex, t.key)) {
      const end = capRun(ctx, i, 3);
      const after = tokens[end - 1] && tokens[end]?.t === "," ? text.slice(tokens[end - 1].e, tokens[end - 1].e + 40) : "";
      if (after && APPOSITION_FACILITY.test(after) && tokens.slice(i, end).every((x) => x.cap && !lex.firstNames.has(x.t) && !lex.surnames.has(x.t))) {
        ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionHead + 5 });
        i = end - 1;
        continue;
      }
    }
    // "naar de kerk Debre Selam", "de moskee Ulu Camii": a lower-case "de kerk/moskee" + a capitalised name that is no
    // first name, surname or place is the church's name (the span is the name only).
    if ((t.t === "kerk" || t.t === "moskee") && tokens[i - 1]?.low === "de" && spaceNext && nx.cap && nx.word && !nx.sentStart && !lex.places.phrases.has(nx.key) && !isNegative(lex, nx.key) && !lex.firstNames.has(nx.t) && !lex.surnames.has(nx.t) && !lex.common.has(nx.low) && !DENOMINATION_WORDS.has(nx.low)) {
      const end = capRun(ctx, i + 1, 4);
      ctx.out.push({ s: nx.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionHead + 5 });
      i = end - 1;
      continue;
    }
    // "vrouwenvereniging Roshan", "kaatsvereniging De Friesche Bond": a lower-case club or association compound + a
    // capitalised name (not a place: "voetbalclub Ede" names the town's club by its place only).
    if (t.word && !t.cap && LOWER_ASSOCIATION.test(t.t) && spaceNext && nx.cap && nx.word && !nx.sentStart && !lex.places.phrases.has(nx.key) && !isNegative(lex, nx.key) && !CLUB_PREFIX.test(nx.t)) {
      const end = capRun(ctx, i + 1, 4);
      ctx.out.push({ s: nx.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.personTitle + 2 });
      i = end - 1;
      continue;
    }
    // "de Dr. Martin Luther Kingschool", "de Jan Ligthartschool": a person's name before a school compound belongs to it.
    if (t.word && NAMED_SCHOOL_COMPOUND.test(t.t) && !t.t.includes("-") && !t.sentStart && tokens[i - 1]?.cap && tokens[i - 1].word && text.slice(tokens[i - 1].e, t.s) === " " &&
      !isNegative(lex, tokens[i - 1].key) && !lex.places.phrases.has(tokens[i - 1].key) && !NAMESAKE_TITLES.has(tokens[i - 1].low)) {
      let s0 = i;
      for (let k = i - 1; k >= 0 && i - k <= 4 && text.slice(tokens[k].e, tokens[k + 1].s) === " " && tokens[k].cap && tokens[k].word && !isNegative(lex, tokens[k].key); k--) {
        s0 = k;
        if (tokens[k].sentStart) break;
      }
      if (lex.firstNames.has(tokens[s0].t) || (tokens[s0 - 1]?.t === "." && /^(?:Dr|Ds|Mgr|Prof|St|Mr|Ir)$/.test(tokens[s0 - 2]?.t ?? ""))) {
        if (tokens[s0 - 1]?.t === "." && /^(?:Dr|Ds|Mgr|Prof|St|Mr|Ir)$/.test(tokens[s0 - 2]?.t ?? "")) s0 -= 2;
        ctx.out.push({ s: tokens[s0].s, e: t.e, label: "instelling", prio: PRIO.personTitle + 3 });
        continue;
      }
    }
    // Church denominations: capitalised denomination words ending in Gemeente/Kerk/Parochie, a place right after included.
    // "Diaconie Hersteld Hervormde Gemeente Genemuiden": a capitalised head word before it opens the same name.
    const headBefore = !!tokens[i - 1] && tokens[i - 1].cap && (lex.institutionHeads.phrases.has(tokens[i - 1].low) || tokens[i - 1].t === "Diaconie") && text.slice(tokens[i - 1].e, t.s) === " ";
    if (t.cap && DENOMINATION_WORDS.has(t.low) && (!(tokens[i - 1]?.cap && text.slice(tokens[i - 1].e, t.s) === " ") || headBefore)) {
      let k = i + 1;
      while (k < tokens.length && k - i < 4 && tokens[k].cap && DENOMINATION_WORDS.has(tokens[k].low) && text.slice(tokens[k - 1].e, tokens[k].s) === " ") k++;
      const head = tokens[k];
      if (head && head.cap && text.slice(tokens[k - 1].e, head.s) === " " && (DENOMINATION_END.test(head.low) || /^\p{Lu}\p{Ll}{3,}(?:gemeente|kerk)$/u.test(head.t))) {
        let e = k;
        const nx = tokens[k + 1];
        if (nx && nx.cap && text.slice(head.e, nx.s) === " ") {
          const placeEnd = matchPhrase(ctx, k + 1, lex.places);
          if (placeEnd > k) e = placeEnd;
          // "Hersteld Hervormde Gemeente Sion", "Christelijke Gemeente Bethel": a name the lexicons do not know is the
          // congregation's own (often biblical) name, part of the organisation, not a place.
          else if (nx.word && !nx.upper && !lex.common.has(nx.low) && !isNegative(lex, nx.key) && !lex.firstNames.has(nx.t) && !(tokens[k + 2]?.cap && text.slice(nx.e, tokens[k + 2].s) === " ")) e = k + 1;
        }
        ctx.out.push({ s: headBefore ? tokens[i - 1].s : t.s, e: tokens[e].e, label: "instelling", prio: PRIO.personTitle + 2 });
        i = e;
        continue;
      }
    }
    // "de Johan de Witt-scholengroep", "op de Dr. Schaepmanschool" (the title case is in personRules): a person's name
    // before a hyphenated school compound belongs to the school.
    if (t.word && t.cap && /-(?:school|scholengroep|scholengemeenschap|college|lyceum|gymnasium)$/.test(t.t) && NAMED_SCHOOL_COMPOUND.test(t.t)) {
      let s = i;
      for (let k = i - 1; k >= 0 && i - k <= 4 && text.slice(tokens[k].e, tokens[k + 1].s) === " "; k--) {
        if (tokens[k].cap && tokens[k].word && !tokens[k].sentStart && !isNegative(lex, tokens[k].key) || tokens[k].initials) s = k;
        else if (tokens[k].cap && tokens[k].word && tokens[k].sentStart && (lex.firstNames.has(tokens[k].t) || NAMESAKE_TITLES.has(tokens[k].low))) { s = k; break; }
        else if (!PARTICLES.has(tokens[k].t)) break;
      }
      ctx.out.push({ s: tokens[s].s, e: t.e, label: "instelling", prio: PRIO.personTitle + 2 });
      continue;
    }
    // "de Mgr. Bekkersschool", "de Koningin Julianaschool": an abbreviated or namesake title before a school compound.
    if (t.word && NAMED_SCHOOL_COMPOUND.test(t.t) && !t.t.includes("-") && i >= 1) {
      const abbr = tokens[i - 1].t === "." && tokens[i - 2] && /^(?:Mgr|Ds|Dr|Prof|St|Mr|Pr|Ir)$/.test(tokens[i - 2].t) && text.slice(tokens[i - 1].e, t.s) === " ";
      const namesake = tokens[i - 1].cap && NAMESAKE_TITLES.has(tokens[i - 1].low) && text.slice(tokens[i - 1].e, t.s) === " ";
      if (abbr || namesake) {
        ctx.out.push({ s: tokens[abbr ? i - 2 : i - 1].s, e: t.e, label: "instelling", prio: PRIO.personTitle + 2 });
        continue;
      }
    }
    // "Samira's Keuken", "Ome Jan's Bakkerij": a possessive name + a capitalised noun mid-sentence names a business.
    if (t.cap && /^\p{Lu}\p{Ll}+['’]s$/u.test(t.t) && !t.sentStart && tokens[i + 1]?.cap && tokens[i + 1].word && text.slice(t.e, tokens[i + 1].s) === " ") {
      const nx = tokens[i + 1];
      if (!lex.firstNames.has(nx.t) && !lex.surnames.has(nx.t) && !lex.places.phrases.has(nx.key) && !isNegative(lex, nx.key) && !RELATIONS.has(nx.low) && !TITLES.has(nx.low) && !MONTH_NAMES.test(nx.t)) {
        const end = capRun(ctx, i + 1, 3);
        ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionHead + 5 });
        i = end - 1;
        continue;
      }
    }
    // "Limburgs Bewindvoerderskantoor", "Brabants Administratiekantoor": a regional adjective + an organisation head word.
    if (t.cap && REGIONAL_ADJ.test(t.t) && tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " " && (REGIONAL_ADJ_WORDS.has(t.low) || lex.places.phrases.has(t.low.slice(0, -1)))) {
      const nx = tokens[i + 1];
      // "Gelders Budget", "Drents Archief": a written-out regional adjective (not a place + s) before a capitalised noun
      // mid-sentence opens an organisation's name.
      const explicitAdj = REGIONAL_ADJ_WORDS.has(t.low) && !t.sentStart && !tokens[i - 1]?.cap && tokens[i - 1]?.t !== "'t" && nx.word && /^\p{Lu}\p{Ll}{3,}$/u.test(nx.t) && !nx.sentStart && !lex.places.phrases.has(nx.key) && !lex.firstNames.has(nx.t) && !lex.surnames.has(nx.t) && !isNegative(lex, nx.key) && !MONTH_NAMES.test(nx.t) && capRun(ctx, i + 1, 3) > i + 1;
      if (explicitAdj || lex.institutionHeads.phrases.has(nx.low) || COMPOUND_HEAD.test(nx.t) || (ORG_TAIL.test(nx.t) && /^\p{Lu}\p{Ll}{5,}/u.test(nx.t) && !lex.common.has(nx.low))) {
        const end = capRun(ctx, i + 1, 3);
        ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionHead + 5 });
        i = end - 1;
        continue;
      }
    }
    // "personeelsdienst Transport Verstraete", "bij Botenverhuur Zuiderkwartier": a trade word + a name is a firm.
    // (also a depot or a shop for a plural of goods: "Vloerdepot Kuipers", "Beddenhuis Oude Wesselink")
    if (t.cap && !t.sentStart && TRADE_HEAD.test(t.t) && tokens[i + 1]?.cap && tokens[i + 1].word && !tokens[i + 1].sentStart && text.slice(t.e, tokens[i + 1].s) === " ") {
      const nx = tokens[i + 1];
      if (!lex.firstNames.has(nx.t) && !lex.places.phrases.has(nx.key) && !isNegative(lex, nx.key) && !ORG_TAIL.test(nx.t) && !isDepartmentWord(nx.low) && !lex.institutionHeads.phrases.has(nx.low)) {
        const end = capRun(ctx, i + 1, 3);
        ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionHead + 5 });
        i = end - 1;
        continue;
      }
    }
    // "in Niekerk", "uit Oldekerk", "te Ouderkerk": a -kerk word right after in/uit/te/naar (no article) is a village;
    // a church takes an article ("in de Bethelkerk").
    const villagePrep = ["in", "uit", "te", "naar", "vanuit"].includes(tokens[i - 1]?.low ?? "") && /(?:kerk|parochie)$/.test(t.low);
    // "Sint-Lambertusparochie heeft een bezoekgroep": a parish compound is a name also at a sentence start; "Sint
    // Annaparochie", "St.-Jacobiparochie" are villages (the saint's title stands apart).
    const parish = /parochie$/.test(t.low);
    if (parish && (/(?:^|[^\p{L}])(?:[Ss]int|[Ss]t\.?)[ \t-]*$/u.test(text.slice(Math.max(0, t.s - 6), t.s)) || villagePrep)) continue;
    // (not a surname after a known first name: "Wendy Ormskerk (Rochdale)")
    const afterFirstName = !!tokens[i - 1] && lex.firstNames.has(tokens[i - 1].t) && !lex.common.has(tokens[i - 1].low) && text.slice(tokens[i - 1].e, t.s) === " ";
    if (t.word && (!t.sentStart || parish) && !villagePrep && !afterFirstName && isWorshipCompound(t.t) && !lex.surnames.has(t.t) && !lex.negatives.phrases.has(t.low) && !lex.common.has(t.low) && !lex.places.phrases.has(t.key) && !tokens[i + 1]?.cap) {
      ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionHead });
      continue;
    }
    if (!t.word || !COMPOUND_HEAD.test(t.t) || lex.negatives.phrases.has(t.low) || lex.places.phrases.has(t.key)) continue;
    // "Boekhoudburo 't Gooi", "Bewindkantoor 't Hart": an apostrophe article may open the name after the head.
    const artName = (tokens[i + 1]?.t === "'t" || tokens[i + 1]?.t === "’t") && !!tokens[i + 2]?.cap && text.slice(tokens[i + 1].e, tokens[i + 2].s) === " ";
    if (!(tokens[i + 1]?.cap || artName) || newlineBetween(text, t.e, tokens[i + 1].s)) continue;
    // "Weggeefwinkel Goed Spul", "Klusbedrijf Snel Klaar": a tagline of two or more capitalised words, common ones too.
    const plainEnd = capRun(ctx, i + 1, 4);
    // (capitalised words only, no connector, compass word or second head: "Tapijtgroothandel Noord en Vloerdepot Kuipers"
    // are two firms)
    const taglineEnd = plainEnd === i + 1 && !tokens[i + 1].sentStart ? capRun(ctx, i + 1, 4, true) : plainEnd;
    const tagline = taglineEnd >= i + 3 && tokens.slice(i + 1, taglineEnd).every((x) => x.cap && x.word && !COMPASS_WORD.test(x.t) && !COMPOUND_HEAD.test(x.t) && !lex.institutionHeads.phrases.has(x.low));
    const end = tagline ? taglineEnd : plainEnd;
    // "Judoclub Seghwaert", "Schaakvereniging Heerhugowaard": a club named after its district or town is one organisation
    // (a club is no generic service; "Stadskantoor Leeuwarden" stays the place).
    const club = /\p{Ll}(?:club|vereniging)$/u.test(t.t) && end === i + 2;
    if (end > i + 1 && (club || !lex.places.phrases.has(tokens[i + 1].key))) ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionHead + 5 });
  }
}

const SENTENCE_PLACE_PREPS = new Set(["buiten", "binnen", "rondom", "rond", "nabij", "naast", "voorbij", "behalve", "tussen", "richting", "vanuit", "sinds", "tot", "vanaf", "tijdens", "zonder", "ondanks"]);
const SENTENCE_ORG_PREPS = new Set(["via", "bij", "naar", "met", "door", "voor"]);
const PLACE_PREFIXES = new Set(["nieuw", "nieuwe", "oud", "oude", "groot", "klein", "noord", "zuid", "oost", "west", "sint", "hoog", "laag", "boven", "beneden"]);

// "Kringloop Den Bosch", "Taalhuis Noordoostpolder", "MEE Zuid-Holland Noord": a capitalised common word
// followed by a place or region names a local organisation.
// Role abbreviations in team names: "KM Tiel" (klantmanagers), "JC Zwolle" (jobcoaches), "CM" (casemanagers).
const TEAM_TITLE_WORDS = new Set(["team", "intervisie", "intervisje", "kanaal", "overleg", "teamoverleg", "werkoverleg", "casusoverleg", "casuïstiek", "groepsapp", "teamapp"]);
const GENERIC_SERVICE_ABBREVIATIONS = new Set(["CJG", "PI", "GGD", "OKT", "WIJ"]);
const ROLE_ABBREVIATIONS = new Set(["KM", "KM'ers", "JC", "CM", "WC", "TM"]);
function serviceWithPlaceRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !(t.cap || t.upper) || lex.common.has(t.low) || text.slice(t.e, tokens[i + 1].s) !== " " || thingCompound(lex, t.t)) continue;
    // "Werkgeversservicepunt Rijk van Nijmegen", "Werkplein Hart van West-Brabant": a generic service + a region name.
    // "Team Jongeren Zaanstad", "Team Werk en Inkomen Zwolle": a municipal team (department words) in a place is the place.
    const departmentTeam = t.low === "team" && (isDepartmentWord(tokens[i + 1].low) || (/^\p{Lu}\p{Ll}{2,}e$/u.test(tokens[i + 1].t) && !!tokens[i + 2] && isDepartmentWord(tokens[i + 2].low)));
    // "Dak- en Thuislozen Utrecht", "Statushouders Zwolle": a target group before a place names a team's area.
    if (isDepartmentWord(t.low) && t.low.length >= 5 && !t.sentStart) continue;
    if (departmentTeam || (tokens[i - 1]?.low === "team" && isDepartmentWord(t.low))) continue;
    // (Not a generic service before a known place: "Jongerenloket Amsterdam Nieuw-West" is the place.)
    if (t.cap && /(?:punt|plein|loket|team|bedrijf|dienst)$/.test(t.low) && tokens[i + 1].cap && !tokens[i + 1].sentStart && !((GENERIC_SERVICES.has(t.low) || /team$/.test(t.low)) && matchPhrase(ctx, i + 1, lex.places) > i)) {
      const end = capRun(ctx, i + 1, 5);
      if (end > i + 2 && tokens.slice(i + 2, end).some((x) => lex.places.phrases.has(x.key))) {
        ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionHead + 4 });
        continue;
      }
    }
    if (ctx.negative[i]) continue;
    // A court (also abbreviated) + its district or seat is the place only: "Rb Midden-Nederland".
    if (COURT_WORDS.has(t.low)) continue;
    // "Leger des Heils Lelystad": a word after a lower-case connector inside a longer name opens no service name.
    if (i > 1 && /^(?:des|der|den)$/.test(tokens[i - 1].t) && (tokens[i - 2].cap || tokens[i - 2].upper) && text.slice(tokens[i - 2].e, t.s).length <= tokens[i - 1].t.length + 2) continue;
    // "KM Tiel", "JC Zwolle": a role abbreviation (klantmanager, jobcoach, casemanager) before a place is no organisation.
    if (ROLE_ABBREVIATIONS.has(t.t)) continue;
    // "Intervisie WGD Twente", "Intervisie J&G Emmen": in a team or channel title an unknown short abbreviation (a team
    // code, not a known organisation) or the letter after "&" before a place names the team's area: the place only.
    const teamTitle = tokens[i - 1]?.t === "&" || /["“„]$/.test(text.slice(Math.max(0, t.s - 1), t.s)) || TEAM_TITLE_WORDS.has(tokens[i - 1]?.low ?? "");
    // The name of a group chat or channel before a place names the group's area: 'Groepsapp "Kansbaan
    // Poelenburg"', "Teamapp Jongerenwerk Noord" (the place only).
    if (teamTitle && !lex.institutions.phrases.has(t.key) && /(?:^|[^\p{L}])(?:[Gg]roepsapp|[Tt]eamapp|[Aa]ppgroep|[Gg]roepschat|[Tt]eamchat|[Ww]hats[Aa]pp-?groep|[Kk]anaal)[ \t]*[:"“„]?[ \t]*$/u.test(text.slice(Math.max(0, t.s - 24), t.s)) && matchPhrase(ctx, i + 1, lex.places) > i) continue;
    if (/^\p{Lu}{1,4}$/u.test(t.t) && teamTitle && !lex.institutions.phrases.has(t.key) && !lex.institutionHeads.phrases.has(t.low) && (t.t.length >= 2 || tokens[i - 1]?.t === "&") && matchPhrase(ctx, i + 1, lex.places) > i) continue;
    // "Stadskantoor Leeuwarden", "FACT-team Emmen": a generic service in a place is the place, not an organisation.
    // Also the abbreviations every region has: "CJG Moerwijk" (Centrum voor Jeugd en Gezin), "PI Vught"
    // (a penitentiaire inrichting, named after its town like "GGD Amsterdam").
    if (GENERIC_SERVICE_ABBREVIATIONS.has(t.t) && text.slice(t.e, tokens[i + 1].s) === " ") {
      // (the place outranks an organisation guess after "bij/via": "bij CJG Transvaal")
      const pe = matchPhrase(ctx, i + 1, lex.places);
      if (pe > i) ctx.out.push({ s: tokens[i + 1].s, e: tokens[pe].e, label: "plaats", prio: PRIO.institutionHead + 5 });
      continue;
    }
    // (A youth desk + a bare compass word is a branch that names no place: "(Jongerenpunt West)"; so is a youth desk + a
    // coined word that is no known place: "Jongerenpunt Kompas", never a person; "Jongerenpunt Lombok" stays the place.)
    const coinedDesk = tokens[i + 1].cap && tokens[i + 1].word && !tokens[i + 1].upper && matchPhrase(ctx, i + 1, lex.places) < i + 1 && !lex.ambiguousPlaces.has(tokens[i + 1].t) && !lex.firstNames.has(tokens[i + 1].t) && !isNegative(lex, tokens[i + 1].key);
    if (t.cap && (t.low === "jongerenpunt" || t.low === "jongerenservicepunt") && (/^(?:Noord|Oost|Zuid|West|Midden|Centrum)$/.test(tokens[i + 1].t) || coinedDesk) && !(tokens[i + 2]?.cap && text.slice(tokens[i + 1].e, tokens[i + 2].s) === " "))
      ctx.out.push({ s: t.s, e: tokens[i + 1].e, label: "instelling", prio: PRIO.institutionHead + 4 });
    // (A staffing firm's "Flexteam" is no municipal team: "| Flexteam Achterhoek |" is one organisation; "Jeugdteam
    // Zwolle" stays the place.)
    if (GENERIC_SERVICES.has(t.low) || (/-?team$/.test(t.low) && !/^flex\p{Ll}*team$/u.test(t.low))) continue;
    // "Jeugdconsulenten Breda-Noord", "Wijkcoaches Zuid", "Schuldhulpmedewerker Almere": a role (also plural) in a place is the place.
    if (ROLE_WORD_END.test(t.low)) continue;
    // "Jongeren Zoetermeer", "Statushouders Ede": a target group (a team or channel name) in a place is the place;
    // "Zaaknummer Groningen", "Klantnummer Assen": a field label before a place is no organisation either.
    // A document title word before a region is no organisation either: "Trajectoverzicht Midden-Limburg",
    // "Kwartaalrapportage Twente", "Jaarverslag Drechtsteden" (the place stays a place).
    // A location label or a street worker's round too: "Rechtbank Noord-Nederland\nLocatie Leeuwarden",
    // "Vestiging Heerenveen", "Ronde Overvecht na melding van …" (the place only).
    // An abstract "-heid" noun names a domain, no organisation: "team Zorg & Veiligheid Deventer",
    // "overleg Werk & Gezondheid Parkstad" (the place only).
    if (/\p{Ll}{3,}heid$/u.test(t.t)) continue;
    // A plural or a pool of places, jobs or people before a region heads a list, no organisation: "Leerwerkplekken Kop
    // van Overijssel", "Seizoenspool Noord-Veluwe", "Vacatures Zuid-Limburg" (the place only).
    if (t.cap && /\p{Ll}{2,}(?:pool|plekken|plaatsen|banen|vacatures|kandidaten|deelnemers|cijfers)$/u.test(t.t)) continue;
    // People by origin or a programme before a place name a target group or a project, no organisation: "opvang
    // Oekraïners Oosterwolde", "Syriërs Zwolle", "Werkfit-traject Noord-Veluwe", "Taalproject Ede" (the place only).
    if (t.cap && (ORIGIN_PLURAL.test(t.low) || programmeCompound(t.low))) continue;
    if (isDepartmentWord(t.low) || /(?:nummer|nr|datum)$/.test(t.low) || DOC_TITLE_WORD.test(t.low) || /^(?:locatie|vestiging|zittingsplaats|werklocatie|ronde|rondgang|nachtronde|avondronde|dagronde|huisbezoek|huisbezoeken|surveillance)$/.test(t.low)) continue;
    // "Nieuw Den Helder", "Oud Beijerland": a prefix + a known place is a place.
    if (PLACE_PREFIXES.has(t.low) && matchPhrase(ctx, i + 1, lex.places) > i) {
      const e = matchPhrase(ctx, i + 1, lex.places);
      ctx.out.push({ s: t.s, e: tokens[e].e, label: "plaats", prio: PRIO.placeLexicon + 3 });
      continue;
    }
    // "Te Lintelo", "Ter Horst": a particle before a place is a surname.
    if (lex.firstNames.has(t.t) || lex.surnames.has(t.t) || lex.places.phrases.has(t.key) || TITLES.has(t.low) || RELATIONS.has(t.low) || PLACE_HEADS.has(t.low) || PARTICLES.has(t.low)) continue;
    // "Behandelaar: Pauline Wassenaar, GZ-psycholoog": a word a role, relation or title has announced as a
    // name opens no service; a one-word place right after it is the surname ("Wassenaar", "Tiel", "Ommen").
    const roleWord = (x: Token | undefined) => !!x && (ROLE_SUFFIX.test(x.low) || RELATIONS.has(x.low) || /^(?:behandelaar|contactpersoon|mentor|bewindvoerder|casemanager|regisseur|naam|roepnaam)$/.test(x.low));
    const announced = roleWord(tokens[i - 1]) || (tokens[i - 1]?.t === ":" && roleWord(tokens[i - 2]));
    // ("haar dochter Marisha Eersel": a relation before a first name the lexicon lacks + a place read as one full name.)
    if (announced && /^\p{Lu}\p{Ll}{2,9}$/u.test(t.t) && !/(?:erij|fabriek|centrale|praktijk|bedrijf|kantoor|huis|centrum|winkel|zaak|dienst|groep|team|punt|plein|werk|zorg|goed|wonen|bouw)$/.test(t.low) && ctx.out.some((c) => c.label === "persoon" && c.s === t.s && (c.e === t.e || c.e === tokens[i + 1]?.e) && c.prio >= PRIO.personContext)) {
      const nx = tokens[i + 1];
      if (nx.cap && !nx.t.includes("-") && matchPhrase(ctx, i + 1, lex.places) === i + 1 && !lex.abroad.has(nx.key) && !(tokens[i + 2]?.word && tokens[i + 2].cap && text.slice(nx.e, tokens[i + 2].s) === " ") && !newlineBetween(text, t.e, nx.s))
        ctx.out.push({ s: t.s, e: nx.e, label: "persoon", prio: PRIO.personContext + 1 });
      continue;
    }
    // "in Tuindorp Oostzaan", "Nieuw Vennep": a word that opens a known multi-word place is part of that place.
    if (matchPhrase(ctx, i, lex.places) > i) continue;
    // "Pieter-Bas Hoogland": a hyphenated first name before a surname that is also a place is a person.
    if (t.t.includes("-") && t.t.split("-").some((p) => lex.firstNames.has(p) && !lex.ambiguousFirstNames.has(p))) continue;
    // "mevr. Bosman-ter Horst", "Jansen-van Beek": a surname + hyphen + particle before a place is a
    // double surname.
    if (/^\p{Lu}\p{Ll}+-(?:de|van|der|den|ter|ten|te|op|in|het|'t)$/u.test(t.t)) continue;
    // "Humanitas Ede": a known institution keeps its own span and the place stays a place.
    if (lex.institutions.phrases.has(t.key) && !lex.ambiguousInstitutions.has(t.key)) continue;
    // "Van: Jorieke Westerveld <j.westerveld@…>": a mail header's sender or addressee before an address in angle brackets is
    // a person (a first name no lexicon knows + a surname that is also a municipality), no service in a place.
    if (tokens[i - 1]?.t === ":" && /^(?:van|aan|cc|bcc|from|to)$/.test(tokens[i - 2]?.low ?? "") && /^[ \t]*</.test(text.slice(tokens[i + 1].e, tokens[i + 1].e + 3))) continue;
    // "Via Taalcafé Wageningen": a capitalised preposition opening the sentence is not part of a name.
    // (s30-A: nor is it a name itself before a place: "Buiten Sittard-Geleen kan ook", "Binnen Utrecht is het duurder")
    if (t.sentStart && SENTENCE_PLACE_PREPS.has(t.low)) continue;
    // (s30-A: "Lange"/"Korte" + a town opens a street name, no branch: "bij de Hema in de Lange Delft", "de Korte Putstraat")
    if (t.cap && (t.low === "lange" || t.low === "korte")) continue;
    const prevTok = tokens[i - 1];
    if (prevTok?.word && (prevTok.cap || prevTok.upper) && !tokens[i].sentStart && !(prevTok.sentStart && SENTENCE_ORG_PREPS.has(prevTok.low))) continue;
    // (The place is written with a capital: "Veel dieren", "Gewoon best" are no "Kringloop Deventer".)
    if (!(tokens[i + 1].cap || tokens[i + 1].upper)) continue;
    const end = matchPhrase(ctx, i + 1, lex.places);
    if (end < i + 1) continue;
    // "- Loonstroken Duitsland nasturen": a local organisation is named after a Dutch place, not after a country abroad.
    if (lex.abroad.has(phraseKey(text.slice(tokens[i + 1].s, tokens[end].e)))) continue;
    let e = end + 1;
    if (tokens[e] && DIRECTIONS.test(tokens[e].low) && text.slice(tokens[e - 1].e, tokens[e].s) === " ") e++;
    ctx.out.push({ s: t.s, e: tokens[e - 1].e, label: "instelling", prio: PRIO.institutionHead + 4 });
  }
}

// Document titles: "Kwartaalrapportage Twente", "Nieuwsbrief Netwerk Dagbesteding Súdwest-Fryslân", "Planning MAP-groep".
const DOC_TITLE_WORD = /(?:verwijzing|overzicht|update|verslag|rapportage|rapport|notitie|notities|planning|rooster|evaluatie|analyse|begroting|memo|notulen|samenvatting|agenda|nieuwsbrief|uitnodiging)$/;
const VOLUNTEER_WORD = /^(?:vrijwilliger|vrijwilligster|vrijwilligers|stagiair|stagiaire|trainee|hoofd)$/;
const ROLE_WORD_END = /(?:consulent|coach|coaches|medewerker|begeleider|werker|adviseur|manager|coördinator|coordinator|coördinatoren|regisseur|ambtenaar|ambtenaren|verpleegkundige|agent|handhaver|rechercheur|mentor|mentoren|makelaar|deskundige|hulpverlener|klantmanager)(?:en|s|n)?$/;
// Adjectives that ADJECTIVE_END misses, opening a group's, sector's or scheme's name: "de groep Jonge
// Mantelzorgers", "de cao Open Teelten", "Vrije Inloop".
const PAIR_ADJECTIVES = new Set(["jonge", "open", "vrije", "gezonde", "goede", "zware", "warme", "slimme", "sterke"]);
const ADJECTIVE_END = /(?:ale|ele|ieve|ische|ige|ere|ste|ende|lijke|ose|ieke|aire|oene|ame|ene)$/;

// English method words that end a programme's name: "Mobility Mentoring", "Solution Focused Coaching".
const EN_METHOD_WORDS = new Set(["mentoring", "coaching", "training", "counseling", "counselling", "mentorship", "empowerment", "mindfulness"]);
const CORPORATE_WORDS = new Set(["acquisition", "recruitment", "resources", "relations", "operations", "marketing", "sales", "finance", "procurement", "compliance", "legal", "talent", "development", "management", "services", "solutions", "consulting", "communications", "engagement", "partnerships", "support", "strategy", "analytics", "logistics", "security", "facilities", "payroll", "benefit", "allowance", "credit", "pension", "sąd", "sądu", "sądem", "okręgowy", "okręgowego", "rejonowy", "rejonowego"]);
// "sprak ik Arjan Zwiers": two unknown capitalised words mid-sentence are most likely a person's name.
// A course or study programme follows these ("studeert European Studies", "master Public Health").
const STUDY_WORDS = new Set(["opleiding", "studie", "studeert", "studeerde", "studeren", "bachelor", "master", "minor"]);
function capitalisedPairRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  const unknown = (t: Token | undefined) =>
    !!t && t.word && t.cap && !t.upper && t.low.length >= 3 && !ctx.negative[t.i] && !lex.common.has(t.low) &&
    !lex.places.phrases.has(t.key) && !lex.institutions.phrases.has(t.key) && !lex.institutionHeads.phrases.has(t.key) &&
    !TITLES.has(t.low) && !RELATIONS.has(t.low) && !HEAD_SUFFIX.test(t.t) && !ORG_TAIL.test(t.t) && !NEIGHBOURHOOD.test(t.t);
  for (let i = 1; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a.sentStart || b.sentStart || text.slice(a.e, b.s) !== " ") continue;
    if (ADJECTIVE_END.test(a.low) || PAIR_ADJECTIVES.has(a.low) || b.t.includes("-")) continue;
    // "een BBL-traject Hovenier niveau 2": an abbreviation compound opens a course, no name.
    if (thingCompound(lex, a.t)) continue;
    // "opleiding Medewerker Dierverzorging", "Allround Medewerker Techniek": a job or course title, no name.
    if (ROLE_SUFFIX.test(a.low) || /^(?:medewerker|assistent|allround|verzorgende|helpende|coördinator|coordinator)$/.test(a.low) || STUDY_WORDS.has(tokens[i - 1].low)) continue;
    // "het programma Sportief Herstel", "de methode Mobility Mentoring": a programme or method's name.
    if (PROGRAMME_NOUNS.has(tokens[i - 1].low) || EN_METHOD_WORDS.has(a.low) || EN_METHOD_WORDS.has(b.low)) continue;
    // An English job title ("| Founder & Head Chef", "Senior Developer") is no name.
    if (EN_JOB_WORDS.has(a.low) && EN_JOB_WORDS.has(b.low)) continue;
    if (!unknown(a) || !unknown(b) || (tokens[i - 1].word && (tokens[i - 1].cap || tokens[i - 1].upper))) continue;
    // "bi Albert Heijn fi Hasselt" (Arabic in Latin letters): a chain or firm the lexicon knows whole is no person, also where
    // no Dutch preposition announces it.
    if (lex.institutions.phrases.has(`${a.key} ${b.key}`)) continue;
    // A greeting is no first name: "Beste Hannah, / Dear Hannah," (the name after it is found by the
    // greeting rule).
    if (GREETINGS.has(a.low)) {
      ctx.out.push({ s: b.s, e: b.e, label: "persoon", prio: PRIO.propagated + 2 });
      continue;
    }
    // "Burgemeester Jamessingel", "Pastoor Vranckenlaan": a second word shaped like a street is a street name.
    if (STREET_SHAPE.test(b.t)) continue;
    // "Sint Joosland", "aan de Laan van Nieuw Oosteinde": a place prefix opens a village or street name (not "Groot",
    // "Klein", "Oude": those open surnames too, "Klein Gunnewiek").
    if (PLACE_PREFIXES.has(a.low) && !/^(?:groot|klein|oud|oude)$/.test(a.low)) continue;
    // "team Statushâlders Smallingerlân": a team name or department word is no person.
    if (tokens[i - 1].low === "team" || isDepartmentWord(a.low)) continue;
    // "Daan Prins | Talent Acquisition |", "NEP The Netherlands, Media Park": an (English) department
    // or a business park / campus is no person, nor is a British benefit ("Child Benefit", "Universal Credit").
    if (CORPORATE_WORDS.has(a.low) || CORPORATE_WORDS.has(b.low) || /^(?:park|campus|plaza|center|centre|square|boulevard)$/.test(b.low)) continue;
    if (tokens[i + 2]?.word && (tokens[i + 2].cap || tokens[i + 2].upper) && text.slice(b.e, tokens[i + 2].s) === " ") continue;
    const before = tokens[i - 1].low;
    if (ORG_PREPS.has(before) || before === "de" || before === "het" || before === "'t" || before === "in" || before === "uit") continue;
    // "für den Monat März": a German common noun opens no name.
    if (GERMAN_COMMON_NOUNS.has(a.t) && /^(?:der|des|den|dem|im|am|vom|zum|für)$/.test(before)) continue;
    // "Tympaan-De Baak", "Welzijn-Het Anker": a coined word joined by a hyphen to an article-led name is a merged
    // organisation ("Jansen-De Vries" keeps a known surname first and stays a person).
    const merged = /^(\p{Lu}\p{Ll}+)-(?:De|Het)$/u.exec(a.t);
    if (merged && !lex.surnames.has(merged[1]) && !lex.ambiguousSurnames.has(merged[1]) && !lex.firstNames.has(merged[1])) {
      ctx.out.push({ s: a.s, e: b.e, label: "instelling", prio: PRIO.propagated + 2 });
      continue;
    }
    // "aanmelding rouwgroep Samen Verder", "lid van zangkoor Vocal Fusion": a lower-case noun for a group, club or society
    // right before the pair names it (not a person: "collega Anna Smit" has no group word).
    const kind = tokens[i - 1];
    if (kind.word && !kind.cap && !kind.upper && spaceJoined(text, kind, a) && GROUP_KIND_END.test(kind.low)) {
      ctx.out.push({ s: a.s, e: b.e, label: "instelling", prio: PRIO.propagated + 2 });
      continue;
    }
    // "Sikkens Verfcentrum", "Öztürk Bestrating", "Ergotherapie Gaasterlân", "Paviljoen Zeezicht": a trade or branch word
    // as either word of the pair makes a firm, never a person (no Dutch name has such a word; not after a known first name:
    // "Marco Sport").
    if ((TRADE_PAIR_WORD.test(b.low) && !lex.firstNames.has(a.t)) || (TRADE_PAIR_HEAD.test(a.low) && !lex.firstNames.has(b.t))) {
      ctx.out.push({ s: a.s, e: b.e, label: "instelling", prio: PRIO.institutionContext });
      continue;
    }
    // (s30-A: an English colour, material or brand word in the pair names a firm or label, no person: "Loon van Sealed Air",
    // "producenten als Blue Circle", "leverde aan Fort Pampus"; not a day or season: "Blue Monday", "Black Friday")
    if ((EN_FIRM_PAIR_WORDS.has(a.low) || EN_FIRM_PAIR_WORDS.has(b.low)) && !EN_NOT_FIRM_TAIL.test(b.low) && !lex.firstNames.has(a.t) && !lex.firstNames.has(b.t)) {
      ctx.out.push({ s: a.s, e: b.e, label: "instelling", prio: PRIO.propagated + 2 });
      continue;
    }
    ctx.out.push({ s: a.s, e: b.e, label: "persoon", prio: PRIO.propagated + 2 });
  }
}
// Trade and branch words that end a firm's name after an unknown capitalised word ("Sikkens Verfcentrum", "Zalsman Printing", "Hoekstra
// Fietsherstel", "Van Iersel Fulfilment", "Sleatten Watersport", "Babel Talen", a grower's crop: "Jansen Asperges"), and
// ones that open it before a name ("Ergotherapie Gaasterlân", "Uitvaartverzorging Jongsma" (also in dialect, "Uutvaortverzorging"), "Strandexploitatie Kuijpers", "Paviljoen Zeezicht", "Vleesindustrie Hagelaars").
const EN_FIRM_PAIR_WORDS = new Set(["blue", "red", "green", "black", "white", "golden", "silver", "sealed", "sky", "smart", "global", "prime", "royal", "urban", "digital", "fresh", "pure", "circle", "air", "star", "fort", "tech", "foods", "studios", "productions", "pictures", "films", "records", "events", "entertainment", "industries", "works"]);
const EN_NOT_FIRM_TAIL = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|day|night|hour|sale|sales)$/;
// (also a Frisian compound of "wurk", work: "by Wiersma Grûnwurk", a groundworks firm)
const TRADE_PAIR_WORD = /^(?:\p{Ll}{3,}(?:centrum|herstel|industrie|exploitatie|therapie|huisvesting|bestrating|watersport|fulfilment|verhuur|reparatie|karton|talen|wurk)|bestrating|fulfilment|talen|karton|huisvesting|watersport|pallets|cookies|refining|asperges|aardbeien|champignons|bloembollen|printing|packaging|logistics|recycling|engineering|catering|cleaning|automotive|trading|plastics|metals|foods|interiors|transport)$/u;
const TRADE_PAIR_HEAD = /^(?:\p{Ll}{3,}(?:therapie|exploitatie|industrie|huisvesting)|paviljoen|strandpaviljoen|logiespark|tricotage|tuinmachines|woninghuur|(?:uitvaart|uutvaort|uutvaart|oetvaart)(?:verzorging|onderneming|centrum|zorg))$/u;
// Lower-case nouns for a group, club or society whose name follows them: "rouwgroep", "lotgenotengroep", "zangkoor".
const GROUP_KIND_END = /^\p{Ll}*(?:groep|club|vereniging|koor|kring|stichting|gemeenschap)$/u;

// "jobcoach van Werkbedrijf X", "begeleider van Cordaan": an unknown name after a role + "van" is the employer.
function roleOfOrganisationRule(ctx: Ctx) {
  const { tokens, lex } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const role = tokens[i];
    if (!(ROLE_SUFFIX.test(role.low) || ["mentor", "behandelaar", "bewindvoerder", "casemanager", "contactpersoon", "maatje", "vrijwilliger", "medewerker", "collega"].includes(role.low))) continue;
    if (tokens[i + 1].low !== "van" && tokens[i + 1].low !== "bij") continue;
    let j = i + 2;
    if ((tokens[j].low === "de" || tokens[j].low === "het") && tokens[j + 1]?.cap) j++;
    const t = tokens[j];
    if (!t || !(t.cap || t.upper) || ctx.negative[j] || lex.common.has(t.low) || lex.firstNames.has(t.t) || lex.surnames.has(t.t) || lex.places.phrases.has(t.key) || TITLES.has(t.low)) continue;
    const end = capRun(ctx, j, 4);
    // "Ilona de Graaf, mentor van Jurvienne … kinderen: Jurvienne (15)": one word found as a person elsewhere is that child.
    if (end === j + 1 && ctx.out.some((c) => c.label === "persoon" && c.prio >= PRIO.personContext && ctx.text.slice(c.s, c.e) === t.t)) continue;
    // (s30-A: nor a name with an age after it, a pupil or client: "Ik ben mentor van Chanelly Rosalia, 14 jaar, klas 2")
    if (end > j && AGE_AFTER_NAME.test(ctx.text.slice(tokens[end - 1].e, tokens[end - 1].e + 16))) continue;
    if (end > j) ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionContext });
  }
}
const AGE_AFTER_NAME = /^[ \t]*(?:,[ \t]*\d{1,2}[ \t]*(?:jaar|jr)(?![\p{L}])|\([ \t]*\d{1,2}[ \t]*(?:jaar|jr\.?)?[ \t]*\))/u;

// "Lisa Groen van Werkfit Zaanstreek", "Peter Hoogland van Dariuz": capitalised words after a person found with
// evidence + "van" name the person's employer; a place or region ending them belongs to the name. Not a lone place
// ("Jan Smit van Zwolle" is ambiguous), a known first name or surname, a municipal team or a generic service.
const PERSON_OF_RE = /^[ \t]+van[ \t]+$/;
function personOfOrganisationRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  if (!/[ \t]van[ \t]/.test(text)) return;
  const ends = new Set<number>();
  for (const c of ctx.out) if (c.label === "persoon" && c.prio >= PRIO.personContext) ends.add(c.e);
  for (let i = 1; i + 1 < tokens.length; i++) {
    const v = tokens[i];
    if (v.t !== "van" || !ends.has(tokens[i - 1].e) || !PERSON_OF_RE.test(text.slice(tokens[i - 1].e, tokens[i + 1].s))) continue;
    const j = i + 1;
    const t = tokens[j];
    if (!t.word || !(t.cap || t.upper) || t.sentStart || lex.common.has(t.low) || lex.firstNames.has(t.t) || lex.surnames.has(t.t) || lex.ambiguousSurnames.has(t.t)) continue;
    if (TITLES.has(t.low) || RELATIONS.has(t.low) || PLACE_HEADS.has(t.low) || GENERIC_SERVICES.has(t.low) || /^(?:team|afdeling|gemeente)$/.test(t.low) || lex.institutions.phrases.has(t.key)) continue;
    // Capitalised words on one line, single spaces (a method or common word may open it: "Werkfit Zaanstreek").
    let end = j;
    while (end < tokens.length && end - j < 4 && tokens[end].word && (tokens[end].cap || tokens[end].upper) && (end === j || (text.slice(tokens[end - 1].e, tokens[end].s) === " " && !tokens[end].sentStart))) end++;
    if (end <= j) continue;
    const run = tokens.slice(j, end);
    const lastPlace = matchPhrase(ctx, end - 1, lex.places) === end - 1;
    // Without a place at the end, no word may be a hard negative ("van Werk en Inkomen").
    if (!lastPlace && run.some((x) => ctx.negative[x.i] || lex.common.has(x.low))) continue;
    // "van Sociaal Team Deventer", "van Werk Zaanstad", "van het Stadskantoor Emmen": a municipal service in a place is the place.
    if (isDepartmentWord(t.low) || run.some((x) => GENERIC_SERVICES.has(x.low) || /(?:team|loket|kantoor|teams)$/.test(x.low))) continue;
    if (run.length === 1 && lex.places.phrases.has(t.key)) continue;
    if (run.length === 1 && (t.upper || !/^\p{Lu}\p{Ll}{3,}$/u.test(t.t) || !/^[ \t]*[.,;:!?)]/.test(text.slice(t.e, t.e + 2)))) continue;
    if (run.some((x) => lex.firstNames.has(x.t) || (lex.places.phrases.has(x.key) && x !== tokens[end - 1]))) continue;
    ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: lastPlace ? PRIO.placeLexicon + 3 : PRIO.institutionContext });
  }
}

// Nouns for help, housing and care whose "van/door X" names the organisation: "begeleiding van Zorgkracht", "woning van Talis".
const SERVICE_NOUNS = new Set(
  ("maaltijdservice maaltijdvoorziening schuldhulp schuldhulpverlening schuldbemiddeling budgetcoaching budgetbegeleiding mantelzorgondersteuning thuisbegeleiding jeugdhulp welzijnswerk begeleiding hulp hulpverlening ondersteuning behandeling zorg dagbesteding opvang nachtopvang woning huurwoning woonvorm " +
    "wachtlijst cursus training opleiding traject programma vestiging locatie medewerker medewerkers huismeester " +
    "klantenservice incasso aanmaning factuur herinnering brief huurcontract contract wijkcoach " +
    "dienst vacature aanbod werkaanbod stageplek stage werkervaringsplaats proefplaatsing leerwerkplek " +
    "gezinshuis woongroep logeerhuis kamertraining beschermd-wonenlocatie uitgevoerd gedaan verzorgd geleverd aangeboden georganiseerd").split(" "),
);

const PLACEMENT_NOUNS = new Set(["proefplaatsing", "plaatsing", "stage", "stageplek", "werkervaringsplaats", "leerwerkplek", "detachering"]);
// (s30-A) A lower-case trade compound + "van" + one capitalised name names the owner's firm: "ze werkt in de bloemkwekerij
// van Mijnders in Melissant", "de slagerij van Brouwer"; not a first name, place or word ("de kwekerij van Piet", "de
// bakkerij van Zwolle", "de kwekerij van Hem en Haar"), nor a name with more capitalised words after it ("van Piet Jansen").
// (only trades: not "de rechtszaak van Jansen", "de pesterij van Jansen", "de drugshandel van Jansen")
const OWNER_TRADE_COMPOUND = /^(?:\p{Ll}{3,}(?:bedrijf|winkel|fabriek)|\p{Ll}*(?:makerij|kwekerij|bakkerij|slagerij|drukkerij|smederij|brouwerij|tuinderij|wasserij|zagerij|timmerij))$/u;
function tradeOfOwner(ctx: Ctx, i: number) {
  const { tokens, lex } = ctx;
  if (tokens[i + 1].low !== "van" || !OWNER_TRADE_COMPOUND.test(tokens[i].t) || ctx.text.slice(tokens[i].e, tokens[i + 2].s) !== " van ") return;
  const t = tokens[i + 2];
  const nx = tokens[i + 3];
  if (!t.word || !t.cap || t.sentStart || !/^\p{Lu}\p{Ll}{3,}$/u.test(t.t) || ctx.negative[t.i] || lex.common.has(t.low) || isNegative(lex, t.key) || lex.firstNames.has(t.t) || lex.places.phrases.has(t.key) || TITLES.has(t.low) || RELATIONS.has(t.low)) return;
  if (nx && (nx.cap || nx.upper) && nx.word && ctx.text.slice(t.e, nx.s) === " ") return;
  ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionContext });
}
function serviceOfOrganisationRule(ctx: Ctx) {
  const { tokens, lex } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i + 1].low === "van") tradeOfOwner(ctx, i);
    if (!SERVICE_NOUNS.has(tokens[i].low) || (tokens[i + 1].low !== "van" && tokens[i + 1].low !== "door")) continue;
    let j = i + 2;
    if ((tokens[j].low === "de" || tokens[j].low === "het") && tokens[j + 1]?.cap) j++;
    const t = tokens[j];
    if (!t || !t.word || !(t.cap || t.upper) || t.sentStart || ctx.negative[j] || lex.common.has(t.low) || isNegative(lex, t.key)) continue;
    // A person or a place after "van" is no organisation: "begeleiding van Petra", "woning van de Gemeente Almere".
    if (lex.firstNames.has(t.t) || lex.surnames.has(t.t) || lex.ambiguousSurnames.has(t.t) || lex.places.phrases.has(t.key) || TITLES.has(t.low) || RELATIONS.has(t.low) || PLACE_HEADS.has(t.low)) continue;
    // "van GGZ-instellingen", "van SW-organisaties": a compound with a common noun is no name.
    if (PARTICLES.has(t.low) || t.initials || /-\p{Ll}+$/u.test(t.t)) continue;
    const end = capRun(ctx, j, 4);
    // "samenwonen met Kim Rasenberg, eigen woning van Rasenberg": the surname of a person found in the text is that person.
    const nm = end > j ? ctx.text.slice(t.s, tokens[end - 1].e) : "";
    if (end > j && ctx.out.some((c) => c.label === "persoon" && c.e - c.s > nm.length && ctx.text.slice(c.s, c.e).endsWith(" " + nm))) continue;
    // "een proefplaatsing van Haftom Gebru bij Kwekerij De Boer": a placement of two capitalised words (no
    // organisation word) at an employer after "bij" places a person there.
    if (end === j + 2 && PLACEMENT_NOUNS.has(tokens[i].low) && tokens[end]?.low === "bij" && (tokens[end + 1]?.cap || tokens[end + 1]?.upper) &&
      tokens.slice(j, end).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.t) && !ORG_TAIL.test(x.t) && !HEAD_SUFFIX.test(x.t) && !lex.institutionHeads.phrases.has(x.low) && !lex.institutions.phrases.has(x.key))) {
      push(ctx, j, end, "persoon", PRIO.personContext);
      continue;
    }
    if (end > j) ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionContext });
  }
}

// Lower-case tail words after a name: "Area wonen", "De Zilverling wonen", "Amarant zorg".
const LOWER_TAILS = new Set(["wonen", "zorg", "welzijn"]);
const NATIONALITY_ADJ = /(?:se|sche|ische|aanse|ese)$/;
// Kinds of housing and care, not names: "Zelfstandig wonen", "Thuis wonen", "Beschermd wonen".
const LOWER_TAIL_MODIFIERS = /^(?:thuis|samen|begeleid|beschermd|beschut|ambulant|intramuraal|extramuraal|goed|fijn|prettig|gewoon|anders|lekker|\p{L}+(?:ig|isch|baar|lijk|end|ende))$/u;

const LIST_ABBREVIATION_BEFORE = /(?<![\p{L}.])(?:o\.a|m\.n|t\.w|w\.o|bijv|incl)\.[ \t]+$/u;
function lowerTailRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // (an abbreviation that ends in a full stop opens no sentence: "schuldeisers, o.a. Area wonen", "bijv. Mooiland wonen")
    if (!t.word || !(t.cap || t.upper) || (t.sentStart && !LIST_ABBREVIATION_BEFORE.test(text.slice(Math.max(0, t.s - 8), t.s)))) continue;
    if (tokens[i - 1].word && (tokens[i - 1].cap || tokens[i - 1].upper)) continue;
    const end = capRun(ctx, i, 4);
    const tail = tokens[end];
    if (end <= i || !tail || !LOWER_TAILS.has(tail.t) || text.slice(tokens[end - 1].e, tail.s) !== " ") continue;
    const words = tokens.slice(i, end).filter((x) => x.word && (x.cap || x.upper));
    const personOrPlace = words.some((x) => thingCompound(lex, x.t) || lex.firstNames.has(x.t) || lex.surnames.has(x.t) || lex.places.phrases.has(x.key) || isNegative(lex, x.key) || lex.common.has(x.low) || TITLES.has(x.low) || RELATIONS.has(x.low) || NATIONALITY_ADJ.test(x.low) || ADJECTIVE_END.test(x.low) || LOWER_TAIL_MODIFIERS.test(x.low));
    if (personOrPlace || lex.places.phrases.has(phraseKey(text.slice(t.s, tokens[end - 1].e)))) continue;
    // "Dhr. en mevr. Pattiasina wonen al sinds 1976 in Tiel": after a title the capitalised word is a surname
    // and "wonen" the verb; so too when the text names the word elsewhere as the surname after a known first name
    // ("Aanvrager: Johannes Pattiasina").
    const before = tokens[i - 1].t === "." ? tokens[i - 2] : tokens[i - 1];
    if (before && (TITLES.has(before.low) || RELATIONS.has(before.low))) continue;
    // "zou in Leiria wonen", "die te Gouda wonen": after "in/te" the name is where someone lives and "wonen" the verb.
    if (tail.t === "wonen" && before && (before.low === "in" || before.low === "te") && !before.cap) continue;
    if (end === i + 1 && afterFirstNameSomewhere(lex, text, t.t)) continue;
    ctx.out.push({ s: t.s, e: tail.e, label: "instelling", prio: PRIO.institutionHead + 3 });
  }
}

// Farms, estates and quays that name a business: a one-word name on -hof/-hoeve/-gaard/-kade/-marke after a lower-case sector
// compound ("fruitcoöperatie Bommelerhof", "appelkwekerij Lingehof": the name alone) or after "bij" with a place after it
// ("werkt bij 't Perenhof in Zoelen", "bij De Eikenhoeve in Ede"). Not a street or a district without that frame ("woont aan
// de Noordkade", "in de wijk Bloemenhof").
export const ESTATE_NAME = /^\p{Lu}\p{Ll}{3,}(?:hof|hoeve|gaard|kade|marke)$/u;
const SECTOR_COMPOUND = /^\p{Ll}{3,}(?:co[öo]peratie|kwekerij|teelt|telerij|boerderij|houderij|maatschap)$/u;
// A brand tail after a coined or owner's name: "Tele Mobiel", "Hypotheek Direct", "Noord Line", "JK Graphics".
const BRAND_TAIL = /^(?:Mobiel|Direct|Line|Lines|Graphics)$/;
// A determiner before the brand makes it a thing: "een Samsung Mobiel", "haar nieuwe Nokia Mobiel".
const THING_DETERMINERS = /^(?:een|mijn|zijn|haar|hun|je|jouw|onze|deze|die|dat|nieuwe|oude|tweedehands)$/;
// Chat spellings of housing and school organisations: "bij dijkzicht wonen", "lindewaard wonen mailde", "roc rivierland".
const ORG_SENDS_AFTER = /^[ \t]+(?:mailde|mailt|belde|belt|stuurde|stuurt|schreef|schrijft|meldde|meldt|heeft|had|zegt|zei|vraagt|vroeg)(?![\p{L}])/u;
function estateAndBrandNames(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    const prev = tokens[i - 1];
    // "fruitcoöperatie Bommelerhof"
    if (ESTATE_NAME.test(t.t) && !t.sentStart && prev && SECTOR_COMPOUND.test(prev.t) && spaceJoined(text, prev, t) && !lex.places.phrases.has(t.key) && !lex.surnames.has(t.t))
      ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionHead + 2 });
    // "bij 't Appelhof in Rossum", "bij De Eikenhoeve te Ede"
    if (ESTATE_NAME.test(t.t) && !lex.places.phrases.has(t.key) && !lex.surnames.has(t.t) && /^[ \t]+(?:in|te)[ \t]+\p{Lu}/u.test(text.slice(t.e, t.e + 6))) {
      const art = prev && /^(?:'t|’t|De|Het|It)$/.test(prev.t) && spaceJoined(text, prev, t) ? prev : undefined;
      const bij = tokens[(art ? art.i : i) - 1];
      if (bij && bij.t === "bij" && spaceJoined(text, bij, art ?? t)) ctx.out.push({ s: (art ?? t).s, e: t.e, label: "instelling", prio: PRIO.institutionHead + 2 });
    }
    // "huurachterstand Bergopwaarts", "huurcontract Woonbron": a rent noun right before a coined capitalised word names the
    // landlord (not a person, a place or a word: "huurachterstand Februari", "huurachterstand Jansen").
    if (t.cap && !t.sentStart && t.t.length >= 5 && prev && RENT_NOUNS.has(prev.low) && spaceJoined(text, prev, t) && !lex.firstNames.has(t.t) && !lex.surnames.has(t.t) &&
      !lex.places.phrases.has(t.key) && !lex.common.has(t.low) && !ctx.negative[i])
      ctx.out.push({ s: t.s, e: tokens[capRun(ctx, i, 3) - 1].e, label: "instelling", prio: PRIO.institutionHead + 2 });
    // "namens Tele Mobiel", "van Noord Line in Harlingen", "(JK Graphics)": a capitalised coined word (or an abbreviation) + a
    // brand tail; not a first name, a place or a common word opening a sentence ("Bel Direct terug").
    // With a legal form after it the first word may be an ordinary one: "Opdrachtgever: Mobiel Direct Nederland BV".
    const tail = tokens[i + 1];
    const legal = tail ? /^(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:BV|B\.V\.|NV|N\.V\.)(?![\p{L}])/u.exec(text.slice(tail.e, tail.e + 30)) : null;
    if ((t.cap || (t.upper && t.t.length <= 4)) && tail && BRAND_TAIL.test(tail.t) && spaceJoined(text, t, tail) && !lex.firstNames.has(t.t) && !lex.places.phrases.has(t.key) &&
      !ctx.negative[i] && (legal || (!(t.sentStart && lex.common.has(t.low)) && !BRAND_TAIL.test(t.t) && !(prev && THING_DETERMINERS.test(prev.low)))))
      ctx.out.push({ s: t.s, e: tail.e + (legal ? legal[0].length : 0), label: "instelling", prio: PRIO.institutionHead + 2 });
    // In a chat: a lower-case name + "wonen" after "bij/van/met/via" or before a verb of sending ("de huur bij dijkzicht wonen",
    // "lindewaard wonen mailde"); not a kind of housing ("bij begeleid wonen", "zelfstandig wonen"), a person ("bij oma wonen")
    // or a plural noun ("stand van zaken wonen").
    if (ctx.speakers.size && !t.cap && !t.upper && /^\p{Ll}{5,}$/u.test(t.t) && tail?.t === "wonen" && spaceJoined(text, t, tail) && !lex.common.has(t.low) && !lex.firstNamesLower.has(t.low) &&
      !lex.places.phrases.has(t.key) && !RELATIONS.has(t.low) && !LOWER_TAIL_MODIFIERS.test(t.low) && !ADJECTIVE_END.test(t.low) && !/en$/.test(t.low) && !ctx.speakers.has(t.low) &&
      ((prev && /^(?:bij|van|met|via)$/.test(prev.t) && spaceJoined(text, prev, t)) || ORG_SENDS_AFTER.test(text.slice(tail.e, tail.e + 12))))
      ctx.out.push({ s: t.s, e: tail.e, label: "instelling", prio: PRIO.institutionHead + 2 });
    // In a chat: "roc" + a lower-case name ("bij roc rivierland in tiel"), not a common word or a place ("roc in tiel").
    if (ctx.speakers.size && t.t === "roc" && tail && /^\p{Ll}{4,}$/u.test(tail.t) && spaceJoined(text, t, tail) && !lex.common.has(tail.low) && !lex.places.phrases.has(tail.key) && !lex.firstNamesLower.has(tail.low))
      ctx.out.push({ s: t.s, e: tail.e, label: "instelling", prio: PRIO.institutionHead + 2 });
    // In a chat: "het" + a lower-case name + "college" ("zit op het dalton college"), not an adjective or a common word
    // ("het vorige college", "het hoger college", "het nieuwe college"), a first name or a place.
    if (tail?.t === "college" && prev?.t === "het" && ctx.speakers.size && /^\p{Ll}{3,}$/u.test(t.t) && spaceJoined(text, prev, t) && spaceJoined(text, t, tail) &&
      !/(?:e|er)$/.test(t.low) && !lex.common.has(t.low) && !lex.firstNamesLower.has(t.low) && !lex.places.phrases.has(t.key) && !ctx.negative[i])
      ctx.out.push({ s: t.s, e: tail.e, label: "instelling", prio: PRIO.institutionHead + 2 });
  }
  // A farm's quoted name in a work frame: 'een bedrijf dat hij zelf "Rode Kersengaard" noemt', 'melkveehouderij Jansen ("De
  // Weidehoeve")'; not a quoted street ('de "Noordkade" is afgesloten': no work word before it).
  if (may(/["“]/.test(text)))
    for (const m of allMatches(/["“]((?:(?:De|Het|'t|’t)[ \t])?(?:\p{Lu}\p{Ll}+[ \t]){0,2}(\p{Lu}\p{Ll}+))["”]/gu, text)) {
      if (!ESTATE_NAME.test(m[2]) || !/(?:bedrijf|houderij|boerderij|kwekerij|teelt|camping|firma|werkt|werkte|gewerkt|geholpen)(?![\p{L}])[^.\n]{0,60}$/u.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
      ctx.out.push({ s: m.index + 1, e: m.index + 1 + m[1].length, label: "instelling", prio: PRIO.institutionHead + 2 });
    }
  // "- Energie Noord, klantnummer …", "| Energie Samen Limburg |": an energy firm named by a region; the region is part of the name.
  if (may(text.includes("Energie")))
    for (const m of allMatches(/(?<![\p{L}])Energie[ \t]+(?:Noord|Oost|Zuid|West|Samen[ \t]+\p{Lu}\p{Ll}+)(?![\p{L}-])/gu, text))
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 3 });
}

/** Whether the text writes `word` somewhere right after a known first name ("Aanvrager: Johannes Pattiasina"). */
function afterFirstNameSomewhere(lex: Lexicons, text: string, word: string): boolean {
  for (const at of mentions(text, word, true)) {
    const from = Math.max(0, at - 80);
    const m = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(from, at));
    if (m && !/\p{L}/u.test(text[from + m.index - 1] ?? "") && lex.firstNames.has(m[1])) return true;
  }
  return false;
}

// "Janssen Schoonmaak B.V.", "Verhoef Installatietechniek B.V.", "Hoveniersbedrijf Van Dam & Zn.": capitalised
// words right before a legal form name a company.
function legalFormRule(ctx: Ctx) {
  const { tokens, text, lex } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !(t.cap || t.upper) || (tokens[i - 1]?.word && (tokens[i - 1].cap || tokens[i - 1].upper) && text.slice(tokens[i - 1].e, t.s) === " ")) continue;
    // (A compass word may open it: "Zuid Holland Wonen B.V.", a region in the company's name.)
    // (nor a capitalised particle opening the owner's surname: "Van Kemenade Precisiemechanica B.V." on a letterhead)
    const openingParticle = t.cap && /^(?:Van|De|Den|Ter|Ten|Te)$/.test(t.t) && !!tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " ";
    if ((lex.common.has(t.low) && !(COMPASS_WORD.test(t.t) && tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " ") && !openingParticle) || TITLES.has(t.low)) continue;
    // "WerkFit Opstap B.V.": before a legal form even a method or service name is part of a company name.
    let end = capRun(ctx, i, 5);
    // "Grenzland Personal GmbH": the legal form may itself be a capitalised token of the run; the name ends before it.
    for (let k = i + 1; k < end; k++) if (LEGAL_FORM.test(text.slice(tokens[k - 1].e, tokens[k - 1].e + 16))) { end = k; break; }
    if (end <= i || !LEGAL_FORM.test(text.slice(tokens[end - 1].e, tokens[end - 1].e + 16))) {
      let k = i;
      while (k < tokens.length && k - i < 5 && tokens[k].word && (tokens[k].cap || tokens[k].upper) && (k === i || text.slice(tokens[k - 1].e, tokens[k].s) === " ")) k++;
      for (let m = i + 1; m <= k; m++) if (LEGAL_FORM.test(text.slice(tokens[m - 1].e, tokens[m - 1].e + 16))) { end = m; break; }
    }
    if (end <= i) continue;
    const legal = LEGAL_FORM.exec(text.slice(tokens[end - 1].e, tokens[end - 1].e + 16));
    // "Personalabteilung Grenzland Personal GmbH", "im Einsatzbetrieb Zentis GmbH": a German department or business noun
    // before the name is no part of it.
    if (legal && end - i >= 2 && /^\p{Lu}\p{Ll}*(?:abteilung|betrieb)$/u.test(t.t)) {
      ctx.out.push({ s: tokens[i + 1].s, e: tokens[end - 1].e + legal[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
      continue;
    }
    if (!legal || /^[ \t]*(?:BV|NV|VOF)$/.test(tokens[end - 1].t)) continue;
    // "Femke Zwaan van Bollenkwekerij Zwaan & Zn.": the firm starts at a business compound after a
    // lower-case "van/voor/bij" (the person who works there stands before it).
    const cut = businessAfterOf(ctx, i, end);
    ctx.out.push({ s: tokens[cut].s, e: tokens[end - 1].e + legal[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
  }
}

/** The token index a firm's name starts at within [from, to): after a lower-case "van/voor/bij" that a business compound follows. */
function businessAfterOf(ctx: Ctx, from: number, to: number): number {
  const { tokens, lex } = ctx;
  const business = (t: Token | undefined) => !!t?.cap && (lex.institutionHeads.phrases.has(t.low) || TRADE_HEAD_COMPOUND.test(t.t) || /^\p{Lu}\p{Ll}{3,}(?:erij|bedrijf|kantoor|bureau|handel|maatschappij|voering)$/u.test(t.t));
  for (let k = to - 2; k >= from; k--)
    if ((tokens[k].t === "van" || tokens[k].t === "voor" || tokens[k].t === "bij") && tokens[k + 1]?.cap &&
      // (also after a regional adjective: "mr. L.A. Sinke van Walcherse Bewindvoering B.V.")
      (business(tokens[k + 1]) || (/^\p{Lu}\p{Ll}+(?:se|sche)$/u.test(tokens[k + 1].t) && k + 2 < to && business(tokens[k + 2])))) return k + 1;
  return from;
}

// "bij Prins & Dingemanse", "Dekker & Visser Advocaten": two capitalised names joined by "&" are a firm (not two
// first names: "Jan & Petra").
const EVENT_COMPOUND = /^\p{Lu}\p{Ll}{2,}(?:dag|dagen|markt|week|weken|weekend|avond|middag|ochtend|festival|feest|beurs|borrel|toernooi|bijeenkomst)$/u;
const NOT_EVENT_MARKT = /(?:super|bouw)markt$/i;
// ("naar de Banen & Opleidingsbeurs": also when another rule proposed the run)
const eventWithAmpersand = (name: string) => {
  const m = /^[^&\n]{2,40}[ \t]&[ \t](?:[^&\n]*[ \t])?(\p{Lu}\p{Ll}+)$/u.exec(name);
  return !!m && EVENT_COMPOUND.test(m[1]) && !NOT_EVENT_MARKT.test(m[1]);
};
function ampersandFirmRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].t !== "&") continue;
    const a = tokens[i - 1];
    const b = tokens[i + 1];
    if (!a.word || !b.word || !(a.cap || a.upper) || !(b.cap || b.upper) || text.slice(a.e, b.s) !== " & ") continue;
    // "Schoon & Zo", "Jansen & Co": "Zo"/"Co" after "&" close a firm name.
    // ("Lindhout & De Waal", "Mol & Van Dijk": a capitalised particle + a surname after "&" is a name.)
    // (also a two-word particle: "Parlevliet & Van der Plas"; after one a word is a surname too: "Pronk & Van der Laan")
    const nameAt = /^(?:der|den|de)$/.test(tokens[i + 2]?.t ?? "") && b.t === "Van" && text.slice(b.e, tokens[i + 2].s) === " " ? i + 3 : i + 2;
    const particleName = /^(?:De|Van|Ter|Ten|Te|Den)$/.test(b.t) && !!tokens[nameAt]?.cap && tokens[nameAt].word && text.slice(tokens[nameAt - 1].e, tokens[nameAt].s) === " " && (!lex.common.has(tokens[nameAt].low) || nameAt === i + 3) && !lex.firstNames.has(tokens[nameAt].t);
    if (lex.firstNames.has(a.t) || lex.firstNames.has(b.t) || lex.common.has(a.low) || (lex.common.has(b.low) && !particleName && !(b.t === "Zo" || (b.t === "Co" && !/^(?:g?GmbH|Ltd|Inc|AG|KG)$/.test(a.t)))) || ctx.negative[a.i] || ctx.negative[b.i]) continue;
    // "Maatjes Zuilen & Ondiep", "wijkteam Selwerd & Paddepoel": two known places joined by "&" are the places.
    if (lex.places.phrases.has(a.key) && lex.places.phrases.has(b.key) && !lex.surnames.has(a.t) && !lex.surnames.has(b.t)) continue;
    // "klantmanager Statushouders & Ontheemden", "team Werk & Inkomen": department words joined by "&" name a team.
    if (isDepartmentWord(a.low) && isDepartmentWord(b.low)) continue;
    // After "team/afdeling" one department word is enough: "Intervisie team Bewind & Ouderen", "afdeling
    // Schulden & Bewind" (a firm keeps a name in it: "team Dekker & Visser").
    if (/^(?:team|afdeling|sectie|unit|cluster)$/.test(tokens[i - 2]?.low ?? "") && (isDepartmentWord(a.low) || isDepartmentWord(b.low)) && !lex.surnames.has(a.t) && !lex.surnames.has(b.t)) continue;
    // (s30-A: after "afdeling" two infinitives name the department's work: "Patijnenburg, afdeling Leren & Werken",
    // "afdeling Wonen & Leven")
    if (/^(?:afdeling|sectie)$/.test(tokens[i - 2]?.low ?? "") && [a, b].every((x) => /^\p{Lu}\p{Ll}{2,}en$/u.test(x.t) && !lex.surnames.has(x.t) && !lex.ambiguousSurnames.has(x.t))) continue;
    // "Loopbaan & Burgerschap", "Gezondheid & Welzijn": a school subject or theme joins abstract nouns.
    if ([a, b].some((x) => /\p{Ll}{2}(?:schap|heid|atie|itie|ing|isme|ologie|teit)$/u.test(x.t) && !lex.surnames.has(x.t))) continue;
    // "banenmarkt Logistiek & Horeca", "sector Bouw & Techniek": two trade or sector words name a branch of work, no firm.
    if (i - 1 === 0 || !(tokens[i - 2].cap || tokens[i - 2].upper) || newlineBetween(text, tokens[i - 2].e, a.s))
      if ([a, b].every((x) => ORG_TAIL.test(x.t) && !lex.surnames.has(x.t) && !lex.ambiguousSurnames.has(x.t)) && !lex.institutions.phrases.has(phraseKey(text.slice(a.s, b.e)))) continue;
    let s0 = i - 1;
    while (s0 > 0 && tokens[s0 - 1].word && (tokens[s0 - 1].cap || tokens[s0 - 1].upper || PARTICLES.has(tokens[s0 - 1].low)) && !tokens[s0].sentStart && text.slice(tokens[s0 - 1].e, tokens[s0].s) === " " && i - s0 < 4) s0--;
    while (s0 < i - 1 && PARTICLES.has(tokens[s0].low) && !tokens[s0].cap) s0++;
    s0 = businessAfterOf(ctx, s0, i);
    // "Accountmanager Agri & Flowers" opening a signature line is a job title + its sector, no firm.
    // (s30-A: also an agency's intercedent: "Sjoerd Kester\nIntercedent Agri & Food\nTempo-Team Naaldwijk")
    if (s0 < i - 1 && tokens[s0].sentStart && /^(?:\p{L}+(?:manager|coach|adviseur|consulent|medewerker|coördinator|coordinator|specialist|begeleider|regisseur)|intercedent|intercedente|recruiter)$/u.test(tokens[s0].low) && (s0 === 0 || newlineBetween(text, tokens[s0 - 1].e, tokens[s0].s)) && !/\S/.test(text.slice(tokens[capRun(ctx, i + 1, 4, true) - 1].e).split("\n")[0])) continue;
    const end = Math.max(capRun(ctx, i + 1, 4, true), particleName ? nameAt + 1 : 0);
    const e = tokens[Math.max(end, i + 2) - 1].e;
    // "een Herstel & Opknapdag", "de Banen & Opleidingsbeurs", "Klus & Zomerweek": a run that ends in an
    // event compound (a day, market, week, fair, evening) names an event, no firm.
    if (EVENT_COMPOUND.test(tokens[Math.max(end, i + 2) - 1].t) && !NOT_EVENT_MARKT.test(tokens[Math.max(end, i + 2) - 1].t)) continue;
    // "(Rapp & Goscha, 2012)", "Integratie & Samenleving (2020)": authors in a literature reference.
    if (/^,?[ \t]*\(?(?:19|20)\d{2}/.test(text.slice(e, e + 8))) continue;
    ctx.out.push({ s: tokens[s0].s, e, label: "instelling", prio: b.t === "Zo" || (b.t === "Co" && !/^(?:g?GmbH|Ltd|Inc|AG|KG)$/.test(a.t)) ? PRIO.institutionHead + 8 : PRIO.institutionHead + 2 });
  }
}

// Chat transcripts: "[09:12] sanne: …", "joke: reminder …", "- Rik: ja". The words before the colon at a line start
// are a speaker when a time stamp precedes them or the first word is a known first name.
// The stamp may also follow the name: "wietske 09:14: moarn!" (group 3).
// A stamp may carry a weekday, a day-month or both before the time: "[ma 09:31]", "[12-3 09:31]", "[ma 17/6 10:14]", "di 14:02 -", "ma 17 mrt 08:20 -"; after the name
// it may stand in brackets: "ruud (09:31):". A desk or team may open the line before a dash: "[14:05] Jongerenloket – Mirte:".
const SPEAKER_RE = /(?<=^|\n)[ \t]*(\[?(?:(?:ma|di|wo|do|vr|za|zo)\.?[ \t])?(?:\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?,?[ \t]|\d{1,2}[ \t](?:jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.?,?[ \t])?\d{1,2}[:.]\d{2}\]?[ \t]*)?(?:[-*•—–][ \t]*)?(?:\p{Lu}[\p{L}'’-]+[ \t]+[—–][ \t]+(?=\p{L}[\p{L}'’-]*[ \t]*:))?(\p{L}[\p{L}'’-]*(?:,[ \t]\p{Lu}\p{Ll}+(?=[ \t]*:))?(?:[._]\p{L}[\p{L}'’-]*(?=[ \t]*(?:[\[(]?\d{1,2}[:.]\d{2}[\])]?[ \t]*)?:))?(?:[ \t](?:van|de|ter|ten|el|al)(?:[ \t](?:de|der|den))?(?=[ \t]\p{L}))?(?:[ \t]\p{L}[\p{L}'’-]*)?)(?:[ \t]+([\[(]?\d{1,2}[:.]\d{2}[\])]?))?[ \t]*:[ \t]+\S/gu;
// Header words that open a line with a colon but are no speaker ("Van:", "Hulpvraag:", "Actie:").
const NOT_SPEAKERS = new Set(("van aan cc bcc onderwerp datum from to sent subject date tijd naam adres tel telefoon mobiel email e-mail locatie aanwezig afwezig betreft klant cliënt client hulpvraag vraag aanleiding vervolg actie acties afspraak afspraken doel doelen conclusie advies besluit notitie opmerking let nb ps re fw update status agenda inbreng casus situatie achtergrond volgend volgende vorige nieuwe eerstvolgende " +
  // report headings: "Indruk: beiden willen hulp", "Observaties: …"
  "indruk observatie observaties bevindingen analyse samenvatting overweging overwegingen afweging toelichting beoordeling signalen risico's risico zorgen beeld uitkomst resultaat " +
  // the anonymous sides of a website chat export: "[09:14] Inwoner: Hallo", "Bezoeker: dank", "Medewerker: graag gedaan"
  "inwoner bezoeker medewerker medewerkster burger aanvrager chatbot bot assistent gebruiker beller " +
  // and the desks of an office chat: "[08:31] balie: wie heeft de klant van 10 uur?", "team inkomen: welke meneer?"
  "balie receptie team teamleider frontoffice backoffice secretariaat planning administratie").split(" "));

// "@gerda", "@Ruben": a mention in a group chat (not the "@" inside an e-mail address).
const STAMP_HEAD_RE = /(?<=^|\n)[ \t]*(\p{Lu}\p{Ll}+(?:[ \t](?:van|de|der|den|\p{Lu}\p{Ll}+)){0,3})[ \t]{1,3}\d{1,2}[:.]\d{2}[ \t]*(?=\n)/gu;
// Slack exports with bold or lower-case heads: "**sanne.v** 09:02", "**joost ter horst** 09:15", "rick  09:07" alone on a
// line (a handle may hold a dot or underscore). Counted only when the text has two or more such heads.
const HANDLE_HEAD_RE = /(?<=^|\n)[ \t]*(\*\*|__)?(\p{L}[\p{L}'’]*(?:[._]\p{L}[\p{L}'’]*)?(?:[ \t]\p{L}[\p{L}'’-]*){0,3})\1[ \t]{1,3}\d{1,2}[:.]\d{2}[ \t]*(?=\n)/gu;
// Teams exports write the speaker as "Surname, First" before the time, alone on a line: "Verstegen, Ilse 10:42",
// "Berg, Jan van den 09:15" (the particles after the first name). Counted only when the text has two or more such heads.
const SURNAME_FIRST_HEAD_RE = /(?<=^|\n)[ \t]*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[ \t]+(\p{Lu}\p{Ll}+)(?:[ \t]+(?:van|de|der|den|ter|ten|te|op|in|'t)){0,3}[ \t]{1,3}\d{1,2}[:.]\d{2}[ \t]*(?=\n)/gu;
const MENTION_RE = /(?<![\p{L}\p{N}@._%+-])@(\p{L}[\p{L}'’-]{1,24})(?![\p{L}\p{N}@-]|\.\p{L})/gu;

const SELF_INTRO_RE = /^\s*(\p{L}[\p{Ll}'’-]{2,})[ \t]+hier(?=[ \t]*[,:.!—–-])/u;

function chatSpeakers(text: string, lex: Lexicons): { speakers: Set<string>; out: Candidate[] } {
  // Speaker lines need a ":", stamped heads a line break, mentions an "@" and a self-introduction "hier" (SELF_INTRO_RE):
  // without all four this is no chat (the last return below).
  if (!may(text.includes(":") || text.includes("\n") || text.includes("@") || /hier/i.test(text))) return { speakers: new Set(), out: [] };
  const speakers = new Set<string>();
  const firsts = new Set<string>();
  const out: Candidate[] = [];
  // A speaker line has ":" after the name.
  const lines = may(text.includes(":")) ? [...allMatches(SPEAKER_RE, text)] : [];
  // How often each word opens a stamped line: a chat repeats its speakers, an agenda ("10.15 Analyse:") does not.
  const stampedCount = new Map<string, number>();
  for (const m of lines) if (m[1] || m[3]) stampedCount.set(m[2].toLowerCase(), (stampedCount.get(m[2].toLowerCase()) ?? 0) + 1);
  // First names that are also words ("Fleur:", "Roos:") are speakers only once the text is a chat.
  const wordLike: typeof lines = [];
  // An unknown lower-case name that opens two or more unstamped lines ("roelie: …" twice) is a speaker once the text
  // is a chat by other evidence.
  const unknownRepeat: typeof lines = [];
  let stampedRepeat = false;
  const lineCount = new Map<string, number>();
  for (const m of lines) lineCount.set(m[2], (lineCount.get(m[2]) ?? 0) + 1);
  // First names of word-like full-name speakers ("roos visser"), speakers once the text is a chat.
  const wordLikeFirsts: string[] = [];
  for (const m of lines) {
    const name = m[2];
    // "[10:06] de vries: klopt", "[09:02] roos visser: hoi allen": a lower-case lexicon surname after "de"/"van"/"ter", or
    // after a word-like first name, on a stamped line is a speaker once the text is a chat, as word-like first names are.
    const full = m[1] || m[3] ? /^(?:(?:de|van|ter|ten)|(\p{Ll}{2,}))[ \t](\p{Ll}{3,})$/u.exec(name) : null;
    if (full && lex.surnames.has(capitalised(full[2])) && !lex.common.has(full[2]) && !lex.places.phrases.has(full[2]) && !isNegative(lex, phraseKey(name)) && !NOT_SPEAKERS.has(full[2]) &&
      (!full[1] || (lex.ambiguousFirstNames.has(capitalised(full[1])) && !lex.common.has(full[1])))) {
      wordLike.push(m);
      if (full[1]) wordLikeFirsts.push(full[1]);
      continue;
    }
    // Teams style "[09:05] Ramakers, Ruud: …": surname, comma, first name after a time stamp; the first name decides.
    if (name.includes(",")) {
      const surnameFirst = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[ \t](\p{Lu}\p{Ll}+)$/u.exec(name);
      const stampedTwice = (stampedCount.get(name.toLowerCase()) ?? 0) >= 2;
      if (!surnameFirst || !m[1] || !(lex.firstNamesLower.has(surnameFirst[2].toLowerCase()) || lex.ambiguousFirstNames.has(surnameFirst[2]) || stampedTwice) ||
        lex.common.has(surnameFirst[1].toLowerCase()) || NOT_SPEAKERS.has(surnameFirst[1].toLowerCase())) continue;
      const s = m.index + m[0].indexOf(name, m[1].length);
      out.push({ s, e: s + name.length, label: "persoon", prio: PRIO.personContext });
      for (const w of [name.toLowerCase(), surnameFirst[1].toLowerCase(), surnameFirst[2].toLowerCase()]) speakers.add(w);
      firsts.add(surnameFirst[2].toLowerCase());
      if (stampedTwice) stampedRepeat = true;
      continue;
    }
    // A login name as the speaker ("ilse.vankan", "anke.d", "j_devries"): its first part decides.
    const first = name.split(/[ \t._]/)[0].toLowerCase();
    if (NOT_SPEAKERS.has(first) || isNegative(lex, phraseKey(name)) || RELATIONS.has(first) || TITLES.has(first)) continue;
    const upperFirst = capitalised(first);
    const stamped = stampedCount.get(name.toLowerCase()) ?? 0;
    // "[11:15] Jo Vluggen: …": a word-like first name + a capitalised surname after a time stamp is a speaker.
    const fullAmbiguous = !!m[1] && lex.ambiguousFirstNames.has(upperFirst) && /^\p{Lu}\p{Ll}+[ \t]\p{Lu}\p{Ll}{2,}$/u.test(name) && !lex.common.has(first);
    if ((lex.common.has(first) || lex.ambiguousFirstNames.has(upperFirst)) && !fullAmbiguous) {
      if (lex.ambiguousFirstNames.has(upperFirst) && !name.includes(" ")) {
        wordLike.push(m);
        if (stamped >= 2) stampedRepeat = true;
      }
      continue;
    }
    const known = lex.firstNamesLower.has(first) || fullAmbiguous;
    if (!known && stamped < 2) {
      if (!m[1] && !m[3] && /^\p{Ll}{3,}$/u.test(name) && (lineCount.get(name) ?? 0) >= 2) unknownRepeat.push(m);
      continue;
    }
    if (stamped >= 2) stampedRepeat = true;
    const s = m.index + m[0].indexOf(name, (m[1] ?? "").length);
    out.push({ s, e: s + name.length, label: "persoon", prio: PRIO.personContext });
    speakers.add(name.toLowerCase());
    speakers.add(first);
    firsts.add(first);
  }
  // Slack/Teams style: "Lieke  14:08" alone on a line, the message on the next lines.
  let stampedHeads = 0;
  if (may(text.includes("\n") && /\d[:.]\d\d[ \t]*\n/.test(text))) {
    for (const m of allMatches(STAMP_HEAD_RE, text)) {
      const name = m[1];
      const first = name.split(/[ \t]/)[0].toLowerCase();
      if (NOT_SPEAKERS.has(first) || lex.common.has(first) || isNegative(lex, phraseKey(name)) || TITLES.has(first)) continue;
      const s = m.index + m[0].indexOf(name);
      out.push({ s, e: s + name.length, label: "persoon", prio: PRIO.personContext });
      speakers.add(name.toLowerCase());
      speakers.add(first);
      firsts.add(first);
      stampedHeads++;
    }
    // Bold or lower-case heads and handles ("**sanne.v** 09:02"): two or more make a Slack thread.
    const heads = [...allMatches(HANDLE_HEAD_RE, text)].filter((m) => {
      const first = m[2].split(/[ \t._]/)[0].toLowerCase();
      return !NOT_SPEAKERS.has(first) && !lex.common.has(first) && !isNegative(lex, phraseKey(m[2])) && !TITLES.has(first) && !RELATIONS.has(first) && !lex.places.phrases.has(phraseKey(m[2]));
    });
    if (heads.length >= 2 && new Set(heads.map((m) => m[2].toLowerCase())).size >= 2) {
      for (const m of heads) {
        const name = m[2];
        const s = m.index + m[0].indexOf(name);
        if (out.some((c) => c.s === s)) continue;
        out.push({ s, e: s + name.length, label: "persoon", prio: PRIO.personContext });
        speakers.add(name.toLowerCase());
        firsts.add(name.split(/[ \t]/)[0].toLowerCase());
        stampedHeads++;
        // "@sanne.v ja, maar …": a mention of a handle with a dot.
        if (/[._]/.test(name))
          for (let at = text.indexOf("@" + name); at >= 0; at = text.indexOf("@" + name, at + 1))
            if (!/[\p{L}\p{N}]/u.test(text.charAt(at + 1 + name.length))) out.push({ s: at + 1, e: at + 1 + name.length, label: "persoon", prio: PRIO.personContext });
      }
    }
    // "Siebenga, Lotte 10:44": the surname and the first name of a Teams speaker (the first name must be a known one).
    if (may(text.includes(","))) {
      const heads = [...allMatches(SURNAME_FIRST_HEAD_RE, text)].filter((m) => {
        const sur = m[1].toLowerCase(), first = m[2].toLowerCase();
        return lex.firstNamesLower.has(first) && !lex.common.has(first) && !lex.common.has(sur) && !NOT_SPEAKERS.has(sur) && !TITLES.has(sur) && !RELATIONS.has(sur) &&
          !isNegative(lex, phraseKey(m[1])) && !lex.places.phrases.has(phraseKey(m[1])) && !lex.institutions.phrases.has(phraseKey(m[1]));
      });
      if (heads.length >= 2) {
        for (const m of heads) {
          const s = m.index + m[0].indexOf(m[1]);
          const f = m.index + m[0].indexOf(m[2], m[0].indexOf(",") + 1);
          out.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.personContext });
          out.push({ s: f, e: f + m[2].length, label: "persoon", prio: PRIO.personContext });
          speakers.add(m[1].toLowerCase());
          speakers.add(m[2].toLowerCase());
          firsts.add(m[2].toLowerCase());
          stampedHeads++;
        }
      }
    }
  }
  // One person answering in a thread ("marco: ik. …", "> heb je …", "marco: al gebeld") repeats a lower-case name.
  const lowerRepeat = [...firsts].some((f) => lines.filter((m) => m[2] === f || (/[._]/.test(m[2]) && m[2].split(/[._]/)[0] === f)).length >= 2);
  // "@gerda ^": mentions are people and mark a group chat.
  let mentions = 0;
  if (may(text.includes("@"))) {
    for (const m of allMatches(MENTION_RE, text)) {
      const low = m[1].toLowerCase();
      if (lex.common.has(low) || isNegative(lex, low) || NOT_SPEAKERS.has(low)) continue;
      out.push({ s: m.index + 1, e: m.index + 1 + m[1].length, label: "persoon", prio: PRIO.personContext });
      speakers.add(low);
      mentions++;
    }
  }
  // One speaker line is an address header or a quote as often as a chat; two different speakers (or a speaker
  // and an @-mention) make a chat.
  // A thread with quoted replies ("> fatih zit toch niet meer bij …") and a speaker line is a chat too.
  const quoted = firsts.size === 1 && /(?:^|\n)>[ \t]*\p{Ll}/u.test(text);
  // A single message that opens with a time-stamped known speaker ("[10:02] mirjam: …") or with a lower-case known
  // speaker ("sanne: reminder …") is a chat message on its own.
  const opener = lines[0] && /^\s*$/.test(text.slice(0, lines[0].index)) && firsts.has(lines[0][2].split(/[ \t._]/)[0].toLowerCase()) &&
    (!!(lines[0][1] || lines[0][3]) || /^\p{Ll}/u.test(lines[0][2]));
  // A self-introduction at the start of a message: "sanne hier, zit net bij …", "Ruud hier:".
  const intro = SELF_INTRO_RE.exec(text);
  let introduced = false;
  if (intro) {
    const low = intro[1].toLowerCase();
    if (lex.firstNamesLower.has(low) && !lex.common.has(low) && !LOWER_NAME_WORDS.has(low) && !lex.ambiguousFirstNames.has(intro[1].charAt(0).toUpperCase() + low.slice(1))) {
      const s = intro.index + intro[0].indexOf(intro[1]);
      out.push({ s, e: s + intro[1].length, label: "persoon", prio: PRIO.personContext });
      speakers.add(low);
      firsts.add(low);
      introduced = true;
    }
  }
  // A speaker (also a word-like one: "[09:30] Fleur:") on two or more stamped lines next to a known one is a chat too.
  // (Also a word-like speaker opening two or more lines next to a known one: "Fleur: …\nWouter: …\nFleur: Ok.")
  const wordRepeat = firsts.size >= 1 && wordLike.some((m) => !m[2].includes(" ") && (lineCount.get(m[2]) ?? 0) >= 2);
  if (firsts.size < 2 && !(firsts.size >= 1 && (mentions >= 1 || lowerRepeat || quoted || stampedRepeat || opener || introduced || wordRepeat)) && mentions < 2) return { speakers: new Set(), out: [] };
  // Once the text is a chat, an unknown single-word speaker on a stamped line is a speaker too ("[16:42] Nynke: ja!").
  const unknownStamped = firsts.size >= 2 || stampedRepeat ? lines.filter((m) => (m[1] || m[3]) && !m[2].includes(" ") && !speakers.has(m[2].toLowerCase()) && m[2].length >= 3 &&
    !NOT_SPEAKERS.has(m[2].toLowerCase()) && !NOT_SPEAKERS.has(m[2].split(/[._]/)[0].toLowerCase()) && !TITLES.has(m[2].split(/[._]/)[0].toLowerCase()) && !lex.common.has(m[2].toLowerCase()) && !isNegative(lex, phraseKey(m[2])) && !RELATIONS.has(m[2].toLowerCase()) && !TITLES.has(m[2].toLowerCase()) &&
    !ROLE_SUFFIX.test(m[2].toLowerCase()) && !lex.places.phrases.has(phraseKey(m[2])) && !lex.institutions.phrases.has(phraseKey(m[2]))) : [];
  for (const m of [...wordLike, ...unknownRepeat, ...unknownStamped]) {
    const s = m.index + m[0].indexOf(m[2], (m[1] ?? "").length);
    out.push({ s, e: s + m[2].length, label: "persoon", prio: PRIO.personContext });
    speakers.add(m[2].toLowerCase());
  }
  for (const f of wordLikeFirsts) speakers.add(f);
  // Login names of speakers ("ilse.vankan", "anke.d") are that person wherever the chat names them ("@ilse.vankan",
  // "cc anke.d"); the tokenizer splits them at the dot, so they are found here as a whole.
  const low = text.toLowerCase();
  for (const name of speakers) {
    if (!/[._]/.test(name)) continue;
    for (let at = low.indexOf(name); at >= 0; at = low.indexOf(name, at + 1))
      if (!/[\p{L}\p{N}@._-]/u.test(text.charAt(at - 1) || " ") && !/[\p{L}\p{N}]/u.test(text.charAt(at + name.length)) && !/^[._@-]\p{L}/u.test(text.slice(at + name.length, at + name.length + 2)) && !out.some((c) => c.s === at))
        out.push({ s: at, e: at + name.length, label: "persoon", prio: PRIO.personContext });
  }
  return { speakers, out };
}

// Lower-case first names that are ordinary words even in a chat ("mark", "will", "lies", "dirk" is a supermarket).
const CHAT_NAME_WORDS = new Set([...LOWER_NAME_WORDS].filter((w) => !["bart", "kees", "piet", "hans"].includes(w)));

const KIND_OF_BUURT = /^(?:achter|woon|volks|arbeiders|probleem|nieuwbouw|rijtjes|villa|studenten|winkel|uitgaans|hoeren|migranten|achterstands|kinder|vinex|rand|binnen|oude|nieuwe|stads|dorps)buurt$/u;
const POSSESSIVE_CLITIC_AFTER = /^[ \t]+(?:z'n|z’n|zn|d'r|d’r)[ \t]+\p{Ll}/u;
const SHORT_FUNCTION_WORDS = new Set("je jij ze we ik nu er al en of op in na ja ok oh he hé u zo da de te ff hoor".split(" "));
const CHAT_SHORT_NAME_WORDS = new Set("max ton can bas bob jet lex ion liv rob cor sem dex ama ana isa kai ida ans ina cas leo noa ece duc hoa esi yaw els gea evi lia zia yaa ype kaj jop bep gré ewa".split(" "));
// (Also "ewa", the street-language interjection that opens a message: "ewa sanne sorry …"; added above.)

/** In a chat, speaker names and lower-case lexicon first names are names wherever they occur: "of was t priya". */
// (Also "parc", the French park word that only holiday and housing parks use: "woont op parc amerzicht".)
const CHAT_ORG_HEADS = new Set(["stichting", "pizzeria", "snackbar", "toko", "cafetaria", "grillroom", "kapsalon", "restaurant", "moskee", "zorgboerderij", "kinderdagverblijf", "peuteropvang", "parc"]);
// Lower-case compound heads that take a name with an article: "boksschool de ring", "lunchroom de zoete inval"; also the
// school abbreviations: "zit op bs de wilgenhoek", "obs het kompas".
// (Also a harbour, a water-sports firm and a lyceum: "jachthaven de rakken", "watersport de kûpers", "lyceum de hoarne";
// Frisian names take the article "it": "zeilschool it swanenest".)
const CHAT_ORG_HEAD_END = /^(?:\p{Ll}{2,}(?:school|club|room|zaak|winkel|studio|boerderij|opvang|kerk|bakkerij|salon|haven|sport)|lyceum|(?:o|c|pc|rk|rkb|ik)?bs)$/u;
const LOWER_TRADE_TAIL = /^(?:transport|transporten|bouw|schoonmaak|installatie|installaties|techniek|logistiek|verhuur|verhuizingen|metaal|staal|hoveniers|schilders|bakkerij|vervoer|koeriers|loodgieters|dakwerken|tegelwerken|grondwerken|\p{Ll}{3,}(?:bedrijf|transport|techniek|bouw|service))$/u;
const SUBJECT_PRONOUNS = new Set(["ze", "zij", "we", "wij", "hij", "ik", "je", "jij", "u", "men", "jullie"]);
// (also a present-tense verb after the head: "het restaurant draait slecht", "de stichting zoekt vrijwilligers")
const CHAT_ORG_STOP = new Set("sinds vanaf nu toen voor van in op bij met en of maar die dat is was heeft had zit zitten wil kan gaat doet wordt werd ook nog al niet wel geen een de het ze hij zij ik je we jullie hun haar zijn daar hier toch dus want om te naar aan uit over tot draait draaide loopt liep sluit opent staat stond ligt zoekt zocht betaalt betaalde belt belde stopt stopte begint krijgt kreeg neemt geeft gaf zegt zei vraagt vroeg moet mag kon ging".split(" "));

const TRADE_NOUNS = "fietsenmaker bakker slager loodgieter kapper installateur schilder timmerman hovenier aannemer drukker groenteboer tegelzetter stukadoor elektricien garagehouder glazenwasser schoenmaker kleermaker bloemist poelier visboer kaasboer juwelier opticien".split(" ");
const TRADE_FIRM_RE = new RegExp(String.raw`(?<![\p{L}])(?:bij|via)[ \t]+((?:${TRADE_NOUNS.join("|")})[ \t]+(?:[Vv]an[ \t]+(?:[Dd]e[nr]?[ \t]+)?|[Dd]e[nr]?[ \t]+|[Tt]e[rn][ \t]+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+|[ \t]+\p{Lu}\p{Ll}+)?)(?![\p{L}])`, "gu");
// A shop word in another language or a Dutch shop compound on -huis before a name is the shop, not a person:
// Turkish "Kuaför Serkan" (hairdresser), "Bakkal Yılmaz" (grocer), Spanish/Portuguese "Pasteleria Aziz" (pastry shop),
// French "Boulangerie Dubois", "Transports Renard" (a haulier), Polish "Piekarnia Nowak", "Brillenhuis Wielens". The name is one to three capitalised words,
// possibly after a particle.
const FOREIGN_SHOP_HEADS = "Transports|Transportes|Établissements|Etablissements|Menuiserie|Charcuterie|Kuaför|Kuafor|Berber|Bakkal|Kasap|Fırın|Firin|Pastane|Pastanesi|Lokanta|Lokantası|Kebapçı|Pasteleria|Pastelería|Pastelaria|Panaderia|Panadería|Padaria|Carniceria|Carnicería|Peluqueria|Peluquería|Boulangerie|Patisserie|Pâtisserie|Boucherie|Piekarnia|Fryzjer|Sklep|Brillenhuis|Schoenenhuis|Stoffenhuis|Tapijthuis|Modehuis|Lampenhuis|Kaashuis|Wijnhuis|Boekenhuis";
const FOREIGN_SHOP_RE = new RegExp(`(?<![\\p{L}])(?:${FOREIGN_SHOP_HEADS})[ \\t]+(?:(?:van|de|den|der|el|al)[ \\t]+)?\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+){0,2}(?![\\p{L}])`, "gu");
const FOREIGN_SHOP_GUARD = FOREIGN_SHOP_HEADS.split("|");
// In lower-case notes and chats an English trade word closing a name after a preposition is the firm: "bij greenfields
// logistics", "van vd berg logistics" (English trade words are no Dutch nouns; the name before it is no pronoun or article).
const LOWER_ENGLISH_TRADE_RE = /(?<![\p{L}])(?:bij|van|via|voor|naar)[ \t]+((?:(?:vd|v\.d\.|van[ \t]+de[nr]?|van|de)[ \t]+)?(\p{Ll}[\p{Ll}-]{2,})[ \t]+(?:logistics|carpets|cleaning|flooring|trading|catering|solutions|services|construction|data[ \t]+centers))(?![\p{L}])/gu;
const LOWER_ENGLISH_TRADE_GUARD = ["logistics", "carpets", "cleaning", "flooring", "trading", "catering", "solutions", "services", "construction", "centers"];
const NOT_A_FIRM_NAME_WORD = new Set("het een onze hun zijn haar mijn jouw jullie die deze dat dit the our their your his her its internal eigen andere welke".split(" "));
// "werkt bij tapijtfabriek de zwaan", "werkt 's avonds bij snackbar de smulhoek": after a preposition a lower-case trade
// compound or eatery/salon word + "de"/"het" + a word is the firm (not a time phrase: "bij kaashandel de hele dag").
const LOWER_TRADE_PARTICLE_RE = /(?<![\p{L}])(?:bij|van|via|voor)[ \t]+((?:\p{Ll}{3,}(?:handel|fabriek|kwekerij|bakkerij|slagerij|winkel|zagerij|drukkerij)|snackbar|cafetaria|lunchroom|eetcafé|eetcafe|kapsalon)[ \t]+(?:de|het|'t)[ \t]+(\p{Ll}{3,}))(?![\p{L}])/gu;
const TIME_ADJECTIVES = new Set("hele halve laatste eerste afgelopen komende vorige volgende afgelopen zelfde andere rest komende ochtend middag avond week maand".split(" "));
// "afhaalrestaurant Lotus Garden", "taalaanbieder Lingua Maas", "leerwerkbedrijf Aan de Slag Waterweg", 'klusbedrijf
// "Klushulp Zwaagdijk"': a lower-case compound naming a kind of business, right before capitalised words, names that
// business by them (up to four words, "de/het/van/en" between them). Not a person's name after it ("schoonmaakbedrijf
// Jan de Vries" is the owner), nor a plain place ("groothandel Rotterdam").
const BUSINESS_KIND_NAME_RE = /(?<![\p{L}])\p{Ll}{2,}(?:restaurant|aanbieder|bedrijf|groothandel|leverancier|cafetaria|snackbar|supermarkt|eethuis|lunchroom|traiteur|webwinkel|winkel)[ \t]+(["“]?)(\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:de|het|van|en|&)[ \t]+)?\p{Lu}[\p{L}'’-]+){0,3})["”]?(?![\p{L}])/gu;
// "de Eben-Haëzerschool", "de Jan-Ligthartschool": two capitalised parts joined by a hyphen and closed by a school word
// name a school (not a kind of school: "Montessori-Basisschool").
const HYPHEN_NAMED_SCHOOL_RE = /(?<![\p{L}-])\p{Lu}\p{Ll}{1,}-\p{Lu}\p{Ll}{2,}(?:school|college|lyceum)(?![\p{L}-])/gu;
const SCHOOL_KIND_END = /-(?:basis|hoge|vak|dag|zomer|avond|taal|rij|muziek|dans|brede|middelbare|speciale|voortgezet)\p{L}*$/iu;
const STREET_END = /(?:straat|weg|laan|plein|dijk|kade|gracht|singel|steeg|pad)$/;
// A care or work provider named in brackets after its kind, after bij/via/van: "werkt bij de thuiszorg (Aafje)",
// "via het uitzendbureau (Tempo-Team)". The bracket names the provider, also when the word is a first name.
const SERVICE_BRACKET_KINDS = ["thuiszorg", "zorgaanbieder", "zorginstelling", "zorgorganisatie", "thuiszorgorganisatie", "uitzendbureau", "verpleeghuis", "verzorgingshuis", "woningcorporatie", "energieleverancier", "zorgverzekeraar", "re-integratiebureau", "re-integratiebedrijf", "incassobureau", "kinderopvang", "dagbesteding", "thuisbegeleiding", "jeugdhulpaanbieder", "schoonmaakbedrijf", "werkgever"];
const SERVICE_BRACKET_RE = new RegExp(String.raw`(?<![\p{L}])(?:[Bb]ij|[Vv]ia|[Vv]an)[ \t]+(?:de[ \t]+|het[ \t]+|een[ \t]+|haar[ \t]+|zijn[ \t]+)?(?:${SERVICE_BRACKET_KINDS.join("|")})[ \t]*\([ \t]*(\p{Lu}[\p{L}-]{2,}(?:[ \t]+\p{Lu}[\p{L}-]{2,})?)[ \t]*\)`, "gu");
// A named attraction or venue that employs guides and staff: a capitalised cave, quarry or mine compound ("gids in de
// Fluweelengrot", "Ook Steenkolenmijn Valkenburg heeft interesse", "bezoek aan Mergelgroeve 't Rooth"), with the name
// or place after it; and a monastery or abbey + its name as a venue ("opvanglocatie Klooster Mariënboom"). A lone
// compound only where no sentence opens (there a common noun is capitalised too: "Zandgroeve is gesloten").
const ATTRACTION_RE = /(?<![\p{L}\p{N}'’-])(?:(\p{Lu}\p{Ll}{2,}(?:grot|groeve)|(?:\p{Lu}\p{Ll}*(?:kolen|zout|goud|zilver|erts)|Kolen|Zout|Goud|Zilver|Erts)mijn)|(Klooster|Abdij)(?=[ \t]+\p{Lu}))(?:[ \t]+((?:'t|de|het)[ \t]+)?(\p{Lu}[\p{Ll}'’-]+))?(?![\p{L}\p{N}])/gu;
const ATTRACTION_GUARD = ["grot", "groeve", "mijn", "Klooster", "Abdij"];
const LINE_OR_SENTENCE_START_BEFORE = /(?:^|[.!?:;]["”’)]?[ \t]+|\n[ \t]*(?:[-*•|][ \t]*)?)$/u;
const PERSON_BEFORE = /(?:\p{Lu}\p{Ll}+|(?:dhr|mw|mevr|mr|dr)\.?|meneer|mevrouw|heer|familie)[ \t]+$/u;
function attractionNameRule(ctx: Ctx) {
  const { text, lex } = ctx;
  for (const m of allMatches(ATTRACTION_RE, text)) {
    const name = m[4];
    // the name after the head: no first name (a person follows), no ordinary or negative word ("Zandgroeve Het is …")
    const named = !!name && !lex.firstNames.has(name) && !lex.common.has(name.toLowerCase()) && !isNegative(lex, name.toLowerCase());
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (m[2] && (!named || PERSON_BEFORE.test(before) || lex.places.phrases.has(name.toLowerCase()))) continue;
    if (!named && LINE_OR_SENTENCE_START_BEFORE.test(before)) continue;
    const e = named ? m.index + m[0].length : m.index + m[1].length;
    ctx.out.push({ s: m.index, e, label: "instelling", prio: PRIO.personTitle + 1 });
  }
}
function tradeWordFirmRule(ctx: Ctx) {
  const { text, lex } = ctx;
  if (may(hasAny(text, SERVICE_BRACKET_KINDS) && text.includes("(")))
    for (const m of allMatches(SERVICE_BRACKET_RE, text)) {
      const key = phraseKey(m[1]);
      // (not a place, month, national body, generic service or ordinary word: "de thuiszorg (Rotterdam)", "(UWV)")
      if (lex.places.phrases.has(key) || isNegative(lex, key) || lex.common.has(key) || GENERIC_SERVICES.has(key) || MONTH_NAMES.test(m[1])) continue;
      const s = m.index + m[0].lastIndexOf(m[1]);
      ctx.out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.personTitle + 2 });
    }
  if (may(hasAny(text, FOREIGN_SHOP_GUARD)))
    for (const m of allMatches(FOREIGN_SHOP_RE, text)) {
      // the name runs over up to three capitalised words ("Padaria Sabor Brasil"), not over a street after it
      const words = m[0].split(/[ \t]+/);
      // (the Turkish barber before a Dutch surname is the first name Berber: "Afwezig: Berber Smit (CJG)")
      if (words[0] === "Berber" && lex.surnames.has(words[1]) && !lex.firstNames.has(words[1])) continue;
      while (words.length > 2 && STREET_END.test(words[words.length - 1])) words.pop();
      const name = words[1] === undefined ? "" : words.slice(/^(?:van|de|den|der|el|al)$/.test(words[1]) ? 2 : 1).join(" ");
      // (not a street alone: "de Kuaför Hoofdstraat")
      if (!name || isNegative(lex, name.toLowerCase()) || lex.places.phrases.has(name.toLowerCase()) || STREET_END.test(name)) continue;
      const ends = [...m[0].matchAll(/\S+/g)].map((w) => w.index + w[0].length);
      const e = m.index + ends[words.length - 1];
      ctx.out.push({ s: m.index, e, label: "instelling", prio: PRIO.personTitle + 1 });
    }
  if (may(/-\p{Lu}\p{Ll}{2,}(?:school|college|lyceum)/u.test(text)))
    for (const m of allMatches(HYPHEN_NAMED_SCHOOL_RE, text)) if (!SCHOOL_KIND_END.test(m[0].slice(0, -6))) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 2 });
  if (may(hasAny(text, LOWER_ENGLISH_TRADE_GUARD)))
    for (const m of allMatches(LOWER_ENGLISH_TRADE_RE, text)) {
      if (NOT_A_FIRM_NAME_WORD.has(m[2]) || lex.places.phrases.has(m[2])) continue;
      const s = m.index + m[0].indexOf(m[1]);
      ctx.out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
  if (may(/(?:restaurant|aanbieder|bedrijf|groothandel|leverancier|cafetaria|snackbar|supermarkt|eethuis|lunchroom|traiteur|winkel)[ \t]+["“]?\p{Lu}/u.test(text)))
    for (const m of allMatches(BUSINESS_KIND_NAME_RE, text)) {
      const words = m[2].split(/[ \t]+/);
      const key = phraseKey(m[2]);
      if (lex.places.phrases.has(key) || isNegative(lex, key) || lex.institutions.phrases.has(key) && GENERIC_SERVICES.has(key)) continue;
      // a person: a known first name opening two or more words, or a lone first name or surname
      if (lex.firstNames.has(words[0]) && !lex.ambiguousFirstNames.has(words[0]) && (words.length > 1 || !m[1])) continue;
      if (words.length === 1 && !m[1] && lex.surnames.has(words[0]) && !lex.ambiguousSurnames.has(words[0])) continue;
      const s = m.index + m[0].indexOf(m[2]);
      ctx.out.push({ s, e: s + m[2].length, label: "instelling", prio: PRIO.institutionHead });
    }
  if (may(/(?:handel|fabriek|kwekerij|bakkerij|slagerij|winkel|zagerij|drukkerij|snackbar|cafetaria|lunchroom|eetcafé|eetcafe|kapsalon)[ \t]+(?:de|het|'t)[ \t]/.test(text)))
    for (const m of allMatches(LOWER_TRADE_PARTICLE_RE, text)) {
      if (TIME_ADJECTIVES.has(m[2]) || lex.places.phrases.has(m[2])) continue;
      const s = m.index + m[0].indexOf(m[1]);
      ctx.out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.institutionHead });
    }
}
const TRADE_COMPOUND_FIRM_RE = /(?<![\p{L}])\p{Ll}{3,}(?:kwekerij|bedrijf|fabriek|slagerij|bakkerij|garage|kantoor)[ \t]+((?:[Vv]an[ \t]+(?:[Dd]e[nr]?[ \t]+)?|[Dd]e[nr]?[ \t]+|[Tt]e[rn][ \t]+)?(\p{Lu}\p{Ll}+))(?![\p{L}])/gu;
// "baby is geboren!! meisje, Sofia, 3 kilo", "bevallen van een zoon: Milan": after a birth word, the baby's sex and a
// comma or colon, a capitalised word is the baby's name, also when it is a place ("Sofia"; not "geboren in Sofia").
const BIRTH_NAME_RE = /(?<=(?<![\p{L}])(?:geboren|bevallen|baby)(?![\p{L}])[^.\n]{0,40}(?<![\p{L}])(?:meisje|meisjes|jongen|jongetje|zoon|zoontje|dochter|dochtertje)[ \t]*[,:][ \t]*)\p{Lu}\p{Ll}{2,}(?=[ \t]*(?:[,.!(\n]|$))/gu;
// (also after a kin word: "Dochter Yi (19) studeert in Amsterdam")
const SHORT_NAME_AGE_RE = /(?<=[,:][ \t]|\n[ \t]*(?:[-*•][ \t]*)?|(?<![\p{L}])(?:[Dd]ochter|[Zz]oon|[Zz]us|[Bb]roer|[Dd]ochtertje|[Zz]oontje|[Zz]usje|[Bb]roertje|[Nn]eef|[Nn]icht|[Kk]leinzoon|[Kk]leindochter)[ \t]+)\p{Lu}\p{Ll}(?=[ \t]\(\d{1,3}\))/gu;

// Thanks and greeting words before a nickname in a chat: "thx souf!", "hoi chris".
// (Also wishes: "gefeliciteerd alvast yus!!" for yusuf, "succes dil!")
const CHAT_VOCATIVE_BEFORE = new Set(["thx", "thnx", "tnx", "dank", "dankje", "dankjewel", "bedankt", "merci", "top", "hoi", "hey", "hi", "hai", "gr", "he", "hé", "ok", "oke", "oké", "gefeliciteerd", "proficiat", "succes", "sterkte", "welkom", "alvast", "dag", "doei", "groetjes", "groeten"]);
// Words that close a chat message before the writer's own (nick)name: "doe ik. gr faat" (fatima), "groetjes nel".
const CHAT_SIGNOFF_BEFORE = new Set(["gr", "grt", "grtz", "grtjs", "groet", "groetjes", "groeten", "liefs", "xx", "xxx", "mvg", "vg"]);
const CHAT_CHILD_WORDS = new Set(["zoon", "dochter", "zoontje", "dochtertje", "kind", "kindje", "broer", "broertje", "zus", "zusje", "kleinzoon", "kleindochter", "pleegzoon", "pleegdochter", "stiefzoon", "stiefdochter"]);
// Words that can stand between the relation word and the bracket without being a name: "zoon ook (6)", "dochter thuis (4)".
const CHAT_CHILD_NOT_NAME = new Set(["ook", "nog", "thuis", "zelf", "toen", "daar", "hier", "van", "die", "dus", "maar", "allebei", "beide", "jong", "klein", "oud", "ouder", "jonger"]);
// The writer of the chat message that `at` stands in ("[09:02] fatima: …" → "fatima"; 300 characters back at most) is longer
// than `short` and starts with its first two letters: "gr faat" signed by fatima.
const CHAT_WRITER_RE = /(?:^|\n)(?:\[[^\]\n]*\][ \t]*)?([\p{L}-]+)(?:[ \t]*\([^()\n]*\))?:[^\n]*$/u;
function writerStartsLike(text: string, at: number, short: string): boolean {
  const writer = CHAT_WRITER_RE.exec(text.slice(Math.max(0, at - 300), at))?.[1]?.toLowerCase() ?? "";
  return writer.length > short.length && writer.slice(0, 2) === short.slice(0, 2);
}
// Papiamento "masha" (very) before a word of thanks or praise: "masha danki", "masha bon"; no first name there.
const PAPIAMENTO_AFTER_MASHA = new Set(["danki", "bon", "bunita", "grandi", "contento", "kontentu"]);

/** A note written all in lower case (no chat): a multi-word lexicon organisation whose last word is no Dutch word
 * ("leger des heils zegt vol", "contact bij otto workforce"; not "beter wonen", "sterk in de wijk", "ons doel"). */
const LOWER_ORG_VERBS = new Set(["zegt", "zei", "heeft", "had", "belt", "belde", "mailt", "mailde", "wil", "kan", "kon", "geeft", "gaf", "stuurt", "stuurde", "neemt", "biedt", "doet"]);
function lowerTextOrgRule(ctx: Ctx) {
  const { tokens, lex } = ctx;
  for (const t of tokens) {
    if (!t.word || t.cap || t.upper || t.low.length < 2 || ctx.negative[t.i]) continue;
    const end = matchPhrase(ctx, t.i, lex.institutions);
    if (end <= t.i || tokens.slice(t.i, end + 1).some((x) => x.cap || x.upper)) continue;
    const key = phraseKey(ctx.text.slice(t.s, tokens[end].e));
    if (lex.ambiguousInstitutions.has(key) || lex.places.phrases.has(key) || isNegative(lex, key) || lex.common.has(tokens[end].low) || !(t.sentStart || lowerCaseSentence(ctx, t.i))) continue;
    // Announced by a preposition or followed by a verb the organisation does: "bij otto workforce", "leger des heils zegt".
    const before = tokens[t.i - (/^(?:de|het)$/.test(tokens[t.i - 1]?.low ?? "") ? 2 : 1)]?.low ?? "";
    if (!(ORG_PREPS.has(before) || ["van", "naar", "met", "door"].includes(before) || LOWER_ORG_VERBS.has(tokens[end + 1]?.low ?? ""))) continue;
    ctx.out.push({ s: t.s, e: tokens[end].e, label: "instelling", prio: PRIO.institutionLexicon });
  }
}

// Words before "bij", "door", "namens" or "van" (in the same clause, at most three words before it) that announce an
// employer or a creditor: "werkt nu bij", "lening bij", "afgesloten door", "loonstrookje van".
const FIRM_FRAME_WORDS: Record<string, RegExp> = {
  // (also lessons and training at a club: "zeilles bij windwaarts", "zwemles bij golfbreker"; and not turning up at work:
  // "niet komen opdagen bij seminova")
  // (and starting, waiting or being dismissed there: "mag maandag beginnen bij metafix", "ontslagen bij kunstofix", "op de
  // wachtlijst bij kidsplaza")
  // (and signing up there: "aanmelden bij hartpunt", "aanmelding bij kwintara")
  bij: /^(?:[a-z]*les|lessen|training|trainingen|lid|opdagen|dagen|ziekgemeld|wachtlijst|aanmelden|aanmelding|beginnen|begint|begon|begonnen|weggestuurd|geschorst|schoonmaak|productie|magazijn|afwas|horeca|starten|start|gestart|ontslagen|aangenomen|werkt|wkt|wrkt|werk|werken|werkte|werkten|gewerkt|dienst|nachtdienst|nachtdiensten|dagdienst|avonddienst|ploegendienst|proefplaatsing|oproepkracht|stage|stageplek|contract|bijbaan|baan|baantje|uitzendkracht|orderpicker|ingeschreven|aangemeld|gesolliciteerd|solliciteert|lening|leningen|schuld|schulden|achterstand|betalingsachterstand|huurachterstand|krediet|afbetaling|loonbeslag)$/,
  // "werkt via kroonwerkt", "ingeschreven via tijdkracht" (not "via hem", "via de bakker": the coined-word test).
  // (also workers placed by an agency: "vooral polen via flexpolska", "uitzendkrachten via werkzaam")
  via: /^(?:werkt|wkt|werk|werken|werkte|gewerkt|ingeschreven|geplaatst|aangemeld|contract|baan|baantje|bijbaan|uitzendkracht|uitzendkrachten|orderpicker|orderpickers|huisvesting|arbeidsmigranten|flexwerkers|polen|roemenen|bulgaren|litouwers|letten|hongaren|oekraïners|portugezen|slowaken|tsjechen)$/,
  door: /^(?:afgesloten|afsluiten|afsluiting|beslag|aangemaand|ontslagen)$/,
  namens: /^(?:incasso|incassobureau|deurwaarder|brief|aanmaning|vordering)$/,
  // (also housing an employer or agency lets: "woont in een pand van flexpolska"; and the coach or contact a work or care
  // provider sends: "de jobcoach van werkvaart belde")
  van: /^(?:jobcoach|jobcoaches|werkbegeleider|trajectbegeleider|casemanager|contactpersoon|loon|loonstrook|loonstrookje|loonstroken|salaris|contract|arbeidscontract|factuur|aanmaning|rekening|incasso|werf|kantine|eigenaar|eigenaresse|pand|panden)$/,
};
// Employer and creditor kinds between a preposition and a lower-case name: "via uitzendbureau haventalent", "bij
// energieleverancier vonkstroom" (not "de werkgever betaalt").
const FIRM_KIND_WORDS = new Set(["uitzendbureau", "uitzendbureaus", "uitzend", "uitzenders", "uitzender", "werkgever", "energieleverancier", "zorgverzekeraar", "incassobureau", "verhuurder", "woningcorporatie"]);
// A creditor as the subject of what it does to a debt, opening a clause: "noordzorg heeft de regeling opgezegd",
// "stroomvast wil een betalingsregeling".
const CREDITOR_SUBJECT_VERBS = /^(?:heeft|wil|dreigt|stuurt|zet|gaat|eist|legt)$/;
const CREDITOR_OBJECTS = /^(?:regeling|betalingsregeling|afsluiting|afsluiten|deurwaarder|incasso|aanmaning|beslag|loonbeslag|opgezegd|ontruiming|vordering|achterstand)$/;
// Endings of ordinary Dutch words (plurals, participles, adjectives, abstract nouns, agent nouns, kinds of firm) that a
// coined firm name seldom has: "vrienden", "wanbetaling", "onbepaalde", "deurwaarder", "uitzendbedrijf".
// ("slachterij", "kaashandel", "koelhuis", "distributiecentra", "tandarts", "minimaal", "diverse", "eentje" too.)
export const ORDINARY_WORD_END = /(?:en|er|ers|ens|ier|aar|eur|ing|heid|lijk|lijke|isch|ische|tie|ties|de|te|se|ig|ige|baar|bare|aal|'s|tje|erij|huis|arts|bedrijf|bureau|buro|kantoor|fabriek|winkel|handel|zaak|praktijk|salon|studio|club|vereniging|centrum|centra|dienst|instantie|instelling)$/u;
// Lower-case words that continue a firm's name after its first word: "polski bank", "online casino's".
const NAME_GOES_ON = (lex: Lexicons, w: Token) => lex.institutionHeads.phrases.has(w.key) || ORG_TAIL.test(w.t) || /^(?:bank|casino|\p{Ll}+'s)$/u.test(w.low);
/** Whether token t is a word of its own, no part of an address, handle or longer name: not glued to "-", "@" or "." + a letter,
 * and not the first word of a longer name ("bij koelhuis Frigolink", "van polski bank"). */
function wordStandsAlone(ctx: Ctx, t: Token): boolean {
  const { lex, text } = ctx;
  if (/^[-@.]\p{L}/u.test(text.slice(t.e, t.e + 2))) return false;
  const nx = ctx.tokens[t.i + 1];
  return !(nx?.word && text.slice(t.e, nx.s) === " " && (nx.cap || NAME_GOES_ON(lex, nx)));
}
/** Whether lower-case token t could be a coined firm name: no name, place, word of the lexicons or ordinary word shape. */
function coinedLowerWord(ctx: Ctx, t: Token | undefined): t is Token {
  const { lex } = ctx;
  if (!t || !/^\p{Ll}{6,}$/u.test(t.t) || ORDINARY_WORD_END.test(t.low) || !wordStandsAlone(ctx, t)) return false;
  // (letters only, so the token's key is its lower-case form)
  return !(lexiconKnowsLower(lex, t.low) || isNegative(lex, t.low) || RELATIONS.has(t.low) || PARTICLES.has(t.low) || FIRM_KIND_WORDS.has(t.low));
}
/** Whether a lexicon knows the lower-case word `low` as an ordinary word, a place, a first name, a surname or an
 * organisation head word: the common part of the "could this be a coined name?" tests (coinedLowerWord here, the
 * spreading and list rules in detect.ts). */
export function lexiconKnowsLower(lex: Lexicons, low: string): boolean {
  const cap = capitalised(low);
  return lex.common.has(low) || lex.places.phrases.has(low) || lex.firstNamesLower.has(low) || lex.surnames.has(cap) || lex.ambiguousSurnames.has(cap) || lex.institutionHeads.phrases.has(low);
}
/** The call names the text gives in a frame ("door iedereen Gait genoemd", "roepnaam DJ"): persons, no organisation. */
const callNameCache = new WeakMap<Ctx, Set<string>>();
function callNames(ctx: Ctx): Set<string> {
  let found = callNameCache.get(ctx);
  if (!found) {
    found = new Set(nicknameFrames(ctx.text, ctx.lex).map((f) => ctx.text.slice(f.s, f.e)));
    callNameCache.set(ctx, found);
  }
  return found;
}
/** A lower-case surname that in an employer or creditor frame names the family firm: "werk niet meer bij kuijpers",
 * "loonbeslag bij hoving", "dijkhuis wil loonbeslag"; not a first name, place or word ("bij bakker" stays a word), nor
 * a speaker of the chat. */
function lowerFamilyFirm(ctx: Ctx, t: Token): boolean {
  const { lex } = ctx;
  if (!/^\p{Ll}{4,}$/u.test(t.t) || ctx.speakers.has(t.low) || !wordStandsAlone(ctx, t)) return false;
  const cap = capitalised(t.t);
  // (a surname in -er is also the trade in lower case: "schuld bij bakker", "lening bij visser")
  return (lex.surnames.has(cap) || lex.ambiguousSurnames.has(cap)) && !/er$/.test(t.low) && !lex.firstNamesLower.has(t.low) && !lex.common.has(t.low) && !isNegative(lex, t.low) && !lex.places.phrases.has(t.key) && !RELATIONS.has(t.low);
}
/** The lower-case surnames that some employer or creditor frame of the text makes a family firm; their other mentions
 * are that firm too ("dijkhuis wil loonbeslag …", then "een brief van dijkhuis"). */
const familyFirmCache = new WeakMap<Ctx, Set<string>>();
function framedFamilyFirms(ctx: Ctx): Set<string> {
  const { lex } = ctx;
  let found = familyFirmCache.get(ctx);
  if (!found) {
    found = new Set();
    for (const t of ctx.tokens) if (t.word && !t.cap && !t.upper && !found.has(t.low) && lowerFamilyFirm(ctx, t) && coinedFirmFrame(ctx, t)) found.add(t.low);
    // A surname that opens a lower-case owner + trade firm after an announcer names that firm alone at its other mentions:
    // "kandidaat voor wolterink metaal in delden?", then "past die bij wolterink?".
    for (const t of ctx.tokens) {
      const nx = ctx.tokens[t.i + 1];
      if (!t.word || t.cap || t.upper || found.has(t.low) || !nx?.word || nx.cap || ctx.text.slice(t.e, nx.s) !== " " || !LOWER_OWNER_TRADE.test(nx.low)) continue;
      // (or opening a clause or list item before "in"/"uit"/"te" + a town: "3. geurts installatietechniek in doetinchem: …",
      // then "die is al bij geurts begonnen"; session 29 G)
      if (!LOWER_OWNER_ANNOUNCERS.has(ctx.tokens[t.i - 1]?.low ?? "") && !(opensClauseAt(ctx.text, t.s) && townAfterAt(ctx, t.i + 2))) continue;
      const cap = capitalised(t.t);
      if (/^\p{Ll}{4,}$/u.test(t.t) && lex.surnames.has(cap) && !lex.ambiguousSurnames.has(cap) && !/er$/.test(t.low) && !lex.firstNamesLower.has(t.low) && !lex.common.has(t.low) && !isNegative(lex, t.low) && !lex.places.phrases.has(t.key) && !ctx.speakers.has(t.low)) found.add(t.low);
    }
    familyFirmCache.set(ctx, found);
  }
  return found;
}
/** Whether lower-case token t is a coined one-word firm announced by an employer or creditor frame (see lowerCaseOrgRule). */
function coinedFirmFrame(ctx: Ctx, t: Token): boolean {
  const { tokens, text } = ctx;
  if (!(ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i))) return false;
  const joined = (x: Token, y: Token) => text.slice(x.e, y.s) === " ";
  const p1 = tokens[t.i - 1];
  // A coined housing or energy compound is the corporation or supplier after any preposition or as the subject of a
  // clause: "brief van eilandwonen", "samen naar vechtwonen voor urgentie", "en dijkwonen zegt wachtlijst", "bij woonkust".
  if (housingCompound(ctx, t)) {
    if (p1 && joined(p1, t) && /^(?:bij|via|van|naar|door|namens|met|aan|voor)$/.test(p1.low)) return true;
    const n1 = tokens[t.i + 1];
    if (n1 && joined(t, n1) && HOUSING_SUBJECT_VERBS.test(n1.low)) return true;
  }
  if (!(coinedLowerWord(ctx, t) || lowerFamilyFirm(ctx, t))) return false;
  // "stuur hem naar werkfort in asten", "werk bij kasztan in someren": a coined word between a preposition and "in" + a
  // known place is the firm there (no word, name or place: not "naar oma in asten").
  // (No plural or adverb in -s, nor a compound of a Dutch word: "naar salons in groningen", "via gastgezin in ankeveen".)
  if (p1 && joined(p1, t) && /^(?:bij|naar|via|van)$/.test(p1.low) && !/s$/.test(t.low) && coinedLowerWord(ctx, t) && !endsInWord(ctx.lex, t.low)) {
    const n1 = tokens[t.i + 1];
    const n2 = tokens[t.i + 2];
    if (n1?.low === "in" && joined(t, n1) && n2?.word && joined(n1, n2) && ctx.lex.places.phrases.has(n2.key)) return true;
  }
  // "ligt hij in het maasheuvel?", "opgenomen in het zonnedal": a coined word after "in het" where someone lies or is
  // admitted is the hospital or care home (no town takes "het").
  if (p1?.low === "het" && joined(p1, t) && tokens[t.i - 2]?.low === "in" && joined(tokens[t.i - 2], p1) && coinedLowerWord(ctx, t)) {
    // (lying with its subject after the verb, "ligt hij in het …"; not "ligt in het systeem")
    for (let j = t.i - 3; j >= Math.max(0, t.i - 6) && tokens[j].word; j--)
      if (/^(?:opgenomen|opname|overleden|geopereerd)$/.test(tokens[j].low) || (/^(?:ligt|lag|liggen|lagen)$/.test(tokens[j].low) && /^(?:hij|ze|zij|die|ie|pa|ma|papa|mama|moeder|vader|opa|oma|meneer|mevrouw)$/.test(tokens[j + 1]?.low ?? ""))) return true;
  }
  // "cargolinq in haps heeft wel werk", "werkfort in asten zoekt mensen": a coined word opening a clause, then "in" + a known
  // place and a verb the firm does; also "flexmoves zit in boxmeer" (a singular verb: no plural in -s).
  const n1 = tokens[t.i + 1];
  const clauseStart = !p1 || /^[,:;.!?]$/.test(p1.t) || /\n/.test(text.slice(p1.e, t.s));
  if (clauseStart && n1 && /^(?:zit|zat)$/.test(n1.low) && joined(t, n1) && tokens[t.i + 2]?.low === "in" && joined(n1, tokens[t.i + 2]) && coinedLowerWord(ctx, t) && !endsInWord(ctx.lex, t.low)) {
    const n3 = tokens[t.i + 3];
    if (n3?.word && joined(tokens[t.i + 2], n3) && ctx.lex.places.phrases.has(n3.key) && !/^[ \t]+\p{Ll}/u.test(text.slice(n3.e, n3.e + 2))) return true;
  }
  if ((!p1 || /^[,:;.!?]$/.test(p1.t) || /\n/.test(text.slice(p1.e, t.s))) && n1?.low === "in" && joined(t, n1) && !/s$/.test(t.low) && coinedLowerWord(ctx, t) && !endsInWord(ctx.lex, t.low)) {
    const n2 = tokens[t.i + 2];
    const n3 = tokens[t.i + 3];
    if (n2?.word && joined(n1, n2) && ctx.lex.places.phrases.has(n2.key) && n3 && joined(n2, n3) && /^(?:heeft|zoekt|wil|neemt|biedt|betaalt|stuurt|zegt|had|zocht)$/.test(n3.low)) return true;
  }
  // "mensen, noordzorg heeft de regeling opgezegd": a clause opening with the creditor.
  if ((!p1 || /^[,:;.!?]$/.test(p1.t) || /\n/.test(text.slice(p1.e, t.s))) && n1 && joined(t, n1) && CREDITOR_SUBJECT_VERBS.test(n1.low)) {
    for (let j = t.i + 2; j < Math.min(tokens.length, t.i + 6) && tokens[j].word; j++) if (CREDITOR_OBJECTS.test(tokens[j].low)) return true;
  }
  if (!p1 || !joined(p1, t)) return false;
  if (FIRM_KIND_WORDS.has(p1.low)) return /^(?:bij|via|van|door|namens)$/.test(tokens[t.i - 2]?.low ?? "");
  // "bureau heet tijdkracht", "het bedrijf heette logivoort": a firm noun naming itself.
  if (/^(?:heet|heette)$/.test(p1.low) && tokens[t.i - 2] && joined(tokens[t.i - 2], p1) && (FIRM_KIND_WORDS.has(tokens[t.i - 2].low) || /^(?:bureau|bedrijf|bedrijfje|firma|uitzendbureau|uitzendbureautje)$/.test(tokens[t.i - 2].low))) return true;
  // "werkt nu bij agrowerkt ipv bommeltrans": a second coined name coordinated with a framed one.
  if (/^(?:ipv|of)$/.test(p1.low) && tokens[t.i - 2] && joined(tokens[t.i - 2], p1) && coinedFirmFrame(ctx, tokens[t.i - 2])) return true;
  const frame = FIRM_FRAME_WORDS[p1.low];
  return !!frame && frameWordBefore(ctx, t, frame);
}
// Verbs after a housing corporation or supplier that opens a clause: "dijkwonen zegt wachtlijst 6 jaar".
const HOUSING_SUBJECT_VERBS = /^(?:zegt|zei|heeft|had|wil|stuurt|stuurde|belt|belde|geeft|gaf|eist|dreigt|schrijft|schreef|meldt|vraagt)$/;
/** Whether lower-case token t is a coined compound of a housing or energy word ("dijkwonen", "woonduin", "polderenergie"):
 * a first part of four or more letters (not "bewonen", "inwonen"), no lexicon word, name or place, nor an ordinary word
 * ending ("woonkamer", "woonruimte"). */
function housingCompound(ctx: Ctx, t: Token): boolean {
  const { lex } = ctx;
  // (no ordinary "woon" compound: "bij woonwijk", "naar woonboot"; session 30 B)
  if (!/^(?:\p{Ll}{4,}(?:wonen|energie)|woon\p{Ll}{4,})$/u.test(t.t) || WOON_WORDS.test(t.low) || !wordStandsAlone(ctx, t)) return false;
  if (/^(?:samen|zelfstandig|beschermd|begeleid|thuis|kamer|groeps|buiten|binnen|boven|beneden|onder|achter|voor|terug|weer|zonne|wind|groene|duurzame|kern|water|bio|rest|warmte|eigen)(?:wonen|energie)$/u.test(t.low)) return false;
  if (/^woon/u.test(t.low) && (ORDINARY_WORD_END.test(t.low) || lex.common.has(t.low.slice(4)) || isNegative(lex, t.low.slice(4)))) return false;
  const cap = capitalised(t.t);
  return !(lex.common.has(t.low) || isNegative(lex, t.low) || lex.places.phrases.has(t.key) || lex.firstNamesLower.has(t.low) || lex.surnames.has(cap) || lex.institutionHeads.phrases.has(t.key));
}
/** Whether lower-case word w is a Dutch compound: it ends in a lexicon word of four or more letters after three or more
 * ("gastgezin", "woonadres"). */
function endsInWord(lex: Lexicons, w: string): boolean {
  for (let i = 3; i <= w.length - 4; i++) if (lex.common.has(w.slice(i)) || isNegative(lex, w.slice(i))) return true;
  return false;
}
/** Whether one of the three words before the preposition in front of token t (same clause, same line) is a frame word:
 * "werkt nu bij X", "loonstrookje van X". */
function frameWordBefore(ctx: Ctx, t: Token, frame: RegExp): boolean {
  const { tokens, text } = ctx;
  for (let j = t.i - 2; j >= Math.max(0, t.i - 5); j--) {
    if (/^[.!?;:,()]$/.test(tokens[j].t) || /\n/.test(text.slice(tokens[j].e, tokens[j + 1].s))) return false;
    if (frame.test(tokens[j].low)) return true;
  }
  return false;
}

// Nouns of the set phrases with "ter"/"ten": "ter plaatse", "ter info", "ten behoeve".
const TER_PHRASE_NOUNS = /^(?:plaatse|info|informatie|zake|hoogte|beschikking|ondersteuning|aanvulling|herinnering|controle|kennisname|sprake|wereld|vergelijking|voorbereiding|gelegenheid|ere|dood|aarde|nagedachtenis|attentie|inzage|uitvoering|vervanging|bespreking|verduidelijking|illustratie|bescherming|voorkoming|behoeve|laste|minste|hoogste|slotte|eerste|tweede|onrechte|rechte|gevolge|aanzien|einde|tijde|opzichte|overstaan|koste|name|huize|dele|volle|zuiden|noorden|oosten|westen)$/;
function lowerFirmTer(ctx: Ctx, t: Token): boolean {
  const { tokens, lex, text } = ctx;
  const w = tokens[t.i + 1];
  const p1 = tokens[t.i - 1];
  if (!w?.word || w.cap || w.upper || !/^\p{Ll}{3,}$/u.test(w.t) || text.slice(t.e, w.s) !== " " || !p1?.word || text.slice(p1.e, t.s) !== " " || TER_PHRASE_NOUNS.test(w.low)) return false;
  if (lex.firstNamesLower.has(w.low) || lex.places.phrases.has(phraseKey(text.slice(t.s, w.e))) || !(ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i))) return false;
  const p2 = tokens[t.i - 2];
  // "bakkerij ter haar" after bij/van/voor/via: the trade word opens the name.
  if ((LOWER_TRADE_FIRST.test(p1.low) || LOWER_TRADE_COMPANY.test(p1.low)) && !p1.cap && p2 && LOWER_OWNER_ANNOUNCERS.has(p2.low)) {
    ctx.out.push({ s: p1.s, e: w.e, label: "instelling", prio: PRIO.institutionHead });
    return true;
  }
  if (isNegative(lex, w.low)) return false;
  if (lex.common.has(w.low) || lex.places.phrases.has(w.key) && !/^(?:bij|via)$/.test(p1.low) && !FIRM_FRAME_WORDS[p1.low]) return false;
  // "bij ter weeme", "via ten cate"; after van/door/namens the clause names a wage or a debt ("loonstrook van ter brugge").
  const frame = FIRM_FRAME_WORDS[p1.low];
  if (!(/^(?:bij|via)$/.test(p1.low) || (!!frame && frameWordBefore(ctx, t, frame)))) return false;
  ctx.out.push({ s: t.s, e: w.e, label: "instelling", prio: PRIO.institutionHead });
  return true;
}
/** Whether "de" at t + a lower-case surname after an employer frame word + preposition names the family firm (see lowerFirmTer);
 * pushes the span. (A surname in -er or -en is also a trade or a plural: "schuld bij de bakker", "werk bij de bollen".) */
function lowerFirmDe(ctx: Ctx, t: Token): boolean {
  const { tokens, lex, text } = ctx;
  const w = tokens[t.i + 1];
  const p1 = tokens[t.i - 1];
  if (!w?.word || w.cap || w.upper || !/^\p{Ll}{4,}$/u.test(w.t) || text.slice(t.e, w.s) !== " " || !p1?.word || text.slice(p1.e, t.s) !== " ") return false;
  const frame = FIRM_FRAME_WORDS[p1.low];
  if (!frame || !(ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i)) || /^[-@.]\p{L}/u.test(text.slice(w.e, w.e + 2))) return false;
  const cap = capitalised(w.t);
  // (no plural noun in -en either: "werk bij de bollen")
  if (!(lex.surnames.has(cap) || lex.ambiguousSurnames.has(cap)) || /(?:er|en)$/.test(w.low) || lex.common.has(w.low) || lex.firstNamesLower.has(w.low) || isNegative(lex, w.low) || RELATIONS.has(w.low) || lex.places.phrases.has(phraseKey(text.slice(t.s, w.e)))) return false;
  // (no noun after it that makes the surname an adjective or a name part: "bij de vries familie")
  const nx = tokens[t.i + 2];
  if (nx?.word && !nx.cap && text.slice(w.e, nx.s) === " " && NAME_GOES_ON(lex, nx)) return false;
  if (!frameWordBefore(ctx, t, frame)) return false;
  ctx.out.push({ s: t.s, e: w.e, label: "instelling", prio: PRIO.institutionHead });
  return true;
}
// Nouns that announce an employer, agency or school right before its lower-case name: "uitzendbureau otto workforce",
// "ifo van uitzendbureau (randstad)".
const LOWER_ORG_ANNOUNCERS = new Set(["uitzendbureau", "uitzendbureaus", "uitzender", "werkgever", "woningcorporatie", "corporatie", "verhuurder", "ziekenhuis", "school"]);
/** Whether "in", "uit" or "te" stands at token j with a town (no ambiguous place name) right after it: "… in doetinchem". */
function townAfterAt(ctx: Ctx, j: number): boolean {
  const { tokens, lex } = ctx;
  if (!/^(?:in|uit|te)$/.test(tokens[j]?.low ?? "") || !tokens[j + 1]) return false;
  if (lex.places.phrases.has(tokens[j + 1].key) && !lex.ambiguousPlaces.has(tokens[j + 1].key)) return true;
  // (also a town of several words: "in anna paulowna", "in den haag"; session 30 B)
  const end = tokens[j + 1].word ? matchPhrase(ctx, j + 1, lex.places) : -1;
  return end > j + 1 && !lex.ambiguousPlaces.has(phraseKey(ctx.text.slice(tokens[j + 1].s, tokens[end].e)));
}
/** Whether a clause opens at `s`: the text start, a sentence end or colon and a space, or a line break just before it. */
function opensClauseAt(text: string, s: number): boolean {
  return /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(Math.max(0, s - 3), s));
}
// Trade words and legal forms that close a firm named after its owner: "gerritsen incasso", "hulshof kunststof".
// Goods, crops and farm work that close a grower's, trader's or contractor's firm named after its owner: "vos groenten in
// luttelgeest", "hoekstra aardappelen", "bij kok akkerbouw", "veldhuis loonwerk", "van dijk agf", "vanderveen gebak",
// "olsthoorn orchideeën", "vd berg flexwerk" (a word before them that is no surname makes no firm: "bij verse groenten").
// (also flower bulbs: "van der slot bloembollen in anna paulowna"; session 30 B)
const LOWER_OWNER_GOODS = "groenten|groente|aardappelen|akkerbouw|loonwerk|agf|fruit|gebak|orchideeën|flexwerk|bloembollen";
const LOWER_OWNER_GOODS_RE = new RegExp(`^(?:${LOWER_OWNER_GOODS})$`, "u");
const PLAIN_GOODS_ADJECTIVE = /^(?:vers|verse|oud|oude|rood|wit|zwart|groen|geel|blauw|bruin|groot|klein|jong|goed|mooi|lekker|zoet|zuur|bio|eigen|veel|weinig)$/u;
/** Whether lower-case word w is a plain adjective that describes a firm before its trade word, no owner's name: "klein
 * transportbedrijf", "jong bouwbedrijf", "lokaal schoonmaakbedrijf". */
const plainAdjective = (w: string) => PLAIN_GOODS_ADJECTIVE.test(w) || SERVICE_ADJECTIVES.has(w);
// Endings of Dutch surnames before a trade word (genitive, patronymic and place-name endings): "gevers", "harmsen",
// "zandbergen", "olsthoorn", "wolbrink".
const LOWER_OWNER_SURNAME_END = /(?:[^aeiou]ers|[^aeiou]sen|berg|bergen|veen|hoorn|oorn|brink|ink|sma|stra|huis|horst|kamp|dijk|veld|beek|broek|mans)$/u;
export const LOWER_OWNER_TRADE = new RegExp(String.raw`^(?:deurwaarders|gerechtsdeurwaarders|advocaten|notarissen|infra|sloop|grondverzet|sloopwerken|stukadoors|transport|transporten|bouw|schoonmaak|installatie|installaties|techniek|logistiek|verhuur|verhuizingen|metaal|staal|hoveniers|schilders|bakkerij|vervoer|koeriers|loodgieters|dakwerken|tegelwerken|grondwerken|incasso|kunststof|kunststoffen|karton|meubels|meubelen|metaalbewerking|vlees|vleeswaren|pluimvee|kaas|zuivel|veevoer|veevoeders|gieterij|drukkerij|slagerij|kwekerij|${LOWER_OWNER_GOODS}|\p{Ll}{3,}(?:bedrijf|transport|techniek|bouw|service))$`, "u");
// (also the goods a trader or farm sells: "bij gevers pluimvee", "kuypers vlees in boxmeer")
// (also the Low Saxon "veur" for "voor": "hij riedt veur wansink transport")
// (and calling the firm: "ik bel polderkracht personeel")
const LOWER_OWNER_ANNOUNCERS = new Set(["bij", "via", "voor", "veur", "van", "loonstrook", "loonstroken", "werkgever", "eigenaar", "bel", "bellen", "belde", "gebeld"]);
// Nouns before "van" + a one-word lexicon organisation: "brief van wooncompas", "thuisbegeleiding van careyn", "ik ben van woongoed".
// (also a volunteer or coach the organisation sends: "maatje van humanitas", "jobcoach van werkvaart")
const LOWER_ORG_OF_NOUNS = new Set(["brief", "brieven", "bericht", "mail", "email", "e-mail", "post", "aanmaning", "factuur", "rekening", "contract", "medewerker", "medewerkster", "consulent", "begeleider", "begeleiding", "thuisbegeleiding", "thuiszorg", "wijkverpleging", "wijkverpleegkundige", "verhuurder", "ben", "zijn", "maatje", "vrijwilliger", "vrijwilligster", "jobcoach", "coach", "jc", "trajectbegeleider", "casemanager", "contactpersoon", "regeling", "betalingsregeling"]);
// Words of working before "bij" + an employer: "werkt bij", "in dienst bij", "aangemeld bij".
// (also starting there and the shop-floor jobs of a chain: "beginnen bij hema in tilburg", "vakkenvuller bij jumbo in goirle")
// (and the payslip or wage of an employer, "de loonstrook van de hema"; session 30 B)
const LOWER_WORK_WORDS = new Set(["loonstrook", "loonstrookje", "loonstroken", "loonstrookjes", "salaris", "werkt", "wkt", "wrkt", "werk", "werken", "werkte", "werkten", "gewerkt", "dienst", "stage", "stageplek", "aangemeld", "gesolliciteerd", "solliciteert", "proefdraaien", "inkomsten", "contract", "uitzendkracht", "beginnen", "begint", "begonnen", "starten", "start", "gestart", "bijbaan", "baan", "baantje", "vakkenvuller", "vakkenvullen", "kassière", "caissière", "kassamedewerker", "orderpicker", "magazijnmedewerker", "draaien", "uren"]);
// Trade words that name a firm only with a surname before them, joined by "&"/"en": "brinkman bouw & onderhoud".
const LOWER_OWNER_TRADE_AND = /^(?:onderhoud|grondwerk|grondwerken|sloopwerken|renovatie|reparatie|montage|advies|verhuur|installatie|installaties|service|zn|zonen|transport|bouw)$/u;
// Trade words that close a firm named after a coined word or a region (not after a surname): "duinvonk schoonmaak",
// "tulvarn seeds", "twente reiniging", "bij zeewind duinwonen", "loods van kaapduin beheer".
const COINED_FIRM_TRADE = /^(?:schoonmaak|beheer|vastgoed|accountants|zaden|seeds|personeel|reiniging|hoveniers|yachts|agro|bewind|bewindvoering|zorgverzekering|zorgverzekeringen|taxiservice|uitzend|\p{Ll}{4,}wonen)$/u;
// Plain words that describe staff or a service, never a firm's name: "bij intern personeel", "via particulier bewind".
const SERVICE_ADJECTIVES = new Set(["functioneel", "technisch", "financieel", "operationeel", "intern", "extern", "mobiel", "lokaal", "regionaal", "landelijk", "particulier", "professioneel", "tijdelijk", "flexibel", "ervaren", "betaald", "goedkoop", "thuis", "extra", "super", "beschermd", "begeleid", "beschut", "zelfstandig", "gewoon", "normaal", "sociaal", "collectief", "individueel", "medisch", "nieuw"]);
/** Whether lower-case token nm could be the coined or regional name part of a firm before a trade word: a region or place,
 * or a word of 6+ letters that is no lexicon word, name, relation or particle and has no Dutch inflection. */
function coinedTradeName(ctx: Ctx, nm: Token, trade?: Token): boolean {
  const { lex } = ctx;
  if (!/^\p{Ll}{5,}$/u.test(nm.t) || ctx.speakers.has(nm.low) || RELATIONS.has(nm.low) || PARTICLES.has(nm.low) || lex.firstNamesLower.has(nm.low) || lex.institutionHeads.phrases.has(nm.key) || FIRM_KIND_WORDS.has(nm.low)) return false;
  if (lex.places.phrases.has(nm.key)) return true;
  if (nm.low.length < 6 || SERVICE_ADJECTIVES.has(nm.low)) return false;
  // (an inflected adjective neither: "bij andere transport", "van goedkope schoonmaak")
  if (/[^aeiou]e$/u.test(nm.low) || (/e$/u.test(nm.low) && lex.common.has(nm.low.slice(0, -1)))) return false;
  // (a region adjective in -er before a housing compound: "bij kennemer duinwonen", "van betuwer dijkwonen")
  const regionHousing = !!trade && /^\p{Ll}{4,}wonen$/u.test(trade.low) && /[^e]er$/u.test(nm.low);
  return (!ORDINARY_WORD_END.test(nm.low) || regionHousing) && !lex.common.has(nm.low) && !isNegative(lex, nm.key) && !lex.surnames.has(capitalised(nm.t)) && !lex.ambiguousSurnames.has(capitalised(nm.t));
}
// Sports-club abbreviations written in lower case: "rksv heino", "vv emmen".
// (also "sc"/"fc" + a place: "voetbalt bij sc stadskanaal", "fan van fc emmen"; session 30 B)
const LOWER_CLUB_ABBR = new Set(["vv", "sv", "sc", "fc", "rksv", "rkvv", "svv", "rksvv", "cvv", "gvv", "asv", "hsv", "voetbalvereniging", "voetbalclub"]);
// Prepositions before a lower-case club abbreviation that make it the club: "voetbalt bij vv …", "lid van sv …".
const CLUB_PREPS = new Set(["bij", "van", "voor", "naar", "op", "tegen"]);
// Trade words (no -bedrijf compound) that open a firm named after its owner: "bakkerij brookhuis", "grondverzet dekker".
// Also a yard or factory compound: "jachtwerf bosch", "scheepswerf hoogenkamp", "tapijtfabriek van dijk".
// (also a trading house and the haulage or farm-contracting word alone: "kaashandel gebr. verdoold", "via transport
// truijen", "loonwerk van de bunt")
const LOWER_TRADE_FIRST = /^(?:bakkerij|slagerij|tuinderij|kwekerij|grondverzet|hoveniers|schildersbedrijf|drukkerij|timmerfabriek|transportbedrijf|transport|loonwerk|garage|autogarage|installatiebedrijf|loonbedrijf|melkveebedrijf|boomkwekerij|champignonkwekerij|vishandel|groothandel|(?!mensen|drugs|wapen|kinder|vrouwen|slaven)\p{Ll}{3,}(?:werf|fabriek|handel))$/u;
// Endings of Dutch surnames that are no common word ending: "brookhuis", "wolterink", "hofstra".
const LOWER_SURNAME_END = /(?:huis|huizen|ink|inga|enga|sma|stra|ema|horst|kamp|hof|dijk|veld|beek|broek|mans|ing)$/u;
// Plurals of legal professions, whose offices are named after a partner: "dijkhuis deurwaarders", "smit advocaten".
const LOWER_LEGAL_FIRM_TRADE = /^(?:deurwaarders|gerechtsdeurwaarders|advocaten|notarissen)$/u;
// Trades that with a word before them always name a firm (also after a place or a word-like surname): "hoogland dakwerken", "koning infra".
const LOWER_OWNER_STRONG_TRADE = /^(?:deurwaarders|gerechtsdeurwaarders|advocaten|notarissen|infra|dakwerken|tegelwerken|grondwerken|grondverzet|installaties|loodgieters|hoveniers|schilders|stukadoors|koeriers|metaalbewerking|verhuizingen|sloopwerken)$/u;
// Lower-case compounds that head a named business or school in chat writing, next to the head words of the lexicon:
// "strandpaviljoen", "fietsverhuur", "geitenhouderij", "meubelmakerij", "techniekschool", "keukenstudio".
// Also a centre, help point, yard, water taxi, brewery or holiday park: "zeilcentrum de knar", "mantelzorgpunt de schakel",
// "jachtwerf zuiderkogge", "watertaxi stormvogel", "brouwerij de noordkaap", "kampeerpark de zeeweide" (not a town or
// shopping centre, nor a point of a list: "stadscentrum", "aandachtspunt").
// Also a farm, trading house, store house, club, band or care group: "kaasboerderij hoogerwaard", "kaashandel den hollander",
// "pannenkoekenhuis de molenwiek", "zwemvereniging de dolfijn", "drumband jubal", "thuiszorg de schakel", "oesterij de platte"
// (no painting: "schilderij").
const LOWER_COMPOUND_HEAD = /^(?:park|parc|paviljoen|pension|dagbesteding|brouwerij|sporthal|zorggroep|thuiszorg|(?:drum|show|brass)band|(?!schilderij$)\p{Ll}{3,}erij|\p{Ll}{3,}(?:paviljoen|verhuur|houderij|makerij|school|college|studio|werf|taxi|brouwerij|vereniging|handel|import|export|pakhuis|koekenhuis|koffiehuis)|(?!(?:stads|dorps|winkel|wereld|sport)centrum$)\p{Ll}{3,}centrum|\p{Ll}*(?:zorg|steun|meld|inloop|informatie|hulp|service|wijk|buurt|kleding|voedsel|speelgoed|inzamel|ontmoetings|taal|geld)punt|\p{Ll}{3,}praktijk|kind(?:er)?plein|(?:recreatie|vakantie|kampeer|bungalow|chalet)park|(?:kleding|fietsen|fiets|meubel|speelgoed|baby|boeken|laptop|computer|witgoed)bank|\p{Ll}{3,}hûs)$/u;
// Short heads of a care or school body that take a name in lower case: "ggz noordkust", "roc de peel".
const LOWER_SHORT_HEADS = new Set(["ggz", "roc"]);
// Heads of a regional care or school body that take the region or town it serves as its name: "fysio peelland",
// "zorggroep achterhoek", "ggz drenthe".
const LOWER_REGION_HEADS = new Set(["ggz", "roc", "fysio", "zorggroep"]);
// A coined name built on a coast, sea, dune, wind or compass word, as care homes, clinics and boats are named; it may end
// like an ordinary word: "ziekenhuis noorderhaven", "kliniek zeewering", "watertaxi stormvogel", "zorggroep lindelaar".
const TOPO_COMPOUND_NAME = /^(?:noord(?:er)?|zuid(?:er)?|oost(?:er)?|west(?:er)?|zee|duin|wadden|eiland|polder|storm|wind|linde|eiken|heide|kust|golf|meeuwen|zilver|kwelder)\p{Ll}{3,}$/u;
// Parts of a building or a site, no name of one: "ziekenhuis noordvleugel", "kliniek zuidzijde".
// (nor an adjective, adverb or plain noun of the sea or the weather: "noordelijk", "westwaarts", "zeewater", "stormschade")
const SITE_PART_END = /(?:zijde|kant|vleugel|ingang|uitgang|gebouw|afdeling|deel|poort|lijk|lijke|waarts|water|schade|kracht|zand|ziek)$/u;
// Head words too generic to take a lower-case name after them ("naar school de juf zegt", "bureau de sleutel").
const LOWER_HEAD_TOO_GENERIC = new Set(["school", "bureau", "centrum", "praktijk", "opvang", "loket", "kerk", "moskee", "studio", "atelier", "garage", "theater", "restaurant", "café", "stichting", "vereniging", "bewind", "catering", "factory", "barber", "barbers", "immo", "camii"]);
// Adjectives of time, order or amount, and nouns of time, that follow a head word without naming it: "camping de hele
// zomer", "vakantiepark de komende jaren".
const LOWER_HEAD_TIME_ADJECTIVE = /^(?:hele|gehele|ganse|volgende|vorige|komende|afgelopen|laatste|eerste|tweede|derde|andere|zelfde|nieuwe|oude|grote|kleine|meeste|beste|juiste|goede|verkeerde|gewone|vaste|eigen)$/u;
const LOWER_HEAD_TIME_NOUN = /^(?:zomer|winter|lente|herfst|seizoen|periode|vakantie|maand|week|dag|tijd|keer|jaar|kant|plek|plaats|weg|rest|helft)$/u;
// Words that make the head a common noun: "het hotel", "ons ziekenhuis", "welke camping".
const LOWER_HEAD_DETERMINERS = new Set("de het een die dat deze dit mijn zijn haar ons onze hun jullie je jouw uw welk welke elk elke ieder iedere geen ander andere zo'n".split(" "));
// Words that end the name after a lower-case head: a preposition, a conjunction or a verb the organisation does
// ("hotel de walvis in hollum", "camping het zandgat zoekt mensen").
// (also a relative pronoun, or an infinitive of playing or working closing the clause: "iemand bij zorggroep de linde die
// schoonmakers zoekt", "wil bij sv de zwaluwen voetballen")
const LOWER_HEAD_NAME_END = new Set("in op uit te bij aan voor naar van via met tot om sinds vanaf over en maar of want dus al ook weer nog is was zegt zei zoekt zocht heeft had wil wilde kan kon belt belde mailt mailde loopt liep gaat ging dreigt vraagt vroeg betaalt stuurt stuurde geeft gaf biedt doet neemt die voetballen hockeyen korfballen spelen trainen sporten zwemmen werken".split(" "));
// Time words, adverbs and verb forms that follow a head word without naming it: "camping de laatste week", "kliniek
// morgen", "hotel daarna", "bij camping het regent".
const LOWER_HEAD_NOT_NAME = /^(?:liefst|meest|minst|best|dag|dagen|week|weken|weekend|ochtend|middag|avond|nacht|maand|jaar|keer|tijd|uur|morgen|vandaag|gisteren|straks|vanavond|vanmiddag|vanochtend|vannacht|daarna|daarom|daarvoor|daarbij|alsnog|gewoon|nergens|ergens|overal|opnieuw|zometeen|zojuist|inmiddels|allemaal|helemaal|eigenlijk|misschien|trouwens|meteen|binnenkort|voorlopig|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|werkt|regent|lukt|gaat|kan|kon|wordt|werd|klopt|helpt|mag|moet|zit|staat|ligt|duurt|kost|past|loopt|heeft|had|wil|zijn|waren|ook|nog|niet|wel|geen|alles|niks|niets|iets|zelf|eens|even|toch|dokter|juf|meester|baas|eigenaar|man|vrouw|jongen|meisje|kind|kinderen|mensen|buurman|buurvrouw|collega|collega's)$/u;
/** Where a lower-case name that a head word at token i opens ends (the last token), or -1: in chat writing a head word
 * with no article before it and a name right after it, closed by the end of the phrase:
 * - "de"/"het" + a noun (one "-se" adjective may come first): "hotel de walvis", "camping het zandgat", "stoelmakerij de
 *   veluwse eik"; no adjective or time word ("camping de laatste week"), no verb after "het" ("camping het regent");
 * - a coined word or a known surname: "fietsverhuur duinwind", "houthandel ruitenberg";
 * - a particle + a known surname: "bakkerij van der meulen", "keukenstudio van ark".
 * (A saint's name, "schutterij sint-sebastianus", is found by lowerCaseOrgRule on the text.) */
function lowerHeadNameEnd(ctx: Ctx, i: number, afterArticle = false): number {
  const { tokens, lex, text } = ctx;
  const t = tokens[i];
  const joined = (k: number) => !!tokens[k] && tokens[k].word && !tokens[k].cap && !tokens[k].upper && text.slice(tokens[k - 1].e, tokens[k].s) === " ";
  const endsPhrase = (k: number) => {
    const after = text.slice(tokens[k].e, tokens[k].e + 2);
    if (/^(?:[ \t]*(?:[,.;:!?)]|\n|$))/.test(after)) return !/^[-@.]\p{L}/u.test(after);
    const nx = tokens[k + 1];
    // (or a participle closing the clause: "loon van vakantiepark de zandkuil gehad?")
    return !!nx && nx.word && !nx.cap && text.slice(tokens[k].e, nx.s) === " " && (LOWER_HEAD_NAME_END.has(nx.low) || /^ge\p{Ll}{2,}[dt]$/u.test(nx.low));
  };
  const strongHead = LOWER_COMPOUND_HEAD.test(t.t);
  const clubAfterPrep = LOWER_CLUB_ABBR.has(t.low) && CLUB_PREPS.has(tokens[i - 1]?.low ?? "");
  const plainWord = (x: Token) => /^\p{Ll}[\p{Ll}-]{2,}$/u.test(x.t) && !LOWER_HEAD_NOT_NAME.test(x.low) && !RELATIONS.has(x.low) && !ROLE_SUFFIX.test(x.low) && !isNegative(lex, x.low) && !lex.firstNamesLower.has(x.low) && !lex.institutionHeads.phrases.has(x.low) && !PARTICLES.has(x.low) && !LOWER_HEAD_NAME_END.has(x.low);
  if (!joined(i + 1)) return -1;
  const n1 = tokens[i + 1];
  // (also "'t" in chat writing: "voor kleding naar kledingpunt 't anker")
  if (n1.low === "de" || n1.low === "het" || n1.low === "'t" || n1.low === "’t") {
    // (not after an article of the head: "bij de kliniek de intake" is the intake)
    if (afterArticle) return -1;
    let k = i + 2;
    let adjective = false;
    // (one adjective of a region or town: "de veluwse eik", "de drentse hoeve")
    if (joined(k) && /^\p{Ll}{3,}(?:se|sche)$/u.test(tokens[k].t) && joined(k + 1)) k++;
    // (after a compound head also an inflected adjective + a noun, as parks and restaurants are named: "camping de wilde
    // ree", "vakantiepark de bronsgroene eik"; no adjective of time or order: "camping de hele zomer")
    else if (!LOWER_SHORT_HEADS.has(t.low) && !LOWER_CLUB_ABBR.has(t.low) && joined(k) && /^\p{Ll}{3,}(?:e|en)$/u.test(tokens[k].t) && !LOWER_HEAD_TIME_ADJECTIVE.test(tokens[k].low) && !isNegative(lex, tokens[k].low) && !lex.firstNamesLower.has(tokens[k].low) && !RELATIONS.has(tokens[k].low) && !PARTICLES.has(tokens[k].low) && !LOWER_HEAD_NOT_NAME.test(tokens[k].low) && (adjective = true) && joined(k + 1) && !LOWER_HEAD_TIME_NOUN.test(tokens[k + 1].low) && /^\p{Ll}{3,}$/u.test(tokens[k + 1].t) && !/en$/u.test(tokens[k + 1].low) && endsPhrase(k + 1)) k++;
    const w = tokens[k];
    // (no inflected adjective, "de laatste"; a coast compound may end so: "kampeerpark de zeeweide"; after "'t" a diminutive
    // does, also the southern one in -ke: "kledingpunt 't winkeltje", "dagbesteding 't hofke")
    if (!joined(k) || !plainWord(w) || (k === i + 2 && /[^aeiou]e$/.test(w.low) && !(TOPO_COMPOUND_NAME.test(w.low) && !lex.common.has(w.low)) && !(n1.low !== "de" && n1.low !== "het" && /(?:je|ke)$/.test(w.low))) || (n1.low === "het" && /^\p{Ll}+[td]$/u.test(w.low) && w.low.length < 5) || !endsPhrase(k)) return -1;
    if (k > i + 2 && !adjective && !plainWord(tokens[i + 2])) return -1;
    // (after a short head or a club abbreviation no word of the lexicon or with an ordinary ending: "ggz de crisisdienst";
    // a club abbreviation after a preposition takes the plural noun clubs are named by: "voetbalt bij vv de treffers",
    // "lid van sv de zwaluwen"; not "bij vv de training")
    if ((LOWER_SHORT_HEADS.has(t.low) || (LOWER_CLUB_ABBR.has(t.low) && !(clubAfterPrep && /\p{Ll}{3}(?:s|en)$/u.test(w.low)))) && (lex.common.has(w.low) || ORDINARY_WORD_END.test(w.low))) return -1;
    return k;
  }
  // particle(s) + a known surname
  let k = i + 1;
  while (k < i + 4 && joined(k) && PARTICLES.has(tokens[k].low)) k++;
  const w = tokens[k];
  // (a coast or compass compound after a compound head and a preposition needs no phrase end: "via zorggroep lindelaar
  // dagbesteding krijgen"; session 29 G)
  const topoAfterPrep = k === i + 1 && strongHead && !afterArticle && /^(?:bij|via|van|naar|voor)$/.test(tokens[i - 1]?.low ?? "") && topoCompoundName(ctx, w);
  if (!joined(k) || !/^\p{Ll}{3,}$/u.test(w.t) || !plainWord(w) || !(endsPhrase(k) || topoAfterPrep)) return -1;
  const cap = capitalised(w.t);
  // (an unknown particle surname before "in"/"uit" + a place: "keukenstudio van ark in oldebroek")
  const placeNext = /^(?:in|uit|te)$/.test(tokens[k + 1]?.low ?? "") && !!tokens[k + 2] && lex.places.phrases.has(tokens[k + 2].key);
  if (k > i + 1) return (lex.surnames.has(cap) || lex.ambiguousSurnames.has(cap) || (placeNext && !afterArticle && !lex.firstNamesLower.has(w.low))) && !lex.places.phrases.has(w.key) && !lex.common.has(w.low) ? k : -1;
  // (a compound head before a town or region it is named after: "techniekschool vechtdal", "parc vechtdal")
  // (also a regional care or school body after the region it serves: "fysio peelland", "ggz drenthe")
  if ((LOWER_COMPOUND_HEAD.test(tokens[i].t) || LOWER_REGION_HEADS.has(tokens[i].low)) && !afterArticle && lex.places.phrases.has(w.key) && !lex.ambiguousPlaces.has(w.key)) return k;
  // (a compound head + a word of no lexicon before "in"/"uit"/"te" + a town: "kaasboerderij hoogerwaard in papekop",
  // "drumband jubal in hattem")
  if (strongHead && !afterArticle && placeNext && w.low.length >= 4 && !/^ge\p{Ll}+(?:[td]|en|aan)$/u.test(w.low) && !lex.common.has(w.low) && !lex.places.phrases.has(w.key) && !isNegative(lex, w.key)) return k;
  // (a club abbreviation after a preposition + a word of no lexicon: "voetbalt bij vv titan", "speelt bij sv olympia";
  // not "bij vv gisteren")
  if (clubAfterPrep && !afterArticle && w.low.length >= 4 && !lex.common.has(w.low) && !lex.firstNamesLower.has(w.low) && !isNegative(lex, w.key) && !ORDINARY_WORD_END.test(w.low)) return k;
  const surname = w.low.length >= 4 && lex.surnames.has(cap) && !lex.ambiguousSurnames.has(cap) && !lex.common.has(w.low) && !/er$/.test(w.low);
  // (after the head's article no verb form or participle: "het hotel verblijft", "de havo afgegaan", "de rederij failliet")
  if (surname || (coinedLowerWord(ctx, w) && !/^\p{Ll}*ge\p{Ll}+(?:[td]|aan)$/u.test(w.low) && !(afterArticle && /(?:[td]|aan)$/u.test(w.low)))) return k;
  // (a coined coast or compass compound, also with an ordinary word's ending: "kliniek zeewering", "ziekenhuis noorderhaven")
  if (topoCompoundName(ctx, w)) return k;
  return -1;
}
// Compass words (Dutch and Frisian) that close a firm's or centre's name after its head: "tolkhûs noard", "schoonmaakbedrijf
// blinkend noord".
const COMPASS_NAME_END = /^(?:noord|zuid|oost|west|noard|súd|sud|east|midden)$/u;
// Heads of a one-person business that is often named after its owner's first name: "bloemsierkunst marieke", "kapsalon
// sanne", "hairstudio demi".
const FIRST_NAME_SHOP_HEAD = /^(?:bloemsierkunst|bloemist|bloemisterij|bloembinderij|kapsalon|kapper|kapperszaak|hairstudio|haarstudio|nagelstudio|nagelsalon|schoonheidssalon|beautysalon|pedicure|pedicurepraktijk|pedicuresalon|trimsalon|hondentrimsalon|fotostudio|naaiatelier|kleermakerij|lunchroom|gastouderopvang|gastouder)$/u;
/** More chat-style names after a lower-case head word (session 26 B), where lowerHeadNameEnd finds none; the last token or -1:
 * - the Frisian article "it" like "'t": "kinderopvang it beamke";
 * - a compass word, or one word + a compass word, closing the phrase: "tolkhûs noard", "schoonmaakbedrijf blinkend noord";
 * - after a preposition, a trade compound + an ordinary singular noun closing the sentence: "die van kwekerij hoefijzer?";
 * - a one-person business + a first name: "bij bloemsierkunst marieke in oisterwijk";
 * - after a preposition, a head + two name words before "in"/"uit"/"te" + a known place: "bij pizzeria bella napoli in goirle";
 * - a hyphenated double surname: "melkveebedrijf hiemstra-bos". */
function chatHeadNameEnd(ctx: Ctx, i: number, afterArticle: boolean): number {
  const { tokens, lex, text } = ctx;
  const t = tokens[i];
  const joined = (k: number) => !!tokens[k] && tokens[k].word && !tokens[k].cap && !tokens[k].upper && text.slice(tokens[k - 1].e, tokens[k].s) === " ";
  if (!joined(i + 1) || LOWER_SHORT_HEADS.has(t.low) || LOWER_CLUB_ABBR.has(t.low)) return -1;
  const closes = (k: number) => /^[ \t]*(?:[,.;:!?)]|\n|$)/.test(text.slice(tokens[k].e, tokens[k].e + 2)) && !/^[-@.]\p{L}/u.test(text.slice(tokens[k].e, tokens[k].e + 2));
  const placeNext = (k: number) => /^(?:in|uit|te)$/.test(tokens[k + 1]?.low ?? "") && !!tokens[k + 2] && lex.places.phrases.has(tokens[k + 2].key);
  const ends = (k: number) => closes(k) || placeNext(k) || (joined(k + 1) && (LOWER_HEAD_NAME_END.has(tokens[k + 1].low) || /^\p{Ll}{0,5}ge\p{Ll}{2,}[dt]$/u.test(tokens[k + 1].low)));
  const nameWord = (x: Token) => /^\p{Ll}[\p{Ll}-]{2,}$/u.test(x.t) && !LOWER_HEAD_NOT_NAME.test(x.low) && !LOWER_HEAD_NAME_END.has(x.low) && !RELATIONS.has(x.low) && !PARTICLES.has(x.low) && !isNegative(lex, x.low) && !lex.institutionHeads.phrases.has(x.low) && !ROLE_SUFFIX.test(x.low);
  const prepBefore = /^(?:bij|via|van|vd|naar|voor|op)$/.test(tokens[i - (afterArticle ? 2 : 1)]?.low ?? "");
  const doubleSurname = (x: Token) => {
    const m = /^(\p{Ll}{3,})-(\p{Ll}{2,})$/u.exec(x.t);
    return !!m && lex.surnames.has(capitalised(m[1])) && !lex.firstNamesLower.has(m[1]) && (lex.surnames.has(capitalised(m[2])) || lex.ambiguousSurnames.has(capitalised(m[2])));
  };
  const n1 = tokens[i + 1];
  // (Frisian "it" is "het": a diminutive or a noun follows, "it pompeblêdsje", "it beamke")
  if (n1.low === "it" && !afterArticle && joined(i + 2) && nameWord(tokens[i + 2]) && !lex.common.has(tokens[i + 2].low) && ends(i + 2)) return i + 2;
  if (COMPASS_NAME_END.test(n1.low) && ends(i + 1) && !afterArticle) return i + 1;
  if (nameWord(n1) && !lex.common.has(n1.low) && !lex.firstNamesLower.has(n1.low) && joined(i + 2) && COMPASS_NAME_END.test(tokens[i + 2].low) && ends(i + 2)) return i + 2;
  // (a goods bank or other compound head + the village it serves, also after its article: "via de fietsenbank surhústerfean")
  if (LOWER_COMPOUND_HEAD.test(t.t) && lex.places.phrases.has(n1.key) && !lex.ambiguousPlaces.has(n1.key) && closes(i + 1)) return i + 1;
  if (afterArticle || !prepBefore) {
    // (a hyphenated double surname needs no preposition: "melkveebedrijf hiemstra-bos bedoel je?")
    return doubleSurname(n1) ? i + 1 : -1;
  }
  if (LOWER_COMPOUND_HEAD.test(t.t) && nameWord(n1) && n1.low.length >= 5 && !/(?:en|s)$/u.test(n1.low) && !/^\p{Ll}{0,5}ge\p{Ll}{2,}[dt]$/u.test(n1.low) && !lex.firstNamesLower.has(n1.low) && (closes(i + 1) || placeNext(i + 1))) return i + 1;
  if (FIRST_NAME_SHOP_HEAD.test(t.low) && /^\p{Ll}{3,}$/u.test(n1.t) && lex.firstNamesLower.has(n1.low) && !lex.common.has(n1.low) && !RELATIONS.has(n1.low) && ends(i + 1)) return i + 1;
  const n2 = tokens[i + 2];
  if (joined(i + 2) && /^\p{Ll}{3,}$/u.test(n1.t) && /^\p{Ll}{3,}$/u.test(n2.t) && nameWord(n1) && nameWord(n2) && !lex.common.has(n1.low) && !lex.common.has(n2.low) && placeNext(i + 2)) return i + 2;
  return doubleSurname(n1) ? i + 1 : -1;
}
/** Whether lower-case token w is a coined coast or compass compound naming a care home, clinic, practice or boat:
 * "noorderhaven", "zeewering", "duinzicht" (no building part, word, place or surname). */
function topoCompoundName(ctx: Ctx, w: Token | undefined): boolean {
  const { lex } = ctx;
  if (!w || !TOPO_COMPOUND_NAME.test(w.t) || SITE_PART_END.test(w.low) || !wordStandsAlone(ctx, w)) return false;
  const cap = capitalised(w.t);
  return !lex.common.has(w.low) && !isNegative(lex, w.key) && !lex.places.phrases.has(w.key) && !lex.surnames.has(cap) && !lex.ambiguousSurnames.has(cap) && !lex.firstNamesLower.has(w.low);
}
// School compounds a region or town names: "salland vakcollege", "twente techniekschool".
const REGION_SCHOOL = /^(?!(?:basis|rij|zwem|dans)school$)\p{Ll}{2,}(?:college|school|lyceum)$/u;
/** Where a lower-case region or town (or a region's adjective in -s) at token t, with the type word after it, ends as the
 * name of a school or a medical centre ("salland vakcollege", "westfries medisch centrum"), or -1. */
function regionTypeOrgEnd(ctx: Ctx, t: Token): number {
  const { tokens, lex, text } = ctx;
  const nx = tokens[t.i + 1];
  if (!nx?.word || nx.cap || nx.upper || text.slice(t.e, nx.s) !== " " || t.low.length < 4) return -1;
  const medical = nx.low === "medisch" && tokens[t.i + 2]?.low === "centrum" && !tokens[t.i + 2].cap && text.slice(nx.e, tokens[t.i + 2].s) === " ";
  if (!(medical || REGION_SCHOOL.test(nx.t) || nx.low === "ziekenhuis")) return -1;
  // (the adjective of a region: "westfries" → westfriesland, "twents" → twente, "drents" → drenthe)
  const stem = t.low.slice(0, -1);
  const adjective = /^\p{Ll}{4,}s$/u.test(t.t) && !lex.common.has(t.low) && [t.low + "land", stem, stem + "e", stem + "he"].some((r) => lex.places.phrases.has(r) && !lex.ambiguousPlaces.has(r));
  const place = lex.places.phrases.has(t.key) && !lex.ambiguousPlaces.has(t.key) && (medical || nx.low !== "ziekenhuis");
  if (!(adjective || (place && (medical || REGION_SCHOOL.test(nx.t)))) || !(ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i))) return -1;
  return medical ? tokens[t.i + 2].e : nx.e;
}
/** Where a lower-case "gebr"/"gebr."/"gebroeders" at token i opens a firm named after its owners: (particles +) the
 * surname, a known one or no word of the lexicon ("gebr moonen", "gebr. ter brake"), then one trade or goods word that
 * belongs to the name ("gebr. wolters veevoeders", "gebr. nijhof bouw"); a trade compound right before it opens the name
 * ("pluimveebedrijf gebr. ter brake"). Returns [start, end] or undefined. */
function lowerBrothersFirm(ctx: Ctx, i: number): [number, number] | undefined {
  const { tokens, lex, text } = ctx;
  const joined = (k: number) => !!tokens[k] && tokens[k].word && !tokens[k].cap && !tokens[k].upper && /^[ \t]$/.test(text.slice(tokens[k - 1].e, tokens[k].s));
  let k = i + 1;
  if (tokens[k]?.t === "." && tokens[k].s === tokens[i].e) k++;
  const first = k;
  while (k < first + 3 && joined(k) && PARTICLES.has(tokens[k].low) && joined(k + 1)) k++;
  const w = tokens[k];
  if (!joined(k) || !/^\p{Ll}[\p{Ll}'’-]{2,}$/u.test(w.t)) return undefined;
  const cap = capitalised(w.t);
  const known = (lex.surnames.has(cap) || lex.ambiguousSurnames.has(cap)) && !lex.common.has(w.low);
  // (after a particle also a town: "gebroeders van tongeren")
  const unknown = !lex.common.has(w.low) && !isNegative(lex, w.key) && (k > first || (!lex.places.phrases.has(w.key) && w.low.length >= 4)) && !lex.firstNamesLower.has(w.low) && !RELATIONS.has(w.low);
  const tail = joined(k + 1) && LOWER_BROTHERS_TRADE.test(tokens[k + 1].low) ? tokens[k + 1] : undefined;
  const p = tokens[i - 1];
  const lead = p?.word && !p.cap && /^[ \t]$/.test(text.slice(p.e, tokens[i].s)) && (LOWER_TRADE_COMPANY.test(p.t) || LOWER_TRADE_FIRST.test(p.t)) ? p : undefined;
  // (an unknown word only in a firm's frame: a trade word around it or bij/via/voor/van before it; "gebr." also abbreviates
  // "gebruik": "gebr. medicatie onbekend")
  if (!known && !(unknown && (tail || lead || LOWER_OWNER_ANNOUNCERS.has(p?.low ?? "")))) return undefined;
  return [lead ? lead.s : tokens[i].s, tail ? tail.e : w.e];
}
/** Organisations a klantmanager writes in lower case in notes and chats, announced by their frame:
 * - a lexicon organisation after bij/via, "in het"/"naar het" or an agency noun: "matroos bij boskalis", "ligt in het ozg",
 *   "via tempo-team", "uitzendbureau (randstad)", "brief van vechtdal wonen" (a multi-word name also after van/naar/op);
 *   not "naar de randstad" (the region), not a lexicon name that is a first name or a capitalised common word;
 * - a lexicon surname + a trade word or legal form, after bij/via/voor/van or "loonstrook", or opening a clause before a verb
 *   the firm does: "loonstrook hulshof kunststof", "bij de wit transport", "gerritsen incasso heeft beslag gelegd";
 *   a word-like surname only after its particle ("de wit", not "wit transport");
 * - a lower-case trade compound in -bedrijf + particle + a lexicon surname after bij/via/voor/van: "bij fruitbedrijf van wijk"
 *   (not before a legal form: "stratenmakersbedrijf de bruijn bv" names the firm "de bruijn bv"). */
// "woon" compounds that are words, no corporation's name: "woonplaats", "woonwijk".
const WOON_WORDS = /^woon(?:plaats|plaatsen|adres|wijk|wijken|boot|wagen|groep|unit|vorm|erf|keuken|kamer|ark|gebouw|complex|blok|straat|dorp|stad|kern|zorg|cel|laag|etage|deel|gedeelte|ruimte|lasten|situatie|omgeving|begeleiding|coach|consulent|toeslag|fraude|kosten|duur|recht|gemeente|regio|land|huis)$/u;
// Banks' short forms, no Dutch word in lower case: "rabo", "abn", "sns".
// (also "ing", no Dutch word alone, but not the title "ing." of an engineer; session 30 B)
const LOWER_BANK_SHORT = /^(?:rabo|abn|sns|asn|knab|bunq|ing)$/u;
// A bank's account, card or app after its short form: "je ing rekening", "de rabo app" (session 30 B).
const LOWER_BANK_PRODUCT = /^(?:rekening|bankrekening|betaalrekening|spaarrekening|rekeningnummer|rekeningen|app|bankapp|pas|pinpas|bankpas|creditcard|afschrift|afschriften|account)$/u;
// Chains' short forms that are also an interjection or a word: "ah" ("ah die"), "plus", "spar"; only with "de" after a
// preposition and a work word or a place.
const LOWER_CHAIN_SHORT = /^(?:ah|hema|jumbo|lidl|aldi|plus|coop|spar|action|kruidvat|etos|gamma|praxis|karwei|ikea|primark|xenos|wibra|blokker|dirk|vomar|dekamarkt|hoogvliet|boni|poiesz)$/u;
/** Whether lower-case token t is a bank's or chain's short form used as the firm (lower-case writing only):
 * - a bank's after a preposition or "de" ("van de rabo", "de rabo wil", "door abn");
 * - a chain's after "bij/naar/van de" with a work word in the clause or "in"/"te" + a place after it ("meer uren draaien
 *   bij de ah", "naar de hema in gouda"; not "ah die", "de plus is dat"). */
function lowerChainShortForm(ctx: Ctx, t: Token, articled: boolean, before: string): boolean {
  const { tokens, lex, text } = ctx;
  if (/^[-@.]\p{L}/u.test(text.slice(t.e, t.e + 2)) || !lex.institutions.phrases.has(t.key)) return false;
  const p1 = tokens[t.i - 1];
  if (!p1 || text.slice(p1.e, t.s) !== " ") return false;
  if (LOWER_BANK_SHORT.test(t.low)) {
    if (t.low === "ing" && text.charAt(t.e) === ".") return false;
    // (not the first word of a longer name: "abn amro" is the lexicon's)
    const nx = tokens[t.i + 1];
    if (nx?.word && text.slice(t.e, nx.s) === " " && lex.institutions.phrases.has(phraseKey(text.slice(t.s, nx.e)))) return false;
    if (nx?.word && text.slice(t.e, nx.s) === " " && LOWER_BANK_PRODUCT.test(nx.low)) return true;
    return (articled && p1.low === "de") || /^(?:bij|van|via|door|naar|met|aan|voor|op)$/.test(p1.low);
  }
  if (!LOWER_CHAIN_SHORT.test(t.low) || !articled || p1.low !== "de" || !/^(?:bij|naar|van)$/.test(before)) return false;
  // (a chain framed so once is that employer at its other mentions after "bij de" too: "kan dat ook bij de ah zelf?")
  return chainFramed(ctx, t) || tokens.some((x) => x.low === t.low && x !== t && !x.cap && tokens[x.i - 1]?.low === "de" && /^(?:bij|naar|van)$/.test(tokens[x.i - 2]?.low ?? "") && chainFramed(ctx, x));
}
/** Whether chain short form t after "bij/naar/van de" has a work word in its clause or "in"/"te" + a place after it. */
function chainFramed(ctx: Ctx, t: Token): boolean {
  const { tokens, lex, text } = ctx;
  const placeAfter = /^(?:in|te)$/.test(tokens[t.i + 1]?.low ?? "") && !!tokens[t.i + 2] && lex.places.phrases.has(tokens[t.i + 2].key) && !lex.ambiguousPlaces.has(tokens[t.i + 2].key);
  if (placeAfter) return true;
  // (a work word in the clause before or after: "werkt bij de ah", "bij de hema een bijbaan")
  const workBefore = tokens.slice(Math.max(0, t.i - 9), t.i - 2).some((x, n, a) => LOWER_WORK_WORDS.has(x.low) && !a.slice(n).some((y) => /^[.!?;:]$/.test(y.t)) && !/\n/.test(text.slice(x.e, t.s)));
  const workAfter = tokens.slice(t.i + 1, t.i + 7).some((x, n, a) => LOWER_WORK_WORDS.has(x.low) && !a.slice(0, n).some((y) => /^[.!?;:,]$/.test(y.t)) && !/\n/.test(text.slice(t.e, x.s)));
  return workBefore || workAfter;
}
// Head words of a school that people leave off its name: "het da vinci (college)", "bij vista (college)", "het wolfert (dalton)".
const SCHOOL_NAME_HEADS = ["college", "lyceum", "scholengemeenschap", "gymnasium", "atheneum", "dalton"];
// Words of going to school in the clause of a school's short form: "doet mbo bij vista", "zit in 4 havo op het wolfert",
// "opleiding bij het da vinci".
const SCHOOL_CUE_WORDS = /^(?:school|opleiding|mbo|hbo|havo|vwo|vmbo|mavo|atheneum|klas|brugklas|leerling|leerjaar|mentor|examen|eindexamen|diploma|leerplicht|leerplichtig|studie|student|studeert|ingeschreven|geschorst|verzuim|spijbelt|spijbelen)$/;
// School names of the lexicon whose short form is an ordinary word: "zit op de horizon", "in de regio", "de zone".
const SCHOOL_SHORT_WORDS = /^(?:regio|zone|nova|prisma|atlas|horizon|linde|meander|radius|alfa|arte|id|mondial|penta|esprit|citadel|olympus|summa|hofstad|markland|libanon|montessori|dalton|christelijk|stedelijk|amsterdams|delfts|rijnlands|veluws|bataafs|goese|harens|udens|regius|marne|elde|vinse|soma|mundus)$/;
/** In lower-case writing, a school's name without its head word after "op/bij/naar (het)" in a school frame: "doet mbo
 * bij vista in heerlen", "zit in 4 havo op het wolfert", "gestopt met zn opleiding bij het da vinci" (the lexicon knows
 * "Vista College", "Da Vinci College", "Wolfert Dalton"). The short form is no word, place, first name or surname; "op
 * het" + a short form is the school idiom itself ("zit op het wolfert"), another preposition needs a school word in the clause
 * (session 30 B). */
function schoolShortForms(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (const t of tokens) {
    if (!t.word || t.cap || t.upper || t.low.length < 2 || !lex.institutions.firstWords.has(t.low) || !/^\p{Ll}+$/u.test(t.t)) continue;
    const p1 = tokens[t.i - 1];
    if (!p1 || text.slice(p1.e, t.s) !== " ") continue;
    const articled = p1.low === "het";
    const prep = articled ? tokens[t.i - 2] : p1;
    if (!prep || !/^(?:op|bij|naar)$/.test(prep.low) || (articled && text.slice(prep.e, p1.s) !== " ")) continue;
    if (!(ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i))) continue;
    // the longest run of up to three lower-case words + a school head that the lexicon knows
    let end = -1;
    for (let j = t.i; j < Math.min(tokens.length, t.i + 3); j++) {
      const w = tokens[j];
      if (!w.word || w.cap || w.upper || (j > t.i && text.slice(tokens[j - 1].e, w.s) !== " ")) break;
      const key = phraseKey(text.slice(t.s, w.e));
      if (SCHOOL_NAME_HEADS.some((h) => lex.institutions.phrases.has(`${key} ${h}`))) end = j;
    }
    if (end < 0) continue;
    const last = tokens[end];
    const key = phraseKey(text.slice(t.s, last.e));
    if (key.replace(/ /g, "").length < 4 || (end === t.i && t.low.length < 4)) continue;
    if (SCHOOL_SHORT_WORDS.test(key) || lex.common.has(key) || lex.places.phrases.has(key) || lex.places.phrases.has(t.key) || lex.firstNamesLower.has(t.low) || lex.surnames.has(capitalised(t.t)) || lex.ambiguousSurnames.has(capitalised(t.t)) || isNegative(lex, key) || DUTCH_WORD_RE.test(last.low) || ORDINARY_WORD_END.test(last.low)) continue;
    // (the name ends there: not "op het vista college", "bij de da vinci school", which other rules take whole)
    const nx = tokens[end + 1];
    if (nx?.word && text.slice(last.e, nx.s) === " " && !/^(?:in|te|en|of|maar|want|sinds|tot|geweest|gezeten|gegaan|gestopt|gezakt|geslaagd|gehad|zit|zat|is|was)$/.test(nx.low)) continue;
    if (/^[-@.]\p{L}/u.test(text.slice(last.e, last.e + 2))) continue;
    let cue = prep.low === "op" && articled;
    if (!cue) {
      // a school word in the clause, before (up to ten tokens) or after (up to six) the name
      for (let j = prep.i - 1; j >= Math.max(0, prep.i - 10) && !cue; j--) {
        if (/^[.!?;:]$/.test(tokens[j].t) || /\n/.test(text.slice(tokens[j].e, tokens[j + 1].s))) break;
        cue = SCHOOL_CUE_WORDS.test(tokens[j].low);
      }
      for (let j = end + 1; j < Math.min(tokens.length, end + 7) && !cue; j++) {
        if (/^[.!?;:]$/.test(tokens[j].t) || /\n/.test(text.slice(tokens[j - 1].e, tokens[j].s))) break;
        cue = SCHOOL_CUE_WORDS.test(tokens[j].low);
      }
    }
    if (cue) ctx.out.push({ s: t.s, e: last.e, label: "instelling", prio: PRIO.institutionLexicon });
  }
}
/** In lower-case writing, the first word of a multi-word lexicon organisation that the text names in full (in lower case)
 * is that organisation at its bare mentions after a preposition: "via otto workforce", then "contract via otto", "schoenen van
 * otto gekregen" (also when the word is a first name: the full name tells). Not a word (nor a Dutch word shape: "zorg en
 * zekerheid" leaves "met zorg" alone), place, particle, surname or head word (session 30 B). */
function lowerShortFormsOfNamedOrgs(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  let firsts: Set<string> | undefined;
  for (const t of tokens) {
    if (!t.word || t.cap || t.upper || t.low.length < 4 || !lex.institutions.firstWords.has(t.low) || !/^\p{Ll}+$/u.test(t.t)) continue;
    const nx = tokens[t.i + 1];
    if (!nx?.word || nx.cap || nx.upper || text.slice(t.e, nx.s) !== " ") continue;
    const end = matchPhrase(ctx, t.i, lex.institutions);
    if (end <= t.i || tokens.slice(t.i, end + 1).some((x) => x.cap || x.upper)) continue;
    const key = phraseKey(text.slice(t.s, tokens[end].e));
    if (lex.ambiguousInstitutions.has(key) || isNegative(lex, key) || lex.common.has(t.low) || lex.places.phrases.has(t.key) || PARTICLES.has(t.low) || lex.institutionHeads.phrases.has(t.key) || isNegative(lex, t.key) || lex.surnames.has(capitalised(t.t)) ||
      DUTCH_WORD_RE.test(t.low) || ORDINARY_WORD_END.test(t.low) || RELATIONS.has(t.low)) continue;
    (firsts ??= new Set()).add(t.low);
  }
  if (!firsts) return;
  for (const t of tokens) {
    if (!t.word || t.cap || t.upper || !firsts.has(t.low)) continue;
    const p1 = tokens[t.i - 1];
    const nx = tokens[t.i + 1];
    if (!p1 || text.slice(p1.e, t.s) !== " " || !/^(?:via|bij|van|naar|met|door)$/.test(p1.low) || /^[-@.]\p{L}/u.test(text.slice(t.e, t.e + 2))) continue;
    // (a bare mention: no word of the full name after it)
    if (nx?.word && text.slice(t.e, nx.s) === " " && matchPhrase(ctx, t.i, lex.institutions) > t.i) continue;
    if (!(ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i))) continue;
    ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionLexicon });
  }
}
// A trade or sector word in apposition after an employer: "werkte eerder bij tammeling, autobedrijf", "kan beginnen bij van
// mourik, fruitteelt".
const APPOSITION_TRADE = /^(?:\p{Ll}{3,}(?:bedrijf|teelt|handel|fabriek|kwekerij|winkel|zaak|garage|bakkerij|slagerij|groothandel)|bouw|transport|logistiek|schoonmaak|horeca|supermarkt|garage|bakkerij|slagerij|kwekerij|loonwerk|installatie|techniek|metaal|hoveniers)$/u;
// Pronouns and people words after "bij" that a trade apposition describes ("werkt bij haar, schoonmaakbedrijf" is her firm,
// no name).
const NOT_EMPLOYER_AFTER_BIJ = /^(?:haar|hen|hun|jullie|elkaar|zichzelf|iemand|niemand|anderen|familie|vrienden|kennissen|mensen|ouders|bedrijven|diverse|verschillende)$/u;
/** In lower-case writing, after an employer frame's "bij", a lower-case name (or a particle surname) with a trade word in
 * apposition closing the clause is the firm: "werkte eerder bij tammeling, autobedrijf", "beginnen bij van mourik, fruitteelt"
 * (no word, first name, place (a place after a particle is a surname: "van rossum"), relation or pronoun; session 30 B). */
function lowerFirmsBeforeTradeApposition(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (const b of tokens) {
    if (b.low !== "bij" || b.cap) continue;
    const start = tokens[b.i + 1];
    if (!start?.word || start.cap || start.upper || text.slice(b.e, start.s) !== " ") continue;
    let j = start.i;
    if (start.low === "van" || /^te[rn]$/.test(start.low)) {
      j++;
      if (start.low === "van" && /^(?:de|der|den)$/.test(tokens[j]?.low ?? "") && text.slice(tokens[j - 1].e, tokens[j].s) === " ") j++;
    }
    const nm = tokens[j];
    if (!nm?.word || nm.cap || nm.upper || !/^\p{Ll}{4,}$/u.test(nm.t) || (j > start.i && text.slice(tokens[j - 1].e, nm.s) !== " ")) continue;
    const comma = tokens[j + 1];
    const tr = tokens[j + 2];
    if (comma?.t !== "," || comma.s !== nm.e || !tr?.word || tr.cap || text.slice(comma.e, tr.s) !== " " || !APPOSITION_TRADE.test(tr.low) || !/^[ \t]*(?:[,.;:!?)]|\n|$)/.test(text.slice(tr.e, tr.e + 2))) continue;
    if (lex.common.has(nm.low) || lex.firstNamesLower.has(nm.low) || (j === start.i && lex.places.phrases.has(nm.key)) || isNegative(lex, nm.key) || RELATIONS.has(nm.low) || PARTICLES.has(nm.low) || NOT_EMPLOYER_AFTER_BIJ.test(nm.low) || lex.institutionHeads.phrases.has(nm.key) || ctx.speakers.has(nm.low)) continue;
    if (!(ctx.speakers.size > 0 || lowerCaseSentence(ctx, start.i)) || !frameWordBefore(ctx, start, FIRM_FRAME_WORDS.bij)) continue;
    // (below the context rank, so the name does not spread to its other mentions: "tammeling heeft er veel ontslagen" may
    // be the owner)
    ctx.out.push({ s: start.s, e: nm.e, label: "instelling", prio: PRIO.institutionContext - 1 });
  }
}
function lowerCaseOrgRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (const t of tokens) {
    // ("ggz" alone is the sector, a negative word; with a name after it, the head of a body: "ggz noordkust")
    // (nor a negative service word, unless it opens a longer lexicon name: "gezinsvoogd van jeugdbescherming west")
    // (nor a negative service compound, unless an article + a name follows it: "dagbesteding 't hofke in weert")
    if (!t.word || t.cap || t.upper || !/^\p{Ll}/u.test(t.t) || (ctx.negative[t.i] && !LOWER_SHORT_HEADS.has(t.low) && !(t.low.length >= 4 && matchPhrase(ctx, t.i, lex.institutions) > t.i) && !(LOWER_COMPOUND_HEAD.test(t.t) && /^(?:de|het|'t|’t)$/.test(ctx.tokens[t.i + 1]?.low ?? "")))) continue;
    const p1 = tokens[t.i - 1];
    const p1low = p1?.t === "(" ? "(" : (p1?.low ?? "");
    const articled = /^(?:de|het)$/.test(p1low);
    const before = articled ? (tokens[t.i - 2]?.low ?? "") : p1low;
    // A region or town, or a region's adjective, before a school compound or a medical centre it names: "salland vakcollege
    // in raalte", "westfries medisch centrum", "twents ziekenhuis" (lower-case writing only).
    const regionOrg = regionTypeOrgEnd(ctx, t);
    if (regionOrg > 0) {
      ctx.out.push({ s: t.s, e: regionOrg, label: "instelling", prio: PRIO.institutionHead });
      continue;
    }
    // Two partners' surnames joined by "&" in lower-case writing name their office or firm: "iemand van hermens & pouwels",
    // "brief van jansen & de bruin" (the first a known surname, the second no word, first name or town).
    if (t.low.length >= 4 && text.charCodeAt(t.e) === 32 && text.slice(t.e, t.e + 3) === " & " && (ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i))) {
      const cap = capitalised(t.t);
      const m = /^[ \t]+&[ \t]+((?:(?:van|de|der|den|ter|ten|te|vd)[ \t]+){0,2})(\p{Ll}{4,})(?![\p{L}&-])/u.exec(text.slice(t.e, t.e + 40));
      if (m && lex.surnames.has(cap) && !lex.ambiguousSurnames.has(cap) && !lex.common.has(t.low) && !lex.firstNamesLower.has(t.low) && !lex.firstNamesLower.has(tokens[t.i - 1]?.low ?? "") && !(tokens[t.i - 1] && tokens[t.i - 1].cap && /^[ \t]$/.test(text.slice(tokens[t.i - 1].e, t.s)))) {
        const w2 = m[2];
        const cap2 = capitalised(w2);
        if (!lex.common.has(w2) && !lex.firstNamesLower.has(w2) && !lex.places.phrases.has(w2) && !isNegative(lex, w2) && !RELATIONS.has(w2) && (lex.surnames.has(cap2) || lex.ambiguousSurnames.has(cap2) || !!m[1] || !ORDINARY_WORD_END.test(w2))) {
          ctx.out.push({ s: t.s, e: t.e + m[0].length, label: "instelling", prio: PRIO.institutionHead });
          continue;
        }
      }
    }
    // A church named by a biblical word or a saint in one lower-case compound: "de bethelkerk", "in de sint-michaëlkerk"
    // (not a church named by a common word or its place: "dorpskerk", "hoofdkerk", "noorderkerk" is a word of the lexicon).
    if (t.low.length >= 9 && t.low.endsWith("kerk") && (ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i))) {
      const m = /^(?:sint-)?(\p{Ll}{4,})kerk$/u.exec(t.t);
      const stem = m?.[1] ?? "";
      if (m && !lex.common.has(t.low) && !lex.places.phrases.has(t.key) && !isNegative(lex, t.key) && !lex.common.has(stem) && !lex.common.has(stem.replace(/s$/u, "")) && !lex.places.phrases.has(stem) && !lex.places.phrases.has(stem.replace(/s$/u, "")) &&
          !/^(?:noord|zuid|oost|west)(?:er)?$|^(?:dorp|stad|hoofd|parochie|moeder|huis|buurt|wijk|kloost)/u.test(stem) && !/(?:er|e|en|s)$/u.test(stem)) {
        ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionHead });
        continue;
      }
    }
    // "gebr moonen", "gebr. wolters veevoeders", "pluimveebedrijf gebr. ter brake": the brothers' firm (see lowerBrothersFirm).
    if (/^(?:gebr|gebrs|gebroeders)$/.test(t.low)) {
      const firm = lowerBrothersFirm(ctx, t.i);
      if (firm) {
        ctx.out.push({ s: firm[0], e: firm[1], label: "instelling", prio: PRIO.institutionHead });
        continue;
      }
    }
    // A bank's or chain's short form in lower-case writing (session 29 G; see lowerChainShortForm): "de afschriften van de
    // rabo", "de rabo wil meewerken", "geblokkeerd door abn", "uren draaien bij de ah", "naar de hema in gouda".
    if (t.low.length <= 5 && (ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i)) && lowerChainShortForm(ctx, t, articled, before)) {
      ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionLexicon });
      continue;
    }
    // A housing corporation written head first in lower-case writing after a preposition (session 29 G): "wonen" + a coined
    // word or a region ("brief van wonen wetland", "bij wonen limburg"), a "woon" compound that is no word + a region or town
    // ("huur bij woongoed mijnstreek"; not "woonplaats utrecht", "woonwijk", "woonkamer").
    if ((t.low === "wonen" || /^woon\p{Ll}{3,}$/u.test(t.low)) && /^(?:bij|van|via|naar|door|met|aan)$/.test(p1low) && (ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i))) {
      const nx = tokens[t.i + 1];
      if (nx?.word && !nx.cap && !nx.upper && text.slice(t.e, nx.s) === " " && wordStandsAlone(ctx, nx)) {
        const region = lex.places.phrases.has(nx.key) && !lex.ambiguousPlaces.has(nx.key) && !lex.abroad.has(nx.key);
        const ok = t.low === "wonen" ? region || coinedLowerWord(ctx, nx) : region && !lex.common.has(t.low) && !isNegative(lex, t.key) && !ORDINARY_WORD_END.test(t.low) && !WOON_WORDS.test(t.low);
        if (ok) {
          ctx.out.push({ s: t.s, e: nx.e, label: "instelling", prio: PRIO.institutionHead });
          continue;
        }
      }
    }
    // Lexicon organisation.
    const end = t.low.length >= 3 ? matchPhrase(ctx, t.i, lex.institutions) : -1;
    if (end >= t.i && !tokens.slice(t.i, end + 1).some((x) => x.cap || x.upper) && text.slice(tokens[end].e, tokens[end].e + 1) !== "-") {
      const key = phraseKey(text.slice(t.s, tokens[end].e));
      const multi = end > t.i;
      // (also in brackets right after a person's capitalised name, in a list of who was there: "Nadia (mondriaan), Joyce
      // (woonpunt)"; session 30 B)
      const afterName = p1low === "(" && !!tokens[t.i - 2]?.cap && /^\p{Lu}\p{Ll}+$/u.test(tokens[t.i - 2].t) && text.slice(tokens[t.i - 2].e, p1.s) === " " && text.charAt(tokens[end].e) === ")" && (lex.firstNames.has(tokens[t.i - 2].t) || lex.surnames.has(tokens[t.i - 2].t));
      const announced = (p1low === "(" && LOWER_ORG_ANNOUNCERS.has(tokens[t.i - 2]?.low ?? "")) || LOWER_ORG_ANNOUNCERS.has(p1low) || afterName;
      const prep = (!articled && ORG_PREPS.has(p1low)) || (articled && p1low === "het" && /^(?:in|naar|bij|uit|van|op)$/.test(before)) ||
        (multi && !articled && /^(?:van|naar|op|met|door|voor)$/.test(p1low)) ||
        (!articled && p1low === "van" && LOWER_ORG_OF_NOUNS.has(tokens[t.i - 2]?.low ?? "")) ||
        // (a known first name + "van": "met willeke van leystromen", "teun van humanitas")
        (!articled && p1low === "van" && !!tokens[t.i - 2]?.word && lex.firstNamesLower.has(tokens[t.i - 2].low) && !lex.common.has(tokens[t.i - 2].low) && text.slice(tokens[t.i - 2].e, p1.s) === " ");
      const place = lex.places.phrases.has(key);
      // A multi-word name whose first word is a place or an organisation itself needs no cue before a sector word:
      // "vechtdal college in dedemsvaart"; only such a name may end in a common word ("vechtdal wonen", not "samen wonen").
      const placeFirst = multi && (lex.places.phrases.has(t.key) || (lex.institutions.phrases.has(t.key) && !lex.ambiguousInstitutions.has(t.key)));
      const sectorEnd = placeFirst && /^(?:college|wonen|ziekenhuis|lyceum|zorg|zorggroep|groep)$/.test(tokens[end].low);
      // (a compass word may end a multi-word name: "jeugdbescherming west", "ggz noord")
      const wordLike = lex.ambiguousInstitutions.has(key) || isNegative(lex, key) || lex.common.has(key) || (lex.common.has(tokens[end].low) && !placeFirst && !(multi && DIRECTION_DISTRICT_LOWER.test(tokens[end].low))) ||
        (!multi && (lex.firstNamesLower.has(t.low) || lex.surnames.has(capitalised(t.t)) || lex.ambiguousSurnames.has(capitalised(t.t))));
      // In a capitalised sentence only a bare "bij"/"via" announces a lower-case lexicon name ("werkt als matroos bij
      // boskalis", "werkt via flexstaff"); after an article or another preposition it is the ordinary word there ("Het
      // schip ligt in het dok", "Ze gaat bij het leger des heils langs"). Lower-case writing (a chat, a lower-case
      // sentence) takes every preposition.
      const lowerWriting = ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i) || (!articled && ORG_PREPS.has(p1low));
      if (!wordLike && (announced || sectorEnd || (prep && lowerWriting && (!place || (!articled && ORG_PREPS.has(p1low)))))) {
        ctx.out.push({ s: t.s, e: tokens[end].e, label: "instelling", prio: PRIO.institutionLexicon });
        continue;
      }
      // An employer or chain that is also a word or a first name, after "bij (de)" in a work frame, before "in"/"te" + a
      // place: "inkomsten bij de hema in terneuzen", "werkt nu bij yara in sluiskil", "aangemeld bij hanos in zwolle".
      // (also with the work word after it, "of hij bij jumbo in vlijmen kan vakkenvullen"; and without the place when the
      // name is no first name or surname, "werkt zaterdag bij jumbo", "heeft een baan bij de hema": in lower-case writing a
      // chain or employer after "bij" in a work clause is where someone works, not a brand)
      const workBefore = tokens.slice(Math.max(0, t.i - 8), t.i - (articled ? 2 : 1)).some((x, n, a) => LOWER_WORK_WORDS.has(x.low) && !a.slice(n).some((y) => /^[.!?;:]$/.test(y.t)));
      const workAfter = tokens.slice(end + 1, end + 7).some((x, n, a) => LOWER_WORK_WORDS.has(x.low) && !a.slice(0, n).some((y) => /^[.!?;:,]$/.test(y.t)));
      // (also a payslip or wage "van" it: "de loonstroken van hanos", "loonstrookjes van de jumbo"; not "een tas van de hema")
      const payslip = (k: number) => /^(?:loonstrook|loonstrookje|loonstroken|loonstrookjes|salaris|loon|jaaropgave|jaaropgaaf|arbeidscontract)$/.test(tokens[k]?.low ?? "");
      const framed = articled ? p1low === "de" && (before === "bij" || (before === "van" && payslip(t.i - 3))) : p1low === "bij" || (p1low === "van" && payslip(t.i - 2));
      if (lex.ambiguousInstitutions.has(key) && framed && !isNegative(lex, key) && !lex.common.has(key) && !lex.common.has(tokens[end].low) && (workBefore || workAfter)) {
        const placeAfter = /^(?:in|te)$/.test(tokens[end + 1]?.low ?? "") && !!tokens[end + 2] && lex.places.phrases.has(tokens[end + 2].key);
        const noName = !multi && !lex.firstNamesLower.has(t.low) && !lex.surnames.has(capitalised(t.t)) && !lex.ambiguousSurnames.has(capitalised(t.t)) && !lex.places.phrases.has(t.key) && workBefore && (ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i));
        if (placeAfter || noName) {
          ctx.out.push({ s: t.s, e: tokens[end].e, label: "instelling", prio: PRIO.institutionLexicon });
          continue;
        }
      }
    }
    // A lower-case head word + its name in chat writing: "contract bij strandpaviljoen de kwelder loopt", "werkt bij hotel
    // oerdyk", "bakkerij van der meulen in raalte", "schutterij sint-sebastianus in merkelbeek" (see lowerHeadNameEnd);
    // no article or other determiner before the head ("in het hotel de sleutel gehaald" is a room key).
    // (Not an agency or sector noun, which describes the firm named after it: "via uitzendbureau haventalent" names
    // "haventalent", see coinedFirmFrame.)
    // (After "de"/"het" only a surname or coined name, "de houthandel ruitenberg dreigt"; a short care or school head or a
    // club abbreviation too: "ggz noordkust", "roc de peel", "vv de koempels".)
    const clubAbbr = LOWER_CLUB_ABBR.has(t.low) && !articled;
    // (not a Turkish head, which follows its name: "Zadkine okulundan", so "okulu bıraktı" is "left school")
    const turkishHead = /^(?:okulu|lisesi)$/.test(t.low);
    if (!turkishHead && (t.low.length >= 4 || LOWER_SHORT_HEADS.has(t.low) || clubAbbr) && (!LOWER_HEAD_DETERMINERS.has(p1low) || articled) && (LOWER_COMPOUND_HEAD.test(t.t) || clubAbbr || ((!LOWER_HEAD_TOO_GENERIC.has(t.low) || (/^(?:praktijk|centrum)$/.test(t.low) && topoCompoundName(ctx, tokens[t.i + 1]))) && !CAPITAL_ONLY_HEADS.has(t.low) && !/^(?:uitzendbureaus?|uitzender|werkgever|verhuurder|(?:woning)?corporatie)$/.test(t.low) && !SECTOR_HEADS.test(t.low) && matchPhrase(ctx, t.i, lex.institutionHeads) === t.i)) &&
        !(p1 && /^\p{Ll}{3,}e$/u.test(p1.t) && !PARTICLES.has(p1.low)) && (ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i))) {
      const saint = /^[ \t]sint-\p{Ll}{3,}(?=[ \t]*(?:[,.;:!?)]|\n|$|[ \t](?:in|te|uit|op|bij|van|en)(?![\p{L}])))/u.exec(text.slice(t.e, t.e + 40));
      const ne = saint ? -1 : Math.max(lowerHeadNameEnd(ctx, t.i, articled), chatHeadNameEnd(ctx, t.i, articled));
      if (saint || ne > t.i) {
        ctx.out.push({ s: t.s, e: saint ? t.e + saint[0].length : tokens[ne].e, label: "instelling", prio: PRIO.institutionHead });
        continue;
      }
    }
    // A coined one-word firm in lower-case writing, announced as an employer or creditor: "bijbaan bij bommelbouw",
    // "werkt daar ook bij logivoort", "afgesloten door noordstroom", "incasso namens telenoord", "contract gehad van
    // transvalk", "via uitzendbureau haventalent". Not an ordinary word in the same frame: a name, place, relation, role or
    // service, nor a word with a Dutch inflection ("lening bij vrienden", "afgesloten door wanbetaling", "contract van
    // onbepaalde tijd").
    // (No "continue": a longer name the rules below find wins, "bij grondverzet dekker".)
    if (coinedFirmFrame(ctx, t) || (framedFamilyFirms(ctx).has(t.low) && lowerFamilyFirm(ctx, t))) ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionContext });
    // A town's name between an employer frame's "bij" and "in"/"te" + another town is a firm named after it (or its
    // owner): "ze is begonnen bij zwanenburg in rijnsburg" (no town lies in another; not "werkt bij zwanenburg", the
    // village, nor a first name or relation; session 30 B).
    else if (p1low === "bij" && t.low.length >= 5 && /^\p{Ll}+$/u.test(t.t) && lex.places.phrases.has(t.key) && !lex.abroad.has(t.key) && !REGION_ONLY.has(t.key) && !lex.firstNamesLower.has(t.low) && !lex.common.has(t.low) && !RELATIONS.has(t.low) &&
      townAfterAt(ctx, t.i + 1) && tokens[t.i + 2].key !== t.key && !lex.abroad.has(tokens[t.i + 2].key) && text.slice(t.e, tokens[t.i + 1].s) === " " && (ctx.speakers.size > 0 || lowerCaseSentence(ctx, t.i)) && frameWordBefore(ctx, t, FIRM_FRAME_WORDS.bij))
      ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionHead });
    // A lower-case "ter"/"ten" + a name in an employer frame or after a trade word is the family firm: "30 jaar bij ter
    // weeme gestaan", "loonstrook van ter brugge", "broodje bij bakkerij ter haar" (after a trade word the name may be a
    // word or a town, as no pronoun or town follows "ter"); not a phrase "ter plaatse", "ter info", nor the village "ter apel".
    if (/^te[rn]$/.test(t.low) && lowerFirmTer(ctx, t)) continue;
    // (session 29 G) likewise "de" + a surname in an employer frame: "deel van je loon van de vries", "werkt bij de
    // jong" (a surname, also one that is a word or a town, but no common word, trade in -er, first name or place).
    if (t.low === "de" && lowerFirmDe(ctx, t)) continue;
    // A lower-case sports-club abbreviation + a place after bij/van/voor/naar: "de voetbal bij rksv heino", "lid van vv emmen".
    if (LOWER_CLUB_ABBR.has(t.low) && /^(?:bij|van|voor|naar)$/.test(p1low) && text.slice(t.e, tokens[t.i + 1]?.s ?? 0) === " ") {
      const pl = tokens[t.i + 1];
      if (pl.word && !pl.cap && lex.places.phrases.has(pl.key)) {
        ctx.out.push({ s: t.s, e: pl.e, label: "instelling", prio: PRIO.institutionLexicon });
        continue;
      }
    }
    // A lower-case trade compound + particle + the owner's surname after bij/via/voor/van: "bij fruitbedrijf van wijk".
    // (also opening a clause before a verb the firm does: "loonwerk van de bunt heeft nog plek")
    const tradeHead = LOWER_TRADE_COMPANY.test(t.t) || LOWER_TRADE_FIRST.test(t.t);
    let j = t.i + 1;
    if (tradeHead) while (j < t.i + 3 && PARTICLES.has(tokens[j]?.low ?? "") && !tokens[j].cap && text.slice(tokens[j - 1].e, tokens[j].s) === " ") j++;
    if (tradeHead && (LOWER_OWNER_ANNOUNCERS.has(p1low) || (opensClauseAt(text, t.s) && LOWER_ORG_VERBS.has(tokens[j + 1]?.low ?? "")))) {
      const ow = tokens[j];
      // (also a town after "van", as Dutch surnames are: "bij kwekerij van haren werkt")
      const townSurname = j === t.i + 2 && tokens[t.i + 1].low === "van" && lex.places.phrases.has(ow?.key ?? "") && !lex.abroad.has(ow?.key ?? "");
      // (after two particles, "van de"/"van der", any name word that is no word of the lexicon or plural: "loonwerk van de
      // bunt heeft nog plek"; not "transport van de kinderen", "bakkerij van de markt")
      const twoParticles = j === t.i + 3 && t.low !== "transport" && !!ow?.word && /^\p{Ll}{3,}$/u.test(ow.t) && !/(?:en|s)$/u.test(ow.low) && !ORDINARY_WORD_END.test(ow.low) && !isNegative(lex, ow.key) && !lex.places.phrases.has(ow.key) && !DUTCH_WORD_RE.test(ow.low) && !/^(?:hoek|straat|buurt|markt|wijk|overkant|dorp|stad|zaak|baas|week|dag|maand|familie)$/u.test(ow.low);
      if (j > t.i + 1 && ow?.word && !ow.cap && ow.low.length >= 3 && text.slice(tokens[j - 1].e, ow.s) === " " && (lex.surnames.has(capitalised(ow.t)) || lex.ambiguousSurnames.has(capitalised(ow.t)) || townSurname || twoParticles) &&
        !lex.firstNamesLower.has(ow.low) && !lex.common.has(ow.low) && !LEGAL_FORM.test(text.slice(ow.e, ow.e + 16)) && !/^[ \t]+(?:bv|b\.v\.|vof|v\.o\.f\.)(?![\p{L}])/iu.test(text.slice(ow.e, ow.e + 10))) {
        ctx.out.push({ s: t.s, e: ow.e, label: "instelling", prio: PRIO.institutionHead });
        continue;
      }
    }
    // A lower-case trade word + the owner's surname (no particle) after bij/via/voor/van: "bij bakkerij brookhuis in ootmarsum",
    // "bij grondverzet dekker uit vaassen", "van tuinderij hoek en zn". A known surname (no first name, place or word), or an
    // unknown one with a surname ending before "in/uit" + a place; a word-like surname only before "en zn"/"& zonen".
    if (tradeHead && LOWER_OWNER_ANNOUNCERS.has(p1low)) {
      const ow = tokens[t.i + 1];
      if (ow?.word && !ow.cap && !ow.upper && /^\p{Ll}{4,}$/u.test(ow.t) && text.slice(t.e, ow.s) === " " && !PARTICLES.has(ow.low) && !lex.firstNamesLower.has(ow.low) &&
          !lex.places.phrases.has(ow.key) && !isNegative(lex, ow.key) && !lex.common.has(capitalised(ow.t))) {
        const sons = /^[ \t]+(?:en|&)[ \t]+(?:zn|zonen)(?![\p{L}])\.?/u.exec(text.slice(ow.e, ow.e + 14));
        // (or closing the clause: "werkte toen bij scheepswerf hoogenkamp, dat weet ik nog")
        const placeAfter = (/^(?:in|uit|te)$/.test(tokens[t.i + 2]?.low ?? "") && !!tokens[t.i + 3] && lex.places.phrases.has(tokens[t.i + 3].key)) || /^[ \t]*(?:[,.;!?]|\n|$)/.test(text.slice(ow.e, ow.e + 2));
        const cap = capitalised(ow.t);
        const known = lex.surnames.has(cap) && !lex.ambiguousSurnames.has(cap);
        // (also a genitive surname in -ens closing the clause: "werkt bij transportbedrijf gerritsens.")
        const surnameEnd = LOWER_SURNAME_END.test(ow.low) || /[^aeiou]ens$/u.test(ow.low);
        // (an unknown surname with a patronymic, Frisian or place-name ending needs no place after it: "rutger van
        // installatiebedrijf harmsen", "toon van loonbedrijf beerens heeft gebeld", "die van bouwbedrijf roelfsema")
        const ownerEnd = ow.low.length >= 6 && (LOWER_OWNER_SURNAME_END.test(ow.low) || /[^aeiou]ens$/u.test(ow.low)) && !/(?:ing|huis|veld|kamp)$/u.test(ow.low);
        if (known || ((ownerEnd || (placeAfter && surnameEnd)) && !lex.ambiguousSurnames.has(cap) && !lex.common.has(ow.low)) || (sons && lex.ambiguousSurnames.has(cap))) {
          ctx.out.push({ s: t.s, e: sons ? ow.e + sons[0].length : ow.e, label: "instelling", prio: PRIO.institutionHead });
          continue;
        }
      }
    }
    // Owner's surname + trade word.
    let k = t.i;
    while (k < t.i + 2 && PARTICLES.has(tokens[k]?.low ?? "") && !tokens[k].cap && text.slice(tokens[k].e, tokens[k + 1]?.s ?? 0) === " ") k++;
    const nm = tokens[k];
    const trade = nm ? tokens[k + 1] : undefined;
    if (!nm || !trade || nm.cap || !trade.word || trade.cap || nm.low.length < 3 || text.slice(nm.e, trade.s) !== " " || !(LOWER_OWNER_TRADE.test(trade.low) || COINED_FIRM_TRADE.test(trade.low))) continue;
    const capNm = capitalised(nm.t);
    const strong = LOWER_OWNER_STRONG_TRADE.test(trade.low) && k === t.i && nm.low.length >= 4 && /^\p{Ll}+$/u.test(nm.t) && !lex.common.has(capNm);
    // (an unknown word with a surname ending too: "veur wansink transport", "bij brookhuis bouw"; also a genitive or
    // patronymic ending, "gevers pluimvee", "kuypers vlees", "harmsen bouw", and -berg/-veen/-hoorn: "olsthoorn orchideeën")
    const goods = LOWER_OWNER_GOODS_RE.test(trade.low);
    const ownerEnd = nm.low.length >= 5 && LOWER_OWNER_SURNAME_END.test(nm.low) && !lex.ambiguousSurnames.has(capNm) && !lex.places.phrases.has(nm.key) && !lex.firstNamesLower.has(nm.low);
    // (a surname that is also a word before goods or farm work: "bij vos groenten", "kok akkerbouw"; no plain adjective:
    // "bij vers fruit", "oud gebak")
    const goodsOwner = k === t.i && goods && lex.ambiguousSurnames.has(capNm) && !PLAIN_GOODS_ADJECTIVE.test(nm.low);
    // (also before a trade compound, which no adjective or word takes without an article: "bij vos koeltransport",
    // "kok installatietechniek"; session 29 G)
    // (a town that is also a known surname, opening a clause before a verb the firm does: "hoogland karton gaat
    // reorganiseren"; session 29 G)
    // (no activity a town also has: "hoogland bouw gaat door")
    const townOwnerOpens = k === t.i && nm.low.length >= 5 && !/^(?:bouw|transport|transporten|vervoer|logistiek|verhuur|schoonmaak|installatie|techniek|sloop|infra|incasso|vlees|kaas|zuivel|fruit|groente|groenten)$/u.test(trade.low) && lex.surnames.has(capNm) && !lex.ambiguousSurnames.has(capNm) && lex.places.phrases.has(nm.key) && opensClauseAt(text, t.s) && /^(?:gaat|ging|heeft|had|zoekt|zocht|wil|neemt|biedt|sluit)$/.test(tokens[k + 2]?.low ?? "") && text.slice(trade.e, tokens[k + 2]?.s ?? 0) === " ";
    const compoundOwner = k === t.i && /^\p{Ll}{3,}(?:bedrijf|transport|techniek|bouw|service)$/u.test(trade.low) && lex.ambiguousSurnames.has(capNm) && !PLAIN_GOODS_ADJECTIVE.test(nm.low) && !lex.places.phrases.has(nm.key);
    const surname = ((lex.surnames.has(capNm) || (LOWER_SURNAME_END.test(nm.low) && !lex.ambiguousSurnames.has(capNm))) && (k > t.i || (nm.low.length >= 5 && !lex.places.phrases.has(nm.key)))) || (k > t.i && lex.ambiguousSurnames.has(capNm)) ||
      (strong && (lex.surnames.has(capNm) || lex.ambiguousSurnames.has(capNm) || lex.places.phrases.has(nm.key))) || ownerEnd || goodsOwner || compoundOwner || townOwnerOpens;
    // A coined word or a region before a trade of its own: "werkt bij duinvonk schoonmaak", "brief van tulvarn seeds",
    // "nachtdienst bij twente reiniging" (no word, name or inflected word: not "bij eigen personeel", "van grondige reiniging").
    const coined = !surname && k === t.i && COINED_FIRM_TRADE.test(trade.low) && coinedTradeName(ctx, nm, trade);
    // (after a particle any name word before a legal office: "vd boom gerechtsdeurwaarders")
    const particleOffice = k > t.i && LOWER_LEGAL_FIRM_TRADE.test(trade.low) && /^\p{Ll}{3,}$/u.test(nm.t) && !lex.places.phrases.has(nm.key);
    // (after its particles any surname, also one that is a word or a town, "de vries gieterij in ulft", or a name word of no
    // lexicon after a particle other than a bare "de": "ten hag bouw in zeddam"; session 29 G)
    const particleOwner = k > t.i && (lex.surnames.has(capNm) || lex.ambiguousSurnames.has(capNm) || (!(k === t.i + 1 && tokens[t.i].low === "de") && /^\p{Ll}{3,}$/u.test(nm.t) && !lex.places.phrases.has(nm.key) && !ORDINARY_WORD_END.test(nm.low)));
    const townAfter = townAfterAt(ctx, k + 2);
    if (!(surname || coined || particleOffice || (particleOwner && townAfter)) || lex.firstNamesLower.has(nm.low) || lex.common.has(nm.low) || isNegative(lex, nm.key)) continue;
    // (a plain adjective without a particle describes the firm, also when it is a surname: "bij klein transportbedrijf",
    // "bij groot bouwbedrijf"; session 30 B)
    if (k === t.i && plainAdjective(nm.low)) continue;
    const opens = opensClauseAt(text, t.s) && LOWER_ORG_VERBS.has(tokens[k + 2]?.low ?? "");
    // (a surname + a plural of a legal profession is a firm wherever it stands: "dat dijkhuis deurwaarders weer schreef")
    // (or a known surname + trade before "in"/"uit"/"te" + a town: "kuypers vlees in boxmeer zet mensen in")
    // (an occupation after "de" is no owner before goods: "bij de boer kaas halen")
    if (k > t.i && tokens[t.i].low === "de" && (goods || /^(?:vlees|vleeswaren|pluimvee|kaas|zuivel|veevoer|veevoeders)$/u.test(trade.low))) continue;
    const placeAfter = ((lex.surnames.has(capNm) && !lex.ambiguousSurnames.has(capNm)) || ownerEnd || goodsOwner || particleOwner) && townAfter;
    // (a legal office after its particle surname too: "dat is vd boom gerechtsdeurwaarders")
    // (after "met" only a known surname that is no word: "ervaring met kroeze metaal?"; session 29 G)
    const withOwner = p1low === "met" && k === t.i && lex.surnames.has(capNm) && !lex.ambiguousSurnames.has(capNm) && nm.low.length >= 4 && !lex.places.phrases.has(nm.key);
    if (!(LOWER_OWNER_ANNOUNCERS.has(p1low) || withOwner || opens || townOwnerOpens || placeAfter || ((strong || (k > t.i && (surname || particleOffice))) && LOWER_LEGAL_FIRM_TRADE.test(trade.low)))) continue;
    // "brinkman bouw & onderhoud", "hoek transport en zn": a second trade word joined by "&"/"en" belongs to the name.
    let e = trade.e;
    const and = /^[ \t]+(?:&|en)[ \t]+(\p{Ll}+)(?![\p{L}])/u.exec(text.slice(e, e + 30));
    if (and && LOWER_OWNER_TRADE_AND.test(and[1])) e += and[0].length;
    ctx.out.push({ s: t.s, e, label: "instelling", prio: PRIO.institutionHead });
  }
}

// "bij van raalte & zn. in dinxperlo", "deurwaarder hermans en partners", "brief van de boer & zonen": in lower-case writing
// an owner's surname (after its particles) + "&"/"en" + "zn"/"zonen"/"partners" is the family firm or office; the surname
// a known one or one with a surname ending, no first name, word or (without a particle) place.
const LOWER_PARTNERS_RE = /(?<![\p{L}'’-])((?:(?:van|de|der|den|ter|ten|vd|v\.d\.)[ \t]+){0,3})(\p{Ll}[\p{Ll}'’-]{2,})[ \t]+(?:&|en)[ \t]+(?:zn\.|zn(?![\p{L}.])|zonen(?![\p{L}])|partners(?![\p{L}]))/gu;
const LOWER_PARTNERS_GUARD = ["zn", "zonen", "partners"];
function lowerPartnersFirms(ctx: Ctx) {
  const { text, lex } = ctx;
  for (const m of allMatches(LOWER_PARTNERS_RE, text)) {
    const w = m[2];
    const cap = capitalised(w);
    const particle = m[1].length > 0;
    const known = lex.surnames.has(cap) || (particle && (lex.ambiguousSurnames.has(cap) || lex.places.phrases.has(w))) || (w.length >= 5 && LOWER_OWNER_SURNAME_END.test(w) && !lex.places.phrases.has(w));
    if (!known || lex.common.has(w) || (!particle && (lex.firstNamesLower.has(w) || lex.places.phrases.has(w))) || isNegative(lex, w) || ctx.speakers.has(w)) continue;
    // ("zn" is also "zijn" before a noun: "jansen en zn vrouw"; the firm's "zn" closes the phrase)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/zn$/.test(m[0]) && !/^(?:[ \t]*(?:[,.;:!?)]|\n|$)|[ \t]+(\p{Ll}+))/u.test(after)) continue;
    const nextWord = /^[ \t]+(\p{Ll}+)/u.exec(after)?.[1];
    if (/zn$/.test(m[0]) && nextWord && !LOWER_HEAD_NAME_END.has(nextWord)) continue;
    // (a lone "van" before a surname known alone is the preposition: "brief van jansen en zonen")
    const s0 = /^van[ \t]+$/.test(m[1]) && lex.surnames.has(cap) && !lex.places.phrases.has(w) ? m.index + m[1].length : m.index;
    // (lower-case writing only: a capitalised sentence spells its firms with capitals)
    if (!(ctx.speakers.size > 0 || /\p{Ll}/u.test(text.charAt(m.index)) && !/\p{Lu}/u.test(m[0]))) continue;
    ctx.out.push({ s: s0, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead });
  }
}
// Verbs of consulting before "met" + a name in a chat: "overleg met mark", "gebeld met kees", "afgestemd met piet".
const CONSULT_BEFORE_MET = new Set("overleg overleggen overlegd overlegt gesproken spreek spreken sprak bel bellen belde gebeld afgestemd afstemmen stem sparren spar contact afspraak app appen geappt mail mailen gemaild".split(" "));
// Endings of Bulgarian, Russian, Romanian, Serbian/Croatian and Polish surnames (no Dutch word ends like this).
const EAST_SURNAME_END = /(?:ov|ova|ev|eva|escu|eanu|ić|vic|ski|ska|cki|cka|wicz|czyk|enko|chuk)$/u;
// Articles, demonstratives, possessives and quantity words that make the next word a noun ("deze winter", "goede hoop").
const NAME_NOUN_BEFORE = new Set("de het een deze dit geen goede weinig veel elke iedere mijn zijn haar jouw onze hun afgelopen vorige komende hele".split(" "));
const CHAT_MONTH_BEFORE = new Set(["in", "sinds", "eind", "begin", "half", "medio", "vanaf", "per", "tot", "na", "voor", "eerder", "afgelopen", "vorige", "komende", "t/m"]);
// "van het juridisch loket", "van de gemeente": a person's service or employer after a lower-case first name.
const OF_SERVICE_AFTER = /^[ \t]+van[ \t]+(?:het|de)[ \t]+(?:juridisch[ \t]+loket|sociaal[ \t]+(?:loket|team|raadslieden)|gemeente|wijkteam|buurtteam|jeugdteam|voedselbank|schuldhulp\p{Ll}*|kredietbank|woningcorporatie|corporatie|thuiszorg|huurcommissie|reclassering|ggz)(?![\p{L}])/u;
function chatNames(ctx: Ctx) {
  const { tokens, lex } = ctx;
  if (!ctx.speakers.size) return;
  // Speakers' first names of 6+ letters, whose first 4+ letters may be used as a nickname ("Soufiane" → "souf").
  const longSpeakers = [...ctx.speakers].filter((n) => n.length >= 6 && /^\p{Ll}+$/u.test(n));
  for (const t of tokens) {
    if (!t.word || t.cap || ctx.negative[t.i]) continue;
    // "of mehmet's uitkering nog loopt", "sanne's dossier": a speaker's or a lexicon first name (4+ letters,
    // no word) with a possessive "'s" is that person; the span stops before the "'s".
    const possessive = /^(\p{Ll}{3,})['’]s$/u.exec(t.t);
    if (possessive && (ctx.speakers.has(possessive[1]) || (possessive[1].length >= 4 && lowerFirstOk(lex, possessive[1]) && !CHAT_NAME_WORDS.has(possessive[1])))) {
      ctx.out.push({ s: t.s, e: t.s + possessive[1].length, label: "persoon", prio: PRIO.personContext - 1 });
      continue;
    }
    // A nickname only in address position: after thanks/greeting, or closing the clause ("thx souf!", "souf, kun jij").
    // Also a three-letter start addressing someone at the opening of a message ("Kees: yas had je …" for yasmina).
    // (Also four letters: "Kim: daph let op" for daphne.)
    const opensMessage = longSpeakers.length > 0 && (t.low.length === 3 || t.low.length === 4) && tokens[t.i - 1]?.t === ":" && ctx.speakers.has(tokens[t.i - 2]?.low ?? "") && /(?:^|\n)(?:\[[^\]\n]*\][ \t]*)?[\p{L}-]+:[ \t]*$/u.test(ctx.text.slice(Math.max(0, t.s - 40), t.s));
    // "thx fen" (Fenna): a three-letter start of a five-letter speaker's name after thanks or a greeting.
    // Also "thx dil" (dilara), "top thx naim" (naima): any shortened start of a speaker's name of five or more letters.
    const thanked = t.low.length >= 3 && CHAT_VOCATIVE_BEFORE.has(tokens[t.i - 1]?.low ?? "") && !SHORT_FUNCTION_WORDS.has(t.low) && /^[ \t]*(?:[,!?.]|$|\n)/.test(ctx.text.slice(t.e, t.e + 2)) && [...ctx.speakers].some((n) => n.length >= 5 && n.length > t.low.length && /^\p{Ll}+$/u.test(n) && n.startsWith(t.low));
    const nickname = (longSpeakers.length > 0 || thanked) && (t.low.length >= 4 || opensMessage || thanked) && !ctx.speakers.has(t.low) && (thanked || longSpeakers.some((n) => n.length >= t.low.length + 2 && n.startsWith(t.low))) &&
      !lex.common.has(t.low) && !LOWER_NAME_WORDS.has(t.low) && !isNegative(lex, t.key) && !lex.places.phrases.has(t.key) &&
      (opensMessage || CHAT_VOCATIVE_BEFORE.has(tokens[t.i - 1]?.low ?? "") || /^[ \t]*(?:[,!?]|$|\n)/.test(ctx.text.slice(t.e, t.e + 2)));
    // A two-letter short form after thanks or a greeting, closing the line: the initials of a hyphenated speaker ("thx gj"
    // for gert-jan) or the start of a speaker's name ("top es" for esmee).
    // Also opening a message before "heb/kun/ben jij": "lotte: mo heb jij even?" (mohammed).
    const addressed = tokens[t.i - 1]?.t === ":" && ctx.speakers.has(tokens[t.i - 2]?.low ?? "") && /^(?:heb|kun|kan|wil|ben|weet|ga|zou|mag|had|kon|wist)$/.test(tokens[t.i + 1]?.low ?? "") && /^(?:jij|je)$/.test(tokens[t.i + 2]?.low ?? "");
    const shortForm = t.low.length === 2 && /^\p{Ll}{2}$/u.test(t.t) && !SHORT_FUNCTION_WORDS.has(t.low) && !lex.common.has(t.low) && ((CHAT_VOCATIVE_BEFORE.has(tokens[t.i - 1]?.low ?? "") && !/\p{L}|\d/u.test(ctx.text.slice(t.e, t.e + 4).split("\n")[0])) || addressed) &&
      [...ctx.speakers].some((n) => /^\p{Ll}+-\p{Ll}+$/u.test(n) ? n.charAt(0) + n.charAt(n.indexOf("-") + 1) === t.low : n.length >= 5 && /^\p{Ll}+$/u.test(n) && n.startsWith(t.low));
    // The writer's own short name closing the message after a sign-off: "[09:02] fatima: doe ik. gr faat" (3–6 letters,
    // starting like the writer's name; no word).
    const signedOff = t.low.length >= 3 && t.low.length <= 6 && CHAT_SIGNOFF_BEFORE.has(tokens[t.i - 1]?.low ?? "") && /^[ \t]*(?:[!.]*[ \t]*(?:\p{Extended_Pictographic}[ \t]*)*)?(?:\n|$)/u.test(ctx.text.slice(t.e, t.e + 12)) &&
      !SHORT_FUNCTION_WORDS.has(t.low) && !lex.common.has(t.low) && !isNegative(lex, t.key) && writerStartsLike(ctx.text, t.s, t.low);
    // A pet form of a lexicon first name in a chat: "hoe gaat het met henkie", "jannie belde" (henk, jan + -ie). Spelt as
    // a pet form is: a short vowel doubles the consonant (wim → wimmie, jan → jannie); without doubling only after two
    // consonants or a long vowel (henk → henkie, joop → joopie); "premie", "linie", "kopie" are words, not "prem", "lin" + -ie.
    const pet = /^(\p{Ll}{3,})(?:ie|y)$/u.exec(t.t);
    const petBase = !pet ? "" : /(\p{Ll})\1$/u.test(pet[1]) && lex.firstNamesLower.has(pet[1].slice(0, -1)) ? pet[1].slice(0, -1) :
      lex.firstNamesLower.has(pet[1]) && /(?:[^aeiouy]{2}|(?:aa|ee|oo|uu|ie|oe|eu|ui|ou|ei|ij)[^aeiouy])$/u.test(pet[1]) ? pet[1] : "";
    const petName = petBase.length >= 3 && !lex.common.has(t.low) && !lex.common.has(petBase) && !LOWER_NAME_WORDS.has(petBase) && !CHAT_NAME_WORDS.has(petBase) && !lex.ambiguousFirstNames.has(capitalised(petBase)) && !isNegative(lex, t.key) && !lex.places.phrases.has(t.key);
    // A child named between a relation word and its age in brackets: "zn dochter storm (6) gaat …", "haar zoon jayden (3)";
    // the frame makes it a name, even when it is also a word ("storm", "sky").
    const childAge = t.low.length >= 3 && /^\p{Ll}+$/u.test(t.t) && CHAT_CHILD_WORDS.has(tokens[t.i - 1]?.low ?? "") && /^[ \t]\((?:\d{1,2}|\d{1,2}[ \t]*(?:jaar|jr|mnd|maanden))\)/u.test(ctx.text.slice(t.e, t.e + 14)) &&
      !SHORT_FUNCTION_WORDS.has(t.low) && !CHAT_CHILD_NOT_NAME.has(t.low) && !lex.places.phrases.has(t.key) && !isNegative(lex, t.key);
    // A speaker whose name is also a verb form is the verb next to a subject pronoun: "ik ben moe", "ben je er?", "ik wil
    // dat" (not the name addressed at the end of a clause: "dank je ben!").
    const nextTok = tokens[t.i + 1];
    const verbUse = (lex.common.has(t.low) || lex.ambiguousFirstNames.has(capitalised(t.t))) && (
      (SUBJECT_PRONOUNS.has(tokens[t.i - 1]?.low ?? "") && ctx.text.slice(tokens[t.i - 1].e, t.s) === " " && !!nextTok?.word && ctx.text.slice(t.e, nextTok.s) === " ") ||
      (!!nextTok && SUBJECT_PRONOUNS.has(nextTok.low) && ctx.text.slice(t.e, nextTok.s) === " " && !/^[ \t]*[,!?.:]/.test(ctx.text.slice(nextTok.e, nextTok.e + 2))));
    // A speaker whose name is also a noun (a word-like first name or no lexicon first name) is the noun after an article, a
    // demonstrative or a possessive: "[10:03] winter: …" and "deze winter was zwaar", "ik heb goede hoop" (not "mw. winter").
    const nounUse = (!lex.firstNamesLower.has(t.low) || lex.common.has(t.low) || lex.ambiguousFirstNames.has(capitalised(t.t))) && NAME_NOUN_BEFORE.has(tokens[t.i - 1]?.low ?? "") && ctx.text.slice(tokens[t.i - 1].e, t.s) === " ";
    const speaker = (ctx.speakers.has(t.low) && !verbUse && !nounUse) || nickname || shortForm || signedOff || petName || childAge;
    const verbAfter = LOWER_NAME_VERBS.has(tokens[t.i + 1]?.low ?? "") && tokens[t.i + 1]?.low !== "en";
    // Three-letter names count anywhere in a chat ("wil wim spreken"), except those that are also words or
    // abbreviations ("max 3 uur", "een ton", "de bob").
    // A word-like first name after "ene" ("contactpersoon is ene rob of ruud"; not "aan de ene kant") or after a
    // verb of consulting + "met" ("ik overleg vandaag met mark en …", "even bellen met kees") is that person.
    const prevLow = tokens[t.i - 1]?.low ?? "";
    // Also before "van het/de" + a service ("dirk van het juridisch loket", "kim van de gemeente"; not "bij dirk van …").
    const cued = (prevLow === "ene" && !/^(?:de|het|die|dat|deze|aan|ter)$/.test(tokens[t.i - 2]?.low ?? "")) || (prevLow !== "bij" && !NAME_NOUN_BEFORE.has(prevLow) && OF_SERVICE_AFTER.test(ctx.text.slice(t.e, t.e + 40))) ||
      (prevLow === "met" && CONSULT_BEFORE_MET.has(tokens[t.i - 2]?.low ?? "") || (prevLow === "met" && CONSULT_BEFORE_MET.has(tokens[t.i - 3]?.low ?? "") && /^(?:vandaag|morgen|even|ff|nog|al|zelf|straks|eerst|ook)$/.test(tokens[t.i - 2]?.low ?? "")));
    // A word-like first name before a possessive clitic ("nr van sem z'n vader", "jade d'r moeder") or joined by "en" to a
    // plain lexicon first name or a speaker ("wie past er op jade en lisa?", "lisa en jade") is that person too (not after
    // an article, a possessive or a count: "een ton en lisa").
    const plainName = (w: Token | undefined) => !!w && /^\p{Ll}{4,}$/u.test(w.t) && (ctx.speakers.has(w.low) || (lex.firstNamesLower.has(w.low) && !CHAT_NAME_WORDS.has(w.low) && !lex.common.has(w.low) && !lex.ambiguousFirstNames.has(capitalised(w.t))));
    const paired = !NAME_NOUN_BEFORE.has(prevLow) && !/^(?:een|geen|max|min|minimaal|maximaal|per)$/.test(prevLow) && (POSSESSIVE_CLITIC_AFTER.test(ctx.text.slice(t.e, t.e + 6)) ||
      (nextTok?.low === "en" && ctx.text.slice(t.e, nextTok.e + 1) === " en " && plainName(tokens[t.i + 2])) ||
      (prevLow === "en" && tokens[t.i - 2] && ctx.text.slice(tokens[t.i - 2].e, t.s) === " en " && plainName(tokens[t.i - 2])));
    const papiamento = t.low === "masha" && PAPIAMENTO_AFTER_MASHA.has(tokens[t.i + 1]?.low ?? "");
    // A lexicon place after "in/uit/naar/te" is the place, also when it is a first name too: "mw verhoeven in alem", "bij
    // de bakker in st anne" (the name as the last word of a place).
    const placeAfterPrep = (/^(?:in|uit|naar|te|vanuit)$/.test(prevLow) && lex.places.phrases.has(t.key)) ||
      (t.i >= 2 && /^(?:in|uit|naar|te|vanuit)$/.test(tokens[t.i - 2].low) && matchPhrase(ctx, t.i - 1, lex.places) >= t.i);
    const lexName = !papiamento && !placeAfterPrep && (t.low.length >= 4 || (t.low.length === 3 && ((verbAfter && tokens[t.i + 1]?.low !== "en") || cued || paired || !CHAT_SHORT_NAME_WORDS.has(t.low)))) && lex.firstNamesLower.has(t.low) && (!CHAT_NAME_WORDS.has(t.low) || verbAfter || cued || paired) && !lex.common.has(t.low) &&
      !lex.ambiguousFirstNames.has(capitalised(t.t));
    // "die heb ik in jan gesproken", "sinds jan 2024": a month abbreviation after a time word or before a year.
    const month = /^(?:jan|feb|apr|aug|sep|sept|okt|nov|dec)$/.test(t.low) && (CHAT_MONTH_BEFORE.has(tokens[t.i - 1]?.low ?? "") || /^[ \t.]*'?\d/.test(ctx.text.slice(t.e, t.e + 4)));
    // A lower-case lexicon surname in a chat, when its ending marks it as Eastern European ("die petrescu
    // zaak", "todorov") or after "familie/fam" ("die familie iliev"); no word, place or first name.
    const capT = capitalised(t.t);
    const lowerSurname = t.low.length >= 5 && /^\p{Ll}+$/u.test(t.t) && lex.surnames.has(capT) && !lex.ambiguousSurnames.has(capT) && !lex.firstNamesLower.has(t.low) &&
      !lex.common.has(t.low) && !lex.places.phrases.has(t.key) && !isNegative(lex, t.key) &&
      (EAST_SURNAME_END.test(t.low) || /^(?:familie|fam)$/.test(tokens[t.i - 1]?.low ?? "") || (tokens[t.i - 1]?.t === "." && tokens[t.i - 2]?.low === "fam"));
    if ((speaker || lexName || lowerSurname) && !month) ctx.out.push({ s: t.s, e: t.e, label: "persoon", prio: PRIO.personContext - 1 });
    // "werkt nu bij hendriks transport", "via jansen bouw": after bij/via/voor a lower-case lexicon surname (no word, place
    // or first name) + a lower-case trade word is the firm, not the person.
    const trade = tokens[t.i + 1];
    // (no plain adjective: "bij jong bouwbedrijf"; session 30 B)
    if (t.low.length >= 4 && trade?.word && !trade.cap && /^(?:bij|via|voor)$/.test(tokens[t.i - 1]?.low ?? "") && ctx.text.slice(t.e, trade.s) === " " && lex.surnames.has(capitalised(t.t)) && !plainAdjective(t.low) &&
      !lex.common.has(t.low) && !lex.places.phrases.has(t.key) && !lex.firstNamesLower.has(t.low) && !isNegative(lex, t.key) && LOWER_TRADE_TAIL.test(trade.low))
      ctx.out.push({ s: t.s, e: trade.e, label: "instelling", prio: PRIO.institutionHead });
    // Lower-case places in a chat: "wijkteam sliedrecht" (not places that are words: "houten", "huizen").
    // (Nor a word-like village that counts only after in/uit/te/naar, "(waarde ± € 28.000)", nor a place name after an
    // article or possessive, where it is a noun: "hij heeft de sloten vervangen", "haar hoeven".)
    if (t.low.length >= 5 && lex.places.phrases.has(t.key) && !LOWER_PLACE_WORDS.has(t.low) && !lex.common.has(t.low) && !lex.firstNamesLower.has(t.low) &&
      !lex.ambiguousPlaces.has(t.key) && !NOUN_DETERMINERS.has(prevLow) && !PLURAL_COUNT_BEFORE.test(prevLow) && !surnameAfterBijVan(ctx, t.i) &&
      // (nor after a surname's particle: "over riek van der zwaag")
      !SURNAME_ONLY_PARTICLES.test(prevLow))
      ctx.out.push({ s: t.s, e: t.e, label: "plaats", prio: PRIO.placeContext - 1 });
    // Multi-word lexicon organisations in lower case: "probeer hvo querido".
    const phraseEnd = t.low.length >= 2 ? matchPhrase(ctx, t.i, lex.institutions) : -1;
    if (phraseEnd > t.i) {
      const key = phraseKey(ctx.text.slice(t.s, tokens[phraseEnd].e));
      // An ambiguous one ("het kompas", "de regenboog") only with its place after it: "het kompas in emmen".
      const withPlace = tokens[phraseEnd + 1]?.low === "in" && !!tokens[phraseEnd + 2] && lex.places.phrases.has(tokens[phraseEnd + 2].key);
      // One that opens with an article ("het goed", "de cirkel") is an ordinary phrase unless announced: "bij het goed".
      const article = /^(?:de|het|'t)$/.test(t.low) && !(ORG_PREPS.has(tokens[t.i - 1]?.low ?? "") || LEXICON_ORG_PREPS.has(tokens[t.i - 1]?.low ?? ""));
      if ((!lex.ambiguousInstitutions.has(key) || withPlace) && !lex.places.phrases.has(key) && (!article || withPlace)) ctx.out.push({ s: t.s, e: tokens[phraseEnd].e, label: "instelling", prio: PRIO.institutionLexicon });
    }
    // A lower-case shop or foundation head + its name: "stichting de brug", "pizzeria da marco" (up to a function word).
    // (A school abbreviation only where a school is meant: "zit op bs de …", "naar obs het …"; "bs" is also slang.)
    const schoolAbbr = /^(?:o|c|pc|rk|rkb|ik)?bs$/.test(t.low);
    if (CHAT_ORG_HEADS.has(t.low) || (CHAT_ORG_HEAD_END.test(t.low) && /^(?:de|het|'t|t|it|ter|ten|da|la)$/.test(tokens[t.i + 1]?.low ?? "") && (!schoolAbbr || /^(?:op|naar|van|de)$/.test(tokens[t.i - 1]?.low ?? "")))) {
      let k = t.i + 1;
      // (also the article written without its apostrophe in chats and transcripts: "boerderijwinkel t hofke")
      if (tokens[k] && /^(?:de|het|'t|t|it|ter|ten|da|di|la|el|al)$/.test(tokens[k].low)) k++;
      let e = k;
      // "in de moskee merken ze dat …": a word before a subject pronoun is the inverted verb, not a name.
      while (e < k + 2 && tokens[e]?.word && !tokens[e].cap && !CHAT_ORG_STOP.has(tokens[e].low) && !lex.places.phrases.has(tokens[e].key) && ctx.text.slice(tokens[e - 1].e, tokens[e].s) === " " && !SUBJECT_PRONOUNS.has(tokens[e + 1]?.low ?? "")) e++;
      if (e > k) ctx.out.push({ s: t.s, e: tokens[e - 1].e, label: "instelling", prio: PRIO.institutionHead });
    }
    // A lower-case administration firm + a surname: "bewindvoering lindeboom", "bewindskantoor de wit".
    if (/^(?:bewindvoering|bewindskantoor|bewindvoerderskantoor|administratiekantoor)$/.test(t.low)) {
      let k = t.i + 1;
      while (tokens[k] && PARTICLES.has(tokens[k].low) && !tokens[k].cap && k - t.i < 3) k++;
      const nm = tokens[k];
      if (nm && nm.word && !nm.cap && nm.low.length >= 3 && lex.surnames.has(capitalised(nm.t)) && !lex.common.has(nm.low) && !NOT_LOWER_NAMES.has(nm.low))
        ctx.out.push({ s: t.s, e: nm.e, label: "instelling", prio: PRIO.institutionHead });
    }
    // A lower-case name + "moskee"/"kerk" after "de": "de imam van de ayasofya moskee", "naar de bethel kerk"; no adjective or
    // word ("de turkse moskee", "de nieuwe kerk", "de grote moskee"), no denomination ("de baptisten kerk"); a Turkish
    // name in -iye is one: "de selimiye moskee".
    if (t.low.length >= 4 && tokens[t.i - 1]?.low === "de" && /^(?:moskee|kerk|camii)$/.test(tokens[t.i + 1]?.t ?? "") && ctx.text.slice(t.e, tokens[t.i + 1].s) === " " && /^\p{Ll}+$/u.test(t.t) &&
        (!/e$/.test(t.low) || /iye$/.test(t.low)) && !ORDINARY_WORD_END.test(t.low) && !lex.common.has(t.low) && !isNegative(lex, t.key) && !DENOMINATION_WORDS.has(t.low) && !RELATIONS.has(t.low) && !ctx.speakers.has(t.low))
      ctx.out.push({ s: t.s, e: tokens[t.i + 1].e, label: "instelling", prio: PRIO.institutionHead });
    // A lower-case church or mosque named after a saint or a person: "de pauluskerk", "de laurentiuskerk".
    const saint = /^(\p{Ll}{3,})(?:kerk|kapel|basiliek|moskee)$/u.exec(t.t);
    if (saint && (/us$/.test(saint[1]) || (lex.firstNamesLower.has(saint[1]) && !lex.common.has(saint[1]))) && /^(?:de|het)$/.test(tokens[t.i - 1]?.low ?? ""))
      ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionHead });
    // Lower-case organisations in a chat: "de crisisdienst van parnassia".
    if (t.low.length >= 5 && lex.institutions.phrases.has(t.key) && !lex.ambiguousInstitutions.has(t.key) && !lex.common.has(t.low) && !lex.places.phrases.has(t.key))
      ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionLexicon });
  }
}

/** Name, place and institution candidates. */
// Letterheads and signatures: the line right above an address block ("Postbus 123", "Street 12", "1234 AB Place") that
// is no person, role, greeting or place names the organisation ("Jobcoach\nHorizon Jeugdzorg\nPostbus 12\n3000 AB X").
// A line right after a sign-off ("Groet,\nAnouk Visser\nDorpsstraat 4") is the signer, not an organisation.
const ADDRESS_LINE_START = /^[ \t]*(?:Postbus[ \t]+\d|(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,4}\p{Lu}?[\p{L}'’-]+[ \t]+\d{1,4}(?:[ \t]?[a-zA-Z]|-\d{1,3})?(?:[ \t]*[,\n]|[ \t]*$)|[1-9]\d{3}[ \t]?[A-Z]{2}(?![\p{L}]))/u;
const ORG_LINE = /^[ \t]*((?:\p{Lu}[\p{L}'’.-]*|&|van|de|der|den|het|'t|en|voor|op|aan|in|B\.V\.|BV)(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|&|van|de|der|den|het|'t|en|voor|op|aan|in|B\.V\.|BV|\d{1,4})){0,5})[ \t]*$/u;
function letterheadOrgRule(ctx: Ctx) {
  const { text, lex } = ctx;
  const lines: { s: number; t: string }[] = [];
  let at = 0;
  for (const t of text.split("\n")) {
    lines.push({ s: at, t });
    at += t.length + 1;
  }
  for (let k = 1; k < lines.length; k++) {
    if (!ADDRESS_LINE_START.test(lines[k].t)) continue;
    // Step over an address line above a postcode line.
    let j = k - 1;
    if (j >= 1 && /^[ \t]*[1-9]\d{3}[ \t]?[A-Z]{2}/.test(lines[k].t) && ADDRESS_LINE_START.test(lines[j].t)) j--;
    const m = ORG_LINE.exec(lines[j].t);
    if (!m || !/\p{Lu}\p{Ll}/u.test(m[1]) || ADDRESS_LINE_START.test(lines[j].t)) continue;
    const above = (lines[j - 1]?.t ?? "").trim().toLowerCase();
    if (j === 0 || above === "" || /(?:groet|groeten|groetjes|mvg|gr|namens)[,.!]?$/.test(above)) continue;
    const s = lines[j].s + lines[j].t.indexOf(m[1]);
    const e = s + m[1].length;
    const words = m[1].split(/[ \t]+/);
    const first = words[0].toLowerCase();
    // A name, a role, a title or a place is no organisation line.
    if (ctx.out.some((c) => c.s < e && s < c.e && (c.label === "persoon" || c.label === "plaats") && c.e - c.s >= (e - s) * 0.6)) continue;
    // (nor a department line in another language, "Abteilung Werk en Inkomen" under "Gemeente Emmen", "Personalabteilung"
    // under a firm's name)
    if (lex.firstNames.has(words[0]) || /^\p{Lu}\./u.test(words[0]) || TITLES.has(first) || RELATIONS.has(first) || isNegative(lex, first) || lex.common.has(first) || /^(?:\p{L}*abteilung|department|afd)$/u.test(first)) continue;
    if (words.every((w) => lex.places.phrases.has(phraseKey(w)) || /^(?:van|de|der|den|het|'t|en|&)$/.test(w))) continue;
    // (s30-A: a lone kind word is the subtitle under the name, no name: "Het Gooi en Omstreken\nWoningcorporatie\nLage
    // Naarderweg 65")
    if (words.length === 1 && (SERVICE_BRACKET_KINDS.includes(first) || CREDITOR_NOUNS.has(first) || FIRM_KIND_WORDS.has(first))) continue;
    ctx.out.push({ s, e, label: "instelling", prio: PRIO.institutionContext + 3 });
  }
}

// legalFormRule adds a span only where LEGAL_FORM matches: every alternative holds one of these.
const LEGAL_FORM_PARTS = ["B.V.", "BV", "N.V.", "NV", "V.O.F.", "VOF", "C.V.", "& Z", "en Zonen", "bv", "GmbH", "AG", "KG", "Ltd", "Limited", "LLC", "L.L.C.", "Inc", "PLC", "plc", "S.A.", "SAS", "SARL", "S.à", "S.L.", "S.p.A.", "S.r.l.", "SRL", "Sp.", "sp.", "S.C.", "BVBA", "B.V.B.A.", "CommV", "VZW", "vzw", "v.z.w.", "e.V.", "A/S", "ApS", "s.r.o.", "Kft", "Zrt", "d.o.o."];
/** Whether s holds one of the words; true when there is no list (no guard). */

const LISTED_NAME_OF_AGE_RE = new RegExp(String.raw`(?<=(?:[:,;(]|(?<![\p{L}])en)[ \t]+)(\p{Lu}\p{Ll}{2,})(?=[ \t]van[ \t](?:${AGE_NUMBER})(?:[ \t]+jaar)?(?:[ \t]*[,.;)]|[ \t]+en[ \t]|[ \t]*\n|$))`, "gu");
/**
 * Call names and where their frame gives them, quoted or not: 'noemt zich "Shu"', 'noemde hem "Sjon"', 'zegt zelf
 * "pimmie"', 'bijnaam: "Lucky"', 'ook wel "Mo"', '"Rem" genoemd', "(roepnaam DJ)", "door iedereen PJ genoemd". The name
 * is a person there (nameCandidates) and at its other mentions in any case (detect's nicknames).
 */
const NICKNAME_RE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:[Nn]oem(?:t|de|en)[ \t]+(?:zich|hem|haar)(?:[ \t]+zelf)?|[Zz]egt[ \t]+zelf|[Rr]oepnaam|[Bb]ijnaam|[Oo]ok[ \t]+wel|[Aa]lias)[ \t]*:?[ \t]*["“„'‘]([\p{L}][\p{L}-]{1,15})["”'’]`,
    String.raw`["“'‘](\p{Lu}\p{Ll}{1,14})["”'’],?[ \t]+genoemd\b`,
    String.raw`(?<![\p{L}])(?:[Rr]oepnaam|[Bb]ijnaam)[ \t]*:?[ \t]+(\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,14})(?![\p{L}\p{N}.])`,
    // (also "die iedereen Nona noemt", "die we Bertje noemen")
    String.raw`(?<![\p{L}])(?:door[ \t]+iedereen[ \t]+(\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,14})[ \t]+genoemd|die[ \t]+(?:iedereen|we|wij|ze|zij|hij|men)[ \t]+(\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,14})[ \t]+noem(?:t|en|de|den))(?![\p{L}])`,
    // "bij iedereen bekend als Sip", "beter bekend als Hennie": a call name after "bekend als" with a "who knows" word.
    String.raw`(?<![\p{L}])(?:bij[ \t]+iedereen|overal|beter|in[ \t]+het[ \t]+dorp|in[ \t]+de[ \t]+buurt)[ \t]+bekend[ \t]+als[ \t]+(\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,14})(?![\p{L}\p{N}.])`,
    // 'spreek haar aan met "Tina"', 'wil aangesproken worden met "Sjaak"': the name someone wants to be called by.
    String.raw`(?<![\p{L}])(?:[Ss]pre(?:e)?k(?:t|en)?[ \t]+(?:haar|hem|hen|ze|mij|me|u)[ \t]+aan|aangesproken(?:[ \t]+(?:worden|wil[ \t]+worden))?)[ \t]+met[ \t]+["“„'‘](\p{Lu}\p{Ll}{1,14})["”'’]`,
  ].join("|"),
  "gu",
);
// (every alternative holds one of these)
const NICKNAME_GUARD = ["oem", "egt", "oepnaam", "ijnaam", "ook", "Ook", "lias", "genoemd", "bekend", "aan"];
// A frame's word that is an ordinary or function word, a place or an organisation is a quote, no call name: 'zegt zelf
// "op" te zijn', 'noemt zich "Amsterdammer"'.
const NOT_A_CALL_NAME = /^(?:is|was|wordt|werd|die|dat|deze|dit|van|en|of|heeft|had|ook|nu|pas|al|nog|zelf|wel|niet|zij|hij|ze|er|daar|hier|thuis|samen|bijna|inmiddels|jaar|jr)$/;
export function nicknameFrames(text: string, lex: Lexicons = lexicons()): { s: number; e: number }[] {
  const out: { s: number; e: number }[] = [];
  if (!may(hasAny(text, NICKNAME_GUARD))) return out;
  for (const m of allMatches(NICKNAME_RE, text)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7];
    const low = name.toLowerCase();
    if (NOT_A_CALL_NAME.test(low) || isNegative(lex, low) || lex.common.has(low) || lex.places.phrases.has(low) || lex.institutions.phrases.has(low)) continue;
    const s = m.index + m[0].lastIndexOf(name);
    out.push({ s, e: s + name.length });
  }
  return out;
}

// Lower-case family firms in chats and transcripts. A lower-case trade compound + the owner's surname ("werkt bij
// tuinbouwbedrijf jansen", "contract van kwekerij van der berg"), or after a preposition the surname + a product or trade
// word ("de loonstroken van hendriks schoenen", "bij vd berg plantjes"). A bare surname must be a known one (no first
// name, place or word); after a name particle ("van der", "van den", "vd") any lower-case word that is none of those.
const LOWER_FIRM_HEAD = String.raw`\p{Ll}{3,}(?:kwekerij|bedrijf|handel|export|fabriek|slagerij|bakkerij|garage|werf)|kwekerij|kwekerijen`;
const LOWER_FIRM_PARTICLE = String.raw`(?:van[ \t]+de[nr]|vd|v\.d\.)`;
const LOWER_HEAD_FIRM_RE = new RegExp(String.raw`(?<![\p{L}])(?:${LOWER_FIRM_HEAD})[ \t]+(?:(${LOWER_FIRM_PARTICLE})[ \t]+)?(\p{Ll}{3,})(?![\p{L}'’-])`, "gu");
const LOWER_PRODUCT_TAIL = "schoenen|leder|lederwaren|orchideeën|orchideeen|planten|plantjes|potplanten|bloemen|bloembollen|groenten|groente|fruit|tomaten|paprika|aardbeien|champignons|meubelen|meubels|tegels|keukens|vloeren|fietsen|banden|kozijnen|textiel|vleeswaren|kaas|vis|brood|tweewielers|witgoed|autoschade|kassen|transport|bouw|schoonmaak|installatie|installaties|techniek|logistiek|verhuur|hoveniers|schilders|loodgieters|dakwerken";
// Trade and goods words that close a brothers' firm: "gebr. wolters veevoeders", "gebr. nijhof bouw", "gebr. smit metaal".
const LOWER_BROTHERS_TRADE = new RegExp(String.raw`^(?:${LOWER_PRODUCT_TAIL}|metaal|staal|infra|sloop|grondverzet|grondwerken|agro|veevoer|veevoeders|\p{Ll}{3,}(?:voeders|waren|handel|techniek|transport|bouw|werken|service))$`, "u");
const LOWER_FAMILY_PRODUCT_RE = new RegExp(String.raw`(?<=(?<![\p{L}])(?:bij|via|voor|van)[ \t]+)(?:(${LOWER_FIRM_PARTICLE})[ \t]+)?(\p{Ll}{3,})[ \t]+(?:${LOWER_PRODUCT_TAIL})(?![\p{L}'’-])`, "gu");
// The same family firm after a firm noun or an opening bracket, or with "de"/"van de" before the surname, and with a
// trade of the building and metal crafts or a lower-case legal form as its tail: "loonbeslag bij haar werk (wolters
// metaal in rijssen)", "zn bedrijf elzinga installatietechniek", "bij van de ven grondwerken", "stratenmakersbedrijf de
// bruijn bv". The surname must be a known one (after "de"/"van de" also an ambiguous one), no first name, place or word.
// "de" + surname and "bv" only after a firm noun: "bij de bakker brood halen", "vraag bij jansen bv (bijvoorbeeld) …".
const LOWER_CRAFT_TAIL = "metaal|metaalbewerking|metaaltechniek|installatietechniek|elektrotechniek|grondwerken|grondverzet|bestrating|straatwerk|loonwerk|sloopwerken|timmerwerken|bv|b\\.v\\.";
const LOWER_CRAFT_FIRM_RE = new RegExp(String.raw`(?<=(?<![\p{L}])(bij|via|voor|van|\p{Ll}*bedrijf)[ \t]+|\()(?:(van[ \t]+de[nr]?|vd|v\.d\.|de|van[ \t]+der)[ \t]+)?(\p{Ll}{3,})[ \t]+(${LOWER_PRODUCT_TAIL}|${LOWER_CRAFT_TAIL})(?![\p{L}'’-])`, "gu");
// A lower-case surname + "& zn"/"en zonen" is the family firm wherever it stands: "nijhuis & zn in goor zoekt een
// naaister", "tip: van der kolk en zonen" (not "vader en zn": the name is a known surname or has a surname ending).
const LOWER_SONS_FIRM_RE = new RegExp(String.raw`(?<![\p{L}])(?:(${LOWER_FIRM_PARTICLE}|van|ter|ten)[ \t]+)?(\p{Ll}{3,})[ \t]+(?:&|en)[ \t]+(?:zn|zonen)(?![\p{L}])\.?`, "gu");
// A lower-case compound in -werk, -hulp, -huis or -punt + a compass word or region after a preposition is a regional
// work or help organisation in a chat: "werkt via groenwerk west", "ik bel met kees van boerenhulp noord", "via flexwerk
// noordkop", "ik denk aan jobhuis kop".
const LOWER_REGION_ORG_RE = /(?<=(?<![\p{L}])(?:bij|via|van|voor|naar|aan|met)[ \t]+)\p{Ll}{3,}(?:werk|hulp|huis|punt)[ \t]+(?:noord|oost|zuid|west|noordoost|noordwest|zuidoost|zuidwest|midden|noordkop|kop)(?![\p{L}\p{N}'’-])/gu;
// Chinese and Indonesian restaurants carry formulaic names of a lucky word + a hall or garden: "eigenaar Lucky Garden
// (afhaal)", "restaurant Jade Paleis", "Golden Garden" in a list of employers; no person, although both words are capitalised.
const ASIAN_RESTAURANT_RE = /(?<![\p{L}\p{N}'’-])(?:Golden|Lucky|Jade|Royal|Dragon|Happy|China|Oriental|Peking|Kanton|Canton|Fortune|Lotus|Bamboo|Bamboe|Panda|Pearl|Jasmine|Jasmijn|Orchid|Ming|Kota|Sampurna)[ \t]+(?:Garden|Gardens|Paleis|Palace|House|City|Star|Dynasty|Pavilion|Paviljoen|Inn|Wok|Dragon|Tuin|Radja|Tower|Court)(?![\p{L}\p{N}'’-])/gu;
// A coined one-word firm explained right after it by its kind: "de wasmachine van Fiksit, een kringloop-reparatiewinkel",
// "via flexmasters (uitzendbureau, orderpicken …)". A lower-case word needs a temp agency as its kind.
const KIND_APPOSITION_RE = /(?<=(?<![\p{L}])(?:bij|via|van|voor)[ \t]+)(\p{L}[\p{Ll}\p{N}]{3,})(?=[ \t]*(?:,[ \t]*(?:een|het|de)[ \t]+|\([ \t]*)(?:(uitzendbureau|uitzendbedrijf|uitzendorganisatie)|(?:\p{Ll}+-)?\p{Ll}*(?:winkel|bedrijf|zaak|kwekerij|fabriek|restaurant|kapsalon|supermarkt|taalschool|webshop|webwinkel))(?![\p{L}]))/gu;
// A bare lower-case shop, farm or firm word right after a preposition opens a name, in chats and transcripts: "de
// loonstroken van bakkerij verkerk", "ontslagen bij slagerij de jong", "werkt bij manege de hoefslag", "soep bij inloophuis
// de brug", "op naam van maatschap hendriks-kroon", "brief van incassobureau dijkhuis". Without an article the name must
// be a known surname; after an article any word that is no function word, adjective of time or place.
// Also a smokehouse, market garden, brewery or smithy ("kocht vis bij rokerij de hoop", "werkt bij tuinderij de groene
// vlinder"); after an article a colour or size adjective may precede the name word.
const LOWER_SHOP_HEAD_RE = /(?<=(?<![\p{L}])(?:bij|van|via|voor|naar|op)[ \t]+)(?:bakkerij|slagerij|manege|inloophuis|maatschap|kwekerij|rokerij|tuinderij|brouwerij|smederij|\p{Ll}{3,}(?:bureau|bakkerij|slagerij|kwekerij|rokerij|tuinderij|brouwerij|smederij))[ \t]+(?:(de|het|'t|van|vd|v\.d\.|van[ \t]+de[nr]?)[ \t]+)?(?:(groene|gouden|zilveren|rode|witte|zwarte|blauwe|gele|bonte|grote|kleine|hoge|wilde|vrolijke|blije)[ \t]+)?(\p{Ll}{3,}(?:-\p{Ll}{3,})?)(?![\p{L}\p{N}'’-])/gu;
const NOT_SHOP_NAME_AFTER_ARTICLE = new Set("hele halve laatste eerste tweede volgende vorige komende afgelopen nieuwe oude andere zelfde gemeente buurt stad wijk week dag maand ochtend middag avond nacht zomer winter baas eigenaar".split(" "));
// A shop named after its owner's first name, after a lower-case shop word: "werkt bij kapsalon Yasmin", "nagelstudio Sanne"
// (the shop, not the person; not a place, and not a two-word name, which other rules read). Also a capitalised shop word
// + "Bij" + the owner's name: "Lunchroom Bij Saar", "Kapsalon Bij Yasmin"; and a tanning or tattoo studio: "zonnestudio Bronzé";
// and a printer's, baker's, butcher's or garage: "31 jaar bij drukkerij Wilco".
const SHOP_FIRST_NAME_RE = /(?<![\p{L}])(?:(?:kapsalon|kapperszaak|nagelstudio|barbershop|schoonheidssalon|beautysalon|toko|snackbar|lunchroom|cafetaria|zonnestudio|bruiningsstudio|tattooshop|tattoostudio|drukkerij|bakkerij|slagerij|autobedrijf|garage)[ \t]+|(?:[Kk]apsalon|[Nn]agelstudio|[Ss]choonheidssalon|[Ll]unchroom|[Ss]nackbar|[Cc]afetaria|[Cc]afé|[Ee]etcafé|[Bb]istro|[Tt]oko)[ \t]+Bij[ \t]+)(\p{Lu}\p{Ll}{2,})(?![\p{L}'’-]|[ \t]+\p{Lu}|[ \t]+(?:van|de|der)[ \t])/gu;
// A football club written as an acronym ending in "VV" (voetbalvereniging): "speelt bij HZVV", "trainer van RKZVV".
// (Four letters or more: the three-letter "BVV" and "MVV" are the beslagvrije voet and a residence permit.)
const VV_ACRONYM_RE = /(?<![\p{L}\p{N}&.-])\p{Lu}{2,5}VV(?![\p{L}\p{N}&-])/gu;
// A lower-case club prefix + a lower-case town in a chat: "voetbalt bij vv dalen", "zit op sv loosdrecht".
const LOWER_CLUB_PLACE_RE = /(?<![\p{L}])(?:vv|sv|v\.v\.|s\.v\.)[ \t]+(\p{Ll}{3,})(?![\p{L}'’-])/gu;
const BRANCH_NAME_RE = /(?<=,[ \t]*)locatie[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:en|van|de|der|den)[ \t]+)?\p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}])/gu;
function lowerFamilyFirmRule(ctx: Ctx) {
  const { text, lex } = ctx;
  // "Andreas College, locatie Pieter Groen", "De Wever, locatie Bosch en Ven": a branch named after the comma that closes
  // an organisation's name is a building or home of it (a known place is the branch's town: "Zernike College, locatie Haren").
  if (may(/,[ \t]*locatie[ \t]+\p{Lu}/u.test(text)))
    for (const m of allMatches(BRANCH_NAME_RE, text)) {
      const name = m[1];
      // (not a place, also inside a service name: "locatie Hoek van Holland", "locatie CJG Rijssen")
      // (nor a street: "Insula College, locatie Noordendijk")
      if (lex.places.phrases.has(phraseKey(name)) || name.split(/[ \t]+/).some((w) => lex.places.phrases.has(phraseKey(w))) || STREET_SHAPE.test(name) || /\p{Ll}(?:dijk|pad|markt|boulevard|plaats)$/u.test(name) || isNegative(lex, phraseKey(name))) continue;
      const s = m.index + m[0].length - name.length;
      ctx.out.push({ s, e: s + name.length, label: "instelling", prio: PRIO.institutionHead });
    }
  const owner = (particle: string | undefined, w: string) => {
    if (lex.firstNamesLower.has(w) || lex.places.phrases.has(w) || isNegative(lex, w) || CHAT_ORG_STOP.has(w) || lex.institutions.phrases.has(w)) return false;
    if (particle) return !/^(?:de|het|een|die|dat|deze|mijn|zijn|haar|hun|onze|jullie)$/.test(w);
    const cap = capitalised(w);
    return lex.surnames.has(cap) && !lex.ambiguousSurnames.has(cap);
  };
  if (may(/(?:kwekerij|bedrijf|handel|export|fabriek|slagerij|bakkerij|garage|werf|kwekerijen)[ \t]+\p{Ll}/u.test(text)))
    for (const m of allMatches(LOWER_HEAD_FIRM_RE, text)) if (owner(m[1], m[2])) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead });
  if (may(/(?:bij|via|voor|van)[ \t]+\p{Ll}/u.test(text)))
    for (const m of allMatches(LOWER_FAMILY_PRODUCT_RE, text)) if (owner(m[1], m[2])) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead });
  if (may(/(?:bij|via|voor|van|bedrijf|\()[ \t]*\p{Ll}/u.test(text)))
    for (const m of allMatches(LOWER_CRAFT_FIRM_RE, text)) {
      const firmBefore = !!m[1] && m[1].endsWith("bedrijf");
      const particle = m[2];
      const w = m[3];
      if ((/^(?:bv|b\.v\.)$/.test(m[4]) || particle === "de") && !firmBefore) continue;
      if (particle && /^(?:de|van[ \t]+de[nr]?)$/.test(particle)) {
        if (!m[1] || m[1] === "van") continue;
        const cap = capitalised(w);
        if (!(lex.surnames.has(cap) || lex.ambiguousSurnames.has(cap)) || lex.firstNamesLower.has(w) || lex.places.phrases.has(w) || isNegative(lex, w) || CHAT_ORG_STOP.has(w)) continue;
      } else if (!owner(particle, w)) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead });
    }
  if (may(hasAny(text, ["zn", "zonen"])))
    for (const m of allMatches(LOWER_SONS_FIRM_RE, text)) {
      const w = m[2];
      if (!(owner(m[1] === "van" ? undefined : m[1], w) || (LOWER_SURNAME_END.test(w) && !lex.common.has(w) && !lex.firstNamesLower.has(w) && !lex.places.phrases.has(w) && !CHAT_ORG_STOP.has(w)))) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead });
    }
  if (may(/(?:werk|hulp|huis|punt)[ \t]+(?:noord|oost|zuid|west|midden|kop)/u.test(text)))
    for (const m of allMatches(LOWER_REGION_ORG_RE, text)) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead });
  if (may(/Garden|Paleis|Palace|House|City|Star|Dynasty|Pavilion|Paviljoen|Inn|Wok|Dragon|Tuin|Radja|Tower|Court/.test(text)))
    for (const m of allMatches(ASIAN_RESTAURANT_RE, text)) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 1 });
  if (may(/(?:,[ \t]*(?:een|het|de)[ \t]|\()/.test(text)))
    for (const m of allMatches(KIND_APPOSITION_RE, text)) {
      const w = m[1];
      const key = w.toLowerCase();
      if (/^\p{Ll}/u.test(w) && !m[2]) continue;
      if (lex.firstNamesLower.has(key) || lex.places.phrases.has(key) || isNegative(lex, key) || CHAT_ORG_STOP.has(key) || lex.surnames.has(capitalised(key))) continue;
      ctx.out.push({ s: m.index, e: m.index + w.length, label: "instelling", prio: PRIO.institutionHead });
    }
  if (may(/(?:bakkerij|slagerij|manege|inloophuis|maatschap|kwekerij|rokerij|tuinderij|brouwerij|smederij|bureau)[ \t]+\p{Ll}/u.test(text)))
    for (const m of allMatches(LOWER_SHOP_HEAD_RE, text)) {
      const w = m[3];
      const adj = m[2];
      if (m[1] && /^(?:de|het|'t)$/.test(m[1])) {
        if (adj && (NOT_SHOP_NAME_AFTER_ARTICLE.has(adj) || CHAT_ORG_STOP.has(adj) || lex.places.phrases.has(adj))) continue;
        if (NOT_SHOP_NAME_AFTER_ARTICLE.has(w) || CHAT_ORG_STOP.has(w) || lex.places.phrases.has(w) || lex.firstNamesLower.has(w) || isNegative(lex, w)) continue;
      // (a double surname needs one unambiguous part: "maatschap hendriks-kroon")
      } else if (adj) continue;
      else if (w.includes("-") ? !(w.split("-").every((x) => lex.surnames.has(capitalised(x)) && !lex.places.phrases.has(x) && !CHAT_ORG_STOP.has(x)) && w.split("-").some((x) => owner(m[1], x))) : !owner(m[1], w)) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead });
    }
  // (the shop words without their first letter, so "Lunchroom Bij Saar" passes too; an `i` flag would let \p{Lu} match any letter)
  if (may(/(?:apsalon|apperszaak|alon|oko|nackbar|unchroom|afetaria|tudio|shop|af[eé]|istro|erij|edrijf|arage)[ \t]+\p{Lu}/u.test(text)))
    for (const m of allMatches(SHOP_FIRST_NAME_RE, text)) {
      const key = phraseKey(m[1]);
      if (lex.places.phrases.has(key) || isNegative(lex, key)) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead });
    }
  if (may(text.includes("VV")))
    for (const m of allMatches(VV_ACRONYM_RE, text)) if (!isNegative(lex, phraseKey(m[0]))) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead });
  if (may(/(?:vv|sv|v\.v\.|s\.v\.)[ \t]+\p{Ll}/u.test(text)))
    for (const m of allMatches(LOWER_CLUB_PLACE_RE, text)) {
      const key = phraseKey(m[1]);
      if (!lex.places.phrases.has(key) || lex.abroad.has(key)) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.placeLexicon + 10 });
    }
}

const LOW_SAXON_MARKER = /(?<![\p{L}])(?:[Ii]k[ \t]+bin|bin[ \t]+ik|[Bb]i['’-]j|[Hh]i['’-]j|joar|jaor)(?![\p{L}])/u;
const EMPLOYER_AT_RE = /(?<![\p{L}])(?:work|works|worked|working|job|employed|shifts?)(?:[ \t]+[\p{Ll}'’]+){0,6}?[ \t]+at[ \t]+(\p{Lu}\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}{2,})?)(?![\p{L}'’])/gu;
const POLISH_EMPLOYER_RE = /(?<![\p{L}])(?:pracy|pracuję|pracuje|pracowałem|pracowałam|pracował|pracowała|zatrudniony|zatrudniona)(?:[ \t]+\p{Ll}+){0,3}?[ \t]+(?:w|u|dla)[ \t]+(\p{Lu}\p{Ll}{2,}(?:[ \t]+\p{Lu}\p{Ll}{2,})?)(?![\p{L}])/gu;
const ARABIZI_BI_ORG_RE = /(?<![\p{L}])bi[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)/gu;
const ELDEST_NAME_RE = /(?<![\p{L}])(?:jongste|oudste|middelste),[ \t]+(\p{Lu}\p{Ll}+),/gu;
const ARABIZI_AFTER_ANA = /^(?:shaghel|shaghla|bahki|b7ki|ba7ki|ghadi|ghad|bghit|bghina|baghi|bagha|kan|kant|kanbghi|kanqra|kanskon|kansken|rani|raha|ma|mn|min|smiti|ismi|jit|ja|3ndi|3andi|khassni|khasni|mrida|mrid|fi|f|hna|hon|tani|mish|mesh|bidi|biddi|3ayan|3ayana|ta3ban|ta3bana|mawjoud|mawjouda)$/;
// The names after a plural kin word: "kinderen Rafi en Kirana", "de tweeling: Noor, Sem en Lot" (every name capitalised).
const PLURAL_KIN_NAMES_RE = /(?<![\p{L}])(?:kinderen|zonen|zoons|dochters|kids|tweeling)(?:[ \t]*[,:])?[ \t]+(\p{Lu}\p{Ll}+(?:(?:,[ \t]*|[ \t]+en[ \t]+)\p{Lu}\p{Ll}+)+)(?![\p{L}'’-])/gu;
/** An ordinary word, a hard negative, a place or a month: no name in the frames below. */
const plainWord = (lex: Lexicons, w: string) => { const k = w.toLowerCase(); return lex.common.has(k) || isNegative(lex, k) || lex.places.phrases.has(k) || MONTH_NAMES.test(w); };

/** Names after a plural kin word or "de jongste,"; an employer after "worked … at", the Polish "w pracy w" or the Arabizi "bi". */
function kinNamesAndEmployers(ctx: Ctx) {
  const { text, lex } = ctx;
  // "haar kinderen Rafi en Kirana, een tweeling van 6": capitalised names listed after a plural kin word are persons.
  if (may(hasAny(text, ["kinderen", "zonen", "zoons", "dochters", "kids", "tweeling"])))
    for (const m of allMatches(PLURAL_KIN_NAMES_RE, text)) {
      const names = [...m[1].matchAll(/\p{Lu}\p{Ll}+/gu)];
      if (names.some((n) => plainWord(lex, n[0]) || lex.institutions.phrases.has(n[0].toLowerCase()))) continue;
      const at = m.index + m[0].lastIndexOf(m[1]);
      for (const n of names) ctx.out.push({ s: at + n.index!, e: at + n.index! + n[0].length, label: "persoon", prio: PRIO.personContext });
    }
  // "I have worked a few hours a week at Koopmans", "po wypadku w pracy w Koopmans": an employer after the English "at" or the
  // Polish "w/u/dla" behind a word of working (no place, first name or ordinary word).
  if (may(/work|job|employ|shift|prac|zatrudnion/i.test(text)))
    for (const re of [EMPLOYER_AT_RE, POLISH_EMPLOYER_RE])
      for (const m of allMatches(re, text)) {
        if (plainWord(lex, m[1]) || lex.firstNames.has(m[1].split(/[ \t]/)[0])) continue;
        const s0 = m.index + m[0].length - m[1].length;
        ctx.out.push({ s: s0, e: s0 + m[1].length, label: "instelling", prio: PRIO.personTitle + 1 });
      }
  // "eshtaghalat bi Albert Heijn fi Grou" (Arabic in Latin letters, "she worked at"): a lexicon organisation after "bi" in a
  // text with a digit inside a word (3, 7, 2 for Arabic letters).
  if (may(/bi[ \t]/.test(text)) && /\p{L}[2379]\p{L}/u.test(text))
    for (const m of allMatches(ARABIZI_BI_ORG_RE, text)) {
      const two = m[1], one = m[1].split(/[ \t]/)[0];
      const name = lex.institutions.phrases.has(phraseKey(two)) ? two : lex.institutions.phrases.has(phraseKey(one)) ? one : "";
      if (!name) continue;
      const s0 = m.index + m[0].length - m[1].length;
      ctx.out.push({ s: s0, e: s0 + name.length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
  // "en de jongste, Dayron, is een baby": a name in commas after "de jongste/oudste/middelste".
  if (may(hasAny(text, ["jongste,", "oudste,", "middelste,"])))
    for (const m of allMatches(ELDEST_NAME_RE, text)) {
      if (plainWord(lex, m[1]) || lex.institutions.phrases.has(m[1].toLowerCase())) continue;
      const s0 = m.index + m[0].indexOf(m[1]);
      ctx.out.push({ s: s0, e: s0 + m[1].length, label: "persoon", prio: PRIO.personContext });
    }
}

export function nameCandidates(text: string, info?: { chat: boolean }): Candidate[] {
  const tokens = tokenize(text);
  const lex = lexicons();
  const chat = chatSpeakers(text, lex);
  if (info) info.chat = chat.speakers.size > 0;
  const ctx: Ctx = { text, tokens, lex, out: chat.out, negative: new Uint8Array(tokens.length), speakers: chat.speakers };
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].word) continue;
    const end = matchPhrase(ctx, i, ctx.lex.negatives);
    if (end >= i) ctx.negative.fill(1, i, end + 1);
  }
  personRules(ctx);
  // "werkt bij fietsenmaker Hoekstra", "stage bij loodgieter De Vries": a lower-case trade noun + a surname after "bij"
  // is the tradesman's firm (shops and firms are institutions).
  if (may(TRADE_NOUNS.some((w) => text.includes(w))))
    for (const m of allMatches(TRADE_FIRM_RE, text)) {
      const s = m.index + m[0].indexOf(m[1]);
      ctx.out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
  // "champignonkwekerij Verbeek", "schildersbedrijf De Vries": a lower-case trade compound + a known surname is the firm.
  // Also an office compound: "deurwaarderskantoor Van der Sluis", "notariskantoor De Boer"; a surname that is also a place
  // ("Sluis") counts after a two-word particle ("Van der"), never after a bare "van" or "De" ("bouwbedrijf De Lier").
  if (may(/(?:kwekerij|bedrijf|fabriek|slagerij|bakkerij|garage|kantoor)[ \t]/.test(text)))
    for (const m of allMatches(TRADE_COMPOUND_FIRM_RE, text)) {
      const owner = m[2];
      const articleLed = /^[Vv]an[ \t]+[Dd]e[nr]?[ \t]/u.test(m[1]);
      if (!(lex.surnames.has(owner) || lex.ambiguousSurnames.has(owner)) || (lex.firstNames.has(owner) && m[1] === owner) || (lex.places.phrases.has(owner.toLowerCase()) && !articleLed)) continue;
      // (an office of partners runs on after "&": "deurwaarderskantoor Van Dijk & Terpstra" is read whole elsewhere)
      if (/kantoor[ \t]/u.test(m[0]) && /^[ \t]*&/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
  // "Kinderen: Minh (16), An (13)": a two-letter name in a list is a name when its age follows in brackets.
  if (may(text.includes("(")))
    for (const m of allMatches(SHORT_NAME_AGE_RE, text)) if (!isNegative(lex, m[0].toLowerCase())) ctx.out.push({ s: m.index, e: m.index + 2, label: "persoon", prio: PRIO.personContext });
  if (may(hasAny(text, ["geboren", "bevallen", "baby"])))
    for (const m of allMatches(BIRTH_NAME_RE, text)) if (!isNegative(lex, m[0].toLowerCase())) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personContext });
  // 'noemt zich "Shu"', "(roepnaam DJ)": a call name in its frame is a person (detect spreads it to its other mentions).
  for (const f of nicknameFrames(text, lex)) ctx.out.push({ ...f, label: "persoon", prio: PRIO.personContext });
  // "twee kinderen: Roos van vijftien en Bram van negen": a first name that is also a word, as a list item with its age
  // after "van", is a person.
  if (may(/[ \t]van[ \t]/.test(text)))
    for (const m of allMatches(LISTED_NAME_OF_AGE_RE, text)) if (lex.ambiguousFirstNames.has(m[1])) ctx.out.push({ s: m.index, e: m.index + m[1].length, label: "persoon", prio: PRIO.personContext });
  kinNamesAndEmployers(ctx);
  tradeWordFirmRule(ctx);
  if (may(hasAny(text, ATTRACTION_GUARD))) attractionNameRule(ctx);
  chatNames(ctx);
  if (may(/ene[ \t]/i.test(text))) eneLowerSurnames(ctx);
  placeSurnameRule(ctx);
  if (!ctx.speakers.size && /^[^\p{L}]*\p{Ll}/u.test(text)) lowerTextOrgRule(ctx);
  lowerCaseOrgRule(ctx);
  schoolShortForms(ctx);
  if (may(text.includes(","))) lowerFirmsBeforeTradeApposition(ctx);
  if (ctx.speakers.size > 0 || /^[^\p{L}]*\p{Ll}/u.test(text)) lowerShortFormsOfNamedOrgs(ctx);
  if (may(hasAny(text, LOWER_PARTNERS_GUARD))) lowerPartnersFirms(ctx);
  placeRules(ctx);
  institutionRules(ctx);
  if (may(/(?:op|het)[ \t]\p{Lu}/u.test(text))) unknownNameBeforePlaceOrgs(ctx);
  if (may(/[ \t]is[ \t]\p{Lu}/u.test(text))) relationIsNameWithAge(ctx);
  if (may(/inkel(?:centr|hart|promenade)/.test(text))) namedShoppingCentres(ctx);
  if (may(/\(\p{Lu}[\p{L}'’-]+\)/u.test(text))) bracketedEmployers(ctx);
  if (may(/(?:SG|CC|BS|IKC)[ \t]\p{Lu}/u.test(text))) schoolsNamedAfterPersons(ctx);
  if (may(/[ \t]door:?[ \t]+[a-z]/.test(text))) exportLogins(ctx);
  orgTailRule(ctx);
  methodBrandRegionRule(ctx);
  serviceWithPlaceRule(ctx);
  capitalisedPairRule(ctx);
  roleOfOrganisationRule(ctx);
  personOfOrganisationRule(ctx);
  serviceOfOrganisationRule(ctx);
  lowerTailRule(ctx);
  estateAndBrandNames(ctx);
  compoundHeadRule(ctx);
  acronymOrganisations(ctx);
  capitalisedWordCareBrands(ctx);
  compassDistricts(ctx);
  englishSelfStatedAges(ctx);
  occupationAgesAfterPersons(ctx);
  regionalSocialServices(ctx);
  tradeCompoundSurnameFirms(ctx);
  productHeadShops(ctx);
  tradesmanPlaceFirms(ctx);
  officeCompassFirms(ctx);
  surnameTradeFirms(ctx);
  if (may(/ (?:Van|De|Ter|Ten) /.test(text))) particleOwnerFirms(ctx);
  tradeCompoundNameFirms(ctx);
  tradeNounParticleFirms(ctx);
  firmLabelValues(ctx);
  mailHeaderNames(ctx);
  foreignSignOffNames(ctx);
  serviceDistrictPlaces(ctx);
  wordFirstNameAfterTitle(ctx);
  caseHeadingInitials(ctx);
  gluedInitialFirms(ctx);
  serviceOfTheOrganisations(ctx);
  practiceArticleNames(ctx);
  camelCaseOrgRule(ctx);
  if (may(/[Vv]ordering|pdrachtgever|chuldeiser|rediteur|%|€/.test(text))) coinedCreditorRule(ctx);
  placeBazaarRule(ctx);
  bracketOrgRule(ctx);
  if (may(hasAny(text, LEGAL_FORM_PARTS))) legalFormRule(ctx);
  if (may(text.includes("&"))) ampersandFirmRule(ctx);
  regionalAdjectiveOrganisations(ctx);
  tradeEndedPersonFirms(ctx);
  sizeAdjectivePlaces(ctx);
  liveInDistricts(ctx);
  abbreviationOrganisations(ctx);
  namedMines(ctx);
  asylumCentrePlaces(ctx);
  organisationFieldValues(ctx);
  letterheadCellOrganisations(ctx);
  speakerBracketOrganisations(ctx);
  roleCapitalsOrganisations(ctx);
  surnameInitialAfterFirstName(ctx);
  clientIsNames(ctx);
  vdColleagueInitials(ctx);
  englishTheFirms(ctx);
  capitalisedTokenNames(ctx);
  communityCentreNames(ctx);
  tradeNameLabelFirms(ctx);
  namedSwimmingPools(ctx);
  englishByShopNames(ctx);
  dutchBijShopNames(ctx);
  portAuthorities(ctx);
  roleOrganisationInBrackets(ctx);
  personBracketOrganisations(ctx);
  rolePlaceInBrackets(ctx);
  parishNames(ctx);
  villaCareHomes(ctx);
  werkfitRegionalFirms(ctx);
  markedLexiconOrganisations(ctx);
  nicknameFullNames(ctx);
  firmHeadFirms(ctx);
  municipalDeskPlaces(ctx);
  articledSocialServices(ctx);
  organisationHyphenCompounds(ctx);
  lowerCaseChainStores(ctx);
  ingBank(ctx);
  voorElkaarOrganisations(ctx);
  huizeCareHomes(ctx);
  terCareHomes(ctx);
  welfarePlaceOrganisations(ctx);
  ampersandSectorFirms(ctx);
  firmPartRule(ctx);
  articledShortForms(ctx);
  lowerPersonRule(ctx);
  if (may(/(?:kerk|basiliek|kathedraal|kapel|moskee|synagoge|tempel|abdij|klooster|parochie|-gemeente)(?![\p{L}])/u.test(text))) worshipNameRule(ctx);
  if (may(/geschreven|het[ \t]+\p{Lu}|chool|cholengemeenschap/u.test(text))) schoolNamedAfterPersonRule(ctx);
  namedSchoolsAndPlacesRule(ctx);
  if (may(/\n[ \t]*[-*•][ \t]*\p{Ll}/u.test(text))) bulletLowerNameRule(ctx);
  initialsAndLowerCaseNames(ctx);
  chatRelationNames(ctx);
  caseInitialsAndHeetNames(ctx);
  lowerFamilyFirmRule(ctx);
  // "gevlucht via Kakuma (Kenia)", "kwam uit Homs (Syrië)": after a preposition of place or route, an unknown
  // capitalised word with a country abroad in brackets is a place in that country (a camp, a town), no organisation.
  if (may(text.includes("(")))
    for (const m of allMatches(PLACE_IN_COUNTRY_RE, text)) {
      const w = m[1];
      const key = phraseKey(w);
      if (!lex.abroad.has(phraseKey(m[2])) || lex.firstNames.has(w.split(/[ \t-]/)[0]) || lex.surnames.has(w) || (lex.institutions.phrases.has(key) && !lex.ambiguousInstitutions.has(key)) || isNegative(lex, key)) continue;
      const s0 = m.index + m[0].indexOf(w);
      ctx.out.push({ s: s0, e: s0 + w.length, label: "plaats", prio: PRIO.placeContext + 3 });
    }
  // An embassy or consulate with its country is one organisation: "de Ambassade van Koeweit", "the Embassy of Ireland",
  // "Consulaat-Generaal van Turkije" (the country inside it is no place of its own).
  if (may(/mbass|onsula/i.test(text)))
    for (const m of allMatches(EMBASSY_RE, text)) {
      const words = m[1].split(/[ \t]+/);
      let n = words.length;
      while (n > 0 && !lex.abroad.has(phraseKey(words.slice(0, n).join(" ")))) n--;
      if (n === 0) continue;
      const e0 = m.index + m[0].length - m[1].length + words.slice(0, n).join(" ").length;
      ctx.out.push({ s: m.index, e: e0, label: "instelling", prio: PRIO.personTitle + 3 });
    }
  // Only the line break is a guard: a letterhead needs a postcode or Postbus line (rule logic; a street line alone also
  // starts an address block in letterheadOrgRule).
  if (may(text.includes("\n")) && /\n[ \t]*(?:Postbus|[1-9]\d{3}[ \t]?[A-Z]{2}(?![\p{L}]))/u.test(text)) letterheadOrgRule(ctx);
  if (may(GERMAN_CONTEXT.test(text))) germanNounPersons(ctx);
  // (a condition of the rule, not a guard: its kin words and titles are Polish only in a Polish text, "de brat Kevin" is Dutch)
  if (POLISH_LETTER.test(text)) polishNameFrames(ctx);
  englishOrganisationHeads(ctx);
  firstNameInitialsSurname(ctx);
  regionOpenedFirms(ctx);
  inAbstractNounFirms(ctx);
  headLowerCompassBranches(ctx);
  tradeHeadNameRule(ctx);
  namedPhraseOrgs(ctx);
  if (may(/MBO|Jeugdzorg/.test(text))) schoolOrYouthCareNameRule(ctx);
  tradeNamedFirms(ctx);
  regionalBranchesClubsAndCentres(ctx);
  venueBeforeTown(ctx);
  if (may(/GGZ|Ggz|Wonen|Jeugdzorg/.test(text))) careOrHousingHeadRegion(ctx);
  productFirmsAndRegionalServices(ctx);
  if (may(/aan[ \t]+de/i.test(text))) townOnRiver(ctx);
  if (may(/[Ww]on|woon|Woont|veste|Ambulant/.test(text))) housingAndCareNames(ctx);
  if (may(/school|mavo|college|lyceum|kerk|kapel|basiliek|Sint-/.test(text))) saintSchools(ctx);
  if (may(text.includes(","))) invertedNameRule(ctx);
  if (may((text.includes("\t") || text.includes("|")) && /naam|klant|cli[eë]nt|deelnemer|aanvrager/i.test(text))) nameColumnCells(ctx);
  if (may(text.includes("@") || /www\.|:\/\//i.test(text))) domainNameOrgRule(ctx);
  // "Kapsalon Beauty by Abena", "Nails by Esra": a salon or shop named with English "by" + its owner's name is
  // one organisation (the owner's name belongs to it).
  if (may(/[ \t]by[ \t]/.test(text)))
    for (const m of allMatches(BY_OWNER_FIRM_RE, text)) {
      const words = m[1].trim().split(/[ \t]+/);
      if (!words.some((w) => SHOP_HEADS.has(w) || ORG_TAIL.test(w) || lex.institutionHeads.phrases.has(w.toLowerCase()))) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
    }
  framedCoinedFirms(ctx);
  if (may(/ (?:Op|In|Met|Voor|Naar|Aan) /.test(text))) titleCaseTaglines(ctx);
  // A multi-word hard negative ("Michael Balint", the method's namesake) is no person either.
  const negativeStarts = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) if (ctx.negative[i] && ctx.negative[i + 1] && tokens[i].cap && lex.firstNames.has(tokens[i].t)) negativeStarts.add(tokens[i].s);
  // Generic services are no named organisation, even with a capital: "via de Kredietbank", "het Sociaal Loket"; nor is
  // a municipal desk in a place ("Kredietbank Flevoland", "Werkgeverspunt Noord-Limburg"): the place stays a place.
  // "Team Noord", "Team Súdwest", "afdeling Facilitair": a compass or department word after team/afdeling is no organisation.
  // (also "team Mantelzorg" of a welfare foundation, "team Basis GGZ" of a care provider; "Mantelzorg Salland" stays a named
  // organisation)
  const departmentAfterTeam = (c: Candidate) => (isDepartmentWord(text.slice(c.s, c.e).toLowerCase()) || /^(?:Mantelzorg|Basis)$/.test(text.slice(c.s, c.e))) && /(?:^|[^\p{L}])(?:[Tt]eam|TEAM|[Aa]fdeling)[ \t]+$/u.test(text.slice(Math.max(0, c.s - 10), c.s));
  // "Teamchat Schuldhulp Kop van Noord-Holland", "Groepsapp Team Noord": a chat or channel name is no organisation (its place stays).
  // (Not a school or other organisation named after a canal: "Kanaal College", its last word a head word.)
  const chatName = (c: Candidate) => /^(?:teamchat|groepschat|groepsapp|appgroep|whatsappgroep|chatgroep|kanaal|teamkanaal)(?![\p{L}])/iu.test(text.slice(c.s, c.e)) && !lex.institutionHeads.phrases.has(text.slice(c.s, c.e).split(/[ \t]+/).pop()!.toLowerCase());
  // "via de B1-route", "het A2-niveau": a language level (A1 … C2) is no organisation (but "G4S", "NT2 Taalcentrum" stay).
  // A span opened by a document-type word is a heading, no organisation: "Dossiernotitie Werk &
  // Inkomen", "Verslag Stedelijk Overleg Dagopvang & Inloop Amsterdam" (its place stays).
  const docTitle = (c: Candidate) => { const w = /^\p{Lu}\p{Ll}+(?=[ \t])/u.exec(text.slice(c.s, c.e)); return !!w && DOC_TITLE_WORD.test(w[0].toLowerCase()) && !lex.institutions.phrases.has(phraseKey(text.slice(c.s, c.e))); };
  // "Vanaf Spijkenisse rijdt …": a preposition opening a sentence is no organisation word before a place;
  // "Contactpersoon school:", "Mentor college:": a role + a lower-case head word is a field label.
  const preposition = (c: Candidate) => /^(?:Vanaf|Vanuit|Sinds|Richting|Tussen|Langs|Namens|Volgens)[ \t]/u.test(text.slice(c.s, c.e));
  // A client title opens a person, never an organisation: "Z-route voor mw. Taalschool: …" (a title + a label word).
  const titleOpened = (c: Candidate) => /^(?:mw|mevr|dhr|hr)\.?[ \t]+\p{Lu}/iu.test(text.slice(c.s, c.e));
  const roleLabel = (c: Candidate) => { const m = /^\p{Lu}(\p{Ll}+)[ \t]+(\p{Ll}+)$/u.exec(text.slice(c.s, c.e)); return !!m && (ROLE_WORD_END.test(m[1]) || /persoon$/.test(m[1])) && HEAD_SUFFIX.test(m[2]); };
  // An upper-case heading ("VERSLAG KETENOVERLEG WOONFRAUDE & ADRESKWALITEIT DRECHTSTEDEN", "AANMELDING
  // VERSLAVINGSZORG JONGVOLWASSENEN") is a title, no organisation: capitals in the upper-case opening of a line with at
  // least three capital words, unless a word is an organisation head or the span a known organisation (its place stays).
  const capsHeading = (c: Candidate) => {
    const span = text.slice(c.s, c.e);
    if (!/^[\p{Lu}\p{N}'’&. \t-]+$/u.test(span) || !/[ \t]/.test(span)) return false;
    const lineStart = text.lastIndexOf("\n", c.s - 1) + 1;
    const before = text.slice(lineStart, c.s);
    if (/\p{Ll}/u.test(before) || (before.match(/\p{Lu}{2,}/gu)?.length ?? 0) + span.split(/[ \t]+/).length < 3) return false;
    return !lex.institutions.phrases.has(phraseKey(span)) && !span.split(/[ \t]+/).some((w) => lex.institutionHeads.phrases.has(w.toLowerCase()) || HEAD_SUFFIX.test(w.toLowerCase()));
  };
  // "Loonkostensubsidie:", "de Entree-opleiding Logistiek", "het budget Jongeren Werkt", "traject \"Moeder & Werk\"": a
  // scheme word, a course, or a name after a lower-case budget, scheme or programme word is no organisation.
  const schemeOrCourse = (c: Candidate) => /^\p{L}{3,}(?:subsidie|toeslag|regeling|regelingen|regels|uitkering)$/u.test(text.slice(c.s, c.e)) ||
    /^\p{L}+-opleiding[ \t]/u.test(text.slice(c.s, c.e)) ||
    (/(?:^|[^\p{L}])(?:budget|regeling|programma|traject|pilot)[ \t]+["“'‘]?$/u.test(text.slice(Math.max(0, c.s - 12), c.s)) && !HEAD_SUFFIX.test(text.slice(c.s, c.e)) && !lex.institutionHeads.phrases.has(text.slice(c.s, c.e).split(/[ \t]+/).pop()!.toLowerCase()) && !lex.institutions.phrases.has(phraseKey(text.slice(c.s, c.e))) && !coinedRegionalOrg(text.slice(c.s, c.e)));
  // Low Saxon dialect in a quoted conversation ("Mien vrouw, de Dien", "mien zeune Gijs" with "ik bin", "bi'j", "joar"):
  // "mien" before a relation or a dialect kin word ("kleinzeun", "zeune", "klein-jong") is the possessive "mijn", no first name.
  if (may(/[Mm]ien[ \t]/.test(text)) && LOW_SAXON_MARKER.test(text))
    ctx.out = ctx.out.filter((c) => {
      if (c.label !== "persoon" || !/^[Mm]ien$/.test(text.slice(c.s, c.e))) return true;
      const next = /^[ \t]+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(c.e, c.e + 30));
      return !next || !(RELATIONS.has(next[1]) || /^(?:klein|groot|schoon|zeun|hele|heule|jong|wicht|man|vrouw)/.test(next[1]));
    });
  return ctx.out.filter((c) => (c.label !== "instelling" || (!docTitle(c) && !schemeOrCourse(c) && !capsHeading(c) && !preposition(c) && !roleLabel(c) && !titleOpened(c) && !(c.e - c.s === 1 && /^[ABC][12](?![\p{L}\p{N}])/u.test(text.slice(c.s, c.e + 2))) && !notAnOrganisation(ctx, c) && !headingOrTopicNoOrganisation(lex, text.slice(c.s, c.e)) && !departmentAfterTeam(c) && !chatName(c) && !eventWithAmpersand(text.slice(c.s, c.e)) && !GENERIC_SERVICES.has(phraseKey(text.slice(c.s, c.e)).replace(/^(?:de|het) /, "")) && !deskInPlace(lex, text.slice(c.s, c.e)))) &&
    // "in het kader van de Lbv": a capitalised word of three or more letters without a vowel is an abbreviation, no name.
    (c.label !== "persoon" || (!/(?:^|[ \t])[BCDFGHJKLMNPQRSTVWXZ][bcdfghjklmnpqrstvwxz]{2,4}(?![\p{L}])/u.test(text.slice(c.s, c.e)) && !streetOrTradeNotPerson(text, c) && !negativeStarts.has(c.s) && !LETTER_COMPOUND_END.test(text.slice(c.s, c.e)) && !notAPerson(ctx, c))) &&
    // "Nederland" in other languages is not flagged either ("Gemeinde Helmond (Niederlande)"); "minstens 12
    // Polen", "de Polen", "jullie Polen": a country name that is also the plural of its people after a number, quantifier
    // or personal pronoun is people.
    (c.label !== "plaats" || !(/^(?:Niederlande|Netherlands|the Netherlands|Pays-Bas|Países Bajos|Paesi Bassi|Holandia|Nizozemsko|Olanda|Hollanda)$/u.test(text.slice(c.s, c.e)) ||
      (text.slice(c.s, c.e) === "Polen" && /(?:^|[^\p{L}])(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|veel|vele|enkele|sommige|meerdere|wat|paar|alle|andere|die|deze|de|jullie|wij|we|onze|hun|zulke)[ \t]+$/iu.test(text.slice(Math.max(0, c.s - 12), c.s))))) &&
    // A city naming a treaty is part of the treaty's name: "via het Verdrag van New York".
    !/(?:Verdrag|Conventie)[ \t]+(?:van|inzake)[ \t]+$/u.test(text.slice(Math.max(0, c.s - 20), c.s)) &&
    // "flats aan de Zwanenveld": a district name after "aan de" without a house number is a street (not flagged).
    (c.label !== "plaats" || !(/(?:^|[^\p{L}])aan[ \t]+de[ \t]+$/u.test(text.slice(Math.max(0, c.s - 8), c.s)) && !/^[ \t]+\d/.test(text.slice(c.e, c.e + 3)))));
}

// Desks every municipality or region has; with a place after them they name the place's service, not an organisation
// ("Kredietbank Flevoland", "Sociaal Loket Zwolle", "Sociaal Team Emmen", "Werkgeverspunt Noord-Limburg", "WenI Zeeuws-Vlaanderen"). Named
// regional organisations are lexicon entries and stay ("Kredietbank Limburg", "Stadsbank Oost Nederland").
const DESK_IN_PLACE = /^(?:(?:de|het)[ \t]+)?(?:kredietbank|gemeentelijke[ \t]+kredietbank|werkgeverspunt|werkgeversservicepunt|sociaal[ \t]+loket|sociaal[ \t]+team|loket|zorgloket|wmo-?loket|jongerenloket|w[ \t]*&[ \t]*i|w[ \t]*en[ \t]*i|weni|ocmw|sociaal[ \t]+huis)[ \t]+(\p{Lu}.*)$/iu;
// (Every desk compound on "-loket": "Energieloket Zwijndrecht", "Woonloket Deventer", "Ondernemersloket Limburg".)
const LOKET_IN_PLACE = /^(?:(?:de|het)[ \t]+)?\p{L}[\p{L}-]*loket[ \t]+(\p{Lu}.*)$/iu;
// Any generic service or "-team" in a place, also as a field value ("Organisatie: FACT-team Stadskanaal",
// "Uitvoerder: Sociaal Wijkteam Assen"): the place only.
const SERVICE_IN_PLACE = /^(?:(?:de|het)[ \t]+)?(\p{L}[\p{L}-]*(?:[ \t]\p{L}[\p{L}-]*)?)[ \t]+(\p{Lu}.*)$/u;
// A walk-in, language café, youth chat or public health service that every town has is the place only,
// also capitalised ("Inloop Amsterdam", "JongerenChat Amersfoort", "GGD Utrecht", a district office "Stadsdeelkantoor Noord"); a capitalised
// "Bibliotheek Venlo" stays the library's own name.
// (also the municipal service desk: "Locatie: Servicepunt Zeewolde" is the place only)
// (s30-A: a housing corporation's or firm's customer desk in a town, under its name: "Wonen Limburg\nKlantcentrum Sittard";
// and the shelter for the homeless like the night shelter: "Daklozenopvang Amersfoort")
const TOWN_SERVICES = new Set(["inloop", "inloophuis", "jongerenchat", "ggd", "nachtopvang", "daklozenopvang", "dagopvang", "stadsdeelkantoor", "servicepunt", "klantcentrum"]);
function deskInPlace(lex: Lexicons, name: string): boolean {
  // ("Dagopvang & Inloop Amsterdam": two such services joined by "&" before the place too)
  const pair = /^(\p{L}+)[ \t]*&[ \t]*(?=\p{L})/u.exec(name);
  if (pair && (TOWN_SERVICES.has(pair[1].toLowerCase()) || GENERIC_SERVICES.has(pair[1].toLowerCase()))) return deskInPlace(lex, name.slice(pair[0].length));
  // ("de bibliotheek van Cuijk": a lower-case service "van" a place is that place's service too)
  const g = SERVICE_IN_PLACE.exec(name.replace(/^(\p{Ll}+)[ \t]+van(?=[ \t]+\p{Lu})/u, "$1"));
  if (g && TOWN_SERVICES.has(g[1].toLowerCase()) && lex.places.phrases.has(phraseKey(g[2])) && !lex.institutions.phrases.has(phraseKey(name))) return true;
  // (a capitalised generic word may open a named organisation: "Bibliotheek Rivierenland"; a team does not)
  if (g && ((GENERIC_SERVICES.has(g[1].toLowerCase()) && (/^\p{Ll}/u.test(g[1]) || /team$/i.test(g[1]))) || /^\p{L}+-team$/iu.test(g[1])) && lex.places.phrases.has(phraseKey(g[2])) && !lex.institutions.phrases.has(phraseKey(name))) return true;
  const m = DESK_IN_PLACE.exec(name) ?? (name.includes("loket") ? LOKET_IN_PLACE.exec(name) : null);
  if (!m || lex.institutions.phrases.has(phraseKey(name))) return false;
  const place = phraseKey(m[1]);
  return lex.places.phrases.has(place) || /^(?:noord|oost|zuid|west|midden)[ -]/.test(place) && lex.places.phrases.has(place.replace(/^\p{L}+[ -]/u, ""));
}

// "Mieszkam z synem Kacprem", "razem z żoną Agnieszką i synem Filipem", "do pana Jeroena": in a Polish text (a letter only
// Polish uses), a kin word or a title in any case + a capitalised word is the person's name, also in a case the lexicons do
// not know ("Kacprem"); "w firmie Vion", "przez agencję OTTO Work Force": a firm or agency word + capitalised words is the firm.
const POLISH_LETTER = /[ąćęłńśźżó]/iu;
const POLISH_KIN_NAME_RE = /(?<![\p{L}])(?:[Ss]yn(?:em|a|owi|ek|kiem)?|[Cc]órk[aąięo]|[Cc]óreczk[aąię]|[Żż]on[aąieęy]|[Mm]ąż|[Mm]ęż(?:em|a|owi)|[Bb]rat(?:em|a|u)?|[Ss]iostr(?:a|ą|ze|y)|[Mm]atk(?:a|ą|i)|[Oo]jc(?:em|a|u)|[Oo]jciec|[Ww]nuk(?:iem|a)?|[Ww]nuczk(?:a|ą)|[Pp]an(?:a|u|em)?|[Pp]ani(?:ą)?)[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu;
const POLISH_FIRM_RE = /(?<![\p{L}])(?:firmie|firmy|firma|firmą|agencji|agencję|agencja|agencją|zakładzie)[ \t]+(\p{Lu}[\p{L}&.'’-]*(?:[ \t]+\p{Lu}[\p{L}&.'’-]*){0,3})/gu;
function polishNameFrames(ctx: Ctx) {
  for (const m of allMatches(POLISH_KIN_NAME_RE, ctx.text)) {
    // (not a country in a Polish case: "w Polsce", "z Holandii")
    if (isNegative(ctx.lex, m[1].toLowerCase()) || ctx.lex.places.phrases.has(m[1].toLowerCase()) || /^(?:Polsk|Polsc|Holandi|Niemc|Niderland|Belgi|Angli|Ukrain)/u.test(m[1])) continue;
    const s = m.index + m[0].length - m[1].length;
    ctx.out.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.personContext });
  }
  for (const m of allMatches(POLISH_FIRM_RE, ctx.text)) {
    // (capitalised words only: "w firmie Vion w Groenlo" ends before "w")
    const s = m.index + m[0].length - m[1].length;
    if (isNegative(ctx.lex, m[1].toLowerCase()) || ctx.lex.places.phrases.has(phraseKey(m[1]))) continue;
    ctx.out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.institutionContext });
  }
}

const GERMAN_CONTEXT = /(?<![\p{L}])(?:Sie|Ihre|Ihr|Ihrer|unser|unsere|unserer|wir|bitte|Bitte|und|nicht|für|über|mit|auf|haben|ist|eine|einen|dass)(?![\p{L}])/u;
const GERMAN_CONTEXT_ALL = new RegExp(GERMAN_CONTEXT.source, "gu");
// In German text every noun is capitalised, so "Meine Mutter", "Der Hausarzt", "von Demenz", "der
// BG-Nummer", "der Familie Nowicki" read as names (an article or preposition as a name particle, "Meine" as a Frisian first
// name). In a German context (two German function words within 200 characters) a person span loses its leading German
// articles, possessives and prepositions and the family or courtesy nouns after them ("Frau", "Familie", "Schwester"); what
// is left is the name only when a family or courtesy noun announced it or the lexicons know it as a name.
const GERMAN_LEAD_WORDS = /^(?:der|die|das|den|dem|des|von|vom|zum|zur|mein|meine|meiner|meinen|meinem|dein|deine|sein|seine|seiner|seinen|ihr|ihre|ihrer|ihren|unser|unsere|unserer|eine|einer|einen|einem)$/i;
const GERMAN_NAME_NOUNS = /^(?:Frau|Herr|Herrn|Familie|Mutter|Vater|Schwester|Bruder|Sohn|Tochter|Tante|Onkel|Oma|Opa|Nachbarin|Nachbar|Hausarzt|Hausärztin|Kollegin|Kollege|Ehemann|Ehefrau|Enkel|Enkelin|Schwiegermutter|Schwiegervater)$/;
function germanNounPersons(ctx: Ctx) {
  const { text, lex } = ctx;
  const germanAt = (c: Candidate) => {
    const win = text.slice(Math.max(0, c.s - 200), Math.min(text.length, c.e + 200));
    return new Set([...allMatches(GERMAN_CONTEXT_ALL, win)].map((m) => m[0].toLowerCase())).size >= 2;
  };
  const drop = new Set<Candidate>();
  for (const c of ctx.out) {
    if (c.label !== "persoon") continue;
    const words = [...allMatches(/[^ \t\n]+/gu, text.slice(c.s, c.e))];
    let k = 0;
    let announced = false;
    while (k < words.length && (GERMAN_LEAD_WORDS.test(words[k][0]) || GERMAN_NAME_NOUNS.test(words[k][0]))) {
      announced ||= GERMAN_NAME_NOUNS.test(words[k][0]);
      k++;
    }
    if (k === 0 || !germanAt(c)) continue;
    const rest = words.slice(k).map((w) => w[0]);
    // "von Brandt", "Van der Berg": a particle before a known surname stays the name.
    if (rest.length && !announced && /^(?:von|vom|der|den)$/i.test(words[0][0]) && lex.surnames.has(rest[rest.length - 1])) continue;
    const known = rest.length > 0 && rest.some((w) => lex.firstNames.has(w) || lex.surnames.has(w));
    if (!rest.length || !(announced || known) || !/^\p{Lu}/u.test(rest[0])) {
      drop.add(c);
      continue;
    }
    c.s += words[k].index;
  }
  if (drop.size) ctx.out = ctx.out.filter((c) => !drop.has(c));
}
const THING_STREET_RE = new RegExp(`^${THING_STREET}$`, "u");
const TRADE_SURNAMES = new Set("bakker visser smit schipper kok timmerman molenaar boer schilder koster mulder slager brouwer kuiper metselaar schoenmaker kapper dekker wever snijder kramer smid verver jager herder".split(" "));
const STREET_AFTER_DE = /(?:^|[\s(])(?:aan|op|in|naar|van|via|bij|langs|over)[ \t]+de[ \t]+$/;

/** A person candidate that is a street ("aan de Pieter Calandlaan") or a trade ("Bakker worden was zijn droom"). */
function streetOrTradeNotPerson(text: string, c: Candidate): boolean {
  const name = text.slice(c.s, c.e);
  // "[10:05] KM: …", "KM → klant": a role abbreviation (klantmanager, jobcoach, casemanager, persoonlijk begeleider,
  // werkbegeleider, bewindvoerder, maatschappelijk werker) as a speaker label is a role, no person.
  if (/^(?:KM|JC|CM|PB|WB|BW|MW|TM|WC|KL)$/.test(name) && /^[ \t]*(?::|→|->|>)/.test(text.slice(c.e, c.e + 4))) return true;
  // "bei der Gemeinde Kerkrade", "der Kreis Heinsberg": a German article + an administrative noun is no surname.
  if (/^(?:der|den|dem|des)[ \t]+(?:Gemeinde|Stadt|Stadtverwaltung|Kreis|Landkreis|Städteregion)$/.test(name)) return true;
  // "Bitte überweisen Sie den Betrag auf …": in German text an article + a noun is no name particle +
  // surname (German function words around it tell the language; Dutch "meneer den Hartog" has none).
  if (/^(?:der|den|dem|des)[ \t]+\p{Lu}\p{Ll}+$/u.test(name) && GERMAN_CONTEXT.test(text.slice(Math.max(0, c.s - 80), Math.min(text.length, c.e + 80)))) return true;
  // A name after "aan/op/in de" whose last word is street-shaped is a street without a house number.
  if (STREET_SHAPE.test(name) && STREET_AFTER_DE.test(text.slice(Math.max(0, c.s - 12), c.s))) return true;
  // "signaal woningdelen Floris van Adrichemlaan", "de Jan van Goyenkade": a name whose last word is
  // street-shaped is a street named after a person (even without a house number or "aan de").
  if (/[ \t](?:van|de|der|den|ter|ten)[ \t]+\p{Lu}[\p{L}'’-]*$/u.test(name) && STREET_SHAPE.test(name)) return true;
  // An occupational surname opening a sentence before "worden/zijn/is een vak" is the trade.
  // "gestopt met de opleiding Timmerman (niveau 2)", "diploma Kok niveau 3": an occupational surname after a word of
  // training, or before its level, is the trade being learnt.
  if (TRADE_SURNAMES.has(name.toLowerCase()) && (/(?<![\p{L}])(?:[Oo]pleiding|[Cc]ursus|[Rr]ichting|[Ss]tudie|[Dd]iploma|[Cc]ertificaat|[Vv]ak|[Bb]eroep|[Mm]bo|MBO|BBL|BOL)(?:-\p{Ll}+)?[ \t]*:?[ \t]+$/u.test(text.slice(Math.max(0, c.s - 20), c.s)) || /^[ \t]*\(?[ \t]*(?:[Nn]iveau|[Ll]evel)[ \t]+\d/u.test(text.slice(c.e, c.e + 12)))) return true;
  if (TRADE_SURNAMES.has(name.toLowerCase()) && /(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, c.s - 3), c.s)) && /^[ \t]+(?:worden|zijn|is een vak|was een vak|is een beroep|leren)\b/.test(text.slice(c.e, c.e + 16))) return true;
  return false;
}

// --- acronym, trade-word and office organisations, compass districts, ages beside a name ---
// "in de Z-route", "met een B-status": a capital letter (+ digit) + hyphen + a lower-case noun is a thing, never a name.
const LETTER_COMPOUND_END = /(?:^|\s)\p{Lu}\d?-\p{Ll}{3,}$/u;
// "Sociale Dienst Walcheren", "Sociale Dienst Midden-Holland", "Sociale Dienst Gooi en Vechtstreek": a sociale dienst
// named after a region or place is one named (intermunicipal) organisation; "de sociale dienst" alone is generic and
// "Sociaal Team Emmen" stays the place only (deskInPlace).
// Also after a regional adjective: "Sociale Dienst Westelijke Mijnstreek", "Sociale Dienst Oostelijk Zuid-Limburg".
const SOCIAL_SERVICE_RE = /(?<![\p{L}])[Ss]ociale[ \t]+([Dd]ienst|[Zz]aken)[ \t]+((?:\p{Lu}\p{Ll}+(?:elijke?|lijke?|ische)[ \t]+)?\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*(?:[ \t]+(?:en|aan|van|op)[ \t]+\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*|[ \t]+\p{Lu}[\p{L}'’]+)?)/gu;
// "Metaalbewerking Ter Horst", "Houtbewerking Kok", "Schildersbedrijf De Vries": a trade compound + a surname is a firm.
// (also shops and centres: "Telecenter Bouzid", "Belwinkel Yilmaz", "Fietsenzaak Kamphuis")
// (Also a German office: "Steuerbüro Möller".)
// (Also a trading house, a goods maker and a green-space firm: "Bloemenexport Van Leeuwen", "Lederwaren De Graaf",
// "Groenvoorziening De Hoeve"; and a family-run care home named after the family: "Gezinshuis Brouwer".)
const TRADE_COMPOUND_WORDS = "recycling|büro|bewerking|verwerking|bedrijf|teelt|telers|werk|hof|werken|techniek|handel|service|bouw|transport|installatie|installaties|onderhoud|schilders|smederij|timmerfabriek|fabriek|werkplaats|kwekerij|hoveniers|center|winkel|zaak|shop|export|import|waren|voorziening";
const TRADE_COMPOUND = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}{2,}(?:${TRADE_COMPOUND_WORDS})|Gezinshuis)$`, "u");
// (its hint, from the same words)
const TRADE_COMPOUND_HINT = new RegExp(String.raw`(?:${TRADE_COMPOUND_WORDS}|Gezinshuis)[ \t]+\p{Lu}`, "u");
// Product and trade words that open a shop's name before the owner's surname ("Witgoed Wubbels", "Fietsen Kamphuis").
const PRODUCT_HEADS = new Set("Witgoed Bruingoed Elektro Fietsen Tweewielers Autobedrijf Autoschade Garage Banden Tegels Keukens Vloeren Meubelen Meubels Kozijnen Zonwering Bloemen Groenten Schoenen Tapijt Tapijten Gordijnen Woninginrichting Bedden Verf Glas Hout Bouwmaterialen Installatiebedrijf Loodgietersbedrijf Schildersbedrijf Klusbedrijf Aannemersbedrijf Hoveniersbedrijf Dakdekkersbedrijf Taxi Rijschool Bakkerij Slagerij Kapsalon Drukkerij Schoonmaakbedrijf Transportbedrijf Koeriersdienst Verhuisbedrijf Tuincentrum Dierenspeciaalzaak Zonnepanelen Witgoedservice Champignons Aardappelen Aardbeien Tomaten Paprika's Komkommers Bloembollen Bollen Eieren Groente Fruit Planten Potplanten Kaas Vis Vlees Zuivel Pluimvee Asperges Boomkwekerij Kwekerij Loonbedrijf Tuinbouw Veehandel".split(" "));
const PRODUCT_HEAD_HINT = /(?:goed|Champignons|Aardappelen|Aardbeien|Tomaten|Paprika's|Komkommers|Bollen|Eieren|Groente|Fruit|Planten|Kaas|Vis|Vlees|Zuivel|Pluimvee|Asperges|Kwekerij|Loonbedrijf|Tuinbouw|Veehandel|Elektro|Fietsen|Tweewielers|bedrijf|schade|Garage|Banden|Tegels|Keukens|Vloeren|Meubel|Kozijnen|Zonwering|Bloemen|Groenten|Schoenen|Tapijt|Gordijnen|inrichting|Bedden|Verf|Glas|Hout|materialen|Taxi|Rijschool|Bakkerij|Slagerij|Kapsalon|Drukkerij|dienst|centrum|zaak|panelen|service)[ \t]+\p{Lu}/u;
// (Also with initials: "Visserijbedrijf C.J. Zijp".)
const TRADE_SURNAME_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})[ \t]+(?:(?:\p{Lu}\.){1,4}[ \t]?)?((?:(?:[Vv]an|[Dd]e[nr]?|[Tt]e[rn])[ \t]+)*\p{Lu}\p{Ll}{1,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}]|[ \t]+\p{Lu})/gu;
// "begint bij Bakker Barendrecht", "werkt bij Slagerij Oss": a capitalised trade noun + a place after "bij/via/voor" is the
// tradesman's firm named after its place.
const TRADE_PLACE_RE = /(?<![\p{L}])(?:bij|via|voor)[ \t]+((?:Bakker|Bakkerij|Slager|Slagerij|Kapper|Kapsalon|Garage|Fietsenmaker|Drukkerij|Hovenier|Loodgieter|Schilder|Schildersbedrijf|Timmerbedrijf|Aannemer|Aannemersbedrijf|Installateur|Autobedrijf|Poelier|Visboer|Groenteboer|Bloemist|Opticien|Juwelier)[ \t]+(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*))(?![\p{L}]|[ \t]+\p{Lu})/gu;
// "Bewindkantoor Noord", "Administratiekantoor West": an office compound + a compass direction is a named firm.
// (Also a staffing pool: "Flexpool Noord", "Uitzendpool West".)
// (Also a guide or advice compound and a regional telecom firm, "Ondernemerskompas Oost", "Telecom Zuid-West"; a hyphenated
// direction; and a qualifying adjective before the head, which makes even a generic desk a named body: "Agrarisch Steunpunt
// Noord", "Juridisch Adviesbureau West".)
const OFFICE_DIRECTION_RE = /(?<![\p{L}])(?:(\p{Lu}\p{Ll}{3,}(?:isch|aal|eel))[ \t]+)?(\p{Lu}\p{Ll}{2,}(?:kantoor|bureau|advies|administratie|adviseurs|pool|kompas)|Telecom|(?:Werk|Jongeren|Service|Informatie|Steun|Meld|Leer|Zorg|Wijk|Buurt|Klant|Stads|Dorps|Welzijns)(?:punt|plein|loket))[ \t]+(?:Noord|Oost|Zuid|West|Midden|Noordoost|Noordwest|Zuidoost|Zuidwest|(?:Noord|Zuid)-(?:Oost|West))(?![\p{L}-])/gu;
// "stadsdeel Zuidoost", "stadsdeel Nieuw-West": a compass district after "stadsdeel" is a place.
const DISTRICT_DIRECTION_RE = /(?<![\p{L}])[Ss]tadsdeel[ \t]+((?:Nieuw-)?(?:Noord|Oost|Zuid|West|Zuidoost|Noordoost|Zuidwest|Noordwest|Centrum))(?![\p{L}-])/gu;
// "dhr de Groot uit Papendrecht, schilder, 61": a person (+ "uit" a place), a lower-case occupation and a bare number.
const OCCUPATION_AGE_RE = /^(?:[ \t]+uit[ \t]+\p{Lu}[\p{L}'’-]+)?,[ \t]*\p{Ll}[\p{Ll}-]{3,20},[ \t]*(\d{2})(?=[ \t]*(?:jaar|jr)?[ \t]*(?:[,.;)!?\n]|$))/u;
// "I'm 60 now", "I am 58 years old": an English self-stated age.
// (Also the addressee of a letter, after "now (that)/since/as": "now that you are 20 and no longer …"; not
// "if you are 18": a limit.)
const EN_SELF_AGE_RE = /(?<![\p{L}])(?:I['’]m|I am|(?<=(?:[Nn]ow(?:[ \t]+that)?|[Ss]ince|[Bb]ecause|[Aa]s)[ \t]+)(?:you['’]re|you[ \t]+are))[ \t]+(\d{2})(?=[ \t]+(?:now|years?[ \t]+old|this year|and)(?![\p{L}])|[ \t]*(?:[,.;!?\n]|$))/gu;
// "ONS welzijn", "SAMEN wonen": a common word written in capitals before a lower-case wonen/zorg/welzijn is a brand.
// "Gerda Kok (SED organisatie)": an acronym + "organisatie" is a regional (work) organisation; national bodies
// ("UWV organisatie") are hard negatives.
const CAPS_ORGANISATION_RE = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})[ \t]+organisatie(?![\p{L}])/gu;
const CAPS_WORD_TAIL_RE = /(?<![\p{L}\p{N}])(\p{Lu}{3,8})[ \t]+(?:wonen|zorg|welzijn)(?![\p{L}])/gu;
// "3. Casus D. (op verzoek alleen initiaal), 20": a case heading with only an initial names the client.
const CASE_INITIAL_RE = /(?<=(?:^|\n)[ \t]*(?:(?:\d{1,2}[.)]|[-*•])[ \t]*)?[Cc]asus[ \t]+)\p{Lu}\.(?=[ \t]*[(,:\n–-])/gu;
// "mw. Door van Hoof-Hendriks", "dhr. Wil de Boer": after a title a capitalised word before a particle + surname is the
// first name, also when it is an ordinary word.
const TITLE_WORD_FIRST_NAME_RE = /(?<=(?:^|[^\p{L}])(?:[Mm]w|[Mm]evr|[Dd]hr|[Mm]evrouw|[Mm]eneer|[Mm]nr)\.?[ \t]+)\p{Lu}\p{Ll}{2,}[ \t]+(?:van|de|der|den|ter|ten|te|'t)(?:[ \t]+(?:de|der|den|het|'t))?[ \t]+\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?/gu;
// "Werkplein Kanaleneiland", "Stadskantoor Overvecht": a generic service (not a wijkcentrum: those are named buildings) + a place-shaped word no lexicon knows is the
// district (the service is generic): the place only.
const SERVICE_DISTRICT_RE = /(?<![\p{L}])(?:Werkplein|Stadskantoor|Wijkteam|Buurtteam|Sociaal Wijkteam|Jongerenloket|Stadsdeelkantoor|Wijkbureau|F?ACT-team|F?ACT[ \t]team)[ \t]+(\p{Lu}\p{Ll}{3,}(?:eiland|dorp|wijk|buurt|stad|veen|wolde|hoek|hof|horst|veld|kamp|waard|weide|donk|meer|hout|berg|broek|heuvel|akker|landen|vliet|stede|oord|laar|kerk|zijl|zuid|noord|oost|west))(?![\p{L}-]|[ \t]+\p{Lu})/gu;
/** A district no lexicon knows after a generic service is the place: "Werkplein Kanaleneiland". */
function serviceDistrictPlaces(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/(?:plein|kantoor|team|centrum|huis|loket|bureau)[ \t]+\p{Lu}/iu.test(text)))
    for (const m of allMatches(SERVICE_DISTRICT_RE, text)) {
      if (lex.institutions.phrases.has(phraseKey(m[0])) || lex.surnames.has(m[1]) || lex.firstNames.has(m[1])) continue;
      const s = m.index + m[0].length - m[1].length;
      out.push({ s, e: s + m[1].length, label: "plaats", prio: PRIO.institutionHead + 6 });
    }
}

/** An ordinary word after a title, before a particle + surname, is the first name: "mw. Door van Hoof". */
function wordFirstNameAfterTitle(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/(?:mw|mevr|dhr|mevrouw|meneer|mnr)\.?[ \t]+\p{Lu}\p{Ll}{2,}[ \t]+(?:van|de|der|den|ter|ten|te|'t)[ \t]/iu.test(text)))
    for (const m of allMatches(TITLE_WORD_FIRST_NAME_RE, text)) {
      const words = m[0].split(/[ \t]+/);
      const first = words[0];
      const lastKey = phraseKey(words[words.length - 1]);
      if (lex.surnames.has(first) || lex.ambiguousSurnames.has(first) || lex.places.phrases.has(first.toLowerCase()) || lex.institutions.phrases.has(first.toLowerCase()) || (isNegative(lex, first.toLowerCase()) && !lex.common.has(first.toLowerCase()))) continue;
      if (isNegative(lex, lastKey) || lex.institutions.phrases.has(lastKey) || lex.places.phrases.has(lastKey) || lex.institutionHeads.phrases.has(lastKey) || /^\p{Lu}{2,}$/u.test(words[words.length - 1])) continue;
      out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personTitle + 1 });
    }
}

/** A case heading with only an initial names the client: "3. Casus D. (op verzoek alleen initiaal)". */
function caseHeadingInitials(ctx: Ctx) {
  const { text, out } = ctx;
  if (may(/[Cc]asus[ \t]+\p{Lu}\./u.test(text)))
    for (const m of allMatches(CASE_INITIAL_RE, text)) out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personTitle });
}

/** An acronym + "organisatie" is a regional organisation: "Gerda Kok (SED organisatie)". */
function acronymOrganisations(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/\p{Lu}{2}[ \t]+organisatie/u.test(text)))
    for (const m of allMatches(CAPS_ORGANISATION_RE, text)) {
      const low = m[1].toLowerCase();
      if (lex.negatives.phrases.has(low) || lex.places.phrases.has(low) || NATIONAL_HEADLESS.has(low)) continue;
      out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 2 });
    }
}

/** A common word in capitals before wonen/zorg/welzijn is a brand: "ONS welzijn". */
function capitalisedWordCareBrands(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/\p{Lu}{3}[ \t]+(?:wonen|zorg|welzijn)/u.test(text)))
    for (const m of allMatches(CAPS_WORD_TAIL_RE, text)) {
      const low = m[1].toLowerCase();
      if (!lex.common.has(low) || lex.negatives.phrases.has(low)) continue;
      out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 2 });
    }
}

/** A compass district after "stadsdeel" is a place: "stadsdeel Zuidoost". */
function compassDistricts(ctx: Ctx) {
  const { text, out } = ctx;
  if (may(/[Ss]tadsdeel[ \t]/.test(text)))
    for (const m of allMatches(DISTRICT_DIRECTION_RE, text)) {
      const s = m.index + m[0].length - m[1].length;
      out.push({ s, e: s + m[1].length, label: "plaats", prio: PRIO.placeContext + 3 });
    }
}

/** An English self-stated age: "I'm 60 now". */
function englishSelfStatedAges(ctx: Ctx) {
  const { text, out } = ctx;
  if (may((/I['’ ]/.test(text) || /you['’ ]/.test(text)) && /\d\d/.test(text)))
    for (const m of allMatches(EN_SELF_AGE_RE, text)) {
      const n = Number(m[1]);
      if (n < 16 || n > 105) continue;
      const s = m.index + m[0].length - m[1].length;
      out.push({ s, e: s + 2, label: "leeftijd", prio: PRIO.leeftijd });
    }
}

/** A bare number after a person and a lower-case occupation is the age: "dhr de Groot uit Papendrecht, schilder, 61". */
function occupationAgesAfterPersons(ctx: Ctx) {
  const { text, out } = ctx;
  if (may(text.includes(",")))
    for (const c of out.slice()) {
      if (c.label !== "persoon" || c.prio < PRIO.personContext) continue;
      const m = OCCUPATION_AGE_RE.exec(text.slice(c.e, c.e + 70));
      if (!m || Number(m[1]) < 16 || Number(m[1]) > 105) continue;
      const s = c.e + m[0].length - 2;
      out.push({ s, e: s + 2, label: "leeftijd", prio: PRIO.leeftijd });
    }
}

/** A sociale dienst named after a region or place is one organisation: "Sociale Dienst Walcheren". */
function regionalSocialServices(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/[Ss]ociale[ \t]+(?:[Dd]ienst|[Zz]aken)/.test(text)))
    for (const m of allMatches(SOCIAL_SERVICE_RE, text)) {
      let tail = m[2];
      // (a second capitalised word only as part of a known region: "Sociale Zaken Maastricht Heuvelland")
      if (/[ \t]\p{Lu}[\p{L}'’]+$/u.test(tail) && !/ (?:en|aan|van|op) /.test(tail) && !/^\p{Lu}\p{Ll}+(?:elijke?|lijke?|ische)[ \t]/u.test(tail) && !lex.places.phrases.has(phraseKey(tail))) tail = tail.replace(/[ \t]+\p{Lu}[\p{L}'’]+$/u, "");
      const key = phraseKey(tail);
      // ("Sociale Zaken" + a single municipality is its department, the place only: "afdeling Sociale Zaken Zwolle"; with a
      // region it is the intermunicipal service: "Sociale Zaken Maastricht Heuvelland")
      if (/^[Zz]/.test(m[1]) && lex.townsAndDistricts.has(key)) continue;
      const region = lex.places.phrases.has(key) || lex.places.phrases.has(key.replace(/^\p{L}+(?:elijke?|lijke?|ische) /u, "")) || /^(?:noord|oost|zuid|west)elijke? /.test(key) || / en | aan | van | op /.test(key) || /^(?:noord|oost|zuid|west|midden|groot|zuidoost|noordoost|zuidwest|noordwest) /.test(key);
      if (!region || lex.common.has(key)) continue;
      out.push({ s: m.index, e: m.index + m[0].length - m[2].length + tail.length, label: "instelling", prio: PRIO.personTitle + 2 });
    }
}

/** A trade compound + a surname is a firm: "Metaalbewerking Ter Horst". */
function tradeCompoundSurnameFirms(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(TRADE_COMPOUND_HINT.test(text)))
    for (const m of allMatches(TRADE_SURNAME_RE, text)) {
      if (!TRADE_COMPOUND.test(m[1]) || lex.common.has(m[1].toLowerCase()) && !/bewerking|verwerking|bedrijf$/.test(m[1])) continue;
      const sur = m[2];
      // "Vleeswaren Gebr. Hulsman", "Hekwerk Gebroeders Van Dam": a firm head after the trade opens the owner's name.
      if (FIRM_HEAD.test(sur)) {
        const end = m.index + m[0].length;
        const owner = /^\.?[ \t](?:(?:[Vv]an|[Dd]e[nr]?|[Tt]e[rn]?)[ \t]+){0,2}\p{Lu}[\p{L}'’-]+/u.exec(text.slice(end, end + 40));
        if (owner) out.push({ s: m.index, e: end + owner[0].length, label: "instelling", prio: PRIO.personTitle + 2 });
        continue;
      }
      const last = sur.split(/[ \t]+/).pop()!;
      // Also a surname the lexicon does not know ("Houtbewerking Koudijs"): no first name, word, place or
      // hard negative, and not at a sentence start for a shop word ("Winkel Jan …" is no firm).
      // (not a course or a level: "De opleiding Metaalbewerking Niveau 2", "cursus Houtbewerking Basis")
      const unknownSurname = !sur.includes(" ") && !/^[ \t]*\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
        !COURSE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) && !lex.firstNames.has(sur) && !lex.common.has(sur.toLowerCase()) && !isNegative(lex, phraseKey(sur)) && !lex.institutionHeads.phrases.has(sur.toLowerCase()) && !lex.institutions.phrases.has(phraseKey(sur));
      if (!(lex.surnames.has(last) || lex.surnames.has(sur) || /^(?:[Vv]an|[Dd]e[nr]?|[Tt]e[rn])[ \t]/.test(sur) || unknownSurname)) continue;
      if (lex.places.phrases.has(phraseKey(sur))) continue;
      out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 2 });
    }
}

/** A product or trade word before a surname names the shop: "bij Fietsen Kamphuis". */
function productHeadShops(ctx: Ctx) {
  const { text, lex, out } = ctx;
  // "de offerte van Witgoed Wubbels", "bij Fietsen Kamphuis": a product or trade word before a surname-shaped word
  // names the shop (not at a sentence start: "Fietsen Jan en Piet …").
  if (may(PRODUCT_HEAD_HINT.test(text)))
    for (const m of allMatches(TRADE_SURNAME_RE, text)) {
      if (!PRODUCT_HEADS.has(m[1])) continue;
      // Also after a lower-case trade compound: "champignonkwekerij Champignons Van Rens".
      if (!/(?:^|[^\p{L}])(?:van|bij|via|voor|naar|met|door|aan|de|het|en)[ \t]+$/u.test(text.slice(Math.max(0, m.index - 8), m.index)) && !/(?:^|[^\p{L}])\p{Ll}{3,}(?:kwekerij|bedrijf|boerderij|fabriek|winkel|zaak|teler|telers|handel|kwekers)[ \t]+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const sur = m[2];
      // "Vleeswaren Gebr. Hulsman", "Hekwerk Gebroeders Van Dam": a firm head after the trade opens the owner's name.
      if (FIRM_HEAD.test(sur)) {
        const end = m.index + m[0].length;
        const owner = /^\.?[ \t](?:(?:[Vv]an|[Dd]e[nr]?|[Tt]e[rn]?)[ \t]+){0,2}\p{Lu}[\p{L}'’-]+/u.exec(text.slice(end, end + 40));
        if (owner) out.push({ s: m.index, e: end + owner[0].length, label: "instelling", prio: PRIO.personTitle + 2 });
        continue;
      }
      const last = sur.split(/[ \t]+/).pop()!;
      if ((lex.firstNames.has(last) && !/^(?:[Vv]an|[Dd]e[nr]?|[Tt]e[rn])[ \t]/.test(sur)) || lex.common.has(last.toLowerCase()) || isNegative(lex, phraseKey(last)) || lex.places.phrases.has(phraseKey(sur)) || lex.institutions.phrases.has(phraseKey(sur))) continue;
      out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 2 });
    }
}

/** A trade noun + a place after "bij/via/voor" is the firm named after its place: "bij Bakker Barendrecht". */
function tradesmanPlaceFirms(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/(?:bij|via|voor)[ \t]+\p{Lu}/u.test(text)))
    for (const m of allMatches(TRADE_PLACE_RE, text)) {
      if (!lex.places.phrases.has(phraseKey(m[2])) || lex.abroad.has(phraseKey(m[2]))) continue;
      const s = m.index + m[0].indexOf(m[1]);
      out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.personTitle + 2 });
    }
}

/** An office compound + a compass direction is a named firm: "Bewindkantoor Noord". */
function officeCompassFirms(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/(?:kantoor|bureau|advies|administratie|adviseurs|pool|punt|plein|loket|kompas|Telecom)[ \t]+(?:Noord|Oost|Zuid|West|Midden)/.test(text)))
    for (const m of allMatches(OFFICE_DIRECTION_RE, text)) {
      if ((!m[1] && GENERIC_SERVICES.has(m[2].toLowerCase())) || lex.negatives.phrases.has(m[2].toLowerCase())) continue;
      out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 5 });
    }
}

// Nouns by their ending: "mw. Medicatie via …" (a title ending a sentence before a noun), never a surname.
// (not the Hindustani first names in -watie: "oma Kalawatie", "Soekwatie")
const NOUN_END = /^\p{Lu}\p{Ll}{3,}(?:(?<!w)atie|itie|utie|ctie|heid|schap|teit|isme|ologie)$/u;
// German organisation nouns: "van de Familienkasse", "bij het Jobcenter", "von der Agentur für Arbeit".
const GERMAN_ORG_END = /\p{L}{3,}(?:kasse|amt|agentur|behörde|stelle|verwaltung|versicherung|gericht)$/u;
// A separator line in a forwarded mail: "---------- Weitergeleitete Nachricht ---------", "----- Original Message -----".
const SEPARATOR_LINE = /^[ \t]*[-=_*]{3,}[^\n]*[-=_*]{3,}[ \t]*$/;
// Weekday abbreviations before a date: "Datum: Mo., 27. Mai 2024", "Fri., 3/5": no name.
const WEEKDAY_ABBREVIATION = /^(?:Mo|Di|Mi|Do|Fr|Sa|So|Ma|Wo|Vr|Za|Zo|Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/;

// "Bataafse Kamp", "Twentse Poort": a regional adjective (-se/-sche) + a noun names a school, building or organisation,
// never a person (unless the first word is a known name).
const ADJECTIVE_NAMED = /^(\p{Lu}\p{Ll}{2,}(?:se|sche))[ \t]+\p{Lu}\p{Ll}+$/u;
const adjectiveNamed = (lex: Lexicons, name: string) => { const m = ADJECTIVE_NAMED.exec(name); return !!m && !lex.firstNames.has(m[1]) && !lex.surnames.has(m[1]) && !lex.ambiguousSurnames.has(m[1]); };

// "de Leerwerkloket-intake", "Wmo-gesprek": an organisation or service + a hyphen + a process noun is the process.
// "Vroeg Eropaf", "Samen Erbij": a name ending in "Er" + preposition(s) (a pronominal-adverb compound) names a programme.
const PRONOMINAL_ADVERB_END = /(?:^|[ \t])Er(?:op|af|bij|in|uit|door|voor|mee|naar|over|aan|toe|onder|tussen|achter|om|tegen|langs){1,2}$/u;
const PROCESS_COMPOUND_END = /-(?:intake|gesprek|traject|aanvraag|afspraak|procedure|formulier|melding|brief|route|regeling|vacature|training|cursus|bijeenkomst|overleg|screening|indicatie|berichten|bericht|spraakberichten|spraakbericht|status|oproep|oproepen)$/;

/** Organisation candidates that the shape of their context rules out. */
// English words that make up a job title ("Lead Software Test", "Senior Data Analyst").
const EN_JOB_WORDS = new Set("lead senior junior medior principal chief head software test testing tester quality assurance qa data engineer engineering developer development manager product owner project program programme scrum master analyst consultant officer specialist support sales marketing account business operations designer architect hr finance customer service success team founder co-founder cofounder owner chef sous ceo cto cfo coo director executive student counsellor counselor advisor adviser coordinator".split(" "));
function notAnOrganisation(ctx: Ctx, c: Candidate): boolean {
  const name = ctx.text.slice(c.s, c.e);
  if (PROCESS_COMPOUND_END.test(name)) return true;
  // A municipal or membership pass is a card, no organisation: "via de Stadspas", "de Ooievaarspas", "GelrePas",
  // "U-pas" (not "Geldkompas", "Jobkompas", "Wooncompas": a compass, in either spelling, is a name).
  if (name.endsWith("as") && /^(?:(?:de|het)[ \t]+)?\p{Lu}(?:\p{L}{2,}(?<![KkCc]om)|-)[Pp]as$/u.test(name) && !ctx.lex.institutions.phrases.has(phraseKey(name))) return true;
  // A sports team's age group glued to its number is no organisation: "bij de O19", "JO17-1", "MO15", "U21".
  // (Also "NT2", Dutch as a second language; not "N26", a bank.)
  if (name.length <= 2 && /^(?:O|JO|MO|U|NT)$/u.test(name) && /^\d{1,2}(?![\p{L}\p{N}])/u.test(ctx.text.slice(c.e, c.e + 3))) return true;
  // "via Vroeg Eropaf", "Samen Erbij": a programme named with a pronominal-adverb compound is a municipal approach, no organisation.
  if (PRONOMINAL_ADVERB_END.test(name) && !ctx.lex.institutions.phrases.has(phraseKey(name))) return true;
  // "gerrit van de werkplaats belde": a lower-case workplace noun is no organisation's name.
  if (/^(?:de|het) (?:werkplaats|werkvloer|fabriek|kantine|balie|keuken|loods|magazijn|winkel|zaak)$/.test(name)) return true;
  // "(BOL, niveau 3)", "BBL-route": the learning tracks of the mbo.
  if (/^(?:BOL|BBL)$/.test(name)) return true;
  // "Woonconsulent Haaksbergen", "Jobcoach Enschede": a role + a place is the place (and the role), no organisation.
  const sp = name.indexOf(" ");
  // (Not as the value of an organisation field: "Organisatie: Jobcoach Brabant" names the firm.)
  if (sp > 0 && /^\p{Ll}+(?:consulent|coach|begeleider|manager|adviseur|werker|verlener|matcher|regisseur)$/u.test(name.slice(0, sp).toLowerCase()) && ctx.lex.places.phrases.has(phraseKey(name.slice(sp + 1))) && !ORG_FIELD_BEFORE.test(ctx.text.slice(Math.max(0, c.s - 40), c.s))) return true;
  // "het college van B&W Haarlemmermeer", "College van B en W": the municipal executive is no organisation
  // to mask (a place after it stays the place).
  if (/^[Cc]ollege[ \t]+van[ \t]+(?:B[ \t]*&[ \t]*W|B[ \t]+en[ \t]+W|[Bb]urgemeester[ \t]+en[ \t]+[Ww]ethouders|GS|Gedeputeerde[ \t]+Staten)(?![\p{L}])/u.test(name)) return true;
  // "Wmo-consulent Sandra Ouwerkerk", "schuldhulp-coach Eva Kapelle": a role (also hyphenated) + a lexicon
  // first name + a capitalised word is a person with a role, even when the surname is also a village.
  const roleName = /^(\p{L}+(?:-\p{Ll}+)?)[ \t]+(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}/u.exec(name);
  if (roleName && ROLE_SUFFIX.test(roleName[1].toLowerCase().replace("-", "")) && ctx.lex.firstNames.has(roleName[2]) && !ctx.lex.places.phrases.has(phraseKey(roleName[2]))) return true;
  // "locatie Kanaalweg, zaal 3": a lone street name is a location, no organisation (unless a lexicon name).
  if (sp < 0 && /\p{Ll}{3}(?:straat|laan|weg|plein|gracht|singel|dreef|steeg|plantsoen)$/u.test(name) && !ctx.lex.institutions.phrases.has(phraseKey(name)) && !ctx.lex.surnames.has(name)) return true;
  // "bij het Korps Mariniers", "de Luchtmobiele Brigade": the armed forces are national bodies.
  if (ARMED_FORCES.test(name)) return true;
  // "de BBL-opleiding Teelt & Ondernemerschap": a course opening the name is a course, no organisation.
  if (/^(?:BBL|BOL|MBO|mbo|HBO|hbo)-?(?:opleiding|traject|route)[ \t]/u.test(name)) return true;
  // "Inkomsten toko besproken": a plural noun before a lower-case shop word is the shop's income, not its name.
  const pl = /^(\p{Lu}\p{Ll}{3,}(?:en|sten|ingen))[ \t]+\p{Ll}+$/u.exec(name);
  if (pl && HEAD_SUFFIX.test(name) && !ctx.lex.surnames.has(pl[1]) && !ctx.lex.firstNames.has(pl[1]) && !ctx.lex.institutions.phrases.has(phraseKey(pl[1]))) return true;
  // "via het Bbz-loket", "het Wmo-loket": a desk named after a law or a short abbreviation is a generic service.
  if (/^(?:(?:de|het)[ \t]+)?(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}{1,3})-loket$/u.test(name)) return true;
  // "Mentor / SLB Logistiek", "IB Onderbouw": a role abbreviation opening the name is a role + a department.
  if (sp > 0 && /^(?:SLB|IB|PB|KM|JC|CM|TM)$/.test(name.slice(0, sp))) return true;
  // "Our son Vikram", "His school (…)": an English possessive opens no organisation's name.
  if (/^(?:Our|His|Her|My|Their|Your|Its)[ \t]+\p{Ll}/u.test(name)) return true;
  // "netwerk Arbeidsmigratie Eindhoven", "team Inburgering Zwolle": a policy topic (-atie/-ering) + a known
  // place is the place the topic is handled in, no organisation (not a head word: "Bewindvoering X", nor a lexicon name).
  // (Also with a capitalised "Team/Netwerk/Afdeling" in the name: "Team Arbeidsmigratie Westland".)
  const topic = /^(?:(?:Team|Netwerk|Afdeling)[ \t]+)?(\p{Lu}\p{Ll}{4,}(?:atie|ering))[ \t]+(\p{Lu}.*)$/u.exec(name);
  if (topic && ctx.lex.places.phrases.has(phraseKey(topic[2])) && !ctx.lex.institutionHeads.phrases.has(topic[1].toLowerCase()) && !ctx.lex.institutions.phrases.has(phraseKey(name)) && !ctx.lex.institutions.phrases.has(phraseKey(topic[1]))) return true;
  // A network or platform of a care domain in a region is the region's network, the place only: "Netwerk
  // Dagbesteding Súdwest-Fryslân", "Platform Mantelzorg Twente" (a named foundation keeps its head: "Stichting …").
  const network = (name.startsWith("Netwerk") || name.startsWith("Platform")) && /^(?:Netwerk|Platform)[ \t]+(\p{Lu}\p{Ll}{4,})[ \t]+(\p{Lu}.*)$/u.exec(name);
  if (network && /(?:ing|zorg|hulp|steun|werk)$/.test(network[1]) && ctx.lex.places.phrases.has(phraseKey(network[2])) && !ctx.lex.institutions.phrases.has(phraseKey(name))) return true;
  // "Team Lead Software Test", "Senior Data Engineer": English job-title words only.
  // (Also joined by "&": "Founder & Head Chef", "Owner & CEO".)
  if (sp > 0 && name.split(/[ \t]*&[ \t]*|[ \t]+/).every((w) => EN_JOB_WORDS.has(w.toLowerCase()))) return true;
  return false;
}

// The armed forces and their units: national bodies, never flagged.
const ARMED_FORCES = /^(?:(?:het|de)[ \t]+)?(?:Korps[ \t]+(?:Mariniers|Commandotroepen)|Koninklijke[ \t]+(?:Marine|Landmacht|Luchtmacht|Marechaussee)|Luchtmobiele[ \t]+Brigade|(?:Elfde|11e|13e|Dertiende|43e)[ \t]+(?:Luchtmobiele|Lichte|Gemechaniseerde)[ \t]+Brigade|Commando[ \t]+Zeestrijdkrachten|Commando[ \t]+Landstrijdkrachten|Mariniers|Landmacht|Luchtmacht|Marechaussee)$/u;

// "Van Dam Containerservice", "Bakker Autoverhuur": a name whose last word is a trade compound (9+ letters, a company tail
// word such as -service, -bedrijf, -verhuur, -techniek, -transport) is a firm.
// Not after a known first name ("Marco van Sloehaven Stuwadoors" is Marco of the firm) nor with a lower-case particle first.
// "Van Dijk Truckleasing", "Glansrijk Glazenwasserij", "Jansen Schildersbedrijf": a last word that is a compound ending
// in a trade word (lower case, after a head of three or more letters).
const TRADE_COMPOUND_TAIL = /^\p{Lu}\p{Ll}{2,}(?:leasing|verhuur|transport|transporten|techniek|installaties|schoonmaak|logistiek|wasserij|schilders|stukadoors|bestratingen|dakwerken|verhuizingen|koeriers|recycling|catering|beveiliging|drukkerij|administratie|administraties|boekhouding|detachering|wask|waskerij|bedriuw|hoveniers|kinderopvang|loodgieters|bedrijf|handel|services|reparaties|onderhoud)$/u;
const tradeEnded = (lex: Lexicons, name: string) => { const m = /[ \t](\p{Lu}\p{Ll}{8,})$/u.exec(name); return !!m && /^\p{Lu}/u.test(name) && !lex.firstNames.has(name.split(/[ \t]/)[0]) && (ORG_TAIL.test(m[1]) || TRADE_COMPOUND_TAIL.test(m[1])) && !lex.surnames.has(m[1]) && !lex.firstNames.has(m[1]); };

/** Person candidates that the shape of their context rules out. */
// Inflected adjectives that are also surnames ("Kleine achterstand", "Grote zorgen").
const ADJECTIVE_SURNAMES = new Set("Kleine Grote Groote Lange Korte Jonge Oude Nieuwe Zwarte Witte Rode Groene Goede Brave Stille Vrolijke Dikke Brede Hoge Lage Snelle Blonde Wijze Zoete Droge".split(" "));
// Landscape words that name a spot after "op de"/"aan de" ("op de Heuvel", "aan de Dijk", "bij de Brink").
const LANDSCAPE_WORDS = new Set("heuvel berg dijk brink markt es kamp hoek wal vaart gracht kade weide akker horst veld beek bult terp wierde dam haven sluis meent plaats plein".split(" "));
// Role nouns that end a job title after an adjective ("Pedagogisch Medewerker", "Sociaal Werker").
const ROLE_TITLE_WORDS = new Set("medewerker medewerkster werker assistent assistente consulent coördinator coordinator functionaris deskundige specialist verpleegkundige adviseur begeleider hulpverlener therapeut".split(" "));
const TER_PHRASE = /^[Tt]er[ \t]+(?:info|informatie|sprake|zake|plaatse|kennisname|beschikking|vergelijking|ondersteuning|hand|attentie|bespreking|goedkeuring|inzage|illustratie|voorbereiding|afsluiting|herinnering|controle|zitting|ere|discussie|verificatie|aanvulling|verduidelijking|compensatie|overbrugging|waarde|hoogte|gelegenheid|behandeling|besluitvorming|ondertekening|beoordeling|advisering|afstemming|voorkoming|bevordering|verantwoording)$/iu;
const MONTH_ABBR = "jan|januari|feb|febr|februari|mrt|maart|apr|april|mei|jun|juni|jul|juli|aug|augustus|sep|sept|september|okt|oktober|nov|november|dec|december";
const MONTH_PAIR_AFTER = new RegExp(String.raw`^\.?[ \t]*(?:en|t/m|tot|of|-|–|/|,)[ \t]*(?:${MONTH_ABBR})(?![\p{L}])`, "iu");
const MONTH_PAIR_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${MONTH_ABBR})\.?[ \t]*(?:en|t/m|tot|of|-|–|/|,)[ \t]*$`, "iu");
const NOTE_WORD_AFTER_TITLE = /^(?:liever|graag|ook|nog|niet|wel|vooral|alleen|zelf|verder|eerder|later|beter|minder|meer|zegt|wil|wilde|werkt|belt|belde|heeft|had|is|was|komt|kwam|gaat|ging|vindt|vond|weet|wist|kan|kon|moet|moest|mag|mocht|spreekt|sprak|woont|woonde)$/u;
function notAPerson(ctx: Ctx, c: Candidate): boolean {
  const { text, lex } = ctx;
  const name = text.slice(c.s, c.e);
  // "de motoren van de RHIB's", "de APK's": an abbreviation in the plural is a thing.
  if (/(?:^|[ \t])\p{Lu}{2,}['’]s$/u.test(name) && !/^\p{Lu}\p{Ll}/u.test(name)) return true;
  // "Woont met moeder in De Schooten": a lower-case "in" + "De X" after no title or first name is a place preposition.
  if (/^in[ \t]+(?:De|de|Het|het)[ \t]/.test(name) && !/(?:\p{Lu}\p{Ll}+|(?:^|[^\p{L}])(?:dhr|mw|mevr|mevrouw|meneer|heer|fam|familie)\.?)[ \t]+$/u.test(text.slice(Math.max(0, c.s - 20), c.s))) return true;
  const lineStart = text.lastIndexOf("\n", c.s - 1) + 1;
  let lineEnd = text.indexOf("\n", c.e);
  if (lineEnd < 0) lineEnd = text.length;
  if (SEPARATOR_LINE.test(text.slice(lineStart, lineEnd))) return true;
  // "The Hague", "The Voice": an English article opens no Dutch person's name.
  if (/^The[ \t]/.test(name)) return true;
  // "Dear Sir or Madam", "the Jeugdwet (Youth Act)": an English salutation word or law name is no person.
  if (/^(?:Sir|Madam|Madame)$/.test(name) || /^(?:\p{Lu}\p{Ll}+[ \t]+)+(?:Act|Law)$/u.test(name)) return true;
  // "Ter Info:", "kwam ter Sprake": a fixed "ter" phrase (ter info, ter zake …) is no surname with "ter".
  if (TER_PHRASE.test(name)) return true;
  // "loonstrookjes van jan en feb", "jan t/m mrt": a month abbreviation paired with another month.
  if (/^(?:jan|feb|apr|aug|sep|sept|okt|nov|dec)$/.test(name) && (MONTH_PAIR_AFTER.test(text.slice(c.e, c.e + 16)) || MONTH_PAIR_BEFORE.test(text.slice(Math.max(0, c.s - 16), c.s)))) return true;
  // "ich bin Klantmanagerin bei …", "Ik bin Harm Nijland" (Low Saxon): the verb "bin" after "ich/ik" is no Arabic "bin" in a name.
  if (/^bin[ \t]/.test(name) && /(?:^|[^\p{L}])(?:[Ii]ch|[Ii]k)[ \t]+$/u.test(text.slice(Math.max(0, c.s - 5), c.s))) return true;
  // "mw. spreekt Nederlands, dhr. liever Engels", "dhr. rugklachten, Ziektewet …": a note-style lower-case word after a
  // title that is a comparative, an adverb or a complaint compound is no lower-case name.
  if (/^\p{Ll}+$/u.test(name) && (NOTE_WORD_AFTER_TITLE.test(name) || /\p{Ll}{2,}(?:klachten|pijn|problemen|schulden|zorgen)$/u.test(name)) && !lex.surnames.has(capitalised(name)) && !lex.firstNamesLower.has(name)) return true;
  // "Kamer 1: klant. Kamer 2: …": a capitalised room or list word + a number + a colon is a heading, no surname.
  if (/^(?:Kamer|Slaapkamer|Ruimte|Unit|Verdieping|Etage|Bed|Box)$/.test(name) && /^[ \t]+\d{1,3}[a-z]?[ \t]*[:.)]/.test(text.slice(c.e, c.e + 8))) return true;
  // "Buurman meldt dat …", "08-07: Buurman (Sytse) verklaart": a relation word opening a sentence before a lower-case word
  // or a bracket is the relation, not the surname (after a title it stays a name: "dhr. Buurman").
  if (/^\p{Lu}\p{Ll}+$/u.test(name) && RELATIONS.has(name.toLowerCase()) && /(?:^|\n|[.!?:][ \t]+|[-*•][ \t]+)[ \t]*$/u.test(text.slice(Math.max(0, c.s - 4), c.s)) && /^[ \t]*(?:\(|\p{Ll})/u.test(text.slice(c.e, c.e + 3)) && !/(?<![\p{L}])(?:dhr|mw|mevr|mnr|fam|dr|drs|ir|mr|ing|prof|hr|mevrouw|meneer|heer)\.?[ \t]*$/iu.test(text.slice(Math.max(0, c.s - 12), c.s))) return true;
  // "de RvdK" (Raad voor de Kinderbescherming), "RvdR", "RvdJ": councils, not initials.
  if (/^Rv[dD][KRJ]$/.test(name)) return true;
  if (WEEKDAY_ABBREVIATION.test(name) && /^\.,?[ \t]+\d/.test(text.slice(c.e, c.e + 5))) return true;
  // "Albert Heijn op het Diemerplein belde": one capitalised compound ending in a street word is a street or square, never a
  // person (unless a lexicon knows it as a name or a title stands before it).
  if (/^\p{Lu}\p{Ll}{3,}(?:straat|laan|plein|gracht|singel|dreef|steeg|plantsoen)$/u.test(name) && !lex.surnames.has(name) && !lex.firstNames.has(name) && !/(?<![\p{L}])(?:dhr|mw|mevr|mnr|fam|dr|drs|ir|mr|ing|prof|hr|mevrouw|meneer|heer|familie)\.?[ \t]*$/iu.test(text.slice(Math.max(0, c.s - 12), c.s))) return true;
  // "Vroeg Eropaf", "project Erbij": a pronominal-adverb compound ("er" + preposition(s)) names a programme, never a person.
  if (PRONOMINAL_ADVERB_END.test(name) && !lex.firstNames.has(name.split(/[ \t]+/)[0])) return true;
  // "Klantmanager Bijzondere Doelgroepen", "Afdeling Maatschappelijke Zaken": an inflected adjective + a plural noun is a
  // team or section (neither word a lexicon name).
  const adjPl = /^(\p{Lu}\p{Ll}{2,}(?:ere|ele|ale|ige|ieve|ische|lijke|aire|iale))[ \t]+(\p{Lu}\p{Ll}{3,}(?:en|s))$/u.exec(name);
  if (adjPl && !lex.firstNames.has(adjPl[1]) && !lex.surnames.has(adjPl[1]) && !lex.surnames.has(adjPl[2]) && !lex.firstNames.has(adjPl[2])) return true;
  // One word with a noun ending that no lexicon knows as a name.
  if (NOUN_END.test(name) && !lex.surnames.has(name) && !lex.firstNames.has(name)) return true;
  if (adjectiveNamed(lex, name) || tradeEnded(lex, name)) return true;
  // "zijn SLB'er", "de IB'er", "PMT'ers": an abbreviation + -er is a role.
  if (/^\p{Lu}{2,5}['’]?(?:er|ers|ster)$/u.test(name)) return true;
  // "Max 4 weken per jaar", "Min 2 keer": maximum/minimum before a number.
  if (/^(?:Max|Min)$/.test(name) && /^\.?[ \t]+\d/.test(text.slice(c.e, c.e + 4))) return true;
  // "Maybe the klantmanager can call me?": in English text a lower-case modal after a role word, before an English verb,
  // is no (Turkish) first name "Can".
  if (/^(?:can|will|may|must|should|could|would|shall)$/.test(name) && /^[ \t]+(?:not[ \t]+)?(?:call|come|help|do|be|have|get|send|give|make|see|take|contact|check|tell|ask|read|write|pay|stay|go|meet|speak|visit|answer|explain|email|mail|phone|arrange|find|look|let|bring|translate)(?![\p{L}])/u.test(text.slice(c.e, c.e + 16))) return true;
  // "de oude rekening was van polski bank": a lower-case word right before "bank" is the bank's name, no person.
  if (/^\p{Ll}+$/u.test(name) && /^[ \t]+bank(?![\p{L}])/u.test(text.slice(c.e, c.e + 7))) return true;
  // "Sinds 2016 bezorgt dhr. pakketten", "verkoopt mw. sieraden": after a finite verb the title is the subject and the
  // lower-case plural after it the object (no lexicon name).
  if (/^\p{Ll}{4,}(?:en|s)$/u.test(name) && !lex.surnames.has(capitalised(name)) && !lex.firstNamesLower.has(name) && /(?<![\p{L}])\p{Ll}{3,}t[ \t]+(?:dhr|mw|mevr|mnr)\.[ \t]+$/u.test(text.slice(Math.max(0, c.s - 24), c.s))) return true;
  // "Can we do online?", "Will you call?": an English modal opening a question before a subject pronoun.
  if (/^[ \t]+(?:we|you|i|they|he|she|it)(?![\p{L}])/u.test(text.slice(c.e, c.e + 6)) && /^(?:Can|Will|May|Should|Could|Would|Shall)$/.test(name)) return true;
  const last = name.split(/[ \t]+/).pop()!;
  // (not a Dutch surname in -stelle after a known first name or a title: "Annie Verstelle", "mw. Dorrestelle")
  if (GERMAN_ORG_END.test(last) && !lex.surnames.has(last) && !(name !== last && lex.firstNames.has(name.split(/[ \t]+/)[0])) &&
    !/(?<![\p{L}])(?:mw|mevr|dhr|mnr|mevrouw|meneer|[Mm]w|[Dd]hr|[Mm]evr|[Mm]evrouw|[Mm]eneer)\.?[ \t]+$/u.test(text.slice(Math.max(0, c.s - 10), c.s))) return true;
  // "von der Agentur für Arbeit": a German preposition after it makes it an organisation's name.
  if (/^[ \t]+(?:für|fur|und)(?![\p{L}])/u.test(text.slice(c.e, c.e + 6))) return true;
  // "Kleine achterstand bij …", "Grote zorgen over …": an inflected adjective that is also a surname, opening a
  // sentence before a lower-case noun, is the adjective.
  if (ADJECTIVE_SURNAMES.has(name) && /(?:^|[.!?:;]\s+|\n[ \t]*(?:[-*•–][ \t]*)?)$/.test(text.slice(Math.max(0, c.s - 6), c.s)) && (() => { const m = /^[ \t]+(\p{Ll}{3,})/u.exec(text.slice(c.e, c.e + 24)); return !!m && !NOT_LOWER_NAMES.has(m[1]) && !/(?:t|de|te)$/.test(m[1]); })()) return true;
  // "bij Albert Heijn op de Heuvel", "woont aan de Dijk": "op/aan/in/bij de" + one landscape word is a spot, not a person.
  if (/^(?:de|De)[ \t]+\p{Lu}\p{Ll}+$/u.test(name) && LANDSCAPE_WORDS.has(name.split(/[ \t]+/)[1].toLowerCase()) && /(?:^|[^\p{L}])(?:op|aan|in|bij|langs|over|naar|achter|onder)[ \t]+$/u.test(text.slice(Math.max(0, c.s - 10), c.s))) return true;
  // "klantmanager Eindhoven-Oost": a known place + a compass direction is the district, no person.
  const dir = /^(\p{Lu}[\p{L}'’ -]+)-(?:Noord|Oost|Zuid|West|Centrum|Midden|Zuidoost|Zuidwest|Noordoost|Noordwest)$/u.exec(name);
  if (dir && lex.places.phrases.has(phraseKey(dir[1])) && !lex.surnames.has(dir[1])) return true;
  // "(klantmanager MO, voorzitter)", "consulent BW": a role + a department abbreviation is no person.
  if (/^\p{Lu}{2,3}$/u.test(name) && isDepartmentWord(name.toLowerCase()) && /(?:^|[^\p{L}])\p{Ll}{3,}(?:manager|coach|begeleider|werker|consulent|adviseur|regisseur|medewerker)[ \t]+$/u.test(text.slice(Math.max(0, c.s - 30), c.s))) return true;
  // "Zorg- en Adviesteam", "Casusoverleg": a team or meeting word ending the name.
  if (/(?:team|teams|overleg)$/u.test(last) && !lex.surnames.has(last) && !lex.firstNames.has(last)) return true;
  // "(Pedagogisch Medewerker)", "Sociaal Werker", "Financieel Consulent": an adjective + a role noun is a job title.
  const words = name.split(/[ \t]+/);
  if (words.length === 2 && /^\p{Lu}\p{Ll}{3,}(?:isch|sch|ig|ief|eel|aal|air|ir)$/u.test(words[0]) && !lex.firstNames.has(words[0]) && !lex.surnames.has(words[0]) && (ROLE_TITLE_WORDS.has(last.toLowerCase()) || ROLE_SUFFIX.test(last.toLowerCase()))) return true;
  // "Zomer in de Wijk", "Sport in de Buurt": "in de/op de X" after a capitalised word (not a first name) is a title.
  if (/^(?:in|op)[ \t]+de[ \t]/.test(name)) {
    const prev = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, c.s - 30), c.s));
    if (prev && !lex.firstNames.has(prev[1]) && !/(?:^|[.!?:\n]\s*)$/.test(text.slice(Math.max(0, c.s - 40), c.s - prev[0].length))) return true;
  }
  return false;
}

// Initials of colleagues in notes: "JvdB", "PvdM", "AvdH", "MvD" (first initial(s) + "vd"/"vD" + surname initial(s)).
const VD_INITIALS_RE = /(?<![\p{L}\p{N}])(\p{Lu}{1,2}v[dD]\p{Lu}{1,2})(?![\p{L}\p{N}])/gu;
// English "The X" shop and firm names: "bij The Cutz", "barbershop, The Cutz,", "via The Good Food Company".
const THE_BEFORE = new Set(["bij", "via", "van", "voor", "naar", "met", "in", "(", "bij:"]);

// "Klant is Chanel Doelwijt, 23 jaar": a client noun + "is" + a first name and a surname opening a sentence.
const CLIENT_IS_NAME_RE = /(?<=(?:^|[.!?:\n])[ \t]*)(?:[Kk]lant|[Cc]liënte?|[Cc]lient|[Dd]eelnemer|[Aa]anvrager|[Bb]etrokkene|[Jj]ongere|[Hh]uurder|[Bb]ewoner|[Mm]ijn naam)[ \t]+is[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \t]+(?:van|de|der|den|el|al|ten|ter|'t))*[ \t]+\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)(?=[ \t]*[,(.;\n]|[ \t]+\(|$)/gu;

const LETTERHEAD_RE = /(?<=(?:^|\n)[ \t]*)(\p{Lu}[\p{L}'’&-]+(?:[ \t]\p{Lu}[\p{L}'’&-]+){0,3})(?=[ \t]*\|[ \t]*\p{Lu}[\p{L}'’. -]{2,40}?[ \t]\d{1,5}[ \t]?[\p{L}]{0,3}[ \t]*\|[ \t]*\d{4}[ \t]?\p{Lu}{2}(?![\p{L}]))/gu;
const SPEAKER_ORG_RE = /(?<=(?:^|\n)[ \t]*\[?\d{1,2}[:.]\d{2}\]?[ \t]*\p{L}[\p{L}'’-]*(?:[ \t]\p{L}[\p{L}'’-]*)?[ \t]+\()\p{Lu}{3,6}(?=\)[ \t]*:)/gu;
const ROLE_CAPS_ORG_RE = /(?<![\p{L}])(\p{Ll}{4,})[ \t]+(\p{Lu}{3,8})(?=[ \t]*(?:[,;)\n]|$))/gu;
const ORG_FIELD_BEFORE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:[Oo]rganisatie|[Bb]edrijf|[Ww]erkgever|[Aa]anbieder|[Zz]orgaanbieder|[Uu]itvoerder|[Ii]nstelling)[ \t]*:[ \t]*$/u;
const ORG_FIELD_RE = /(?<=(?:^|\n)[ \t]*(?:[-*•|][ \t]*)?)(?:(?:[Ll]aatste|[Vv]orige|[Hh]uidige|[Ee]erdere|[Nn]ieuwe)[ \t]+)?(?:[Uu]itvoerder|[Ww]erkgever|[Aa]anbieder|[Zz]orgaanbieder|[Oo]rganisatie|[Ii]nstelling|[Bb]edrijf|[Ww]oningcorporatie|[Vv]erhuurder|[Bb]ewindvoerder(?:skantoor)?|[Ss]chool|[Oo]pleider|[Ii]nlener|[Uu]itzendbureau|[Rr]e-?integratiebedrijf|[Rr]eïntegratiebedrijf|[Ss]tageplek|[Ss]tagebedrijf|[Aa]fzender|[Vv]ervoerder|[Ss]chuldeiser|[Cc]rediteur|[Zz]orgverzekeraar|[Ee]nergieleverancier)(?:[ \t]+(?:partner|aanvrager|aanvraagster|klant|cliënt|client|moeder|vader|zoon|dochter|vorige|huidige|nu))?[ \t]*[:|][ \t]*((?:['’]t[ \t])?\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,2})(?=[ \t]*(?:[,;(\n|]|\.(?![\p{L}\d])|$)|[ \t]+(?:in|te)[ \t]+\p{Lu})/gu;

const LIVE_IN_DE_RE = /(?<![\p{L}])(?:woont|woonde|wonen|woonachtig|opgegroeid|verhuisd|verhuist)(?:[ \t]+(?:sinds|al|nu|kort|sinds|jaren|met|zijn|haar|gezin|\d{4}|kort))*[ \t]+in[ \t]+de[ \t]+(\p{Lu}\p{Ll}{2,})(?![\p{L}-]|[ \t]+\p{Lu}|[ \t]+\d)/gu;

// Firm heads: "Gebr. Minderhoud", "Gebroeders Van Dijk", "Fa. Jansen", "Firma De Wit".
const FIRM_HEAD = /^(?:Gebr|Gebrs|Gebroeders|Fa|Firma)$/;
// "Marieke Ootjers (wijkcoach Vrijwaard)": a role + a capitalised name in brackets right after a person's name.
const ROLE_ORG_BRACKET_RE = /(?<=\p{Ll}[ \t]?)\((\p{Ll}[\p{Ll}-]{3,30})[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:\p{Lu}[\p{L}'’-]+|aan|op|de|van|voor|het))*)\)/gu;
// "Aan: Hatice Demir (klantmanager, Anna Paulowna)": a role + a place in brackets after a name is the place.
const ROLE_PLACE_BRACKET_RE = /\((\p{Ll}[\p{Ll}-]{3,30}),[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})\)/gu;

/** The rules read at each capitalised word, in text order: firm heads, "familie X", title + organisation-named surname, "X met Y". */
function capitalisedTokenNames(ctx: Ctx) {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || !t.word) continue;
    if (FIRM_HEAD.test(t.t)) {
      firmHeadName(ctx, i);
      continue;
    }
    familySurnames(ctx, i);
    organisationNamedSurnames(ctx, i);
    metJoinedNames(ctx, i);
  }
}

/** A firm head names a firm with what follows: "Gebr. Minderhoud", "Fa. Jansen". */
function firmHeadName(ctx: Ctx, i: number) {
  const { text, tokens, lex } = ctx;
  const t = tokens[i];
  const k = tokens[i + 1]?.t === "." ? i + 2 : i + 1;
  if (!tokens[k]?.cap || text.slice(tokens[k - 1].e, tokens[k].s).length > 1 || (k === i + 1 && t.t.length <= 4)) return;
  const end = capRun(ctx, k, 3);
  if (end > k && !lex.places.phrases.has(phraseKey(text.slice(tokens[k].s, tokens[end - 1].e)))) ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "instelling", prio: PRIO.institutionHead });
}

/** A surname after "familie" is the family, also when it is a place: "bij de familie Rijsdijk". */
function familySurnames(ctx: Ctx, i: number) {
  const { text, tokens, lex } = ctx;
  const t = tokens[i];
  // "bij de familie Rijsdijk", "met familie Kethel": the family named by its surname like "fam. X", also when
  // the surname is a place; one blank on the same line ("Familie\nZoon Bart" is a heading, "familie van Bas" a relation).
  // Also a host or foster family: "woont bij pleeggezin Brouwer".
  if (/^(?:familie|gastgezin|pleeggezin)$/.test(tokens[i - 1]?.low ?? "") && spaceJoined(text, tokens[i - 1], t) && !t.upper && !isNegative(lex, t.key) && !lex.institutions.phrases.has(t.key) && !lex.abroad.has(t.key)) {
    const end = Math.max(parseName(ctx, i), i + 1);
    ctx.out.push({ s: t.s, e: tokens[end - 1].e, label: "persoon", prio: PRIO.personTitle + 1 });
  }
}

/** A lexicon organisation alone after a person title is the surname: "dhr Zeeman", "mevrouw Hema". */
function organisationNamedSurnames(ctx: Ctx, i: number) {
  const { text, tokens, lex } = ctx;
  const t = tokens[i];
  // "dhr Zeeman", "mevrouw Hema": one word after a person title that the lexicon knows as an organisation (a chain
  // named after a family) is the surname.
  if (!t.sentStart || i > 0) {
    const prev = tokens[i - 1]?.t === "." ? tokens[i - 2] : tokens[i - 1];
    if (prev && SHORT_TITLES.has(prev.low) || prev && (prev.low === "mevrouw" || prev.low === "meneer" || (prev.low === "heer" && tokens[prev.i - 1]?.low === "de"))) {
      const nx = tokens[i + 1];
      if (lex.institutions.phrases.has(t.key) && !t.upper && !lex.places.phrases.has(t.key) && !isNegative(lex, t.key) && !newlineBetween(text, prev.e, t.s)) {
        // "mw. Aafje Eelman-Witte": with a surname after it the word is the first name.
        const rest = nx?.cap && text.slice(t.e, nx.s) === " " ? parseName(ctx, i + 1) : -1;
        if (rest > i + 1 && !lex.institutions.phrases.has(phraseKey(text.slice(t.s, tokens[rest - 1].e)))) ctx.out.push({ s: t.s, e: tokens[rest - 1].e, label: "persoon", prio: PRIO.personTitle + 1 });
        else if (!(nx?.cap && text.slice(t.e, nx.s) === " ")) ctx.out.push({ s: t.s, e: t.e, label: "persoon", prio: PRIO.personTitle + 1 });
      }
    }
  }
}

/** Two capitalised words joined by "met" mid-sentence are a name: "via Werken met Perspectief". */
function metJoinedNames(ctx: Ctx, i: number) {
  const { text, tokens, lex } = ctx;
  const t = tokens[i];
  // "(evt. Kamers met Kansen)", "via Werken met Perspectief": two capitalised words joined by "met" mid-sentence are a
  // name (not two people, places or surnames: "Jan met Piet", "Utrecht met Zeist").
  if (tokens[i + 1]?.t === "met" && tokens[i + 2]?.cap && tokens[i + 2].word && (!t.sentStart || (tokens[i - 1]?.t === "." && abbreviationBefore(ctx, i - 1))) &&
    text.slice(t.e, tokens[i + 2].s) === " met ") {
    const a = t, b = tokens[i + 2];
    const nameLike = (x: Token) => lex.firstNames.has(x.t) || lex.surnames.has(x.t) || lex.ambiguousSurnames.has(x.t) || lex.places.phrases.has(x.key) || isNegative(lex, x.key) || lex.common.has(x.low) || x.upper;
    if (!nameLike(a) && !nameLike(b) && a.t.length >= 4 && b.t.length >= 4 && !(tokens[i - 1]?.cap && text.slice(tokens[i - 1].e, a.s) === " ") && !tokens[i + 3]?.cap)
      ctx.out.push({ s: a.s, e: b.e, label: "instelling", prio: PRIO.institutionContext + 2 });
  }
}

/** A community-centre head phrase + its name is one organisation: "Huis van de Wijk Het Klooster". */
function communityCentreNames(ctx: Ctx) {
  const { text, lex } = ctx;
  // "Huis van de Wijk Het Klooster", "Huis van de Buurt De Schakel": a community-centre head phrase + its name is one
  // organisation (not a person "van de Wijk" and a place).
  if (may(/[Vv]an[ \t]+de[ \t]+(?:[Ww]ijk|[Bb]uurt)/.test(text)))
    for (const m of allMatches(/(?<![\p{L}])[Hh]uis[ \t]+van[ \t]+de[ \t]+(?:[Ww]ijk|[Bb]uurt)[ \t]+(?:(?:De|Het|'t)[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?/gu, text)) {
      // "Huis van de Wijk Selwerd": named after a known district it is a generic service in a place (the place only).
      if (lex.places.phrases.has(phraseKey(m[0].replace(/^\S+[ \t]+van[ \t]+de[ \t]+\S+[ \t]+/u, "")))) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
    }
}

/** The capitalised words after a trade-name label are the firm: "handelsnaam HY Stucwerk". */
function tradeNameLabelFirms(ctx: Ctx) {
  const { text } = ctx;
  // "handelsnaam HY Stucwerk", "bedrijfsnaam: Klus & Co": the capitalised words after a trade-name label are the firm.
  if (may(/naam/i.test(text)))
    for (const m of allMatches(/(?<![\p{L}])(?:[Hh]andelsnaam|[Bb]edrijfsnaam|[Ff]irmanaam)[ \t]*:?[ \t]+((?:\p{Lu}[\p{L}\p{N}'’.-]*)(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}'’.-]*|&|by|bv|b\.v\.|vof|v\.o\.f\.)){0,4})/gu, text)) {
      const s0 = m.index + m[0].length - m[1].length;
      ctx.out.push({ s: s0, e: s0 + m[1].replace(/[ \t]+&$/, "").replace(/\.$/, "").length, label: "instelling", prio: PRIO.institutionHead + 6 });
    }
}

/** "het" + a capitalised compound on -bad is a named pool: "bij het Sportfondsenbad". */
function namedSwimmingPools(ctx: Ctx) {
  const { text } = ctx;
  // "op de parkeerplaats van het Groenhovenbad", "bij het Sportfondsenbad": "het" + a capitalised compound on -bad is a
  // named swimming pool (not "het Zwembad" or a bath).
  if (may(/[Hh]et[ \t]+\p{Lu}\p{Ll}{3,}bad(?![\p{L}])/u.test(text)))
    for (const m of allMatches(/(?<=(?<![\p{L}])[Hh]et[ \t]+)\p{Lu}\p{Ll}{3,}bad(?![\p{L}])/gu, text))
      if (!/^(?:Zwembad|Ligbad|Bubbelbad|Voetbad|Stoombad|Modderbad|Kuurbad|Pierenbad|Zonnebad|Bloedbad|Buitenbad|Binnenbad|Golfslagbad|Openluchtbad|Instructiebad|Doelgroepenbad|Wedstrijdbad|Recreatiebad)$/.test(m[0]))
        ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 5 });
}

/** A trade word + "by" + the owner's name is a shop: "Nails by Sev". */
function englishByShopNames(ctx: Ctx) {
  const { text } = ctx;
  // "Nails by Sev", "Hair by Ilse", "Cakes by Mo": an English shop name of a trade word + "by" + the owner's name.
  if (may(/[ \t]by[ \t]/.test(text)))
    for (const m of allMatches(/(?<![\p{L}])(?:Nails|Hair|Beauty|Lashes|Brows|Cakes|Styling|Design|Photography|Fotografie|Flowers|Studio|Coaching|Catering|Cuts|Barber|Barbershop|Massage|Make-up|Makeup|Skin|Spa|Tattoo|Tattoos|Fashion|Bakery|Kitchen|Food|Sweets)[ \t]+by[ \t]+\p{Lu}[\p{L}'’-]+/gu, text))
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
}

/** A product word + "bij" + a first name mid-sentence is a shop: "bloemenzaak Bloemen bij Marja". */
function dutchBijShopNames(ctx: Ctx) {
  const { text, lex } = ctx;
  // "bloemenzaak Bloemen bij Marja", "haar zaak Taart bij Tineke": the Dutch shape, a capitalised product or trade word +
  // "bij" + a first name mid-sentence (at a sentence start "Bloemen bij Marja gekocht" stays ambiguous and is left).
  if (may(/[ \t]bij[ \t]\p{Lu}/u.test(text)))
    for (const m of allMatches(/(?<![\p{L}])(?:Bloemen|Bloem|Brood|Taart|Taarten|Koffie|Thee|Kaas|Haar|Nagels|Mode|Kleding|Cadeaus|Snoep|IJs|Wijn|Vis|Groente|Fruit|Lunch|Soep|Koek|Stoffen|Wol|Boeken|Speelgoed|Kaarsen|Schoenen|Tassen)[ \t]+bij[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}])/gu, text))
      if (lex.firstNames.has(m[1]) && !/(?:^|[.!?]|\n)[ \t"'‘“(]*$/u.test(text.slice(Math.max(0, m.index - 4), m.index)))
        ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
}

/** A port authority named after its place: "Port of Den Helder". */
function portAuthorities(ctx: Ctx) {
  const { text, lex } = ctx;
  // "Port of Den Helder", "Port of Rotterdam": a port authority named after its place.
  if (may(text.includes("Port of ")))
    for (const m of allMatches(/(?<![\p{L}])Port of (\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?)/gu, text)) if (lex.places.phrases.has(phraseKey(m[1]))) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
}

/** A role + a capitalised name in brackets after a person is the organisation: "Marieke Ootjers (wijkcoach Vrijwaard)". */
function roleOrganisationInBrackets(ctx: Ctx) {
  const { text, lex } = ctx;
  if (may(text.includes("(")))
    for (const m of allMatches(ROLE_ORG_BRACKET_RE, text)) {
      const role = m[1];
      if (!(ROLE_SUFFIX.test(role) || /^\p{Ll}+(?:coach|consulent|begeleider|werker|medewerker|regisseur|adviseur|manager|matcher|agent)$/u.test(role))) continue;
      const name = m[2];
      const first = name.split(/[ \t]/)[0];
      const key = phraseKey(name);
      if (lex.firstNames.has(first) || lex.surnames.has(first) || lex.places.phrases.has(key) || isNegative(lex, key) || TITLES.has(first.toLowerCase()) || lex.common.has(key) || isDepartmentWord(first.toLowerCase())) continue;
      // "(jeugdconsulent CJG Meppel)": a regional service abbreviation + a place is the place (serviceWithPlaceRule)
      if (GENERIC_SERVICE_ABBREVIATIONS.has(first) && lex.places.phrases.has(phraseKey(name.slice(first.length + 1)))) continue;
      // only right after a person's name: "Marieke Ootjers (wijkcoach Vrijwaard)"
      if (!/\p{Lu}\p{Ll}+[ \t]?$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const s = m.index + m[0].indexOf(name, 1);
      ctx.out.push({ s, e: s + name.length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
}

// "Petra Gerritsen (Werkpad)", "Samira Bouali (jobcoach, Werkpad)": one unknown capitalised word alone in brackets (or
// after a lower-case role and a comma) right after a known first name + surname is that person's organisation; never a
// name, place, role, relation, word or national body ("Jan Bos (Sjef)", "Ali Demir (Eritrea)", "Els Kok (Afwezig)").
const PERSON_BRACKET_ORG_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+(?:(?:van|de|der|den|ter|te|el|al|van der|van de|van den)[ \t]+)?\p{Lu}[\p{L}'’-]+[ \t]*\((?:\p{Ll}[\p{Ll} -]{2,40},[ \t]*)?(\p{Lu}\p{Ll}\p{L}+)\)/gu;
// attendance, roles in a meeting, languages and nationalities
const NOT_BRACKET_ORG = /^(?:afwezig|aanwezig|ziek|verhinderd|voorzitter|notulist|notulen|gast|extern|intern|online|telefonisch|digitaal|vervanging|invaller|tolk|stagiair|vrijwilliger|mantelzorger|zzp|zzp'er|senior|junior|sr|jr|\p{L}+(?:leiter|leiterin|erin|ster)|\p{L}+(?:isch|ees|aans|iaans|lands|ands|ools|uits|urks|rans|ngels))$/u;
/** One unknown word in brackets after a person's full name is the person's organisation: "Petra Gerritsen (Werkpad)". */
function personBracketOrganisations(ctx: Ctx) {
  const { text, lex } = ctx;
  if (may(text.includes("(")))
    for (const m of allMatches(PERSON_BRACKET_ORG_RE, text)) {
      const org = m[2], low = phraseKey(org);
      const field = /(?:^|\n)[ \t]*(\p{L}+)[ \t]*:[^\n]*$/u.exec(text.slice(Math.max(0, m.index - 300), m.index));
      const attendees = !!field && ATTENDEE_FIELDS.has(field[1].toLowerCase());
      if (!(lex.firstNames.has(m[1]) || lex.ambiguousFirstNames.has(m[1]) || attendees) || NOT_BRACKET_ORG.test(low) || lex.firstNames.has(org) || lex.ambiguousFirstNames.has(org) || lex.surnames.has(org) || lex.places.phrases.has(low) || isNegative(lex, low) || lex.common.has(low) ||
        TITLES.has(low) || RELATIONS.has(low) || ROLE_SUFFIX.test(low) || GENERIC_SERVICES.has(low) || CLIENT_TITLES.has(low) || isDepartmentWord(low)) continue;
      const s = m.index + m[0].length - 1 - org.length;
      ctx.out.push({ s, e: s + org.length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
}

/** A role + a place in brackets after a name is the place: "Hatice Demir (klantmanager, Anna Paulowna)". */
function rolePlaceInBrackets(ctx: Ctx) {
  const { text, lex } = ctx;
  if (may(text.includes("(")))
    for (const m of allMatches(ROLE_PLACE_BRACKET_RE, text)) {
      const role = m[1];
      if (!(ROLE_SUFFIX.test(role) || lex.negatives.phrases.has(role))) continue;
      const key = phraseKey(m[2]);
      if (!lex.places.phrases.has(key) || lex.surnames.has(m[2])) continue;
      const s = m.index + m[0].lastIndexOf(m[2]);
      ctx.out.push({ s, e: s + m[2].length, label: "plaats", prio: PRIO.personTitle + 1 });
    }
}

// A surname that is also a place, seen in the text after a known first name ("Rob Veenendaal", "Sophie
// Kranenburg"), is that person where a role, relation or title word announces it: "Casemanager Veenendaal adviseert …",
// not "woont in Veenendaal".
function placeSurnameRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  let names: Set<string> | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!t.cap || !t.word || !prev.cap || text.slice(prev.e, t.s) !== " " || !lex.firstNames.has(prev.t) || lex.ambiguousFirstNames.has(prev.t)) continue;
    if (!lex.places.phrases.has(t.key) || lex.firstNames.has(t.t) || lex.common.has(t.low) || isNegative(lex, t.key) || (tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " ")) continue;
    (names ??= new Set()).add(t.t);
  }
  if (!names) return;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!names.has(t.t) || (tokens[i + 1]?.cap && text.slice(t.e, tokens[i + 1].s) === " ")) continue;
    const prev = tokens[i - 1].t === "." ? tokens[i - 2] : tokens[i - 1];
    if (!prev || newlineBetween(text, prev.e, t.s)) continue;
    if (ROLE_SUFFIX.test(prev.low) || RELATIONS.has(prev.low) || TITLES.has(prev.low)) push(ctx, i, i + 1, "persoon", PRIO.personTitle);
  }
}

/** The title word before token i, skipping its dot and capitalised particles ("dr. Van Dijken" → "dr"); "" when none. */
function titleBefore(tokens: Token[], i: number): string {
  let b = i - 1;
  while (b > 0 && tokens[b].cap && LEADING_PARTICLES.has(tokens[b].low)) b--;
  if (tokens[b]?.t === ".") b--;
  return tokens[b]?.low ?? "";
}

/** A regional adjective + noun after van/bij/via/naar/op is the organisation: "mentor van Bataafse Kamp". */
function regionalAdjectiveOrganisations(ctx: Ctx) {
  const { text, lex } = ctx;
  // "mentor van Bataafse Kamp", "stage bij Zaanse Schans": such a name after van/bij/via/naar/op is the organisation.
  // (not a municipality named so: "wethouders van Utrechtse Heuvelrug" is the place)
  for (const c of ctx.out)
    if (c.label === "persoon" && adjectiveNamed(lex, text.slice(c.s, c.e)) && /(?:^|[^\p{L}])(?:van|bij|via|naar|op)[ \t]+$/u.test(text.slice(Math.max(0, c.s - 6), c.s)) && !lex.places.phrases.has(phraseKey(text.slice(c.s, c.e))))
      ctx.out.push({ s: c.s, e: c.e, label: "instelling", prio: PRIO.personContext + 2 });
  // "mentor van Groningse Poort": the same when a rule took only the noun as a surname.
  for (const c of ctx.out)
    if (c.label === "persoon" && /^\p{Lu}\p{Ll}+$/u.test(text.slice(c.s, c.e))) {
      const m = /(?:^|[^\p{L}])(?:van|bij|via|naar|op)[ \t]+(\p{Lu}\p{Ll}{2,}(?:se|sche))[ \t]+$/u.exec(text.slice(Math.max(0, c.s - 30), c.s));
      if (m && adjectiveNamed(lex, `${m[1]} ${text.slice(c.s, c.e)}`)) ctx.out.push({ s: c.s - m[0].length + m[0].indexOf(m[1]), e: c.e, label: "instelling", prio: PRIO.personTitle + 1 });
    }
}

/** A person guess ending in a trade compound is the firm: "voor Van Leeuwen Koeriersservice". */
function tradeEndedPersonFirms(ctx: Ctx) {
  const { text, lex } = ctx;
  // "voor Van Leeuwen Koeriersservice": a person guess ending in a trade compound is the firm.
  // "deurwaarder Van der Spek van Klaassen Gerechtsdeurwaarders": a lower-case "van" inside such a guess
  // ends the person; the firm is what follows it.
  for (const c of ctx.out)
    if (c.label === "persoon" && tradeEnded(lex, text.slice(c.s, c.e))) {
      const ofFirm = /^(\S.*?)[ \t]van[ \t]+(\p{Lu}[^ \t]*(?:[ \t]+\p{Lu}[^ \t]*)+)$/u.exec(text.slice(c.s, c.e));
      if (ofFirm) {
        ctx.out.push({ s: c.s, e: c.s + ofFirm[1].length, label: "persoon", prio: c.prio });
        ctx.out.push({ s: c.e - ofFirm[2].length, e: c.e, label: "instelling", prio: PRIO.institutionHead + 6 });
      } else ctx.out.push({ s: c.s, e: c.e, label: "instelling", prio: PRIO.institutionHead + 6 });
    }
}

/** A size or age adjective + a name after a place preposition is a place: "in Groot Driene". */
function sizeAdjectivePlaces(ctx: Ctx) {
  const { text } = ctx;
  // "in Groot Driene", "naar Klein Driene", "uit Oud Beijerland": a size or age adjective + a capitalised word after a
  // place preposition is a place (district or village), not a surname "Groot".
  for (const c of ctx.out)
    if (c.label === "persoon" && /^(?:Groot|Klein|Oud|Nieuw|Hoog|Laag)[ \t]+\p{Lu}\p{Ll}+$/u.test(text.slice(c.s, c.e)) && /(?:^|[^\p{L}])(?:in|uit|naar|te)[ \t]+$/u.test(text.slice(Math.max(0, c.s - 6), c.s)))
      ctx.out.push({ s: c.s, e: c.e, label: "plaats", prio: PRIO.personTitle + 1 });
}

/** "in de" + an unknown capitalised word after a live verb is the district: "woont sinds kort in de Bijlmer". */
function liveInDistricts(ctx: Ctx) {
  const { text, lex } = ctx;
  // "woonachtig in de Holy", "woont sinds kort in de Bijlmer": "in de" + an unknown capitalised word after a live verb is
  // the district.
  if (may(/in[ \t]+de/.test(text)))
    for (const m of allMatches(LIVE_IN_DE_RE, text)) {
      const w = m[1];
      if (/(?:se|sche)$/.test(w) || lex.common.has(w.toLowerCase()) || isNegative(lex, w.toLowerCase()) || lex.institutions.phrases.has(w.toLowerCase()) || lex.institutionHeads.phrases.has(w.toLowerCase()) || lex.firstNames.has(w) || STREET_SHAPE.test(w) || GENERIC_SERVICES.has(w.toLowerCase())) continue;
      const s = m.index + m[0].length - w.length;
      ctx.out.push({ s, e: s + w.length, label: "plaats", prio: PRIO.placeContext });
    }
}

/** "de" + an abbreviation + "-organisatie" is one organisation: "de BAR-organisatie". */
function abbreviationOrganisations(ctx: Ctx) {
  const { text } = ctx;
  // "de BAR-organisatie", "de DZB-organisatie": "de" + an abbreviation + "-organisatie" names one organisation ("een
  // SW-organisatie" and the generic abbreviations do not).
  if (may(text.includes("-organisatie")))
    for (const m of allMatches(/(?<=(?:^|[^\p{L}])[Dd]e[ \t]+)\p{Lu}{2,6}-organisatie(?![\p{L}]|\.\p{L})/gu, text)) if (!/^(?:SW|WSW|GGZ|GGD|ICT|HR|IT|NGO)-/.test(m[0])) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
}

/** The location of an asylum seekers' centre: "via azc Heumensoord", "het AZC Ter Apel". */
function asylumCentrePlaces(ctx: Ctx) {
  const { text, lex } = ctx;
  // A centre is named after where it stands, so the capitalised name after "azc" is a place, also one no lexicon
  // knows (not an ordinary word or a desk: "het azc Informatiepunt").
  if (may(/azc/i.test(text)))
    for (const m of allMatches(/(?<![\p{L}])(?:azc|AZC|Azc)[ \t]+((?:(?:Ter|Ten|Den|De|Sint)[ \t]+)?\p{Lu}\p{Ll}{2,})(?![\p{L}-])/gu, text)) {
      if (lex.common.has(m[1].toLowerCase()) || isNegative(lex, phraseKey(m[1])) || /(?:punt|loket|team|centrum|locatie|terrein|bewoners?|medewerkers?|school|klas)$/.test(m[1])) continue;
      const s = m.index + m[0].length - m[1].length;
      ctx.out.push({ s, e: s + m[1].length, label: "plaats", prio: PRIO.placeContext });
    }
}

/** Named (former) mines: "Staatsmijn Hendrik", "de Oranje-Nassaumijn". */
function namedMines(ctx: Ctx) {
  const { text } = ctx;
  // "Staatsmijn Hendrik", "de Oranje-Nassaumijn", "Staatsmijn Emma": named (former) mines.
  if (may(text.includes("mijn")))
    for (const m of allMatches(/(?<![\p{L}])(?:Staatsmijn[ \t]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+mijn)(?![\p{L}])/gu, text)) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
}

/** The value of an organisation field: "Werkgever: Vixia". */
function organisationFieldValues(ctx: Ctx) {
  const { text, lex } = ctx;
  // "Uitvoerder: Impuls", "Werkgever: Vixia", "Aanbieder: Zorgkracht", "Afzender: Accolade, team Huurincasso",
  // "Vervoerder: Taxicentrale De Meierij": the value of an organisation field (also with the article
  // "'t": "Bedrijf: 't Perenhof, fruitteelt"; and in a table row: "| Laatste werkgever | Hollandia, lasser |").
  if (may(text.includes(":") || text.includes("|")))
    for (const m of allMatches(ORG_FIELD_RE, text)) {
      const name = m[1];
      if (lex.firstNames.has(name.split(" ")[0]) || isNegative(lex, phraseKey(name)) || lex.common.has(name.toLowerCase()) || lex.places.phrases.has(phraseKey(name))) continue;
      // (in a table, not its header row: "| Schuldeiser | Dossiernr. | Bedrag |" above "|---|---|")
      const lineEnd = text.indexOf("\n", m.index);
      // (nor a header row without a rule under it, its next cell another label: "| Schuldeiser | Kenmerk | Bedrag |")
      const nextCell = /^[ \t]*\|[ \t]*([^|\n]*?)[ \t]*(?:\||\n|$)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
      if (/[|][ \t]*$/.test(m[0].slice(0, m[0].length - name.length)) && (COLUMN_LABELS.has(name.toLowerCase()) || DEBT_TABLE_HEADERS.has(name.toLowerCase()) || /^[ \t]*\|?[ \t]*:?-{3,}/.test(lineEnd < 0 ? "" : text.slice(lineEnd + 1, lineEnd + 12)) ||
        (!name.includes(" ") && !!nextCell && /^\p{Lu}[\p{Ll}.]+(?:[ \t]+\p{Ll}+)?$/u.test(nextCell[1])))) continue;
      const s = m.index + m[0].length - name.length;
      ctx.out.push({ s, e: s + name.length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
}

// Column headers of a debt or payment table ("| Schuldeiser | Bedrag |", "Schuldeiser | Dossiernr. schuldeiser | Vordering").
const DEBT_TABLE_HEADERS = new Set(["bedrag", "kenmerk", "dossiernr", "dossiernummer", "vordering", "hoofdsom", "saldo", "termijn", "stand", "referentie", "omschrijving", "soort", "aflossing", "openstaand", "restant", "totaal", "klantnummer", "contactpersoon", "looptijd"]);
/** The cell before a street and a postcode in a letterhead line: "Dariuz | Straelseweg 56a | 5914 AC Venlo". */
function letterheadCellOrganisations(ctx: Ctx) {
  const { text, lex } = ctx;
  // "Dariuz | Straelseweg 56a | 5914 AC Venlo", "Jobcoachpunt Zuid | Spoorweglaan 12 | 5911 BR Venlo": in a
  // signature or letterhead line, the cell before a street + number and a postcode is the sender's organisation
  // (a person's name or a place there stays what it is).
  if (may(text.includes("|")))
    for (const m of allMatches(LETTERHEAD_RE, text)) {
      const name = m[1];
      const first = name.split(" ")[0];
      if (lex.firstNames.has(first) || lex.places.phrases.has(phraseKey(name)) || isNegative(lex, phraseKey(name)) || TITLES.has(first.toLowerCase())) continue;
      ctx.out.push({ s: m.index, e: m.index + name.length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
}

/** An unknown abbreviation in brackets after a chat speaker: "[19:02] Nadia (TOS): …". */
function speakerBracketOrganisations(ctx: Ctx) {
  const { text, lex } = ctx;
  // "[19:02] Nadia (TOS): …": an unknown abbreviation in brackets after a chat speaker is the speaker's
  // organisation (not a role abbreviation like "(KM)", nor a national body like "(UWV)").
  if (may(text.includes("(")))
    for (const m of allMatches(SPEAKER_ORG_RE, text))
      if (!ROLE_ABBREVIATIONS.has(m[0]) && !isNegative(lex, m[0].toLowerCase()) && !lex.places.phrases.has(m[0].toLowerCase()))
        ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 1 });
}

/** A role noun + a word in capitals closing a line is the role's organisation: "Youssef Amrani, jongerenwerker DOCK". */
function roleCapitalsOrganisations(ctx: Ctx) {
  const { text, lex } = ctx;
  // "Youssef Amrani, jongerenwerker DOCK", "- Anouk, trajectbegeleider ROC": a role noun + a word in capitals
  // at the end of an attendee line or clause is the role's organisation (national bodies, laws and methods excepted).
  if (may(/\p{Ll}[ \t]+\p{Lu}{3}/u.test(text)))
    for (const m of allMatches(ROLE_CAPS_ORG_RE, text)) {
      if (!ROLE_WORD_END.test(m[1].toLowerCase()) || isNegative(lex, m[2].toLowerCase()) || lex.places.phrases.has(m[2].toLowerCase()) || ROLE_ABBREVIATIONS.has(m[2])) continue;
      const s = m.index + m[0].length - m[2].length;
      ctx.out.push({ s, e: s + m[2].length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
}

/** A found first name + the initial of the surname is one name: "Dhr. Bilal O. (23)". */
function surnameInitialAfterFirstName(ctx: Ctx) {
  const { text, lex } = ctx;
  // "Dhr. Bilal O. (23)", "Sara K.,": a first name with the initial of the surname is one name.
  if (may(text.includes(".")))
    for (const c of [...ctx.out])
      if (c.label === "persoon" && c.prio >= PRIO.personContext && lex.firstNames.has(text.slice(c.s, c.e)) && /^[ \t]\p{Lu}\.(?=[ \t]*[(,;:)]|[ \t]*(?:\n|$))/u.test(text.slice(c.e, c.e + 8)))
        ctx.out.push({ s: c.s, e: c.e + 3, label: "persoon", prio: c.prio + 1 });
}

/** A client noun + "is" + a first name and surname opening a sentence: "Klant is Chanel Doelwijt, 23 jaar". */
function clientIsNames(ctx: Ctx) {
  const { text, lex } = ctx;
  if (may(/[ \t]is[ \t]/.test(text)))
    for (const m of allMatches(CLIENT_IS_NAME_RE, text)) {
      const words = m[1].split(/[ \t]+/);
      // The first name may be a brand ("Mercedes", "Chanel"); the surname must be no ordinary word.
      if (words.some((w) => lex.negatives.phrases.has(w.toLowerCase())) || lex.common.has(words[words.length - 1].toLowerCase()) || lex.places.phrases.has(phraseKey(m[1]))) continue;
      const s = m.index + m[0].lastIndexOf(m[1]);
      ctx.out.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.personContext });
    }
}

/** Colleague initials with "vd" where a signature or speaker stands: "(JvdB)", "gr PvdM". */
function vdColleagueInitials(ctx: Ctx) {
  const { text, lex } = ctx;
  if (may(text.includes("vd") || text.includes("vD")))
    for (const m of allMatches(VD_INITIALS_RE, text)) {
      if (isNegative(lex, m[1].toLowerCase())) continue;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[1].length, m.index + m[1].length + 3);
      // In brackets, alone on a (list) line, after a dash or a greeting, or before a colon/dash: a signature or a speaker.
      if (/(?:\(|(?:^|\n)[ \t]*(?:[-*•–][ \t]*)?|[-–][ \t]|\b(?:gr|groet|groeten|mvg|door|met|van|cc|aan)[.,:]?[ \t]+)$/iu.test(before) || /^(?:\)|[ \t]*(?:\n|$)|:|[ \t][-–])/u.test(after))
        ctx.out.push({ s: m.index, e: m.index + m[1].length, label: "persoon", prio: PRIO.personContext });
    }
}

/** An English "The X" shop or firm name after bij/via/van: "bij The Cutz". */
function englishTheFirms(ctx: Ctx) {
  const { text, tokens, lex } = ctx;
  if (may(text.includes("The")))
    for (let i = 1; i + 1 < tokens.length; i++) {
      const t = tokens[i];
      if (t.t !== "The" || t.sentStart) continue;
      const prev = tokens[i - 1];
      const shopBefore = prev.t === "," && tokens[i - 2] && /^\p{Ll}/u.test(tokens[i - 2].t) && (lex.institutionHeads.phrases.has(tokens[i - 2].low) || HEAD_SUFFIX.test(tokens[i - 2].low));
      if (!THE_BEFORE.has(prev.low) && !shopBefore) continue;
      let k = i + 1;
      while (k < tokens.length && k - i <= 3 && tokens[k].word && (tokens[k].cap || tokens[k].upper) && text.slice(tokens[k - 1].e, tokens[k].s) === " ") k++;
      if (k === i + 1) continue;
      const key = phraseKey(text.slice(t.s, tokens[k - 1].e));
      if (lex.places.phrases.has(key) || isNegative(lex, key) || lex.places.phrases.has(phraseKey(text.slice(tokens[i + 1].s, tokens[k - 1].e)))) continue;
      if (tokens.slice(i + 1, k).every((x) => lex.common.has(x.low) || ctx.negative[x.i])) continue;
      ctx.out.push({ s: t.s, e: tokens[k - 1].e, label: "instelling", prio: PRIO.institutionHead + 6 });
    }
}

// "Parochie H. Martinus", "Parochie St. Barbara", "Parochie Heilige Pastoor van Ars", "parochie Sint-Jan": a parish and its
// saint are one organisation, never a person.
const PARISH_SAINT_RE = /(?<![\p{L}])[Pp]arochie[ \t]+(?:(?:H\.|Hl\.|St\.|Sint|Heilige|Sint-|Onze[ \t]+Lieve[ \t]+Vrouwe?)[ \t]*)?\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:van|de|der|den|\p{Lu}[\p{L}'’-]+)){0,3}/gu;
// "de Sint-Jozef parochie", "St. Martinus parochie", "H. Hart-parochie": a saint's name + a separate parish word (not the
// villages "Sint Annaparochie", "St.-Jacobiparochie", written as one word).
const SAINT_PARISH_RE = /(?<![\p{L}])(?:Sint-|Sint[ \t]+|St\.[ \t]*|H\.[ \t]*|Heilige[ \t]+)\p{Lu}[\p{L}'’]+(?:[ \t]+\p{Lu}[\p{L}'’]+)?(?:[ \t]+|-)[Pp]arochie(?![\p{L}])/gu;
// "opvanglocatie Villa Paulina", "zorgvilla Villa Mariënbosch": "Villa" + a name is a care home, shelter or venue (not a
// street "Villa Paulinastraat 4", not the surname in "Pancho Villa").
const VILLA_RE = /(?<![\p{L}])Villa[ \t]+(\p{Lu}[\p{L}'’]+(?:[ \t]+\p{Lu}[\p{L}'’]+)?)(?![\p{L}]|[ \t]*\d)/gu;
/** A parish and its saint are one organisation: "Parochie H. Martinus", "de Sint-Jozef parochie". */
function parishNames(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/[Pp]arochie/.test(text))) {
    for (const m of allMatches(PARISH_SAINT_RE, text)) {
      const name = m[0].replace(/[ \t]+(?:van|de|der|den)$/u, "");
      out.push({ s: m.index, e: m.index + name.length, label: "instelling", prio: PRIO.institutionHead + 6 });
    }
    for (const m of allMatches(SAINT_PARISH_RE, text)) if (!lex.places.phrases.has(phraseKey(m[0]))) out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
  }
}

/** "Villa" + a name is a care home, shelter or venue: "opvanglocatie Villa Paulina". */
function villaCareHomes(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(text.includes("Villa")))
    for (const m of allMatches(VILLA_RE, text)) {
      const prev = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
      if (STREET_SHAPE.test(m[1]) || (prev && lex.firstNames.has(prev[1])) || isNegative(lex, phraseKey(m[1]))) continue;
      out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
    }
}

// Lexicon organisations whose name opens with a mark or an elided article ("'s Heeren Loo", "!WOON"): the tokens split
// there, so the lexicon phrase never matches; one small alternation of just those entries, case-sensitive.
let markedOrgRe: RegExp | null | undefined;
function markedOrgs(): RegExp | null {
  if (markedOrgRe !== undefined) return markedOrgRe;
  const names = INSTITUTIONS.split(/[|\n]/).map((n) => n.trim()).filter((n) => /^(?:[^\p{L}\p{N}\s]|['’][st][ \t-])/u.test(n));
  markedOrgRe = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/^['’]/, "['’]")).join("|")})(?![\\p{L}\\p{N}])`, "gu") : null;
  return markedOrgRe;
}
// "dhr. Bernard (Ben) te Winkel", "Geertruida (Truus) Hoogeveen": a first name, a known first name in brackets (the name
// used) and a surname, with its particles, is one person (the surname is no place: "te Winkel", "Hoogeveen").
const NICKNAME_FULL_NAME_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+\([ \t]*(\p{Lu}\p{Ll}+)[ \t]*\)[ \t]+(?:(?:van|de|der|den|te|ter|ten|in|'t|het|op)[ \t]+){0,3}\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?![\p{L}])/gu;
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:[Dd]hr|[Mm]w|[Mm]evr|[Mm]evrouw|[Mm]eneer|[Mm]nr|[Dd]e[ \t]+heer|[Cc]li[eë]nt|[Kk]lant)\.?:?[ \t]+$/u;
// A mental-health, youth-care or housing head + a region that is no town names a regional
// organisation ("GGZ Eemvallei", "Jeugdzorg Maas en Peel", "Wonen Rijnstreek"), also without "bij"/"via" before it; a
// head + a town stays the convention's place ("GGZ Amsterdam" is not matched here).
const CARE_HOUSING_HEAD = /^(?:GGZ|Ggz|Wonen|Jeugdzorg)$/;
const FRISIAN_COMPASS = /^(?:Súdwest|Noardwest|Noardeast|Súdeast)$/u;
function careOrHousingHeadRegion(ctx: Ctx) {
  const { tokens, text, lex, out } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!CARE_HOUSING_HEAD.test(t.t) || !spaceJoined(text, t, tokens[i + 1]) || !tokens[i + 1].cap) continue;
    // "Beschermd Wonen Fryslân": sheltered housing is a generic service (its region stays a place)
    if (t.t === "Wonen" && i > 0 && tokens[i - 1].low === "beschermd") continue;
    // ("Wonen Súdwest": a Frisian compass word is the short name of its region, as in Súdwest-Fryslân.)
    if (FRISIAN_COMPASS.test(tokens[i + 1].t) && !(tokens[i + 2]?.cap && spaceJoined(text, tokens[i + 1], tokens[i + 2])) && !/^(?:team|afdeling)$/.test(tokens[i - 1]?.low ?? "")) {
      out.push({ s: t.s, e: tokens[i + 1].e, label: "instelling", prio: PRIO.institutionLexicon + 3 });
      continue;
    }
    const j = matchPhrase(ctx, i + 1, lex.places);
    if (j < 0) continue;
    const key = phraseKey(text.slice(tokens[i + 1].s, tokens[j].e));
    if (lex.townsAndDistricts.has(key) || lex.abroad.has(key) || lex.ambiguousPlaces.has(key)) continue;
    out.push({ s: t.s, e: tokens[j].e, label: "instelling", prio: PRIO.institutionLexicon + 3 });
  }
}
// "Werkfit Drenthe", "WerkFit Amstelland": the re-integration method's name + a place or region names a regional firm.
// (Also a region written with a dropped part: "Werkfit Duin- en Bollenstreek".)
const METHOD_BRAND_PLACE_RE = /(?<![\p{L}])Werk[Ff]it[ \t]+(\p{Lu}[\p{L}'’]+(?:-[ \t]+(?:en|of)[ \t]+\p{Lu}[\p{L}'’]+|(?:-\p{Lu}[\p{L}'’]+)*)(?:[ \t]+\p{Lu}[\p{L}'’]+)?)/gu;
/** The re-integration method's name + a place or region is a regional firm: "Werkfit Drenthe". */
function werkfitRegionalFirms(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(text.includes("Werk")))
    for (const m of allMatches(METHOD_BRAND_PLACE_RE, text)) {
      let place = m[1];
      if (!lex.places.phrases.has(phraseKey(place))) place = place.replace(/[ \t]+\S+$/u, "");
      if (place === m[1] && !lex.places.phrases.has(phraseKey(place))) continue;
      if (!lex.places.phrases.has(phraseKey(place))) continue;
      const e = m.index + m[0].length - (m[1].length - place.length);
      out.push({ s: m.index, e, label: "instelling", prio: PRIO.institutionLexicon + 3 });
    }
}

/** Lexicon organisations opening with a mark or an elided article: "'s Heeren Loo", "!WOON". */
function markedLexiconOrganisations(ctx: Ctx) {
  const { text, out } = ctx;
  const re = may(/['’!]/.test(text)) ? markedOrgs() : null;
  if (re) for (const m of allMatches(re, text)) out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionLexicon + 3 });
}

/** A first name, a first name in brackets and a surname are one person: "Geertruida (Truus) Hoogeveen". */
function nicknameFullNames(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(text.includes("(")))
    for (const m of allMatches(NICKNAME_FULL_NAME_RE, text)) {
      if (!lex.firstNames.has(m[2])) continue;
      if (!lex.firstNames.has(m[1]) && !TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personTitle + 1 });
    }
}

// A firm's legal or trade head before a name: "Maatschap Hoekman", "Maatschap Van der Wal" (a farm partnership), "Firma
// Jansen", and restaurant words that are no head elsewhere ("Lokanta Anadolu", "Brasserie De Kade", "Trattoria Sole").
const FIRM_HEAD_RE = /(?<![\p{L}])(?:Maatschap|Firma|Lokanta|Brasserie|Bistro|Trattoria|Ristorante|Eetcafé|Taverna|Pastanesi|Immo|Immobiliën)[ \t]+((?:(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|'t|[Ll]a|[Ll]e|[Dd]i)[ \t]+){0,3}\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})/gu;
// A municipal front desk + a known place is the place only (convention: "Gemeente Apeldoorn", "Stadswinkel Vlaardingen",
// "Werkplein Venlo", "Wijkteam Almere Poort").
// (lower-case joints inside a place name: "Gemeente Bergen op Zoom", "Gemeente Alphen aan den Rijn")
// (Also the plural heading a list of municipalities: "Gemeenten Veenendaal, Rhenen en Wageningen".)
const MUNICIPAL_DESK_RE = /(?<![\p{L}])(?:[Gg]emeenten?|Gemeinde|Gmin[ayięe]|Stadt|Stadtverwaltung|Kreis|Landkreis|Städteregion|Stadswinkel|Werkplein|Wijkteam|Buurtteam|Stadskantoor|Stadsloket|Gemeentewinkel|Publiekscentrum|Gemeentehuis|Stadhuis)[ \t]+(\p{Lu}[\p{L}'’-]+(?:(?:[ \t-]|[ \t](?:op|aan|en|de|den|an|bij|in|van|der)(?:[ \t](?:de|den|der))?[ \t])\p{Lu}[\p{L}'’-]+){0,2})/gu;
// "Sociale Dienst De Kempen", "Sociale Dienst Het Bildt": the named (intermunicipal) service with an article is one
// institution too (convention).
const SOCIAL_SERVICE_REGION_RE = /(?<![\p{L}])Sociale[ \t]+Dienst[ \t]+(?:De|Het)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:en|van)[ \t]+\p{Lu}[\p{L}'’-]+)?/gu;
/** A legal, trade or restaurant head before a name is the firm: "Maatschap Hoekman", "Brasserie De Kade". */
function firmHeadFirms(ctx: Ctx) {
  const { text, lex } = ctx;
  for (const m of may(/Maatschap|Firma|Lokanta|Brasserie|Bistro|Trattoria|Ristorante|Eetcafé|Taverna|Pastanesi|Immo/.test(text)) ? allMatches(FIRM_HEAD_RE, text) : []) {
    // a place after the name stays a place ("Maatschap Hoekman Lhee" is rare; "Lokanta Anadolu Rotterdam" splits)
    const words = m[1].split(/[ \t]+/);
    let n = words.length;
    while (n > 1 && lex.places.phrases.has(phraseKey(words.slice(n - 1).join(" ")))) n--;
    const name = words.slice(0, n).join(" ");
    const s = m.index;
    ctx.out.push({ s, e: s + m[0].length - m[1].length + name.length, label: "instelling", prio: PRIO.personTitle + 1 });
  }
}

/** A municipal front desk + a known town is the place only: "Werkplein Venlo". */
function municipalDeskPlaces(ctx: Ctx) {
  const { text, lex } = ctx;
  for (const m of may(/emeente|Gemeinde|Gmin|Stadt|Kreis|Städteregion|Stadswinkel|Werkplein|Wijkteam|Buurtteam|Stadskantoor|Stadsloket|Publiekscentrum|Stadhuis/.test(text)) ? allMatches(MUNICIPAL_DESK_RE, text) : []) {
    // "Hersteld Hervormde Gemeente Sliedrecht": a church congregation, not the municipality ("Die Stadt Aachen": a
    // German article is no name).
    // ("Sociaal Wijkteam Almere Stad" is the district team, the place only.)
    if (/\p{Lu}[\p{L}-]*[ \t]+$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) && !/(?:^|[^\p{L}])(?:Die|Der|Das|Dem|Den|Sociaal)[ \t]+$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "bei der Gemeinde Kerkrade", "Stadt Aachen", "Kreis Heinsberg": a German municipality or district is the place
    // (and so is the Polish "Gmina Lisse" in a letter from Poland, also in its other cases: "zapytanie Gminy Zwolle").
    const abroad = /^(?:Gemeinde|Gmina|Stadt|Stadtverwaltung|Kreis|Landkreis|Städteregion)[ \t]/.test(m[0]);
    // the longest run of words that is a known place (each candidate ends after a capitalised word)
    const ends = [...allMatches(/\p{Lu}[\p{L}'’-]+/gu, m[1])].map((w) => w.index + w[0].length);
    for (let n = ends.length; n >= 1; n--) {
      const cand = m[1].slice(0, ends[n - 1]);
      if (!lex.places.phrases.has(phraseKey(cand))) continue;
      // a desk + a region or a village ("Werkplein Fivelingo", "Werkplein Maasland") is a regional body: left to the
      // head rules
      if (!abroad && !lex.townsAndDistricts.has(phraseKey(cand))) break;
      const s = m.index + m[0].length - m[1].length;
      // (above the "head + place" institution rules at personTitle + 2)
      ctx.out.push({ s, e: s + cand.length, label: "plaats", prio: PRIO.personTitle + 3 });
      break;
    }
  }
}

/** A sociale dienst named with an article is one institution: "Sociale Dienst De Kempen". */
function articledSocialServices(ctx: Ctx) {
  const { text } = ctx;
  for (const m of may(text.includes("Sociale")) ? allMatches(SOCIAL_SERVICE_REGION_RE, text) : []) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 1 });
}

// Note bullets: "- priya studeert in Amersfoort", "- jayden oogt moe", "- kowalczyk
// spreekt redelijk NL": a bullet line that opens with a lower-case lexicon first name (4+ letters, no word) or with a
// name found capitalised earlier in the text ("dhr. Tomasz Kowalczyk"), followed by a lower-case present-tense verb.
const BULLET_LOWER_NAME_RE = /(?<=\n)[ \t]*[-*•][ \t]*(\p{Ll}{3,})[ \t]+(\p{Ll}{2,}(?:t|en|de|te))(?![\p{L}])/gu;
// Short lexicon first names that are also words or abbreviations: never a name by a lower-case rule below.
const LOWER_SHORT_NAME_WORDS = new Set("ben jan job max ton lot dik can bas wes mel ans ida ion ina cor els ute ann bob sem".split(" "));
const POSSESSIVES = new Set(["onze", "ons", "mijn", "m'n", "mn", "haar", "zijn", "z'n", "zn", "hun", "d'r"]);
// The start of a clause before a lower-case name: "ja! mo van de gym …", "en kim van de bso …".
const CLAUSE_OPENERS = new Set([".", "!", "?", ":", ",", ";", "-", "en", "maar", "want", "dat", "ook", "dus"]);
/** Names in notes read at each token, in text order: initials before a place-surname, a first name + a surname initial, lower-case lexicon names. */
function initialsAndLowerCaseNames(ctx: Ctx) {
  const { tokens, lex } = ctx;
  const chat = ctx.speakers.size > 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const sur = initialsBeforePlaceSurname(ctx, i);
    if (sur >= 0) {
      i = sur;
      continue;
    }
    // "Bram L. over werk", "1. Dariusz K. (52)", "Plek voor Tygo H.": a known first name + the initial of the surname
    // (not before a capitalised word or a particle: "Jan A. de Vries" is found whole elsewhere).
    if (t.cap && t.word && (lex.firstNames.has(t.t) || (lex.ambiguousFirstNames.has(t.t) && !t.sentStart)) && !ctx.negative[i]) {
      firstNameWithSurnameInitial(ctx, i);
      continue;
    }
    if (!t.word || t.cap || t.upper || ctx.negative[i] || !/^\p{Ll}+$/u.test(t.t)) continue;
    if (lowerCaseFirstName(ctx, i)) continue;
    if (lowerCaseLexiconOrganisation(ctx, i)) continue;
    if (chat) lowerCaseChatAbbreviation(ctx, i);
  }
}

/** Initials before a word that is also a place make it a surname: "dhr. W. Hoogstraten"; returns the surname's token index, or -1. */
function initialsBeforePlaceSurname(ctx: Ctx, i: number): number {
  const { text, tokens, lex } = ctx;
  const t = tokens[i];
  // "dhr. W. Hoogstraten", "A.J. Ede": initials before a word that is also a place make it a surname (a place takes
  // no initials); not the abbreviations "N.B.", "P.S.", "O.A." and not before another capitalised word.
  if (t.initials && !/^(?:N\.B\.|P\.S\.|O\.A\.|B\.V\.|N\.V\.|T\.A\.V\.|I\.V\.M\.|E\.D\.)$/.test(t.t) && !tokens[i - 1]?.initials) {
    let k = i + 1;
    while (tokens[k]?.initials && text.slice(tokens[k - 1].e, tokens[k].s).length <= 1) k++;
    const sur = tokens[k];
    if (sur?.cap && sur.word && text.slice(tokens[k - 1].e, sur.s) === " " && lex.places.phrases.has(sur.key) && !lex.institutions.phrases.has(sur.key) && !isNegative(lex, sur.key) &&
      !(tokens[k + 1]?.cap && text.slice(sur.e, tokens[k + 1].s) === " ")) {
      const titled = /(?<![\p{L}])(?:dhr|mw|mevr|mr|mevrouw|meneer|de heer|dr|drs|ir|ing|prof)\.?[ \t]*$/iu.test(text.slice(Math.max(0, t.s - 12), t.s));
      ctx.out.push({ s: t.s, e: sur.e, label: "persoon", prio: titled ? PRIO.personTitle : PRIO.personContext });
      return k;
    }
  }
  return -1;
}

/** A known first name + the initial of the surname: "Bram L. over werk", "Plek voor Tygo H.". */
function firstNameWithSurnameInitial(ctx: Ctx, i: number) {
  const { text, tokens } = ctx;
  const t = tokens[i];
  const ini = tokens[i + 1];
  const after = tokens[i + 2];
  if (ini?.initials && /^\p{Lu}\.$/u.test(ini.t) && text.slice(t.e, ini.s) === " " && (!after || newlineBetween(text, ini.e, after.s) || (!after.cap && !after.initials && !PARTICLES.has(after.low) && !after.upper)))
    ctx.out.push({ s: t.s, e: ini.e, label: "persoon", prio: PRIO.personContext });
}

/** A lower-case lexicon first name described as a relative or with a surname initial: "vriendin kim, 20jr", "gesprek bram l."; returns whether one was pushed. */
function lowerCaseFirstName(ctx: Ctx, i: number): boolean {
  const { text, tokens, lex } = ctx;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const sameLineNext = !!next && !newlineBetween(text, t.e, next.s);
  const known = lex.firstNamesLower.has(t.low) && !lex.common.has(t.low) && !LOWER_NAME_WORDS.has(t.low) && !LOWER_SHORT_NAME_WORDS.has(t.low) &&
    !SHORT_FUNCTION_WORDS.has(t.low) && !lex.ambiguousFirstNames.has(capitalised(t.t)) && !lex.places.phrases.has(t.key) && !isNegative(lex, t.key);
  if (known && t.low.length >= 3) {
    // "gesprek bram l. 27/1": a first name + a lower-case initial of the surname.
    if (sameLineNext && /^\p{Ll}$/u.test(next.t) && tokens[i + 2]?.t === "." && tokens[i + 2].s === next.e && text.slice(t.e, next.s) === " " && /^(?:[\s,;:)]|$)/.test(text.charAt(tokens[i + 2].e))) {
      ctx.out.push({ s: t.s, e: tokens[i + 2].e, label: "persoon", prio: PRIO.personContext });
      return true;
    }
    // "vriendin kim, 20jr", "zoon sem (4)": a relation word + a short first name closing the phrase.
    if (prev && RELATIONS.has(prev.low) && !newlineBetween(text, prev.e, t.s) && (!next || !sameLineNext || /^[,(:;)]$/.test(next.t) || (LOWER_NAME_VERBS.has(next.low) && next.low !== "en"))) {
      ctx.out.push({ s: t.s, e: t.e, label: "persoon", prio: PRIO.personContext });
      return true;
    }
    // "ook sara onze dochter", "kim mijn vriendin": a first name + a possessive + a relation word.
    if (sameLineNext && POSSESSIVES.has(next.low) && RELATIONS.has(tokens[i + 2]?.low ?? "") && !newlineBetween(text, next.e, tokens[i + 2].s)) {
      ctx.out.push({ s: t.s, e: t.e, label: "persoon", prio: PRIO.personContext });
      return true;
    }
  }
  // "ja! mo van de gym heeft …", "kim van de bso belde": a lower-case first name (also of two letters) opening a clause
  // and described by "van de/het" + a lower-case noun.
  if (known && t.low.length >= 2 && (!prev || t.sentStart || CLAUSE_OPENERS.has(prev.low)) && next?.low === "van" && sameLineNext &&
    /^(?:de|het|'t)$/.test(tokens[i + 2]?.low ?? "") && /^\p{Ll}{2,}$/u.test(tokens[i + 3]?.t ?? "") && !newlineBetween(text, t.e, tokens[i + 3].s) && (!prev || t.sentStart || /^[.!?:]$/.test(prev.t) || lowerCaseSentence(ctx, i))) {
    ctx.out.push({ s: t.s, e: t.e, label: "persoon", prio: PRIO.personContext });
    return true;
  }
  return false;
}

/** A one-word lexicon organisation in lower case after bij/via/naar in a lower-case sentence: "stage bij boni"; returns whether one was pushed. */
function lowerCaseLexiconOrganisation(ctx: Ctx, i: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[i];
  const prev = tokens[i - 1];
  // "stage bij boni loopt door", "terug naar landstede?": a one-word lexicon organisation in lower case after "bij/via/
  // naar" in a lower-case sentence (not one that is a word, a place or a name).
  if (t.low.length >= 4 && prev && (ORG_PREPS.has(prev.low) || prev.low === "naar") && lex.institutions.phrases.has(t.key) && !lex.ambiguousInstitutions.has(t.key) &&
    !lex.common.has(t.low) && !lex.places.phrases.has(t.key) && !lex.firstNamesLower.has(t.low) && !lex.surnames.has(capitalised(t.t)) && lowerCaseSentence(ctx, i)) {
    ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionLexicon });
    return true;
  }
  return false;
}

/** In a chat, a lexicon organisation in capitals written in lower case: "vvog, ik zit in de o23", "bij kpn". */
function lowerCaseChatAbbreviation(ctx: Ctx, i: number) {
  const { tokens, lex } = ctx;
  const t = tokens[i];
  // In a chat, an organisation's abbreviation in lower case ("vvog, ik zit in de o23", "bij kpn"): a lexicon
  // organisation written in capitals whose lower-case form opens with two consonants (no Dutch word).
  if (t.low.length >= 3 && /^[^aeiouy]{2}/.test(t.low) && /^\p{Lu}{3,}$/u.test(lex.institutionSpelling.get(t.key) ?? "") && !lex.ambiguousInstitutions.has(t.key) && !lex.common.has(t.low)) {
    ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionLexicon });
  }
}

/**
 * In a chat or a note a lower-case first name, also one that is a word ("roos", "rob"), is a person when the
 * text says whose relative it is: "o en roos = mijn dochter", "roos is mijn dochter", "mag rob mee? dat is zijn stiefvader"; its other
 * lower-case mentions in the chat are that person too ("ik moet met roos naar de tandarts"), not after an article or a
 * possessive ("in de roos").
 */
const EMBASSY_RE = /(?<![\p{L}])(?:[Aa]mbassade|AMBASSADE|[Cc]onsulaat(?:-[Gg]eneraal)?|[Ee]mbassy|EMBASSY|[Cc]onsulate(?:[ \t-][Gg]eneral)?)[ \t]+(?:van|of|VAN|OF)[ \t]+(?:(?:the|de|het|THE)[ \t]+)?(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})/gu;
const PLACE_IN_COUNTRY_RE = /(?<![\p{L}])(?:via|in|uit|naar|vanuit|vanaf)[ \t]+(\p{Lu}\p{Ll}{2,}(?:[ \t-]\p{Lu}\p{Ll}+)?)[ \t]*\((\p{Lu}[\p{L}'’ -]{2,30})\)/gu;
const POSSESSIVE_RE = String.raw`(?:mijn|m'n|mn|zijn|z'n|zn|haar|d'r|dr|hun|onze|ons|je|jouw|uw)`;
const NAME_IS_RELATIVE_RE = new RegExp(String.raw`^[ \t]*(?:=|is|was)[ \t]+${POSSESSIVE_RE}[ \t]+(\p{Ll}+)(?![\p{L}])`, "u");
const THAT_IS_RELATIVE_RE = new RegExp(String.raw`^[?.!,][ \t]*(?:dat|die|dit)[ \t]+(?:is|was)[ \t]+${POSSESSIVE_RE}[ \t]+(\p{Ll}+)(?![\p{L}])`, "u");
const DETERMINERS = new Set("de het een die deze dat dit mijn m'n mn zijn z'n zn haar hun onze ons je jouw uw elke iedere geen".split(" "));
function chatRelationNames(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  if (!may(/(?:=|is|was)[ \t]+(?:m|z|h|d|o|j|u)/u.test(text))) return;
  const isName = (x: Token) => x.word && !x.cap && !x.upper && x.t.length >= 3 && /^\p{Ll}{3,}$/u.test(x.t) && !SHORT_FUNCTION_WORDS.has(x.low) && !LOWER_SHORT_NAME_WORDS.has(x.low) && !lex.places.phrases.has(x.key) &&
    (lex.firstNamesLower.has(x.low) || lex.ambiguousFirstNames.has(capitalised(x.t))) && !DETERMINERS.has(tokens[x.i - 1]?.low ?? "");
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isName(t)) continue;
    const rel = NAME_IS_RELATIVE_RE.exec(text.slice(t.e, t.e + 40));
    if (rel && RELATIONS.has(rel[1])) {
      found.add(t.low);
      continue;
    }
    // the clause closes within four tokens with "? dat is zijn stiefvader"
    for (let k = i + 1; k < tokens.length && k <= i + 4 && !newlineBetween(text, tokens[k - 1].e, tokens[k].s); k++) {
      if (!/^[?.!,]$/.test(tokens[k].t)) continue;
      const that = THAT_IS_RELATIVE_RE.exec(text.slice(tokens[k].s, tokens[k].s + 40));
      if (that && RELATIONS.has(that[1]) && !tokens.slice(i + 1, k).some((x) => isName(x))) found.add(t.low);
      break;
    }
  }
  if (!found.size) return;
  for (const t of tokens) if (found.has(t.t) && isName(t)) ctx.out.push({ s: t.s, e: t.e, label: "persoon", prio: PRIO.personContext });
}

function bulletLowerNameRule(ctx: Ctx) {
  const { text, lex } = ctx;
  const found = new Set<string>();
  for (const c of ctx.out)
    if (c.label === "persoon" && c.prio >= PRIO.personContext)
      for (const w of text.slice(c.s, c.e).split(/[ \t]+/)) if (/^\p{Lu}\p{Ll}{3,}$/u.test(w)) found.add(w.toLowerCase());
  for (const m of allMatches(BULLET_LOWER_NAME_RE, text)) {
    const w = m[1];
    if (lex.common.has(w) || LOWER_NAME_WORDS.has(w) || NOT_LOWER_NAMES.has(w) || isNegative(lex, w) || lex.places.phrases.has(w) || lex.institutions.phrases.has(w)) continue;
    const cap = capitalised(w);
    const lexName = w.length >= 4 && lex.firstNamesLower.has(w) && !lex.ambiguousFirstNames.has(cap);
    if (!lexName && !found.has(w)) continue;
    const s = m.index + m[0].lastIndexOf(w, m[0].length - m[2].length - 1);
    ctx.out.push({ s, e: s + w.length, label: "persoon", prio: PRIO.personContext });
  }
}

// Short forms of hospitals and schools that social workers write with "het" ("ligt in het Martini", "mentor van het
// Staring", "terug naar het Graafschap"): a surname, a region or a drink on its own, but a person, region or thing takes no
// "het" after a preposition, so "in/naar/van/bij/op/uit/aan het X" is the hospital or school ("de Graafschap" stays the region).
const ARTICLED_SHORT_FORMS = new Set("martini maasstad staring graafschap antonius franciscus catharina ikazia amphia isala meander rijnstate tergooi elkerliek laurentius bernhoven zuyderland viecuri canisius slingeland tjongerschans treant diakonessenhuis maxima máxima gelre spaarne".split(" "));
function articledShortForms(ctx: Ctx) {
  const { tokens } = ctx;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !ARTICLED_SHORT_FORMS.has(t.low) || (!t.cap && ctx.speakers.size === 0)) continue;
    const art = tokens[i - 1];
    if (!/^(?:het|'t|t)$/.test(art.low) || !/^(?:in|naar|van|bij|op|uit|aan)$/.test(tokens[i - 2].low) || !spaceJoined(ctx.text, art, t)) continue;
    // (not the first word of a longer name: "het Martini Ziekenhuis" is read whole by the lexicon)
    if (tokens[i + 1]?.word && tokens[i + 1].cap && spaceJoined(ctx.text, t, tokens[i + 1])) continue;
    ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionLexicon });
  }
}

// "Kwekerij Van Hooydonk VOF … dat hij bij Van Hooydonk helpt": the name part of a firm found with
// its trade head or legal form is that firm when it recurs alone, unless a person with that surname is in the text
// ("Peter Verbeek … Verbeek Administraties … Verbeek" stays open: a first name before the surname makes it a person).
const FIRM_PART_HEAD = /^(?:\p{Lu}\p{Ll}+(?:erij|erei|bedrijf|handel|kwekerij|fabriek|bureau|buro|kantoor|winkel|zaak)|Firma|Fa\.|Maatschap|Gebr\.|Gebroeders)[ \t]+/u;
const FIRM_PART_TAIL = /[ \t]+(?:VOF|V\.O\.F\.|B\.?V\.?|BV|N\.?V\.?|GmbH|Holding|& Zn\.?|en Zn\.?)$/u;
function firmPartRule(ctx: Ctx) {
  const { text, lex } = ctx;
  const parts = new Set<string>();
  const subjects = new Set<string>();
  for (const c of ctx.out) {
    if (c.label !== "instelling") continue;
    const firm = text.slice(c.s, c.e);
    const part = firm.replace(FIRM_PART_HEAD, "").replace(FIRM_PART_TAIL, "");
    if (part === firm || !/^(?:(?:Van|De|Den|Der|Ter|Ten)[ \t]+(?:(?:de|der|den)[ \t]+)?)?\p{Lu}\p{Ll}{2,}$/u.test(part) || lex.places.phrases.has(phraseKey(part)) || lex.common.has(part.toLowerCase())) {
      // (a family name + a trade tail names the firm too: "Verbeek Containerlogistiek", "Hofstra Koel- en Vrieshuis")
      const owner = /^(\p{Lu}\p{Ll}{2,})[ \t]+\p{Lu}/u.exec(firm)?.[1];
      if (owner && !lex.firstNames.has(owner) && !lex.ambiguousFirstNames.has(owner) && !lex.places.phrases.has(phraseKey(owner)) && !lex.common.has(owner.toLowerCase()) && !isNegative(lex, phraseKey(owner)) && !lex.institutions.phrases.has(phraseKey(owner)) &&
          firm.split(/[ \t]+/).slice(1).some((w) => ORG_TAIL.test(w) || /(?:huis|bedrijf|handel)$/.test(w)))
        subjects.add(owner);
      continue;
    }
    parts.add(part);
    subjects.add(part);
  }
  // "Verbeek wil haar per 1 oktober een contract geven": the firm's name part opening a sentence as the one that offers a
  // contract or hires is the employer (not with a person of that surname in the text: "Luc Verbeek", "dhr. Verbeek").
  if (subjects.size && /contract|in dienst|aannemen/.test(text)) {
    for (const name of subjects) {
      // (a first name, initial or title before any mention makes the owner a person of the text)
      const personal = [...allMatches(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, "gu"), text)].some((m) => {
        const w = /(\S+)[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? "";
        return lex.firstNames.has(w) || lex.ambiguousFirstNames.has(w) || /^\p{Lu}\.$/u.test(w) || TITLES.has(w.toLowerCase().replace(/\.$/, ""));
      });
      if (personal) continue;
      for (const m of allMatches(new RegExp(`(?:^|\\n|[.!?][ \\t]+)(${name})[ \\t]+wil[ \\t][^.!?\\n]{0,60}?(?:contract|in dienst|aannemen)`, "gu"), text)) {
        const s0 = m.index + m[0].length - m[0].slice(m[0].indexOf(m[1])).length;
        if (/(?:dhr|mw|mevr|heer|mevrouw|meneer)\.?[ \t]+$/iu.test(text.slice(Math.max(0, s0 - 10), s0))) continue;
        ctx.out.push({ s: s0, e: s0 + name.length, label: "instelling", prio: PRIO.personTitle + 1 });
      }
    }
  }
  if (!parts.size) return;
  // (The particle's case may differ: "Theo van Rens … kennismaking bij Van Rens" is the person.)
  const personal = ctx.out.filter((c) => c.label === "persoon").map((c) => text.slice(c.s, c.e).toLowerCase());
  // So does the owner named with a title ("wg: dhr. Van Wijk (sr.) … in dienst bij Van Wijk").
  const titled = new Set(ctx.out.filter((c) => c.label === "persoon" && c.prio >= PRIO.personTitle).map((c) => text.slice(c.s, c.e)));
  for (const c of [...ctx.out]) {
    if (c.label !== "persoon") continue;
    const name = text.slice(c.s, c.e);
    const low = " " + name.toLowerCase();
    if (!parts.has(name) || titled.has(name) || personal.some((p) => p.length > low.length && p.endsWith(low))) continue;
    // Only where a firm is expected: after "bij/via/naar" ("helpt bij Van Hooydonk"); as a subject or after a role word the
    // owner is meant ("Van der Meulen ontkent dat", "Toen boer Hiemstra …"), and so after a first name ("Ad Doornbos").
    const before = text.slice(Math.max(0, c.s - 12), c.s);
    if (!/(?<![\p{L}])(?:bij|via|naar)[ \t]+$/u.test(before)) continue;
    ctx.out.push({ s: c.s, e: c.e, label: "instelling", prio: c.prio + 1 });
  }
}

// "uitgeschreven bij Helen Parkhurst", "ingeschreven op het Erasmus College", "zit op het Helen
// Parkhurst": a school named after a person. Enrolment ("in-/uitgeschreven bij/op/aan") or "(op/naar/van) het" + a
// first name + surname names the school, not the person (a person after "het" would have no article).
const SCHOOL_AFTER_PERSON_RE = /(?<![\p{L}])(?:(?:in|uit)geschreven[ \t]+(?:bij|op|aan)(?:[ \t]+(?:het|de))?|(?:op|naar|van|bij)[ \t]+het)[ \t]+(\p{Lu}\p{Ll}+[ \t]+(?:(?:van|de|der|den|ter|ten)[ \t]+)*\p{Lu}\p{Ll}+)(?![\p{L}]|[ \t]+\p{Lu})/gu;
const SCHOOL_AFTER_ARTICLE_RE = /(?<![\p{L}])(?:de|De|het|Het)[ \t]+((?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:van|de|der|den)[ \t]+)?){1,3}(?:\p{Lu}[\p{L}'’-]*(?:school|scholengemeenschap)|Scholengemeenschap|School))(?![\p{L}-])/gu;
function schoolNamedAfterPersonRule(ctx: Ctx) {
  const { text, lex } = ctx;
  // "naar de Juliana van Stolbergschool", "na de Pieter Zandt Scholengemeenschap": after an article, a person's name joined
  // to or followed by a school word is the school (two words or more; not "de Basisschool").
  if (may(/chool|cholengemeenschap/.test(text)))
    for (const m of allMatches(SCHOOL_AFTER_ARTICLE_RE, text)) {
      if (!/[ \t]/.test(m[1]) || isNegative(lex, phraseKey(m[1]))) continue;
      const s = m.index + m[0].length - m[1].length;
      ctx.out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
  for (const m of allMatches(SCHOOL_AFTER_PERSON_RE, text)) {
    const first = m[1].split(/[ \t]+/)[0];
    if (!lex.firstNames.has(first) || lex.places.phrases.has(phraseKey(m[1]))) continue;
    // "ingeschreven bij Jan Jansen, de huisarts", "… (huisarts)": a person with a role note is the person.
    if (/^[ \t]*(?:,[ \t]*(?:de|een|zijn|haar|onze)[ \t]|\()/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    const s = m.index + m[0].length - m[1].length;
    ctx.out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.personTitle });
  }
}

// "van de Sint-Jansbasiliek", "in de Kidane Mehret-kerk", "de Heilig Hartkerk": after an article, capitalised words ending
// in a place of worship are one institution (never a person "van de Sint-…"); "Ouderkerk" without an article stays a place.
// (A migrant church's hyphenated "-gemeente" too: "de Kidane Mehret-gemeente"; not "de Randgemeente", a municipality.)
const WORSHIP_NAME_RE = /(?<![\p{L}])(?:de|De|het|Het)[ \t]+((?:\p{Lu}[\p{L}'’]*[ \t-]){0,3}\p{Lu}[\p{L}'’]*(?:-?(?:kerk|basiliek|kathedraal|kapel|moskee|synagoge|tempel|abdij|klooster|parochie)|-gemeente))(?![\p{L}-])/gu;
function worshipNameRule(ctx: Ctx) {
  for (const m of allMatches(WORSHIP_NAME_RE, ctx.text)) {
    const s = m.index + m[0].length - m[1].length;
    // "M. de Jong-Verkerk": a double surname after initials + "de" is a person.
    if (/(?:^|[^\p{L}])\p{Lu}\.[ \t]*$/u.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)) || (!/[ \t]/.test(m[1]) && doubleSurnameShapedLikeWorship(m[1]))) continue;
    // "Het CJG Nijkerk", "de Rabobank Ridderkerk": a known town in -kerk closing the words is that town, no church.
    if (/[ \t]/.test(m[1]) && ctx.lex.places.phrases.has(phraseKey(m[1].slice(m[1].search(/[^ \t]+$/u))))) continue;
    // (above person guesses, below the head + name institution rules: "de Pinksterkerk Emmen" stays whole; a "-gemeente"
    // compound is never a surname and beats "van de" + name: "van de Kidane Mehret-gemeente")
    ctx.out.push({ s, e: s + m[1].length, label: "instelling", prio: /-gemeente$/.test(m[1]) ? PRIO.personTitle + 1 : PRIO.personTitle - 1 });
  }
}

// Schools, care farms, day-care places and foreign parishes known by a coined name in their frame:
// - "zit in groep 4 van de Rehobothschool", "met de Duinrooschool": after an article, a capitalised school compound is a
//   school (never a person "van de …"), not a kind of school ("de Basisschool", "de Montessorischool", "de Rijschool");
// - "juf van school De Wiekslag": a lower-case "school" + "De/Het" + a name is that school (not "school De Vries");
// - "bij de Kleine Kraai (kinderopvang)": a name after "de/het" explained by a bracketed kind of place is that place;
// - "Erve Elk Mens Telt": "Erve" (a Twents farm) + capitalised words is a farm or care farm;
// - "(Polska Misja Katolicka)", "Parafia Świętego Jana": a foreign mission or parish word among capitalised words.
const SCHOOL_COMPOUND_AFTER_ARTICLE_RE = /(?<![\p{L}])(?:de|De|het|Het)[ \t]+((?:\p{Lu}\p{Ll}+[ \t]){0,2}\p{Lu}\p{Ll}{2,}(?:school|college|lyceum))(?![\p{L}-])/gu;
const SCHOOL_KIND_PREFIX = /^(?:basis|montessori|dalton|jenaplan|vrije|praktijk|weekend|zondags|koran|taal|rij|sport|dans|muziek|zwem|hoge|vak|beroeps|kleuter|lagere|middelbare|brede|avond|zomer|bijbel|kook|kunst|ballet|honden|vlieg|circus|toneel|theater|politie|speciale|internationale|ambachts|huishoud|landbouw|tuinbouw|zeevaart|leraren|kweek|scholen|mavo|havo|vwo|vmbo|mbo|hbo|lts|mts|hts|pabo)$/;
const LOWER_SCHOOL_NAME_RE = /(?<![\p{L}])school[ \t]+((?:De|Het|'t)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
const BRACKETED_KIND_RE = /(?<![\p{L}])(?:de|het)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})[ \t]*\([ \t]*(?:kinderopvang|kinderdagverblijf|peuterspeelzaal|peuteropvang|bso|kdv|opvang|school|basisschool|kerk|moskee|dagbesteding|zorgboerderij|winkel|inloophuis|buurthuis)[ \t]*\)/gu;
const ERVE_RE = /(?<![\p{L}])Erve[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,3}(?![\p{L}])/gu;
const FOREIGN_PARISH_RE = /(?<![\p{L}])(?:\p{Lu}\p{Ll}+[ \t]+){0,2}(?:Misja|Parafia|Kościół|Iglesia|Église|Chiesa)(?:[ \t]+\p{Lu}\p{Ll}+){0,3}(?![\p{L}])/gu;
function namedSchoolsAndPlacesRule(ctx: Ctx) {
  const { text, lex } = ctx;
  const push = (s: number, e: number, prio: number) => ctx.out.push({ s, e, label: "instelling", prio });
  const lastWord = (w: string) => w.slice(w.search(/[^ \t]+$/u));
  if (may(/(?:school|college|lyceum)(?![\p{L}-])/u.test(text)))
    for (const m of allMatches(SCHOOL_COMPOUND_AFTER_ARTICLE_RE, text)) {
      const low = lastWord(m[1]).toLowerCase();
      const prefix = low.replace(/(?:school|college|lyceum)$/, "");
      if (lex.institutionHeads.phrases.has(low) || lex.common.has(low) || SCHOOL_KIND_PREFIX.test(prefix) || lex.places.phrases.has(phraseKey(m[1]))) continue;
      const s = m.index + m[0].length - m[1].length;
      push(s, s + m[1].length, PRIO.personTitle - 1);
    }
  if (may(/school/.test(text)))
    for (const m of allMatches(LOWER_SCHOOL_NAME_RE, text)) {
      const words = m[1].split(/[ \t]+/).slice(1);
      if (words.length === 1 && (lex.surnames.has(words[0]) || lex.ambiguousSurnames.has(words[0]))) continue;
      const s = m.index + m[0].length - m[1].length;
      push(s, s + m[1].length, PRIO.institutionHead);
    }
  if (may(text.includes("(")))
    for (const m of allMatches(BRACKETED_KIND_RE, text)) {
      const words = m[1].split(/[ \t]+/);
      if (words.length === 1 && (lex.surnames.has(words[0]) || lex.ambiguousSurnames.has(words[0]) || lex.firstNames.has(words[0]))) continue;
      const s = m.index + m[0].indexOf(m[1], m[0].search(/[ \t]/));
      push(s, s + m[1].length, PRIO.institutionHead);
    }
  if (may(/Erve/.test(text))) for (const m of allMatches(ERVE_RE, text)) push(m.index, m.index + m[0].length, PRIO.institutionHead);
  if (may(/Misja|Parafia|Kościół|Iglesia|Église|Chiesa/.test(text)))
    for (const m of allMatches(FOREIGN_PARISH_RE, text)) if (/[ \t]/.test(m[0])) push(m.index, m.index + m[0].length, PRIO.institutionHead);
}

// Lower-case first names that LOWER_NAME_WORDS keeps out of chat style but that are no Dutch words: once the same name
// is found capitalised as a person in the text, their lower-case mentions are that person ("Milan … voor milan").
const ECHO_NAME_OK = new Set("milan demi gaby bart dirk kees piet hans nadir chandra indra usha nana hawa eden".split(" "));
const LOWER_PARTICLES = new Set(["van", "de", "der", "den", "el", "al", "ter", "ten", "'t", "la", "le", "da", "di", "du"]);
const lowerFirstOk = (lex: Lexicons, w: string) =>
  lex.firstNamesLower.has(w) && !lex.common.has(w) && !lex.ambiguousFirstNames.has(capitalised(w)) && !NOT_LOWER_NAMES.has(w) &&
  !SHORT_FUNCTION_WORDS.has(w) && (!LOWER_NAME_WORDS.has(w) || ECHO_NAME_OK.has(w)) && !isNegative(lex, w) && !lex.places.phrases.has(w) && !lex.institutions.phrases.has(w);
/**
 * Lower-case persons:
 * - a lower-case first name + particles + a lexicon surname ("over wim bos, de …", "mo el amrani", "de boekhouder, ton de
 *   wit"); a two- or three-letter first name that is also a short word ("ton", "bas", "mo") needs a particle, and a
 *   surname that is also a word ("bos", "wit") needs a particle or punctuation after it;
 * - a lower-case mention of a first name that was found as a person elsewhere in the text ("Dylan Smit belde. We zien
 *   dylan nog."), not for names that are Dutch words ("Ben Smit belde. Ik ben er morgen.").
 */
const OWNER_LOWER_NAME_RE = /(?<![\p{L}])(?:[Aa]ctie|[Nn]otulist|[Vv]oorzitter|[Aa]ctiehouder|[Ee]igenaar|[Tt]rekker|[Ww]ie)[ \t]*:[ \t]*(\p{Ll}{3,})(?![\p{L}])(?=[ \t]*(?:[.,;)]|\n|$|(?:en|\+|&)[ \t]))/gu;
function lowerPersonRule(ctx: Ctx) {
  const { tokens, text, lex } = ctx;
  const found = new Set<string>();
  for (const c of ctx.out) {
    if (c.label !== "persoon" || c.prio < PRIO.personLexicon) continue;
    const w = text.slice(c.s, c.e).split(/[ \t]+/)[0];
    // A lexicon name alone only mid-sentence ("Hoe oud is Milan nu?"), not opening a sentence.
    const lexOnly = c.prio < PRIO.personContext - 1;
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(w) && lex.firstNames.has(w) && !(lexOnly && /(?:^|[.!?:]\s*|\n\s*)$/u.test(text.slice(Math.max(0, c.s - 3), c.s)))) found.add(w.toLowerCase());
    else if (ctx.speakers.size && /^\p{Ll}{2,}$/u.test(w)) found.add(w);
  }
  const fullStarts = new Set<number>();
  // "Actie: karim.", "Notulist: sanne", "actiehouder: wim": an owner label + a lower-case first name closing the clause.
  if (may(/(?:actie|notulist|voorzitter|actiehouder|eigenaar|trekker|wie)[ \t]*:/iu.test(text)))
    for (const m of allMatches(OWNER_LOWER_NAME_RE, text)) {
      if (!lowerFirstOk(lex, m[1]) || m[1].length < 3) continue;
      const s = m.index + m[0].length - m[1].length;
      ctx.out.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.personContext });
      found.add(m[1]);
    }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || t.cap || t.upper || !/^\p{Ll}{2,}$/u.test(t.t) || ctx.negative[i]) continue;
    const prev = tokens[i - 1];
    // not inside an e-mail address or a URL
    if (prev && /[@./]/.test(text.slice(prev.e, t.s) + prev.t) && text.slice(prev.e, t.s) === "") continue;
    if (!lowerFirstOk(lex, t.low)) continue;
    let k = i + 1;
    while (k < i + 4 && tokens[k] && LOWER_PARTICLES.has(tokens[k].t) && text.slice(tokens[k - 1].e, tokens[k].s) === " ") k++;
    const sur = tokens[k];
    const particle = k > i + 1;
    // "een ton de …", "per ton": a short name that is also a word needs no article or number before it.
    const shortWord = t.low.length <= 2 || CHAT_SHORT_NAME_WORDS.has(t.low);
    if (shortWord && prev && /^(?:een|de|het|per|halve|hele|\d+)$/.test(prev.low)) continue;
    if (sur && sur.word && !sur.cap && /^\p{Ll}{3,}$/u.test(sur.t) && text.slice(tokens[k - 1].e, sur.s) === " " && (particle || !shortWord)) {
      const Cap = capitalised(sur.t);
      const wordLike = lex.common.has(sur.low) || lex.ambiguousSurnames.has(Cap) || lex.firstNamesLower.has(sur.low);
      const closes = /^(?:[ \t]*[,.;:!?)]|[ \t]*$|[ \t]*\n)/.test(text.slice(sur.e, sur.e + 2));
      if (lex.surnames.has(Cap) && !NOT_LOWER_NAMES.has(sur.low) && !isNegative(lex, sur.low) && !lex.places.phrases.has(sur.low) && (!wordLike || particle || closes) && !(wordLike && lex.common.has(sur.low) && !particle)) {
        ctx.out.push({ s: t.s, e: sur.e, label: "persoon", prio: PRIO.personContext });
        // "mo el amrani … vraag of mo zelf …": the first name of a lower-case full name recurs alone.
        found.add(t.low);
        fullStarts.add(t.s);
        i = k;
        continue;
      }
    }
  }
  if (!found.size) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || t.cap || fullStarts.has(t.s) || !found.has(t.t) || ctx.negative[i] || !lowerFirstOk(lex, t.low)) continue;
    if (t.low.length < 3 && !ctx.speakers.size) continue;
    // A name that is also a noun (a word-like first name or no lexicon first name at all) is the noun after an article
    // or a demonstrative: "[10:03] winter: …" and "deze winter was zwaar".
    if ((!lex.firstNamesLower.has(t.low) || lex.common.has(t.low) || lex.ambiguousFirstNames.has(capitalised(t.t))) && NAME_NOUN_BEFORE.has(tokens[i - 1]?.low ?? "") && text.slice(tokens[i - 1].e, t.s) === " ") continue;
    // "die zag ik in jan nog": a month abbreviation after a time word or before a year stays the month.
    if (/^(?:jan|feb|apr|aug|sep|sept|okt|nov|dec)$/.test(t.low) && (CHAT_MONTH_BEFORE.has(tokens[i - 1]?.low ?? "") || /^[ \t.]*(?:'?\d|t\/m|tot|[-–]|en[ \t]+(?:feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec))/.test(text.slice(t.e, t.e + 12)))) continue;
    ctx.out.push({ s: t.s, e: t.e, label: "persoon", prio: PRIO.personContext - 1 });
  }
}

// "gewerkt bij H.Essers in Genk": an initial glued to a surname (no space) after a job word + "bij/via/voor" is the
// firm's trading name (a person is written "H. Essers"); without the job cue it stays a person.
const GLUED_INITIAL_FIRM_RE = /(?<=(?:^|[^\p{L}])(?:contract|arbeidscontract|dienst|baan|bijbaan|stage|vacature|werkplek|werkt|werkte|werken|gewerkt|werkzaam|chauffeur|gedetacheerd|aangenomen|ontslagen)[ \t]+(?:[\p{Ll}]+[ \t]+){0,3}(?:bij|via|voor)[ \t]+)\p{Lu}\.\p{Lu}\p{Ll}{2,}(?![\p{L}.'’-])/gu;
// "de nachtopvang van de Kessler", "de kinderneurologie van de Uniklinik": a service noun + "van de" + a capitalised
// name no lexicon knows as a surname is an organisation ("de dochter van de Vries" keeps the surname; a relation or a
// first name before "van" is a person's context).
const NOUN_VAN_DE_RE = /(?<=(?:^|[^\p{L}])(\p{Ll}{4,})[ \t]+van[ \t]+de[ \t]+)\p{Lu}\p{Ll}{3,}(?![\p{L}'’-]|[ \t]+\p{Lu})/gu;
// "Orthodontie De Vesting", "Fysiotherapie Het Anker": a practice word + an article-led name is the practice.
const PRACTICE_ARTICLE_RE = /(?<![\p{L}])(?:Orthodontie|Tandartspraktijk|Tandarts|Mondzorg|Fysiotherapie|Huisartsenpraktijk|Huisartspraktijk|Apotheek|Praktijk|Dierenkliniek|Logopedie|Podotherapie|Psychologenpraktijk|Ergotherapie|Kinderopvang|Kinderdagverblijf|Gezondheidscentrum)[ \t]+(?:De|Het|'t)[ \t]+\p{Lu}[\p{L}'’-]+/gu;
/** An initial glued to a surname after a job word + bij/via/voor is a firm: "gewerkt bij H.Essers". */
function gluedInitialFirms(ctx: Ctx) {
  const { text, out } = ctx;
  if (may(/\p{Lu}\.\p{Lu}\p{Ll}/u.test(text)))
    for (const m of allMatches(GLUED_INITIAL_FIRM_RE, text)) out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 1 });
}

/** A service noun + "van de" + a name no lexicon knows is an organisation: "de nachtopvang van de Kessler". */
function serviceOfTheOrganisations(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/van[ \t]+de[ \t]/.test(text)))
    for (const m of allMatches(NOUN_VAN_DE_RE, text)) {
      const noun = m[1];
      const name = m[0];
      if (RELATIONS.has(noun) || TITLES.has(noun) || lex.common.has(name.toLowerCase()) || isNegative(lex, name.toLowerCase())) continue;
      // (nor the first word of a never-flagged phrase: "van de Tegemoetkoming onderwijsbijdrage en schoolkosten")
      const ti = ctx.tokens.findIndex((t) => t.s === m.index);
      if (ti >= 0 && matchPhrase(ctx, ti, lex.negatives) >= ti) continue;
      if (lex.surnames.has(name) || lex.ambiguousSurnames.has(name) || lex.firstNames.has(name) || lex.places.phrases.has(name.toLowerCase()) || STREET_SHAPE.test(name)) continue;
      // a person-like noun before "van" (buurman, collega, vriendin, baas) names a person's relation, not a service
      if (/(?:man|vrouw|vriend|vriendin|collega|baas|kind|kinderen|familie|gezin|auto|huis|fiets|hond|kat)$/.test(noun)) continue;
      // "de vrouwengroep van de Mevlana moskee": a longer organisation found by another rule keeps its span.
      const e = m.index + name.length;
      if (out.some((c) => c.label === "instelling" && c.s <= m.index && c.e > e) || /^[ \t]+\p{Ll}/u.test(text.slice(e, e + 2)) && lex.institutionHeads.phrases.has((/^[ \t]+(\p{Ll}+)/u.exec(text.slice(e, e + 30)) ?? ["", ""])[1])) continue;
      out.push({ s: m.index, e, label: "instelling", prio: PRIO.personTitle + 1 });
    }
}

/** A practice word + an article-led name is the practice: "Fysiotherapie Het Anker". */
function practiceArticleNames(ctx: Ctx) {
  const { text, out } = ctx;
  if (may(/\p{Ll}[ \t]+(?:De|Het|'t)[ \t]+\p{Lu}/u.test(text)))
    for (const m of allMatches(PRACTICE_ARTICLE_RE, text)) out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 1 });
}

// --- care homes, regional firms ---
// "Huize Sint-Jozef", "Huize Padua": "Huize" + a name is a care home (not a street "Huize Sint-Jozefstraat 4").
const VOOR_ELKAAR_RE = /voor[ \t]+Elkaar(?![\p{L}])/gu;
const HUIZE_RE = /(?<![\p{L}])Huize[ \t]+((?:Sint-|Sint[ \t]+|St\.[ \t]*)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}]|[ \t]*\d)/gu;
// "verpleeghuis Ter Reede", "revalidatie in Ter Valcke", "wil niet naar Ter Reede": "Ter" + a name after a care-home noun,
// or after "in"/"naar" in a text about care, is the home (not the places "Ter Apel", "Ter Aar", not "dhr. Ter Horst").
const TER_HOME_RE = /(?<![\p{L}])(verpleeghuis|verzorgingshuis|zorgcentrum|woonzorgcentrum|revalidatiecentrum|zorglocatie|locatie|hospice|in|naar)[ \t]+(Ter[ \t]+\p{Lu}\p{Ll}{2,})(?![\p{L}'’-]|[ \t]+\p{Lu}|[ \t]*\d)/gu;
const CARE_TEXT = /verpleeg|verzorgingshuis|zorgcentrum|revalidatie|mantelzorg|dementie|psychogeriatr|hospice|\bWlz\b|opname|opgenomen/i;
// "Welzijn Veere", "Welzijn Lochem": the word "Welzijn" + a municipality or town names the local welfare organisation.
// (Also a two-word municipality or region: "ouderenadviseur Welzijn Hoeksche Waard"; and the house style "WelZijn
// Krimpenerwaard".)
const WELFARE_PLACE_RE = /(?<![\p{L}])(?<!(?:&|(?<![\p{L}])[Ee]n)[ \t])Wel[Zz]ijn[ \t]+(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*)(?![\p{L}-])(?:[ \t]+(\p{Lu}[\p{L}'’]+)(?![\p{L}-]))?/gu;
// "Maas & Werk", "Lek & Zorg": a capitalised name + "&" + Werk/Zorg/Wonen/Welzijn is a regional firm (not the departments
// "Werk & Inkomen", "Zorg & Welzijn").
const AMP_SECTOR_RE = /(?<![\p{L}])(?<!&[ \t])(\p{Lu}\p{Ll}{2,})[ \t]+&[ \t]+(?:Werk|Zorg|Wonen|Welzijn)(?![\p{L}-]|[ \t]+(?:&|en)[ \t])/gu;
// "het KPN-abonnement", "Ex-Stork": a lexicon organisation glued to a contract noun or after "ex-" is the organisation.
// (also a role or process at the organisation: "Schuldhulpmaatje-vrijwilliger", "Humanitas-coördinator")
const ORG_CONTRACT_NOUNS = "abonnement|rekening|factuur|facturen|schuld|account|contract|lening|polis|klantnummer|app|pas|winkel|filiaal|vrijwilliger|vrijwilligers|vrijwilligster|coördinator|medewerker|medewerkers|medewerkster|consulent|maatje|traject|aanmelding";
const ORG_HYPHEN_RE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:[Ee]x-(\p{Lu}[\p{L}\p{N}]+)(?:-(?:${ORG_CONTRACT_NOUNS}))?|(\p{Lu}[\p{L}\p{N}]+)-(?:${ORG_CONTRACT_NOUNS}))(?![\p{L}\p{N}-])`, "gu");
const ORG_HYPHEN_HINT = new RegExp(String.raw`[Ee]x-\p{Lu}|[\p{L}\p{N}]-(?:${ORG_CONTRACT_NOUNS})`, "u");
// "werkt bij de action", "bij lidl al gebeld?": a national chain in lower case after "bij (de)" in a lower-case chat line.
const LOWER_CHAINS = "albert heijn|lidl|aldi|jumbo|action|hema|kruidvat|primark|ikea|zeeman|wibra|xenos|bruna|blokker|etos|gamma|praxis|karwei";
const LOWER_CHAIN_RE = new RegExp(String.raw`(?<![\p{L}])(bij|naar)[ \t]+(de[ \t]+)?(${LOWER_CHAINS})(?![\p{L}])`, "gu");
const LOWER_CHAIN_HINT = new RegExp(String.raw`(?:bij|naar)[ \t]+(?:de[ \t]+)?(?:${LOWER_CHAINS})`);
/** A lexicon organisation glued to a contract noun or after "ex-": "het KPN-abonnement", "Ex-Stork". */
function organisationHyphenCompounds(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(ORG_HYPHEN_HINT.test(text)))
    for (const m of allMatches(ORG_HYPHEN_RE, text)) {
      const ex = m[1] !== undefined;
      const name = m[1] ?? m[2];
      const key = phraseKey(name);
      if (!lex.institutions.phrases.has(key) || (lex.ambiguousInstitutions.has(key) && !ex) || isNegative(lex, key) || lex.places.phrases.has(key) || lex.firstNames.has(name)) continue;
      const s = m.index + m[0].indexOf(name);
      out.push({ s, e: s + name.length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
}

/** "ING" in capitals is the bank ("Schuldeisers: ING, Rabobank", "een lening bij de ING"); not the title "Ing." or "ing.". */
function ingBank(ctx: Ctx) {
  const { text, out } = ctx;
  if (may(text.includes("ING")))
    for (const m of allMatches(/(?<![\p{L}\p{N}.-])ING(?![\p{L}\p{N}.]|-\p{Lu})/gu, text)) out.push({ s: m.index, e: m.index + 3, label: "instelling", prio: PRIO.institutionLexicon });
}

/** A national chain in lower case after "bij/naar (de)" in a lower-case chat line, or after "bij/naar de" in any text: "werkt bij de action". */
function lowerCaseChainStores(ctx: Ctx) {
  const { text, out } = ctx;
  if (may(LOWER_CHAIN_HINT.test(text)))
    for (const m of allMatches(LOWER_CHAIN_RE, text)) {
      const lineStart = text.lastIndexOf("\n", m.index) + 1;
      const lineEnd = text.indexOf("\n", m.index);
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
      // only in a lower-case chat line (no capital after the speaker's colon), unless "de" names the shop in any text
      // ("boodschappen bij de jumbo in Oldenzaal"; not "van de": "een tas van de hema" is a thing from the shop)
      if (!m[2] && /\p{Lu}/u.test(line.replace(/^[^:]*:/, ""))) continue;
      const s = m.index + m[0].length - m[3].length;
      out.push({ s, e: s + m[3].length, label: "instelling", prio: PRIO.institutionLexicon });
    }
}

/** A place or name + "voor Elkaar" is a volunteer organisation: "Delft voor Elkaar". */
function voorElkaarOrganisations(ctx: Ctx) {
  const { text, lex, out } = ctx;
  // "Delft voor Elkaar", "Samen Zwolle voor Elkaar": a place (or a capitalised
  // name) + "voor Elkaar" is a named volunteer organisation, not the place.
  if (may(/voor[ \t]+Elkaar/.test(text)))
    for (const m of allMatches(VOOR_ELKAAR_RE, text)) {
      const before = /(?:^|[^\p{L}'’-])((?:\p{Lu}[\p{L}'’-]+[ \t]+)?(?:['’]s-)?\p{Lu}[\p{L}'’-]+)[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (!before) continue;
      const last = before[1].split(/[ \t]+/).pop()!;
      // (lower-case "voor elkaar" is mostly the idiom: "het in Delft voor elkaar krijgen")
      if (!m[0].includes("Elkaar")) continue;
      // a sentence-initial ordinary word alone is no name ("Samen voor elkaar")
      const name = lex.common.has(before[1].split(/[ \t]+/)[0].toLowerCase()) && !lex.places.phrases.has(phraseKey(before[1])) ? last : before[1];
      if (lex.common.has(name.toLowerCase()) && !lex.places.phrases.has(phraseKey(name))) continue;
      const s = m.index - before[0].length + before[0].indexOf(before[1]) + (before[1].length - name.length);
      out.push({ s, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
}

/** "Huize" + a name is a care home: "Huize Sint-Jozef". */
function huizeCareHomes(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(text.includes("Huize")))
    for (const m of allMatches(HUIZE_RE, text)) {
      if (STREET_SHAPE.test(m[1]) || isNegative(lex, phraseKey(m[1]))) continue;
      out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
}

/** "Ter" + a name after a care-home noun, or after in/naar in a text about care, is the home: "verpleeghuis Ter Reede". */
function terCareHomes(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/Ter[ \t]/.test(text)) && CARE_TEXT.test(text))
    for (const m of allMatches(TER_HOME_RE, text)) {
      const name = m[2];
      if (lex.places.phrases.has(phraseKey(name))) continue;
      const s = m.index + m[0].length - name.length;
      out.push({ s, e: s + name.length, label: "instelling", prio: PRIO.personTitle + 4 });
    }
}

/** "Welzijn" + a municipality or town is the local welfare organisation: "Welzijn Veere". */
function welfarePlaceOrganisations(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/Wel[Zz]ijn[ \t]/.test(text)))
    for (const m of allMatches(WELFARE_PLACE_RE, text)) {
      const two = m[2] !== undefined && (lex.townsAndDistricts.has(phraseKey(m[1] + " " + m[2])) || lex.places.phrases.has(phraseKey(m[1] + " " + m[2])));
      if (!two && !lex.townsAndDistricts.has(phraseKey(m[1]))) continue;
      out.push({ s: m.index, e: two ? m.index + m[0].length : m.index + m[0].indexOf(m[1], 7) + m[1].length, label: "instelling", prio: PRIO.personTitle + 1 });
    }
}

/** A name + "&" + Werk/Zorg/Wonen/Welzijn is a regional firm: "Maas & Werk". */
function ampersandSectorFirms(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(text.includes("&")))
    for (const m of allMatches(AMP_SECTOR_RE, text)) {
      const low = m[1].toLowerCase();
      if (isDepartmentWord(low) || lex.firstNames.has(m[1]) || /(?:schap|heid|atie|itie|ing|isme|ologie|teit)$/.test(low)) continue;
      // (a group or programme of the organisation itself: "door de werkgroep Schuld & Werk", "het programma Zorg & Werk")
      if (/(?:^|[^\p{L}])(?:werkgroep|projectgroep|themagroep|stuurgroep|overleg|team|afdeling|domein|cluster|programma)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 4 });
    }
}

// --- firms named with a trade word and a person's name, in both orders ---
// "Kessels Tuinaanleg & Bestrating", "Nowak Klusbedrijf", "Mertens Schrijnwerkerij bvba", "Jansen Hoveniers vof": a
// surname + a trade compound (+ "& Word") (+ a legal form) is a firm.
const FIRM_TRADE_TAIL = String.raw`\p{Ll}{3,}(?:bedrijf|aanleg|werkerij|kunst|bestrating|bestratingen|advies|techniek|service|services|handel|bouw|installatie|installaties|onderhoud|werken|tuinen|hoveniers|schilders|klussen|transport|verhuur|schoonmaak|reparatie|reparaties|fotografie|administratie|boekhouding|timmerwerk|timmerwerken|makerij|smederij|kwekerij|bakkerij|slagerij|dekkers)`;
const R2_LEGAL_FORM = String.raw`(?:bv|b\.v\.|bvba|vof|v\.o\.f\.|gmbh|nv|n\.v\.|cv|BV|B\.V\.|BVBA|VOF|V\.O\.F\.|GmbH|NV|N\.V\.|CommV|SRL|srl)(?![\p{L}])`;
const NAME_TRADE_FIRM_RE = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)[ \t]+(\p{Lu}${FIRM_TRADE_TAIL})(?![\p{L}])(?! +\p{Lu}\p{Ll})(?:[ \t]+(?:&|en)[ \t]+\p{Lu}\p{Ll}{3,}(?![\p{L}]))?(?:[ \t]+${R2_LEGAL_FORM})?`, "gu");
// "Bloemsierkunst Marjo", "Taalschool Babel", "Klusbedrijf Van Dongen", "Schrijnwerkerij Mertens bvba": a trade compound +
// a name (first name, surname or an unknown capitalised word).
// (also "Bouwonderneming Vandeperre", "Modehuis Lenaerts", "Kindermode Peeters", "Autohandel Yilmaz")
// (Also a trade in goods named by its plural: "Bouwmaterialen De Graaf", "Auto-onderdelen Yilmaz", "Sportartikelen
// Jansen".)
const TRADE_NAME_HEAD = String.raw`(?:kunst|bedrijf|aanleg|werkerij|school|studio|atelier|kwekerij|bakkerij|slagerij|makerij|smederij|hoveniers|onderneming|handel|mode|materialen|onderdelen|artikelen|benodigdheden|(?<=[Mm]ode|[Mm]eubel|[Ss]choen|[Tt]apijt|[Bb]ruids|[Ff]iets|[Tt]weewieler)huis)`;
const TRADE_NAME_FIRM_RE = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}{3,}${TRADE_NAME_HEAD})[ \t]+((?:(?:Van|De|Den|Der|Ter|Ten|'t)[ \t]+(?:(?:de|der|den)[ \t]+)?)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}]|[ \t]+\p{Lu})(?:[ \t]+${R2_LEGAL_FORM})?`, "gu");
// "Warme Bakker Van de Laar", "Slagerij De Wit", "Bakker Van Dongen": a trade noun (with an adjective, or before a
// capitalised particle) + a surname.
const TRADE_NOUN_PARTICLE_FIRM_RE = /(?<![\p{L}])(?:(?:Warme|Echte|Ambachtelijke|Banket)[ \t]*)?(?:Bakker|Bakkerij|Slager|Slagerij|Kapper|Kapsalon|Schilder|Schildersbedrijf|Loodgieter|Hovenier|Aannemer|Timmerman|Fietsenmaker|Garage|Installateur|Drukkerij|Poelier|Visboer|Groenteboer|Bloemist)[ \t]+(?:Van|De|Den|Ter|Ten)(?:[ \t]+(?:de|der|den))?[ \t]+\p{Lu}\p{Ll}+(?![\p{L}])/gu;
// "Onderneming: Warme Bakker Van de Laar, KvK …", "Bedrijf; Kessels Tuinaanleg": the capitalised words after a firm label
// at a line start are the firm.
const FIRM_LABEL_RE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:[Oo]nderneming|[Bb]edrijf|[Ff]irma|[Ee]enmanszaak|[Nn]aam[ \t]+(?:onderneming|bedrijf|zaak))[ \t]*[:;][ \t]*(\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}'’-]*|&|de|der|den|van|'t|en|bv|b\.v\.|bvba|vof|v\.o\.f\.)){0,5})/gu;
// The cheap hints that guard the two rules above, built from the same trade-word strings so they cannot drift apart.
const NAME_TRADE_HINT = new RegExp(String.raw`\p{Lu}\p{Ll}+[ \t]+\p{Lu}${FIRM_TRADE_TAIL}(?![\p{L}])`, "u");
const TRADE_NAME_HINT = new RegExp(String.raw`\p{Ll}${TRADE_NAME_HEAD}[ \t]+\p{Lu}`, "u");
const COURSE_BEFORE = /(?<![\p{L}])(?:opleiding|opleidingen|cursus|richting|studie|afdeling|vak|module|training|les|lessen|diploma|certificaat|niveau)[ \t]+$/iu;
/** Pushes a firm found by a trade word and a name. */
const pushTradeFirm = (out: Candidate[], s: number, e: number) => out.push({ s, e, label: "instelling", prio: PRIO.personTitle + 2 });
/** A word that cannot be a firm's name part: a common word, a hard negative, a place or an organisation head. */
const ordinaryFirmWord = (lex: Lexicons, w: string) => lex.common.has(w.toLowerCase()) || isNegative(lex, phraseKey(w)) || lex.places.phrases.has(phraseKey(w)) || lex.institutionHeads.phrases.has(w.toLowerCase());

/**
 * "werkt in de nachtploeg bij Van Beek Vriesverse in Tiel", "placed at De Boer Koeltechniek": after a work preposition, a
 * capitalised particle + surname + one more capitalised word that no name list knows is a firm named after its owner (a
 * person is never written "bij Van Beek Vriesverse"); not a first name, place or ordinary word after the surname ("bij
 * Van Dijk Maandag", "bij De Vries Anna"), and a bare "bij Van Dijk" stays open.
 */
const PARTICLE_FIRM_PREPS = new Set(["bij", "via", "voor", "at", "by"]);
function particleOwnerFirms(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (!/^(?:Van|De|Ter|Ten)$/.test(t.t) || t.sentStart || !PARTICLE_FIRM_PREPS.has(tokens[i - 1].t)) continue;
    let j = i + 1;
    if (/^(?:der|den|de)$/.test(tokens[j].t) && spaceJoined(text, t, tokens[j])) j++;
    const sur = tokens[j], tail = tokens[j + 1];
    if (!sur || !tail || !spaceJoined(text, tokens[j - 1], sur) || !spaceJoined(text, sur, tail)) continue;
    if (!sur.word || !/^\p{Lu}\p{Ll}{2,}$/u.test(sur.t) || !tail.word || !/^\p{Lu}\p{Ll}{3,}$/u.test(tail.t)) continue;
    if (ordinaryFirmWord(lex, tail.t) || lex.firstNames.has(tail.t) || lex.surnames.has(tail.t) || PARTICLES.has(tail.low) || MONTH_NAMES.test(tail.t)) continue;
    // (one name: not followed by another capitalised word)
    if (tokens[j + 2]?.word && tokens[j + 2].cap && spaceJoined(text, tail, tokens[j + 2])) continue;
    ctx.out.push({ s: t.s, e: tail.e, label: "instelling", prio: PRIO.personTitle + 2 });
  }
}

/** A surname + a trade compound (+ a legal form) is a firm: "Nowak Klusbedrijf", "Jansen Hoveniers vof". */
function surnameTradeFirms(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(NAME_TRADE_HINT.test(text)))
    for (const m of allMatches(NAME_TRADE_FIRM_RE, text)) {
      const name = m[1];
      // a surname (the lexicon's or an unknown word), not a first name, an ordinary word or a place
      if (lex.firstNames.has(name) && !lex.surnames.has(name)) continue;
      // (not a known organisation with a service after it: "Humanitas Thuisadministratie" is left to the lexicons)
      // (Not an occupation, "Eerste Monteur Elektrotechniek" is a job title or course.)
      // (Nor a role, "Vrijwilliger Thuisadministratie", "Coördinator Schuldhulp" is a job title on a signature.)
      // (nor a scheme or service of the negatives, "een Vrijwillige Thuisadministratie via Humanitas")
      if (ordinaryFirmWord(lex, name) || isNegative(lex, phraseKey(m[0])) || ORG_TAIL.test(name) || ((JOB_TITLE_WORD.test(name.toLowerCase()) || ROLE_WORD_END.test(name.toLowerCase()) || ROLE_SUFFIX.test(name.toLowerCase()) || VOLUNTEER_WORD.test(name.toLowerCase())) && !lex.surnames.has(name) && !lex.ambiguousSurnames.has(name)) || lex.institutions.phrases.has(phraseKey(name)) || COURSE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      pushTradeFirm(out, m.index, m.index + m[0].length);
    }
}

/** A trade compound + a name is a firm: "Klusbedrijf Van Dongen", "Taalschool Babel". */
function tradeCompoundNameFirms(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(TRADE_NAME_HINT.test(text)))
    for (const m of allMatches(TRADE_NAME_FIRM_RE, text)) {
      const last = m[2].split(/[ \t]+/).pop()!;
      // "Praktijkschool De Wissel": after a capitalised article the name may be a village's name too (the
      // village has no article: "Wissel"), also a lexicon name (the head word belongs to it); an ordinary word stays out.
      const articleName = /^(?:De|Het|'t)[ \t]+\S+$/u.test(m[2]);
      if (ordinaryFirmWord(lex, m[2]) || (articleName ? lex.common.has(last.toLowerCase()) || isNegative(lex, phraseKey(last)) || lex.institutionHeads.phrases.has(last.toLowerCase()) : ordinaryFirmWord(lex, last)) || (lex.institutions.phrases.has(phraseKey(m[2])) && !articleName) || COURSE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      if (lex.common.has(m[1].toLowerCase()) && /(?:^|[.!?]|\n)[ \t"'‘“(]*$/u.test(text.slice(Math.max(0, m.index - 4), m.index)) && !lex.firstNames.has(last) && !lex.surnames.has(last)) continue;
      pushTradeFirm(out, m.index, m.index + m[0].length);
    }
}

/** A trade noun + a capitalised particle and surname is a firm: "Bakker Van Dongen". */
function tradeNounParticleFirms(ctx: Ctx) {
  const { text, out } = ctx;
  if (may(/(?:Bakker|Slager|Kapper|Kapsalon|Schilder|Loodgieter|Hovenier|Aannemer|Timmerman|Fietsenmaker|Garage|Installateur|Drukkerij|Poelier|Visboer|Groenteboer|Bloemist)\p{L}*[ \t]+(?:Van|De|Den|Ter|Ten)[ \t]/u.test(text)))
    for (const m of allMatches(TRADE_NOUN_PARTICLE_FIRM_RE, text)) pushTradeFirm(out, m.index, m.index + m[0].length);
}

/** The capitalised words after a firm label at a line start: "Onderneming: Warme Bakker Van de Laar". */
function firmLabelValues(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/(?:onderneming|bedrijf|firma|eenmanszaak|zaak)[ \t]*[:;]/i.test(text)))
    for (const m of allMatches(FIRM_LABEL_RE, text)) {
      const v = m[1].replace(/(?:[ \t]+(?:&|de|der|den|van|'t|en))+$/u, "");
      const key = phraseKey(v);
      if (lex.places.phrases.has(key) || lex.common.has(key) || isNegative(lex, key) || /^\p{Lu}+-?\d/u.test(v)) continue;
      const s0 = m.index + m[0].length - m[1].length;
      pushTradeFirm(out, s0, s0 + v.length);
    }
}

// "Von: Markus Heinen <m.heinen@…>", "From: Anna Kowalska <…>": a name before an address in angle brackets on a mail
// header line is the sender or addressee.
const MAIL_HEADER_NAME_RE = /(?:^|\n)[ \t]*(?:Van|Von|From|Aan|An|To|Cc|CC|Afzender|Absender)[ \t]*:[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+(?:van|de|der|den|von|zu|ter|ten|el|al))*(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})[ \t]*<[^>\s@]+@/gu;
// "Mit freundlichen Grüßen\nMarkus Heinen", "Kind regards,\nAnna Kowalska": a German or English sign-off and a name of
// two capitalised words alone on the next line, or before a comma and the signer's job ("Heiner Bültmann, Geschäftsführer").
const FOREIGN_SIGNOFF_NAME_RE = /(?:Grüßen|Grüssen|Grüße|Grüsse|Gruß|Gruss|regards|Regards|wishes|Wishes)[ \t]*[,!]?[ \t]*\n[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+(?:van|de|der|den|von|zu|ter|ten))*[ \t]+\p{Lu}[\p{L}'’-]+)(?=[ \t]*(?:\n|$)|(,[ \t]*\p{L}[\p{L} /&-]{2,40}[ \t]*(?:\n|$)))/gu;
/** A name that is an ordinary word, a negative, an organisation head, a place or an organisation. */
const plainMailName = (lex: Lexicons, name: string) => name.split(/[ \t]+/).some((w) => /^\p{Lu}/u.test(w) && (lex.common.has(w.toLowerCase()) && !lex.firstNames.has(w) && !lex.surnames.has(w) || isNegative(lex, phraseKey(w)) || lex.institutionHeads.phrases.has(w.toLowerCase()))) || lex.places.phrases.has(phraseKey(name)) || lex.institutions.phrases.has(phraseKey(name)) || ORG_TAIL.test(name.split(/[ \t]+/).pop()!);
/** A name whose first name or surname the lexicon knows (and that is no ordinary word). */
const knownPersonName = (lex: Lexicons, name: string) => { const w = name.split(/[ \t]+/); return (lex.firstNames.has(w[0]) && !lex.common.has(w[0].toLowerCase())) || (lex.surnames.has(w[w.length - 1]) && !lex.common.has(w[w.length - 1].toLowerCase())); };
/** Whether a mail address's local part is made of the name ("m.heinen@", "markus.heinen@"). */
const mailOfName = (name: string, mail: string) => {
  // (diacritics and apostrophes fold away in an address: "Siobhán O'Reilly <siobhan.oreilly@…>")
  const w = name.toLowerCase().normalize("NFD").replace(/[\p{M}'’]/gu, "").split(/[ \t]+/);
  const local = /([^<\s@]+)@$/.exec(mail)?.[1].toLowerCase() ?? "";
  const last = w[w.length - 1];
  return local.length > last.length && local.endsWith(last) && local.startsWith(w[0].charAt(0));
};

/** A name before an address in angle brackets on a mail header line: "Von: Markus Heinen <m.heinen@…>". */
function mailHeaderNames(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(text.includes("<") && text.includes("@")))
    for (const m of allMatches(MAIL_HEADER_NAME_RE, text)) {
      if (plainMailName(lex, m[1]) || !(knownPersonName(lex, m[1]) || mailOfName(m[1], text.slice(Math.max(0, m.index + m[0].length - 40), m.index + m[0].length)))) continue;
      const s0 = m.index + m[0].indexOf(m[1], m[0].indexOf(":"));
      out.push({ s: s0, e: s0 + m[1].length, label: "persoon", prio: PRIO.personContext });
    }
}

// "Thanks again,\nSiobhán": a first name alone after an English or German sign-off, when it is a lexicon first name or opens an
// e-mail address of the text ("siobhan.oreilly@…").
const FOREIGN_SIGNOFF_FIRST_NAME_RE = /(?:Thanks(?:[ \t]+again)?|Thank[ \t]+you|Cheers|Best|[Rr]egards|[Ww]ishes|Grüßen|Grüße|Gruß|Grüsse)[ \t]*[,!.]?[ \t]*\n[ \t]*(\p{Lu}\p{Ll}+)(?=[ \t]*(?:\n|$))/gu;
// The signer's job on the line under the name: "Mit freundlichen Grüßen\nHeinrich Hüsing\nGeschäftsführer".
const SIGNER_JOB_LINE_RE = /^[ \t]*\n[ \t]*(?:Geschäftsführer(?:in)?|Inhaber(?:in)?|Prokurist(?:in)?|Sachbearbeiter(?:in)?|Personalreferent(?:in)?|\p{Lu}\p{Ll}*(?:leiter|leiterin|manager|director|officer|coordinator|adviser|advisor|consultant|specialist)|(?:HR|Team|Site|Office|General|Managing|Area|Branch)[ \t]+(?:Manager|Director|Lead|Leader|Coordinator|Adviser|Advisor))[ \t]*(?:[,(|\n]|$)/u;
/** A name alone on the line after a German or English sign-off: "Kind regards,\nAnna Kowalska". */
function foreignSignOffNames(ctx: Ctx) {
  const { text, lex, out } = ctx;
  if (may(/thank|cheers|best|regards|wishes|gr[üu]/i.test(text)))
    for (const m of allMatches(FOREIGN_SIGNOFF_FIRST_NAME_RE, text)) {
      const folded = letterKey(m[1]);
      if (!lex.firstNames.has(m[1]) && !new RegExp(String.raw`(?<![\p{L}\p{N}._-])${folded}[._-]?[\p{L}\p{N}._-]*@`, "u").test(text.toLowerCase())) continue;
      if (lex.common.has(m[1].toLowerCase()) || isNegative(lex, m[1].toLowerCase())) continue;
      const s0 = m.index + m[0].length - m[1].length;
      out.push({ s: s0, e: s0 + m[1].length, label: "persoon", prio: PRIO.personContext });
    }
  if (may(/gr[üu](?:ß|ss)|regards|wishes/i.test(text)))
    for (const m of allMatches(FOREIGN_SIGNOFF_NAME_RE, text)) {
      // (an unknown name counts with its job after a comma: who signs with a job title signs with a name)
      if (plainMailName(lex, m[1]) || !(m[2] || SIGNER_JOB_LINE_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)) || knownPersonName(lex, m[1]) || text.toLowerCase().includes(m[1].split(/[ \t]+/).pop()!.toLowerCase() + "@") || new RegExp(String.raw`[.\-_]${m[1].split(/[ \t]+/).pop()!.toLowerCase()}@`, "u").test(text.toLowerCase()))) continue;
      const s0 = m.index + m[0].length - m[1].length;
      out.push({ s: s0, e: s0 + m[1].length, label: "persoon", prio: PRIO.personContext });
    }
}

// "Brabant Fresh Packers", "Limburg Bouw Groep", "Twente Metaal Techniek": a province or region word opening a firm's
// name: two or more capitalised words after it that are no place, name or hard negative (or one company tail word).
const REGION_WORDS = "Brabant|Limburg|Gelderland|Friesland|Fryslân|Drenthe|Overijssel|Twente|Zeeland|Flevoland|Achterhoek|Veluwe|Betuwe|Westland|Kempen|Salland|Rijnmond";
const REGION_FIRM_RE = new RegExp(String.raw`(?<![\p{L}-])(?:(?:Noord|Zuid|West|Oost|Midden)-)?(?:${REGION_WORDS})[ \t]+\p{Lu}[\p{L}'’&-]*(?:[ \t]+\p{Lu}[\p{L}'’&-]*){0,3}`, "gu");
// (its hint, from the same words)
const REGION_FIRM_HINT = new RegExp(REGION_WORDS, "u");
const COMPASS_WORD = /^(?:noord|oost|zuid|west|midden|centrum|noordoost|noordwest|zuidoost|zuidwest|centraal|stad)$/iu;
// "Jobs in Motion", "Mensen in Beweging", "Zorg in Balans": a capitalised word + "in" + an abstract noun of a firm's or
// foundation's name (not a place: "Jobs in Motion" is no "in Motion" place).
const IN_ABSTRACT_FIRM_RE = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]{2,})[ \t]+in[ \t]+(?:Motion|Progress|Action|Balance|Business|Control|Touch|Style|Mind|Focus|Shape|Transition|Flow|Harmony|Beweging|Balans|Actie|Uitvoering|Ontwikkeling|Bloei|Verbinding|Evenwicht|Vorm|Zicht|Bedrijf)(?![\p{L}-])/gu;
// "Jeugdbescherming west", "Stichting noord": an organisation head word + a lower-case compass word (a regional branch).
const HEAD_LOWER_COMPASS_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}{3,})[ \t]+(?:noord|oost|zuid|west|noordoost|noordwest|zuidoost|zuidwest)(?![\p{L}-])/gu;
// "Marieke J. Jansen", "Ahmed A.M. el Idrissi": a known first name + middle initials + a surname is one name.
const FIRST_INITIALS_SURNAME_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+(?:\p{Lu}\.){1,3}[ \t]*(?:(?:van|de|der|den|ter|ten|te|el|al)[ \t]+)*(\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?)(?![\p{L}])/gu;
// "Leiden University", "Amsterdam Business School", "Webster University", "Kumasi Technical University": a place or name + an English organisation head.
const EN_ORG_HEAD_RE = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)[ \t]+(?:(?:Technical|State|National|Polytechnic|Technological|Teaching)[ \t]+)?(?:University|Hospital|Medical[ \t]+Cent(?:er|re)|Academy|Institute|Business[ \t]+School|University[ \t]+College)(?![\p{L}])/gu;
/** A capitalised word that can be part of a firm's name: no place, name, hard negative, compass word or month. */
const freeFirmWord = (lex: Lexicons, w: string) => !lex.places.phrases.has(w.toLowerCase()) && !lex.firstNames.has(w) && !lex.surnames.has(w) && !isNegative(lex, w.toLowerCase()) && !COMPASS_WORD.test(w) && !MONTH_NAMES.test(w);

/** A place or name + an English organisation head: "Leiden University". */
function englishOrganisationHeads(ctx: Ctx) {
  const { text, lex } = ctx;
  if (may(/University|Hospital|Medical|Academy|Institute|Business/u.test(text)))
    for (const m of allMatches(EN_ORG_HEAD_RE, text)) {
      // (after another capitalised word the name is longer, "Dutch Security Academy": the other rules take it whole)
      if (/\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) || /^(?:The|Our|His|Her|My|Their|Your|Its|A|An|This|That|At|In|Of|From|To|Dear)$/u.test(m[1]) || (isNegative(lex, m[1].toLowerCase()) && !lex.places.phrases.has(m[1].toLowerCase()))) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 5 });
    }
}

/** A known first name + middle initials + a surname is one name: "Marieke J. Jansen". */
function firstNameInitialsSurname(ctx: Ctx) {
  const { text, lex } = ctx;
  if (may(/\p{Ll}[ \t]+\p{Lu}\./u.test(text)))
    for (const m of allMatches(FIRST_INITIALS_SURNAME_RE, text)) {
      if (!lex.firstNames.has(m[1]) || lex.ambiguousFirstNames.has(m[1]) || isNegative(lex, m[2].toLowerCase()) || lex.places.phrases.has(m[2].toLowerCase())) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personContext + 1 });
    }
}

/** A province or region word opening a firm's name: "Brabant Fresh Packers". */
function regionOpenedFirms(ctx: Ctx) {
  const { text, lex } = ctx;
  if (may(REGION_FIRM_HINT.test(text)))
    for (const m of allMatches(REGION_FIRM_RE, text)) {
      const words = m[0].split(/[ \t]+/);
      const rest = words.slice(1);
      let n = 0;
      while (n < rest.length && /^\p{Lu}\p{Ll}/u.test(rest[n]) && freeFirmWord(lex, rest[n])) n++;
      if (n === 0 || (n < 2 && !ORG_TAIL.test(rest[0]))) continue;
      // (not at a sentence start: "Drenthe Vandaag" opening a line is the region + a title)
      const e = m.index + m[0].indexOf(rest[n - 1], m[0].indexOf(rest[0])) + rest[n - 1].length;
      ctx.out.push({ s: m.index, e, label: "instelling", prio: PRIO.institutionHead + 5 });
    }
}

/** A capitalised word + "in" + an abstract noun is a firm or foundation: "Jobs in Motion". */
function inAbstractNounFirms(ctx: Ctx) {
  const { text, lex } = ctx;
  if (may(/[ \t]in[ \t]+\p{Lu}/u.test(text)))
    for (const m of allMatches(IN_ABSTRACT_FIRM_RE, text)) {
      if (!freeFirmWord(lex, m[1]) || /^(?:Alles|Meer|Weer|Leven|Blijven|Samen|Beter|Goed|Niet|Ook|Nog|Het|Een|Dat|Die|Dit|Wat)$/u.test(m[1])) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 5 });
    }
}

/** An organisation head + a lower-case compass word is a regional branch: "Jeugdbescherming west". */
function headLowerCompassBranches(ctx: Ctx) {
  const { text, lex } = ctx;
  if (may(/[ \t](?:noord|oost|zuid|west)/u.test(text)))
    for (const m of allMatches(HEAD_LOWER_COMPASS_RE, text)) {
      const head = m[1].toLowerCase();
      if (!lex.institutionHeads.phrases.has(head) || /team$|punt$|loket$/.test(head) || DISTRICT_TEAMS.has(head) || DISTRICT_DESKS.has(head) || GENERIC_SERVICES.has(head)) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 5 });
    }
}

// Shared by the firm rules (trade head + name, trade word + owner/region, regional branches and clubs): two
// tokens separated by exactly one space, and a capitalised word that can be part of a proper name (not all capitals, not
// a common word, negative, title or relation word).
const spaceJoined = (text: string, a: Token, b: Token | undefined): b is Token => !!b && text.slice(a.e, b.s) === " ";
const capitalisedNameToken = (ctx: Ctx, x: Token | undefined): x is Token =>
  !!x && x.word && x.cap && !x.upper && !ctx.negative[x.i] && !ctx.lex.common.has(x.low) && !isNegative(ctx.lex, x.key) && !TITLES.has(x.low) && !RELATIONS.has(x.low);

// --- firms and buildings named by a trade or building word + a name ---
// A trade or business word opening a firm's name, followed by the owner's or a coined name: "Bouwmaatschappij Oldenhof",
// "Atelier Nazira", "Catering Yasmin al-Sham", "Installatiebureau Kromhout" (a compound ending in a business word, or one
// of the plain trade words below). The name is one to three capitalised words (with "al-"/"el-" parts and particles);
// not a known place, a common word or a first name alone in a list ("Catering Yasmin en Sara").
// Shop and trade words that open a firm's name (German trade compounds included: "Landtechnik", "Frischdienst", "Lagerhaus").
const SHOP_NAME_HEAD = /^(?:Salon|Kamertraining|\p{Lu}\p{Ll}{2,}(?:bar|hotel|technik|logistik|dienst|huisvesting|lagerhaus|bau))$/u;
const TRADE_HEAD_PLAIN = new Set(["atelier", "electro", "elektro", "catering", "traiteur", "bouwmaatschappij", "aannemersbedrijf", "cateraar", "eethuisje"]);
const TRADE_HEAD_COMPOUND = /^\p{Lu}\p{Ll}{2,}(?:maatschappij|onderneming|atelier|bedrijf|bureau|kantoor|handel|groothandel|makerij|studio|catering)$/u;
// "Keukenhuis De Akker", "Zorgboerderij De Hoeve", "Werkplaats Het Gilde": a business or building compound + an
// article-led name is one named place of work (a named building is an institution).
const BUILDING_COMPOUND = /^\p{Lu}\p{Ll}{2,}(?:huis|hal|centrum|boerderij|fabriek|werkplaats|keuken|atelier|kantoor|loods|honk|podium|hoeve|winkel)$/u;
// "Ramkisoen Financiële Diensten", "Jansen Zakelijke Dienstverlening": a name + an adjective + a service word is a firm
// (an adjective alone before it is a generic service: "de Gemeentelijke Diensten").
const COLLECTIVE_WORD = /^(?:Collectief|Gemeenschap|Coöperatie|Cooperatie|Federatie|Alliantie)$/;
const NAME_ADJ_SERVICE_TAIL = /^(?:Diensten|Dienstverlening|Services|Adviezen)$/;
// "MBO Polderpoort", "Jeugdzorg Flevomeer": the generic school type or youth-care word + one unknown
// capitalised word (no place, name, department or ordinary word) is that school's or provider's own name; with a place it
// stays the place ("MBO Utrecht" is a lexicon entry), and "MBO Logistiek" is a course.
function schoolOrYouthCareNameRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.t !== "MBO" && t.t !== "Jeugdzorg") continue;
    const nx = tokens[i + 1];
    if (!spaceJoined(text, t, nx) || !nx.cap || !nx.word || nx.upper || nx.sentStart || !/^\p{Lu}\p{Ll}{3,}$/u.test(nx.t)) continue;
    // "naar MBO Westland", "bij MBO Rijnland": a vocational school named after its town or region is that school (not
    // inside another school's name: "Aeres MBO Barneveld" is Aeres in Barneveld; a country is no school's region).
    const regionSchool = t.t === "MBO" && lex.places.phrases.has(nx.key) && !lex.abroad.has(nx.t) && !(tokens[i - 1]?.cap && spaceJoined(text, tokens[i - 1], t)) && !lex.firstNames.has(nx.t) && !lex.surnames.has(nx.t);
    if ((lex.places.phrases.has(nx.key) && !regionSchool) || lex.firstNames.has(nx.t) || lex.surnames.has(nx.t) || isNegative(lex, nx.key) || isDepartmentWord(nx.low) || lex.institutionHeads.phrases.has(nx.low) || ORG_TAIL.test(nx.t) || NEIGHBOURHOOD.test(nx.t)) continue;
    // (one word only: "MBO Polderpoort Lelystad" or "Jeugdzorg Noord Holland" are other shapes)
    if (tokens[i + 2]?.cap && spaceJoined(text, nx, tokens[i + 2])) continue;
    // (a kind of care or an adjective is no name: "JeugdzorgPlus" written apart, "Jeugdzorg Ambulant")
    if (/^(?:plus|ambulant|residentieel|intramuraal|extramuraal|basis|specialistisch)$/.test(nx.low) || ADJECTIVE_END.test(nx.low)) continue;
    if (isNegative(lex, phraseKey(text.slice(t.s, nx.e)))) continue;
    ctx.out.push({ s: t.s, e: nx.e, label: "instelling", prio: PRIO.institutionHead + 5 });
  }
}

// --- organisations named by a phrase, a school class, a budget line or a buddy project ---
// "Stichting Thuis in Drenthe", "een trainingswoning van Thuis in de Meierij": a housing or care provider named "Thuis in"
// + its region; the region belongs to the name (the foundation word before it too).
const THUIS_IN_RE = /(?<![\p{L}])(?:(Stichting)[ \t]+)?Thuis[ \t]+(?:in|aan|op)[ \t]+(?:(?:de|het|'t)[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?/gu;
// "groep 8 op De Kleine Prins", "in groep 5 van Het Palet": a school class + op/van/at + an article-led capitalised name
// is the primary school.
const CLASS_SCHOOL_RE = /(?<![\p{L}])groep[ \t]+[1-8][ \t]+(?:op|van|at|in)[ \t]+((?:De|Het|'t)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})/gu;
// "derde klas Pieter Zandt", "2e klas Calvijn": an ordinal class + a capitalised name (no preposition) is the school, a
// secondary school named after a person or a word; not a school level ("derde klas Havo") nor a lone first name.
const CLASS_NAME_SCHOOL_RE = /(?<![\p{L}])(?:eerste|tweede|derde|vierde|vijfde|zesde|[1-6](?:e|de)?)[ \t]+klas[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})(?![\p{L}])/gu;
const SCHOOL_LEVEL_WORDS = new Set("havo vwo mavo vmbo atheneum gymnasium kader basis theoretische gemengde praktijkonderwijs tl gl bb kb lwoo".split(" "));
// "| Energie Noordstroom | € 145,00 |", "Huur Aert Swaens ...... € 748,55": a budget line's cost word + one or two
// capitalised words closing the cell (a bar, dot leader, amount or bracket after them) is the payee, an organisation
// (a subscription names a product: "Abonnement PZC").
const BUDGET_PAYEE_RE = /(?:^|\|)[ \t]*(?:Huur|Energie|Water|Internet|Zorgverzekering|Verzekering|Telefoon|Aflossing|Lening)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?=[ \t]*(?:\||\.{3,}|€|\(|\n|$))/gmu;
// "(buddyproject Moeders Vooruit)", "via het mentorproject Samen Sterk": a volunteer project word + a capitalised name
// (a "maatjesproject" is a head word of its own, named with it).
const BUDDY_PROJECT_RE = /(?<![\p{L}])(?:buddy|taalmaatjes|mentor|vrijwilligers)project[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})/gu;
// "een cursus Duits bij de VHS Grafschaft Bentheim": a German adult school (Volkshochschule) + its district or town.
const VHS_RE = /(?<![\p{L}])VHS[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?/gu;
function namedPhraseOrgs(ctx: Ctx) {
  const { lex, text } = ctx;
  const plainWord = (w: string) => lex.common.has(w.toLowerCase()) || isNegative(lex, phraseKey(w));
  if (text.includes("Thuis"))
    for (const m of allMatches(THUIS_IN_RE, text)) {
      // (not "Thuis in Nederland", a sentence start or a heading: a lower-case word or Stichting before it)
      if (!m[1] && !/[\p{Ll},(][ \t]+$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
    }
  if (text.includes("groep"))
    for (const m of allMatches(CLASS_SCHOOL_RE, text)) {
      const s0 = m.index + m[0].length - m[1].length;
      ctx.out.push({ s: s0, e: s0 + m[1].length, label: "instelling", prio: PRIO.institutionHead + 6 });
    }
  if (text.includes("klas"))
    for (const m of allMatches(CLASS_NAME_SCHOOL_RE, text)) {
      const words = m[1].split(/[ \t]+/);
      if (words.some((w) => SCHOOL_LEVEL_WORDS.has(w.toLowerCase()) || plainWord(w)) || (words.length === 1 && lex.firstNames.has(words[0]))) continue;
      const s0 = m.index + m[0].length - m[1].length;
      ctx.out.push({ s: s0, e: s0 + m[1].length, label: "instelling", prio: PRIO.institutionHead + 6 });
    }
  for (const m of allMatches(BUDGET_PAYEE_RE, text)) {
    const words = m[1].split(/[ \t]+/);
    if (words.some(plainWord) || /^\p{Lu}{1,2}$/u.test(m[1]) || lex.places.phrases.has(phraseKey(m[1])) || (words.length === 1 && lex.firstNames.has(words[0])) || TITLES.has(words[0].toLowerCase()) || RELATIONS.has(words[0].toLowerCase())) continue;
    if (words.length === 2 && lex.firstNames.has(words[0]) && lex.surnames.has(words[1])) continue;
    const s0 = m.index + m[0].length - m[1].length;
    ctx.out.push({ s: s0, e: s0 + m[1].length, label: "instelling", prio: PRIO.institutionHead + 6 });
  }
  if (text.includes("project"))
    for (const m of allMatches(BUDDY_PROJECT_RE, text)) {
      if (lex.places.phrases.has(phraseKey(m[1])) || plainWord(m[1].split(/[ \t]+/)[0])) continue;
      const s0 = m.index + m[0].length - m[1].length;
      ctx.out.push({ s: s0, e: s0 + m[1].length, label: "instelling", prio: PRIO.institutionHead + 6 });
    }
  if (text.includes("VHS"))
    for (const m of allMatches(VHS_RE, text)) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
}

function tradeHeadNameRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  const nameTok = (x: Token | undefined) => capitalisedNameToken(ctx, x) && !ROLE_SUFFIX.test(x.low);
  const joined = (a: Token, b: Token | undefined) => spaceJoined(text, a, b);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !t.cap || t.upper) continue;
    const nx = tokens[i + 1];
    if (!joined(t, nx)) continue;
    // Building compound + "De/Het/'t" + a capitalised word.
    if (BUILDING_COMPOUND.test(t.t) && !lex.places.phrases.has(t.key) && !isNegative(lex, t.key) && /^(?:De|Het|'t)$/.test(nx.t) && nameTok(tokens[i + 2]) && joined(nx, tokens[i + 2]) && !tokens[i + 2].sentStart) {
      let e = i + 3;
      if (nameTok(tokens[e]) && joined(tokens[e - 1], tokens[e]) && !lex.places.phrases.has(tokens[e].key)) e++;
      ctx.out.push({ s: t.s, e: tokens[e - 1].e, label: "instelling", prio: PRIO.institutionHead + 5 });
      continue;
    }
    // "Hoveniers Collectief Zuidplas", "Eritrese Gemeenschap Rijnland": a collective word after one or two capitalised
    // words, then a region or place, is one named organisation; "Bureau Zelfstandigen Flevoland", "Bureau Jeugdzorg
    // Utrecht": "Bureau" + a plural target group + a place too (a named regional bureau, like "Sociale Dienst Drechtsteden").
    const collective = COLLECTIVE_WORD.test(t.t);
    const bureau = t.t === "Bureau" && /^\p{Lu}\p{Ll}{3,}(?:en|s|zorg)$/u.test(nx.t) && !lex.places.phrases.has(nx.key);
    if (collective || bureau) {
      const pi = bureau ? i + 2 : i + 1;
      const pe = tokens[pi] && joined(tokens[pi - 1], tokens[pi]) && tokens[pi].cap ? matchPhrase(ctx, pi, lex.places) : -1;
      if (pe >= pi && !lex.abroad.has(phraseKey(text.slice(tokens[pi].s, tokens[pe].e)))) {
        let s0 = i;
        // (the words before may be a role or trade: "Jobcoach Collectief Westland"; not an article or a title)
        while (collective && s0 > 0 && i - s0 < 2 && tokens[s0 - 1].word && tokens[s0 - 1].cap && !tokens[s0].sentStart && joined(tokens[s0 - 1], tokens[s0]) && !/^(?:De|Het|Een|'t)$/.test(tokens[s0 - 1].t) && !TITLES.has(tokens[s0 - 1].low) && !PLACE_PREPS.has(tokens[s0 - 1].low)) s0--;
        if (bureau || s0 < i) {
          ctx.out.push({ s: tokens[s0].s, e: tokens[pe].e, label: "instelling", prio: PRIO.institutionHead + 6 });
          i = pe;
          continue;
        }
      }
    }
    // Name (+ adjective) + service tail.
    if (nameTok(t) && !lex.firstNames.has(t.t) && !lex.places.phrases.has(t.key) && !ADJECTIVE_END.test(t.low) && nx.cap && /(?:ale|[eë]le|ieve|ische|ige|ere|lijke|ieke|aire)$/.test(nx.low) && joined(nx, tokens[i + 2]) && NAME_ADJ_SERVICE_TAIL.test(tokens[i + 2].t)) {
      ctx.out.push({ s: t.s, e: tokens[i + 2].e, label: "instelling", prio: PRIO.institutionHead + 6 });
      continue;
    }
    // "Salon Schnittpunkt", "Nailbar Olena", "Klosterhotel Frenswegen", "Landtechnik Veldhuis", "Frischdienst Ems",
    // "Kamertraining Kompas", "Jongerenhuisvesting Stek": a shop or trade word (also a German trade compound, as across the
    // border) + one or two capitalised words is the firm's name, also at the start of a table cell; the owner's name or
    // a place inside it belongs to the firm (not a river or place alone after a generic word: the head is a trade).
    if (SHOP_NAME_HEAD.test(t.t) && !lex.places.phrases.has(t.key) && !isNegative(lex, t.key) && !lex.common.has(t.low) && !lex.surnames.has(t.t) && !COURSE_BEFORE.test(text.slice(Math.max(0, t.s - 14), t.s)) &&
      nx.word && nx.cap && !nx.upper && !nx.sentStart && !newlineBetween(text, t.e, nx.s) && !isNegative(lex, nx.key) && !lex.common.has(nx.low) && !TITLES.has(nx.low) && !RELATIONS.has(nx.low) && !ORG_TAIL.test(nx.t)) {
      let e = i + 2;
      while (e - i < 4 && tokens[e]?.word && tokens[e].cap && !tokens[e].upper && joined(tokens[e - 1], tokens[e]) && !lex.places.phrases.has(tokens[e].key) && !lex.firstNames.has(tokens[e].t) && !isNegative(lex, tokens[e].key)) e++;
      // (a longer name, a place or "&" after it: "Studentenhuisvesting Oude Delft", "Arbodienst Maas & Peel" are other shapes)
      if (tokens[e] && (tokens[e].cap || tokens[e].upper || tokens[e].t === "&") && spaceJoined(text, tokens[e - 1], tokens[e])) continue;
      ctx.out.push({ s: t.s, e: tokens[e - 1].e, label: "instelling", prio: PRIO.institutionHead + 6 });
      i = e - 1;
      continue;
    }
    if (!(TRADE_HEAD_PLAIN.has(t.low) || (TRADE_HEAD_COMPOUND.test(t.t) && !lex.places.phrases.has(t.key))) || isNegative(lex, t.key)) continue;
    if (!nameTok(nx) || nx.sentStart || newlineBetween(text, t.e, nx.s) || lex.places.phrases.has(nx.key) || (lex.institutions.phrases.has(nx.key) && !lex.surnames.has(nx.t))) continue;
    let e = i + 2;
    while (e < tokens.length && e - i <= 3) {
      const x = tokens[e];
      if (!joined(tokens[e - 1], x)) break;
      if (nameTok(x) && !lex.places.phrases.has(x.key)) e++;
      else if (/^(?:al|el|ul|bin|ben|abu)-\p{Lu}/u.test(x.t)) e++;
      else if (/^(?:van|de|der|den|ter|ten|el|al)$/.test(x.t) && nameTok(tokens[e + 1]) && joined(x, tokens[e + 1]) && !lex.places.phrases.has(tokens[e + 1].key)) e += 2;
      else break;
    }
    // "Catering Yasmin en Sara": a lone first name right after a plain trade word before "en" is a list of helpers.
    if (e === i + 2 && lex.firstNames.has(nx.t) && /^[ \t]+(?:en|of)[ \t]/.test(text.slice(nx.e, nx.e + 5))) continue;
    ctx.out.push({ s: t.s, e: tokens[e - 1].e, label: "instelling", prio: PRIO.institutionHead + 5 });
    i = e - 1;
  }
}

// "notities dossier Wübbels, Hendrik – Schoonebeek", "Cliënt: Kamphuis, Gerrit (67)": a surname, a comma and a known
// first name closing the item (a dash, bracket, semicolon or line end after it) is a name written surname first; the
// surname need not be in the lexicon (not a place, organisation or ordinary word).
// A cell in the name column of a table (header "Naam", "Klant", "Cliënt", "Deelnemer") shaped like a name that no other
// rule takes: surname + initials in any case ("vos, d.", "v. Dijk, H.", "Zomer, L.") or a lower-case full name of two
// to four words with a lexicon first name or surname ("wessel ter horst", "t. vos", "mo bakkali"). One pass over the lines.
const NAME_COLUMN_HEAD = /^(?:naam|namen|klantnaam|naam[ \t]+klant|klant|cli[eë]nt|deelnemer|aanvrager)$/i;
const CELL_PARTICLE = /^(?:v\.|vd\.|v\/d|v\.d\.|van|de|der|den|ter|ten|te|op|in|'t|el|al|da|di|du|le|la)$/;
const CELL_SURNAME_INITIALS = /^((?:(?:v\.|vd\.|v\/d|v\.d\.|van|de|der|den|ter|ten|te|in|op|'t)[ \t]+)*)(\p{L}[\p{Ll}'’]+(?:-(?:(?:de|van|van[ \t]+de|van[ \t]+der|ter|ten)[ \t]+)?\p{L}[\p{Ll}'’]+)?),[ \t]*(?:\p{Lu}\.(?:[ \t]?\p{Lu}\.){0,3}|\p{Ll}\.)$/u;
const CELL_LOWER_NAME = /^(?:\p{Ll}\.[ \t]?)?\p{Ll}[\p{Ll}'’]+(?:-\p{Ll}[\p{Ll}'’]+)?(?:[ \t]+(?:\p{Ll}[\p{Ll}'’]+(?:-\p{Ll}[\p{Ll}'’]+)?|'t)){0,3}$/u;
function nameColumnCells(ctx: Ctx) {
  const { text, lex } = ctx;
  const nameWord = (w: string) => w.split("-").some((p) => (lex.firstNamesLower.has(p) && !lex.common.has(p)) || lowerLexiconSurname(lex, p));
  let col = -1, sep = "", width = 0;
  for (let a = 0; a < text.length; ) {
    let b = text.indexOf("\n", a);
    if (b < 0) b = text.length;
    const line = text.slice(a, b);
    const lineSep = line.includes("|") ? "|" : line.includes("\t") ? "\t" : "";
    const cells = lineSep ? line.split(lineSep) : [];
    if (!lineSep || lineSep !== sep || cells.length !== width) col = -1;
    const head = cells.findIndex((c) => NAME_COLUMN_HEAD.test(c.trim()));
    if (head >= 0) { col = head; sep = lineSep; width = cells.length; }
    else if (col >= 0 && !/^[|\-: \t]+$/.test(line)) {
      let at = a;
      for (let k = 0; k < col; k++) at += cells[k].length + 1;
      const raw = cells[col], cell = raw.trim(), s = at + raw.indexOf(cell);
      const inv = CELL_SURNAME_INITIALS.exec(cell);
      let ok = false;
      if (inv) ok = /[aeiouyàáäéëèíïóöúü]/i.test(inv[2]) && !lex.common.has(inv[2].toLowerCase()) || lex.surnames.has(capitalised(inv[2]));
      else if (CELL_LOWER_NAME.test(cell)) {
        const words = cell.split(/[ \t]+|(?<=\.)/).filter((w) => w && !/^\p{Ll}\.$/u.test(w) && !CELL_PARTICLE.test(w));
        // (after an initial a surname that is also a word will do: "t. vos")
        const initial = /^\p{Ll}\./u.test(cell);
        const surnameAfterInitial = initial && words.length >= 1 && lex.surnames.has(capitalised(words[words.length - 1]));
        ok = (surnameAfterInitial || (words.some(nameWord) && words.every((w) => nameWord(w) || !lex.common.has(w)))) && (initial || cell.split(/[ \t]+/).length >= 2);
      }
      if (ok) ctx.out.push({ s, e: s + cell.length, label: "persoon", prio: PRIO.personContext });
    }
    a = b + 1;
  }
}

function invertedNameRule(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (tokens[i + 1].t !== "," || !t.word || !t.cap || t.upper || t.low.length < 3 || t.e !== tokens[i + 1].s) continue;
    const f = tokens[i + 2];
    if (!f.cap || !lex.firstNames.has(f.t) || lex.ambiguousFirstNames.has(f.t) || text.slice(tokens[i + 1].e, f.s) !== " ") continue;
    // (also a tab to the next cell: "3105187\tMukamana, Aline\t1989")
    if (!/^(?:\t|[ \t]*(?:[–—;]|\(\d|-[ \t]|\n|$))/.test(text.slice(f.e, f.e + 4))) continue;
    if (t.sentStart && tokens[i - 1]?.t !== ":" && text.charAt(t.s - 1) !== "\t") continue;
    // (not the end of a place: "(51) in Den Haag, Shanti (47)")
    if (i > 0 && (/^(?:in|uit|naar|te|van|Den|De|Het|'s|Sint|St)$/.test(tokens[i - 1].t) || matchPhrase(ctx, i - 1, lex.places) >= i)) continue;
    if (ctx.negative[i] || isNegative(lex, t.key) || lex.common.has(t.low) || lex.places.phrases.has(t.key) || lex.institutions.phrases.has(t.key) || lex.firstNames.has(t.t) || TITLES.has(t.low) || RELATIONS.has(t.low)) continue;
    ctx.out.push({ s: t.s, e: t.e, label: "persoon", prio: PRIO.personContext });
  }
}

// --- firms named by a trade word + owner, region, river or coined name ---
// Trade compounds that open a firm's name before its owner's surname (also with a capitalised particle: "Taxicentrale Van
// Gorp", "Metaalbewerking Te Brake"), a coined name ("Kunststofproducten Brinkers") or a region, place or river
// ("Groenvoorziening Oost-Achterhoek", "Coachwerk IJssel"): a commercial trade, so the place belongs to the firm (generic
// services + place stay the place only; they are no trade compounds).
// (Also a compound of goods a firm makes or sells: "Kunststoffen Van Stiphout", "Vleeswaren De Groot".)
const FIRM_TRADE_HEAD = /^\p{Lu}\p{Ll}{2,}(?:centrale|bewerking|verwerking|producten|voorziening|onderhoud|beheer|koeriers|techniek|transport|verhuur|handel|stoffen|waren)$/u;
const COINED_WORK_HEAD = /^(?!(?:Net|Maat|Vrijwilligers|Huis|School|Papier|Buurt|Jongeren|Straat|Opbouw|Club|Team|Samen|Hand|Vak|Kunst|Zwart|Werk|Ploeg|Sociaal|Maatschappelijk|Jeugd|Opvoed|Kader)werk$)\p{Lu}\p{Ll}{2,}werk$/u;
const CAP_PARTICLE = /^(?:Van|Te|Ter|Ten|Den|De|Op|In)$/;
// Goods and trade words that close a family firm's name after the owner's surname ("Van Dijk Paddenstoelen").
const CAP_PRODUCT_TAIL = new RegExp(String.raw`^(?:${LOWER_PRODUCT_TAIL}|paddenstoelen|kunststoffen|installatietechniek|metaalbewerking|mosselen|oesters|cookies|koekjes)$`);
const FIRM_RIVERS = new Set(["ijssel", "maas", "rijn", "waal", "lek", "vecht", "eem", "schelde", "amstel", "dommel", "dinkel", "regge", "linge", "zaan", "gouwe", "roer", "geul", "merwede", "dollard", "eems"]);
const FIRM_COMPASS_WORD = /^(?:Noord|Oost|Zuid|West|Midden|Noordoost|Noordwest|Zuidoost|Zuidwest)$/;
// Foreign employment agencies: "Agencja Pracy Sokół", "Agenția de Muncă Dacia", "Zeitarbeit Krüger".
const FOREIGN_AGENCY_RE = /(?<![\p{L}])(?:Agencja[ \t]+(?:Pracy|Zatrudnienia|Rekrutacyjna|Pośrednictwa[ \t]+Pracy)(?:[ \t]+Tymczasowej)?|Agen[tţț]i[ae][ \t]+de[ \t]+(?:Recrutare|Muncă|Munca|Plasare)|Zeitarbeit|Personalvermittlung|Agentura[ \t]+Práce|Agencia[ \t]+de[ \t]+(?:Empleo|Trabajo))[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})/gu;
// "Scheldebewind Wsnp & Budgetbeheer": a bewind firm's compound name + its services joined by "&".
const BEWIND_FIRM_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,}bewind)(?:[ \t]+(?:\p{Lu}[\p{L}]+)[ \t]*&[ \t]*\p{Lu}[\p{L}]+)?(?![\p{L}])/gu;
function tradeNamedFirms(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  const joined = (a: Token, b: Token | undefined) => spaceJoined(text, a, b);
  const plainName = (x: Token | undefined) => capitalisedNameToken(ctx, x) && !lex.firstNames.has(x.t);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !t.cap || t.upper) continue;
    const nx = tokens[i + 1];
    // (a firm head after it opens the owner's name, read with its dot by capRun: "Vleeswaren Gebr. Hulsman")
    if (!joined(t, nx) || !nx.cap || nx.sentStart || FIRM_HEAD.test(nx.t)) continue;
    // (not a course: "de opleiding Metaalbewerking Niveau 2")
    const trade = FIRM_TRADE_HEAD.test(t.t) && !COURSE_BEFORE.test(text.slice(Math.max(0, t.s - 14), t.s)) && !/^[ \t]+\p{L}+[ \t]+\d/u.test(text.slice(t.e, t.e + 20)) && !lex.common.has(t.low) && !GENERIC_SERVICES.has(t.low) && !lex.places.phrases.has(t.key) && !isNegative(lex, t.key) && !lex.institutionHeads.phrases.has(t.low);
    const work = COINED_WORK_HEAD.test(t.t) && !lex.common.has(t.low) && !isNegative(lex, t.key) && !GENERIC_SERVICES.has(t.low) && !lex.places.phrases.has(t.key);
    if (trade || work) {
      // (a place, region or river after it)
      const pe = matchPhrase(ctx, i + 1, lex.places);
      if (pe >= i + 1 && !lex.abroad.has(phraseKey(text.slice(nx.s, tokens[pe].e)))) {
        ctx.out.push({ s: t.s, e: tokens[pe].e, label: "instelling", prio: PRIO.institutionHead + 6 });
        i = pe;
        continue;
      }
      if (FIRM_RIVERS.has(nx.low)) {
        ctx.out.push({ s: t.s, e: nx.e, label: "instelling", prio: PRIO.institutionHead + 6 });
        i++;
        continue;
      }
      // "Eemwerk Talentcentrum": a "-werk" compound + a company word (beats a guessed two-word person).
      if (work && ORG_TAIL.test(nx.t) && !lex.surnames.has(nx.t)) {
        ctx.out.push({ s: t.s, e: nx.e, label: "instelling", prio: PRIO.personTitle + 5 });
        i++;
        continue;
      }
      // "Kunststofproducten Brinkers": one coined or owner's name (no place, word or first name) after a trade compound.
      if (trade && plainName(nx) && !lex.institutions.phrases.has(nx.key) && !newlineBetween(text, t.e, nx.s) && !/^[ \t]*&/.test(text.slice(nx.e, nx.e + 3)) && !(tokens[i + 2]?.cap && tokens[i + 2].word && joined(nx, tokens[i + 2]))) {
        ctx.out.push({ s: t.s, e: nx.e, label: "instelling", prio: PRIO.institutionHead + 5 });
        i++;
        continue;
      }
      // (a capitalised particle + a surname: "Van Gorp", "Te Brake", "Van der Zande"; "De" only before a known surname)
      if (trade && CAP_PARTICLE.test(nx.t)) {
        let k = i + 2;
        if (/^(?:der|den|de|het|'t)$/.test(tokens[k]?.t ?? "") && joined(nx, tokens[k])) k++;
        const sn = tokens[k];
        if (sn && joined(tokens[k - 1], sn) && sn.cap && sn.word && !sn.upper && !lex.places.phrases.has(sn.key) && !isNegative(lex, sn.key) && (!/^(?:De|Den)$/.test(nx.t) || lex.surnames.has(sn.t) || lex.ambiguousSurnames.has(sn.t))) {
          ctx.out.push({ s: t.s, e: sn.e, label: "instelling", prio: PRIO.institutionHead + 6 });
          i = k;
          continue;
        }
      }
    }
    // "Traiteur Van Dijk", "Atelier Ten Brinke": a plain trade word + a capitalised particle + a surname is the firm, not
    // the person ("De"/"Den" only before a known surname).
    if (TRADE_HEAD_PLAIN.has(t.low) && !isNegative(lex, t.key) && /^(?:Van|Te|Ter|Ten|Den|De)$/.test(nx.t)) {
      let k = i + 2;
      if (/^(?:der|den|de)$/.test(tokens[k]?.t ?? "") && joined(nx, tokens[k])) k++;
      const sn = tokens[k];
      // (a village after "Van" is a surname too: "Van Beek", "Van Gerwen")
      if (sn && joined(tokens[k - 1], sn) && sn.cap && sn.word && !sn.upper && (!lex.places.phrases.has(sn.key) || nx.t === "Van") && !isNegative(lex, sn.key) && !lex.common.has(sn.low) && (!/^(?:De|Den)$/.test(nx.t) || lex.surnames.has(sn.t) || lex.ambiguousSurnames.has(sn.t))) {
        ctx.out.push({ s: t.s, e: sn.e, label: "instelling", prio: PRIO.institutionHead + 6 });
        i = k;
        continue;
      }
    }
    // "bij Van Dijk Paddenstoelen", "Van der Heijden Tegels": a capitalised particle + a surname + a capitalised goods or
    // trade word is the family firm, not a person.
    // (Not after a capitalised word of the same name: "Kwekerij Van Ruijven Paprika" is read whole elsewhere.)
    if (/^(?:Van|Ter|Ten|Te)$/.test(t.t) && !newlineBetween(text, t.e, nx.s) && !(tokens[i - 1]?.cap && tokens[i - 1].word && joined(tokens[i - 1], t))) {
      let k = i + 1;
      if (/^(?:der|den|de)$/.test(tokens[k]?.t ?? "") && joined(t, tokens[k])) k++;
      const sn = tokens[k];
      const tail = tokens[k + 1];
      if (sn && joined(tokens[k - 1], sn) && sn.cap && sn.word && !sn.upper && (!lex.places.phrases.has(sn.key) || t.t === "Van") && !isNegative(lex, sn.key) && !lex.common.has(sn.low) &&
        tail && joined(sn, tail) && tail.cap && tail.word && !tail.sentStart && CAP_PRODUCT_TAIL.test(tail.low)) {
        ctx.out.push({ s: t.s, e: tail.e, label: "instelling", prio: PRIO.personTitle + 3 });
        i = k + 1;
        continue;
      }
    }
    // "| Kramer Mosselen |", "werkt bij Bakker Groenten": a known surname (no first name, place or word; no capitalised
    // word, title or particle before it) + a capitalised goods word is the family firm, not a person named "Kramer Mosselen"
    // (not before "&": "Hummel Kaas & Delicatessen" is read whole elsewhere).
    if (lex.surnames.has(t.t) && !lex.firstNames.has(t.t) && !lex.places.phrases.has(t.key) && !lex.common.has(t.low) && !isNegative(lex, t.key) &&
      !(tokens[i - 1]?.word && (tokens[i - 1].cap || PARTICLES.has(tokens[i - 1].t) || TITLES.has(tokens[i - 1].low)) && !newlineBetween(text, tokens[i - 1].e, t.s)) && !/\.[ \t]*$/u.test(text.slice(Math.max(0, t.s - 2), t.s)) &&
      nx.word && !nx.upper && CAP_PRODUCT_TAIL.test(nx.low) && !(tokens[i + 2]?.cap && tokens[i + 2].word && joined(nx, tokens[i + 2])) && !/^[ \t]*&/.test(text.slice(nx.e, nx.e + 3))) {
      ctx.out.push({ s: t.s, e: nx.e, label: "instelling", prio: PRIO.personTitle + 3 });
      i++;
      continue;
    }
    // "Kringloopwinkel Het Tweede Leven", "Buurthuis De Gouden Draad": a building or shop compound + an article-led name
    // of ordinary capitalised words (up to three; no place) is one named place of work.
    if (BUILDING_COMPOUND.test(t.t) && !lex.places.phrases.has(t.key) && !isNegative(lex, t.key) && /^(?:De|Het|'t)$/.test(nx.t)) {
      let e = i + 1;
      while (e - i < 4 && tokens[e + 1]?.cap && tokens[e + 1].word && !tokens[e + 1].upper && joined(tokens[e], tokens[e + 1]) && !lex.places.phrases.has(tokens[e + 1].key) && !lex.negatives.phrases.has(tokens[e + 1].key)) e++;
      if (e >= i + 2) {
        ctx.out.push({ s: t.s, e: tokens[e].e, label: "instelling", prio: PRIO.institutionHead + 5 });
        i = e;
        continue;
      }
    }
    // "bij Wonen Maasoever", "van Wonen Limburg": "Wonen" + a name after an organisation preposition is a housing
    // corporation ("Team Wonen Zwolle", "afdeling Wonen" stay departments).
    if (t.t === "Wonen" && !t.sentStart && /^(?:bij|van|via|aan|naar|met)$/.test(tokens[i - 1]?.low ?? "") && (plainName(nx) || lex.places.phrases.has(nx.key)) && !isDepartmentWord(nx.low)) {
      const pe = matchPhrase(ctx, i + 1, lex.places);
      let e = Math.max(pe, i + 1);
      while (e - i < 3 && tokens[e + 1]?.cap && tokens[e + 1].word && !tokens[e + 1].sentStart && joined(tokens[e], tokens[e + 1])) e++;
      ctx.out.push({ s: t.s, e: tokens[e].e, label: "instelling", prio: PRIO.institutionHead + 6 });
      i = e;
      continue;
    }
    // "voor Zoom Koeriers": a brand-like word mid-sentence + a plural trade word is a firm.
    if (!t.sentStart && /^(?:voor|bij|van|via|naar|met)$/.test(tokens[i - 1]?.low ?? "") && /^(?:Koeriers|Robotics|Logistics|Koeriersdiensten|Installaties|Verhuizingen)$/.test(nx.t) && !lex.firstNames.has(t.t) && !TITLES.has(t.low) && !RELATIONS.has(t.low) && !(tokens[i - 1]?.cap && joined(tokens[i - 1], t))) {
      ctx.out.push({ s: t.s, e: nx.e, label: "instelling", prio: PRIO.institutionHead + 5 });
      i++;
      continue;
    }
    // "die van Lingua Oost?", "naar Lingua Oost;": a coined name (no word, person or place) + a compass word is a
    // regional organisation.
    if (FIRM_COMPASS_WORD.test(nx.t) && !t.sentStart && plainName(t) && !lex.surnames.has(t.t) && !lex.ambiguousSurnames.has(t.t) && !lex.places.phrases.has(t.key) && !lex.abroad.has(t.key) && !isDepartmentWord(t.low) && !/^(?:team|afdeling|regio|wijk|stadsdeel|district|locatie|vestiging|kantoor)$/.test(tokens[i - 1]?.low ?? "") && !(tokens[i - 1]?.cap && !/^(?:Het|De)$/.test(tokens[i - 1].t) && joined(tokens[i - 1], t)) && !/(?:team|punt|loket|regio)$/.test(t.low) && !/^[ \t]*(?:van|aan|op|&)[ \t]/.test(text.slice(nx.e, nx.e + 5)) && !/(?:isch|ese|ees|aans|ands|se)$/.test(t.low) && !/[-(]$/.test(text.slice(t.e, nx.s)) && !(tokens[i + 2]?.cap && joined(nx, tokens[i + 2]))) {
      const art = tokens[i - 1] && /^(?:Het|De)$/.test(tokens[i - 1].t) && !tokens[i - 1].sentStart && joined(tokens[i - 1], t);
      ctx.out.push({ s: art ? tokens[i - 1].s : t.s, e: nx.e, label: "instelling", prio: PRIO.institutionHead + 4 });
      i++;
      continue;
    }
  }
  if (may(/Agen|Zeitarbeit|Personalvermittlung/.test(text)))
    for (const m of allMatches(FOREIGN_AGENCY_RE, text)) ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
  if (may(text.includes("bewind")))
    for (const m of allMatches(BEWIND_FIRM_RE, text)) {
      // (not the legal measures themselves: "Beschermingsbewind", "Onderbewind")
      if (lex.common.has(m[1].toLowerCase()) || isNegative(lex, m[1].toLowerCase()) || /(?:ings|schaps|tie)bewind$|^onderbewind$/.test(m[1].toLowerCase())) continue;
      ctx.out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead + 6 });
    }
  // "Gerechtsdeurwaarders X & Y namens Otto", "incassobureau X namens Wehkamp": the party a bailiff or collection agency
  // acts for is a creditor (an organisation), even when its name is also a first name.
  if (may(/namens/.test(text) && /deurwaarder|incasso/i.test(text)))
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (tokens[i].t !== "namens") continue;
      const c = tokens[i + 1];
      if (!c.cap || !c.word || c.sentStart || !joined(tokens[i], c) || isNegative(lex, c.key) || TITLES.has(c.low)) continue;
      const lineStart = text.lastIndexOf("\n", tokens[i].s) + 1;
      if (!/deurwaarder|incasso/i.test(text.slice(lineStart, tokens[i].s))) continue;
      // (one word, not followed by a surname: "namens Otto Bakker" is a person)
      const n2 = tokens[i + 2];
      if (n2 && n2.cap && n2.word && joined(c, n2)) continue;
      ctx.out.push({ s: c.s, e: c.e, label: "instelling", prio: PRIO.personTitle + 1 });
    }
  // "(Eemwerk)", "Chris Ooms (Rijnwerk)": a coined "-werk" compound alone in brackets after a person is their employer.
  if (may(text.includes("werk)")))
    for (let i = 1; i + 1 < tokens.length; i++) {
      const t = tokens[i];
      if (tokens[i - 1].t !== "(" || tokens[i + 1].t !== ")" || !COINED_WORK_HEAD.test(t.t) || lex.common.has(t.low) || isNegative(lex, t.key) || GENERIC_SERVICES.has(t.low)) continue;
      if (!tokens[i - 2]?.cap) continue;
      ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionHead + 4 });
    }
  // "in de wijk Haagse Beek", "de buurt Hoge Vucht": a capitalised name after "wijk"/"buurt" is the neighbourhood.
  if (may(/(?:wijk|buurt|stadsdeel)[ \t]+\p{Lu}/u.test(text)))
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (!/^(?:wijk|buurt|woonwijk|stadswijk|stadsdeel)$/.test(tokens[i].t) || !/^(?:de|het|die|deze|een|in|van)$/.test(tokens[i - 1].low)) continue;
      const c = tokens[i + 1];
      if (!c.cap || !c.word || !joined(tokens[i], c) || isNegative(lex, c.key) || lex.firstNames.has(c.t)) continue;
      let e = i + 1;
      if (tokens[e + 1]?.cap && tokens[e + 1].word && joined(tokens[e], tokens[e + 1]) && !tokens[e + 1].sentStart) e++;
      // (also with "'t" and a name after it: "in de wijk Tuindorp 't Lansink")
      else if (/^(?:'t|’t)$/.test(tokens[e + 1]?.t ?? "") && tokens[e + 2]?.cap && tokens[e + 2].word && joined(tokens[e], tokens[e + 1]) && joined(tokens[e + 1], tokens[e + 2])) e += 2;
      if (/^[ \t]+(?:van|aan|op|in|bij)[ \t]/u.test(text.slice(tokens[e].e, tokens[e].e + 8))) continue;
      ctx.out.push({ s: c.s, e: tokens[e].e, label: "plaats", prio: PRIO.institutionHead + 6 });
    }
}

// --- regional branches, sports clubs, centres and named venues ---
// (not a role or a utility: "leerbedrijf Kinderrijk", "waterbedrijf PWN": the gold keeps the name only)
const LOWER_TRADE_COMPANY = /^(?!leer|stage|water|energie|nuts)(?!\p{Ll}*teeltbedrijf)\p{Ll}{3,}bedrijf$/u;
// Regions that are no municipality or town: "Vestia Haaglanden", "Zorgkracht Betuwe", "Arbo Gelderse Poort".
const REGION_ONLY = new Set(REGIONS.split("|").map(phraseKey).filter(Boolean));
// A coined one-word firm with an organisation ending + a region that is no town: "Werkkracht Twente", "Zorgkracht Betuwe".
const COINED_ORG_WORD = /^\p{Lu}\p{Ll}{3,}(?:kracht|werk|wonen)$/u;
const coinedRegionalOrg = (span: string) => {
  const m = /^(\S+)[ \t]+(.+)$/u.exec(span);
  return !!m && COINED_ORG_WORD.test(m[1]) && REGION_ONLY.has(phraseKey(m[2]));
};
// Sports-club abbreviations before the club's name: "VV De Hazenkamp", "SV Spakenburg", "RKSV Nuenen", "KV Wageningen".
const CLUB_ABBR = /^(?:VV|SV|RKSV|RKVV|SVV|RKSVV|VVV|VC|KV|HC|MHC|ZV|ZPC|TV|LTV|GVV|CVV|AV|ASV|VVA|RKAVV|HSV|DVS)$/;
// "in De Molenberg, Delfzijl", "naar Het Baken, Emmen": after a preposition of place, an article + an
// unknown capitalised name + a comma + a known town is a named building or venue in that town (a village or district with
// an article is in the places lexicon: "De Meern, Utrecht"; a neighbourhood-shaped name stays a place).
const VENUE_PREPS = new Set(["in", "naar", "bij", "op", "vanuit"]);
const RESIDENCE_VERBS = /^(?:woon\p{Ll}*|wonen|wonend|verhuis\p{Ll}*|verhuizen|geboren|ingeschreven|opgegroeid|gevestigd)$/u;
function venueBeforeTown(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  if (!may(/(?:^|[^\p{L}])(?:De|Het|'t)[ \t]+\p{Lu}[^\n,]*,[ \t]+\p{Lu}/u.test(text))) return;
  for (let i = 1; i + 4 < tokens.length; i++) {
    const art = tokens[i];
    // (also as the value of a "Locatie:" field: "Locatie: Het Evertshuis, Bodegraven")
    const field = tokens[i - 1].t === ":" && /^(?:locatie|plaats van samenkomst)$/i.test(tokens[i - 2]?.t ?? "");
    if (!/^(?:De|Het|'t)$/.test(art.t) || (art.sentStart && !field) || !(VENUE_PREPS.has(tokens[i - 1].low) || field) || text.slice(tokens[i - 1].e, art.s) !== " ") continue;
    let k = i + 1;
    while (k < i + 3 && tokens[k]?.word && tokens[k].cap && !tokens[k].upper && text.slice(tokens[k - 1].e, tokens[k].s) === " " && !ctx.negative[k] && !lex.common.has(tokens[k].low) && !lex.firstNames.has(tokens[k].t) && !NEIGHBOURHOOD.test(tokens[k].t)) k++;
    if (k === i + 1 || tokens[k]?.t !== "," || text.slice(tokens[k - 1].e, tokens[k].s) !== "") continue;
    const name = phraseKey(text.slice(tokens[i + 1].s, tokens[k - 1].e));
    // (a place named with its article is the place; a district name elsewhere without one is no obstacle: "in De Molenberg,
    // Delfzijl" is no Heerlen district; nor is "woont in Het Zand, Utrecht" a venue: a residence verb makes it a place)
    if (lex.places.phrases.has(phraseKey(text.slice(art.s, tokens[k - 1].e))) || (lex.places.phrases.has(name) && k > i + 2)) continue;
    if (i >= 2 && [tokens[i - 2], tokens[i - 3], tokens[i - 4]].some((x) => !!x && RESIDENCE_VERBS.test(x.low))) continue;
    const town = tokens[k + 1];
    if (!town?.cap || text.slice(tokens[k].e, town.s) !== " ") continue;
    const pe = matchPhrase(ctx, k + 1, lex.places);
    if (pe < k + 1 || !lex.townsAndDistricts.has(phraseKey(text.slice(town.s, tokens[pe].e)))) continue;
    ctx.out.push({ s: art.s, e: tokens[k - 1].e, label: "instelling", prio: PRIO.institutionHead + 6 });
  }
}

function regionalBranchesClubsAndCentres(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  const joined = (a: Token, b: Token | undefined) => spaceJoined(text, a, b);
  const regionOnly = (k: number) => {
    if (!tokens[k] || !tokens[k].cap) return -1;
    const pe = matchPhrase(ctx, k, lex.places);
    // (also a compass point before such a region: "Rabobank Noord-Overijssel")
    const parts = tokens[k].t.split("-");
    const compassRest = parts.length === 2 && COMPASS_PREFIX.test(parts[0].toLowerCase()) ? phraseKey(parts[1]) : "";
    if (pe < k) return compassRest && REGION_ONLY.has(compassRest) && !lex.townsAndDistricts.has(compassRest) ? k : -1;
    const key = phraseKey(text.slice(tokens[k].s, tokens[pe].e));
    return REGION_ONLY.has(key) && !lex.townsAndDistricts.has(key) ? pe : -1;
  };
  const nameTok = (x: Token | undefined) => capitalisedNameToken(ctx, x);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    const nx = tokens[i + 1];
    if (!joined(t, nx)) continue;
    // "VV De Hazenkamp", "SV De Valk", "RKSV Heeswijk": a club abbreviation + (article) + a capitalised name.
    if (t.upper && CLUB_ABBR.test(t.t) && !ctx.negative[i]) {
      let k = i + 1;
      if (/^(?:De|Het|'t)$/.test(nx.t) && joined(nx, tokens[k + 1])) k++;
      const nm = tokens[k];
      if (nm && nm.cap && nm.word && !nm.upper && !isNegative(lex, nm.key) && !lex.common.has(nm.low) && !(k === i + 1 && nm.sentStart)) {
        let e = matchPhrase(ctx, k, lex.places);
        if (e < k) e = k;
        // (one more name word, or a place ending the club's name: "SV Hellas Zaandam", "RKSV Nieuw Woensel")
        for (let n = 0; n < 2 && nameTok(tokens[e + 1]) && joined(tokens[e], tokens[e + 1]) && !lex.places.phrases.has(tokens[e + 1].key) && !lex.firstNames.has(tokens[e + 1].t); n++) e++;
        const pe = joined(tokens[e], tokens[e + 1]) ? matchPhrase(ctx, e + 1, lex.places) : -1;
        if (pe > e && !lex.abroad.has(phraseKey(text.slice(tokens[e + 1].s, tokens[pe].e)))) e = pe;
        // (a founding year ends the name: "RKSV Heeze 1950")
        if (tokens[e + 1] && joined(tokens[e], tokens[e + 1]) && /^(?:18|19|20)\d{2}$/.test(tokens[e + 1].t) && !/^[.,:]?\d/.test(text.slice(tokens[e + 1].e, tokens[e + 1].e + 2))) e++;
        // ("voetbalvereniging SV Geuzenveld": a club word before it stays in the span, as before)
        const pv = tokens[i - 1];
        const s0 = pv && joined(pv, t) && /^(?:voetbal|korfbal|hockey|tennis|handbal|volleybal|zwem|sport)?(?:vereniging|club)$/.test(pv.t) ? pv.s : t.s;
        ctx.out.push({ s: s0, e: tokens[e].e, label: "instelling", prio: PRIO.personTitle + 6 });
        i = e;
        continue;
      }
    }
    if (!t.cap) continue;
    // "Arbo Gelderse Poort", "Arbodienst Twente": an occupational-health service + a region or place is a named firm.
    if (/^(?:Arbo|Arbodienst|Arbodiensten)$/.test(t.t) && nx.cap) {
      let pe = matchPhrase(ctx, i + 1, lex.places);
      // (a region of two capitalised words the lexicon does not know: "Gelderse Poort", "Friese Wouden")
      if (pe < i + 1 && /(?:se|sche)$/.test(nx.t) && nameTok(tokens[i + 2]) && joined(nx, tokens[i + 2]) && !lex.firstNames.has(tokens[i + 2].t)) pe = i + 2;
      if (pe >= i + 1 && !lex.abroad.has(phraseKey(text.slice(nx.s, tokens[pe].e)))) {
        ctx.out.push({ s: t.s, e: tokens[pe].e, label: "instelling", prio: PRIO.personTitle + 6 });
        i = pe;
        continue;
      }
    }
    // "Centrum Interculturele Psychiatrie Rijnland", "Instituut Maatschappelijke Opvang Twente": a centre or institute +
    // an adjective + a noun (+ a noun) + a region is one named foundation (not "Centrum Jeugd en Gezin X": a generic service).
    if (/^(?:Centrum|Instituut|Expertisecentrum|Kenniscentrum)$/.test(t.t) && nx.cap && /(?:e|se|sche)$/.test(nx.low) && !lex.places.phrases.has(nx.key)) {
      let k = i + 2;
      let found = -1;
      while (k < tokens.length && k <= i + 4 && joined(tokens[k - 1], tokens[k]) && tokens[k].cap) {
        const pe = matchPhrase(ctx, k, lex.places);
        if (pe >= k && k > i + 2) { found = lex.abroad.has(phraseKey(text.slice(tokens[k].s, tokens[pe].e))) ? -1 : pe; break; }
        if (!tokens[k].word || tokens[k].upper) break;
        k++;
      }
      if (found > 0) {
        ctx.out.push({ s: t.s, e: tokens[found].e, label: "instelling", prio: PRIO.personTitle + 6 });
        i = found;
        continue;
      }
    }
    // "Vestia Haaglanden", "Zorgkracht Betuwe": a one-word lexicon organisation + a region (no town) is the regional
    // organisation's full name (a town after it stays a branch: "Humanitas Ede" is split, see the conventions).
    // So is a coined one-word firm with an organisation ending: "traject Werkkracht Twente" (not a generic service or a
    // role word: "Jongerenwerk Twente", "Thuiszorg Twente").
    const coined = COINED_ORG_WORD.test(t.t) && !isNegative(lex, t.key) && !lex.institutionHeads.phrases.has(t.low) && !GENERIC_SERVICES.has(t.low) && !isDepartmentWord(t.low);
    // (a lexicon organisation also opening a sentence or a field: "Begeleiding: VluchtelingenWerk Noord-Holland")
    if ((coined && !t.sentStart) || (lex.institutions.phrases.has(t.key) && !lex.ambiguousInstitutions.has(t.key))) {
      const pe = regionOnly(i + 1);
      // (a coined firm's legal form after the region is read whole elsewhere: "Flexwerk Limburg B.V.")
      if (pe > i && coined && /^[ \t]+(?:B\.?V\.?|N\.?V\.?|VOF|V\.O\.F\.)(?![\p{L}])/u.test(text.slice(tokens[pe].e, tokens[pe].e + 10))) continue;
      if (pe > i) {
        ctx.out.push({ s: t.s, e: tokens[pe].e, label: "instelling", prio: PRIO.institutionLexicon + 6 });
        i = pe;
      }
    }
  }
}

// A firm named by a capitalised name + a trade or product word: "Hanegraaf Snacks", "Van Doorn Versproducten", "Strijp
// Optics Assembly", "Yıldırım Auto's", "Zaanse Cacao Compagnie". The name part may be a surname, a place or a district:
// the whole is the firm (the place inside it is no place then).
const FIRM_PRODUCT_TAIL = /^\p{Ll}*(?:systemen|systems|producten|products|specialiteiten|\p{Ll}logistics|\p{Ll}logistiek|components|semiconductors|optics|assembly|snacks|staffing|compagnie|huisvesting|electronics|engineering|solutions|technologies)$|^(?:auto's|energie)$/u;
const firmProductTail = (t: Token) => t.cap && FIRM_PRODUCT_TAIL.test(t.low);
// A regional welfare, home-help or budget-coach service + its region is a named organisation: "Welzijn Rijnstreek",
// "Thuishulp Rijnoever", "Budgetcoach Kempenland", "Bureau Zelfstandigen Maas en Roer"; a bailiffs' firm + its owners'
// name: "Gerechtsdeurwaarders Van der Heijden".
const REGIONAL_SERVICE_HEAD = /^(?:Welzijn|Thuishulp|Budgetcoach|Zelfstandigen|Gerechtsdeurwaarders|Deurwaarders)$/;
// A named care provider before "GGZ": "Kustlicht GGZ".
function productFirmsAndRegionalServices(ctx: Ctx) {
  const { tokens, text, lex, out } = ctx;
  const nameTok = (t: Token | undefined) => !!t && t.cap && t.word && !t.upper && !lex.common.has(t.low) && !isNegative(lex, t.key);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (firmProductTail(t)) {
      // walk back over up to three capitalised words ("Zaanse Cacao Compagnie", "Strijp Optics Assembly"), then drop
      // leading common words, adjectives and roles ("Bij", "Bijzondere Huisvesting", "Consultant Huisvesting") until a name
      // word opens the span
      let s = i;
      while (s > 0 && i - s < 3 && spaceJoined(text, tokens[s - 1], tokens[s]) && /^\p{Lu}[\p{Ll}'’]+$/u.test(tokens[s - 1].t)) s--;
      while (s < i && (!nameTok(tokens[s]) || /[^s]e$|ing$/u.test(tokens[s].low) || ROLE_WORD_END.test(tokens[s].low) || EN_JOB_WORDS.has(tokens[s].low))) s++;
      // ("Van Mierlo Foodlogistics": a capitalised particle opening the name)
      if (s < i && s > 0 && /^(?:Van|De|Ter|Ten)$/.test(tokens[s - 1].t) && spaceJoined(text, tokens[s - 1], tokens[s])) s--;
      // (not a scheme of the negatives: "een aanvraag bij het Noodfonds Energie")
      if (s === i || isNegative(lex, phraseKey(text.slice(tokens[s].s, t.e)))) continue;
      out.push({ s: tokens[s].s, e: t.e, label: "instelling", prio: PRIO.personTitle + 2 });
      continue;
    }
    // (not a kind of care, "Basis GGZ", "Langdurige GGZ", nor a field label: "Behandelnummer GGZ:"; "GGZ Breburg" is
    // found by careOrHousingHeadRegion)
    const pv = tokens[i - 1];
    if (t.t === "GGZ" && nameTok(pv) && spaceJoined(text, pv, t) && /^\p{Lu}\p{Ll}+$/u.test(pv.t) && !/e$|nummer$|^basis$/.test(pv.low) && !/^[ \t]*(?::|\p{Lu})/u.test(text.slice(t.e, t.e + 2)) && !lex.places.phrases.has(pv.key) && !lex.firstNames.has(pv.t)) {
      out.push({ s: tokens[i - 1].s, e: t.e, label: "instelling", prio: PRIO.institutionLexicon + 3 });
      continue;
    }
    if (!REGIONAL_SERVICE_HEAD.test(t.t) || i + 1 >= tokens.length || !spaceJoined(text, t, tokens[i + 1])) continue;
    // (not a theme after "&": "Dorpsoverleg Zorg & Welzijn Rekken" is a meeting in the village; "de gemeente X en Welzijn
    // X" is the organisation)
    if (/^(?:&|en)$/.test(tokens[i - 1].t) && /^(?:Zorg|Wonen|Werk|Sport|Cultuur|Onderwijs|Gezondheid|Jeugd|Veiligheid|Participatie|Inkomen)$/.test(tokens[i - 2]?.t ?? "")) continue;
    let s = t.s;
    if (t.t === "Zelfstandigen") {
      if (tokens[i - 1].t !== "Bureau" || !spaceJoined(text, tokens[i - 1], t)) continue;
      s = tokens[i - 1].s;
    }
    let k = i + 1;
    if (/deurwaarders$/.test(t.t)) while (/^(?:Van|van|de|der|den|Ter|ter|ten)$/.test(tokens[k]?.t ?? "") && k < i + 4 && spaceJoined(text, tokens[k], tokens[k + 1] ?? tokens[k])) k++;
    const region = tokens[k];
    // (a region of several words: "Welzijn Hoeksche Waard", also opening with a compass word: "Noord-Limburg")
    const pe = region ? matchPhrase(ctx, k, lex.places) : -1;
    if (!(nameTok(region) || (pe > k && region.cap)) || lex.firstNames.has(region.t) && !lex.places.phrases.has(region.key)) continue;
    let e = Math.max(k, pe);
    // ("Maas en Roer", "Lindhout & De Waal": two region or partner names joined by "en" or "&")
    let n = e + 2;
    if (tokens[e + 1] && /^(?:en|&)$/.test(tokens[e + 1].t) && /^(?:De|Van|de|van)$/.test(tokens[n]?.t ?? "") && spaceJoined(text, tokens[n], tokens[n + 1] ?? tokens[n])) n++;
    // (also "Pronk & Van der Laan": after a two-word particle a word is a surname too)
    if (n === e + 3 && /^[Vv]an$/.test(tokens[n - 1].t) && /^(?:der|den|de)$/.test(tokens[n]?.t ?? "") && spaceJoined(text, tokens[n], tokens[n + 1] ?? tokens[n])) n++;
    if (tokens[n] && /^(?:en|&)$/.test(tokens[e + 1].t) && spaceJoined(text, tokens[e], tokens[e + 1]) && spaceJoined(text, tokens[e + 1], tokens[e + 2]) && (nameTok(tokens[n]) || (n === e + 4 && tokens[n].cap && tokens[n].word && !tokens[n].upper))) e = n;
    out.push({ s, e: tokens[e].e, label: "instelling", prio: PRIO.personTitle + 2 });
  }
}

// Spans that read as an organisation but are none: a collective labour agreement ("CAO Schoonmaak"),
// a form or feedback heading ("Verwijsformulier Thuisadministratie", "Terugkoppeling aan school"), a management team
// ("MT Werk & Inkomen"), a theme pair ("casusoverleg Mantelzorg & Werk"), "X en school" ("gesprek met Zeynep en
// school"), and a desk + its consultant's name ("consulent Sociaal Team Samira Ouali": the person, not the team).
// (Also "Scheiden & Wonen", "Wonen & Energie")
const THEME_WORDS = new Set("mantelzorg werk inkomen zorg wonen welzijn gezondheid armoede schulden participatie onderwijs jeugd gezin scheiden energie".split(" "));
function headingOrTopicNoOrganisation(lex: Lexicons, name: string): boolean {
  if (/^(?:CAO|Cao)[ \t]/u.test(name) || /^MT[ \t]/u.test(name)) return true;
  // (A treaty is a legal instrument like a law: "het Verdrag van New York", "Verdrag inzake de Rechten van het Kind")
  if (/^(?:\p{Lu}\p{Ll}+[ \t]+)?(?:Verdrag|Conventie)[ \t]+(?:van|inzake|over)[ \t]/u.test(name)) return true;
  if (/^\p{Lu}\p{Ll}*(?:formulier|terugkoppeling)[ \t]/u.test(name)) return true;
  if (/[ \t](?:en|aan|met|naar)[ \t]+school$/u.test(name)) return true;
  const pair = /^(\p{Lu}\p{Ll}+)[ \t]*&[ \t]*(\p{Lu}\p{Ll}+)$/u.exec(name);
  if (pair && THEME_WORDS.has(pair[1].toLowerCase()) && THEME_WORDS.has(pair[2].toLowerCase())) return true;
  const member = /^Sociaal[ \t]+Team[ \t]+(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}/u.exec(name);
  return !!member && lex.firstNames.has(member[1]);
}

// A town named "X aan de(n) <river>" is one place: "Koudekerk aan den Rijn", "Ouderkerk aan de Amstel"
// (not "Koudekerk" an organisation and "den Rijn" a person).
const TOWN_ON_RIVER_RE = new RegExp(String.raw`(?<![\p{L}])\p{Lu}\p{Ll}{2,}[ \t]+aan[ \t]+(?:de|den|het)[ \t]+(?:${[...RIVERS].join("|")})(?![\p{L}])`, "gu");
const SERVICE_ON_RIVER = /^(?:Zorg|Thuiszorg|Mediation|Welzijn|Wonen|Jeugdzorg|Kinderopvang|Opvang|Praktijk|Fysio|Fysiotherapie|Therapie|Coaching|Bewindvoering|Budgetbeheer|Advies|Huisartsen|Wijkzorg|Dagbesteding)$/;
function townOnRiver(ctx: Ctx) {
  const { text, lex, out } = ctx;
  for (const m of allMatches(TOWN_ON_RIVER_RE, text)) {
    const first = m[0].split(/[ \t]/)[0];
    // (A service word before "aan de <river>" names an organisation: "Zorg aan de Zaan", "Mediation
    // aan de Vecht", "Thuiszorg aan de Maas")
    if (SERVICE_ON_RIVER.test(first)) {
      // (with its legal form: "Wonen aan de IJssel BV")
      const form = /^[ \t]+(?:BV|B\.V\.|NV|N\.V\.)(?![\p{L}])/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      out.push({ s: m.index, e: m.index + m[0].length + (form ? form[0].length : 0), label: "instelling", prio: PRIO.personTitle + 3 });
      continue;
    }
    if (lex.common.has(first.toLowerCase()) || lex.firstNames.has(first) || isNegative(lex, first.toLowerCase())) continue;
    out.push({ s: m.index, e: m.index + m[0].length, label: "plaats", prio: PRIO.personTitle + 2 });
  }
}

// Housing corporations named as one word on "-wonen", "-woon" or "-veste" ("IJsselwonen", "Zaanwoon",
// "Rijnveste"), or as a name + "Wonen" ("IJsseldal Wonen", "Maasoever Wonen"; lower-case "Area wonen" only after a
// corporation label), and a care provider's name + "Ambulant" ("Meerzorg Ambulant": the name is no place then).
const HOUSING_WORD = /^(\p{Lu}[\p{Lu}\p{Ll}]{2,}?)(?:wonen|woon|veste)$/u;
const NOT_HOUSING_PREFIX = /^(?:samen|in|be|bij|mee|ver|op|thuis|zelfstandig|beschermd|begeleid|zorg|woon|ge|her|onder|over|prettig|fijn|goed|beter|comfortabel|veilig|duurzaam|betaalbaar|zelf|anders|beschut|kamer|ver)$/;
// (a capitalised verb tail names a corporation too: "Hengelo Woont", like "Zwolle Wonen")
const NAME_TAIL_ORG = /^(?:Wonen|Woont|Ambulant)$/;
const CORPORATION_LABEL_BEFORE = /(?:woningcorporatie|corporatie|verhuurder|woningbouwvereniging)[ \t]*:?[ \t]*$/i;
function housingAndCareNames(ctx: Ctx) {
  const { tokens, lex, text, out } = ctx;
  const nameTok = (t: Token | undefined) => !!t && t.cap && t.word && !t.upper && !lex.common.has(t.low) && !isNegative(lex, t.key) && !lex.firstNames.has(t.t);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !t.cap) continue;
    const m = HOUSING_WORD.exec(t.t);
    // (not a part of a longer name, "Hilverhuis Jongerenwonen"; not a kind of housing, "Jongerenwonen", "Seniorenwoon")
    // (nor a district the place lexicon knows: "Kloosterveste" in Assen is a neighbourhood named after a fortress)
    const pv = tokens[i - 1];
    if (m && !lex.places.phrases.has(t.key) && !NOT_HOUSING_PREFIX.test(m[1].toLowerCase()) && !/(?:en|ers)$/.test(m[1]) && !lex.common.has(t.low) && !isNegative(lex, t.key) && !(pv?.cap && pv.word && spaceJoined(text, pv, t))) {
      out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.personTitle + 2 });
      continue;
    }
    const nx = tokens[i + 1];
    // (not an adjective or a participle: "Beschermd Wonen", "Begeleid Wonen" are forms of housing; a town is: "Enschede Woont")
    if (!nx || !spaceJoined(text, t, nx) || !nameTok(t) || (/(?:e|en|ing|isch)$|^(?:be|ge|ver)\p{Ll}+[dt]$/u.test(t.low) && !lex.places.phrases.has(t.key)) || NOT_HOUSING_PREFIX.test(t.low)) continue;
    // (nor a role: "Teamleider Wonen", "Klantadviseur Wonen" sign for a housing department)
    if (ROLE_WORD_END.test(t.low) || /leider$/.test(t.low)) continue;
    // (not a theme pair: "Zorg & Wonen", "Scheiden en Wonen")
    if (i > 0 && /^(?:&|en|of)$/.test(tokens[i - 1].t)) continue;
    if (NAME_TAIL_ORG.test(nx.t) || (nx.t === "wonen" && CORPORATION_LABEL_BEFORE.test(text.slice(Math.max(0, t.s - 30), t.s))))
      out.push({ s: t.s, e: nx.e, label: "instelling", prio: PRIO.personTitle + 2 });
  }
}

// A school named after a saint or a person in one word ("Jozefschool", "Willibrordusschool", also with a school type and
// "Sint-": "Sint-Jozefmavo", "Bonifatiuscollege") is a school, no person; so is "Sint-" + a first name after "op" or "naar"
// ("zit op Sint-Ursula"), unless the lexicon knows it as a place.
// A church named after a saint is a named building too: "Sint-Martinuskerk", "Annakerk" (not "Stadskerk", no name).
const SAINT_SCHOOL = /^(?:Sint-)?(\p{Lu}\p{Ll}{2,})(?:school|mavo|college|lyceum|kerk|kapel|basiliek)$/u;
const SAINT_AFTER_PREP_RE = /(?<=(?<![\p{L}])(?:op|naar)[ \t]+(?:de[ \t]+)?)Sint-(\p{Lu}\p{Ll}{2,})(?![\p{L}-])/gu;
function saintSchools(ctx: Ctx) {
  const { tokens, lex, text, out } = ctx;
  for (const t of tokens) {
    const m = t.cap ? SAINT_SCHOOL.exec(t.t) : null;
    if (m && (lex.firstNames.has(m[1]) || /us$/.test(m[1])) && !lex.common.has(t.low)) out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.personTitle + 3 });
  }
  if (!text.includes("Sint-")) return;
  for (const m of allMatches(SAINT_AFTER_PREP_RE, text)) {
    if (!lex.firstNames.has(m[1]) || /^(?:Nicolaas|Maarten|Jan|Joris)$/.test(m[1]) || lex.places.phrases.has(phraseKey(m[0]))) continue;
    out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.personTitle + 3 });
  }
}

// --- tagline names written in title case ---
/**
 * Two capitalised words joined by a capitalised preposition mid-sentence are a tagline name, as bewind and budget
 * firms name themselves: "beheerd door Geld Op Koers", "een folder van Bewind Op Orde", "Zorg Met Aandacht". Not a
 * name, place or method ("Klant In Beeld"), not a sentence start, not part of a longer capitalised run.
 */
function titleCaseTaglines(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  const plain = (x: Token | undefined): x is Token => !!x && x.word && x.cap && !x.upper && !x.sentStart && !ctx.negative[x.i];
  const nameLike = (x: Token) => lex.firstNames.has(x.t) || lex.surnames.has(x.t) || lex.places.phrases.has(x.key) || TITLES.has(x.low) || PARTICLES.has(x.low) || MONTH_NAMES.test(x.t);
  for (let i = 1; i + 2 < tokens.length; i++) {
    const a = tokens[i], p = tokens[i + 1], b = tokens[i + 2];
    if (!/^(?:Op|In|Met|Voor|Naar|Aan)$/.test(p.t) || p.sentStart || !plain(a) || !plain(b) || a.t.length < 3 || b.t.length < 3) continue;
    if (!spaceJoined(text, a, p) || !spaceJoined(text, p, b) || nameLike(a) || nameLike(b)) continue;
    // (a course or training: "de cursus Omgaan Met Geld")
    if (COURSE_BEFORE.test(text.slice(Math.max(0, a.s - 14), a.s))) continue;
    // (a longer capitalised run is some other name or a heading: "Stichting Geld Op Koers", "Geld Op Koers Drenthe")
    const prev = tokens[i - 1], next = tokens[i + 3];
    if ((prev.word && (prev.cap || prev.upper) && spaceJoined(text, prev, a)) || (next?.word && (next.cap || next.upper) && spaceJoined(text, b, next))) continue;
    const key = phraseKey(text.slice(a.s, b.e));
    if (isNegative(lex, key) || GENERIC_SERVICES.has(key) || lex.places.phrases.has(key)) continue;
    if (ctx.out.some((c) => c.label === "instelling" && c.s < b.e && c.e > a.s && (c.s < a.s || c.e > b.e))) continue;
    ctx.out.push({ s: a.s, e: b.e, label: "instelling", prio: PRIO.institutionHead + 4 });
    i += 2;
  }
}

// --- coined firm names and tagline names in an employer or service frame ---
// Words that make "bij X" the employer, landlord or provider: "werkt 16u bij Frigolink", "huurachterstand bij Wooncompas",
// "in een traject bij Werkfit Zuid" (a job, rent or programme is always held "at" an organisation).
const FRAME_BEFORE_BIJ = new Set([...EMPLOYMENT_BEFORE_BIJ, "weg", "vertrokken", "gestopt", "ontslag", "loonbeslag", "traject", "huurachterstand", "huurschuld", "achterstand", "huurt", "huurde", "huurder", "oproepcontract", "nachtdienst", "dagdienst", "werkzaam", "uitzendkracht", "ingeleend", "ingehuurd", "start", "starten", "gestart", "begint", "beginnen", "begonnen", "werkvloer", "bbl"]);
// Verbs of working that may stand a few words before "bij": "werkt sinds maart bij X", "werkt 16u bij X".
const WORK_VERBS_BEFORE_BIJ = new Set(["werkt", "werkte", "werken", "gewerkt", "werk"]);
// Nouns that make "via X"/"van X" the provider or employer: "gezinsbegeleiding via Enver", "de loonstroken van Schoonmaak
// Van Wijngaarden", "het huurhuis van Provides".
const FRAME_BEFORE_VIA_VAN = /^(?:\p{Ll}*begeleiding|ondersteuning|traject|loonstroken|loonstrook|salarisstrook|salarisstroken|huurhuis|huurwoning|huurcontract|arbeidscontract|jobcoach|trajectbegeleider)$/u;
// Nouns that name a provider or employer right before its name: "zorgaanbieder Provides", "jongerenwerk Vivens",
// "lening Provident Polska".
const FRAME_BEFORE_NAME = new Set(["zorgverzekeraar", "verzekeraar", "energieleverancier", "zorgaanbieder", "aanbieder", "jongerenwerk", "uitzendbureau", "uitzendbureau's", "re-integratiebedrijf", "reintegratiebedrijf", "re-integratiebureau", "woningcorporatie", "lening", "krediet", "werkgever"]);
// Words for a wage right before its payer's family name: "aanvullend op loon Ter Brugge", "loonstrook Ten Cate".
const WAGE_BEFORE_NAME = new Set(["loon", "loonstrook", "loonstroken", "salaris", "salarisstrook"]);
// Lower-case nouns for the kind of firm written right after its coined name: "Rivierzorg zorgverzekeraar".
const FIRM_KIND_AFTER = new Set(["zorgverzekeraar", "zorgverzekering", "verzekeraar", "energieleverancier", "energiebedrijf", "woningcorporatie", "incassobureau", "webwinkel", "postorderbedrijf", "uitzendbureau"]);
/**
 * A coined one-word firm or a tagline name of two or three capitalised words in a strong employer or service frame:
 * "werkt bij Frigolink", "huurachterstand bij Wooncompas", "bewindvoerder via Bewind Op Maat", "zorgaanbieder Provides",
 * "nu bij Lovely Nails" is too weak ("bij" alone), "werkt bij Jan de Vries" is a person, "werkt bij Terneuzen" a place.
 */
function framedCoinedFirms(ctx: Ctx) {
  const { tokens, lex, text } = ctx;
  const unknown = (x: Token) => !lex.firstNames.has(x.t) && !lex.surnames.has(x.t) && !lex.ambiguousSurnames.has(x.t) && !lex.places.phrases.has(x.key) && !lex.common.has(x.low) && !isNegative(lex, x.key) && !TITLES.has(x.low) && !RELATIONS.has(x.low);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // A coined name + a lower-case noun for its kind of firm, also opening a table cell: "| Rivierzorg zorgverzekeraar |",
    // "Zorgzeker zorgverzekering", "Stroomwijs energieleverancier" (not after an article, not an adjective, not opening a
    // sentence: "De Basis zorgverzekering", "Nieuwe zorgverzekering afgesloten").
    const kindAfter = tokens[i + 1];
    if (t.word && t.cap && !t.upper && !ctx.negative[i] && t.t.length >= 5 && kindAfter?.word && !kindAfter.cap && spaceJoined(text, t, kindAfter) && FIRM_KIND_AFTER.has(kindAfter.low) &&
        unknown(t) && !lex.institutionHeads.phrases.has(t.low) && !GENERIC_SERVICES.has(t.low) && !/e$/.test(t.low) &&
        !/^(?:de|het|een|die|deze|dat|mijn|zijn|haar|hun|onze|jouw|uw|elke|iedere|geen)$/.test(tokens[i - 1]?.low ?? "") && (!t.sentStart || /[|\t][ \t]*$/.test(text.slice(Math.max(0, t.s - 3), t.s)))) {
      ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionHead + 4 });
      continue;
    }
    // A coined one-word name set off by a comma or colon with its Chamber of Commerce number right after it: "een
    // eenmanszaak, Klusvaardig, KvK-nummer 7123…" (not the last word of a longer name: "Tuinen & Bestrating, KvK …").
    if (t.word && t.cap && !t.upper && !ctx.negative[i] && t.t.length >= 5 && unknown(t) && !lex.institutionHeads.phrases.has(t.low) && /^[ \t]*[,(][ \t]*(?:KvK|KVK|kvk)(?![\p{L}])/u.test(text.slice(t.e, t.e + 10)) &&
        /(?:^|\n|[,:][ \t]*)$/.test(text.slice(Math.max(0, t.s - 3), t.s))) {
      ctx.out.push({ s: t.s, e: t.e, label: "instelling", prio: PRIO.institutionHead + 4 });
      continue;
    }
    if (!t.word || !t.cap || t.upper || t.sentStart || ctx.negative[i]) continue;
    const p = tokens[i - 1];
    if (!p.word || newlineBetween(text, p.e, t.s) || !spaceJoined(text, p, t)) continue;
    let framed = false;
    if (p.t === "bij") {
      const q = tokens[i - 2];
      framed = !!q && q.word && FRAME_BEFORE_BIJ.has(q.low);
      // (a verb of working up to three words earlier: "werkt sinds maart bij", "werkt 16u bij")
      for (let k = i - 3; !framed && k >= 0 && k >= i - 5; k--) {
        if (!/^[\p{L}\p{N}]+$/u.test(tokens[k + 1].t)) break;
        if (WORK_VERBS_BEFORE_BIJ.has(tokens[k].low)) framed = true;
      }
      // (or a firm's bankruptcy later in the clause: "veertig jaar gereden bij Van Oort, tot die failliet ging")
      if (!framed && /^[^.!?\n]{0,40}(?<![\p{L}])failliet(?![\p{L}])/u.test(text.slice(t.e, t.e + 60))) framed = true;
    } else if (p.t === "via" || p.t === "van") framed = !!tokens[i - 2] && tokens[i - 2].word && FRAME_BEFORE_VIA_VAN.test(tokens[i - 2].low);
    else framed = FRAME_BEFORE_NAME.has(p.t) || (WAGE_BEFORE_NAME.has(p.t) && /^Te[rn]$/.test(t.t));
    if (!framed) continue;
    // A firm known by its owner's family name, a capitalised particle + surname: "werkt bij Van Wijk", "weg bij Ter Horst",
    // "stage bij Van der Linden" (a first name or title before it makes a person: "bij Jan van Wijk", "bij mevrouw Van Wijk").
    // After "Ter"/"Ten" the surname may be a word or a town ("bij Ter Haar", "loon Ter Brugge": no pronoun or town follows "ter").
    if (PARTICLES.has(t.low) && (p.t === "bij" || WAGE_BEFORE_NAME.has(p.t))) {
      let j = i + 1;
      while (j < i + 3 && tokens[j]?.word && !tokens[j].cap && PARTICLES.has(tokens[j].low) && spaceJoined(text, tokens[j - 1], tokens[j])) j++;
      const sn = tokens[j];
      const ter = j === i + 1 && /^te[rn]$/.test(t.low) && !!sn && !lex.places.phrases.has(phraseKey(text.slice(t.s, sn.e)));
      if (!sn?.word || !sn.cap || sn.upper || !spaceJoined(text, tokens[j - 1], sn) || lex.firstNames.has(sn.t) || (!ter && (lex.places.phrases.has(sn.key) || lex.common.has(sn.low))) || PARTICLES.has(sn.low)) continue;
      // (a longer name goes on: "Van Wijk Transport", "Van Dijk & Zn")
      if ((tokens[j + 1]?.word && (tokens[j + 1].cap || tokens[j + 1].upper) && spaceJoined(text, sn, tokens[j + 1])) || /^(?:[+&\p{N}-]|[ \t]+&)/u.test(text.slice(sn.e, sn.e + 3))) continue;
      if (ctx.out.some((c) => c.label === "instelling" && c.s < sn.e && c.e > t.s && (c.s < t.s || c.e > sn.e))) continue;
      ctx.out.push({ s: t.s, e: sn.e, label: "instelling", prio: PRIO.institutionHead + 4 });
      i = j;
      continue;
    }
    // The run of capitalised words (up to three, on one line).
    let end = i;
    while (end - i < 2 && tokens[end + 1] && tokens[end + 1].word && tokens[end + 1].cap && !tokens[end + 1].upper && !tokens[end + 1].sentStart && spaceJoined(text, tokens[end], tokens[end + 1])) end++;
    // (a longer run or a name glued on is some other name: "Royal IHC", "Kuehne+Nagel", "Woonkracht10", "Gebr. Van Kessel")
    if (tokens[end + 1]?.word && (tokens[end + 1].cap || tokens[end + 1].upper) && spaceJoined(text, tokens[end], tokens[end + 1])) continue;
    // (a known surname alone is no abbreviation: "werk heeft bij Hulshof. Dan …" ends the sentence)
    const soleSurname = end === i && (lex.surnames.has(t.t) || lex.ambiguousSurnames.has(t.t));
    if (/^(?:[+&\p{N}]|[ \t]+&)/u.test(text.slice(tokens[end].e, tokens[end].e + 4)) || (!soleSurname && /^\.[ \t]*\p{Lu}/u.test(text.slice(tokens[end].e, tokens[end].e + 4)))) continue;
    const run = tokens.slice(i, end + 1);
    // (a place inside: "Schuldhulpmaatje Den Helder"; a pronoun or conjunction after the first word)
    if (run.some((x) => matchPhrase(ctx, x.i, lex.places) >= x.i) || run.slice(1).some((x) => /^(?:Zij|Hij|Ik|Wij|We|Ze|Je|Die|Dat|Dit|Deze|En|Of|Maar|Is|Was)$/.test(x.t))) continue;
    // (another rule read a longer organisation here: "Carwash Sparkle aan de Industrieweg")
    if (ctx.out.some((c) => c.label === "instelling" && c.s < tokens[end].e && c.e > t.s && (c.s < t.s || c.e > tokens[end].e))) continue;
    const key = phraseKey(text.slice(t.s, tokens[end].e));
    if (GENERIC_SERVICES.has(key) || lex.negatives.phrases.has(key) || lex.places.phrases.has(key) || lex.institutions.phrases.has(key)) continue;
    if (run.length === 1) {
      // A firm known only by its owner's family name after a job word + "bij": "werkt sinds maart bij Hulshof", "gestart bij
      // Verbeek" (no first name, place or word: "werkt bij Jan", "werkt bij Best" stay open; "bij Bakker" is also a trade).
      const familyFirm = p.t === "bij" && (lex.surnames.has(t.t) || lex.ambiguousSurnames.has(t.t)) && !lex.firstNames.has(t.t) && !lex.ambiguousFirstNames.has(t.t) &&
        !lex.places.phrases.has(t.key) && !lex.common.has(t.low) && !isNegative(lex, t.key) && !TITLES.has(t.low) && !RELATIONS.has(t.low);
      if (t.t.length < 4 || !(unknown(t) || familyFirm) || lex.institutionHeads.phrases.has(t.low)) continue;
    } else {
      // (a person: a first name, title or particle opening it, a known surname closing it; a place inside)
      if (lex.firstNames.has(t.t) || lex.ambiguousFirstNames.has(t.t) || TITLES.has(t.low) || PARTICLES.has(t.low)) continue;
      if (run.some((x) => lex.places.phrases.has(x.key) || lex.surnames.has(x.t) || lex.firstNames.has(x.t))) continue;
      // (at least one word the lexicons do not know, or ordinary words joined by a capitalised small word: "Bewind Op Maat")
      if (!run.some((x) => unknown(x)) && !run.slice(1, -1).some((x) => /^(?:Op|In|Met|Voor|Aan|Naar)$/.test(x.t))) continue;
    }
    ctx.out.push({ s: t.s, e: tokens[end].e, label: "instelling", prio: PRIO.institutionHead + 4 });
    i = end;
  }
}
