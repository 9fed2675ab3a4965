import { capitalised, lexicons, phraseKey } from "./lexicon";
import { PRIO, type Candidate } from "./types";
import { allMatches, hasAny, may } from "./scan";

/** A street named after a thing, not a person ("Dorpsstraat", "Kerkweg", "Stationsplein"): a first name + "van" before it is
 * a person saying where she lives ("Jessica van Dorpsstraat 20"), unlike "Jan van Nassaustraat". */
export const THING_STREET = String.raw`(?:Dorp|Kerk|Molen|School|Station|Markt|Hoofd|Nieuw|Park|Spoor|Sport|Raadhuis|Kanaal|Parallel)\p{Ll}*(?:straat|weg|laan|plein|pad|steeg|singel|dijk)`;
// A person's name + "van" (+ article) before a street: one or two capitalised words after a title ("meneer Hofstede van
// Needseweg 61"), one after a name's particles (the surname: "Wytske van der Meer van Stationsstraat 2b").
const OWNER_VAN_LEAD = /^\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+van[ \t]+(?:(?:de|het|'t)[ \t]+)?(?=\p{Lu})/u;
const SURNAME_VAN_LEAD = /^\p{Lu}[\p{L}'’-]+[ \t]+van[ \t]+(?:(?:de|het|'t)[ \t]+)?(?=\p{Lu})/u;
const FULL_NAME_VAN_STREET = /^(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}[\p{L}'’-]+)[ \t]+van[ \t]+(?:(?:de|het|'t)[ \t]+)?(?=\p{Lu}[\p{L}'’-]*$)/u;
const FIRST_NAME_VAN_THING_STREET = new RegExp(String.raw`^(\p{Lu}\p{Ll}+)[ \t]+van[ \t]+(?=${THING_STREET}$)`, "u");

// Structured personal data found with regular expressions plus a check (elfproef, mod-97, calendar, context).
// Most regexes below sit behind a guard: a cheap test of a word or character without which the regex cannot match
// (the server runs this on every chat message). Each guard says why it is implied by its regex.
// All offsets here are UTF-16 indices; detect() converts them to code points.

/** BSN elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
export function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

const IBAN_LENGTHS: Record<string, number> = {
  NL: 18, BE: 16, DE: 22, FR: 27, ES: 24, IT: 27, GB: 22, PL: 28, TR: 26, PT: 25, LU: 20, AT: 20, CH: 21,
  IE: 22, DK: 18, SE: 24, NO: 15, FI: 18, RO: 24, BG: 22, HU: 28, CZ: 24, SK: 24, LT: 20, LV: 21, EE: 20, GR: 27,
};

/** IBAN check: known length for the country (when known) and mod-97 of the rearranged number equals 1. */
export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const d of value) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

/** Computed once per text for the guards: lower case and the digits. */
interface Hints {
  /**
   * `text.toLowerCase()`, with "ſ" as "s": a case-insensitive unicode regex matches "ſ" as "s" (and the Kelvin sign as
   * "k", which toLowerCase already gives), so every ASCII word such a regex matches is in here in lower case.
   */
  low: string;
  /** number of ASCII digits (`\d` is ASCII only, also with /u) */
  digits: number;
  /** longest run of consecutive digits */
  run: number;
  /** a digit, one of "-/. " and a digit in a row */
  dateSep: boolean;
  /** a digit, blanks (space or tab) and one of "-/." */
  spacedSep: boolean;
}
let hintsFor: string | undefined;
let lastHints: Hints = { low: "", digits: 0, run: 0, dateSep: false, spacedSep: false };
const isDigit = (c: number) => c >= 48 && c <= 57;

export function hints(text: string): Hints {
  if (text === hintsFor) return lastHints;
  let low = text.toLowerCase();
  if (low.includes("ſ")) low = low.replace(/ſ/g, "s");
  let digits = 0;
  let run = 0;
  let cur = 0;
  let dateSep = false;
  let spacedSep = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
      if (++cur > run) run = cur;
      const n = text.charCodeAt(i + 1);
      // "-" 45, "/" 47, "." 46, " " 32, tab 9
      if ((n === 45 || n === 47 || n === 46 || n === 32) && isDigit(text.charCodeAt(i + 2))) dateSep = true;
      if (!spacedSep && (n === 32 || n === 9)) {
        let k = i + 1;
        while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
        const d = text.charCodeAt(k);
        if (d === 45 || d === 47 || d === 46) spacedSep = true;
      }
    } else cur = 0;
  }
  hintsFor = text;
  lastHints = { low, digits, run, dateSep, spacedSep };
  return lastHints;
}

const EMAIL_RE = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+/giu;
// (also the new generic domains of portfolios and web shops: "dewisumampouw.design", "bakkerij.shop")
const TLD = "nl|com|org|net|eu|be|de|info|io|nu|frl|amsterdam|biz|gov|edu|design|online|shop|studio|site";
const BARE_DOMAIN_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}@.\/-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:${TLD})(?:\/[^\s<>"'()[\]{}]*)?(?![\p{L}\p{N}@-])`,
  "giu",
);
const TLDS = TLD.split("|");
/** Is there a "." followed by a top-level domain in the lower-cased text? */
function dotTld(low: string): boolean {
  for (let at = low.indexOf("."); at >= 0; at = low.indexOf(".", at + 1)) for (const t of TLDS) if (low.startsWith(t, at + 1)) return true;
  return false;
}
const IBAN_RE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,32}/giu;
// Phone: a run that starts like a Dutch number (0…, +31, 0031, (0xx)) and continues with digits and separators.
// Separators: spaces, hyphens, an en dash ("06–12345678") or dots ("06.12.34.56.78"). Not the cents of an amount: in
// "€ 389,00\t020 - 808 27 33" the run "00\t020 …" would swallow the phone number after it.
const PHONE_RE = /(?<![\p{L}\p{N}+.])(?!(?<=\d,)\d{2}(?!\d))(?:\+31|0031|\(\+31\)|\(0\d{1,3}\)|0)(?:[ \t.–-]*(?:\(0\)|\d)|[ \t]*[-–][ \t]*\d){3,13}/gu;
const NUMBER_RE = /(?<![\p{L}\p{N}.,/-])(\d{4}\.\d{2}\.\d{3}|\d{3}[ .-]\d{3}[ .-]\d{3}|\d{7,14})(?![\p{L}\p{N}/-]|[.,]\d)/gu;
// (a parket number of the public prosecutor, "10/219734-24": court, six or seven digits, year;
// also written with a hyphen after the court, "13-226418-24"; a mixed-case prefix before a year and a sequence number,
// "HadM-2025-3381", "Wmo-2024-0192")
const STRUCTURED_ID_RE =
  /(?<![\p{L}\p{N}/-])[A-Z][A-Za-z]{1,5}-(?:19|20)\d\d-\d{3,8}(?![\p{L}\p{N}/])|(?<![\p{L}\p{N}/-])(?:[A-Z]{1,6}[-/]){0,2}(?:\d{2,4}[-/])(?:\d{4,8})(?![\p{L}\p{N}/]|-\d)|(?<![\p{L}\p{N}/-])(?:[A-Z]{1,6}[-/]){1,2}\d{2,4}[-/]\d{3,8}(?![\p{L}\p{N}/])|(?<![\p{L}\p{N}/-])[A-Z]{2,6}-\d{5,10}(?![\p{L}\p{N}/]|[.,]\d)|(?<![\p{L}\p{N}/-])\d{2}[\/-]\d{6,7}-\d{2}(?![\p{L}\p{N}/-])/gu;
const FILE_NAME_REST = /^-[\w-]*\.(?:jpe?g|png|heic|gif|pdf|docx?|mp4|mov|opus|m4a)(?![\p{L}])/iu;
const TAX_ID_RE = /(?<![\p{L}\p{N}])(?:NL)?\d{9}[LB]\d{2}(?![\p{L}\p{N}])/gu;
const TAX_ID_BEFORE = /(?:loonheffing|btw|omzetbelasting|vat|fiscaal|rsin|werkgever)[^\n]*$/iu;
// A German pension insurance number (Rentenversicherungsnummer, also called Sozialversicherungsnummer): two digits of the
// insurer's area, six of the birth date, the capital initial of the birth name and three digits, often written with spaces
// ("65 170867 C 511", "65170867C511"); an id after its keyword (or "RV-/SV-Nummer", "Versicherungsnummer") on the same line.
const DE_PENSION_ID_RE = /(?<![\p{L}\p{N}])\d{2}[ \t]?\d{6}[ \t]?[A-Z][ \t]?\d{3}(?![\p{L}\p{N}])/gu;
const DE_PENSION_ID_BEFORE = /(?:rentenversicherungs|sozialversicherungs|versicherungs|(?<![\p{L}])(?:rv|sv)-?)(?:nummer|nr)\.?[^\n]{0,40}$/iu;
// An Irish Personal Public Service number: seven digits and one or two capitals ("PPS number 7391846KA"), after its keyword.
const PPS_ID_RE = /(?<![\p{L}\p{N}])\d{7}[A-W][A-IW]?(?![\p{L}\p{N}])/gu;
const PPS_ID_BEFORE = /(?<![\p{L}])PPSN?(?:[ \t]+(?:number|no\.?|nr\.?))?[ \t]*:?[ \t]*$/u;
// A British National Insurance number: two letters, three pairs of digits and a letter A–D, with or without spaces ("My
// National Insurance number is QH 51 82 77 C"), after its keyword.
const NINO_RE = /(?<![\p{L}\p{N}])[A-Z]{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D](?![\p{L}\p{N}])/gu;
const NINO_BEFORE = /(?:National[ \t]+Insurance(?:[ \t]+(?:number|no\.?|nr\.?))?|(?<![\p{L}])NI(?:NO|[ \t]+(?:number|no\.?|nr\.?)))[^\n\d]{0,12}$/iu;
const POSTCODE_RE = /(?<![\p{L}\p{N}])([1-9]\d{3})(?:( ?)([A-Z]{2})|([a-z]{2}))(?![\p{L}\p{N}])/gu;
const POSTBUS_RE = /\b[Pp](?:ostbus|OSTBUS)[ \t]+\d{1,5}/g;

const BSN_ANNOUNCED_RE = /\b(?:bsn|burgerservicenummer|sofi-?nummer|sofinr|bsn-nummer)\b\.?(?:\s*(?:is|nr\.?|nummer)\b)?[\s:#]*(\d(?:[ .-]?\d){8})(?![\p{N}]|[ .-]\d)/giu;
const BSN_WORDS = /\b(?:bsn|burgerservicenummer|sofi-?nummer|sofinr|bsn-nummer)\b/giu;
// Hyphen keywords that announce no id: "huis-nr. 1204", "tel-nr.", "gsm-nummer", "NL-nummer" (a house, phone, room … number);
// one list for the keyword list below ("CJIB-nummer 208745531" is no BSN) and the id rules after a hyphen keyword.
const NOT_ID_HYPHEN_WORDS = "huis|tel|telefoon|mobiel|mob|gsm|nl|be|de|sms|app|wa|toestel|fax|kamer|artikel|art|pagina|blz|bus|postbus|lijn|regel|versie|kanaal|perron|spoor|zaal|lokaal|unit|pand|route|vlucht|trein|bank|rekening|bel|woz|ean|pin";
// Compound number words that name no id: a phone, house, room, page, line … number ("noodnummer", "kamernummer",
// "huisnr", German "Telefonnummer", "Rufnummer"); any other compound on -nummer/-nr announces an id ("toeslagnummer", "pasnummer", "zorgpasnr"), no BSN.
const NOT_ID_COMPOUND_HEADS = "huis|telefoon|telefon|ruf|handy|mobil|phone|kontakt|tel|mobiel|mobiele|mob|gsm|fax|whatsapp|app|sms|bel|terugbel|doorkies|toestel|contact|nood|alarm|spoed|crisis|service|informatie|info|hulp|prive|privé|thuis|werk|vast|kamer|artikel|art|pagina|blz|bus|postbus|lijn|regel|versie|kanaal|perron|spoor|zaal|lokaal|unit|pand|route|vlucht|trein|week|jaar|rug|start|volg|huisnummer|bsn|burgerservice|sofi|sofie|iban|rekening|wachtlijst|tafel|stoel|plaats|stand|hoofdstuk|bijlage|telefoon|oproep|kies|praktijk|receptie|balie|afdelings|centrale";
// (also the Polish "numer klienta", "nr sprawy": a client's or case number in a message in Polish; and the number printed on a
// letter: "een brief gekregen, met daarop een nummer, even kijken, 400128937")
const OTHER_NUMBER_WORDS = new RegExp(
  String.raw`\b(?:(?:numer|nr\.?)[ \t]+(?:klienta|sprawy|akt|referencyjny)|(?:daarop|erop|staat)[ \t]+een[ \t]+nummer|klant(?:en)?(?:nummer|nr)|tolk(?:nummer|nr)|personal(?:nummer|nr)|kunden(?:nummer|nr)|steuer(?:nummer|nr)|aktenzeichen|zaak(?:nummer|nr)?|dossier(?:nummer|nr)?|relatie(?:nummer|nr)|factuur(?:nummer|nr)|polis(?:nummer|nr)|registratie(?:nummer|nr)|referentie(?:nummer)?|ref(?:erence)?(?:[ -]?(?:number|no|nr))?|case[ -]?(?:number|no|nr)|(?:client|customer|file|member(?:ship)?|account|patient|policy|invoice|claim|application|tenant|employee)[ -]?(?:number|nr)|kenmerk|betalingskenmerk|order(?:nummer|nr)|pat(?:iënt|ient)?(?:nummer|nr)|cli[eë]nt(?:nummer|nr)|debiteur(?:en)?(?:nummer|nr)|werknemers(?:nummer|nr)|personeels(?:nummer|nr)|lid(?:maatschaps)?(?:nummer|nr)|serie(?:nummer|nr)|kvk(?:-?nummer)?|rekening(?:nummer|nr)?|contract(?:nummer|nr)?|huur(?:der)?(?:nummer|nr)|aanvraag(?:nummer|nr)|verwijs(?:nummer|nr)|id(?!-(?:kaart|bewijs)(?![\p{L}]))|vestigingsnummer|btw-?(?:nummer|nr)|huurcontract(?:nummer|nr)|huurovereenkomst(?:nummer|nr)|uitkerings(?:nummer|nr)|aanslag(?:nummer|nr)|vorderings?(?:nummer|nr)|beschikkings?(?:nummer|nr)|verzekerings?(?:nummer|nr)|ticket(?:nummer|nr)|meldings?(?:nummer|nr)|inschrijf(?:nummer|nr)|inschrijvings(?:nummer|nr)|leerling(?:nummer|nr)|lln\.?(?:nummer|nr)|vacature(?:nummer|nr)|kandidaat(?:nummer|nr)|deelnemer(?:s)?(?:nummer|nr)|student(?:nummer|nr)|agb(?:-?code)?|big(?:-?nummer|-?nr|-?registratie)|loonheffingen(?:nummer|nr)|loonheffings(?:nummer|nr)|rol(?:nummer|nr)|rekest(?:nummer|nr)|parket(?:nummer|nr)|(?<![\p{L}])(?!(?:bsn|sofi|${NOT_ID_HYPHEN_WORDS})-)[a-z]{2,6}-(?:nummer|nr)|(?<![\p{L}])(?!(?:${NOT_ID_COMPOUND_HEADS})(?:nummer|nr)(?![\p{L}]))\p{L}{3,24}?(?:nummer|nr))\b`,
  "giu",
);

// A table header cell naming a kind of number: "Klantnummer", "Klantnr.", "Klant-nr", "Dossiernummer", "Zaaknr.",
// "Relatienummer (UWV)"; and a BSN column ("BSN", "Burgerservicenummer"). A lower-case word may qualify
// the id word ("Dossiernr. schuldeiser", "Klantnummer gemeente").
const ID_HEADER_HINT = /(?:nummer|nr|zaak|dossier|kenmerk|ref|bsn|sofi)/iu;
// (Also two id words joined by a slash: "Klantnummer/kenmerk", "Dossiernr. / referentie"; and a compound cut short before the
// slash: "Factuur-/dossiernr.".)
const ID_HEADER_WORD = String.raw`(?:(?!id\b)(?:${OTHER_NUMBER_WORDS.source.slice(5, -3)})|(?:klant|cli[eë]nt|dossier|zaak|relatie|deelnemer|leerling|student|factuur|polis|huurder|debiteur)[ \t.-]*(?:nummer|nr))\.?`;
const ID_HEADER_CELL = new RegExp(
  String.raw`^(?:(?:klant|cli[eë]nt|dossier|zaak|relatie|factuur|polis|debiteur|referentie|contract)-[ \t]*\/[ \t]*)?${ID_HEADER_WORD}(?:[ \t]*\/[ \t]*${ID_HEADER_WORD})?(?:[ \t]+\p{Ll}[\p{Ll}-]{2,20})?(?:[ \t]*\([^()]*\))?$`,
  "iu",
);
const BSN_HEADER_CELL = /^(?:bsn|burgerservicenummer|bsn-nummer|sofi-?nummer|sofinr)\.?(?:[ \t]*\([^()]*\))?$/iu;

// A BSN word, then where it was read: "BSN volgens ID-kaart:", "BSN uit het paspoort:", "bsn (volgens BRP):", "BSN op
// zijn loonstrook:", "BSN zoals vermeld op de verblijfsvergunning", "zijn bsn voor jullie dossier is" (one to three words of
// source or purpose, no other number word).
const BSN_SOURCE_BEFORE = /(?<![\p{L}])(?:bsn|burgerservicenummer|sofi-?nummer)\b[ \t]*\(?[ \t]*(?:volgens|uit|op|van|in|via|voor|conform|cf\.?|zoals[ \t]+(?:vermeld[ \t]+)?(?:op|in))[ \t]+(?:(?:de|het|zijn|haar|z'n|d'r|hun|jullie|ons|onze|uw|je|jouw)[ \t]+)?(?![\p{L}-]*(?:nummer|nr)(?![\p{L}]))[\p{L}-]+(?:[ \t]+(?![\p{L}-]*(?:nummer|nr)(?![\p{L}]))[\p{L}-]+){0,2}[ \t]*\)?[ \t]*[:=]?[ \t]*$/iu;

/** The nearest word announcing the kind of number before `at` (same line or a soft-wrapped line before, ≤ 45 chars), or "(bsn)" just after. */
const FILE_AS_PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|uit|aan|bij)[ \t]+(?:het|de|dit|dat|deze|zijn|haar|ons|jullie)[ \t]+$/iu;

const CHAT_TURN_START = /^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?\p{L}[\p{L}'’. -]{0,30}:[ \t]/u;
function numberKind(text: string, at: number, end: number): "bsn" | "other" | undefined {
  const ownLine = text.lastIndexOf("\n", at - 1) + 1;
  let lineStart = Math.max(ownLine, at - 45);
  // A sentence wrapped over two lines ("Zijn klantnummer bij\nons is 857084409."): the keyword may stand on the
  // line before when that line does not close a sentence or a field (. ! ? : ;) and neither line is a table row; still
  // within 45 characters.
  // (Not when the number's line opens with a chat speaker: "bas: … in het dossier\nmarieke: 0612847306" is a turn of its own.)
  if (lineStart === ownLine && ownLine > 1 && at - ownLine < 45 && !/[|\t]/.test(text.slice(ownLine, at)) && !CHAT_TURN_START.test(text.slice(ownLine, at))) {
    const prevStart = text.lastIndexOf("\n", ownLine - 2) + 1;
    const prev = text.slice(prevStart, ownLine - 1);
    // A field label alone on the line above counts too ("Klantnummer:\n857084409").
    if ((/\p{L}[ \t]*$/u.test(prev) || /(?:nummer|nr)\.?[ \t]*:[ \t]*$/iu.test(prev)) && !/[|\t]/.test(prev)) lineStart = Math.max(prevStart, at - 45);
  }
  const before = text.slice(lineStart, at);
  let best: { pos: number; kind: "bsn" | "other" } | undefined;
  const { low } = hints(text);
  for (const [re, kind] of [[BSN_WORDS, "bsn"], [OTHER_NUMBER_WORDS, "other"]] as const) {
    // Neither word list can match in a slice when the whole text has none of its words (see BSN_PARTS, ANNOUNCING_PARTS).
    if (!may(hasAny(low, re === BSN_WORDS ? BSN_PARTS : ANNOUNCING_PARTS))) continue;
    re.lastIndex = 0;
    for (let m; (m = re.exec(before)); ) {
      // "in het dossier zetten", "uit het dossier gehaald", "staat in de zaak, maar hier: …": the case file as a place,
      // followed by a word, announces no number; nor before a comma ("ja staat in het dossier, 323 873 613, je kijkt
      // vast in het oude zaaknr": the BSN asked for).
      if (kind === "other" && FILE_AS_PLACE_BEFORE.test(text.slice(Math.max(0, lineStart + m.index - 12), lineStart + m.index)) && /^(?:dossier|zaak)(?:[ \t]*,?[ \t]+(?!(?:nr|nummer|no)\b)\p{L}{2,}|[ \t]*,)/iu.test(before.slice(m.index))) continue;
      if (!best || m.index > best.pos) best = { pos: m.index, kind };
    }
  }
  if (best) {
    // Another number between the keyword and this one means the keyword belongs to that number.
    const between = before.slice(best.pos);
    // "BSN volgens ID-kaart: 527909944", "BSN uit paspoort/BRP:", "BSN (op loonstrook):": the document or
    // register named as the BSN's source is no keyword of its own ("ID" in "ID-kaart" announces no id).
    if (best.kind === "other" && !/\d{4}/.test(between) && BSN_SOURCE_BEFORE.test(before)) return "bsn";
    if (!/\d{4}/.test(between)) return best.kind;
  }
  const after = text.slice(end, end + 12).toLowerCase();
  if (/^\s*\(?\s*bsn\b/.test(after)) return "bsn";
  return undefined;
}

const LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;

function pushEmails(text: string, out: Candidate[]) {
  // Scan only around "@": running the full e-mail regex at every position is slow on long texts.
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let s = at;
    while (s > 0 && LOCAL_CHAR.test(text[s - 1])) s--;
    if (s === at) continue;
    EMAIL_RE.lastIndex = s;
    const m = EMAIL_RE.exec(text);
    if (!m || m.index !== s) continue;
    let e = m.index + m[0].length;
    while (text[e - 1] === "." || text[e - 1] === "-") e--;
    out.push({ s: m.index, e, label: "email", prio: PRIO.email });
    at = e - 1;
  }
}

function trimUrlEnd(text: string, s: number, e: number): number {
  while (e > s && /[.,;:!?)\]]/.test(text[e - 1])) e--;
  return e;
}

function pushUrls(text: string, out: Candidate[]) {
  const { low } = hints(text);
  // URL_RE starts with "http" or "www." (case-insensitive).
  for (const m of may(low.includes("http") || low.includes("www.")) ? allMatches(URL_RE, text) : []) {
    out.push({ s: m.index, e: trimUrlEnd(text, m.index, m.index + m[0].length), label: "url", prio: PRIO.url });
  }
  // BARE_DOMAIN_RE holds "." + a top-level domain (case-insensitive).
  for (const m of may(dotTld(low)) ? allMatches(BARE_DOMAIN_RE, text) : []) {
    // "Bol.com" written with a capital and no path is a company name, not a link.
    if (/^\p{Lu}/u.test(m[0]) && !m[0].includes("/")) continue;
    out.push({ s: m.index, e: trimUrlEnd(text, m.index, m.index + m[0].length), label: "url", prio: PRIO.url - 1 });
  }
}

function pushIbans(text: string, out: Candidate[]) {
  // IBAN_RE needs "\d{2}" after the country code.
  if (!may(hints(text).run >= 2)) return;
  // The run may swallow what follows it, a word in capitals or (the regex is case-insensitive) a second IBAN after
  // "en": "BE43 3541 0508 5722 en DE20 1442 7309 9128 4831 68". So take the longest prefix that passes mod-97 and go
  // on scanning right after it (or after the run's first character when no prefix passes), not after the whole run.
  IBAN_RE.lastIndex = 0;
  for (let m = IBAN_RE.exec(text); m; m = IBAN_RE.exec(text)) {
    const raw = m[0];
    let next = m.index + 1;
    for (let len = raw.length; len >= 15; len--) {
      if (raw[len - 1] === " ") continue;
      const candidate = raw.slice(0, len);
      if (ibanValid(candidate) && !/[\p{L}\p{N}]/u.test(text[m.index + len] ?? "")) {
        out.push({ s: m.index, e: m.index + len, label: "iban", prio: PRIO.iban });
        next = m.index + len;
        break;
      }
    }
    IBAN_RE.lastIndex = next;
  }
}

function pushPhones(text: string, out: Candidate[]) {
  // PHONE_RE opens with "+31" or a "0" ("0031", "(0…", "0") and goes on with 3+ digits or "(0)": 4+ digits in all.
  for (const m of may(hints(text).digits >= 4 && (text.includes("0") || text.includes("+31"))) ? allMatches(PHONE_RE, text) : []) {
    const raw = m[0];
    const international = /^(?:\+31|0031|\(\+31\)|\(0031\))/.test(raw);
    // "00" + another country code is a foreign number (pushForeignPhones, which also respects an announcing word:
    // "Huurcontractnummer: 0071452206"); no Dutch number starts with "00".
    if (!international && raw.startsWith("00")) continue;
    // Digit groups with their end offsets, so we can cut the run after the right group.
    const groups: { digits: string; end: number }[] = [];
    const body = raw.replace(/^(?:\+31|0031|\(\+31\)|\(0031\))/, (p) => " ".repeat(p.length)).replace(/\(0\)/, "   ");
    // (a column gap of three blanks or a tab ends the number: "06-44017263\t5 kids", "10-06-2025   09.30")
    const gapAt = raw.search(/ {3}|\t/);
    for (const g of allMatches(/\d+/g, body)) if (gapAt < 0 || g.index + g[0].length <= gapAt) groups.push({ digits: g[0], end: g.index + g[0].length });
    if (!groups.length) continue;
    const first = groups[0].digits;
    const parenArea = /^\(0\d{1,3}\)/.test(raw);
    if (!international && !parenArea) {
      // First group must look like an area code (06, 0xx, 0xxx, 0800/0900) or be the whole number.
      if (!(first.startsWith("06") || /^0[1-9]\d{1,3}$/.test(first) || first.length >= 9)) continue;
    }
    let digits = international ? "0" : "";
    let best = -1;
    for (let i = 0; i < groups.length; i++) {
      digits += groups[i].digits;
      const n = digits.length;
      const service = /^0(?:800|900|906|909)/.test(digits) && n >= 8 && n <= 11;
      const separated = i > 0 || parenArea || international;
      if (n === 10 || service || (separated && (n === 9 || n === 11) && !/^00/.test(digits))) best = i;
      if (n >= 11) break;
    }
    if (best < 0) continue;
    // "10-06-2025   09.30" in a fixed-width agenda: a run that starts inside a date (a day and a dash before it) is no phone
    // number.
    if (/(?:^|[^\d])\d{1,2}[-\/]$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // The 08/09 ranges hold only 082/084/085/087/088, 0800 and 0900/0906/0909/097: "0812437566" or
    // "0934…" is some other number (an inschrijf- or klantnummer).
    if (/^0(?:8(?:0[1-9]|[1369])|9(?:[1-68]|0[1-578]))/.test(digits)) continue;
    // "klantnummer 0201234567", "Inschrijfnr.: 0612345678": an unbroken run of ten digits announced as another number
    // (the nearest keyword decides) is that number, unless a phone word stands on the line before it.
    if (best === 0 && /^0\d{9}$/.test(raw) && numberKind(text, m.index, m.index + raw.length) === "other" &&
      !phoneWordBefore(text, m.index)) continue;
    // (also an area code and a hyphen right after an id keyword and its colon: "Huurcontractnummer: 0482-119734")
    if (best === 1 && !digits.startsWith("06") && /^0\d{2,3}-\d{6,7}$/.test(raw.slice(0, groups[best].end)) && ID_KEYWORD_RIGHT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
      !phoneWordBefore(text, m.index)) {
      out.push({ s: m.index, e: m.index + groups[best].end, label: "dossiernummer", prio: PRIO.telefoon });
      continue;
    }
    // "06-03-2025 14:12": a valid day-month-year date (four-digit year, same separator twice) is a date with a time,
    // not a mobile number; "06-12345678", "06-12 34 56 78" and "06-12-34-56-78" stay phones.
    const dmy = DMY_IN_PHONE_RE.exec(raw);
    if (dmy && validDay(Number(dmy[1])) && validMonth(Number(dmy[3]))) continue;
    // A bare run of 9 or 11 digits is some other number.
    if (best === 0 && !international && !parenArea && groups[0].digits.length !== 10 && !/^0(?:800|900)/.test(first))
      continue;
    // A dotted run that goes on with more dotted digits is an IP address or version, not a phone number.
    if (raw.includes(".") && /^\.\d/.test(text.slice(m.index + groups[best].end))) continue;
    // A Belgian company number (KBO/ondernemingsnummer, BTW) "0784.312.556" is written 4.3.3 with dots,
    // or announced by a company-number word: a dossiernummer, not a phone (unless a phone word stands before it).
    const lineBefore = text.slice(Math.max(text.lastIndexOf("\n", m.index - 1) + 1, m.index - 45), m.index);
    if (!international && !digits.startsWith("06") && (/^[01]\d{3}\.\d{3}\.\d{3}$/.test(raw.slice(0, groups[best].end)) || COMPANY_NUMBER_BEFORE.test(lineBefore)) &&
      !/(?<![\p{L}])(?:tel|telefoon|telefoonnummer|telnr|mobiel|mob|gsm|bel|bellen|gebeld|whatsapp|app|sms|phone|fax)(?![\p{L}])/iu.test(lineBefore)) {
      out.push({ s: m.index, e: m.index + groups[best].end, label: "dossiernummer", prio: PRIO.telefoon });
      continue;
    }
    out.push({ s: m.index, e: m.index + groups[best].end, label: "telefoon", prio: PRIO.telefoon });
  }
  if (may(text.includes("/")))
    for (const m of allMatches(PHONE_SLASH_RE, text)) if (m[0].replace(/\D/g, "").length === 10) out.push({ s: m.index, e: m.index + m[0].length, label: "telefoon", prio: PRIO.telefoon });
}

// Belgian and European company numbers: "ondernemingsnummer 0784.312.556", "KBO-nr. 0784 312 556", "BTW BE 0784.312.556".
const COMPANY_NUMBER_BEFORE = /(?<![\p{L}])(?:[Oo]ndernemings(?:nummer|nr|-nr)|[Kk]bo-?(?:nummer|nr)|KBO(?:-?(?:nummer|nr))?|[Bb]tw[- ]?(?:nummer|nr|id)|BTW(?:[- ]?(?:nummer|nr|id))?|[Vv]at[ \t]+(?:number|no)|VAT|[Uu]st-?[Ii]d(?:[Nn]r)?)\.?[ \t]*:?[ \t]*(?:BE[ \t]*)?$/u;
const DMY_IN_PHONE_RE = /^(\d{2})([-.])(\d{2})\2((?:19|20)\d{2})(?![\d]|[-.]\d)/;
// "06/21 33 90 87", "010/4123456": a slash after the area code (once; "06/06/2023" is a date).
const PHONE_SLASH_RE = /(?<![\p{L}\p{N}+./-])0(?:6|[1-9]\d{1,2})\/[ \t]?\d(?:[ \t-]?\d){5,8}(?![\p{N}/-]|[.,]\d)/gu;

// (blanks and hyphens between the groups, no tab: a tab ends a table cell, "+380 67 431 2290\t7741502")
const FOREIGN_PHONE_RE = /(?<![\p{L}\p{N}+])(?:\+|00)(?!31)[1-9]\d{0,2}(?:[ -]?\(?\d+\)?){2,6}/gu;

function pushForeignPhones(text: string, out: Candidate[]) {
  // FOREIGN_PHONE_RE opens with "+" or "00".
  if (!may(text.includes("+") || text.includes("00"))) return;
  for (const m of allMatches(FOREIGN_PHONE_RE, text)) {
    const digits = m[0].replace(/\D/g, "");
    // "Huurcontractnummer: 0047-118-02" starts like a Norwegian number but is announced as another kind; a "+" is only ever
    // written before a country code ("Haar nummer staat in het dossier: +238 991 23 45").
    if (!m[0].startsWith("+") && numberKind(text, m.index, m.index + m[0].length) === "other") continue;
    // "| Zilveren Kruis | premie | € 1.337,60 | 0017432281 |": an unbroken run of at most ten digits after "00" is too short
    // for "00" + a country code + a subscriber number; it is some other number unless a phone word stands before it.
    if (/^00\d{1,8}$/.test(m[0]) && !/(?<![\p{L}])(?:tel|telefoon|telefoonnummer|telnr|mobiel|mob|gsm|bel|bellen|gebeld|whatsapp|app|sms|phone|fax|nummer)(?![\p{L}])/iu.test(text.slice(Math.max(text.lastIndexOf("\n", m.index - 1) + 1, m.index - 45), m.index))) continue;
    // "(+81 78 331 2290)": a closing bracket without its opening one inside the number belongs to the text around it.
    const end = m[0].endsWith(")") && !m[0].includes("(") ? m[0].length - 1 : m[0].length;
    if (digits.length >= 9 && digits.length <= 15) out.push({ s: m.index, e: m.index + end, label: "telefoon", prio: PRIO.telefoon });
  }
}

// Court numbers: "C/17/198765 / BW RK 24-1123" (zaak- and rekestnummer together), "FA RK 23-4410" alone.
// Insolvency numbers: "C/15/24/412 R" (court, year, number and F/R/S: faillissement, schuldsanering, surseance), also
// "F.10/24/123" and "R 13/24/56" in the older style. (A case number "Z/25/009341" also in a chat's lower case: "zaaknummer was
// z/25/009341 toch".)
// Also civil district-court numbers "CV EXPL 24-9981" (with the court's own number before it: "10998877 CV
// EXPL 24-5521", "11204873 / CV EXPL 24-5127") and the administrative law sector and seat codes of
// the courts and the CRvB before year/number: "SGR 24/8812", "AWB 23/04512", "ROT 22/1234", "UTR 24/556 WMO".
const ADMIN_COURT_CODE_LIST = ["SGR", "AWB", "ROT", "BRE", "UTR", "HAA", "AMS", "ZWO", "LEE", "GRO", "ARN", "SHE", "MAA", "ALM", "ZUT", "DHA", "ALK", "ZWB", "OBR", "GEL", "MNE", "NNE", "WAB", "BESLU", "WBV"];
const ADMIN_COURT_CODES = `(?:${ADMIN_COURT_CODE_LIST.join("|")})`;
const COURT_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[A-Z]\/\d{2}\/\d{2}\/\d{1,5}[ \t]?[FRS](?![\p{L}\p{N}])|[FRS]\.?[ \t]?\d{2}\/\d{2}\/\d{1,5}(?![\p{N}\/])|[A-Za-z]\/\d{2}\/\d{5,7}(?:[ \t]*\/[ \t]*[A-Z]{2,3}[ \t]+[A-Z]{2}[ \t]+\d{2}[-\/]\d{2,6})?|(?:\d{7,8}[ \t]*(?:[\/\\][ \t]*)?)?[A-Z]{2,3}[ \t]+(?:RK|RQ|ZA|ZK|KG|EXPL)[ \t]+\d{2}[-\/]\d{2,6}|${ADMIN_COURT_CODES}[ \t]+(?!(?:0[1-9]|1[0-2])\/(?:19|20)\d\d(?!\d))\d{2}\/\d{3,6}(?!\/\d)(?:[ \t]+[A-Z]{2,4}(?![\p{L}\p{N}]))?)(?![\p{L}\p{N}])`, "gu");

const RRN_RE = /(?<![\p{L}\p{N}.,\/-])(?:\d{2}\.\d{2}\.\d{2}[ \t]?[-.][ \t]?\d{3}[ \t]?[.-][ \t]?\d{2}|\d{11})(?![\p{N}]|[.,\/-]\d)/gu;
const COURT_HINT = new RegExp(String.raw`\/\d\d\/|[ \t](?:RK|RQ|ZA|ZK|KG|EXPL)[ \t]+\d|${ADMIN_COURT_CODES}[ \t]+\d\d\/\d`);
const COURT_CODES = ["RK", "RQ", "ZA", "ZK", "KG", "EXPL", ...ADMIN_COURT_CODE_LIST];

const NUMBER_ABBR_ID_RE = /(?<![\p{L}])(\p{L}*(?:nummer|nr))\.?[ \t]+\p{Lu}[\p{Lu}\p{Ll}]{1,5}[ \t]+(\d{5,10})(?![\p{N}]|[.,]\d)/gu;
const HYPHEN_NR_ID_RE = /(?<![\p{L}\p{N}-])(\p{L}{2,12})-(?:nr|nummer)\.?[ \t]*(?::[ \t]*)?(\d{4,14})(?![\p{N}]|[.,]\d|[ \t]*(?:euro|uur|km|m2|%))/giu;
const NOT_ID_HYPHEN_NR = new RegExp(`^(?:${NOT_ID_HYPHEN_WORDS})$`, "iu");
// Numbers right after an announcing word ("klantnummer: 55128", "Dossier BBZ-2023-0412"); built once, not per call.
// The keyword must start a word unless it is a "…nummer/…nr" compound ("zorgverzekeringsnummer"), checked after the match:
// "id" is no keyword at the end of "Rapid" ("… bij Boxing Club Rapid.\n06-05-2025 Zelf werk gevonden").
// (A keyword that ends a sentence with a full stop announces nothing on the next line: "Kenmerk staat in het
// dossier.\n28-02 – rustig" is a timeline date.)
const ANNOUNCED_ID_RE = new RegExp(
  String.raw`(?:${OTHER_NUMBER_WORDS.source.slice(5, -3)})\b(?:\.[ \t]*|\s*)(?:is\s+|wordt\s+(?:dan\s+|nu\s+)?|werd\s+|lautet\s+|:\s*|#\s*|bij[ \t]+(?:ons|jullie|u|mij|mijn[ \t]+werkgever)[ \t]+(?:is|was|wordt)[ \t]+|bij[ \t]+(?:(?:de|zijn|haar|mijn|hun)[ \t]+)?(?:(?:oude|vorige|huidige|nieuwe)[ \t]+)?werkgever(?:[ \t]*:[ \t]*|[ \t]+)|volgens[ \t]+(?:de[ \t]+|het[ \t]+|zijn[ \t]+|haar[ \t]+)?\p{L}{4,}[ \t]+)?\(?((?=[A-Z0-9/._-]*\d)[A-Z0-9][A-Z0-9/._-]*[A-Z0-9])`,
  "giu",
);

// "nummer"/"nr" and the words of OTHER_NUMBER_WORDS without either ("zaak", "dossier", "kenmerk", "id", "btw", …).
// Every word of BSN_WORDS and BSN_ANNOUNCED_RE holds one of these.
const BSN_PARTS = ["bsn", "burgerservicenummer", "sofi"];
/** An international dialling code right before a number: "+40 ", "0048-", "+32 (0)". */
const INTERNATIONAL_PREFIX_BEFORE = /(?:\+|\b00)\d{1,3}[ .-]?(?:\(0\)[ .-]?)?$/;
const ANNOUNCING_PARTS = ["nummer", "number", "numer", "nr", "zaak", "dossier", "ref", "case", "kenmerk", "kvk", "rekening", "id", "btw", "agb", "big", "aktenzeichen", "contract"];

// "Belastingdienst/Toeslagen   2024/10/77412": a year, a month and a serial of four or more digits joined by slashes is a
// file reference (no date: its last part is too long).
const YEAR_SERIAL_ID_RE = /(?<![\p{L}\p{N}.,\/-])(?:19|20)\d\d\/\d{1,2}\/\d{4,8}(?![\p{L}\p{N}\/-])/gu;
function pushNumbers(text: string, out: Candidate[]) {
  if (may(text.includes("/"))) for (const m of allMatches(YEAR_SERIAL_ID_RE, text)) out.push({ s: m.index, e: m.index + m[0].length, label: "dossiernummer", prio: PRIO.dossiernummer });
  // COURT_HINT needs a "/" or one of the court codes.
  if (may((text.includes("/") || hasAny(text, COURT_CODES)) && COURT_HINT.test(text))) for (const m of allMatches(COURT_RE, text)) out.push({ s: m.index, e: m.index + m[0].length, label: "dossiernummer", prio: PRIO.dossiernummer + 1 });
  // Belgian national register numbers ("83.11.04-212.63", "83110421263" after "rijksregisternummer"): birth date, serial
  // and a mod-97 check (for births from 2000 on the base gets a leading 2).
  if (may(text.includes(".") || /rijksregister|insz/i.test(text))) for (const m of allMatches(RRN_RE, text)) {
    const digits = m[0].replace(/\D/g, "");
    const base = Number(digits.slice(0, 9));
    const check = Number(digits.slice(9));
    const month = Number(digits.slice(2, 4)) % 20;
    const day = Number(digits.slice(4, 6));
    // The dotted shape is distinctive enough with a possible birth date (examples often fail the check); eleven bare
    // digits need the check and an announcing word.
    if (month > 12 || day > 31) continue;
    if (!/\./.test(m[0]) && !((97 - (base % 97) === check || 97 - ((2000000000 + base) % 97) === check) && /(?:rijksregister|insz|nationaal)[\p{L}]*[ \t:.]*(?:nr\.?|nummer)?[ \t:]*$/iu.test(text.slice(Math.max(0, m.index - 40), m.index)))) continue;
    out.push({ s: m.index, e: m.index + m[0].length, label: "dossiernummer", prio: PRIO.dossiernummer + 1 });
  }
  const h = hints(text);
  // In a table the column header is the keyword ("| Naam | … | Klantnummer |", "Naam;Klantnr.;Plaats", tab
  // and fixed-width columns): read once, only when a nine-digit number passes the elfproef (or is formatted, see below).
  let columnKinds: Map<number, "bsn" | "other"> | undefined;
  const columnKindAt = (at: number) => {
    if (!columnKinds) {
      const found = new Map<number, "bsn" | "other">();
      scanTables(text, ID_HEADER_HINT, (hd) => (BSN_HEADER_CELL.test(hd) ? "bsn" : ID_HEADER_CELL.test(hd) ? "other" : null), (k, c) => found.set(c, k as "bsn" | "other"));
      columnKinds = found;
    }
    return columnKinds.get(at);
  };
  // Every alternative of NUMBER_RE has three digits in a row.
  for (const m of may(h.run >= 3) ? allMatches(NUMBER_RE, text) : []) {
    const raw = m[1];
    const digits = raw.replace(/\D/g, "");
    const s = m.index;
    const e = s + raw.length;
    let kind = numberKind(text, s, e);
    // (also a formatted nine-digit number that fails the elfproef and has no keyword before it: in a column headed
    // "Kenmerk", "9120.44.781" is an id)
    if (digits.length === 9 && kind !== "other" && (elfproef(digits) || (kind === undefined && digits !== raw))) kind = columnKindAt(s) ?? kind;
    // "Rabobank\t0384412907\t€ 11.600,00" in a column headed "Dossiernummer schuldeiser": ten bare digits shaped like a phone
    // number are the creditor's id there (above the phone rule).
    if (digits.length === 10 && raw === digits && raw.startsWith("0") && columnKindAt(s) === "other") {
      out.push({ s, e, label: "dossiernummer", prio: PRIO.telefoon + 1 });
      continue;
    }
    // "Doorverwijzing klant 209416385": nine digits right after "klant"/"cliënt" with no BSN word before
    // them name the client by the municipality's own number, a klantnummer (a BSN is announced as one).
    if (kind === undefined && digits.length === 9 && CLIENT_RIGHT_BEFORE.test(text.slice(Math.max(0, s - 12), s))) kind = "other";
    // Nine digits after an international dialling code ("+40 742 118 903", "0048 512 …") are a phone number's
    // subscriber part, unless a BSN word announces them.
    const dialled = kind !== "bsn" && INTERNATIONAL_PREFIX_BEFORE.test(text.slice(Math.max(0, s - 8), s));
    if (digits.length === 9 && kind !== "other" && !dialled && elfproef(digits)) {
      out.push({ s, e, label: "bsn", prio: PRIO.bsn });
    } else if (digits.length >= 7 && (kind !== undefined || /^\d+$/.test(raw))) {
      out.push({ s, e, label: "dossiernummer", prio: PRIO.dossiernummer });
    }
  }
  // BSN_ANNOUNCED_RE opens with bsn|burgerservicenummer|sofi-?nummer|sofinr|bsn-nummer (case-insensitive).
  for (const m of may(hasAny(h.low, BSN_PARTS)) ? allMatches(BSN_ANNOUNCED_RE, text) : []) {
    const raw = m[1];
    const digits = raw.replace(/\D/g, "");
    if (digits.length !== 9 || !elfproef(digits)) continue;
    const s = m.index + m[0].length - raw.length;
    out.push({ s, e: s + raw.length, label: "bsn", prio: PRIO.bsn + 1 });
  }
  // Every alternative of STRUCTURED_ID_RE has a "-" or "/" before digits.
  for (const m of may(text.includes("-") || text.includes("/")) ? allMatches(STRUCTURED_ID_RE, text) : []) {
    const raw = m[0];
    // "IMG-20260313-WA0004.jpg": part of a file name (a photo's date), no case id.
    if (FILE_NAME_REST.test(text.slice(m.index + raw.length, m.index + raw.length + 30))) continue;
    const longRun = /\d{5,}/.test(raw);
    const lettered = /^[A-Z]/.test(raw);
    if (!lettered && !longRun) continue;
    // "2019-2021" and other year ranges are not identifiers.
    if (!lettered && /^(?:19|20)\d{2}[-/](?:19|20)\d{2}$/.test(raw)) continue;
    out.push({ s: m.index, e: m.index + raw.length, label: "dossiernummer", prio: PRIO.dossiernummer });
  }
  // Every word of OTHER_NUMBER_WORDS (case-insensitive) holds one of ANNOUNCING_PARTS.
  for (const m of may(hasAny(h.low, ANNOUNCING_PARTS)) ? allMatches(ANNOUNCED_ID_RE, text) : []) {
    const id = m[1];
    const digitCount = (id.match(/\d/g) ?? []).length;
    // A date under a keyword that closed the line above ("…nieuwe rekening\n12-03-25 09:35 - Akosua: …", a WhatsApp
    // export), or a date of birth ("Geb.datum volgens Duits dossier: 4.6.1972"), is the date.
    const date = /^(\d{1,2})([-./])(\d{1,2})\2(?:\d{2}|\d{4})$/.exec(id);
    if (date && validDay(Number(date[1])) && validMonth(Number(date[3])) &&
      (m[0].slice(0, m[0].length - id.length).includes("\n") || /geb(?:oorte)?\.?[ \t]*datum|geboren/i.test(text.slice(text.lastIndexOf("\n", m.index) + 1, m.index)))) continue;
    // "personeelsnummer 0418": 4–5 digits are an id only after an explicit "…nummer"/"…nr" (not "rekening 1200", "kenmerk 2024").
    // Only directly after the keyword: "Patientnummer is 01234" stays out (DEDUCE's example text).
    // "zijn personeelsnummer wordt 2261": a number being assigned counts too (also the German "Personalnummer lautet 77120").
    // "personeelsnummer volgens loonstrook 70412": the source of the number may stand between.
    // "Zijn personeelsnummer bij ons is 20917": so may the holder of the register ("bij ons/jullie") before "is".
    // "personeelsnr. bij oude werkgever 0418": so may the employer that holds it.
    const explicit = /(?:nummer|nr)\b\.?(?:\s+(?:wordt(?:\s+(?:dan|nu))?|werd|lautet|bij[ \t]+(?:ons|jullie|u|mij|mijn[ \t]+werkgever)[ \t]+(?:is|was|wordt)|bij[ \t]+(?:(?:de|zijn|haar|mijn|hun)[ \t]+)?(?:(?:oude|vorige|huidige|nieuwe)[ \t]+)?werkgever|volgens[ \t]+(?:(?:de|het|zijn|haar)[ \t]+)?\p{L}{4,}))?[\s:#(]*$/iu.test(m[0].slice(0, m[0].length - id.length));
    if (!explicit && /[\p{L}\p{N}]/u.test(text.charAt(m.index - 1)) && !/^\p{L}*(?:nummer|nr)/iu.test(m[0])) continue;
    // (Only a plausible year stays out, 1900–2039: "personeelsnummer 2093" is an id.)
    if (digitCount < 4 || (/^\d+$/.test(id) && digitCount < 6 && (!explicit || PLAUSIBLE_YEAR.test(id)))) continue;
    const s = m.index + m[0].length - id.length;
    out.push({ s, e: s + id.length, label: "dossiernummer", prio: PRIO.dossiernummer });
  }
  // "registratienummer Wbtv 207714", "inschrijfnummer KvK 40123456", "lidnummer NOvA 55123": the register's
  // abbreviation may stand between a "…nummer" keyword and its id (5+ digits; not "huisnummer", "telefoonnummer").
  for (const m of may(/(?:nummer|nr)\.?[ \t]+\p{Lu}/u.test(text)) ? allMatches(NUMBER_ABBR_ID_RE, text) : []) {
    const kw = m[1].toLowerCase().replace(/(?:nummer|nr)$/, "");
    if (NOT_ID_HYPHEN_NR.test(kw)) continue;
    const s = m.index + m[0].length - m[2].length;
    out.push({ s, e: s + m[2].length, label: "dossiernummer", prio: PRIO.dossiernummer });
  }
  // "Wbtv-nr. 20887", "AGB-nummer: 03051234": an abbreviation + "-nr"/"-nummer" announces an id too
  // (not "huis-nr. 1204", "tel-nr.", "kamer-nr.", "artikel-nr."; a 4-digit year stays out).
  for (const m of may(/-(?:nr|nummer)/i.test(text)) ? allMatches(HYPHEN_NR_ID_RE, text) : []) {
    if (NOT_ID_HYPHEN_NR.test(m[1]) || /^(?:19|20)\d\d$/.test(m[2])) continue;
    const s = m.index + m[0].length - m[2].length;
    out.push({ s, e: s + m[2].length, label: "dossiernummer", prio: PRIO.dossiernummer });
  }
  // "Loonheffingennummer werkgever: 008912345L01", "btw-nummer NL812345678B01": a Dutch payroll-tax or VAT number (9 digits,
  // L or B, 2 digits) after its keyword on the same line.
  for (const m of may(/\d{9}[LB]\d{2}/.test(text)) ? allMatches(TAX_ID_RE, text) : []) {
    if (TAX_ID_BEFORE.test(text.slice(Math.max(0, m.index - 45), m.index))) out.push({ s: m.index, e: m.index + m[0].length, label: "dossiernummer", prio: PRIO.dossiernummer });
  }
  for (const m of may(/insurance|(?<![\p{L}])ni(?:no|[ \t])/iu.test(text)) ? allMatches(NINO_RE, text) : []) if (NINO_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) out.push({ s: m.index, e: m.index + m[0].length, label: "dossiernummer", prio: PRIO.dossiernummer + 1 });
  for (const m of may(text.includes("PPS")) ? allMatches(PPS_ID_RE, text) : []) if (PPS_ID_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) out.push({ s: m.index, e: m.index + m[0].length, label: "dossiernummer", prio: PRIO.dossiernummer + 1 });
  for (const m of may(/\d{6}[ \t]?[A-Z]/.test(text)) ? allMatches(DE_PENSION_ID_RE, text) : []) {
    if (DE_PENSION_ID_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) out.push({ s: m.index, e: m.index + m[0].length, label: "dossiernummer", prio: PRIO.dossiernummer + 1 });
  }
  // "kindergeldnummer is 251FK447196", "Zorgpasnummer: AB12345678": any "…nummer/…nr" compound announces an id
  // that mixes capitals and digits (five or more digits in a row), also a compound OTHER_NUMBER_WORDS does not list.
  for (const m of may(/\d{3}/.test(text) && /(?:nummer|nr)/i.test(text)) ? allMatches(COMPOUND_NR_ALNUM_ID_RE, text) : []) {
    const id = m[2];
    if (id.replace(/-/g, "").length < 6 || /^(?:huis|telefoon|tel|kamer|post|toestel|mobiel|fax)/iu.test(m[1])) continue;
    const s = m.index + m[0].length - id.length;
    out.push({ s, e: s + id.length, label: "dossiernummer", prio: PRIO.dossiernummer });
  }
  // In a table, a cell of 4–6 digits under an id column header ("| schuldeiser | dossiernummer | bedrag |",
  // "Klantnr.;Naam;Plaats") is that id: the header is the keyword (longer numbers are ids anyway, above); not a plausible year.
  if (may(h.run >= 4 && /[|;\t]|\S {2,}\S/.test(text) && ID_HEADER_HINT.test(text)))
    scanTables(text, ID_HEADER_HINT, (hd) => (ID_HEADER_CELL.test(hd) && !BSN_HEADER_CELL.test(hd) ? "other" : null), (_k, at, cell) => {
      // (Also a long run of digits, "| CJIB | 2024118877640031 |": a payment reference of sixteen digits; also written in
      // groups of four, "| CJIB | 1022 3348 7710 9642 |".)
      if (/^(?:\d{4,6}|\d{12,20}|\d{4}(?:[ \t]\d{4}){2,4})$/.test(cell) && !PLAUSIBLE_YEAR.test(cell)) out.push({ s: at, e: at + cell.length, label: "dossiernummer", prio: PRIO.dossiernummer });
      // Also a letter-and-digit id with five or more digits in a row ("| Dossiernr. |" … "| F24-0098712 |",
      // "| Kenmerk |" … "| B2-448812 |"), a shape no other rule takes.
      // (Also five digits split by a hyphen, "F2024-1187", "HP24-30771": a creditor's invoice or case number.)
      else if (/^(?=[A-Z0-9\/-]*[A-Z])(?=[A-Z0-9\/-]*\d{5}|[A-Z]{1,3}\d{2,4}-\d{3,6}$)[A-Z0-9][A-Z0-9\/-]{5,19}$/.test(cell) && /\d$/.test(cell)) out.push({ s: at, e: at + cell.length, label: "dossiernummer", prio: PRIO.dossiernummer });
    });
  pushNumberLists(text, out);
}
const PLAUSIBLE_YEAR = /^(?:19\d\d|20[0-3]\d)$/;
const CLIENT_RIGHT_BEFORE = /(?<![\p{L}])(?:klant|cli[eë]nt)[ \t]+$/iu;
// (Also five digits in all, not in a row, and one hyphen inside ("toevoegingsnummer 1ZK4821",
// "Registratienummer meting: LW2024-30917"); a lower-case word may qualify the keyword before a colon.)
// (A short clause may qualify the keyword before the colon, "Dossiernummer dat ik kreeg: H-884120", and a
// single capital + hyphen + five or more digits is an id after such a keyword.)
const COMPOUND_NR_ALNUM_ID_RE = /(?<![\p{L}])(\p{L}{3,})(?:nummer|nr)\.?(?:(?:[ \t]+\p{Ll}{2,15}){1,3}(?=[ \t]*:))?[ \t]*(?:is[ \t]+|:[ \t]*)?((?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){5})(?:[A-Z0-9]{2,16}(?:-[A-Z0-9]{2,10})?|[A-Z]-\d{5,10}))(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;

// "(nummers 2024-117, 2024-118 en 2024-121)", "factuurnrs. 88120 / 88121": every id in a list after a plural "…nummers".
export const NUMBER_LIST_RE = /(?:nummers|nrs\.?)[ \t]*:?[ \t]*((?:(?:[A-Z]{1,4}-?)?\d[\d\/-]{2,14}[ \t]*(?:,|\/|en|&)[ \t]*)+(?:[A-Z]{1,4}-?)?\d[\d\/-]{2,14})(?![\p{L}\p{N}])/gu;
const NOT_ID_LISTS = /(?:huis|telefoon|tel|artikel|pagina|kamer|bus|lijn|mobiel|versie|regel)$/;
export function pushNumberLists(text: string, out: Candidate[]) {
  if (!may(text.includes("nummers") || text.includes("nrs"))) return;
  for (const m of allMatches(NUMBER_LIST_RE, text)) {
    // The keyword is the end of a word ("factuurnummers"); not house, phone or page numbers.
    const word = /\p{Ll}*$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))![0];
    if (NOT_ID_LISTS.test(word) || /\p{L}/u.test(text.charAt(m.index - word.length - 1))) continue;
    const base = m.index + m[0].length - m[1].length;
    for (const id of allMatches(/(?:[A-Z]{1,4}-?)?\d[\d\/-]{2,14}/g, m[1])) out.push({ s: base + id.index, e: base + id.index + id[0].length, label: "dossiernummer", prio: PRIO.dossiernummer });
  }
}

// Letter pairs never used in postcodes, and units that follow numbers ("1250 mg").
const NOT_POSTCODE_LETTERS = new Set(["SA", "SD", "SS", "MG", "ML", "KG", "CM", "MM", "KM", "GB", "MB", "KB", "UUR"]);

const UNIT_POSTCODE_BEFORE = /(?:\d(?:[a-zA-Z]|[ \t]?bis|[ \t]?-[ \t]?[\dA-Za-z]{1,3})?,[ \t]*|(?:^|\n)[ \t]*)$/;
// "3526 KM Utrecht." with a known place closing the line or clause: a postcode, not a distance (also a place joined by
// lower-case words: "6571 CM Berg en Dal", "6566 CM Millingen aan de Rijn").
const UNIT_POSTCODE_PLACE_AFTER = /^[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t](?:(?:en|aan|op|bij|in|de|den|der)[ \t])*\p{Lu}[\p{L}'’-]+)?)(?=[ \t]*(?:[,.;)\n]|$))/u;

/** Words (and a Belgian IBAN) that place a text in Belgium. */
const BELGIAN_CONTEXT = /(?<![\p{L}])(?:België|Belgie|Belgium|Belgique|Belgische?|Vlaanderen|Wallonië)(?![\p{L}])|(?<![\p{L}\p{N}])BE\d\d[ ]?\d{4}/u;
const FOREIGN_COUNTRY_AFTER = /^(?:[ \t]*\([ \t]*(?:België|Belgie|Belgique|Belgium|BE|B)[ \t]*\)|,[ \t]*(?:België|Belgie|Belgique|Belgium)(?![\p{L}])|[ \t]*\n[ \t]*(?:België|Belgie|Belgique|Belgium|BELGIË|BELGIE)[ \t]*(?:\n|$))/u;
// A phone word on the line before a number (up to 45 characters back) keeps it a phone number.
const PHONE_WORD_RE = /(?<![\p{L}])(?:tel|telefoon|telefoonnummer|telnr|mobiel|mob|gsm|bel|bellen|gebeld|whatsapp|app|sms|phone|contact)/iu;
const phoneWordBefore = (text: string, at: number) => PHONE_WORD_RE.test(text.slice(Math.max(text.lastIndexOf("\n", at - 1) + 1, at - 45), at));
// An id keyword (a compound on -nummer/-nr) right before a number, only a colon between: "Huurcontractnummer: ", "Klantnr.: ".
const ID_KEYWORD_RIGHT_BEFORE = /(?<![\p{L}])\p{L}*(?:contract|klant|dossier|zaak|relatie|factuur|polis|debiteur|lid|order|inschrijf|registratie|cliënt|client)(?:nummer|nr\.?)[ \t]*:?[ \t]*$/iu;
// A German street named by a preposition (and its article) at the start of its line: "Am Hafen", "An der Kirche", "Im Winkel".
const GERMAN_STREET_HEAD = /(?:^|\n)[ \t]*(?:>[ \t]*)*((?:Am|Im|Zum|Zur|An[ \t]+der|An[ \t]+den|Auf[ \t]+der|Auf[ \t]+dem|In[ \t]+der|In[ \t]+den|Unter[ \t]+den)[ \t]+)$/u;
// (also after an apartment number: "vul. Sumska 72, apt. 15, 61022 Kharkiv")
const FOREIGN_POSTCODE_RE = /(?:(Postfach[ \t]+\d{1,3}(?:[ \t]\d{2}){1,3}|Postfach[ \t]+\d{3,8})[ \t]*(?:,[ \t]*|\n[ \t]*)|(?<![\p{L}])(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Ll}{2,})?[ \t]+(?:\d{1,4}[a-z]?|[A-Z]\d{1,3})(?:-\d{1,4})?)(?:\/\d{1,3}|[ \t]+bus[ \t]+\d{1,4}|[ \t]+m\.[ \t]?\d{1,4}|,[ \t]*(?:apt|app|kv|flat)\.?[ \t]*\d{1,4})?([ \t]*[,·][ \t]*\n?[ \t]*|[ \t]*\n[ \t]*(?:>[ \t]*)*)|(?<![\p{L}\p{N}])D-|(?<=(?:^|[^\p{L}])(?:in|uit|naar|te|w)[ \t]+)(?=\d\d-\d{3}[ \t]|\d{4,5}[ \t]))(\d{5}|\d{4}|\d{2}-\d{3})(?=[ \t]+(\p{Lu}[\p{L}'’-]{2,}))/gu;

// "vul. Sumska 41, Charkiv 61000": a Ukrainian (or Polish) street, then the town and its five-digit postcode after it.
const POSTCODE_AFTER_TOWN_RE = /(?<=(?<![\p{L}])v?ul\.[ \t]*[^\n,;]{2,40},[ \t]*\p{Lu}[\p{L}'’-]+[ \t]+)\d{5}(?![\p{N}]|[.,]\d)/gu;
function pushPostcodes(text: string, out: Candidate[]) {
  for (const m of may(text.includes("ul.")) ? allMatches(POSTCODE_AFTER_TOWN_RE, text) : []) out.push({ s: m.index, e: m.index + 5, label: "postcode", prio: PRIO.postcode });
  // POSTCODE_RE needs four digits in a row.
  const run4 = may(hints(text).run >= 4);
  if (run4) for (const m of allMatches(POSTCODE_RE, text)) {
    const letters = (m[3] ?? m[4]).toUpperCase();
    // A unit pair is a postcode only in an address: after "Street 9, " or at a line start, before a capitalised
    // place ("Skûtsjepaad 9, 8601 KM Sneek"); never "1250 mg" or "1200 KM rijden".
    const placeAfter = UNIT_POSTCODE_PLACE_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const knownPlaceAfter = !!placeAfter && lexicons().places.phrases.has(phraseKey(placeAfter[1])) && !/\d[ \t]*(?:km|kilometer)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    // (Also in a table cell of its own right after a street-and-number cell: "| Pelikaanweg 12 | 1503 GB |", also in an
    // export split by semicolons or tabs: "Breedstraat 77;1601 KB;Enkhuizen", "Lange Tiendeweg 61-B;2801 KG;Gouda".)
    const addressCell = () => {
      const cell = /\p{L}{3,}[ \t]+\d{1,4}[a-zA-Z]?(?:-[\dA-Za-z]{1,3})?[ ]*([|;\t])[ ]*$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
      return !!cell && text.slice(m.index + m[0].length, m.index + m[0].length + 4).replace(/^ */, "").startsWith(cell[1]);
    };
    // "Parkweg 228 zw\n3119cm  SCHIEDAM": a lower-case unit pair opening the line under a street and number, before a known
    // place closing its line, is an address block's postcode.
    const addressBlock = () => !!m[4] && /\p{L}{3,}[ \t]+\d{1,4}(?:[ \t]?(?:[a-zA-Z]{1,3}|bis|-[\dA-Za-z]{1,3}))?[ \t]*\n[ \t]*$/u.test(text.slice(Math.max(0, m.index - 50), m.index)) &&
      ((pl) => !!pl && lexicons().places.phrases.has(phraseKey(pl[1])))(/^[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?)[ \t]*(?:\n|$)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)));
    // "nu Anklaarseweg 73, 7316 MB" (chat, no place after): a capital unit pair right after a street name with a street
    // suffix + house number + comma on the same line, closing its clause, is the postcode of that address.
    const streetLine = () => !!m[3] && m[2] === " " && /\p{Lu}\p{Ll}{2,}(?:straat|laan|weg|kade|plein|gracht|singel|dijk|dreef|steeg|pad|hof|ring|markt)[ \t]+\d{1,4}[a-zA-Z]?,[ \t]*$/u.test(text.slice(Math.max(0, m.index - 50), m.index)) &&
      /^[ \t]*(?:[.;)\n]|,[ \t]*(?!\d)|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    // "wonend aan de Triangel 52 in Culemborg (4102 ML)": a capital unit pair alone in brackets right after a known place.
    const placeBracket = () => !!m[3] && /^[ \t]*\)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
      ((pl) => !!pl && lexicons().places.phrases.has(phraseKey(pl[1])))(/(\p{Lu}[\p{L}'’-]+)[ \t]*\([ \t]*$/u.exec(text.slice(Math.max(0, m.index - 40), m.index)));
    // "Wolphaertsbocht 210-B, 3083mb Rotterdam": a lower-case unit pair right after a street, number and comma, before a
    // known place.
    const lowerAfterStreet = () => !!m[4] && knownPlaceAfter && /\p{L}{3,}[ \t]+\d{1,4}(?:[ \t]?[a-zA-Z]{1,3}|-[\dA-Za-z]{1,3})?,[ \t]*$/u.test(text.slice(Math.max(0, m.index - 50), m.index));
    // "Postcode: 6715 GB": a form field names it.
    const postcodeField = () => /(?:^|\n)[ \t]*postcode(?:[ \t]+en[ \t]+(?:woon)?plaats)?[ \t]*:[ \t]*$/i.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (NOT_POSTCODE_LETTERS.has(letters) && !postcodeField() && !addressCell() && !addressBlock() && !streetLine() && !placeBracket() && !lowerAfterStreet() && !(m[3] && !/^S[ADS]$/.test(letters) && (UNIT_POSTCODE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || knownPlaceAfter) && /^[ \t]+\p{Lu}\p{Ll}{2,}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)))) continue;
    // "heeft sinds 2019 MS en …": a year after a time word, with no place after it, is a year + an abbreviation.
    if (/^(?:19|20)\d\d/.test(m[0]) && /(?:^|[^\p{L}])(?:sinds|vanaf|sedert|in|tot|na|rond|begin|eind|medio)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 10), m.index)) && !/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    out.push({ s: m.index, e: m.index + m[0].length, label: "postcode", prio: PRIO.postcode });
  }
  // A table or export column headed "postcode" holds postcodes, also with a unit's letters or a foreign code
  // ("klantnr;naam;geb.datum;postcode;wijk" … ";3132 KM;Westwijk;", ";48599;Gronau;").
  if (may(/postcode/i.test(text)))
    scanTables(text, /postcode/i, (h) => (/^postcode$/i.test(h) ? "pc" : null), (_, at, cell) => {
      if (/^(?:[1-9]\d{3}[ ]?[A-Za-z]{2}|\d{4,5}|\d\d-\d{3})$/.test(cell)) out.push({ s: at, e: at + cell.length, label: "postcode", prio: PRIO.postcode });
    });
  // A foreign postcode in an address, before a capitalised place: five digits (German, French …) after a street and
  // number (or a Postfach) and a comma, after "D-", or opening the line under a street line ("Hauptstraße 14\n26789
  // Leer"); four digits (Belgian …), the Polish "62-800" and a postcode under a street line only before a known place
  // ("Stalenstraat 61, 3600 Genk"); a Polish one also after "in" ("woont nog in 62-800 Kalisz"), and a five-digit one after "in" before a known town ("in 49074 Osnabrück"). A letterhead may separate them with a middle dot ("Hindenburgstraße 112 · 41061
// Mönchengladbach").
  // "62-800 Kalisz\nPolska", "62-800 Kalisz, Polska": the country under (or closing) a Polish postcode's line is the country
  // abroad ("Polska" inside a firm's name, "Flexwerk Polska", stays the firm's, so the word is no place of the lexicons).
  // (The postcode may stand inside the line: "Mój adres: ul. Złota 7, 62-800 Kalisz, Polska".)
  if (may(text.includes("Polska")))
    for (const m of allMatches(POLISH_COUNTRY_LINE_RE, text)) out.push({ s: m.index, e: m.index + m[0].length, label: "plaats", prio: PRIO.placeLexicon });
  // The Postfach is the address (its digits are no date "10 04 60").
  if (run4 || may(/\d\d-\d{3}/.test(text)))
    for (const m of allMatches(FOREIGN_POSTCODE_RE, text)) {
      const [, postfach, street, sep, code, place] = m;
      // (The Polish code after a Polish street needs no known place: "ul. Polna 14, 97-300 Piotrków Trybunalski".)
      // (also on the line under it: "ul. Słoneczna 8\n97-300 Piotrków Trybunalski")
      const polish = /^\d\d-\d{3}$/.test(code) && /(?:^|[^\p{L}])ul\.[ \t]+[^\n,]*,?[ \t]*\n?[ \t]*$/u.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length - code.length));
      // A four-digit code before a town no lexicon knows, with its country after the town: "Kloosterstraat 31, 3960 Bree
      // (België)", "Kapelstraat 112\n2660 Hoboken\nBelgië".
      const townEnd = m.index + m[0].length + text.slice(m.index + m[0].length).indexOf(place) + place.length;
      // (or with the country named before the address on its line: "die in België woont (Kioskplaats 14, 2660 Hoboken)")
      const countryAfter = !!street && code.length === 4 && (FOREIGN_COUNTRY_AFTER.test(text.slice(townEnd, townEnd + 16)) ||
        /(?<![\p{L}])(?:België|Belgie|Belgium)(?![\p{L}])/u.test(text.slice(Math.max(text.lastIndexOf("\n", m.index) + 1, m.index - 80), m.index)));
      // (or after "Street 9, " with the town closing its clause, in a text that speaks of Belgium near it: "Vorig adres:
      // Kerkstraat 9, 3790 Voeren. Ze heeft nog een Belgische rekening")
      const belgianNear = !!street && code.length === 4 && /,/.test(sep ?? "") && !sep!.includes("\n") && /^[ \t]*(?:[,.;)\n]|$)/.test(text.slice(townEnd, townEnd + 2)) &&
        BELGIAN_CONTEXT.test(text.slice(Math.max(0, m.index - 300), townEnd + 300)) && !lexicons().common.has(place.toLowerCase());
      // (a comma before the line break keeps the street's line open: "in Antwerpen, Turnhoutsebaan 214,\n2140 Borgerhout")
      const underStreet = !!sep?.includes("\n") && !/[,·]/.test(sep);
      // (under a German street line a five-digit code needs no known town: "Hauptstraße 14\n47929 Grefrath")
      // (or a German street named by a preposition and its article on the line above: "Am Hafen 7\n26736 Krummhörn")
      const germanHead = street ? GERMAN_STREET_HEAD.exec(text.slice(Math.max(0, m.index - 20), m.index)) : null;
      const germanStreet = !!street && code.length === 5 && (/(?:straße|strasse|gasse|platz|allee|damm|ufer)[ \t]+\d/iu.test(street) || !!germanHead);
      const knownPlace = lexicons().places.phrases.has(phraseKey(place));
      if ((code.length !== 5 || (underStreet && !germanStreet)) && !polish && !countryAfter && !belgianNear && !knownPlace) continue;
      // (a five-digit code after "in/uit/naar/te" only before a town of the lexicons: "van zijn schoonzus in 49074 Osnabrück")
      if (!postfach && !street && code.length === 5 && !m[0].startsWith("D-") && !knownPlace) continue;
      // (a four-digit one there before a known town in a text that speaks of Belgium, no year: "chauffeur bij Van Hoof BV in
      // 2910 Essen … op een Belgische rekening")
      if (!postfach && !street && code.length === 4 && !m[0].startsWith("D-") && !(knownPlace && !/^(?:19|20)\d\d$/.test(code) && BELGIAN_CONTEXT.test(text.slice(Math.max(0, m.index - 300), m.index + 300)))) continue;
      // Under a street line: the street fills its line (after a field label: "Nieuw adres: Kavarinerstraße 48") and the
      // place closes the postcode's line, or its country does ("47608 Geldern, Deutschland").
      const placeEnd = text.indexOf(place, m.index + m[0].length) + place.length;
      // (also in a quoted mail: "> Am Hafen 7\n> 49733 Haren (Ems)")
      if (underStreet && !(/(?:^|\n)(?:>[ \t]*)*(?:p\/a[ \t]+)?[\p{L} .'’:-]*$/u.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
        // (a German town may carry its river or region: "46446 Emmerich am Rhein")
        (/^(?:[ \t]+(?:am|an[ \t]+der|im|bei)[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]*(?:\(|\n|$)/u.test(text.slice(placeEnd, placeEnd + 30)) || (polish && /^[ \t]+\p{Lu}[\p{L}'’-]+[ \t]*(?:\n|$)/u.test(text.slice(placeEnd, placeEnd + 30))) || /^,[ \t]*(?:Deutschland|Duitsland|Germany|België|Belgique|Belgium|Polen|Polska|Poland|Frankrijk|France)[ \t]*(?:\n|$)/.test(text.slice(placeEnd, placeEnd + 16))))) continue;
      if (postfach) out.push({ s: m.index, e: m.index + postfach.length, label: "adres", prio: PRIO.datum + 1 });
      // (the street before a five-digit code and a comma is the address, also without a street word: "Hauptkanal links 42,
      // 26871 Papenburg")
      // (also a German street line above the code: "Werner-Otto-Straße 1-7\n22179 Hamburg")
      // (and a street line above a five-digit code before a town of the lexicons: "> Am Hafen 7\n> 49733 Haren (Ems)")
      if (street && code.length === 5 && (/[,·]/.test(sep ?? "") || germanStreet || (underStreet && knownPlace))) out.push({ s: m.index - (germanHead ? germanHead[1].length : 0), e: m.index + street.length, label: "adres", prio: PRIO.adres });
      // (and so is a street without "ul." before a Polish code and a comma: "wrócę do mamy: Górnośląska 12, 62-800 Kalisz")
      else if (street && !polish && code.length === 6 && /,/.test(sep ?? "") && !sep!.includes("\n") && knownPlace) out.push({ s: m.index, e: m.index + street.length, label: "adres", prio: PRIO.adres });
      // (so is the street before it, also with an adjective before its name: "Hoge Mauw 120, 2490 Balen")
      if (belgianNear) {
        const head = /(?:^|[^\p{L}])((?:Hoge|Lage|Oude|Nieuwe|Grote|Kleine|Korte|Lange|Sint|Onze) )$/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
        out.push({ s: m.index - (head ? head[1].length : 0), e: m.index + street!.length, label: "adres", prio: PRIO.adres });
      }
      const s = m.index + m[0].length - code.length;
      out.push({ s, e: s + code.length, label: "postcode", prio: PRIO.postcode });
      // The town after it is a place, also one no lexicon knows ("26789 Leer", "97-300 Piotrków Trybunalski").
      const town = /^[ \t]+(\p{Lu}[\p{L}'’-]{2,}(?:[ \t]+\p{Lu}[\p{L}'’-]{2,})?)(?=[ \t]*(?:[,.;()\n]|$))/u.exec(text.slice(s + code.length, s + code.length + 60));
      // (a town of the lexicons also before a word: "in 2910 Essen en krijgt …")
      const known = town ? null : /^[ \t]+(\p{Lu}[\p{L}'’-]{2,})(?![\p{L}'’-])/u.exec(text.slice(s + code.length, s + code.length + 40));
      const townAt = town ?? (known && lexicons().places.phrases.has(phraseKey(known[1])) ? known : null);
      if (townAt) out.push({ s: s + code.length + townAt[0].length - townAt[1].length, e: s + code.length + townAt[0].length, label: "plaats", prio: PRIO.placeContext });
    }
}

// An announced time within a season, one list for every age pattern that takes it: "wordt in de zomer 24".
export const IN_SEASON = String.raw`in[ \t]+de[ \t]+(?:zomer|winter|herfst|lente)`;
/** Dutch month names and their abbreviations, written once for every pattern (and detect.ts) that needs them. */
export const MONTH_NAMES_NL = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
export const MONTH_ABBREVIATIONS_NL = "jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec";
// Brabant and Limburg spellings of March in dictated notes ("vur 18 meert", "van tien mèrt").
const DIALECT_MARCH = "meert|mèrt|mèèrt";
const MONTHS =
  `${MONTH_NAMES_NL}|${MONTH_ABBREVIATIONS_NL}|` +
  // German month names in forwarded German mail ("27. Mai 2024", "3. März", "Dezember 2023").
  // (Also "August": "am 3. August 2024" was read as an address.)
  "januar|februar|märz|maerz|mai|august|dezember|dez|" +
  // Common misspellings and dialect spellings of January and February in chat and dictated notes ("3 feberwarie",
  // "12 febuari", "de 21e jannewarie"); each starts like its month, so MONTH_NUM reads it.
  "febuari|februarie|feberwarie|feberwari|febrewarie|febrewari|januarie|jannuari|jannewarie|jannewari|jannewaary|" +
  DIALECT_MARCH;
const MONTH_NUM: Record<string, number> = {
  jan: 1, feb: 2, mrt: 3, maa: 3, mee: 3, mèr: 3, mèè: 3, apr: 4, mei: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, nov: 11, dec: 12, mär: 3, mae: 3, mai: 5, dez: 12,
};
const monthNumber = (name: string) => MONTH_NUM[name.toLowerCase().slice(0, 3)] ?? 0;
const Y4 = String.raw`(?:19|20)\d{2}`;
const Y2 = String.raw`['\x60]?\d{2}`;
// Frisian and Polish month names after a day number ("Snits, 12 septimber 2024", "op 4 septimber",
// "wizyta w konsulacie 5 listopada"): Polish in the genitive a date uses and in lower case only ("5 Maja" is a name),
// Frisian also capitalised; German and English months have their own rules.
const TURKISH_MONTHS = ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"];
const TURKISH_MONTH_YEAR_RE = new RegExp(String.raw`(?<![\p{L}])(?:${TURKISH_MONTHS.map((k) => k[0].toUpperCase() + k.slice(1)).join("|")})[ \t]+(?:19|20)\d{2}(?![\p{N}])`, "gu");
const FRISIAN_MONTHS = ["jannewaris", "febrewaris", "maaie", "juny", "july", "septimber", "novimber", "desimber"];
// Papiamento, after "di": "djaweps 17 di yüli", "riba 3 di novèmber"
const PAPIAMENTO_MONTHS: Record<string, number> = {
  yanüari: 1, febrüari: 2, aprel: 4, yüni: 6, yüli: 7, ougùstùs: 8, ougustus: 8, sèptèmber: 9, sèptember: 9, òktober: 10, öktober: 10, novèmber: 11, desèmber: 12,
};
const FOREIGN_MONTH_NUM: Record<string, number> = {
  jannewaris: 1, febrewaris: 2, maaie: 5, juny: 6, july: 7, septimber: 9, novimber: 11, desimber: 12,
  stycznia: 1, lutego: 2, marca: 3, kwietnia: 4, maja: 5, czerwca: 6, lipca: 7, sierpnia: 8, września: 9, wrzesnia: 9,
  października: 10, pazdziernika: 10, listopada: 11, grudnia: 12,
  // Ukrainian in Latin letters, in the genitive a date uses: "Chy mozhna perenesty na chetver, 10 kvitnia?"
  // Turkish, matched capitalised as Turkish writes them (TURKISH_MONTHS): "17 Mart'ta gelen mektup"
  ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9, ekim: 10, kasım: 11, aralık: 12,
  sichnia: 1, liutoho: 2, bereznia: 3, kvitnia: 4, travnia: 5, chervnia: 6, lypnia: 7, serpnia: 8, veresnia: 9, zhovtnia: 10, lystopada: 11, hrudnia: 12,
  // French, in a letter from a Belgian CPAS or a French employer: "né le 8 juillet 1990", "le 28 février 2025"
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  ...PAPIAMENTO_MONTHS,
};
const FOREIGN_MONTH_HINTS = ["jannewaris", "febrewaris", "maaie", "juny", "july", "septimber", "novimber", "desimber", "stycz", "lutego", "marca", "kwietn", "maja", "czerw", "lipca", "sierpn", "wrze", "dziernik", "listopad", "grudn",
  "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
  "sichnia", "liutoho", "bereznia", "kvitnia", "travnia", "chervnia", "lypnia", "serpnia", "veresnia", "zhovtnia", "lystopada", "hrudnia",
  "janvier", "février", "fevrier", "mars", "avril", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre",
  ...Object.keys(PAPIAMENTO_MONTHS)];
const FOREIGN_D_MONTH_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/-])(\d{1,2})\.?[ \t]+(?:di[ \t]+)?(${[...Object.keys(FOREIGN_MONTH_NUM).filter((k) => !TURKISH_MONTHS.includes(k)), ...[...FRISIAN_MONTHS, ...TURKISH_MONTHS].map((k) => k[0].toUpperCase() + k.slice(1))].join("|")})(?:[ \t]+(${Y4})(?![\p{N}])(?:[ \t]+r\.)?)?(?![\p{L}-])`,
  "gu",
);
// "z Polski", "w Gdańsku", "w Kaliszu", "z Krakowa", "w Warszawie": after a Polish preposition of place a capitalised word
// that is a known place once its case ending is undone (genitive or locative) is that place.
// ("do" and "na" only in a text with Polish letters: "do 12/3" is a Dutch Thursday)
// (also capitalised at a sentence start: "W Toruniu ma rodzinę")
const POLISH_PLACE_CASE_RE = /(?<![\p{L}])(w|we|z|W|We|Z|od|koło|do|na)[ \t]+(\p{Lu}\p{Ll}{3,})(?![\p{L}])/gu;
// (also the Polish names of Dutch towns, "w Lejdzie" (Lejda, Leiden), "w Hadze" (Haga, Den Haag): d and g soften before -ie/-e)
const POLISH_EXONYMS = new Set(["Lejda", "Haga"]);
const POLISH_CASE_ENDINGS: [RegExp, string][] = [[/dzie$/u, "da"], [/dze$/u, "ga"], [/owie$/u, "ów"], [/niu$/u, "ń"], [/nia$/u, "ń"], [/iu$/u, ""], [/u$/u, ""], [/u$/u, "e"], [/ia$/u, ""], [/a$/u, ""], [/ie$/u, "a"], [/ie$/u, ""], [/y$/u, "a"], [/y$/u, ""], [/i$/u, "a"], [/ce$/u, "ka"]];
// A school or hospital named before "w" keeps its town inside its name ("Technikum Mechaniczne w Opolu").
const POLISH_NAMED_BODY_BEFORE = /(?:^|[^\p{L}])(?:Technikum|Liceum|Szkoła|Zespół|Uniwersytet|Politechnika|Akademia|Gimnazjum|Przedszkole|Szpital)(?:[ \t]+\p{Lu}[\p{L}.-]*)*[ \t]+$/u;
function polishPlaceBase(word: string, isPlace: (w: string) => boolean): string | undefined {
  for (const [end, base] of POLISH_CASE_ENDINGS) if (end.test(word)) { const w = word.replace(end, base); if (isPlace(w)) return w; }
  return undefined;
}
const POLISH_COUNTRY_LINE_RE = /(?<=(?:(?:^|\n)[ \t]*|[ \t,:](?<!\d[ \t]))\d\d-\d{3}[ \t]+(?:[^\n]+\n[ \t]*|[^\n,]+,[ \t]*))Polska(?=[ \t]*(?:\n|$))/gu;
// "stracił pracę w lipcu 2025", "od marca 2024", "poród jest planowany na czerwiec 2025": a Polish month (locative,
// genitive or nominative, lower case only) + a year.
// ("od maja 2025": the genitive of May is the first name Maja only with a capital)
const POLISH_MONTH_YEAR = ["styczeń", "styczen", "luty", "marzec", "kwiecień", "kwiecien", "maj", "czerwiec", "lipiec", "sierpień", "sierpien", "wrzesień", "wrzesien", "październik", "pazdziernik", "listopad", "grudzień", "grudzien", "styczniu", "lutym", "marcu", "kwietniu", "maju", "maja", "czerwcu", "lipcu", "sierpniu", "wrześniu", "wrzesniu", "październiku", "pazdzierniku", "listopadzie", "grudniu", "stycznia", "lutego", "marca", "kwietnia", "czerwca", "lipca", "sierpnia", "września", "wrzesnia", "października", "pazdziernika", "listopada", "grudnia"];
// (also a Frisian month + a year: "ik wenje sûnt desimber 2024 yn Harns")
const POLISH_MONTH_YEAR_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[...POLISH_MONTH_YEAR, ...FRISIAN_MONTHS].join("|")})[ \t]+${Y4}(?![\p{N}])`, "gu");
const DMY_RE = new RegExp(String.raw`(?<![\p{L}\p{N}'\x60.,/-])(\d{1,2})([-/. ])(\d{1,2})\2(${Y4}|${Y2})(?![\p{N}]|[-/.]\d)`, "gu");
const YMD_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/-])(${Y4}|['\x60]\d{2})([-/. ])(\d{1,2})\2(\d{1,2})(?![\p{N}]|[-/.]\d)`, "gu");
const D_MONTH_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:e|ste|de)?(?:[ \t]*[-.][ \t]*|[ \t]+)(${MONTHS})(?:(?:\s*[-.]\s*|\s+|\.\s*)(${Y4}|['\x60]\d{2})(?![\p{N}])|\.)?(?![\p{L}])`,
  "giu",
);
const Y_MONTH_D_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${Y4}|['\x60]\d{2})(?:\s*[-.]\s*|\s+)(${MONTHS})\.?(?:\s*[-.]\s*|\s+)(\d{1,2})(?![\p{N}\p{L}])`,
  "giu",
);
// "2 - 11 - 1988": separators with spaces around them (only with a four-digit year).
const DMY_SPACED_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/-])(\d{1,2})[ \t]+([-/.])[ \t]+(\d{1,2})[ \t]+\2[ \t]+(${Y4})(?![\p{N}])`, "gu");
// Day and month without a year ("op 28/01", "ma 10/3", "vrij 14/3", "de brief van 27-3", "vrijdag 14-02"): only after a weekday
// or a word that announces a date; "24/7" and fractions elsewhere stay untouched.
// (Also after a payment word: "uitbetaald 29-08 op NL76…", "overgemaakt 3/9", "gestort 14-02"; and after a contact or a
// term: "Laatste contact 12-02,", "termijn was 28-02", "termijn verlopen 9-5"; and an export's time stamp: "(gegenereerd
// 18-11, 07:02)"; and after a letter or message that "is" sent: "brief is 28/2 verstuurd".)
const WEEKDAYS = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo";
const DM_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${WEEKDAYS}|vrij)\.?|op|van|per|vanaf|sinds|tot|uiterlijk|vóór|t\/m|tot en met|d\.d\.|dd|o\.a\.|\p{L}{0,20}datum:?|brief van|(?:brief|brieven|aanvraag|formulier|mail|e-mail|bericht|beschikking|besluit)[ \t]+(?:is|was|werd|wordt)(?=[ \t]+\d{1,2}[-/]\d{1,2}[ \t]+(?:ge|ver|be|ont|op|toe|in|door|aan|terug)\p{Ll}+[dt](?![\p{L}]))|gesprek van|gegenereerd|aangemaakt|geëxporteerd|intake|intakes|(?:vervolg|evaluatie|kennismakings|eind|tussen|slot|terugkom|voortgangs|drie)?gesprek(?:ken)?|terugkoppeling|melding|huisbezoek(?:en)?|hb|(?:vervolg|terugkom|eerste|nieuwe)?afspraak|afspr\.?|afspraak gemaakt|hoorgesprek|zitting(?:en)?|mdo|intervisie|casusoverleg|telefonisch|gebeld|belde|belt|gemaild|mailde|mailt|vertrek|vertrekt|vertrokken|terug|retour|teruggekomen|aangekomen|ingediend|ontvangen|(?:uit)?betaald|overgemaakt|gestort|bijgeschreven|afgeschreven|verstuurd|verzonden|gesproken|(?:laatste|vorige|volgende|eerste)[ \t]+keer|(?:laatste[ \t]+)?contact|termijn(?:[ \t]+(?:was|is|verloopt|verliep|verlopen))?|verlopen|deadline|deadline|voor|notitie|af|verloopt|eindigt|ingaande|ingang|start|begint|startte|begon|(?:volgend|volgende)[ \t]+(?:contact|overleg|gesprek|afspraak|evaluatie|bespreking|huisbezoek|mdo)|actie|acties|actiepunt|evaluatie|\p{L}*(?:koppelen|bellen|mailen|sturen|leveren|ronden|checken|navragen|opvragen|evalueren|bespreken)|(?:terug|\p{L}*bellen|bel|belt|reageren|reageert|contact)[ \t]+na|(?:of|en|pas|niet|liefst|ook|graag)[ \t]+na|na|(?:verplaatst|verschoven|verzet|uitgesteld|doorgeschoven)[ \t]+(?:naar|tot)|stand|(?:veld|werk|bedrijfs)?bezoek|(?:aangevraagd|gepland|ingepland|afgesproken|gestart|opgezegd|aangemeld|afgemeld|getekend|ondertekend|doorverwezen|aangeschreven|afgewezen|toegekend|goedgekeurd|verlengd|stopgezet|beëindigd))(?::|[ \t]*,|[ \t]*\()?[ \t]*(?<=[ \t(])(?:(?:${WEEKDAYS})\.?[ \t]+)?(\d{1,2})([-/])(\d{1,2})(?![\p{N}\p{L}]|[-/.,]\d|\s*-?\s*jar)`,
  "giu",
);
// "huisbezoek Stramproy 4/12", "gesprek Werkplein 18/3": a contact noun, the capitalised place or venue where it was, then
// a day-month.
const DM_AFTER_VISIT_PLACE_RE = /(?<![\p{L}])(?:[Hh]uisbezoek(?:en)?|[Bb]ezoek|[Gg]esprek|[Aa]fspraak|[Ii]ntake|[Oo]verleg|[Hh]b)[ \t]+\p{Lu}[\p{L}'’-]+[ \t]+(\d{1,2})([-/])(\d{1,2})(?![\p{N}\p{L}]|[-/.,]\d|[ \t]*(?:dagen|dag|weken|week|maanden|uur|keer)(?![\p{L}]))/gu;
// After a day-month: a count or a duration, not a date ("een periode van 2-3 weken", "van 3/4 dagen").
const DM_NOT_DATE_AFTER = /^[ \t]*(?:dagen|dag|weken|week|maanden|maand|jaar|jaren|uur|uren|keer|kinderen|personen|mensen|euro|procent|%|days?|weeks?|months?|years?|hours?|times|people|persons)(?![\p{L}])/iu;
const DM_RANGE_START_RE = /(?<![\p{L}\p{N}\/.,:-])(\d{1,2})[-/](\d{1,2})(?=[ \t]*(?:t\/m|tot en met)[ \t]*\d{1,2}[-/]\d{1,2}(?![\p{N}]|[-/.]\d))/gu;
// The next day-month in a list after a date (sticky, from the end of that date).
const DM_NEXT_RE = /[ \t]*(?:,|en|of|t\/m|&)[ \t]*(\d{1,2})([-/])(\d{1,2})(?![\p{N}\p{L}]|[-/.,]\d)/uy;
// Opening hours, not a date: two weekdays joined ("dinsdag en donderdag 9-12", "ma t/m vr 9-17"), or an opening-hours
// word earlier on the line ("het spreekuur is op woensdag 9-12", "open van 9-12"), every week ("elke vrijdag 9-12");
// one date has one weekday.
const OPENING_HOURS_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${WEEKDAYS})\.?[ \t]*(?:en|of|t\/m|tot(?:[ \t]+en[ \t]+met)?|[-–,&])[ \t]*(?:${WEEKDAYS})\.?[ \t]+(?:van[ \t]+)?|(?<![\p{L}])(?:elke|iedere)[ \t]+(?:${WEEKDAYS})\.?[ \t]+(?:van[ \t]+)?|(?<![\p{L}])(?:\p{L}*spreekuur|open(?![ \t]+(?:dag|dagen|huis|avond|middag|ochtend|les|lessen)(?![\p{L}]))|geopend|openingstijden|openingstijd|bereikbaar|inloop)(?![\p{L}])[^\n.!?]{0,40})$`,
  "iu",
);
// Every name or abbreviation in MONTHS starts with one of these (a cheap test before the large month patterns).
const MONTH_HINT = new RegExp(`jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec|mär|mae|mai|dez|${DIALECT_MARCH}`, "iu");
const MONTH_HINT_WORDS = /^\p{Ll}+(?:\|\p{Ll}+)*$/u.test(MONTH_HINT.source) ? MONTH_HINT.source.split("|") : undefined;
// Common Chinese family names in pinyin (detect.ts's chineseNames; here: "Xu Mei\t1975" is a name, not May 1975). Family
// names that are Dutch or English words ("Fan", "Ma", "He", "Du", "Tan", "Pan", "Han") are not in it.
export const CHINESE_FAMILY = "Li|Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Xu|Sun|Zhu|Guo|Lin|Gao|Liang|Zheng|Luo|Song|Xie|Tang|Cao|Deng|Feng|Peng|Zeng|Xiao|Tian|Dong|Yuan|Cai|Jiang|Cheng|Shen|Yao|Cui|Zhong|Qian|Qiu|Jin|Wong|Chan|Cheung|Leung|Lau|Wu|Hu|Ye|Shi|Fu";
const CHINESE_FAMILY_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${CHINESE_FAMILY})[ \t]+$`, "u");
const MONTH_YEAR_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${MONTHS})\.?\s+(${Y4}|['’]\d{2})(?![\p{N}])`, "giu");

// A bare year is no date, except a year of birth: "geboren in 1985", "geb. 1985", "geboortejaar: 1985" (also "ik ben hier
// geboren, in 1943").
// (Also a form table's row "| Geboortejaar | 1987 |".)
// (Also "geb.jaar: 1958" and a remark of one or two lower-case words before the colon: "geb.jaar gecontroleerd: 1958",
// "geboortejaar volgens paspoort: 1985".)
const BIRTH_YEAR_RE = /\b(?:geboren|geb\.|geb|geboortejaar|geboortedatum|geb\.?\s?datum|geb\.?\s?jaar)(?:[ \t]+\p{Ll}{3,}(?:[ \t]+\p{Ll}{2,})?[ \t]*(?=:))?[ \t]*(?:,?[ \t]*in|op|:|\|)?\s*((?:19|20)\d{2}|['\x60’]\d{2})(?![\p{N}\p{L}-])/giu;
// "Hij is van 1972", "ze is van '85", "een jongen van '88", "ik ben van '71": a person's year of birth (not "de auto is
// van 2012").
// "omdat hij in 1967 geboren is", "zij is in '85 geboren": the year before "geboren" is a year of birth too.
// "ze is geboren in negentien tachtig", "geboren in negentienhonderd vierentachtig", "geb. in tweeduizend twee": a year of
// birth written in words, as in dictated notes.
const YEAR_TENS_WORDS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig";
const YEAR_UNIT_WORDS = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen";
const YEAR_TEEN_WORDS = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien";
const BORN_YEAR_WORDS_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:geboren|geb\.?)[ \t]+in[ \t]+((?:negentien(?:honderd)?[ \t]?(?:(?:(?:${YEAR_UNIT_WORDS})(?:en|ën))?(?:${YEAR_TENS_WORDS})|${YEAR_TEEN_WORDS}|(?:en[ \t]?)?(?:${YEAR_UNIT_WORDS}))|tweeduizend(?:[ \t]?(?:en[ \t]?)?(?:${YEAR_TEEN_WORDS}|${YEAR_UNIT_WORDS}|twintig))?))(?![\p{L}])`,
  "giu",
);
const YEAR_THEN_BORN_RE = /(?<![\p{L}])in[ \t]+((?:19|20)\d{2}|['\x60’]\d{2})[ \t]+geboren(?![\p{L}])/giu;
const IS_OF_YEAR_RE = /\b(?:(?:hij|zij|ze|mevrouw|meneer|klant|cliënt|client|dhr\.?|mw\.?|mevr\.?|mnr\.?)\s+is|(?:ik|ikke)\s+(?:ben|bin)|jongen|meisje|man|vrouw|knul|meid|jongeman|dame|heer|kerel|vent)\s+van\s+((?:19|20)\d{2}|['\x60’]\d{2})(?![\p{N}\p{L}-])(?!\s*(?:tot|t\/m|-))/giu;
// "Ze is geboren in Paramaribo en is van 1983": "geboren" and, in the same sentence, "en is van" + a year (the subject left
// out before the second verb).
const BORN_AND_IS_OF_YEAR_RE = /(?<![\p{L}])geboren(?![\p{L}])[^.!?\n]{0,60}?[ \t]en[ \t]+is[ \t]+van[ \t]+((?:19|20)\d{2}|['\x60’]\d{2})(?![\p{N}\p{L}-])(?![ \t]*(?:tot|t\/m|-))/giu;
// "Mevrouw Radha Mahabier is van 1981", "Dhr. El Amrani is van '72": a title, a name and "is van" + a year.
// "gaf aan dat hij van 1981 is": the year in a subclause with the verb last.
const SUBCLAUSE_IS_OF_YEAR_RE = /(?<![\p{L}])(?:dat|omdat|want|als|toen|nu)[ \t]+(?:hij|zij|ze|ik|u|jij|je)[ \t]+van[ \t]+((?:19|20)\d{2}|['\x60’]\d{2})(?=[ \t]+(?:is|ben|bent|was)(?![\p{L}]))/giu;
const TITLE_IS_OF_YEAR_RE = /(?<![\p{L}])(?:[Mm]evrouw|[Mm]eneer|[Mm]evr|[Mm]w|[Dd]hr|[Dd]e heer)\.?(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|van|de|der|den|el|al|ter|ten|in|'t)){1,5}[ \t]+is[ \t]+van[ \t]+((?:19|20)\d{2}|['\x60’]\d{2})(?![\p{N}\p{L}-])(?![ \t]*(?:tot|t\/m|-))/gu;
// A relation or a first name + "is van" + a year: "en haar man is van 1955 toch?", "Sven is van 2008 en valt
// dus onder de kwalificatieplicht" (the first name is checked against the lexicon; not "de auto is van 2012").
const RELATION_IS_OF_YEAR_RE = /(?<![\p{L}])(?:(?:(?:haar|zijn|z'n|zn|d'r|hun|de|mijn|m'n|mn)[ \t]+(?:man|vrouw|partner|echtgenoot|echtgenote|vriend|vriendin|zoon|dochter|moeder|vader|broer|zus|oudste|jongste))|(\p{Lu}\p{Ll}+))[ \t]+is[ \t]+van[ \t]+((?:19|20)\d{2}|['\x60’]\d{2})(?![\p{N}\p{L}-])(?![ \t]*(?:tot|t\/m|-))/giu;
const BARE_RELATION_WORD = /^(?:man|vrouw|partner|echtgenoot|echtgenote|vriend|vriendin|zoon|dochter|moeder|vader|broer|zus|oudste|jongste)$/iu;
// (Also the Low Saxon "ik bin van '49" of dictated Veluwe and Achterhoek speech.)
// English: "born in 1988", "born 1975", "Date of birth: 1988", "DOB: '79".
// "(geboren in Homs, in 1996)": the birthplace first, then the year closing the phrase (not "Geboren in Kumasi, in 1991 naar
// Nederland gekomen": that year is when someone came).
const BIRTHPLACE_YEAR_RE = /(?<![\p{L}])(?:geboren|geb\.?)[ \t]+(?:in|te)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?,[ \t]*in[ \t]+((?:19|20)\d{2})(?=[ \t]*(?:[).;]|,[ \t]*\p{Ll}|\n|$))/giu;
const EN_BIRTH_YEAR_RE = /\b(?:born|date of birth|year of birth|birth year|dob|d\.o\.b\.?)[ \t]*(?:in|on|:)?[ \t]*((?:19|20)\d{2}|['\x60’]\d{2})(?![\p{N}\p{L}-])/giu;
// "vrijdag de 13e", "op maandag de 3de": a weekday with a day of the month.
const WEEKDAY_ORDINAL_RE = new RegExp(String.raw`(?<![\p{L}])(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+de\s+([1-9]|[12]\d|3[01])(?:e|ste|de)(?![\p{L}\p{N}])`, "giu");
// "op drieëntwintig april", "per eerste maart", "dertien maart 2024": a day of the month written in words (a cardinal or an
// ordinal, 2–31; not "een", the article) before a full month name, as in spoken notes and dictated reports.
const WORD_DAYS = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig",
  "eenentwintig", "tweeentwintig", "drieentwintig", "vierentwintig", "vijfentwintig", "zesentwintig", "zevenentwintig", "achtentwintig", "negenentwintig", "dertig", "eenendertig"];
/** The day of a WORD_DAY ("drieëntwintig" → 23, "eerste" → 1, "twintigste" → 20); 0 when unknown. */
const IRREGULAR_ORDINALS: Record<string, number> = { eerste: 1, derde: 3, achtste: 8 };
const wordDay = (w: string): number => {
  const k = w.toLowerCase().replace(/ë/g, "e");
  return IRREGULAR_ORDINALS[k] ?? WORD_DAYS.indexOf(k.replace(/(?:ste|de)$/, "")) + 1;
};
const WORD_DAY = String.raw`(?:eerste|twee(?:de)?|drie|derde|vier(?:de)?|vijf(?:de)?|zes(?:de)?|zeven(?:de)?|achtste|acht|negen(?:de)?|tien(?:de)?|elf(?:de)?|twaalf(?:de)?|(?:der|veer|vijf|zes|zeven|acht|negen)tien(?:de)?|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]?n)?twintig(?:ste)?|(?:eenen)?dertig(?:ste)?)`;
const WORD_DAY_MONTH_RE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(${WORD_DAY})[ \t]+(${MONTH_NAMES_NL}|${DIALECT_MARCH})(?:[ \t]+${Y4}(?![\p{N}]))?(?![\p{L}\p{N}-])`, "giu");
// "5 en 6 maart", "1 t/m 5 mei": a range of days is one date span.
const DAY_RANGE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/-])([1-9]|[12]\d|3[01])(?:e|ste|de)?\s*(?:en|t\/m|tot en met|tot|-|–)\s*\d{1,2}(?:e|ste|de)?\s+(?:${MONTHS})\.?(?:\s+${Y4})?(?![\p{L}\p{N}])`, "giu");
// Timelines and headers: "10-03: klant belde", "Gesprek 14/3:", "Datum gesprek: 14/03".
// Also a note that opens with its day-month and a title + name: "12/3 dhr. Ruiz Monteiro belde: nieuw rekeningnr".
// Also an item of a numbered list opened by its day-month ("2. 5-2 – conciërge bij de school → geen reactie", "4) 17/2: proefdag").
// (also an ordinal before the head word and a comma before the contact word: "Tweede contactpoging: 7-2, telefonisch")
const DM_LINE_RE = /(?<=^|\n)[ \t]*(?:(?:[-*•–]|\d{1,2}[.)])[ \t]+)?(?:(?:(?:eerste|tweede|derde|vierde|laatste|volgende|vorige)[ \t]+)?(?:datum|(?:aan)?melding|signaal|gesprek|afspraak|contact|huisbezoek|telefonisch|telefoon|tel|mail|e-mail|bericht|brief|notitie|overleg|intake|intervisie|mdo|casusoverleg|evaluatie|verslag|vervolg|aanvulling|update|nabespreking|terugkoppeling|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?[ \t]*\p{L}*[ \t]*,?:?[ \t]*)?(\d{1,2})([-/])(\d{1,2})(?=[ \t]*(?::|[-–][ \t]|\t)| {2,}\p{L}|,?[ \t]+(?:tel|telefonisch|gesprek|huisbezoek|hb|mail|gemaild|gebeld|belt|belde|brief|afspraak|intake|overleg|contact|sms|whatsapp|app)(?![\p{L}])|[ \t]+(?:dhr|mw|mevr)\.?[ \t]+\p{Lu}|,[ \t]*(?:om[ \t]+)?\d{1,2}[.:]\d{2}(?![\p{N}]))/gimu;
/** "Interne notitie klantmanager Tim Groen, 19-02:" — a day-month after a comma that closes a note heading line with a colon. */
const DM_HEADING_END_RE = /(?<=(?<![\p{L}])(?:notitie|verslag|aantekening|memo|update|rapportage|overdracht)(?![\p{L}])[^\n]{0,60}\p{L},[ \t]*)(\d{1,2})([-/])(\d{1,2})(?=:[ \t]*\n)/giu;
// "Notitie wijkteam (YvdB), 23-07: mail gelezen": a day-month after a comma, closed by a colon and a lower-case note.
const DM_COMMA_HEAD_RE = /(?<=[,)][ \t]+)(\d{1,2})([-/])(\d{1,2})(?=:[ \t]+\p{Ll})/gu;
// A day-month in brackets closing a note heading before a colon: "Interne reactie Sevda (11-03): geen …"
// (a note word opens the heading; not "Score (3-4): …").
const DM_PAREN_HEAD_RE = /(?<=(?<![\p{L}])(?:reactie|notitie|opmerking|aanvulling|update|bericht|mail|gesprek|overleg|terugkoppeling)(?![\p{L}])[^\n():]{0,40}[ \t]\()(\d{1,2})([-/])(\d{1,2})(?=\):[ \t]+\p{L})/giu;
// "(Teams-bericht aan Jorien, 17-03)", "(mail van de werkgever, 4/2)": a message or note described in brackets, closed by a comma
// and its day-month (the lookbehind runs only where a day-month closes a bracket; not "(groep 3, 2/3)", "(score, 3-1)").
const DM_PAREN_MSG_RE = /(?<![\p{N}\/.,-])(\d{1,2})([-/])(\d{1,2})(?=\))(?<=\([^()\n]{0,60}(?<![\p{L}])(?:\p{L}*(?:bericht|berichtje|mail|mailtje|notitie|verslag|aantekening|memo)|app|appje|whatsapp|sms|teams|overdracht|brief)(?![\p{L}])[^()\n]{0,40},[ \t]*\d{1,2}[-/]\d{1,2})/giu;
// "in juli vorig jaar", "maart volgend jaar": a month with a year named relative to now is a month + year.
const MONTH_RELATIVE_YEAR_RE = new RegExp(String.raw`(?<![\p{L}])(?:${MONTH_NAMES_NL})[ \t]+(?:vorig|volgend|afgelopen)[ \t]+jaar(?![\p{L}])`, "giu");
// "- 17/01 en 18/01 opnieuw afwezig": a line (or list item) opening with two day-months in a row lists dates.
const DM_PAIR_LINE_RE = /(?<=^|\n)[ \t]*(?:[-*•–][ \t]+)?(\d{1,2})([-/])(\d{1,2})(?=[ \t]*(?:,|en|t\/m|&)[ \t]*\d{1,2}\2\d{1,2}(?![\p{N}\p{L}]|[-/.,]\d))/gmu;
// "06-05 verwijzing voedselbank verstuurd.": a log whose lines open with a day-month and a note; taken only when at
// least three lines of the text open that way (a timeline), written with two digits each ("06-05", not the section
// numbers "1-2 Doel"), and not before a count or a duration ("10-12 uur").
const DM_LOG_LINE_RE = /(?<=^|\n)[ \t]*(?:[-*•–][ \t]+)?(\d{2})([-/])(\d{2})(?=[ \t]+\p{L})/gu;
// An action list line closed by its deadline: "- Youssef: lijst winterwerkgevers – 22-10".
// (The list marker at the line start is checked in code: a long lookbehind would run at every position.)
// "sms aan klant 12/11 16:05", "gebeld 3-4 9:30": a day-month right before a clock time (not a time range "9-12 13:00-17:00").
// Also a time with a dot and "u/uur" ("tel. mw kerkhof 11/3 15.40u").
const DM_TIME_RE = /(?<![\p{L}\p{N}.,:\/-])(\d{1,2})([-/])(\d{1,2})(?=[ \t]+(?:om[ \t]+)?(?:\d{1,2}:\d{2}|\d{1,2}\.\d{2}[ \t]*u(?:ur)?(?![\p{L}]))(?![\p{N}]|[ \t]*[-–][ \t]*\d))/gu;
// "hb fam. osman in groenewoud (Tilburg), 19/2": a line that opens with a contact word and closes with
// ", day-month" (the heading of a visit or call note; not "groep 3, 2/3" on an ordinary line).
const DM_VISIT_HEAD_END_RE = /(?<=(?:^|\n)[ \t]*(?:[-*•–][ \t]+)?(?:hb|huisbezoek|bezoek|gesprek|telefoongesprek|tel\.?|telefonisch|belnotitie|telefoonnotitie|intake|afspraak|overleg|mdo|kennismaking)(?![\p{L}])[^\n]{1,80},[ \t]*)(\d{1,2})([-/])(\d{1,2})(?=[ \t]*(?:\n|$))/giu;
// "aantekeningen gesprek bram l. 27/1", "Verslag huisbezoek fam. Yilmaz 4-3": a line that opens with a note word
// (after at most one other word) and closes with a day-month, without a comma (or before a bracketed remark:
// "notities klantgesprek 25-2 (snel getypt)").
// The line head is checked by a lookbehind AFTER the day-month (it runs only where a day-month closes a line; placed
// first it ran backwards from every position of the text).
const DM_NOTE_HEAD_END_RE = /(?<![\p{N}])(\d{1,2})([-/])(\d{1,2})(?<=(?:^|\n)[ \t]*(?:[-*•–][ \t]+)?(?:\p{L}+[ \t]+)?\p{L}*(?:notitie|notities|gesprek|verslag|huisbezoek|afspraak|overleg|intake|aantekening|aantekeningen)(?![\p{L}])[^\n]{0,60}?[ \t]\d{1,2}[-/]\d{1,2})(?=[ \t]*(?:\n|$|\([ \t]*\p{L}))/giu;
// "Telefoonnotitie 18/2", "Huisbezoek 4-3" on a line of their own: a note heading closed by its day-month; also after
// one or two words and before a comma ("notitie tel. contact 18/10, mw. Ramdin").
const DM_HEADING_LINE_RE = /(?<=(?:^|\n)[ \t]*(?:[-*•–][ \t]+)?(?:\p{L}+\.?[ \t]+){0,2}\p{L}*(?:notitie|gesprek|verslag|contact|huisbezoek|afspraak|overleg|intake|belnotitie|telefoongesprek|aantekening)[ \t]*:?[ \t]+)(\d{1,2})([-/])(\d{1,2})(?=[ \t]*(?:\n|$)|,[ \t])/giu;
// "huisbzoek fam de jong te genemuiden, 3/12": the opening line of a note, naming where it took place ("te/in Place") and
// closed by ", day-month", is its heading (the line head is checked after the day-month; only the text's first line).
const DM_FIRST_LINE_PLACE_RE = /(?<![\p{N}\/.,-])(\d{1,2})([-/])(\d{1,2})(?<=^[^\n]{0,80}(?<![\p{L}])(?:te|in)[ \t]+\p{L}[\p{L}'’-]+,[ \t]*\d{1,2}[-/]\d{1,2})(?=[ \t]*(?:\n|$))/gu;
const DM_DEADLINE_RE = /(?<=[ \t][–-][ \t]{1,3})(\d{1,2})([-/])(\d{1,2})(?=[ \t]*(?:\n|$))/gu;

// Table column headers that announce a date: "wanneer", "datum", "deadline" ("| wie | wat | wanneer |").
// (also an appointment column, "| volgende afspraak |", "| afspraak |")
const DATE_HEADER_HINT = /(?<![\p{L}])(?:wanneer|datum|deadline|uiterlijk|gereed|streefdatum|actiedatum|afspraak)(?![\p{L}])/iu;
const DATE_HEADER_CELL = /^(?:wanneer|datum|deadline|uiterlijk|gereed|klaar[ \t]+op|streefdatum|actiedatum|wanneer[ \t]+klaar|(?:volgende[ \t]+|eerstvolgende[ \t]+|nieuwe[ \t]+)?afspraak)$/iu;

// "03/2021: aanvraag bijstand": a month and year opening a timeline line.
// "sinds 08-2023", "vanaf 3/2024": a month and year after a time preposition.
const MY_AFTER_RE = /(?<![\p{L}])(?:sinds|vanaf|per|tot|sedert|ingaande|medio|begin|eind)[ \t]+((?:0?[1-9]|1[0-2])[-/](?:19|20)\d{2})(?![\p{N}]|[-/.]\d)/giu;
const MY_LINE_RE = /(?<=^|\n)[ \t]*(?:[-*•–][ \t]+)?((?:0?[1-9]|1[0-2])[-/](?:19|20)\d{2})(?=[ \t]*(?::|[-–][ \t]))/gu;

// English dates in forwarded e-mails and expat correspondence, with the Dutch conventions: a day with a month ("8 May
// 2025", "31 May", "3rd of March", "8 Jun 2025", "May 8, 2025", "March 3rd"), a month with a year ("June 2024"), a
// weekday with an ordinal ("Friday the 13th"); a month name alone ("in May", "March on") is no date. English writes
// month names with a capital: "you may 2 times" stays untouched (the regexes are case-insensitive for ALL CAPS, the
// case is checked in code). The weekday in front is left out of the span, as in Dutch ("Monday, 10 June 2024").
const EN_MONTHS_FULL = "January|February|March|April|May|June|July|August|September|October|November|December";
const EN_MONTHS_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const EN_MONTH = String.raw`(?:(${EN_MONTHS_FULL})|(${EN_MONTHS_ABBR})\.?)`;
const EN_ORD = String.raw`(?:st|nd|rd|th)`;
const EN_MONTH_NUM: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const enMonthNumber = (name: string) => EN_MONTH_NUM[name.toLowerCase().slice(0, 3)] ?? 0;
// "8 May 2025", "31 May", "3rd of March", "08-Jun-2025", "1 to 15 July", "3-5 June 2024" (a range is one span).
const EN_D_MONTH_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/-])(?:(\d{1,2})${EN_ORD}?[ \t]*(?:-|–|and|to|till|until|&)[ \t]*)?(\d{1,2})(${EN_ORD})?(?:[ \t]+of[ \t]+|[ \t]*-[ \t]*|[ \t]+)${EN_MONTH}(?:(?:,?[ \t]+|[ \t]*-[ \t]*)(${Y4})(?![\p{N}]))?(?![\p{L}]|-\p{L})`,
  "giu",
);
// "May 8, 2025", "March 3rd", "June 3-5, 2024", "Sept 12 2024".
const EN_MONTH_D_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${EN_MONTH}[ \t]+(\d{1,2})(${EN_ORD})?(?:[ \t]*[-–][ \t]*(\d{1,2})${EN_ORD}?)?(?:,?[ \t]+(${Y4})(?![\p{N}]))?(?![\p{L}\p{N}]|[.,:]\d)`,
  "giu",
);
// "June 2024", "Oct. 2023", "March, 2025".
const EN_MONTH_YEAR_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])${EN_MONTH},?[ \t]+(${Y4})(?![\p{N}])`, "giu");
// "Friday the 13th", "Monday 3rd".
const EN_WEEKDAY_ORDINAL_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \t]+(?:the[ \t]+)?(\d{1,2})${EN_ORD}(?![\p{L}\p{N}])`,
  "giu",
);
// Words that announce an English date without a year before "May"/"March" + a day ("on May 8", "until March 3"; also
// a start or an end: "start 17 march", "ends may 31").
const EN_DATE_BEFORE = /(?:^|[^\p{L}])(?:on|by|until|till|before|after|from|since|of|due|starts?|starting|started|begins?|beginning|ends?|ending|stops?|date:?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)[ \t]*,?[ \t]*$/iu;
// After a bare month + number: a count, not a day ("June 10 people", "August 5 kinderen").
const EN_NOT_DAY_AFTER = /^[ \t]+(?:people|persons?|times|kids|children|years?|months?|weeks?|days?|hours?|minutes?|euros?|jaar|maanden|weken|dagen|uur|keer|kinderen|mensen|personen|euro)(?![\p{L}])/iu;
// English weekday (capitalised) or "on"/"until"/"before"/"since"/"by"/"from" with a day and month in digits: "Mon 10/3", "on 28/01",
// "lower from 17-3".
// (a written-out weekday also in lower case, as chats write it: "until friday 22/3")
const EN_DM_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|[Oo]n|[Uu]ntil|[Tt]ill|[Bb]efore|[Ss]ince|[Bb]y|[Ff]rom)\.?,?[ \t]+(\d{1,2})([-/])(\d{1,2})(?![\p{N}\p{L}]|[-/.,]\d|[ \t]*(?:of|days?|weeks?|months?|years?|hours?|times|people|persons|kids|euros?|dagen|weken|maanden|jaar|uur|keer)(?![\p{L}]))`,
  "gu",
);
const EN_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun";
const EN_OPENING_HOURS_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${EN_WEEKDAYS})\.?[ \t]*(?:and|or|to|through|till|until|[-–,&])[ \t]*(?:${EN_WEEKDAYS})\.?[ \t]+|(?<![\p{L}])(?:every|each)[ \t]+(?:${EN_WEEKDAYS})\.?[ \t]+|(?<![\p{L}])(?:open|opened|opening|hours|office|available|reachable)(?![\p{L}])[^\n.!?]{0,40})$`,
  "iu",
);
const EN_MONTH_HINT_WORDS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// English month names are capitalised; ALL CAPS passes too ("8 MAY 2025").
const enCased = (w: string) => /^\p{Lu}/u.test(w);

const validDay = (d: number) => d >= 1 && d <= 31;
const validMonth = (m: number) => m >= 1 && m <= 12;


const DM_SLASH_RANGE_RE = /(\(?)(?<![\d\/])(\d{1,2})\/(\d{1,2})[ \t]*(?:-|–|t\/m|tot)[ \t]*(\d{1,2})\/(\d{1,2})(?![\d\/])/gu;
function pushDates(text: string, out: Candidate[]) {
  const add = (s: number, e: number) => out.push({ s, e, label: "datum", prio: PRIO.datum });
  // DMY_RE, YMD_RE, DM_RE and DM_LINE_RE all have a digit, a separator from [-/. ] and a digit in a row (dateSep);
  // DMY_SPACED_RE a digit, blanks, then its separator (spacedSep).
  const { low, dateSep: sep, spacedSep } = hints(text);
  const first = out.length;
  for (const m of may(sep) ? allMatches(DMY_RE, text) : []) {
    // An impossible day of the month ("31-02-1978", a typing error noted as such) is no date.
    if (validDay(Number(m[1])) && validMonth(Number(m[3])) && Number(m[1]) <= MONTH_DAYS[Number(m[3]) - 1]) add(m.index, m.index + m[0].length);
    // "12/31/1990": an American date (month first, slashes) in English mail, only with a four-digit year; "01-13-2018"
    // stays invalid.
    else if (m[2] === "/" && validMonth(Number(m[1])) && validDay(Number(m[3])) && m[4].length === 4) add(m.index, m.index + m[0].length);
  }
  for (const m of may(spacedSep) ? allMatches(DMY_SPACED_RE, text) : []) {
    if (validDay(Number(m[1])) && validMonth(Number(m[3]))) add(m.index, m.index + m[0].length);
  }
  // A range of two day-month pairs with slashes, in brackets or after an absence word ("mijn vakantie
  // (27/5 - 7/6)", "verlof 3/7 t/m 21/7"): one span; only a forward range (not "score 3/4 - 1/2").
  for (const m of may(sep && text.includes("/")) ? allMatches(DM_SLASH_RANGE_RE, text) : []) {
    const [d1, m1, d2, m2] = [m[2], m[3], m[4], m[5]].map(Number);
    if (!validDay(d1) || !validMonth(m1) || !validDay(d2) || !validMonth(m2) || !(m2 > m1 || (m2 === m1 && d2 > d1))) continue;
    if (m[1] !== "(" && !/(?<![\p{L}])(?:vakantie|verlof|afwezig|weg|vrij|periode|zwangerschapsverlof|ziek|opname|cursus|van)[ \t]*:?[ \t]*$/iu.test(text.slice(Math.max(0, m.index - 30), m.index + m[1].length))) continue;
    if (m[1] === "(" && text.charAt(m.index + m[0].length) !== ")") continue;
    add(m.index + m[1].length, m.index + m[0].length);
  }
  // Day and month without a year: after an announcing word, or opening a timeline line ("10-03: klant belde").
  for (const re of may(sep) ? [DM_RE, DM_LINE_RE, DM_AFTER_VISIT_PLACE_RE, DM_DEADLINE_RE, DM_PAIR_LINE_RE, DM_COMMA_HEAD_RE, DM_PAREN_HEAD_RE, DM_PAREN_MSG_RE, DM_TIME_RE, DM_HEADING_END_RE, DM_HEADING_LINE_RE, DM_VISIT_HEAD_END_RE, DM_NOTE_HEAD_END_RE, DM_FIRST_LINE_PLACE_RE] : []) {
    for (const m of allMatches(re, text)) {
      const d = Number(m[1]);
      const mo = Number(m[3]);
      if (!validDay(d) || !validMonth(mo) || (d === 24 && mo === 7)) continue;
      const s = m.index + m[0].length - m[1].length - m[2].length - m[3].length;
      // (Only a rising pair can be a range of hours, "9-12", "za 9/12"; "spreekuur vr 7/3", "wo 20-11" are
      // dates.)
      if (re !== DM_LINE_RE && re !== DM_PAIR_LINE_RE && d < mo && OPENING_HOURS_BEFORE.test(text.slice(Math.max(0, s - 60), s))) continue;
      if (re === DM_DEADLINE_RE && !/^[ \t]*[-*•–][^\n]{3,}$/u.test(text.slice(text.lastIndexOf("\n", s - 1) + 1, s))) continue;
      if (re === DM_RE && /^[ \t]*(?:uur|u\.?)(?![\p{L}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
      if (re === DM_RE && DM_NOT_DATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      // "TODO: na 1-7 AIO-aanvraag", "pas na 1/9": after "na" a day-month is a date, but not a count
      // before a plural noun ("na 3-4 sessies", "na 5-6 gesprekken").
      // Nor a score after a match verb ("Ze wonnen na 3-1 de beker", "na 2-1 achterstand").
      if (re === DM_RE && /(?<![\p{L}])na[ \t]*$/iu.test(text.slice(Math.max(0, s - 6), s)) && (/^[ \t]+\p{Ll}{3,}(?:en|ies|ers|els|ens|'s)(?![\p{L}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) ||
        /(?<![\p{L}])(?:won|wonnen|gewonnen|verloor|verloren|stond|stonden|eindigde|speelde|speelden|gelijk|wedstrijd|stand|thuis|uit)(?![\p{L}])[^\n.!?]{0,30}$/iu.test(text.slice(Math.max(0, s - 40), s)) ||
        /^[ \t]+(?:achterstand|voorsprong|winst|verlies|nederlaag|overwinning)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)))) continue;
      // "belt 3/4 van de tijd niet terug": a fraction ("2-3 van de kinderen": a range); not a falling pair with a hyphen,
      // "de brief van 27-2 van de verhuurder"; nor after a word of a start or a deadline, "per 1-4 van de Jan Verfailleweg
      // naar …").
      if (re === DM_RE && !(m[2] === "-" && d > mo) && !/^(?:per|vanaf|sinds|uiterlijk)[ \t]/iu.test(m[0]) && /^[ \t]*(?:van[ \t]+(?:de|het)|deel)(?![\p{L}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      add(s, m.index + m[0].length);
    }
  }
  const logLines = may(sep) ? allMatches(DM_LOG_LINE_RE, text).filter((m) => validDay(Number(m[1])) && validMonth(Number(m[3])) && !DM_NOT_DATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) : [];
  if (logLines.length >= 3) for (const m of logLines) add(m.index + m[0].length - m[1].length - m[2].length - m[3].length, m.index + m[0].length);
  // "| wie | wat | wanneer |" … "| Henk | postadres | 17-09 |": a day-month filling a cell under a date or deadline column
  // header is a date (the header is the announcing word); not a score or a range under another header.
  if (may(sep && DATE_HEADER_HINT.test(text)))
    scanTables(text, DATE_HEADER_HINT, (h) => (DATE_HEADER_CELL.test(h) ? "date" : null), (_, at, cell) => {
      const m = /^(\d{1,2})[-/](\d{1,2})$/.exec(cell);
      if (m && validDay(Number(m[1])) && validMonth(Number(m[2]))) add(at, at + cell.length);
    });
  // MY_LINE_RE has a digit, "-" or "/" and a digit in a row too.
  for (const m of may(sep) ? allMatches(MY_AFTER_RE, text) : []) add(m.index + m[0].length - m[1].length, m.index + m[0].length);
  for (const m of may(sep) ? allMatches(MY_LINE_RE, text) : []) add(m.index + m[0].length - m[1].length, m.index + m[0].length);
  for (const m of may(sep) ? allMatches(YMD_RE, text) : []) {
    if (validMonth(Number(m[3])) && validDay(Number(m[4]))) add(m.index, m.index + m[0].length);
  }
  // MONTH_HINT is a list of lower-case words, case-insensitive: the same test on the lower-cased text.
  const months = may(MONTH_HINT_WORDS ? hasAny(low, MONTH_HINT_WORDS) : MONTH_HINT.test(text));
  for (const m of months ? allMatches(D_MONTH_RE, text) : []) {
    if (!validDay(Number(m[1])) || !monthNumber(m[2])) continue;
    // Without a year the date must not run into more digits ("1- AUGUSTUS 20181966").
    // "op 12 november 67 wordt": the number after it is an age, not a year.
    // "wordt op 9 oktober 18.": a short number closing the clause is an age, not a year.
    // "is op 2 januari 18 geworden", "sinds 6 januari 14 lesuren": a short number before a lower-case word is a count or an age.
    if (!m[3] && /^[ \t]*\d(?!\d?[.:]\d\d)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !/^[ \t]*\d{1,3}[ \t]+(?:wordt|werd|jaar\b|uur\b|u\b|keer\b|dagen\b|weken\b|maanden\b|kinderen\b|euro\b)|^[ \t]*\d{1,2}(?:[.:]\d\d)?[ \t]*(?:u|uur|h)(?![\p{L}\p{N}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) && !/^[ \t]+\d{1,3}(?:[,;!?)]|\.(?!\d)|[ \t]*\n|[ \t]*$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) && !/^[ \t]+\d{1,3}[ \t]+(?:\p{Ll}{3,}|en(?![\p{L}]))/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "mei" and "jan" are only dates in lower case or capitals, never as the name "Jan".
    if (/^Jan$/.test(m[2]) && !m[3]) continue;
    // "Stappen\n1. Maart: werkervaringsplaats …", "2. April–mei: scholing": a numbered list item that opens with a capitalised
    // month is a step of a plan, not a day (the item number is no day).
    if (!m[3] && /^\d{1,2}\.[ \t]+\p{Lu}/u.test(m[0]) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^[ \t]*(?:[:–—-]|\n)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    // "om 11:15 mei ik …" / "10.30 Dec": the day is the minutes of a time.
    if (/\d[:.]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // ("August" is German or English; the full stop after it ends the sentence: "on 4 August.")
    if (!m[3] && /^august$/i.test(m[2]) && m[0].endsWith(".")) {
      add(m.index, m.index + m[0].length - 1);
      continue;
    }
    add(m.index, m.index + m[0].length);
  }
  for (const m of months ? allMatches(Y_MONTH_D_RE, text) : []) {
    if (validDay(Number(m[3])) && monthNumber(m[2])) add(m.index, m.index + m[0].length);
  }
  // "(26-05 t/m 13-06)": a day-month that opens a range to another day-month is a date (the end follows "t/m").
  for (const m of may(/\d[ \t]*(?:t\/m|tot en met)[ \t]*\d/.test(text)) ? allMatches(DM_RANGE_START_RE, text) : []) {
    if (validDay(Number(m[1])) && validMonth(Number(m[2]))) add(m.index, m.index + m[0].length);
  }
  // "op 12/3 en 14/3", "per 1-4, 1-7", "(14 januari en 4/2)": a day-month after a date in a list is a date too (each in turn, so a list
  // of three is taken whole).
  if (may(sep)) {
    for (let i = first; i < out.length; i++) {
      const c = out[i];
      if (c.label !== "datum") continue;
      DM_NEXT_RE.lastIndex = c.e;
      const m = DM_NEXT_RE.exec(text);
      if (!m) continue;
      const d = Number(m[1]);
      const mo = Number(m[3]);
      const end = m.index + m[0].length;
      if (!validDay(d) || !validMonth(mo) || DM_NOT_DATE_AFTER.test(text.slice(end, end + 12))) continue;
      // "2/3 van de tijd", "3/4 deel": a fraction.
      if (/^[ \t]*(?:van[ \t]+(?:de|het)|deel|of)(?![\p{L}])/u.test(text.slice(end, end + 12))) continue;
      if (out.some((o) => o.label === "datum" && o.s <= end - m[1].length - m[2].length - m[3].length && o.e >= end)) continue;
      add(end - m[1].length - m[2].length - m[3].length, end);
    }
  }
  // BIRTH_YEAR_RE and BORN_AND_IS_OF_YEAR_RE open with "geb…"; IS_OF_YEAR_RE has "van" (both case-insensitive).
  // TITLE_IS_OF_YEAR_RE has "is van" too; EN_BIRTH_YEAR_RE has "born", "birth", "dob" or "d.o.b".
  for (const re of [
    ...(may(low.includes("geb")) ? [BIRTH_YEAR_RE, YEAR_THEN_BORN_RE, BORN_AND_IS_OF_YEAR_RE, BIRTHPLACE_YEAR_RE] : []),
    ...(may(low.includes("van")) ? [IS_OF_YEAR_RE, TITLE_IS_OF_YEAR_RE, SUBCLAUSE_IS_OF_YEAR_RE] : []),
    ...(may(hasAny(low, ["born", "birth", "dob", "d.o.b"])) ? [EN_BIRTH_YEAR_RE] : []),
  ]) {
    for (const m of allMatches(re, text)) {
      const s = re === YEAR_THEN_BORN_RE ? m.index + m[0].indexOf(m[1]) : m.index + m[0].length - m[1].length;
      out.push({ s, e: s + m[1].length, label: "datum", prio: PRIO.datum - 1 });
    }
  }
  // RELATION_IS_OF_YEAR_RE has "is van" (case-insensitive).
  for (const m of may(low.includes("is van")) ? allMatches(RELATION_IS_OF_YEAR_RE, text) : []) {
    // (also a bare relation word opening a sentence in a chat or note: "ik zet het in de notitie. broer is van 1968")
    const bareRelation = !!m[1] && BARE_RELATION_WORD.test(m[1]) && /(?:^|[.!?:][ \t]+|\n[ \t]*)$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (m[1] && !bareRelation && !(/^\p{Lu}/u.test(m[1]) && lexicons().firstNames.has(m[1]))) continue;
    const s = m.index + m[0].length - m[2].length;
    out.push({ s, e: s + m[2].length, label: "datum", prio: PRIO.datum - 1 });
  }
  // Every weekday in WEEKDAY_ORDINAL_RE ends in "dag".
  for (const m of may(low.includes("dag")) ? allMatches(WEEKDAY_ORDINAL_RE, text) : []) add(m.index, m.index + m[0].length);
  for (const m of months ? allMatches(DAY_RANGE_RE, text) : []) add(m.index, m.index + m[0].length);
  for (const m of months ? allMatches(MONTH_YEAR_RE, text) : []) {
    // "38 augustus 2018" is no date (a number on the line above is no day); "oktober 2024 - januari 2025": a year before
    // a dash opens a range of months.
    // (a tab is a table cell's boundary: "14-02-1993\tokt 2024" is a date of birth and a period)
    // (an amount or a column gap before it is no day: "€ 987,56   januari 2024" in a table of debts)
    if (/\d[ .-]*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && !/(?<![\p{N}])(?:19|20)\d\d[ \t]*[-–][ \t]*$/u.test(text.slice(Math.max(0, m.index - 9), m.index)) &&
      !/(?:\d,\d\d[ \t]*|\d[ \t]{2,})$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // ("Xu Mei\t1975", "Li Mei 1980": a capitalised "Mei" after a Chinese family name is a given name)
    if (m[1] === "Mei" && CHINESE_FAMILY_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (monthNumber(m[1])) add(m.index, m.index + m[0].length);
  }
  for (const m of may(hasAny(low, FOREIGN_MONTH_HINTS)) ? allMatches(FOREIGN_D_MONTH_RE, text) : []) {
    const mo = FOREIGN_MONTH_NUM[m[2].toLowerCase()];
    // Polish months only in lower case ("5 Maja" is a name); a day that fits the month.
    if (!mo || !validDay(Number(m[1])) || Number(m[1]) > MONTH_DAYS[mo - 1]) continue;
    add(m.index, m.index + m[0].replace(/[ \t]+r\.$/, "").length);
  }
  // "Kocam Hüseyin Ocak 2025'ten beri …": a Turkish month (capitalised, as Turkish writes it) + a year, in a text with Turkish
  // letters; a first name right before it stays that person ("Hüseyin Ocak" is no full name here).
  for (const m of /[ışğ]/.test(text) && may(hasAny(low, TURKISH_MONTHS)) ? allMatches(TURKISH_MONTH_YEAR_RE, text) : []) {
    out.push({ s: m.index, e: m.index + m[0].length, label: "datum", prio: PRIO.datum });
    const before = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
    if (before && lexicons().firstNames.has(before[1])) out.push({ s: m.index - before[0].length, e: m.index - before[0].length + before[1].length, label: "persoon", prio: PRIO.personContext });
  }
  // (POLISH_MONTH_YEAR_RE needs one of its lower-case month words)
  for (const m of may(hasAny(low, POLISH_MONTH_YEAR) || hasAny(low, FRISIAN_MONTHS)) ? allMatches(POLISH_MONTH_YEAR_RE, text) : []) add(m.index, m.index + m[0].length);
  pushEnglishDates(text, low, sep, add);
}

/** Days in each month (February with the leap day): impossible dates are rejected. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "juli vorig jaar": a month + relative year has no digit, so it runs outside the digit guard of pushDates. */
function pushRelativeMonthYears(text: string, out: Candidate[]) {
  const low = hints(text).low;
  for (const m of may(low.includes("jaar")) ? allMatches(MONTH_RELATIVE_YEAR_RE, text) : [])
    out.push({ s: m.index, e: m.index + m[0].length, label: "datum", prio: PRIO.datum });
}

/** "geboren in negentien tachtig": a year of birth in words has no digit, so it runs outside pushDates' digit guard. */
function pushWordBirthYears(text: string, out: Candidate[]) {
  // BORN_YEAR_WORDS_RE opens with "geb" (case-insensitive: tested on the lower-cased text).
  for (const m of may(hints(text).low.includes("geb")) ? allMatches(BORN_YEAR_WORDS_RE, text) : []) {
    const s = m.index + m[0].length - m[1].length;
    out.push({ s, e: s + m[1].length, label: "datum", prio: PRIO.datum - 1 });
  }
}

/** "op drieëntwintig april": a day in words has no digit either, so it too runs outside pushDates' digit guard. */
function pushWordDayMonths(text: string, out: Candidate[]) {
  const low = hints(text).low;
  // Every month name in WORD_DAY_MONTH_RE contains one of MONTH_HINT_WORDS (case-insensitive: tested on the lower-cased text).
  for (const m of may(MONTH_HINT_WORDS ? hasAny(low, MONTH_HINT_WORDS) : MONTH_HINT.test(text)) ? allMatches(WORD_DAY_MONTH_RE, text) : []) {
    const day = wordDay(m[1]);
    if (day < 1 || day > MONTH_DAYS[monthNumber(m[2]) - 1]) continue;
    out.push({ s: m.index, e: m.index + m[0].length, label: "datum", prio: PRIO.datum });
  }
}

const EN_LOWER_NOT_MONTH = /^(?:may|mar|march)$/;

function pushEnglishDates(text: string, low: string, sep: boolean, add: (s: number, e: number) => void) {
  // Every name in EN_MONTH starts with one of EN_MONTH_HINT_WORDS (the regexes are case-insensitive).
  const en = may(hasAny(low, EN_MONTH_HINT_WORDS));
  for (const m of en ? allMatches(EN_D_MONTH_RE, text) : []) {
    const name = m[4] ?? m[5];
    if (!validDay(Number(m[2])) || (m[1] && !validDay(Number(m[1]))) || !enMonthNumber(name)) continue;
    // "you may 2 times": a lower-case "may"/"march" is a verb.
    // (After a weekday or "on"/"until"/"before" it is a month: "on friday 28 march".)
    if (!enCased(name) && EN_LOWER_NOT_MONTH.test(name) && !(m[2] && !m[1] && /^(?:may|march)$/.test(name) && EN_DATE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    // "11:15  Jan Mulder": the minutes of a time and the name Jan, no date; "Jan" without a year or
    // a dot is the name (as in Dutch).
    if (/\d[:.]$/.test(text.slice(Math.max(0, m.index - 2), m.index)) || (/^Jan$/.test(name) && !m[6] && !/\.$/.test(m[0]))) continue;
    // "of" only after an ordinal: "3rd of March", not "2 of May's friends".
    if (!m[3] && /[ \t]of[ \t]/i.test(m[0])) continue;
    // "groep 7 en 8 Mar": the abbreviation "Mar" (also a word and a name) only with a year or a dot.
    if (/^mar$/i.test(name) && !m[6] && !/\.$/.test(m[0])) continue;
    const end = m.index + m[0].length;
    // Without a year the date must not run into more digits (a time "31 May 14:00" is fine).
    // (A comma and a count of a unit is no year: "from 1 June, 32 hours".)
    if (!m[6] && /^[ \t]*,?[ \t]*\d(?!\d?[.:]\d\d)/.test(text.slice(end, end + 12)) && !/^[ \t]*,[ \t]*\d{1,3}[ \t]+\p{L}/u.test(text.slice(end, end + 12))) continue;
    add(m.index, end);
  }
  for (const m of en ? allMatches(EN_MONTH_D_RE, text) : []) {
    const name = m[1] ?? m[2];
    if (!enCased(name) || !enMonthNumber(name) || !validDay(Number(m[3])) || (m[5] && !validDay(Number(m[5])))) continue;
    const end = m.index + m[0].length;
    if (!m[6]) {
      // "Jan 12" is the name Jan; "June 10 people" a count after a name.
      if (/^Jan$/i.test(name) || EN_NOT_DAY_AFTER.test(text.slice(end, end + 16))) continue;
      // "May 2 people", "March 3 miles": "May" and "March" with a bare day only after an announcing word or an ordinal.
      if (!m[4] && /^(?:may|mar|march)$/i.test(name) && !EN_DATE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    }
    add(m.index, end);
  }
  for (const m of en ? allMatches(EN_MONTH_YEAR_RE, text) : []) {
    const name = m[1] ?? m[2];
    if (!enMonthNumber(name) || (!enCased(name) && EN_LOWER_NOT_MONTH.test(name))) continue;
    if (/\d[ \t.,-]*$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    add(m.index, m.index + m[0].length);
  }
  // Every weekday in EN_WEEKDAY_ORDINAL_RE ends in "day".
  for (const m of may(low.includes("day")) ? allMatches(EN_WEEKDAY_ORDINAL_RE, text) : []) {
    if (validDay(Number(m[1]))) add(m.index, m.index + m[0].length);
  }
  // EN_DM_RE has a digit, "-" or "/" and a digit in a row (dateSep).
  for (const m of may(sep) ? allMatches(EN_DM_RE, text) : []) {
    const d = Number(m[1]);
    const mo = Number(m[3]);
    if (!validDay(d) || !validMonth(mo) || (d === 24 && mo === 7)) continue;
    const s = m.index + m[0].length - m[1].length - m[2].length - m[3].length;
    const end = m.index + m[0].length;
    // Opening hours: "Mon-Fri 9-12", "open on Mon 9-12", "9-12 am".
    if (EN_OPENING_HOURS_BEFORE.test(text.slice(Math.max(0, s - 60), s)) || OPENING_HOURS_BEFORE.test(text.slice(Math.max(0, s - 60), s))) continue;
    if (/^[ \t]*(?:uur|u\.?|h|am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu.test(text.slice(end, end + 6))) continue;
    // After "from" only a date closing the clause: "lower from 17-3." (not the hours in "we work from 9-5 every day").
    if (/^[Ff]rom/.test(m[0]) && !/^[ \t]*(?:[,.;:!?)\n]|$)/.test(text.slice(end, end + 3))) continue;
    add(s, end);
  }
}

// Ages. "N jaar" is an age unless the words around it make it a duration ("al 3 jaar", "2 jaar geleden").
const NUM = String.raw`\d{1,3}(?:[.,]\d)?(?:\s?-\s?\d{1,3}(?:[.,]\d)?)?`;
const JARIGE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])${NUM}\s?-?\s?jarige?(?![\p{L}])`, "giu");
const JAAR_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,€$])(${NUM})(?:\s+jaar|\s*jr\.?)(?![\p{L}])`, "giu");
// "(Afghanistan, 52, woont in de Schilderswijk)": a place of origin, an age and a lower-case note in one bracket.
const NATIONALITY_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:ees|aans|iaans|isch|ools|eens|ns|ks|ts|rs)$/u;
const PLACE_AGE_NOTE_RE = /\((\p{Lu}[\p{L}'’-]{1,25}),[ \t]*(\d{1,3}),[ \t]*\p{Ll}[^()\n]{0,80}\)/gu;
// "Gert-Jan (gepensioneerd docent, 71)", "Yusuf (vriend van de familie, 45)": a lower-case
// description and a two-digit age in brackets right after a capitalised name (not "(kamer, 12)", "(bijlage, 14)").
const ROLE_PAREN_AGE_RE = /(?<=\p{Lu}[\p{L}'’-]+[ \t]?)\(((?:\p{Ll}[\p{L}'’-]*[ \t]+){0,3}\p{Ll}[\p{L}'’-]{2,}),[ \t]*(\d{2,3})(?:[ \t]*(?:jaar|jr\.?))?\)/gu;
const NOT_ROLE_BEFORE_AGE = /(?:^|[ \t])(?:kamer|nr|nummer|pagina|blz|bijlage|huisnummer|artikel|lid|bus|pand|lokaal|unit|code|versie|week|weken|dag|dagen|groep|klas|maand|maanden|uur|uren|punt|punten|stuks|keer|regel|hoofdstuk|sectie|item|vraag)$/u;
// (A country code may follow the age as a sex letter does: "Casus Piotr K. (47, PL)".)
const PAREN_AGE_RE = /\((?:(?:[mvMV]|man|vrouw|jongen|meisje)\s*[,/]?\s*|\p{Lu}[\p{L}'’-]{1,25},\s*|(?:bijna|ruim|net|pas|inmiddels|nu|al|binnenkort|zelf|ca\.?|ong\.?|ongeveer)\s+|(?:is|wordt|werd)\s+(?:(?:dus|nu|al|net|bijna|inmiddels)\s+)?)?(\d{1,3})\+?(?:\s*(?:jaar|jr\.?|j\.?|years?))?(?:\s*[,/]\s*(?:[mvMV]|\p{Lu}{2}))?!*(?:[ \t]*\p{Extended_Pictographic}){0,3}\)/gu;
// (also with "van N" in brackets: "hun zoon (van 24) woont in Rotterdam")
const PERSON_OF_AGE_RE =
  /\b(?:iemand|vrouw|man|jongen|meisje|moeder|vader|dame|heer|klant|cliënt|client|jongeman|jongere|weduwe|weduwnaar|alleenstaande|oudere|zoon|dochter|tweeling|kind|kindje|baby|peuter|kleuter|puber|tiener|broer|broertje|zus|zusje|zoontje|dochtertje|jongetje|meid|knul|oma|opa|kleinzoon|kleindochter|partner|echtgenoot|echtgenote|buurman|buurvrouw|neef|nicht|tante|oom|cliënte|bewoner|bewoonster|huurder|huurster|patiënt|patiënte|werknemer|werkneemster)\s+(?:\(\s*)?(?:van\s+(?:een\s+jaar\s+of\s+|ongeveer\s+|rond\s+de\s+|ca\.?\s+|net\s+|bijna\s+|pas\s+|ruim\s+|amper\s+|krap\s+|(?:boven|over|onder|achter\s+in|voor\s+in|midden\s+in|in)\s+de\s+|begin\s+|eind\s+|midden\s+)?|rond\s+de\s+)(\d{1,3})\+?(?:\s+jaar)?(?![\p{L}\p{N}])/giu;
// Where an age bound to a person ends (the body of a lookahead, lower case): punctuation, a line end, an emoji, or a
// word that closes the statement: "ze is 58 hoor,", "ze is 61 trouwens en", "hij wordt 70 🎂", "ze werd 70 vorig jaar".
// A count or duration never ends there ("is 3 keer", "was 2 dagen weg", "is 5 euro").
// (also a dash between spaces before a word, as in a subject line: "Biniam wordt 18 – overgang Nidos", and a bracket with
// a remark: "Klant wordt dit jaar 67 (AOW)")
// (Also "ze wordt 50 op do 6/2", "hij werd 18 op zaterdag": turning a number on a day or a short date is an age.)
// (Also the dialect "mar/mer" for "maar" and "worden" for "geworden": "die is 70 mer nog kwiek", "ons moeke is 81 worden".)
// (Also the English "and" in a chat in English: "zuzanna is 7 and oliwia is 3".)
// (Also a chat clause that opens without a comma after the age: "mijn zoon bilal is 16 mag hij mee?", "hij is 16 die weet
// dat wel", "hij is 17 telt dat mee??", "hij is pas 17 dat telt toch niet", "hij is pas 9 kan niet alleen thuis").)
export const AGE_TAIL = String.raw`[ \t]*(?:[,;:)!?\n]|\.(?!\d)|$|(?:mag|kan|moet|wil|gaat|die)(?=[ \t]+(?:hij|zij|ze|ik|weet|kan|mag|wil|gaat|snapt|doet|niet|nog)(?![\p{L}]))|\p{Extended_Pictographic}|\([^()\n]{1,80}\)(?=[ \t]*(?:[,.;:!?\n]|$|en(?![\p{L}])))|(?<=\s)[–—-](?=[ \t]+\p{L})|(?:man|gast|bro)(?=[ \t]*(?:[,.!?\n]|$|(?:dat|die|wat|echt|hoor|joh|ik|en)(?![\p{L}])))|(?:ja|jaa|jep|jup|nee|hij|zij|ze|ik|we)(?=[ \t]*(?:[,.!?\n]|$)|[ \t]+\p{Ll})|(?:mevrouw|meneer|mevr|juf|meester)(?=[ \t]*(?:[,!?\n]|\.(?!\d)|$))|(?:en|and|dus|maar|mar|mer|geworden|worden|of[ \t]+zo|ofzo|hoor|idd|inderdaad|lol|haha|hihi|xD|trouwens|toch|hè|he|hé|zeg|joh|inmiddels|intussen|alweer|nu|geloof[ \t]+ik|denk[ \t]+ik|dacht[ \t]+ik|volgens[ \t]+mij|volgens[ \t]+(?:(?:de|het|haar|zijn|z'n|d'r)[ \t]+)?(?:BRP|brp|GBA|gba|paspoort|ID|id|ID-kaart|id-kaart|identiteitsbewijs|papieren|dossier|registratie|geboorteakte|verblijfsdocument)|vorig[ \t]+jaar|vorige[ \t]+(?:week|maand)|volgend[ \t]+jaar|volgende[ \t]+(?:week|maand)|(?:afgelopen|komende|deze)[ \t]+(?:week|maand|zomer|winter|lente|herfst)|afgelopen[ \t]+jaar|dit[ \t]+jaar|binnenkort|morgen|overmorgen|vandaag|gisteren|in[ \t]+(?:${MONTH_NAMES_NL})|sinds[ \t]+(?:${MONTH_NAMES_NL}|vorige[ \t]+(?:week|maand)|vorig[ \t]+jaar|gisteren|(?:zijn|haar|z'n|d'r)[ \t]+verjaardag)(?![\p{L}])|op[ \t]+\d{1,2}[ \t]+(?:${MONTH_NAMES_NL})(?![\p{L}])|(?<=(?:wordt|werd)[ \t]+\d{1,3}[ \t]+)op[ \t]+(?:(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?(?![\p{L}])|\d{1,2}[-/]\d{1,2}(?![\d/-]))|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?=[ \t]*(?:[,.!?\n]|$|(?:dus|en|maar|want)(?![\p{L}])))|die(?=[ \t]+(?:moet|kan|mag|wil|gaat|zit|heeft|woont|komt|doet|is|was|past|helpt|werkt|speelt|zorgt)(?![\p{L}]))|(?:telt|klopt|geldt)(?=[ \t]+(?:dat|dit|het|die|mee|toch)(?![\p{L}]))|dat(?=[ \t]+(?:telt|klopt|geldt|mag|kan|moet|weet)(?![\p{L}]))|(?:mag|kan|moet|mocht|wil)(?=[ \t]+(?:ik|dat|je|dit|het|u)(?![\p{L}])))(?![\p{L}]))`;
// "Ze is 29 en heeft …", "Mevrouw is 71,", "nu hij 21 is", "ze is 58 hoor" (also the chat clitic "ie is 63 ofzo"). A chat answer without its subject: "ayoub: ja word 20 in mei".
const IS_AGE_RE = new RegExp(
  String.raw`(?:\b(?:hij|zij|hijzelf|zijzelf|ze|se|hy|sy|(?<=(?:^|[\s,:;!?])["“”]?)ie|mevrouw|meneer|klant|cliënt|client|clt|mw|mevr|dhr|mnr)\.?|\((?:mijn|m'n|mn|haar|zijn|z'n|onze|ons|hun)[ \t]+(?:zoon|dochter|zoontje|dochtertje|broer|zus|broertje|zusje|kind|moeder|vader|man|vrouw|partner|neef|nicht|kleinzoon|kleindochter)\))(?:[ \t]*\([^()\n]{1,50}\))?(?:[ \t]+zelf)?\s+(?:is|was|wordt|werd)\s+(?:(?:nu|inmiddels|pas|al|trouwens|toch|dus|ook|eigenlijk|echt|zelf|intussen|bijna|net|ongeveer|ruim|alweer|wel|nog|nou|zeker|toen|destijds|onlangs|sinds[ \t]+kort|sinds[ \t]+(?:vorige[ \t]+(?:week|maand)|gisteren))\s+){0,2}(\d{1,3})(?=${AGE_TAIL})|\b(?:hij|zij|ze)\s+(\d{1,3})\s+(?:is|was|wordt|werd)\b|\b(?:(?:je|jij)\s+(?:bent|was|wordt|werd)|ik\s+(?:ben|word|werd)|(?<=:[ \t]*(?:ja|jaa|jep|jup|yes|nee|klopt|idd)[ \t]*[,.!]?[ \t]*)(?:ben|word))\s+(?:(?:nu|inmiddels|pas|al|net|bijna)\s+)?(\d{1,3})(?=${AGE_TAIL})`,
  "giu",
);
// "naar Nederland (toen 17)", "(toen pas 16 jaar)": a past age in brackets (not "(toen 17 kinderen)",
// "(toen 2019)").
const THEN_AGE_RE = /\(toen[ \t]+(?:(?:nog|pas|net|al|ongeveer|ca\.)[ \t]+)?(\d{1,3})(?:[ \t]*(?:jaar|jr\.?|j\.))?[ \t]*\)/giu;
// A table row headed "Leeftijd" ("| Leeftijd | 38 | 10 |", one column per person): every cell of 1–3
// digits (LEEFTIJD_RE takes only the first).
const AGE_ROW_RE = /(?<=(?:^|\n)[ \t]*\|?[ \t]*)(?:leeftijd|lft|lftd)\.?(?:[ \t]*\((?:jr|jaar|j)\.?\))?[ \t]*\|((?:[ \t]*\d{1,3}[ \t]*\|)*[ \t]*\d{1,3}[ \t]*\|?)[ \t]*(?=\n|$)/giu;
// "toen ze 12 jaar was", "sinds hij 16 jaar is": a subclause with the age in digits + "jaar" and the verb last (not "dat
// hij 3 jaar was opgesloten": a participle after the verb makes it a duration).
const SUBCLAUSE_DIGIT_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(\d{1,3})[ \t]+jaar(?:[ \t]+oud)?[ \t]+(?:is|was|werd|wordt)(?![\p{L}])(?![ \t]+(?:\p{L}{0,6}ge\p{L}{2,}|(?:be|ver|ont|her)\p{L}+(?:d|t|en))(?![\p{L}]))`,
  "giu",
);
const SUBCLAUSE_SUBJECT_BEFORE = /(?<![\p{L}])(?:toen|sinds|als|nadat|voordat|totdat|tot|zodra|wanneer|omdat|dat|vanaf)[ \t]+(?:hij|zij|ze|ik|jij)[ \t]+(?:(?:pas|net|nog|al|ongeveer)[ \t]+)?$/iu;
// "dat vader 88 is en", "omdat haar moeder 91 wordt", "als Bilal 18 is": a subclause whose subject is a
// person noun with an article or possessive, a bare parent word, or a known first name (not "dat klant 3 is": a numbered
// client), the age in digits and the verb last. The regex opens
// with the number; SUBCLAUSE_NOUN_BEFORE checks the subject (not "dat de huur 800 is", "omdat het 30 graden is").
const SUBCLAUSE_NOUN_AGE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,€])(\d{1,3})(?:[ \t]+jaar[ \t]+oud)?[ \t]+(?:is|was|werd|wordt)(?=${AGE_TAIL})`, "gu");
// Ages in words: "een man van zevenenvijftig", "zevenenvijftig jaar oud", "ze is eenendertig", "begin dertig",
// "halverwege de vijftig", "een vijftiger". Durations ("vijf jaar in de bijstand") are not ages.
const UNITS = "een|twee|drie|vier|vijf|zes|zeven|acht|negen";
const TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig";
// "achtien" is the common misspelling of "achttien" (18) and stands for the same number.
// Frisian number words as Frisian speakers write an age in a Dutch note: "twaensechstich" (62), "santich" (70), "njoggentjin" (19).
const FY_UNITS = "ien|twa|trije|fjouwer|fiif|seis|sân|san|acht|njoggen";
const FY_TENS = "tweintich|tritich|fjirtich|fyftich|sechstich|santich|tachtich|njoggentich";
const FY_NUMWORD = String.raw`(?:${FY_UNITS})en(?:${FY_TENS})|${FY_TENS}|trettjin|fjirtjin|fyftjin|sechstjin|santjin|achttjin|njoggentjin|alve|tolve`;
// Dialect spellings of the tens and teens as clients say them in a quote: "vieftig" (50, Limburgs, Twents), "zeuventien"
// (17, Brabants), "seventich"/"sawntich" (70, Gronings, Stellingwerfs), the Gronings "-teg" tens ("zesentachteg", 86); and
// the units "vief", "zeuven", Limburgs "ein", "nege", "veer" (4) in a compound ("ein-en-tachentig", "nege-en-zeuventig",
// "veer-en-tachtig", "zeuvenenveftig"; Kerkrade "vieroonddertig" joins with "oond"; "veer" alone is a feather or a ferry).
// (Also the Limburg "sestig" for 60: "mien vrouw is zeuvenensestig".)
// (Twents "drejenzeuventig", 73: "drej" + "en"; Gronings "drijenzestig", 63)
// (Limburgs "zès", Sallands "ses", West-Fries "vuuf": "zèsentwintig", "sesenzestig", "vuuf-en-fuftig"; Krimpenerwaards
// "sessenvuftig"; Brabants "zesenvèftig"; the Frisian "sechtich" as a writer spells it)
// (Kerkrade "sieve" (7) and "achsig" (80): "Iech bön sieve-en-achsig joar")
// (Heerlen "drei" (3) and "zèstig" (60): "Ich bin drei-en-zèstig"; the Brabant "drieëzestig" with a bare "ë" for "en";
// the Alblasserwaard tens in "-tug": "Ik ben nou zesenvijftug", "Aaltje is zestug"; the Frisian "alve" and "tolve", 11 and 12;
// the Twents "dartig", 30: "Mien dochter Marieke, dartig, woont in Almeloo")
const DIAL_UNITS = "vief|zeuven|zeuve|ein|nege|veer|drej|drij|dree|drei|zès|ses|sess|vuuf|sieve";
// (and "achtig" for 80 without its t, as a speaker swallows it after "en": "achtenachtig"; the Kerkrade "tsestig", 60)
const DIAL_TENS = "dartig|dartich|twintug|dertug|veertug|vijftug|zestug|zeventug|tachtug|negentug|achsig|zèstig|zèstich|fuftig|fuftich|vuftig|vuftich|vèftig|sechtich|achtig|tsestig|tsestich|sestig|sestich|veftig|veftich|vieftig|vieftich|zeuventig|zeuventich|seventig|seventich|sauwentig|sawntich|sauntich|tachentig|twintich|dertich|veertich|zestich|zeventich|negentich|twinteg|derteg|veerteg|viefteg|zesteg|zeuventeg|zeventeg|tachteg|negenteg";
// A compound also with hyphens or spaces round "en": "een-en-zestig", "zeuven en vieftig" ("drieenvijftig" without the
// diaeresis is "[eë]n" already).
const NUMWORD = String.raw`(?:(?:${UNITS}|${DIAL_UNITS})(?:[eë]n|ë|-en-|[ \t]+en[ \t]+|o?ond)(?:${TENS}|${DIAL_TENS})|${TENS}|${DIAL_TENS}|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|zeuventien|vieftien|achttien|achtien|negentien|honderd|${FY_NUMWORD})`;
// "Kevin (nu negentien, wordt in januari twintig)": an age in words in brackets right after a name,
// with "nu/bijna/net" first, and an optional coming age.
// Also a unit word and a baby's age in months: "Kiara (zes) en Leandro (tien maanden)".
const NAME_PAREN_WORD_AGE_RE = new RegExp(String.raw`(?<=\p{Lu}\p{Ll}+[ \t]?)\((?:(?:nu|bijna|net|pas|inmiddels|al)[ \t]+)?((?:${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:[ \t]+maanden)?)(?:,[ \t]*(?:wordt|is)[ \t]+(?:in[ \t]+\p{Ll}+|volgend[ \t]+jaar|volgende[ \t]+(?:week|maand)|straks|binnenkort|dit[ \t]+jaar|deze[ \t]+(?:week|maand|zomer))[ \t]+(${NUMWORD}))?\)`, "giu");
// A number that can be an age after a person: digits, number words, "anderhalf", "tweeënhalf" (used by detect's ages after
// persons).
export const AGE_NUMBER = String.raw`\d{1,3}|${NUMWORD}|(?:twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]nhalf|twee|drie|vier|vijf|zes|zeven|acht|negen|anderhalf`;
// Words that open a clause but name no person ("Het is twintig over", "Totaal is vijftig", "de prijs is vijfenveertig").
const NOT_AGE_SUBJECTS = ["het", "dat", "dit", "er", "wat", "die", "deze", "dan", "nu", "wie", "ook", "hier", "daar", "alles", "niets", "iets", "totaal", "prijs", "huur", "score", "stand", "klas", "groep", "nummer", "huisnummer", "kamer", "les", "week", "dag", "jaar", "stap", "fase", "niveau", "temperatuur", "rente", "bedrag", "saldo", "uitslag", "tijd", "het", "uur", "aantal", "som", "antwoord", "code", "pin", "bus", "lijn", "tram", "maat", "schuld", "rekening", "termijn", "huisnr", "nr"]
  .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
// A time word beside "wordt/werd" + an age: "zaterdag", "dit jaar", "volgende maand", "in mei", "morgen", "die dag"
// ("aanvraag ingediend, dhr. wordt die dag 53").
const TURN_DAYS = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag";
const TURN_TIME = String.raw`(?:(?:dit|deze|volgend|volgende|komend|komende|vorig|vorige|afgelopen)[ \t]+(?:jaar|week|maand|zomer|winter|lente|herfst|${TURN_DAYS})|morgen|overmorgen|vandaag|gisteren|binnenkort|straks|die[ \t]+dag|op[ \t]+die[ \t]+dag|${TURN_DAYS}|in[ \t]+(?:${MONTHS})|in[ \t]+de[ \t]+(?:zomer|winter|lente|herfst|zomervakantie|kerstvakantie))(?![\p{L}])`;
const TURN_ADVERB = String.raw`(?:al|pas|bijna|ook|alweer|nog|echt|toch)(?![\p{L}])`;
const WORD_AGE_RES = [
  // "Ze is gepensioneerd, zesenzestig of zo.": a pronoun + "is" + a description, then a number word closing the clause.
  new RegExp(String.raw`\b(?:hij|zij|ze)[ \t]+is[ \t]+\p{Ll}+(?:[ \t]+\p{Ll}+){0,2},[ \t]*(?:(?:ongeveer|rond|ca\.?|zo'n|bijna|al)[ \t]+)?(?:${NUMWORD})(?=[ \t]*(?:(?:of[ \t]+zo|ofzo|denk[ \t]+ik|geloof[ \t]+ik|schat[ \t]+ik|jaar)[ \t]*)?(?:[,.;!?\n]|$))`, "giu"),
  new RegExp(String.raw`(?<![\p{L}])(?:${NUMWORD}|${UNITS})(?:\s+jaar\s+oud|-?jarige?)(?![\p{L}])`, "giu"),
  // (not a count of children: "vader van elf kinderen")
  // (also a neighbour's child or a neighbour: "De oppas is een buurmeisje van zestien")
  new RegExp(String.raw`\b(?:vrouw|man|jongen|meisje|moeder|vader|dame|heer|klant|cliënt|client|jongeman|weduwe|weduwnaar|zoon|dochter|buurmeisje|buurjongen|buurvrouw|buurman|buurjongetje|buurmeid|vent|kerel|gozer|knul)\s+van\s+(?:${NUMWORD})(?:\s+jaar)?(?![\p{L}])(?![ \t]+(?:kinderen|kleinkinderen|kids|kinders|zonen|zoons|dochters|jongens|meisjes|euro|kilo|keer))`, "giu"),
  // (a colleague, friend, intern or volunteer without "jaar": "een vriend van twintig jaar" may be a friendship's length)
  new RegExp(String.raw`\b(?:collega|vriend|vriendin|stagiair|stagiaire|vrijwilliger|vrijwilligster|leerling|scholier|student|studente)\s+van\s+(?:${NUMWORD})(?![\p{L}])(?![ \t]+(?:jaar|kinderen|kleinkinderen|kids|euro|kilo|keer|uur|weken|maanden|dagen))`, "giu"),
  // (also the Limburg "ich bin": "ich bin zeuvenenveftig, dat haet mien hoofd neet mie"; the Frisian "Hy is no tachtich")
  // (up to three adverbs, also an estimate: "hij was toen al ruim vijftig)")
  // (also the Twents "He is noe viefentwintig": "he" for "hij", "noe" for "nu"; the Veluws "Dee jong is dreeëntwintig": "that boy")
  new RegExp(String.raw`(?:\b(?:hij|zij|ze|hy|sy|he|mevrouw|meneer|klant|cliënt|client|(?:dee|die|mien|onze|oonze)\s+(?:jong|jongen|maid|meid|wicht|deern))\s+(?:is|was|wordt|werd)|\b(?:ik|ich)\s+(?:ben|bin|was|word|werd))\s+(?:(?:nu|nou|no|noe|inmiddels|pas|al|net|bijna|ruim|toen|ook|nog|ongeveer)\s+){0,3}(?:${NUMWORD})(?:\s+jaar)?(?=\s*(?:["”’][ \t]*(?:\n|$)|["”’]?(?:[,.;:)!?]|en\b|$)))`, "giu"),
  new RegExp(String.raw`\b(?:begin|eind|midden|halverwege|medio|ergens\s+in|achter\s+in|voor\s+in)\s+(?:de\s+)?(?:${TENS})(?:\s+jaar)?(?![\p{L}])`, "giu"),
  // "als ze zien dat je achtenvijftig bent", "toen hij zeventien was": a subclause with a pronoun subject, the age in words
  // and the verb last (not "dat je twintig minuten wacht", "toen ze vijftig euro had": a unit follows the number).
  new RegExp(String.raw`(?<=(?<![\p{L}])(?:dat|als|toen|omdat|sinds|nu|zodra|wanneer|totdat|voordat|nadat)[ \t]+(?:je|jij|ik|hij|zij|ze)[ \t]+(?:(?:pas|net|nog|al|bijna)[ \t]+)?)(?:${NUMWORD})(?=[ \t]+(?:bent|ben|is|was|werd|wordt|word|werd)(?![\p{L}]))`, "giu"),
  // "rond de vijftig", "in de zestig": only as a complete phrase, not "in de twintig minuten".
  new RegExp(String.raw`\b(?:is|was|rond|over|in|(?:loopt|liep|zit|zat|is|was)\s+tegen)\s+de\s+(?:${TENS})(?:\s+jaar\b|(?=\s*(?:[,.;:)!?]|en\b|is\b|was\b|$)))`, "giu"),
  // A quoted estimate of someone's age after a speech word: zelf zegt hij "rond de zestig", volgens eigen zeggen "bijna
  // tachtig" (an age range in words is an age; the speech word before the quote keeps prices and counts out).
  new RegExp(String.raw`(?<=(?<![\p{L}])(?:zegt|zei|zeggen|noemt|noemde|schat|schatte|volgens)(?![\p{L}])[^"“„\n]{0,30}["“„])(?:(?:bijna|ruim|ongeveer|net|pas)[ \t]+|(?:rond|in|over|boven)[ \t]+de[ \t]+|(?:begin|eind|midden|halverwege)[ \t]+(?:de[ \t]+)?)(?:${TENS})(?:[ \t]+jaar)?(?=["”](?![ \t]*(?:euro|eur|€|procent|%|kilo|km|uur|minuten|keer|stuks|man|mensen)(?![\p{L}])))`, "giu"),
  // "Dhr. is volgens haar "een jaar of zeventig"", "ze is volgens de buren een jaar of tachtig": a be-verb (not after
  // "het/dat/dit/er/wat"), an optional "volgens …" and a quote, then "een jaar of" + a decade (not a duration: "woont er
  // volgens zijn zus "een jaar of twintig"", "het is een jaar of twintig geleden").
  new RegExp(String.raw`(?<=(?<![\p{L}])(?<!(?:[Hh]et|[Dd]at|[Dd]it|[Ee]r|[Ww]at)[ \t]+)(?:is|was|lijkt|leek)[ \t]+(?:volgens[ \t]+[^"“„\n,.;]{1,25}?[ \t]+)?["“„]?)een[ \t]+jaar[ \t]+of[ \t]+(?:${TENS})(?![\p{L}])(?!["”]?[ \t]+(?:geleden|terug|lang|bezig|getrouwd|samen|in|bij|werkzaam|actief|verder)(?![\p{L}]))`, "gu"),
  // "ze is rond de zeventig zegt ze": a be-verb + "rond de" + a decade, then who says so.
  new RegExp(String.raw`(?<=\b(?:is|was)[ \t]+)(?:rond|over|in)[ \t]+de[ \t]+(?:${TENS})(?=[ \t]+(?:zegt|zei|schat|denkt|denk|gelooft|geloof)[ \t]+(?:ze|hij|zij|ik|men|de|het)(?![\p{L}]))`, "giu"),
  // "Roos is eenendertig,", "Ons Teun is nog mar zeuventien,": a capitalised name + a be-verb + a number word closing
  // the clause (not "Het is twintig over", "Totaal is vijftig").
  // (also with a comma after an apposition's name and the Achterhoek "now": "Mien vrouwe, Dinie, is now tachentig en")
  new RegExp(String.raw`(?<![\p{L}])(?!(?:${NOT_AGE_SUBJECTS})(?![\p{L}]))\p{Lu}\p{Ll}+(?:,(?<=[ \t]\p{Lu}\p{Ll}+,))?[ \t]+(?:is|was|wordt|werd)[ \t]+(?:(?:nu|nou|now|nog|al|pas|net|bijna|inmiddels|maar|mar|ook|zelf|ongeveer|ruim)[ \t]+){0,2}(?:${NUMWORD})(?=${AGE_TAIL})`, "gu"),
  // "Ik word in juni achtenachtig", "Ikzölf wör in juni achtenachtig", "ze wordt volgend jaar zeventig": an announced age in
  // words after a time (also the Achterhoek "wör").
  new RegExp(String.raw`(?<![\p{L}])(?:ik|ich|ikzelf|ikzölf|hij|zij|ze|u)[ \t]+(?:word|wordt|wör|wörd)[ \t]+(?:in[ \t]+(?:${MONTHS})|volgend[ \t]+jaar|volgende[ \t]+(?:week|maand)|deze[ \t]+(?:week|maand)|dit[ \t]+jaar|straks|binnenkort|morgen)[ \t]+(?:${NUMWORD})(?=${AGE_TAIL})`, "giu"),
  // In a lower-case note: "vrouw blessing is negenentwintig," (a relation word + a name), "mol is achtendertig, roos is
  // eenendertig." (a one-word subject opening the clause, only a compound 21–99: "prijs is vijftig" stays).
  new RegExp(String.raw`(?:(?<![\p{L}])(?:vrouw|man|partner|vriendin|vriend|zoon|dochter|broer|zus|moeder|vader|oma|opa)[ \t]+(?!(?:${NOT_AGE_SUBJECTS})(?![\p{L}]))\p{Ll}{3,}[ \t]+is[ \t]+(?:${NUMWORD})|(?<=(?:^|\n|[.!?;,][ \t]+)(?:[-*•][ \t]*)?)(?!(?:${NOT_AGE_SUBJECTS})(?![\p{L}]))\p{Ll}{3,}[ \t]+is[ \t]+(?:${UNITS})(?:[eë]n|-en-)(?:${TENS}))(?=${AGE_TAIL})`, "gu"),
  // "werd achttien in december", "wordt zeventien op 4 maart": turning an age in words in a month or on a date (not "het
  // werd twintig in juli": the weather).
  new RegExp(String.raw`(?<=(?<![\p{L}])(?:wordt|werd)(?<!(?:[Hh]et|[Dd]at|[Dd]it|[Ee]r|[Dd]e[ \t]+\p{Ll}+)[ \t]+(?:wordt|werd))[ \t]+)(?:${NUMWORD})(?=[ \t]+(?:op[ \t]+\d{1,2}(?:e|ste|de)?(?:[ \t]+(?:${MONTHS})|[-/]\d{1,2})|in[ \t]+(?:${MONTHS}))(?![\p{L}\p{N}]))`, "gu"),
  // "mn schoonmoeder wordt zaterdag zeventig", "werd dit jaar tachtig;", "die volgende maand twintig wordt", "… en volgende maand twintig wordt": turning an
  // age in words with a time word next to it, closing the clause or before the verb (not "het wordt zaterdag twintig":
  // the weather, not "de huur wordt volgend jaar vijftig": "de" + a noun as the subject).
  new RegExp(String.raw`(?<=(?<![\p{L}])(?:wordt|werd)(?<!(?<![\p{L}])(?:[Hh]et|[Dd]at|[Dd]it|[Ee]r|[Dd]e[ \t]+\p{Ll}+|[Hh]et[ \t]+\p{Ll}+)[ \t]+(?:wordt|werd))(?:[ \t]+${TURN_ADVERB})?[ \t]+${TURN_TIME}(?:[ \t]+${TURN_ADVERB})?[ \t]+)(?!honderd)(?:${NUMWORD})(?:[ \t]+jaar)?(?=${AGE_TAIL})`, "gu"),
  new RegExp(String.raw`(?<=(?<![\p{L}])(?:die|hij|zij|ze|ik|en)(?:[ \t]+${TURN_ADVERB})?[ \t]+${TURN_TIME}(?:[ \t]+${TURN_ADVERB})?[ \t]+)(?!honderd)(?:${NUMWORD})(?:[ \t]+jaar)?(?=[ \t]+(?:wordt|werd|word)(?![\p{L}])(?![ \t]+(?:het|er|dat|dit)(?![\p{L}])))`, "giu"),
  // "Hij is sinds 2 januari zestien en", "Radu is de jongste: negentien,": the day the age was reached, or the youngest.
  new RegExp(String.raw`\b(?:hij|zij|ze)[ \t]+is[ \t]+sinds[ \t]+(?:\d{1,2}[ \t]+)?(?:${MONTHS})[ \t]+(?:${NUMWORD})(?=${AGE_TAIL})|(?<![\p{L}])(?:is|was)[ \t]+de[ \t]+(?:jongste|oudste|middelste)[ \t]*[:,][ \t]*(?:${NUMWORD})(?=${AGE_TAIL})`, "giu"),
  // "Oma is rond de tachtig (ze weet het zelf niet precies)": after a be-verb the decade is an age before a bracket too.
  new RegExp(String.raw`(?<=\b(?:is|was|wordt|werd)[ \t]+)(?:rond|over|ergens[ \t]+in)[ \t]+de[ \t]+(?:${TENS})(?=[ \t]*\()`, "giu"),
  // "ook zij zijn boven de tachtig", "ze is al boven de zeventig": a be-verb + "boven de" + a decade word
  // (not "jongeren onder de 27", "mensen boven de 65 krijgen AOW": a group has no be-verb before "boven").
  new RegExp(String.raw`\b(?:is|was|zijn|waren)\s+(?:(?:al|ook|ruim|ver|nu|inmiddels|allebei|beiden|allemaal)\s+){0,2}boven\s+de\s+(?:${TENS})(?:\s+jaar\b|(?=\s*(?:[,.;:)!?\n]|en\b|$)))`, "giu"),
  new RegExp(String.raw`(?:\b(?:een(?:[ \t]+\p{Ll}{3,}e)?|als|als\s+een|jonge|vroege|late|kwieke|die|deze|zo'n|de)|(?<=(?<![\p{L}])(?:is|was|als)[ \t]+)'?n)\s+(?:twintiger|dertiger|veertiger|vijftiger|zestiger|zeventiger|tachtiger|negentiger)(?![\p{L}])(?!\s+jaren|\s+jaar)`, "giu"),
  // "[10:04] youssef: vijftiger, net ontslagen", "Zbigniew (Poolse vijftiger)": opening a message or a bracket, also
  // after an adjective of origin.
  new RegExp(String.raw`(?<=(?:^|\n|[(:])[ \t]*(?:\p{L}{3,}e[ \t]+)?)(?:twintiger|dertiger|veertiger|vijftiger|zestiger|zeventiger|tachtiger|negentiger)(?![\p{L}])(?!\s+jaren|\s+jaar)`, "giu"),
];
const AGE_LIST_HINT = /\d\s+en\s+\d/iu;
// A household note with the number of children and one age each in brackets: "eenoudergezin, 2 kn (5/9)", "3 kinderen
// (4/7/12)" (as many numbers as children, so no date "(5/9)" after a count).
const COUNTED_CHILDREN_AGES_RE = /(?<![\p{L}\p{N}])([2-9])[ \t]*(?:kn|kind|kinderen|kids|kind\.)\.?[ \t]*\([ \t]*(\d{1,2}(?:[ \t]*[/,;][ \t]*\d{1,2})+)[ \t]*\)/giu;
// "twee kinderen van vijf en negen", "de meisjes van zes, acht en elf", "de meiden zijn negen en vier", "hun dochters van vijf en acht
// wonen nog in Gaziantep" (a verb after the list): children "van" or
// "zijn" a list of number words (not a
// range "tussen vijf en tien", not "kinderen van drie en vier jaar geleden").
const CHILD_WORD = String.raw`(?:${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)`;
// One age of such a list, also a compound written apart ("een-en-twintig", "zeuven en vieftig").
const CHILD_WORD_RE = new RegExp(String.raw`(?<![\p{L}])${CHILD_WORD}(?![\p{L}])`, "giu");
const CHILDREN_OF_WORD_AGES_RE = new RegExp(String.raw`(?<![\p{L}])(?:kinderen|kindjes|kids|zoons|zoontjes|zonen|dochters|dochtertjes|jongens|meisjes|meiden|kleintjes|tweeling)[ \t]+(?:van|zijn)[ \t]+(${CHILD_WORD}(?:[ \t]*,[ \t]*${CHILD_WORD}){0,4}[ \t]+en[ \t]+${CHILD_WORD})(?:[ \t]+jaar)?(?![ \t]+(?:jaar[ \t]+)?(?:geleden|terug|later|oud[ \t]+en)(?![\p{L}]))(?=[ \t]*(?:[,.;:!?)\n]|$|jaar(?![\p{L}])|(?:die|en|maar|uit|bij|in|op|wonen|woonden|zijn|waren|gaan|gingen|zitten|zaten|blijven|bleven|logeren)(?![\p{L}])))`, "giu");
const NUMBER_WORD_HINT = /tig|tien|tich|tjin|elf|twaalf|honderd|jaar\s+oud|jarig/iu;
// "(8 en 11 jaar)", "de kinderen (4, 7 en 12)", "twee zoons van 6 en 9", "twee meiden (6 en 9)", "de twee middelste (9 en 12)"; "de twee jongsten (7 en 11)", "Kevin
// en Demi (broer en zus, 19 en 17)".
// ("de jongste twee (3 en 5)", "de oudste drie": the youngest or eldest few children.)
// A couple with both ages in brackets: "Zhang Min en Lin Hui (echtpaar, 61 en 58)", "(ouders, 70 en 68)"; young people with
// their ages in brackets: "Twee jongeren (15 en 16) vertelden", also parents: "ouders (34 en 36) zijn uit elkaar" (not
// "jongeren tussen 16 en 27", a target group).
const AGE_LIST_RE = /\b(?:kinderen|kindjes|kleintjes|kids|zoons|zoontjes|zonen|dochters|dochtertjes|jongens|meisjes|meiden|broers|broertjes|zussen|zusjes|tweeling|kleinkinderen|jongsten|oudsten|middelste|middelsten|(?:jongste|oudste)[ \t]+(?:twee|drie|vier|vijf))\b[^.\n()]{0,30}?\(?\s*((?:\d{1,2}\s*,\s*)*\d{1,2}\s+en\s+\d{1,2})(?![ \t]*(?:dagen|dag|uur|uren|keer|euro|weken|maanden|kilo|km|procent|%|x|minuten|nachten|avonden|ochtenden|middagen)(?![\p{L}]))(?:\s+jaar)?\s*\)?|\(\s*((?:\d{1,2}\s*,\s*)*\d{1,2}\s+en\s+\d{1,2})\s+(?:jaar|jr\.?)\s*\)|\(\s*(?:(?:broer|zus|zoon|dochter|neef|nicht|broertje|zusje|zoontje|dochtertje)\s+en\s+(?:broer|zus|zoon|dochter|neef|nicht|broertje|zusje|zoontje|dochtertje)|echtpaar|stel|ouders|partners|man\s+en\s+vrouw)\s*,\s*(\d{1,2}\s+en\s+\d{1,2})(?:\s+jaar)?\s*\)|(?<![\p{L}])(?:jongeren|tieners|pubers|meiden|ouders|grootouders)[ \t]*\(\s*((?:\d{1,2}\s*,\s*)*\d{1,2}\s+en\s+\d{1,2})(?:\s+jaar)?\s*\)/giu;
const KIDS_ARE_LIST_RE = /\b(?:kinderen|kids|zoons|zonen|dochters|jongens|meisjes|kleinkinderen)\b[^.\n]{0,40}?\b(?:zijn|waren)[ \t]+ze[ \t]+(?:(?:niet|nu|toch|al)[ \t]+)?((?:\d{1,2}[ \t]*,[ \t]*)*\d{1,2}[ \t]+en[ \t]+\d{1,2})(?![\p{N}])(?![ \t]*(?:jaar[ \t]+)?(?:geleden|keer|uur|dagen|weken|maanden))/giu;
// "My father is 74", "Our son Vikram is 6", "our kids are 11 and 14": an English possessive + relation
// word (+ a name) + is/are + an age closing the clause (not "my son is 3 hours late": a unit follows).
const EN_REL_IS_AGE_RE = /\b(?:my|our|his|her|their)[ \t]+(?:father|mother|dad|mum|mom|son|daughter|husband|wife|partner|child|baby|boy|girl|brother|sister|grandmother|grandfather|grandson|granddaughter|kids|children|sons|daughters|boys|girls|twins)(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?[ \t]+(?:is|are|was|were|turned|turns|will[ \t]+be)[ \t]+(?:now[ \t]+|almost[ \t]+|just[ \t]+)?(\d{1,3}(?:(?:[ \t]*,[ \t]*\d{1,3})*[ \t]+and[ \t]+\d{1,3})?)(?=[ \t]*(?:years?(?:[ \t]+old)?)?[ \t]*(?:[,.;)!?\n]|$|and\b|now\b))/giu;
// "Ik ben een harde werker van 41 jaar met …" (a CV profile), "zij is een zorgzame moeder van 38 jaar":
// a self-description + "van N jaar" closing the clause (not "een traject van 2 jaar": the subject is no person; 15–99).
const SELF_DESCR_AGE_RE = /(?<![\p{L}])(?:ik[ \t]+ben|hij[ \t]+is|zij[ \t]+is|ze[ \t]+is)[ \t]+een[ \t]+(?:\p{Ll}+[ \t]+){0,2}\p{Ll}{3,}[ \t]+van[ \t]+(\d{2})[ \t]+jaar(?=[ \t]*(?:[,.;!?\n]|$|(?:met|en|die|uit|oud)(?![\p{L}])))/giu;
// English-speaking clients' texts with a pronoun: "my son Boris also, he is 16 he translate", "She is 34 and
// …" (capitalised or lower case; not "he is 16 minutes late": a unit or any other word than a pronoun or "and" follows).
// Also the writer's own age in a chat: "i am 24, i have no money", "I'm 31 and".
// "At 29 he is one of the youngest in the crew": an English "At" opening a sentence + an age before the person it is about.
const EN_AT_AGE_RE = /(?<=(?:^|[.!?][ \t]+|\n[ \t]*))At[ \t]+(\d{1,3})[ \t]*,?[ \t]+(?:he|she|they|I)[ \t]+(?:is|was|are|were|am|'s|’s)(?![\p{L}])/gu;
// (also a relative clause after a name: "one daughter, Meera, who is 9 and")
const EN_PRONOUN_AGE_RE = /(?<![\p{L}])(?:(?:[Hh]e|[Ss]he|(?<=\p{L},[ \t]*)who)[ \t]+(?:is|was|turned|turns|will[ \t]+be)|I[ \t]+(?:am|turned|will[ \t]+be)|i[ \t]+am|[Ii]['’]m)[ \t]+(?:now[ \t]+|almost[ \t]+|just[ \t]+|only[ \t]+)?(\d{1,3})(?![.:,]\d)(?=[ \t]*(?:years?(?:[ \t]+old)?)?[ \t]*(?:[,.;)!?\n]|$|(?:and|now|he|she|but|so)(?![\p{L}]))|[ \t]+years?[ \t]+old[ \t]+\()/gu;
// "a Ukrainian worker of 52,", "the twins of 6 stay with him": an English person noun (an adjective may come first) +
// "of" + an age closing the clause or before a verb (not "a man of 2 metres": a unit follows).
const EN_PERSON_OF_AGE_RE = /\b(?:a|an|the|our|my|her|his|their)[ \t]+(?:\p{L}+[ \t]+)?(?:twins|worker|woman|man|lady|gentleman|mother|father|student|employee|colleague|neighbour|neighbor|volunteer|widow|widower)[ \t]+of[ \t]+(\d{1,3})(?=[ \t]*(?:years?(?:[ \t]+old)?)?[ \t]*(?:[,.;)!?\n]|$|(?:and|who|stay|stays|live|lives|is|are|was|has|have|works|worked|from)(?![\p{L}])))/giu;
const EN_CHILD_OF_AGE_RE = /\b(?:a|an|our|my|her|his|their)[ \t]+(?:son|daughter|child|boy|girl|baby)[ \t]+of[ \t]+(\d{1,2})(?=[ \t]*(?:years?(?:[ \t]+old)?)?[ \t]*(?:[,.;)!?\n]|$|and\b))/giu;
// A form field with a note or a translation before the colon ("Leeftijd (schatting): 40", "Leeftijd / Wiek:
// 39"), and "leeftijden" before a list of ages ("3 kinderen (leeftijden 2, 7 en 11)"; not a range "leeftijden 18 tot 27").
const LEEFTIJD_RE = /(?<![\p{L}-])leeftijd(?:en(?=[ \t]*:?[ \t]*\d{1,2}[ \t]*(?:,|en(?![\p{L}]))))?(?:[ \t]+(?:klant|cliënt|client|partner|kind|kinderen|aanvrager|van[ \t]+\p{L}+|(?:bij|op|per)[ \t]+(?:start|aanvang|aanmelding|intake|instroom|inschrijving|plaatsing|peildatum)))?(?:[ \t]*\([ \t]*\p{L}+\.?[ \t]*\)(?=[ \t]*:)|[ \t]*\/[ \t]*\p{L}+(?=[ \t]*:))?\s*(?:\.{2,}[ \t]*)?(?:van\s*|is\s+|\(\s*)?[:;=|]?\s*(\d{1,3})(?![\p{N}])(?![-./]\d)/giu;
// "vanaf de leeftijd van 18", "AOW-leeftijd van 67": a limit, not someone's age.
const LIMIT_BEFORE_LEEFTIJD = /(?:vanaf|boven|onder|tot|tussen|bij|op|met|minimum|minimale|maximale|maximum)[ \t]+de[ \t]+$/iu;
// "een dochtertje van acht maanden", "haar dochter Lieke van 15": a child's age after a name or in months.
// (Also before a plural verb of a compound subject: "mevrouw en haar zoon van zes krijgen een woning".)
// (And before a state of the child: "omdat haar zoontje Abel van vier ziek is".)
// (Also "één" with its accents: "hun zoontje van één blijven in Cuijk"; a bare "een" only with its unit: "een zoon van een\nSloveense
// mijnwerker" is no age.)
const CHILD_AGE_RE = new RegExp(String.raw`\b(?:baby|dochtertje|zoontje|kindje|kind|dochter|zoon|tweeling|meisje|jongetje|kleindochter|kleinzoon)(?:\s+\p{Lu}\p{Ll}+)?\s+van\s+(?!een(?![\p{L}])(?!\s+(?:jaar|maanden|weken)\b))(\d{1,2}|${UNITS}|één|${NUMWORD})(?:\s+(?:maanden|weken)\b|(?=\s+jaar\b)|(?=\s*[,.;:)!?]|[ \t]*(?:\n|$|\((?!\d))|\s+(?:en|die|dat|is|heeft|woont|zit|gaat|in|uit|op|bij|naar|de|het|helpt|werkt|studeert|doet|komt|wil|kan|moet|speelt|krijgt|wordt|was|slaapt|tekent|nog|ook|thuis|krijgen|wonen|zijn|hebben|gaan|komen|zitten|slapen|moeten|willen|kunnen|mogen|worden|blijven|verhuizen|staan|waren|woonden|kregen|ziek|jarig|verkouden|bang|moe)\b))`, "giu");
// "de oudste is 14", "de jongste dochter is 2": a child's age in a family description.
// (also the twins by name, "de tweeling Jip en Janneke zijn 6", and a number word, also in dialect and with the
// participle after it: "de jongste is net twee worden, de oudste is zeuven"; not "de oudste is twee keer blijven zitten")
const ELDEST_AGE_RE = new RegExp(String.raw`\b(?:(?:oudste|jongste|middelste)(?:\s+(?:zoon|dochter|kind|broer|zus|kleinkind))?|de\s+tweeling(?:[ \t]+\p{Lu}\p{Ll}+[ \t]+en[ \t]+\p{Lu}\p{Ll}+(?=[ \t]+(?:zijn|waren|worden)\b))?),?\s+(?:is|was|wordt|zijn|waren|worden)\s+(?:nu\s+|net\s+|pas\s+|toen\s+)?(\d{1,2}|${NUMWORD}|${UNITS}|zeuven|zeuve|vief|een\s+paar\s+(?:dagen|weken|maanden)(?=\s+oud\b))(?=[ \t]*(?:jaar\b(?!\s+(?:geleden|later|terug|eerder))|oud\b|(?:geworden|worden|wore|woorde)(?=[ \t]*(?:[,.;:!?\n]|$|en\b))|[,.;:)!?\n]|en\b|$))`, "giu");
// "haar moeder (71)", "zijn zoon (8)": an age in brackets after a relation word.
// (also dialect kin words: Limburgish "mien moder (78)", "vader" as "vaader")
const RELATION_WORDS = "oudste|jongste|middelste|moeder|vader|moder|vaader|zoon|dochter|broer|zus|man|vrouw|partner|kind|oma|opa|tante|oom|neef|nicht|schoonmoeder|schoonvader|schoonzoon|schoondochter|zwager|schoonzus|grootmoeder|grootvader|kleinzoon|kleindochter|kleinkind|echtgenoot|echtgenote|baby|vriend|vriendin|ex|buurman|buurvrouw|zusje|broertje|dochtertje|zoontje";
// Also a person word for the client: "als alleenstaande minderjarige (16)", "de jongere (19)", "weduwe (71)".
const PERSON_PAREN_WORDS = `minderjarige|meerderjarige|jongere|alleenstaande|weduwe|weduwnaar|klant|cliënt|client|aanvrager|aanvraagster|huurder|bewoner|jongen|meisje|jongeman|statushouder|nieuwkomer|student|studente|scholier|leerling|tiener|puber|peuter|kleuter|dame|heer|mevrouw|meneer|betrokkene|` +
  // The parties of a court case or a procedure: "Aan eiseres (46) is een boete opgelegd", "appellant (58)".
  `eiser|eiseres|verweerder|verweerster|appellant|appellante|verzoeker|verzoekster|belanghebbende|gedaagde|cliënte|huurster|bewoonster|verdachte|` +
  // A volunteer, intern or colleague: "Lisa, de jongste vrijwilliger (17), signaleerde dit".
  `vrijwilliger|vrijwilligster|stagiair|stagiaire|collega`;
// Family members listed with their ages in a bracket or after commas: "Het gezin (vader 38, moeder 33, drie
// kinderen)", "(oma 81, opa 84)".
const RELATION_LIST_AGE_RE = new RegExp(String.raw`(?<=[(,][ \t]*)(?:${RELATION_WORDS})[ \t]+(\d{1,3})(?=[ \t]*(?:jaar|jr\.?)?[ \t]*[,;)])`, "giu");
// Also a hedged guess in the bracket: "haar jongste (ik denk 6)", "zijn vader (ca. 80)", "de buurman (70?)".
const RELATION_PAREN_AGE_RE = new RegExp(String.raw`\b(?:half|stief|pleeg|ex-?)?(?:${RELATION_WORDS}|${PERSON_PAREN_WORDS})\s+\((?:(?:ik[ \t]+denk|denk[ \t]+ik|ik[ \t]+schat|schat[ \t]+ik|volgens[ \t]+mij|ongeveer|ca\.?|circa|±|rond|zo'n)[ \t]*)?(\d{1,3})\??\)`, "giu");
// "de opa van vaderszijde (71)", "de vader van de kinderen (45)", "de zus van mevrouw (52 jaar)": a relation word with
// the side of the family or whose relative it is, then the age in brackets (after "de kinderen" only 16 or more: "(2)"
// there counts the children).
const RELATION_OF_PAREN_AGE_RE = new RegExp(
  String.raw`\b(?:half|stief|pleeg|ex-?)?(?:${RELATION_WORDS})[ \t]+(?:(?:van|aan)[ \t]+(?:vaders|moeders)(?:zijde|kant)|van[ \t]+(?:mevrouw|meneer|de[ \t]+klant|klant|cliënt|client|de[ \t]+cliënt|haar|hem|de[ \t]+kinderen|(?:haar|zijn|hun)[ \t]+(?:kinderen|kind|zoon|dochter|man|vrouw|partner|moeder|vader)))[ \t]+\((\d{1,3})(?:[ \t]*(?:jaar|jr\.?|j\.?))?\)`,
  "giu",
);
// "op zijn 18e", "sinds haar achttiende", "vanaf z'n 16de": an age reached at some event.
// (also with a dialect possessive in a quote: "Sinds zien achttiende krieg ie gin cent meer")
const ORDINAL_WORDS = String.raw`(?:(?:${UNITS})[eë]n(?:${TENS})ste|(?:${TENS})ste|tiende|elfde|twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende)`;
// "kwam op haar zesde naar Den Haag": a unit ordinal only before punctuation or a movement word ("op zijn tweede
// poging", "op haar eerste werkdag" are no ages; "eerste" is left out).
const UNIT_ORDINALS = String.raw`(?:tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende)`;
// "speelt sinds zijn negende trompet", "vanaf haar zesde op hockey": after "sinds/vanaf" a unit ordinal before
// a noun is an age too, unless the noun is a counted thing ("sinds zijn tweede opname", "vanaf haar derde kind").
// (Also before "en/maar" closing the clause: "turnt al sinds zijn zesde en is erg gemotiveerd"; not "sinds
// zijn tweede en derde opname".)
// (Also with a short preposition or adverb between: "die sinds zijn zevende op school vastloopt", "sinds haar vijfde al
// dol op dansen"; not "sinds zijn derde op rij".)
const COUNTED_NOUNS = String.raw`(?:poging|pogingen|keer|maal|opname|huwelijk|kind|kindje|kinderen|zoon|dochter|baan|job|jaar|maand|week|dag|werkdag|werkweek|gesprek|ronde|helft|plaats|periode|traject|termijn|contract|zwangerschap|bevalling|scheiding|relatie|afspraak|les|klas|leerjaar|schooljaar|studiejaar|opleiding|stage|verhuizing|woning|huis|ontslag|operatie|behandeling|vriend|vriendin|partner|man|vrouw|auto|telefoon|brief|aanvraag|melding|waarschuwing|boete|schuld|lening|rij|ronde|plek|kans|fase|stap|trimester|semester|seizoen|wedstrijd|album|boek|deel)`;
const ORDINAL_AGE_RE = new RegExp(
  String.raw`\b(?:op|sinds|vanaf|na|rond|tot|voor)\s+(?:zijn|haar|z'n|zn|d'r|dr|hun|mijn|m'n|mn|je|jouw|zien|mien|heur)\s+((?:[1-9]|[1-9]\d)(?:e|de|ste)|${ORDINAL_WORDS}|${UNIT_ORDINALS}(?=\s*[,.;:)!?]|\s+(?:naar|in|uit|vanuit|bij|met|via|al|kwam|ging|verhuisde|begon)\b)|(?<=(?:sinds|vanaf)\s+\S+\s+)${UNIT_ORDINALS}(?=\s+(?:(?:op|in|al|nog|bij)\s+(?!rij(?![\p{L}])))?(?!${COUNTED_NOUNS}(?![\p{L}]))\p{Ll}{3,}(?![\p{L}])|\s+(?:en|maar)\s+(?!(?:eerste|${UNIT_ORDINALS})(?![\p{L}]))))(?![\p{L}\p{N}])`,
  "giu",
);
// "hij wordt volgende maand veertig", "ze wordt in mei 67": an age announced with a time.
const SOON_AGE_RE = new RegExp(
  // Also after an age: "is 18 en wordt in juni negentien".
  // Also without a subject in a chat answer or after an age: "ja, wordt volgende week 18", "64, wordt in juni 65".
  // (Also after a bracket and with "over N weken/maanden": "geboren 9 juli 2006 (wordt over zes weken 18)".)
  // (Also after a weekday or a full date: "ze wordt vrijdag 5", "hij wordt op 2 maart 2024 achttien"; after a
  // person's name see agesAfterPersons in detect.ts.)
  String.raw`(?:\b(?:hij|zij|ze|hee|hae|mevrouw|meneer|klant|cliënt|client)|(?<=\b(?:is|was)\s+\d{1,3}\s)en|(?<=(?:^|\n|:|\(|(?<![\p{L}])(?:ja|nee|klopt|jep|jup|yes)[ \t]*[,!.]|(?<![\p{N}.,:/-])\d{1,3}[ \t]*,)[ \t]*)(?=wordt))\s*wordt\s+(?:over\s+(?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(?:dag|dagen|week|weken|maand|maanden)|volgende\s+(?:week|maand)|volgend\s+jaar|binnenkort|straks|bijna|deze\s+(?:week|maand)|dit\s+jaar|morgen|vandaag|overmorgen|in\s+(?:${MONTHS})|op\s+(?:\d{1,2}|${NUMWORD}|een|twee|drie|vier|vijf|zes|zeven|acht|negen)\s+(?:${MONTHS})(?:\s+(?:19|20)\d\d)?|(?:op\s+|aanstaande\s+|komende\s+|volgende\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|in\s+(?:het\s+voorjaar|het\s+najaar|de\s+zomer|de\s+winter|de\s+lente|de\s+herfst)|(?:deze|komende|volgende)\s+(?:zomer|winter|lente|herfst))\s+(?:al\s+)?(\d{1,3}|${NUMWORD})(?:\s+jaar)?(?=\s*(?:[,.;:)!?]|en\b|$)|(?<=\d)${AGE_TAIL})`,
  "giu",
);
// "ze is net 18 geworden", "hij werd vorige maand 60": an age reached recently (also with a place or company
// after it: "ze werd vorige week 63 op de afdeling", not "werd vorige week 3 op 4").
const BECAME_AGE_RE = new RegExp(
  String.raw`\b(?:hij|zij|ze|hee|hae|mevrouw|meneer|klant|cliënt|client|clt|mw|dhr)\.?\s+(?:is\s+(?:(?:trouwens|inmiddels|ook|dus)\s+)?(?:net|pas|onlangs|vorige\s+(?:week|maand)|vorig\s+jaar|gisteren|vandaag|in\s+(?:${MONTHS}))\s+(\d{1,3}|${NUMWORD})\s+gewor(?:den|en|e)(?![\p{L}])|werd\s+(?:net|pas|onlangs|vorige\s+(?:week|maand)|vorig\s+jaar|gisteren|in\s+(?:${MONTHS}))\s+(\d{1,3}|${NUMWORD})(?=\s*(?:jaar\b|[,.;:)!?]|en\b|$)|[ \t]+(?:op|in|bij|met|thuis|samen)[ \t]+(?!\d)))`,
  "giu",
);
// "hij werd op 3 november 2024 achttien", "ze wordt in februari 2026 achtenvijftig": a full date, then the age reached
// closing the clause.
const DATED_TURN_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:wordt|werd)[ \t]+(?:(?:pas|dus|ook|al|trouwens|dan|nu)[ \t]+)?(?:in|op[ \t]+\d{1,2})[ \t]+(?:${MONTHS})[ \t]+(?:19|20)\d\d[ \t]+(\d{1,3}|${NUMWORD})(?=[ \t]*(?:jaar(?![\p{L}])|[,;:)!?\n]|\.(?!\d)|en(?![\p{L}])|$))`, "giu");
// "dat ze vorige maand 66 is geworden", "omdat hij net achttien is geworden": a subclause with a pronoun, the age and
// "is/ben geworden" last.
const SUBCLAUSE_BECAME_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:dat|omdat|want|als|nu|sinds|toen|nadat)[ \t]+(?:ie|hij|zij|ze|ik|u|jij|je)[ \t]+(?:(?:net|pas|onlangs|gister(?:en)?|eergister(?:en)?|vorige[ \t]+(?:week|maand)|vorig[ \t]+jaar|afgelopen[ \t]+(?:week|maand|jaar)|in[ \t]+(?:${MONTHS})|op[ \t]+\d{1,2}[ \t]+(?:${MONTHS}))[ \t]+)?(\d{1,3}|${NUMWORD})(?:[ \t]+jaar)?[ \t]+(?:is|ben|bent)[ \t]+gewor(?:den|en|e)(?![\p{L}])`, "giu");
// Chat word order: "17 is ie nog", "ja maar 16 is ze nog," (the age first, a pronoun after the verb, the clause ends).
const AGE_FIRST_AGE_RE = new RegExp(String.raw`(?<=(?:^|\n|[:.!?]|(?<![\p{L}])(?:ja|nee|maar|nou|want))[ \t]*)(\d{1,3}|${NUMWORD})[ \t]+(?:is|was)[ \t]+(?:ie|hij|zij|ze)(?:[ \t]+(?:nog|al|pas|nu|inmiddels|net))?(?=[ \t]*(?:[,.!?;\n]|$))`, "giu");
// After an age, the next one announced: "Hij is negentien, wordt twintig in mei", "17 is ie nog, wordt pas in april 18".
const SOON_TIME = String.raw`in[ \t]+(?:${MONTHS})|volgende[ \t]+(?:week|maand)|volgend[ \t]+jaar|deze[ \t]+(?:week|maand)|binnenkort`;
const TURNS_AFTER_AGE_RE = new RegExp(String.raw`(?<=(?:(?<![\p{L}])(?:is|was|ben|bent)[ \t]+(?:(?:nu|nog|pas|net|bijna)[ \t]+)?(?:\d{1,3}|${NUMWORD})(?:[ \t]+jaar)?|(?<![\p{L}\p{N}])(?:\d{1,3}|${NUMWORD})[ \t]+(?:is|was)[ \t]+(?:ie|hij|zij|ze)(?:[ \t]+(?:nog|al|pas|nu))?)[ \t]*,[ \t]*(?:en[ \t]+)?wordt[ \t]+(?:(?:pas|dus|al|dan)[ \t]+)?)(?:(?:${SOON_TIME})[ \t]+(\d{1,3}|${NUMWORD})(?=[ \t]*(?:jaar[ \t]*)?(?:[,.;!?)\n]|$|en(?![\p{L}])))|(\d{1,3}|${NUMWORD})(?=[ \t]+(?:jaar[ \t]+)?(?:${SOON_TIME})(?![\p{L}])))`, "giu");
const TURN_AGE_RES: [RegExp, (low: string) => boolean][] = [
  [DATED_TURN_AGE_RE, (low) => (low.includes("wordt") || low.includes("werd")) && /(?:19|20)\d\d[ \t]+[\p{L}\d]/u.test(low)],
  [SUBCLAUSE_BECAME_AGE_RE, (low) => low.includes("gewor")],
  [AGE_FIRST_AGE_RE, (low) => /[ \t](?:is|was)[ \t]+(?:ie|hij|zij|ze)/.test(low)],
  [TURNS_AFTER_AGE_RE, (low) => low.includes("wordt")],
];
// "zijn 50e verjaardag", "haar achttiende verjaardag".
const BIRTHDAY_AGE_RE = new RegExp(String.raw`\b(?:zijn|haar|z'n|d'r|hun)\s+((?:[1-9]|[1-9]\d)(?:e|de|ste)|${ORDINAL_WORDS})\s+verjaardag`, "giu");
// "een vrouw van in de veertig", "een man van rond de zestig".
const OF_DECADE_RE = new RegExp(String.raw`\bvan\s+((?:in|rond|over|begin|eind|midden|halverwege)\s+de\s+(?:${TENS}))(?![\p{L}])`, "giu");
// "V, 38, twee kinderen", "man, 44,": a gender and an age opening a line or a bracket.
// (Also a couple in one bracket: "een stel (m, 44 / v, 39)".)
// Also after a name's comma: "mw. Quisaira Martina, V, 24, klantnummer …" (a capital M/V only).
const GENDER_AGE_RE = /(?:(?:(?<=^|\n|\(|\([ \t]*(?:[MVmv]|man|vrouw)[ \t]*,[ \t]*\d{1,3}[ \t]*[/;][ \t]*)[ \t]*(?:[-*•][ \t]*)?|(?<=:[ \t]))(?:[MVmv]|man|vrouw)|(?<=[\p{Ll})],[ \t]?)[MV])\s*[,/]\s*(\d{1,3})(?=\s*(?:jaar\s*)?[,;)\n]|\s*$|[ \t]*[/;][ \t]*(?:[MVmv]|man|vrouw)[ \t]*,[ \t]*\d)/gu;
// "vader Rami, 45; moeder Lama, 39": a relation word, a name and an age; also "tante is Marisela, 58," and a title with
// an initial only ("mw. O., 37, 3 kinderen").
const RELATION_NAME_AGE_RE = /\b(?:moeder|vader|zoon|dochter|broer|zus|man|vrouw|partner|oma|opa|tante|oom|zwager|schoonzus|schoonmoeder|schoonvader|echtgenoot|echtgenote|kind)\s+(?:is\s+|heet\s+)?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?,\s*(\d{1,3})(?=\s*(?:jaar\s*)?(?:[;,)]|\n|$))|(?<![\p{L}])(?:[Mm]w|[Mm]evr|[Dd]hr|[Mm]nr|[Mm]evrouw|[Mm]eneer)\.?\s+\p{Lu}\.(?:\s?\p{Lu}\.)*,\s*(\d{1,3})(?=\s*(?:jaar\s*)?(?:[;,)]|\n|$))/gu;
// "vier kinderen van 3 tot 12 jaar", "5 kids (2–15)": the youngest and oldest child's age.
// "2, van 3 en 7", "de andere twee zijn 3 en 6", "kinderen van 4 en 9.": the children's ages as a pair after a count
// or a children word (not "twee zijn 3 en 6 euro", "2 afspraken, van 3 en 7 maart").
const CHILD_AGE_PAIR_RE = /(?:(?<![\p{L}])(?:kinderen|kids|zoons|zonen|dochters|jongens|meisjes|meiden|twee|drie|vier|beiden|beide)|(?<![\d\p{L},.:\/-])[2-9],)[ \t]+(?:zijn|van)[ \t]+(1?\d|2[0-5])[ \t]+en[ \t]+(1?\d|2[0-5])(?=[ \t]*(?:jaar)?[ \t]*(?:[,;!?)\n]|\.(?!\d)|$))/giu;
// In a chat "[08:35] kevin: 17 of 18 nu", "[08:36] Laura: 18 sinds 2 oktober": a message that opens with an age guess
// ("N of M nu") or "N sinds <date>" (turned N then), also after a first sentence; not "om 14 of 15 nu", not outside a timestamped chat line.
const CHAT_AGE_GUESS_RE = new RegExp(String.raw`(?<=(?:^|\n)[ \t]*\[?\d{1,2}[:.]\d{2}\]?[ \t]*[^\n:\d]{1,30}:[ \t]*(?:ja[ \t,]+|nee[ \t,]+)?(?:[^\n]{0,80}[.!?][ \t]+)?)(?:(1[2-9]|[2-9]\d)[ \t]+of[ \t]+(1[2-9]|[2-9]\d)[ \t]+nu|(1[2-9]|[2-9]\d)[ \t]+sinds[ \t]+\d{1,2}[ \t]+(?:${MONTH_NAMES_NL}))(?=[ \t]*(?:[,.;!?\n]|$))`, "giu");
// "- wordt 65 in mei → nog 2 jaar tot AOW": a subject-less list line about the client turning N (not "- wordt 3 maanden
// verlengd", "- wordt 5 in totaal").
const BULLET_TURNS_AGE_RE = new RegExp(String.raw`(?<=(?:^|\n)[ \t]*[-*•][ \t]*)(?:wordt|werd)[ \t]+(\d{1,3})(?=[ \t]+(?:in|op)[ \t]+(?:${MONTH_NAMES_NL}|\d{1,2}[ \t]+\p{L}+)|[ \t]*(?:jaar)?[ \t]*(?:[,.;!?\n]|→|$))`, "giu");
// Not a target group: "kinderen van 4 t/m 17 jaar komen daarvoor in aanmerking", "voor kinderen van 4
// tot 12 jaar" (a predicate of a rule after it, or "voor/alle" before the noun), nor opening a table cell of a scheme ("|
// Kindpakket | kinderen van 4 tot 18 jaar |").
const CHILD_RANGE_RE = /\b(?:kinderen|kids|zoons|zonen|dochters|kleinkinderen)(?<!(?:voor|alle)[ \t]+\p{L}+)(?<!\|[ \t]*\p{L}+)\s+(?:van\s+(\d{1,2})\s+(?:tot|t\/m)\s+(\d{1,2})\s+jaar(?![ \t]+(?:komen|kunnen|mogen|krijgen|hebben[ \t]+recht|zijn[ \t]+welkom|betalen|gratis)(?![\p{L}]))|\((\d{1,2})\s*[–-]\s*(\d{1,2})(?:\s*jaar|\s*jr)?\))/giu;
// "Ze is dus nu vijfenhalve maand.", "hij is pas zes weken": a baby's age in months or weeks in words after a pronoun and
// "is", closing the clause (not "ze is twee weken ziek", "ze is al twee weken": a duration).
const PRONOUN_MONTHS_AGE_RE = /(?<![\p{L}])(?:hij|zij|ze|baby|die)[ \t]+is[ \t]+(?:(?:dus|nu|pas|net|bijna|inmiddels)[ \t]+){0,2}((?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|anderhalve|(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf)[eë]nhalve)[ \t]+(?:maand|maanden|week|weken)(?:[ \t]+oud)?)(?=[ \t]*(?:[,.;!?)\n]|$))/giu;
// "haar zoontje, dat nu acht maanden is, …": a baby's age in a relative clause after a baby word ("dat/die", the age in
// months or weeks, then the verb).
const BABY_CLAUSE_MONTHS_RE = /(?<![\p{L}])(?:baby|babytje|zoontje|dochtertje|kindje|zoon|dochter)(?:[ \t]+\p{Lu}\p{Ll}+)?,?[ \t]+(?:dat|die)[ \t]+(?:(?:nu|inmiddels|pas|net|bijna|al)[ \t]+)?((?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|anderhalve|\d{1,2})[ \t]+(?:maand|maanden|week|weken))(?:[ \t]+oud)?[ \t]+(?:is|was|wordt)(?![\p{L}])/giu;
// "met zijn zoon, die zestien is en …", "haar moeder, die nu 81 is,", "van de oudste, die vijftien is": an age in a relative
// clause after a relation word.
const RELATION_WHO_IS_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:zoon|zoontje|dochter|dochtertje|moeder|vader|broer|broertje|zus|zusje|oma|opa|partner|man|vrouw|kleinzoon|kleindochter|neef|nicht|tante|oom|oudste|jongste|middelste)(?:[ \t]+\p{Lu}\p{Ll}+)?,[ \t]+die[ \t]+(?:(?:nu|inmiddels|pas|net|bijna|al|toen)[ \t]+)?(\d{1,3}|${NUMWORD})(?:[ \t]+jaar)?[ \t]+(?:is|was|wordt|werd)(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:en|maar|dus)[ \t])`, "giu");
// "[09:12] ingrid: hoe oud is hij nu eigenlijk?\n[09:15] bas: 23, wordt in augustus 24": the answer to a question about someone's
// age, a number opening the next line's message.
const HOW_OLD_ANSWER_RE = /hoe[ \t]+oud[^\n?]{0,40}\?[ \t]*\n[^\n]{0,60}?:[ \t]+(?:(?:ja|nee|hij|zij|ze|die)[ \t,]+(?:is[ \t]+)?)?(\d{1,3})(?=[ \t]*(?:jaar[ \t]*)?(?:[,.;!\n]|$|(?:en|wordt|inmiddels|nu)(?![\p{L}])))/giu;
// "kind Rayan, 4 mnd", "baby, 6 weken": a baby's age in months or weeks.
const BABY_AGE_RE = /\b(?:kind|kindje|baby|zoon|zoontje|dochter|dochtertje)(?:\s+\p{Lu}\p{Ll}+)?,?\s+(\d{1,2})\s*(?:mnd|maanden|maand|weken|wk)\b/gu;
// "jongen uit Overvecht, 23, op straat", "Jongere uit Sprundel, 20, geen startkwalificatie": a person word + "uit" + a
// capitalised place + a bare number between commas is that person's age; also "Jurgen? komt uit Curaçao, 19, sinds sept".
const PERSON_FROM_PLACE_AGE_RE = /(?<![\p{L}])(?:[Jj]ongen|[Mm]eisje|[Jj]ongere|[Jj]ongeman|[Mm]an|[Vv]rouw|[Dd]ame|[Hh]eer|[Kk]lant|[Cc]liënt|[Cc]lient|[Mm]oeder|[Vv]ader|[Ww]eduwe|[Ww]eduwnaar|[Ss]tudent|[Ss]tatushouder|[Kk]omt|[Kk]wam|[Aa]fkomstig)[ \t]+uit[ \t]+(?:de[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?,[ \t]*(\d{1,3})(?=[ \t]*(?:jaar[ \t]*)?(?:[,;)\n]|\.(?!\d)|$))/gu;
// "Moeder van mw. ± 75.", "Vader van dhr. (ca. 80)": a relation of the client + an (approximate) bare number.
const RELATION_OF_CLIENT_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${RELATION_WORDS.split("|").map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|")})[ \t]+van[ \t]+(?:mw|mevr|dhr|mevrouw|meneer|de[ \t]+klant|klant|cliënt|client)\.?[ \t]*(?:[:,(][ \t]*)?(?:±|ca\.?|circa|ongeveer|rond)?[ \t]*(\d{1,3})(?=[ \t]*(?:jaar[ \t]*)?(?:[,;)\n]|\.(?!\d)|$))`, "gu");
// "Daryna wordt in mei 18", "Jayden wordt 14 over twee weken", "als Daryna 18 wordt": a name and an age about to be reached.
const NAME_BECOMES_RE = new RegExp(String.raw`\b(?:\p{Lu}\p{Ll}+\s+wordt\s+(?:in\s+(?:${MONTH_NAMES_NL})|volgende\s+(?:week|maand)|volgend\s+jaar|binnenkort|bijna)\s+(\d{1,2})(?=\s*(?:jaar\b|[,.;:)!?]|en\b|$))|(?!(?:Het|Dat|Dit|Er|Wat|Die|Deze|Dan|Nu|Hij|Zij|Ze)\s)\p{Lu}\p{Ll}+\s+wordt\s+(?:(?:trouwens|dus|al|pas)\s+)?(\d{1,2})(?=\s+(?:over\s+(?:een|twee|drie|vier|vijf|zes|\d{1,2})\s+(?:dagen|weken|maanden|week|maand)|volgende\s+(?:week|maand)|in\s+(?:${MONTH_NAMES_NL}))(?![\p{L}]))|(?:[Aa]ls|[Nn]u|[Zz]odra|[Ww]anneer|[Tt]otdat|[Oo]mdat|[Dd]oordat|[Vv]oordat)\s+(?:\p{Lu}\p{Ll}+|hij|zij|ze)\s+(?:(?:volgende\s+(?:week|maand)|volgend\s+jaar|deze\s+maand|binnenkort|straks|bijna|in\s+(?:${MONTH_NAMES_NL}))\s+)?(\d{1,2})\s+(?:wordt|is|werd)\b)`, "gu");
// "en wordt in oktober 2025 67": a month and year and then a bare number closing the clause is the age reached then.
const BECOMES_IN_YEAR_RE = new RegExp(String.raw`\bwordt[ \t]+(?:(?:pas|dus|ook|al|trouwens|dan|nu)[ \t]+)?in[ \t]+(?:${MONTH_NAMES_NL})[ \t]+\d{4}[ \t]+(\d{1,3})(?=[ \t]*(?:jaar\b|[,;:)!?\n]|\.(?!\d)|en\b|$))`, "gu");
// "net 18 geworden", "pas 21 geworden" without a subject (a header: "Casus Jurmaine, net 18 geworden").
// "is op 2 januari 18 geworden", "werd op 3/4 40 geworden": the age reached on a date.
// "ik ben gister 23 geworden", "ze is eergisteren 80 geworden": a person's age reached yesterday (chat spelling "gister"
// too; not "het aantal is gisteren 30 geworden").
const JUST_BECAME_RE = new RegExp(String.raw`\b(?:net|pas|onlangs|(?<=(?<![\p{L}])(?:ik[ \t]+ben|ben[ \t]+ik|(?:je|jij)[ \t]+bent|bent[ \t]+(?:je|jij)|(?:hij|zij|ze)[ \t]+is|is[ \t]+(?:hij|zij|ze)|(?<=(?:^|\n|:|[.!?,])[ \t]*(?:(?:ja|nee|jaa|klopt|oh|o)[ \t,]+)?)ben)[ \t]+)(?:(?:eer)?gister(?:en)?|(?:afgelopen[ \t]+|vorige[ \t]+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|vorige[ \t]+(?:week|maand))|op[ \t]+\d{1,2}(?:[ \t]+(?:${MONTH_NAMES_NL})|[-/]\d{1,2}))\s+(\d{1,3})\s+geworden\b`, "giu");
// "begin 40", "eind 50", "midden 30": a decade in digits as an age range (not "begin 2020", "eind 30 juni").
// (Also at a line end: "Leeftijd (schatting): rond de 40\nWat wilt u melden?".)
const DECADE_DIGITS_RE = /\b(?:begin|eind|midden|halverwege|ergens\s+in|rond|(?:loopt|liep|zit|zat|is|was)\s+tegen\s+de)\s+(?:de\s+)?([2-9]0)(?=[ \t]*(?:[,;:)!?\n]|\.(?!\d)|\s+jaar\b|\s+en\b|$))/giu;
// One general rule for an age bound to a person: a person or relation word (optionally + a name) followed within a
// short frame ("is", "wordt", ", …,", ":", "(") by a number 0–115, in digits or words, that ends there (optional "jaar",
// "jr", "maanden … oud"). "Zijn vrouw is 52 en", "De man van mevrouw, 58, is", "Partner: 38 jr,", "Hun baby is 9
// maanden oud". Durations and counts never end there ("is 3 keer", "is al 3 jaar werkloos", "mw, 3 kinderen").
const PERSON_NOUNS =
  "vrouw|man|echtgenoot|echtgenote|partner|vriend|vriendin|ex|moeder|vader|stiefvader|stiefmoeder|zoon|zoontje|dochter|dochtertje|kind|kindje|baby|broer|broertje|zus|zusje|oma|opa|papa|mama|pap|mam|pa|tante|oom|neef|nicht|kleinzoon|kleindochter|schoonmoeder|schoonvader|zwager|schoonzus|jongen|meisje|jongeman|tiener|puber|oudste|jongste|middelste|tweeling|klant|cliënt|client|clt|klt|mevrouw|meneer|mw|mevr|dhr|mnr|betrokkene|aanvrager|aanvraagster|huisgenoot|medebewoner|pleegzoon|pleegdochter|pleegkind|stiefzoon|stiefdochter|jongere|oudere|dame|heer|weduwe|weduwnaar|jongetje|peuter|kleuter|kleinste|kleine|leerling|stagiair|stagiaire|scholier|student|studente|deelnemer|cliënte|cliente|bewoner|bewoonster|medebewoonster|buurman|buurvrouw|huurder|huurster|patiënt|patiënte|patient|werknemer|werkneemster|kandidaat|kandidate|verzoeker|verzoekster|heit|mem|moeke|vake|hij|zij|ze|die";
// One parser for Dutch number words up to 115 ("zevenenvijftig" → 57, "achttien" → 18); digits pass through.
const NUM_UNITS: Record<string, number> = { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };
const NUM_TEENS: Record<string, number> = { tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, achtien: 18, negentien: 19, honderd: 100 };
const NUM_TENS: Record<string, number> = { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 };
const DIAL_VALUE: Record<string, number> = { dartig: 30, dartich: 30, twintug: 20, dertug: 30, veertug: 40, vijftug: 50, zestug: 60, zeventug: 70, tachtug: 80, negentug: 90, alve: 11, tolve: 12, drei: 3, zèstig: 60, zèstich: 60, sieve: 7, achsig: 80, vief: 5, zeuven: 7, zeuve: 7, vieftig: 50, vieftich: 50, zeuventig: 70, zeuventich: 70, seventig: 70, seventich: 70, sauwentig: 70, sawntich: 70, sauntich: 70, tachentig: 80, twintich: 20, dertich: 30, veertich: 40, zestich: 60, zeventich: 70, negentich: 90, zeuventien: 17, vieftien: 15, ein: 1, nege: 9, drej: 3, drij: 3, dree: 3, twinteg: 20, derteg: 30, veerteg: 40, viefteg: 50, zesteg: 60, zeuventeg: 70, zeventeg: 70, tachteg: 80, negenteg: 90 };
export function numberValue(word: string): number {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w in NUM_UNITS) return NUM_UNITS[w];
  if (w in NUM_TEENS) return NUM_TEENS[w];
  if (w in NUM_TENS) return NUM_TENS[w];
  if (w === "anderhalf") return 1.5;
  const half = /^(twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]nhalf$/.exec(w);
  if (half) return NUM_UNITS[half[1]] + 0.5;
  const m = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen|vief|zeuven|zeuve|ein|nege|drej|drij|dree|sieve)(?:[eë]n|-en-|[ \t]+en[ \t]+)(\p{L}+)$/u.exec(w);
  if (m && numberValue(m[2]) % 10 === 0 && numberValue(m[2]) >= 20) return (NUM_UNITS[m[1]] ?? DIAL_VALUE[m[1]]) + numberValue(m[2]);
  if (w in DIAL_VALUE) return DIAL_VALUE[w];
  // (the other dialect tens, as dialectNumberValue reads them: "fuftig", "tsestig", "sestig")
  if (Object.hasOwn(DIAL_TENS_VALUES, w)) return DIAL_TENS_VALUES[w];
  // Frisian: "twaensechstich" = 2 + 60, "fyftich" = 50, "njoggentjin" = 19.
  const fy = /^(?:(ien|twa|trije|fjouwer|fiif|seis|sân|san|acht|njoggen)en)?(tweintich|tritich|fjirtich|fyftich|sechstich|santich|tachtich|njoggentich)$/.exec(w);
  if (fy) return (fy[1] ? FY_UNIT_VALUE[fy[1]] : 0) + FY_TEN_VALUE[fy[2]];
  const teen = /^(tret|fjir|fyf|sechs|san|acht|njoggen)tjin$/.exec(w);
  return teen ? { tret: 13, fjir: 14, fyf: 15, sechs: 16, san: 17, acht: 18, njoggen: 19 }[teen[1]]! : NaN;
}
const FY_UNIT_VALUE: Record<string, number> = { ien: 1, twa: 2, trije: 3, fjouwer: 4, fiif: 5, seis: 6, sân: 7, san: 7, acht: 8, njoggen: 9 };
const FY_TEN_VALUE: Record<string, number> = { tweintich: 20, tritich: 30, fjirtich: 40, fyftich: 50, sechstich: 60, santich: 70, tachtich: 80, njoggentich: 90 };
/** The highest number read as a person's age (the oldest people live to about 115). */
const MAX_AGE = 115;
/** A number in digits or words that can be a person's age: at most 115 (a word that is no number is none). */
export const isAgeNumber = (word: string) => numberValue(word) <= MAX_AGE;
// Case-sensitive on purpose ("\p{Lu}" must stay a capital for the name slot): only the first letter of a noun may be
// either case.
// "hij wordt over vier jaar 65", "Bilal wordt over tweeënhalve maand 18": a span of time until the age.
const OVER_TIME = String.raw`over[ \t]+(?:een[ \t]+(?:paar|half|halve)|enkele|\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|anderhalve?|(?:twee|drie|vier|vijf)[eë]nhalve?)[ \t]+(?:jaar|maand|maanden|week|weken|dagen)(?![\p{L}])`;
const PERSON_NOUN_SET = new Set(PERSON_NOUNS.split("|"));
const PERSON_NOUNS_CASED = String.raw`(?:[Hh]alf|[Ss]tief|[Pp]leeg)?(?:` + PERSON_NOUNS.split("|").map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|") + String.raw`|(?<=(?:[Mm]e|[Mm]n|[Mm]'n|[Mm]ijn|[Zz]ijn|[Zz]'n|[Hh]aar|[Dd]'r|[Oo]nze)[ \t]+)(?:ma|pa)(?=[ \t]))(?:je|tje)?`;
// ("me ma wordt 70", "mijn pa is 81": "ma"/"pa" only after a possessive; a bare "ma" is also Monday.)
const SUBCLAUSE_NOUN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]oen|[Ss]inds|[Aa]ls|[Nn]adat|[Vv]oordat|[Tt]otdat|[Zz]odra|[Ww]anneer|[Oo]mdat|[Dd]at|[Nn]u|[Vv]anaf)[ \t]+(?:(?:de|haar|zijn|z'n|zn|mijn|m'n|mn|me|onze|hun|d'r|je|jouw)[ \t]+(?!(?:die|ze|zij|hij)[ \t])(?:(?:oudste|jongste|middelste)[ \t]+)?(?:${PERSON_NOUNS_CASED})(?:[ \t]+\p{Lu}\p{Ll}+)?|(?:[Vv]ader|[Mm]oeder|[Pp]ap|[Mm]am|[Pp]apa|[Mm]ama|[Oo]pa|[Oo]ma|[Oo]om|[Tt]ante)|(\p{Lu}\p{Ll}+))[ \t]+(?:(?:pas|net|nog|al|bijna|inmiddels|ongeveer|toen|dan)[ \t]+)?$`, "u");
// (After "van N" a stay verb closes the age too: "dochter Luwam van 3 verblijven in een kamp".)
export const BOUND_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${PERSON_NOUNS_CASED})\.?(?:\s+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?|,[ \t]+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?,(?=[ \t]+van[ \t]))?(?:\s+(?:is|was|wordt|werd)(?:\s+(?:nu|inmiddels|pas|net|bijna|ongeveer|ruim|zo'n|al|wel|toch|dus|intussen|nog|maar|zelf|ook|geen|dan|immers|echter|feitelijk|eigenlijk|officieel|eh|een\s+jaar\s+of|op\s+\d{1,2}(?:\s+(?:${MONTH_NAMES_NL})|[-/]\d{1,2})|(?:afgelopen|vorige|vorig|deze|dit|komende|volgende|volgend)\s+(?:week|maand|jaar|zomer|winter|lente|herfst|voorjaar|najaar)|in\s+de\s+(?:zomer|winter|lente|herfst)|${OVER_TIME}|in\s+(?:${MONTH_NAMES_NL}))){0,3}\s+|[ \t]*,[ \t]*(?:inmiddels\s+|nu\s+|ongeveer\s+|ca\.?\s+|zelf\s+)?|[ \t]*:[ \t]*|[ \t]+\([ \t]*(?:nu[ \t]+|inmiddels[ \t]+|ca\.?[ \t]+|ruim[ \t]+|bijna[ \t]+|ongeveer[ \t]+|rond[ \t]+|circa[ \t]+)?|[ \t]+van[ \t]+(?:een[ \t]+jaar[ \t]+of[ \t]+|ongeveer[ \t]+|ca\.?[ \t]+)?(?=[\d\p{L}]+\+?(?:[ \t]+(?:jaar|maanden|mnd|weken)\b|[ \t]*(?:[,;)!?\n]|:(?!\d)|$)|\.(?!\d)|[ \t]+(?:en|die|dat|met|in|uit|bij|heeft|woont|is|zit|gaat|op|naar|via|voor|sinds|te|kan|kon|moet|mag|wil|komt|kwam|krijgt|kreeg|zitten|wonen|zijn|gaan|komen|hebben|kunnen|moeten|willen|verblijft|verblijven|logeert|logeren|blijft|blijven|zou|zal)\b)))(?:(?:begin|eind|midden|ergens[ \t]+in[ \t]+de|rond[ \t]+de|in[ \t]+de|halverwege[ \t]+de|tegen[ \t]+de|over[ \t]+de|boven[ \t]+de|achter[ \t]+in[ \t]+de|voor[ \t]+in[ \t]+de)[ \t]+)?(\d{1,3}|${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen|anderhalf)(?:[ \t]*(?:jaar|jr\.?|j\.?)(?:[ \t]+oud)?|[ \t]+(?:maanden|mnd|weken)(?:[ \t]+oud)?|(?<=\d)(?:\+|-?plus(?![\p{L}])))?(?=${AGE_TAIL}|(?<=(?:wordt|werd)[ \t]+\d{1,3})[ \t]+(?:op[ \t]+\d|in[ \t]+(?:${MONTH_NAMES_NL})|volgende|vorige|afgelopen|komende|deze[ \t]+(?:week|maand)|morgen|gisteren|binnenkort)|(?<=van[ \t]+(?:een[ \t]+jaar[ \t]+of[ \t]+|ongeveer[ \t]+|ca\.?[ \t]+)?[\d\p{L}]+(?:[ \t]*(?:jaar|maanden|mnd|weken))?)[ \t]+(?:die|dat|met|in|uit|bij|heeft|woont|is|zit|gaat|op|naar|via|voor|sinds|te|kan|kon|moet|mag|wil|komt|kwam|krijgt|kreeg|zitten|wonen|zijn|gaan|komen|hebben|kunnen|moeten|willen|verblijft|verblijven|logeert|logeren|blijft|blijven)\b)`,
  "gu",
);
// "Dinoh, die in april zeven wordt", "als ze op 12 november 67 wordt": an age reached in a month or on a date (not
// "als het in juli 30 wordt": weather, amounts and things take "het/dat/dit/er/wat" as the subject).
export const WHEN_TURNS_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:in[ \t]+(?:${MONTHS})|op[ \t]+\d{1,2}(?:[ \t]+(?:${MONTHS})|[-/]\d{1,2}(?:[-/]\d{2,4})?))\.?[ \t]+(\d{1,3}|${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)[ \t]+(?:wordt|werd)(?=[ \t]*(?:[,;:)!?\n]|\.(?!\d)|en\b|$))`,
  "giu",
);
const NOT_AGE_SUBJECT = /(?:^|[^\p{L}])(?:(?:het|dat|dit|er|wat)|(?:huur|bedrag|premie|toeslag|rente|schuld|prijs|kosten|temperatuur|uren|aantal|tarief|termijn)(?:,?[ \t]+(?:die|dat))?)[ \t]+$/iu;
// "geboren in 1990, dus nu 35": the age after a year of birth.
export const BORN_NOW_RE = /\bgeb(?:oren\b|\.|\b)[^.\n]{0,30}?\b(?:19|20)\d\d\b[^.\n\d]{0,12}?\b(?:nu|inmiddels)[ \t]+(\d{1,3})(?=[ \t]*(?:jaar\b|[,;:)!?\n]|\.(?!\d)|$))/giu;
// "- Jordy (9, groep 6)": a name with its age first in a bracket that goes on.
export const NAME_PAREN_AGE_RE = /\((\d{1,2}),[ \t]*(?=\p{L})/gu;
// "Jongere die 18 wordt", "Shanice Koster wordt 18 op 2 juni", "Leeftijd: 17 (wordt 18 op 09-06-2025)": an age about to
// be reached (not "Het wordt 18 graden", "Dat wordt 2 keer").
export const TURNS_AGE_RE = /\b(?:die|dat)[ \t]+(\d{1,3})[ \t]+(?:wordt|werd)\b|(?<=(?:,[ \t]*|(?<=\p{Ll})[ \t]+)die[ \t]+(?:(?:nu|inmiddels|al|pas|net|bijna|ook)[ \t]+)?)(\d{1,3})(?=(?:[ \t]+jaar)?[ \t]+is(?:[ \t]*[,.;\n]|[ \t]+en(?![\p{L}])|$))|\b(?:wordt|werd)[ \t]+(\d{1,3})(?=[ \t]+op[ \t]+\d|[ \t]*[,.;!?\n](?!\d))|\((?:wordt|werd)[ \t]+(\d{1,3})(?=[ \t]+(?:op|in)\b|[ \t]*\))/gu;
const RELATIVE_PERSON_RE = new RegExp(String.raw`(?:(?:(?<![\p{L}])(?:${PERSON_NOUNS})|\p{Lu}\p{Ll}+),[ \t]*|(?<![\p{L}])(?:${PERSON_NOUNS})[ \t]+\p{Lu}\p{Ll}+[ \t]+)die[ \t]+(?:(?:nu|inmiddels|al|pas|net|bijna|ook)[ \t]+)?$`, "u");
// The subject before "wordt N op …" must be a name (capitalised, not "Het/Dat/Dit …").
const TURNS_SUBJECT_RE = /(?<![\p{L}])(?!(?:Het|Dat|Dit|Er|Wat|Die|Deze|Dan|Nu|Hij|Zij|Ze|Wie)\b)\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+$/u;
// A timeline entry about the client: "- 12-09-2024: wordt 18, …", "sept. 2021: wordt 18." (the date opens the line).
const TIMELINE_ENTRY_RE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|(?:\d{1,2}[ \t]+)?\p{L}{3,9}\.?[ \t]+\d{4}|\d{4})[ \t]*:[ \t]*$/u;
// "hoe oud is ze?" answered on the next line(s) by a bare number ("Noor: 63, dus bijna aow").
export const HOW_OLD_RE = new RegExp(
  String.raw`hoe\s+oud\s+(?:is|was|zijn|wordt|bent|ben|word|werd|waren)\b[^?\n]{0,40}(?:\?|(?=\n))(?:[^\d?\n]|\(\d{1,2}[:.]\d{2}\)|[ \t]\d{1,2}[:.]\d{2}(?=[ \t]*\n)|\n(?:[ \t]*\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?)?){0,60}?(?<![\p{L}\p{N}.,:/-])(\d{1,3}|${NUMWORD})(?:\s*(?:jaar|jr|weken|wk|maanden|mnd|dagen))?(?=\s*(?:[,;)!?\n]|:(?!\d)|\.(?!\d)|(?:en|dus|maar|of|denk|volgens|geloof|ja|jep|klopt|inderdaad|sinds|bro|man|gast)(?![\p{L}])|$))`,
  "giu",
);
// The asker's own guess inside the question: "hoe oud is hij nu, 19?", "hoe oud is ze eigenlijk, 45 of zo?".
export const HOW_OLD_GUESS_RE = /hoe\s+oud\s+(?:is|was|wordt|werd)\b[^?\n\d]{0,30}?[ \t]*,[ \t]*(\d{1,3})(?:[ \t]+of[ \t]+zo)?[ \t]*\?/giu;

// Verb before the subject (a clause that opens with a time or "dan"): "Volgend jaar wordt hij 67 en …", "Nu is ze 58,",
// "Is ze al 18?", "In mei wordt ze achttien.". The number must end the statement (AGE_TAIL): "is ze 3 keer", "was hij 5
// minuten" stay out.
export const INVERTED_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:is|was|wordt|werd)[ \t]+(?:hij|zij|ze|mevrouw|meneer|mw\.?|mevr\.?|dhr\.?|mnr\.?|klant|cliënt|client|(?:de|haar|zijn|hun|z'n|d'r)[ \t]+(?:oudste|jongste|middelste|zoon|dochter|moeder|vader|partner|man|vrouw|broer|zus|klant|cliënt|client|baby|tweeling))(?:[ \t]+(?:nu|al|pas|net|bijna|inmiddels|intussen|ongeveer|ruim|zelf|dus|toch|alweer|straks|dan|eigenlijk|trouwens|volgende[ \t]+(?:week|maand)|volgend[ \t]+jaar|(?:deze|komende)[ \t]+(?:week|maand|zomer|winter)|${IN_SEASON}|dit[ \t]+jaar|binnenkort|morgen|in[ \t]+(?:${MONTH_NAMES_NL}))){0,2}[ \t]+(\d{1,3}|${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)(?=${AGE_TAIL})`,
  "giu",
);
// The speaker's own age in a quote: "ik ben 56, ik ga niet achter een scanner staan", "toen was ik 12." (not "ik ben 5
// minuten te laat", "ik was 2 keer"); also chat and dialect spellings ("'k ben 58", "ich bin 63, jong", "ik bin 70").
export const FIRST_PERSON_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:ik[ \t]+(?:ben|was|word|werd)|(?:ben|was|word|werd)[ \t]+ik|(?:je|jij)[ \t]+(?:bent|was|wordt|werd)|[Uu][ \t]+bent|(?:ben|was|word|werd)[ \t]+(?:je|jij)|(?:hij|zij|ze)[ \t]+word)(?:[ \t]+(?:nu|nog|al|d['’]r|pas|net|bijna|inmiddels|trouwens|toch|dus|ook|ok|zelf|eigenlijk|gewoon|straks|niet|eerst|in[ \t]+(?:${MONTH_NAMES_NL})|volgend[ \t]+jaar|volgende[ \t]+(?:week|maand)|(?:deze|komende)[ \t]+(?:week|maand|zomer|winter)|${IN_SEASON}|dit[ \t]+jaar|binnenkort|morgen)){0,2}[ \t]+(\d{1,3}|${NUMWORD})(?=${AGE_TAIL})`,
  "giu",
);
// The age turned on a weekday: "ik word zaterdag 30 trouwens!!", "word je vrijdag achttien?" (only with
// "word/wordt": "ik ben vrijdag 12" is a date; not a time "ik word maandag 10:30 opgehaald").
const FIRST_PERSON_WEEKDAY_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:ik[ \t]+word|word[ \t]+ik|(?:je|jij)[ \t]+wordt|word[ \t]+(?:je|jij))(?:[ \t]+(?:trouwens|dus|toch|ook|al))?[ \t]+(?:(?:op|aanstaande|komende|volgende|deze)[ \t]+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)[ \t]+(\d{1,3}|${NUMWORD})(?![.:,]\d)(?=${AGE_TAIL})`,
  "giu",
);
const FIRST_PERSON_DIALECT_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:'?k[ \t]+(?:ben|was|word|werd)|(?:ich|ik)[ \t]+bin)(?:[ \t]+(?:nu|nou|ek|ok|nog|mar|al|pas|net|bijna|inmiddels|trouwens|toch|dus|ook|eigenlijk|gewoon|straks|in[ \t]+(?:${MONTH_NAMES_NL})|volgend[ \t]+jaar|volgende[ \t]+(?:week|maand)|(?:deze|komende)[ \t]+(?:week|maand|zomer|winter)|${IN_SEASON}|dit[ \t]+jaar|binnenkort|morgen)){0,2}[ \t]+(\d{1,3}|${NUMWORD})(?=${AGE_TAIL})`,
  "giu",
);
// A corrected age: "hij is 67?? nee sorry 62", "zij is zeventig?? nee zevenenzestig".
export const CORRECTED_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:hij|zij|ze|mevrouw|meneer|klant|cliënt|client|dhr|mw)\.?[ \t]+(?:is|was|wordt|werd)[ \t]+(?:\d{1,3}|${NUMWORD})[?!.]*[ \t,]+nee[ \t,]+(?:sorry[ \t,]+|wacht[ \t,]+|toch[ \t]+)?(\d{1,3}|${NUMWORD})(?=${AGE_TAIL})`,
  "giu",
);
// An age in brackets after a title or person word and a lower-case name (chat style): "mn klant johan de groot (62)",
// "dhr piotr nowak (31)" (no name word is a common word and one is a known first name or surname: not "klant krijgt
// toeslagen (2)").
const LOWER_NAME_PAREN_AGE_RE = /(?<![\p{L}])(?:dhr|mw|mevr|mnr|meneer|mevrouw|[Kk]lant|[Cc]liënt|[Cc]lient)\.?[ \t]+((?:\p{Ll}[\p{Ll}'’-]*[ \t]+){0,3}\p{Ll}[\p{Ll}'’-]+)[ \t]*\((\d{1,3})(?:[ \t]*(?:jaar|jr\.?|j))?!*\)/gu;
const NAME_PARTICLES = new Set(["van", "de", "der", "den", "el", "al", "ten", "ter", "'t", "te", "da", "dos", "bin", "ben"]);

// "oom Rahim, die volgende maand veertig wordt": a relative clause with a time and the age about to be reached.
export const RELATIVE_WHEN_TURNS_RE = new RegExp(
  String.raw`(?<=(?:(?<![\p{L}])(?:${PERSON_NOUNS_CASED})|\p{Lu}\p{Ll}+),[ \t]*)die[ \t]+(?:volgende[ \t]+(?:week|maand)|volgend[ \t]+jaar|(?:deze|komende)[ \t]+(?:week|maand|zomer|winter)|${IN_SEASON}|dit[ \t]+jaar|binnenkort|bijna|in[ \t]+(?:${MONTH_NAMES_NL})|op[ \t]+\d{1,2}[ \t]+(?:${MONTH_NAMES_NL}))[ \t]+(\d{1,3}|${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)[ \t]+wordt(?![\p{L}])`,
  "gu",
);
// An age in a clause with the verb last, in words: "toen hij acht was", "sinds ze twaalf is", "voordat ik achttien werd"
// (digits: IS_AGE_RE). Not "dat het vijf was" (no person), "toen ze één keer" (no verb right after).
export const SUBCLAUSE_WORD_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:toen|sinds|nadat|voordat|totdat|tot|als|zodra|wanneer|omdat|nu|dat|vanaf)[ \t]+(?:hij|zij|ze|ik|jij)[ \t]+(?:pas[ \t]+|net[ \t]+|nog[ \t]+|al[ \t]+|ongeveer[ \t]+)?(${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:[ \t]+jaar(?:[ \t]+oud)?)?[ \t]+(?:was|is|werd|wordt)(?![\p{L}])`,
  "giu",
);
// The same clause with a first name as its subject: "toen Merel elf was", "sinds Jordy 16 is" (a known first name only:
// not "toen Corona twee jaar was"; "jaar" only with "oud": "sinds Tim 3 jaar is opgenomen" is how long).
export const SUBCLAUSE_NAME_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:[Tt]oen|[Ss]inds|[Nn]adat|[Vv]oordat|[Tt]otdat|[Zz]odra|[Oo]mdat)[ \t]+(\p{Lu}\p{Ll}+)[ \t]+(?:pas[ \t]+|net[ \t]+|nog[ \t]+|al[ \t]+)?(\d{1,3}|${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:[ \t]+jaar[ \t]+oud)?[ \t]+(?:was|is|werd|wordt)(?![\p{L}])`,
  "gu",
);
// Several people and one or more ages: "de tweeling Nasra en Sagal, die zijn 5.", "ze zijn allebei 9 en …", "De jongens
// zijn 6 en 8." ("die zijn" only after a person word or a name and a comma; "ze zijn" only with allebei/beiden).
const PLURAL_SUBJECT = String.raw`(?:(?:[Zz]e|[Zz]ij)[ \t]+zijn[ \t]+(?:allebei|beiden|allemaal)|[Zz]ijn[ \t]+(?:ze|zij)[ \t]+(?:allebei|beiden|nu|inmiddels|al)|(?<![\p{L}])(?:[Kk]inderen|[Kk]ids|[Kk]indjes|[Jj]ongens|[Mm]eisjes|[Tt]weeling|[Zz]oons|[Zz]onen|[Dd]ochters|[Bb]roers|[Zz]ussen|[Bb]eiden|[Aa]llebei)[ \t]+zijn(?:[ \t]+(?:nu|inmiddels|allebei|beiden|al|pas))?|(?<=(?:(?<![\p{L}])(?:${PERSON_NOUNS_CASED})|\p{Lu}\p{Ll}+),[ \t]*)die[ \t]+zijn(?:[ \t]+(?:nu|inmiddels|allebei|beiden|al|pas))?)`;
const PLURAL_NUM = String.raw`(?:\d{1,2}|${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)`;
export const PLURAL_AGE_RE = new RegExp(String.raw`${PLURAL_SUBJECT}[ \t]+(${PLURAL_NUM}(?:[ \t]*,[ \t]*${PLURAL_NUM})*(?:[ \t]+en[ \t]+${PLURAL_NUM})?)(?:[ \t]+jaar(?:[ \t]+oud)?)?(?=${AGE_TAIL})`, "gu");
// A name and an age about to be reached on a date or in a month, in words or digits: "Elif wordt op 22 juni achttien,",
// "Bram wordt op 12-4 zestien." (not "Het wordt op 5 mei 25 jaar geleden"). Also an age just reached,
// "Mehmet werd vorige week 41 en", "Thijs werd vandaag 40!" (past tense only: "werd" + vandaag/gisteren/vorige week).
export const NAME_WHEN_TURNS_RE = new RegExp(
  String.raw`(?<![\p{L}])(?!(?:Het|Dat|Dit|Er|Wat|Die|Deze|Dan|Nu|Wie|Ook|Hier|Daar)(?![\p{L}]))\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:wordt|werd)(?:[ \t]+(?:trouwens|dus|ook|al|nu|pas|dan))?[ \t]+(?:op[ \t]+\d{1,2}(?:[ \t]+(?:${MONTH_NAMES_NL})|[-/]\d{1,2})|\d{1,2}[ \t]+(?:${MONTH_NAMES_NL})|in[ \t]+(?:${MONTH_NAMES_NL})|volgende[ \t]+(?:week|maand)|volgend[ \t]+jaar|(?:deze|komende)[ \t]+(?:week|maand|zomer|winter)|${IN_SEASON}|dit[ \t]+jaar|binnenkort|morgen|overmorgen|${OVER_TIME}|(?<=werd[ \t]+(?:(?:trouwens|dus|ook|al|nu|pas|dan)[ \t]+)?)(?:vorige[ \t]+(?:week|maand)|vorig[ \t]+jaar|afgelopen[ \t]+(?:week|maand|zomer|winter|jaar)|vandaag|gisteren|eergisteren|(?:afgelopen[ \t]+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)))[ \t]+(\d{1,3}|${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)(?![ \t]+jaar[ \t]+(?:geleden|terug|later|dat))(?:[ \t]+jaar)?(?=${AGE_TAIL})`,
  "gu",
);

// "een 50-plusser", "als vijftigplusser": a person's age range (not the group "50-plussers").
// "Vader Harrie is vijftig-plus", "ze is 50-plus": "is" + a decade + "plus" is an age range (not "50-plus woningen").
const IS_PLUS_RE = new RegExp(String.raw`(?<=(?<![\p{L}])(?:is|was|wordt|werd|ben|bent)[ \t]+(?:(?:al|ook|ruim|nu|inmiddels|dus)[ \t]+)?)(?:\d0|${TENS})[- ]?plus(?![\p{L}\p{N}-])`, "giu");
const PLUSSER_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\d{2}|${TENS})[- ]?plusser(?![\p{L}])`, "giu");

const DURATION_BEFORE = new Set(
  (
    "al vanaf onder boven elke iedere om over sinds in ruim bijna na binnen afgelopen komende laatste eerste voor per gedurende tot ongeveer circa ca " +
    "minstens zeker maximaal minimaal pas nog hooguit zo'n zowat nu heeft had hebben hadden werkt werkte werken woont woonde wonen " +
    "zit zat zitten duurt duurde wacht wachtte krijgt kreeg kregen dat die deze de het een twee drie vier vijf tussen van " +
    "bijstand uitkering contract detentie celstraf gevangenisstraf cel taakstraf jaar jaren periode termijn maanden " +
    // "wachttijd ca. 4 jaar": a waiting or running time
    "wachttijd wachttijden looptijd doorlooptijd duur " +
    // "vanwege 25 jaar sociale dienst in dit gebouw": a jubilee
    "vanwege wegens jubileum " +
    // "mist 16 jaar AOW-opbouw": missing years are a duration
    "mist miste missen mis " +
    // "AOW gedeeltelijk (opbouw 34 jaar)", "45 verzekerde jaren": years built up for a pension
    "opbouw aow-opbouw pensioenopbouw verzekerd " +
    // "daarvoor 4 jaar bezorger"
    "daarvoor daarna " +
    // "ze werkt er 15 jaar", "woont hier 20 jaar"
    "er hier daar " +
    // "ging 7 jaar naar school", "speelde 10 jaar bij VV X", "kent hem 30 jaar" (an object pronoun after a verb)
    "ging gingen gaat liep loopt deed doet speelde speelt studeerde leerde kent kende kenden kennen hem hen elkaar " +
    // "ervaring;6 jaar kok", "werkervaring: 3 jaar": work experience is how long
    "ervaring werkervaring arbeidsverleden werkverleden " +
    // "ik heb 25 jaar mijn eigen boekhouding gedaan": the first person of "hebben" too
    "heb hebt"
  ).split(" "),
);
// "verblijfsvergunning asiel verleend (5 jaar)", "indicatie toegekend (2 jaar)": a bracketed term right after
// a granted permit or decision is how long it lasts, no one's age.
const GRANTED_TERM_BEFORE = /(?<![\p{L}])(?:verleend|toegekend|verlengd|afgegeven|geldig|vergunning|verblijfsvergunning|indicatie|beschikking|toekenning)[ \t]*\([ \t]*$/iu;
const DURATION_AFTER = new Set(
  (
    "geleden lang later eerder terug gestopt werkloos aan gewerkt gewoond getrouwd samen in bij uit op gezeten gehad achterstand " +
    "cel gevangenis celstraf detentie voorwaardelijk huur contract na daarna daarvoor de het een geen niet nodig te om voor " +
    "verder vooruit terugwerkende werk werken wachten wachttijd schulden schuld bijstand uitkering ww dienst dienstverband " +
    "ervaring gebruik gebruikt gerookt verslaafd dakloos ziek thuis weg was is " +
    // "5 jaar hier", "16 jaar AOW-opbouw"
    "hier daar aow " +
    // "niet 50 jaar verzekerd", "10 jaar ingeschreven"
    "verzekerd ingeschreven opgebouwd onafgebroken aaneengesloten werkzaam woonachtig " +
    // "(12 jaar gat)", "3 jaar ouder", "10 jaar verschil": a gap or a difference, no one's age
    "gat verschil ouder jonger " +
    // "Bbz-aanvraag, 12 jaar zelfstandig", "8 jaar zzp'er": how long someone ran a business
    "zelfstandig zelfstandige zzp zzp'er zzper ondernemer " +
    // "in Afghanistan 8 jaar school", "2 jaar opleiding": years of schooling
    "school basisschool onderwijs opleiding scholing les lessen studie " +
    // "rekening gehouden met 1 jaar extra kosten", "2 jaar premie": an amount of money over N years
    "extra kosten premie rente toeslag huurtoeslag zorgtoeslag kinderbijslag alimentatie " +
    // "3 jaar traject uitgelegd", "30 jaar sta ik daar": a programme's length, standing somewhere for N years
    "traject trajecten sta staat stond stonden"
  ).split(" "),
);

const RANGE_BOUND_AFTER = /^(?:[ \t]+jaar)?[ \t]+(?:tot|t\/m)[ \t]+(?:en[ \t]+met[ \t]+)?(?:de[ \t]+)?(?:\d|aow|pensioen)/iu;
const NOT_AGE_AFTER_OF = /^(?:[:.]\d|[ \t]*(?:uur|u\b|minuten|min\b|kinderen|kids|zonen|zoons|dochters|kleinkinderen|euro|kilo|kg|km|procent|%|keer|x\b|personen|mensen|stuks))/iu;
const LIST_NEXT_RE = /^(?:[ \t]*[,/][ \t]*|[ \t]+en[ \t]+)(\d{1,2})(?![\p{N}])(?![ \t]*(?:uur|euro|kinderen|keer|x)\b)/u;
// (Numbered housing units too: "de jongens van Agroflex in chalet 14 en 15".)
const SCHOOL_YEAR_BEFORE = /(?<![\p{L}])(?:groep|groepen|klas|klassen|leerjaar|leerjaren|jaar|niveau|havo|vwo|vmbo|mavo|atheneum|gymnasium|brugklas|nummer|nummers|kamer|kamers|huisnummer|hoofdstuk|week|weken|fase|stap|les|chalet|chalets|unit|units|kavel|kavels|caravan|caravans|stacaravan|stacaravans|huisje|huisjes|appartement|appartementen|portiek|blok|bed|bedden|plek|plekken|lijn|perron)[ \t]*$/iu;
const BE_VERBS = new Set(["is", "was", "ben", "bent", "waren"]);
const BE_JOB_BEFORE_YEARS = /(?<![\p{L}])(?:is|was|ben|bent|waren)(?:[ \t]+[\p{L}'’-]+){0,3}?[ \t]+(?!(?:ongeveer|later|eerder|ouder|jonger|zeker|minder|verder|ander|helder|weer|meer)[ \t])(?:\p{Ll}+-)?\p{Ll}{3,}(?:kundige|eur|euse|ist|iste|ier|cien|aar|ares|er|ster|arts|boer|man)[ \t]+$/u;
const AGE_AFTER_BE_WORDS =
  "en oud jong toen dus maar of ofzo hoor geworden inmiddels intussen nu trouwens toch geloof denk dacht volgens zeg joh alweer als wanneer omdat want zodat terwijl nog pas " +
  "vorig vorige volgend volgende afgelopen komende deze dit binnenkort morgen overmorgen vandaag gisteren";
const AGE_AFTER_BE = new Set(AGE_AFTER_BE_WORDS.split(" "));
/**
 * "jaar" closing an age after is/was or a comma: followed by punctuation, a capital, or one of the words that go on
 * after an age ("is 82 jaar en woont", "was 14 jaar toen"); not by another lower-case word ("was 22 jaar zijn eigen
 * baas", "22 jaar lang": how long, not how old). `extra` adds words for a comma apposition ("Jan, 45 jaar woont …").
 */
export const ageJaar = (extra = "") =>
  String.raw`jaar(?![\p{L}])(?![ \t]+(?!(?:${AGE_AFTER_BE_WORDS.replaceAll(" ", "|")}${extra ? "|" + extra : ""})(?![\p{L}]))\p{Ll})`;
const THING_BEFORE_AGE = /\b(?:auto|huis|woning|fiets|gebouw|pand|flat|keuken|computer|laptop|telefoon|wasmachine|koelkast|bank|scooter|brommer|boot|caravan|schuld|schulden|brief|dossier|contract|systeem|kerk|boom|meubels|bed|ketel|cv-ketel)(?:[ \t]+(?:is|was|van|al|bijna|ruim|ongeveer|zeker|wel|meer[ \t]+dan|minder[ \t]+dan)){1,2}[ \t]*$/iu;

const THING_CLAUSE_BEFORE_AGE = /(?<![\p{L}])(?:Toyota|Opel|Volkswagen|Ford|Renault|Peugeot|Fiat|Kia|Hyundai|Skoda|Citroën|Nissan|Mazda|Suzuki|Volvo|auto|huis|huizen|woning|fiets|gebouw|pand|flat|keuken|computer|laptop|telefoon|wasmachine|koelkast|scooter|brommer|boot|caravan|ketel|cv-ketel|boiler|dak|meubels|bank|bed|droger|vaatwasser|fornuis|oven|tv|televisie)(?:s|en|'s)?(?:[ \t]+\p{L}+){0,3}[ \t]*\(?[ \t]*(?:(?:al|bijna|ruim|ongeveer|zeker|meer[ \t]+dan)[ \t]+)?$/iu;
const THING_OF_OWNER_BEFORE_AGE = /\b(?:auto|huis|woning|fiets|gebouw|pand|flat|keuken|computer|laptop|telefoon|wasmachine|koelkast|scooter|brommer|boot|caravan|ketel|cv-ketel|cv|boiler|dak)[ \t]+van[ \t]+(?:de|het|haar|zijn|z'n|hun|mijn|m'n|een)[ \t]+\p{L}+[ \t]+(?:is|was)(?:[ \t]+(?:al|bijna|ruim|ongeveer|soms|vaak|wel))?[ \t]*$/iu;
const RELATION_LABEL_BEFORE_AGE = /(?:^|[\n.;|][ \t]*)(?:partner|echtgeno(?:ot|te)|vader|moeder|zoon|dochter|broer|zus)[ \t]*:[ \t]*$/iu;
const SCHOOLING_AFTER_YEARS = /^[ \t]+(?:\p{Ll}+e[ \t]+)?(?:\p{Ll}*school|opleiding|onderwijs|studie|cursus|mbo|hbo|vmbo|havo|vwo|universiteit)(?![\p{L}])/u;
const DURATION_ESTIMATE_BEFORE = /(?<![\p{L}])(?:over|binnen|na|al|nog|sinds|ongeveer|voor)[ \t]+\d{1,2}[ \t]+(?:à|a|á|tot|of)[ \t]+$/iu;
const THING_SUBJECT_BEFORE_AGE = /(?:^|[.!?\n]\s*)(?:[Hh]et|[Dd]e|[Zz]ijn|[Hh]aar|[Hh]un|[Dd]it|[Dd]eze|[Dd]at|[Dd]ie)[ \t]+(?:auto|huis|woning|fiets|gebouw|pand|flat|keuken|boerderij|caravan|boot|scooter|kerk|school)[ \t]+[^.!?\n;,]{1,50},[ \t]*(?:is|was)(?:[ \t]+(?:al|bijna|ruim|ongeveer))?[ \t]*$/u;
function wordBefore(text: string, at: number): string {
  const m = /([\p{L}']+)[\s:;=|(]*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1].toLowerCase() : "";
}
// (A capitalised word on the next line opens a new line or item, it does not go on: "- Britt, groep 4, 7 jaar\nDe oudste …".)
function wordAfter(text: string, at: number): string {
  const m = /^(\s*)([\p{L}']+)/u.exec(text.slice(at, at + 30));
  if (m && m[1].includes("\n") && /^\p{Lu}/u.test(m[2])) return "";
  return m ? m[2].toLowerCase() : "";
}

// A subordinate clause with the verb last: "Hij vertelt dat zijn jongste zus vijftien is en ziek", "omdat haar
// zoon pas 17 was", "dat de oudste dochter 14 wordt": a conjunction + possessive + relation word + N + is/was/wordt/werd
// closing the clause (not "dat zijn zoon 3 keer is gebeld": a unit or a participle follows the number or the verb).
const SUBCLAUSE_RELATION_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:dat|omdat|doordat|nu|als|toen|terwijl|aangezien|want)[ \t]+(?:zijn|haar|z'n|d'r|hun|mijn|m'n|onze|de|het)[ \t]+(?:(?:oudste|jongste|middelste|kleine|grote|tweede|enige)[ \t]+)?(?:half|stief|pleeg)?(?:${RELATION_WORDS}|zus|zusje|broer|broertje|kleinzoon|kleindochter)[ \t]+(?:(?:nu|pas|al|net|bijna|toen|inmiddels|ook)[ \t]+)?(\d{1,2}|${NUMWORD}|${UNITS})(?:[ \t]+jaar)?[ \t]+(?:is|was|wordt|werd)(?=[ \t]*(?:[,.;:)!?\n]|$|(?:en|maar|dus|of|toen)(?![\p{L}])))`,
  "giu",
);
// Age patterns that can match without a digit (ordinals and numbers in words), and the ones that need one.
const WORD_OR_DIGIT_AGE_RES = [ORDINAL_AGE_RE, SOON_AGE_RE, OF_DECADE_RE, CHILD_AGE_RE, ELDEST_AGE_RE, SUBCLAUSE_RELATION_AGE_RE];
const DIGIT_AGE_RES = [...WORD_OR_DIGIT_AGE_RES, GENDER_AGE_RE, RELATION_PAREN_AGE_RE, RELATION_LIST_AGE_RE];
// "Kleindochter (dochter van de oudste zoon), 5, logeert …", "- Buurman (ex-collega van vader), 67,": a relation word, an
// explanation in brackets (no digits) and the age between commas.
// (anchored on "), N"; the relation word before the bracket is checked in pushAges)
const RELATION_BRACKET_AGE_RE = /\)[ \t]*,[ \t]*(\d{1,3})(?=[ \t]*(?:jaar[ \t]*)?(?:[,;)\n]|\.(?!\d)|$))/gu;
const RELATION_BEFORE_BRACKET = new RegExp(
  String.raw`(?<![\p{L}])(?:half|stief|pleeg)?(?:${RELATION_WORDS}|klant|cliënt|client|jongere|buurjongen|buurmeisje)(?:je|tje)?[ \t]*\([^()\n\d]{2,50}$`,
  "iu",
);
// "Met 16 stopte hij met school", "pas met 25 kreeg ze een baan": a fronted "met N" + a verb + a singular subject is the
// age at an event (not "Met 3 kinderen woont ze …", "Met 18 mag je stemmen", "Met 5 gingen we …").
const WITH_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])[Mm]et[ \t]+(\d{1,2}|${NUMWORD})(?:[ \t]+jaar)?[ \t]+(?!\p{Ll}+en(?![\p{L}]))\p{Ll}{2,}[ \t]+(?:hij|zij|ze|ik|\p{Lu}\p{Ll}+)(?![\p{L}])`,
  "gu",
);
const WITH_AGE_BEFORE = /(?:^|[.!?][ \t]+|\n[ \t]*|(?<![\p{L}])(?:[Ee]n|[Mm]aar|[Pp]as|[Aa]l|[Tt]oen|[Ww]ant)[ \t]+)$/u;
// "Ze zit in groep 6 en is 9.", "Hij werkt bij een bakker en is pas 17.": a sentence about him or her whose second clause
// closes with the age.
// Also a comma before "is" and "en" after the age: "Zij woont sinds 2024 in Winterswijk, is 67 en ontvangt
// AOW" (a second predicate of the same subject; no unit after the number: "…, is 3 maanden achter" stays out).
const PRONOUN_AND_IS_AGE_RE = new RegExp(
  String.raw`(?:[ \t]en[ \t]+|,[ \t]*)is[ \t]+(?:(?:nu|pas|net|bijna|inmiddels|al)[ \t]+)?(\d{1,2}|${NUMWORD})(?=[ \t]*(?:jaar[ \t]*)?(?:[,;!?\n]|\.(?!\d)|$|en(?![\p{L}])))`,
  "gu",
);
// (the sentence before "en is" / ", is" opens with the pronoun or mevrouw/meneer, ≤ 100 characters back)
// (an abbreviation's full stop in a firm's name does not end the sentence: "Hij heeft 31 jaar op de kotter van Gebr. Kodde
// gevaren, is nu zestig en …")
const PRONOUN_SENTENCE_BEFORE = /(?:^|[.!?][ \t]+|\n[ \t]*)(?:[Hh]ij|[Zz]ij|[Zz]e|[Mm]evrouw|[Mm]eneer)[ \t](?:[^.;:!?\n]|(?<=(?<![\p{L}])(?:Gebr|gebr|Fa|fa|St|Zn|zn|Co|co))\.){3,100}$/u;
// "Geboortejaar: 1990 (34)", "geb. 12-03-1990 (35 jr)": the age in brackets after a date or year of birth.
// (anchored on the year and the bracket; "geb…" before it is checked in pushAges)
const BORN_PAREN_AGE_RE = /(?<![\p{N}])(?:19|20)\d\d[ \t]*\((\d{1,3})(?:[ \t]*(?:jaar|jr\.?|j))?\)/gu;
const BORN_BEFORE_YEAR = /(?<![\p{L}])geb(?:oren|\.?[ \t]?datum|\.|oortejaar|oortedatum)?(?![\p{L}])[^.\n]{0,30}$/iu;
// "3 kinderen (2, 5, 8)", "kids (4/7/11)": children's ages in brackets without "en".
// (anchored on the bracket; the plural before it is checked in pushAges)
const KIDS_PAREN_LIST_RE = /\([ \t]*(\d{1,2}(?:[ \t]*[,/;][ \t]*\d{1,2})+)(?:[ \t]*(?:jaar|jr\.?))?[ \t]*\)/gu;
// Also after a short apposition: "Vier kinderen, 3 thuiswonend (19, 14, 8)".
const KIDS_BEFORE_PAREN = /(?<![\p{L}])(?:kinderen|kids|kindjes|zoons|zonen|dochters|kleinkinderen|broers|zussen|broertjes|zusjes)(?:,[ \t]*(?:\d{1,2}|nog|allemaal|twee|drie|vier)?[ \t]*(?:thuiswonend|inwonend|uitwonend|thuis|minderjarig))?[ \t]*$/iu;
// Rarer age phrasings, each behind a cheap test of a word or character it cannot do without (the server runs this on
// every chat message).
// The same in English words: "our son, he is eleven.", "she was seventeen and" (not "one": "she is one of them").
const EN_NUMWORD = String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|two|three|four|five|six|seven|eight|nine`;
// (also a relative clause after a name: "Her son Maksym, who is eleven, attends …")
// (also "I am thirty-four and", "I'm twenty", and a month after "turned": "who turned twelve in May,")
// (and a baby's age in months: "our daughter Maryam, she is eight months.")
// (also a kin word + a name as the subject, and "next month" after it: "my son Maksym turns eighteen next month")
const EN_HE_IS_WORD_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:(?:[Hh]e|[Ss]he|(?<=\p{L},[ \t]*)who|(?<=(?:son|daughter|brother|sister|wife|husband|mother|father)[ \t]+)\p{Lu}\p{Ll}+)(?:'s|[ \t]+(?:is|was|turned|turns))|I[ \t]+(?:am|turned)|I['’]m)[ \t]+(?:now[ \t]+|only[ \t]+|already[ \t]+|just[ \t]+)?(${EN_NUMWORD})(?:[ \t]+(?:years?|months?)(?:[ \t]+old)?)?(?:[ \t]+now)?(?=[ \t]*(?:[,;!?\n)]|\.(?!\d)|$|and(?![\p{L}])|in[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])|next[ \t]+(?:month|week|year)(?![\p{L}])))`, "gu");
// "I am Olena Kravets, 38 years old,": a name, a comma and "N years old".
const EN_NAME_YEARS_OLD_RE = /(?<=\p{Lu}\p{Ll}+,[ \t]*)(\d{1,3})[ \t]+years old(?![\p{L}])/gu;
// "ze woont in bennekom en is 19", "Hij werkt bij de Lidl en is 23.": a person pronoun or title opens the
// clause, a second predicate "en is/was N" closes it (no sentence end between; the age ends the clause as in IS_AGE_RE).
// Also a relation word as the subject ("Dochter woont in Zeist en is 55;") and "en wordt (dan) N" ("Mevrouw
// bereikt in mei de AOW-leeftijd en wordt dan 67.").
const AND_IS_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:[Hh]ij|[Zz]ij|[Zz]e|[Mm]evrouw|[Mm]eneer|[Mm]w\.|[Dd]hr\.|[Dd]ochter|[Zz]oon|[Mm]oeder|[Vv]ader|[Pp]artner|[Bb]roer|[Zz]us|[Ee]chtgeno(?:ot|te))[ \t]+[^\n.!?;]{3,60}?[ \t]en[ \t]+(?:is|was|wordt)[ \t]+(?:(?:nu|pas|net|al|inmiddels|bijna|ook|dan)[ \t]+)?(\d{1,3})(?=${AGE_TAIL})`, "gu");
// "ze is vrijdag de 14e jarig, wordt 50", "hij is morgen jarig en wordt 18": a birthday and the age it brings.
// (Also chat without a comma: "broer is morgen jarig wordt 21 🎉".)
// (also with the day after "jarig": "mw kramer is jarig vandaag, wordt 60 🎉")
const BIRTHDAY_TURNS_RE = new RegExp(String.raw`(?<![\p{L}])jarig(?:[ \t]+(?:vandaag|morgen|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))?(?:[ \t]*[,;–—!-][ \t]*|[ \t]+(?:en[ \t]+)?)(?:(?:ze|hij|zij)[ \t]+)?wordt[ \t]+(?:dan[ \t]+|al[ \t]+)?(\d{1,3})(?=${AGE_TAIL})`, "giu");
// "de oudste, Kayla, is 4.", "Haar broer, Sem, was toen 9,": a person word, a name between commas and "is N".
const NAME_APPOSITION_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${PERSON_NOUNS_CASED}),[ \t]+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?,[ \t]+(?:is|was|wordt|werd)[ \t]+(?:(?:nu|pas|net|bijna|inmiddels|al|toen)[ \t]+)?(\d{1,3})(?=${AGE_TAIL})`, "gu");
// "her mother who is 74.", "my son, who is 12,": an English relation + "who is N".
// "My daughter Aoife is ten and goes to …", "her son Maksym is 14.": an English relation, a name and "is" + the age.
const EN_RELATION_NAME_IS_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:[Mm]other|[Ff]ather|[Ss]on|[Dd]aughter|[Ww]ife|[Hh]usband|[Bb]rother|[Ss]ister|[Cc]hild|[Bb]aby|[Bb]oy|[Gg]irl)[ \t]+\p{Lu}\p{Ll}+[ \t]+(?:is|was|turned)[ \t]+(?:now[ \t]+|only[ \t]+|just[ \t]+|already[ \t]+)?(\d{1,2}|${EN_NUMWORD})(?:[ \t]+(?:years?|months?)(?:[ \t]+old)?)?(?=[ \t]*(?:[,;!?\n)]|\.(?!\d)|$|and(?![\p{L}])))`, "gu");
const EN_WHO_IS_AGE_RE = /(?<![\p{L}])(?:mother|father|mum|mom|dad|son|daughter|wife|husband|brother|sister|grandmother|grandfather|grandma|grandpa|child|baby|boy|girl|aunt|uncle)(?:[ \t]+\p{Lu}\p{Ll}+)?,?[ \t]+who[ \t]+is[ \t]+(?:now[ \t]+|only[ \t]+|already[ \t]+)?(\d{1,3})(?:[ \t]+years?[ \t]+old)?(?=[ \t]*(?:[,;!?\n)]|\.(?!\d)|$|and\b))/giu;
// "- weduwe sinds dec. 2024, 71", "gescheiden sinds 2019, 54": a note line opening with a marital status and closing with
// ", N" (10–99) is the client's age.
const STATUS_LINE_AGE_RE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:[Ww]eduwe|[Ww]eduwnaar|[Gg]escheiden|[Aa]lleenstaand|[Aa]lleenstaande|[Gg]etrouwd|[Ss]amenwonend|[Vv]erweduwd)(?![\p{L}])[^\n]{0,40}?,[ \t]*([1-9]\d)(?:[ \t]*(?:jaar|jr\.?))?[ \t]*(?=\n|$)/gu;
// "Ze wordt op 4 april 2025 18.", "hij wordt op 12-6 21": a pronoun subject, the date it happens and the age then (not
// "Het wordt op 5 mei 25 graden": only hij/zij/ze).
const PRONOUN_TURNS_ON_DATE_RE = new RegExp(String.raw`(?<![\p{L}])(?:[Hh]ij|[Zz]ij|[Zz]e)[ \t]+wordt[ \t]+op[ \t]+\d{1,2}(?:[ \t]+(?:${MONTH_NAMES_NL})(?:[ \t]+\d{4})?|[-/]\d{1,2}(?:[-/]\d{2,4})?)[ \t]+(\d{1,3})(?=${AGE_TAIL})`, "gu");
// "(17), wordt 18 op 9 mei", "werd 40 op 3-2": turning an age on a date (not "het wordt 18 op …",
// the weather or a rate).
const TURNS_AGE_ON_DATE_RE = new RegExp(String.raw`(?:wordt|werd)(?<![\p{L}](?:wordt|werd))(?<!(?:[Hh]et|[Dd]at|[Dd]it|[Ee]r|[Dd]e[ \t]+\p{Ll}+)[ \t]+(?:wordt|werd))[ \t]+(\d{1,3})[ \t]+(?:op[ \t]+\d{1,2}(?:e|ste|de)?(?:[ \t]+(?:${MONTH_NAMES_NL})|[-/]\d{1,2})|in[ \t]+(?:${MONTH_NAMES_NL}))(?![\p{L}\p{N}])`, "gu");
// "Echtpaar Claessens (hij 70, zij 66)", "(man 44 / vrouw 41)", "(zij: 38)": pronouns or man/vrouw with an age in brackets.
const PRONOUN_PAREN_AGE_RE = /\((?:hij|zij|ze|man|vrouw|meneer|mevrouw)[ \t]*:?[ \t]+(\d{1,3})(?:[ \t]*(?:jaar|jr\.?))?(?:[ \t]*[,/;&][ \t]*|[ \t]+en[ \t]+)(?:hij|zij|ze|man|vrouw|meneer|mevrouw)[ \t]*:?[ \t]+(\d{1,3})(?:[ \t]*(?:jaar|jr\.?))?[ \t]*\)|\((?:hij|zij)[ \t]*:?[ \t]+(\d{1,3})(?:[ \t]*(?:jaar|jr\.?))?[ \t]*\)/gu;
// The same pair without brackets, as a verbless note opening a sentence or line: "Hij 64, zij 66.",
// "Man 44, vrouw 41;" (both ages close their item; not "Hij 3 keer, zij 2 keer").
const PRONOUN_PAIR_AGE_RE = /(?<=(?:^|[.!?:][ \t]+|\n[ \t]*(?:[-*•][ \t]*)?))(?:[Hh]ij|[Zz]ij|[Mm]an|[Vv]rouw|[Mm]eneer|[Mm]evrouw)[ \t]+(\d{1,3})(?:[ \t]*(?:jaar|jr\.?))?[ \t]*(?:,|;|\/|&|en)[ \t]*(?:hij|zij|ze|man|vrouw|meneer|mevrouw)[ \t]+(\d{1,3})(?:[ \t]*(?:jaar|jr\.?))?(?=[ \t]*(?:[.;\n]|$))/gu;
// "een gepensioneerde docent van 67.", "een collega van 45,": a role noun + "van" + a bare number closing the clause
// (not "een docent van 20 uur", "een vriend van 30 jaar": no "jaar" here, a friendship can last that long).
// Also other trades, and any trade word by its ending ("een gepensioneerde installateur van 68,", "een
// timmerman van 59.", "een oud-elektricien van 61,"; -eur/-man/-ist/-ier/-cien/-aar; not "een formulier van 12,").
// Also -bouwer/-werker/-arbeider, and the age before "uit" or "die" ("een scheepsbouwer van 68 uit Edam").
// Also temporary workers and interns ("een seizoenskracht van 19 in dienst", "een stagiaire van 17 van het Drenthe
// College"), after "de" or a possessive for someone named before ("de vriend van 19 baart mij zorgen"), and before "via",
// "in dienst", "van het/de" + a name or a verb ("uur", "jaar", "euro" never follow: "de docent van 12 uur" stays).
const ROLE_OF_AGE_RE = /(?<![\p{L}])(?:een|die|deze|de|haar|zijn|hun|z'n|d'r)[ \t]+(?:\p{Ll}+e[ \t]+){0,2}(?:seizoenskracht|uitzendkracht|hulpkracht|oproepkracht|vakantiekracht|invalkracht|flexkracht|stagiair|stagiaire|trainee|docent|docente|leraar|lerares|onderwijzer|onderwijzeres|vrijwilliger|vrijwilligster|taalmaatje|maatje|buddy|mentor|student|studente|scholier|leerling|collega|vriend|vriendin|landgenoot|landgenote|meneer|mevrouw|heer|dame|mannetje|vrouwtje|gepensioneerde|chauffeur|kok|schilder|monteur|verpleegster|verpleegkundige|buurjongen|buurmeisje|jongen|meid|loodgieter|bouwvakker|kapper|bakker|slager|schoonmaker|stukadoor|boer|visser|postbode|bezorger|medewerker|(?!(?:papier|plezier|kwartier|dossier|formulier|atelier|portier|register|venster|ministerie)[ \t])(?:\p{Ll}+-)?\p{Ll}{3,}(?:eur|euse|man|ist|iste|ier|cien|aar|bouwer|werker|arbeider))[ \t]+van[ \t]+([1-9]\d)(?=[ \t]*(?:[,;!?)\n]|\.(?!\d)|$)|[ \t]+(?:(?:uit|die|via|in[ \t]+dienst|baart|heeft|had|woont|werkt|werkte|zit|zat|komt|kwam|gaat|ging|wil|wilde|moet|kan|krijgt|kreeg|loopt|begint|begon|start|startte)(?![\p{L}])|van[ \t]+(?:het|de)[ \t]+\p{Lu}))/gu;
// "A. Hagos is met 22 de jongste", "met zijn 67 jaar de oudste deelnemer": an age compared in a group ("met 3 is dit de
// jongste groep" has no article after the number and no "de/het" before jongste/oudste).
const WITH_AGE_YOUNGEST_RE = /(?<![\p{L}])met[ \t]+(?:(?:zijn|haar|z'n|d'r)[ \t]+)?([1-9]\d?)(?:[ \t]+jaar)?[ \t]+(?:de|het)[ \t]+(?:jongste|oudste)(?![\p{L}])/giu;
// "Dochter Elif wordt 18 per 1-8", "hij wordt 67 per 1 maart": turning an age as of a date (a name after another word, or
// a pronoun; a line-initial capital is often a thing: "Premie wordt 45 per 1-1"; two digits at most).
const BECOMES_PER_DATE_RE = new RegExp(String.raw`(?:(?<=[\p{L},][ \t]+)\p{Lu}\p{Ll}+|(?<![\p{L}])(?:[Hh]ij|[Zz]ij|[Zz]e))[ \t]+wordt[ \t]+(\d{1,2})[ \t]+per[ \t]+(?:\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?|\d{1,2}[ \t]+(?:${MONTH_NAMES_NL}))(?![\p{L}\p{N}])`, "gu");
// A caseload list line with a title, a name (and a place), then a dash and a bare number: "• dhr. Piet Bakker, Knegsel
// – 63, IOW loopt", "- mw. Ria Roos – 60 jaar, vrijwilliger": the person's age.
const TITLE_LINE_DASH_AGE_RE = /(?<=(?:^|\n)[ \t]*[-*•][ \t]*(?:mw|mevr|mevrouw|dhr|meneer)\.?[ \t]+\p{Lu}[^\n–—:]{1,60}[ \t][–—-][ \t]*)([1-9]\d)(?=[ \t]*(?:jaar|jr\.?)?[ \t]*[,;(]|[ \t]*\.[ \t])/giu;
// Turkish: "annem 63 yaşında", "12 yaşındaki oğlum" (at the age of N; the number is the age); turning an age, "geçen hafta
// 18 yaşına girdi", "18 yaşını doldurdu", "ben 60 yaşımdayım".
// (the case endings after "yaş", age; "larında", in their …s, only after digits)
const YAS_ENDINGS = "ında|ındaki|ındayım|ındadır|ına|ını|ımda|ımdayım";
const TURKISH_AGE_RE = new RegExp(String.raw`(?<![\p{N}.,])(\d{1,3})[ \t]+yaş(?:${YAS_ENDINGS}|larında)(?![\p{L}])`, "gu");
const TURKISH_UNITS = "bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz";
const TURKISH_TENS = "on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan";
const TURKISH_WORD_AGE_RE = new RegExp(String.raw`(?<![\p{L}])((?:${TURKISH_TENS})(?:[ \t]+(?:${TURKISH_UNITS}))?|(?:${TURKISH_UNITS}))(?=[ \t]+yaş(?:${YAS_ENDINGS})(?![\p{L}]))`, "gu");
const PAPIAMENTO_NUMBERS = String.raw`diesun|diesdos|diestres|dieskuater|diesinku|diesinchi|diesseis|dieshuit|diesnuebe|dies|binti(?:[ \t]+i[ \t]+\p{Ll}+)?|trinta(?:[ \t]+i[ \t]+\p{Ll}+)?|kuarenta(?:[ \t]+i[ \t]+\p{Ll}+)?|sinkuenta(?:[ \t]+i[ \t]+\p{Ll}+)?|sesenta(?:[ \t]+i[ \t]+\p{Ll}+)?|setenta(?:[ \t]+i[ \t]+\p{Ll}+)?|ochenta(?:[ \t]+i[ \t]+\p{Ll}+)?`;
// Sranantongo "abi" (have) + a number + "yari" (years): "A boi fu mi abi tin na feifi yari" (15), "mi abi feifi tenti yari" (50).
const SRANAN_UNITS = "wan|tu|dri|fo|feifi|siksi|seibi|aiti|neigi";
const SRANAN_AGE_RE = new RegExp(String.raw`(?<![\p{L}])abi[ \t]+((?:(?:(?:${SRANAN_UNITS})[ \t]+tenti|tin)(?:[ \t]+na[ \t]+(?:${SRANAN_UNITS}))?|${SRANAN_UNITS}|\d{1,3})[ \t]+yari)(?![\p{L}])`, "gu");
const PAPIAMENTO_AGE_RE = new RegExp(String.raw`(?<![\p{L}])tin[ \t]+((?:\d{1,3}|${PAPIAMENTO_NUMBERS})[ \t]+aña)(?![\p{L}])`, "gu");
const ENGLISH_TURNED_AGE_RE = /(?<![\p{L}])(?:turned|turns|is[ \t]+turning|will[ \t]+turn)[ \t]+(\d{1,3})(?=[ \t]+(?:in|on|last|this|next|years?)(?![\p{L}])|[ \t]*[,.;!?)]|[ \t]*$)/gu;
const RARE_DIGIT_AGES: [RegExp, (text: string) => boolean][] = [
  [TURKISH_AGE_RE, (t) => t.includes("yaş")],
  [WITH_AGE_YOUNGEST_RE, (t) => /jongste|oudste/i.test(t)],
  [BECOMES_PER_DATE_RE, (t) => t.includes("wordt") && /\d[ \t]+per[ \t]+\d/.test(t)],
  [TITLE_LINE_DASH_AGE_RE, (t) => /(?:^|\n)[ \t]*[-*•]/.test(t) && /[–—-][ \t]*[1-9]\d/.test(t)],
  [TURNS_AGE_ON_DATE_RE, (t) => /w(?:ordt|erd)[ \t]+\d/.test(t)],
  [PRONOUN_PAREN_AGE_RE, (t) => /\((?:hij|zij|ze|man|vrouw|meneer|mevrouw)[ \t:]/.test(t)],
  [ROLE_OF_AGE_RE, (t) => /[ \t]van[ \t]+[1-9]\d/.test(t)],
  [PRONOUN_PAIR_AGE_RE, (t) => /(?:ij|an|rouw|eer)[ \t]+\d/.test(t)],
  // "wordt op" + a digit
  [PRONOUN_TURNS_ON_DATE_RE, (t) => t.includes("wordt") && /op[ \t]+\d/.test(t)],
  [STATUS_LINE_AGE_RE, (t) => t.includes(",")],
  [NAME_APPOSITION_AGE_RE, (t) => /,[ \t]+(?:is|was|wordt|werd)[ \t]/.test(t)],
  [EN_WHO_IS_AGE_RE, (t) => /who[ \t]+is/i.test(t)],
  [BIRTHDAY_TURNS_RE, (t) => /jarig/i.test(t) && /wordt/i.test(t)],
  // "en is", "en was" or "en wordt" before a digit
  [AND_IS_AGE_RE, (t) => /[ \t]en[ \t]+(?:is|was|wordt)[ \t]/.test(t)],
  [RELATION_NAME_AGE_RE, (t) => t.includes(",") && /,\s*\d/.test(t)],
  // (case-insensitive regexes: their words are tested in the lower-cased text)
  [JUST_BECAME_RE, (t) => hints(t).low.includes("geworden")],
  // (and one of begin|eind|midden|halverwege|ergens|rond|tegen, case-insensitive)
  [DECADE_DIGITS_RE, (t) => /[2-9]0/.test(t) && hasAny(hints(t).low, ["begin", "eind", "midden", "halverwege", "ergens", "rond", "tegen"])],
  [CHILD_RANGE_RE, (t) => hasAny(hints(t).low, ["kinderen", "kids", "zon", "dochters"])],
  // a digit, blanks, "en", blanks, a digit
  [CHILD_AGE_PAIR_RE, (t) => /\d[ \t]+en[ \t]+\d/i.test(t)],
  // "wordt" or "werd" after a bullet
  [BULLET_TURNS_AGE_RE, (t) => /w[oe]r[dt]/i.test(t)],
  // a timestamp colon and " of " or " sinds "
  [CHAT_AGE_GUESS_RE, (t) => /\d[:.]\d/.test(t) && /[ \t](?:of|sinds)[ \t]/i.test(t)],
  [BABY_AGE_RE, (t) => t.includes("mnd") || t.includes("maand") || t.includes("wk") || t.includes("weken")],
  // "wordt" and a year followed by a number
  [BECOMES_IN_YEAR_RE, (t) => t.includes("wordt") && /\d{4}[ \t]+\d/.test(t)],
  [PERSON_FROM_PLACE_AGE_RE, (t) => t.includes(",") && /uit/i.test(t)],
  [RELATION_OF_CLIENT_AGE_RE, (t) => /van[ \t]+(?:mw|mevr|dhr|mevrouw|meneer|de[ \t]+klant|klant|cliënt|client)/i.test(t)],
  [NAME_BECOMES_RE, (t) => t.includes("wordt") || t.includes("werd") || (t.includes("is") && /\d\s+is\b/.test(t))],
];

// Guards for single age patterns: a word (in `low`, see Hints) or character each one cannot match without. A pattern
// missing here always runs.
const AGE_GUARDS = new Map<RegExp, (text: string, low: string) => boolean>([
  // the possessive: zijn|haar|z'n|zn|d'r|dr|hun|mijn|m'n|mn|je|jouw, dialect zien|mien|heur
  [ORDINAL_AGE_RE, (_, low) => hasAny(low, ["zijn", "haar", "z'n", "zn", "d'r", "dr", "hun", "mijn", "m'n", "mn", "je", "jou", "zien", "mien", "heur"])],
  [SOON_AGE_RE, (_, low) => low.includes("wordt")],
  // "van … de" + a tens word, and every tens word ends in "tig"
  [OF_DECADE_RE, (_, low) => low.includes("van") && low.includes("tig")],
  // "… van N"
  [CHILD_AGE_RE, (_, low) => low.includes("van")],
  // the gender and the age are separated by "," or "/"
  [GENDER_AGE_RE, (text) => text.includes(",") || text.includes("/")],
  [ELDEST_AGE_RE, (_, low) => hasAny(low, ["oudste", "jongste", "middelste", "tweeling"])],
  [SUBCLAUSE_RELATION_AGE_RE, (_, low) => hasAny(low, [" is", " was", " wordt", " werd"]) && hasAny(low, ["dat ", "omdat ", "toen ", "als ", "nu ", "terwijl ", "want ", "aangezien "])],
  // "(N)"
  [RELATION_PAREN_AGE_RE, (text) => text.includes("(")],
  [RELATION_LIST_AGE_RE, (text) => text.includes(",") || text.includes("(")],
  // the frame between person and age: is|was|wordt|werd, ",", ":", "(" or "van"
  [BOUND_AGE_RE, (_, low) => hasAny(low, ["is", "was", "wordt", "werd", ",", ":", "(", "van"])],
  [PERSON_OF_AGE_RE, (_, low) => low.includes("van") || low.includes("rond")],
  [LEEFTIJD_RE, (_, low) => low.includes("leeftijd")],
]);

// (a heading word with a plural ending at a line start, and a list announced after the bracket)
export const PLURAL_HEAD_BEFORE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(\p{Lu}\p{Ll}+(?:eisers|ers|ingen|heden|teiten|punten|schulden|kosten|posten|nemers))[ \t]?$/u;
export const PLURAL_COUNT_AFTER = /^[ \t]*(?::|,[ \t]*(?:onder[ \t]+meer|waarvan|waaronder|o\.a\.|oa|w\.o\.|te[ \t]+weten|namelijk))/u;
const LIST_NAME_MONTHS_RE = /(?:^|\n)[ \t]*[-*•][ \t]*(\p{Lu}\p{Ll}+),[ \t]*(\d{1,2}[ \t]*(?:maanden|maand|mnd|weken|wk))(?![\p{L}])/gu;
const LIMIT_AGE_SUBJECT = /(?:AOW|pensioen|AOW-pensioen)-?(?:leeftijd|gerechtigde[ \t]+leeftijd)(?:[ \t]+(?:voor|van|bij|in|vanaf)(?:[ \t]+[\p{L}\d'’.-]+){1,5})?[ \t]+(?:is|wordt|was|bedraagt|blijft|ligt[ \t]+op|wordt[ \t]+dan)[ \t]+(?:nu[ \t]+|straks[ \t]+|dan[ \t]+|voor[ \t]+hem[ \t]+|voor[ \t]+haar[ \t]+)?$/iu;
const STAT_AGE_BEFORE = /(?<![\p{L}])(?:(?:gemiddelde|gem\.|mediane|gemiddeld)[ \t]+(?:[^.\n;!?()]{0,30}[ \t])?leeftijd(?:en)?(?![\p{L}])[^.\n;!?()]{0,30}|gemiddeld(?:[ \t]+(?:ongeveer|zo'n|ruim|bijna|nog))?[ \t]+)$/iu;
function knownNameComma(before: string): boolean {
  const w = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+),[ \t]?$/u.exec(before);
  const lx = lexicons();
  return !!w && (lx.firstNames.has(w[1]) || lx.surnames.has(w[1])) && !lx.common.has(w[1].toLowerCase()) && !lx.places.phrases.has(phraseKey(w[1]));
}

// "Via het kindpakket krijgen kinderen van 4 tot 18 jaar een bijdrage": a range after a bare plural group noun is a
// scheme's limit, no one's age; after a numeral or a possessive it is a family's ("vier kinderen van 3 tot 12 jaar").
const GROUP_RANGE_BEFORE = /(?:^|[^\p{L}])(\p{L}+)[ \t]+(?:kinderen|jongeren|leerlingen|deelnemers)[ \t]+van[ \t]+(\d{1,2}[ \t]*(?:tot(?:[ \t]+en[ \t]+met)?|t\/m|–|-)[ \t]*)?$/u;
const RANGE_REST = /^[ \t]*(?:tot(?:[ \t]+en[ \t]+met)?|t\/m|–|-)[ \t]*\d{1,2}[ \t]+jaar(?![\p{L}])/u;
const FAMILY_DETERMINERS = /^(?:haar|zijn|hun|mijn|m'n|onze|ons|de|die|deze|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|beide|eigen|jouw|uw)$/i;
function groupRangeAge(text: string, s: number, e: number): boolean {
  const m = GROUP_RANGE_BEFORE.exec(text.slice(Math.max(0, s - 60), s));
  if (!m || FAMILY_DETERMINERS.test(m[1])) return false;
  return m[2] ? /^[ \t]+jaar(?![\p{L}])/u.test(text.slice(e, e + 8)) : RANGE_REST.test(text.slice(e, e + 24));
}

// "Wat ik wil: één, overleg met de mentor, meneer Groeneveld, twee, kijken …": a number word closed by a comma that
// continues a spoken list of steps (the number before it, closed by a comma or colon, earlier on the line) is no age.
const STEP_BEFORE = new Map(
  Object.entries({ twee: "één|een|eén", drie: "twee", vier: "drie", vijf: "vier", zes: "vijf" }).map(([n, prev]) => [n, new RegExp(String.raw`(?<![\p{L}])(?:${prev})[ \t]*[,:]`, "iu")]),
);
export function spokenListStep(text: string, s: number, e: number): boolean {
  const prev = STEP_BEFORE.get(text.slice(s, e).toLowerCase());
  if (!prev || !/^[ \t]*,/.test(text.slice(e, e + 3))) return false;
  return prev.test(text.slice(Math.max(text.lastIndexOf("\n", s - 1) + 1, s - 200), s));
}

// "is hij niet 15?", "is ze niet pas 23?": a question whether someone is an age.
const AGE_QUESTION_RE = /(?<![\p{L}])(?:is|was|wordt|werd)[ \t]+(?:hij|zij|ze|ie|die)[ \t]+(?:niet|nog|al|pas|toch|nu)(?:[ \t]+(?:pas|al|nog|maar|eens))?[ \t]+(\d{1,2})(?=[ \t]*\?)/giu;
const ALTERNATIVE_AGES_RE = /\d{1,3}(?:[ \t]*,[ \t]*\d{1,3})+[ \t]+of[ \t]+\d{1,3}/g;
function inAlternativeAges(text: string, s: number): boolean {
  const from = Math.max(0, s - 24);
  for (const m of allMatches(ALTERNATIVE_AGES_RE, text.slice(from, s + 30))) if (from + m.index <= s && s < from + m.index + m[0].length) return true;
  return false;
}
function pushAges(text: string, out: Candidate[]) {
  // "De man van 06 belde": a number with a leading zero is no age.
  const add = (s: number, e: number) => {
    if (text.charCodeAt(s) === 48 && /\d/.test(text.charAt(s + 1))) return;
    // "de norm voor een alleenstaande van 21 jaar of ouder": a lower limit, no one's age.
    if (/^(?:[ \t]+(?:jaar|jr\.?))?[ \t]+of[ \t]+(?:ouder|jonger)(?![\p{L}])/iu.test(text.slice(e, e + 24))) return;
    // "IOAZ bekijken (≥ 55 jr, > 10 jr zelfst.)": a number after a comparison sign is a limit, no age.
    if (/[≥≤><][ \t]*$/u.test(text.slice(Math.max(0, s - 3), s))) return;
    if (spokenListStep(text, s, e)) return;
    if (groupRangeAge(text, s, e)) return;
    // "| 18 – 26 jaar | 97 |": the end of a range that opens a line or a table cell is an age band, no one's age; so is
    // "55 jaar tot AOW-leeftijd" (a band up to a legal limit).
    if (/(?:^|[\n|])[ \t]*\d{1,3}[ \t]*[–—-][ \t]*$/.test(text.slice(Math.max(0, s - 12), s))) return;
    if (/^(?:[ \t]+(?:jaar|jr\.?))?[ \t]+tot[ \t]+(?:de[ \t]+)?(?:AOW|pensioen)/iu.test(text.slice(e, e + 30))) return;
    // A statistic of a group, no one's age: "Gemiddelde leeftijd 20,6 jaar", "de mediane leeftijd van de
    // deelnemers is 34", "ze zijn gemiddeld 19".
    if (STAT_AGE_BEFORE.test(text.slice(Math.max(0, s - 70), s))) return;
    // The AOW or pension age as the subject is a legal limit, no one's age: "De AOW-leeftijd voor zijn
    // geboortejaar is 67 jaar en 3 maanden", "zijn pensioenleeftijd wordt 68" (not "hij heeft de AOW-leeftijd bereikt en is 68").
    if (LIMIT_AGE_SUBJECT.test(text.slice(Math.max(0, s - 70), s))) return;
    // "Alleenstaande van 18, 19 of 20 jaar": three or more numbers as alternatives are an age band of a rule, no one's age.
    if (inAlternativeAges(text, s)) return;
    // "(kind 1)", "(kind 2)": a number after "kind" in a form's bracket numbers the child, no age.
    if (/\([ \t]*(?:kind|child|persoon|nr\.?)[ \t]+$/iu.test(text.slice(Math.max(0, s - 10), s))) return;
    out.push({ s, e, label: "leeftijd", prio: PRIO.leeftijd });
  };
  const { low, digits: digitCount } = hints(text);
  const skip = (re: RegExp) => !may(AGE_GUARDS.get(re)?.(text, low) !== false);
  for (const m of may(!!digitCount && text.includes("?")) ? allMatches(AGE_QUESTION_RE, text) : []) { const a = m.index + m[0].length - m[1].length; add(a, a + m[1].length); }
  // JARIGE_RE needs "jarig"; JAAR_RE "jaar" or "jr" (case-insensitive), both a digit.
  // (not a jubilee or a term: "hun 25-jarig jubileum", "het 40-jarig bestaan", "een 3-jarig contract")
  for (const m of may(!!digitCount && low.includes("jarig")) ? allMatches(JARIGE_RE, text) : []) if (!/^[ \t]+(?:jubileum|bestaan|huwelijk|huwelijksfeest|dienstverband|contract|traject|project|abonnement)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) add(m.index, m.index + m[0].length);
  for (const m of may(!!digitCount && (low.includes("jaar") || low.includes("jr"))) ? allMatches(JAAR_RE, text) : []) {
    const s = m.index;
    const e = s + m[0].length;
    const first = Number(m[1].replace(",", ".").split(/\s?-\s?/)[0]);
    if (!(first >= 0 && first <= 115)) continue;
    // "aanvraag levensonderhoud 18-27 jaar", "jongeren 16-27 jaar": a range between two legal age limits (16, 18, 21, 23,
    // 27) is the target group of a rule or a team, no one's age.
    if (/^(?:16|18|21|23)[ \t]?[–—-][ \t]?(?:21|23|27)$/.test(m[1].trim())) continue;
    const before = wordBefore(text, s);
    const after = wordAfter(text, e);
    // "een auto van 15 jaar oud", "het huis is 90 jaar oud": the age of a thing.
    if (after === "oud" && THING_BEFORE_AGE.test(text.slice(Math.max(0, s - 30), s))) continue;
    // "Wie 5 jaar of langer in dienst is", "55 jaar of ouder": a bound, no one's age. (Also a car: "Een Toyota Yaris die 12
    // jaar oud is", see THING_CLAUSE_BEFORE_AGE.)
    if (after === "of" && /^[ \t]+of[ \t]+(?:langer|korter|meer|minder|ouder|jonger)(?![\p{L}])/u.test(text.slice(e, e + 16))) continue;
    // Also a plural or a few words on in the same clause: "waar de huizen 90 jaar oud zijn", "Wasmachine is kapot (al 11
    // jaar oud)".
    if (after === "oud" && THING_CLAUSE_BEFORE_AGE.test(text.slice(Math.max(0, s - 50), s))) continue;
    // Also with its owner between: "de cv-ketel van de verhuurder is 19 jaar oud", "Het huis van een cliënt is soms 90 jaar oud".
    if (after === "oud" && THING_OF_OWNER_BEFORE_AGE.test(text.slice(Math.max(0, s - 60), s))) continue;
    // "Het huis staat in Winterswijk, is 90 jaar oud": the thing opens the clause, ", is" elides it.
    if (after === "oud" && THING_SUBJECT_BEFORE_AGE.test(text.slice(Math.max(0, s - 90), s))) continue;
    if (after === "oud" || before === "leeftijd") {
      add(s, e);
      continue;
    }
    // A relation word as a field label: "Partner: 38 jr, kennismigrant" (the number only, as the bound-age
    // rule marks "Partner: 38 jr" at a line start).
    if (RELATION_LABEL_BEFORE_AGE.test(text.slice(Math.max(0, s - 30), s))) {
      add(s, s + m[1].length);
      continue;
    }
    // A timeline entry about the client: "08-08-2020: 18 jaar, uitstroom naar …" (a date opens the line, the age ends a clause).
    if (/[:=]\s*$/.test(text.slice(Math.max(0, s - 3), s)) && before !== "leeftijd") {
      if (first >= 12 && TIMELINE_ENTRY_RE.test(text.slice(Math.max(0, s - 40), s)) && /^[ \t]*(?:[,;\n]|\.(?!\d)|$)/.test(text.slice(e, e + 3))) add(s, e);
      continue;
    }
    // "9 jaar werkervaring", "5 jaar praktijkervaring": a compound of "ervaring" after N jaar is how long.
    // (also "20 jaar bijstandsverleden", "31 jaar weverij": a history or a trade's workshop)
    // (also "ca." with its dot, and a duration word before it: "wachttijd ca. 4 jaar")
    const abbrevBefore = /(?<![\p{L}])(\p{L}+)[ \t]+(?:ca|ong)\.[ \t]*$/u.exec(text.slice(Math.max(0, s - 30), s));
    if (abbrevBefore && DURATION_BEFORE.has(abbrevBefore[1].toLowerCase())) continue;
    if (DURATION_BEFORE.has(before) || DURATION_AFTER.has(after) || /(?:ervaring|verleden|\p{Ll}{2}erij)$/u.test(after)) continue;
    // "2 jaar technische school", "3 jaar opleiding": years of schooling; "over 1 à 2 jaar": an estimate of
    // a duration after a duration word.
    if (SCHOOLING_AFTER_YEARS.test(text.slice(e, e + 40)) || DURATION_ESTIMATE_BEFORE.test(text.slice(Math.max(0, s - 30), s))) continue;
    // "vakkenvuller bij Jumbo, 1 jaar;", "Werkervaring: magazijn, 2 jaar": a job with its employer (or a work-history line)
    // and then ", N jaar" is how long the job lasted.
    if (/,[ \t]*$/.test(text.slice(Math.max(0, s - 3), s)) && JOB_CLAUSE_BEFORE.test(text.slice(Math.max(0, s - 80), s))) continue;
    // "Opleiding/werk herkomstland: 12 jaar onderwijs; 6 jaar automonteur in Kabul": an entry of a work history (after a
    // colon or a semicolon) with a trade and where it was is how long someone did the work.
    if (/[;:][ \t]*$/.test(text.slice(Math.max(0, s - 3), s)) && /^[ \t]+\p{Ll}{3,}(?:[ \t]+\p{Ll}{3,})?[ \t]+(?:in|bij)[ \t]+\p{Lu}/u.test(text.slice(e, e + 60))) continue;
    // "duurt wel 2-3 jaar", "dat kost nog zeker 2 jaar": a duration verb before one or two adverbs.
    if (/(?<![\p{L}])(?:duurt|duurde|duren|kost|kostte|dauert)(?:[ \t]+(?:wel|nog|zeker|ongeveer|zo'n|al|misschien|makkelijk|echt|toch|dan|ook|minstens|maximaal|ruim)){1,2}[ \t]+$/iu.test(text.slice(Math.max(0, s - 40), s))) continue;
    // "ik ga niet 3 jaar leven als een monnik", "ze moet nog 2 jaar wachten": a modal or "gaan" + N jaar is
    // how long (not "hij zal 18 jaar worden").
    if (/(?<![\p{L}])(?:ga|gaat|gaan|ging|gingen|moet|moeten|moest|wil|wilt|willen|wilde|kan|kun|kunt|kunnen|kon|zal|zullen|zou|zouden|mag|mogen)(?:[ \t]+(?:niet|nog|wel|ook|echt|toch|dan|geen|ik|je|ze|hij|zij|we|u)){0,2}[ \t]+$/iu.test(text.slice(Math.max(0, s - 30), s)) && !/^[ \t]+(?:oud[ \t]+)?(?:worden|zijn|oud)(?![\p{L}])/iu.test(text.slice(e, e + 16))) continue;
    // "Werkervaring: automonteur in Herat (± 6 jaar)": a bracketed number of years in a work-history line; also after a
    // comma in a table row headed so ("| werkervaring | boekhouder, 8 jaar |").
    if (/(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:[Ww]erkervaring|[Ee]rvaring|[Aa]rbeidsverleden|[Ll]oopbaan|[Ww]erkverleden)[ \t]*:[^\n]{0,120}\([ \t]*(?:±|\+\/-|ca\.?|circa|ongeveer|ruim|bijna)?[ \t]*$/u.test(text.slice(Math.max(0, s - 140), s))) continue;
    if (/(?:^|\n)[ \t]*\|?[ \t]*(?:[Ww]erkervaring|[Ee]rvaring|[Aa]rbeidsverleden|[Ll]oopbaan|[Ww]erkverleden)[ \t]*[|;\t][^\n]{0,120}[,(][ \t]*(?:±|ca\.?|circa|ongeveer|ruim|bijna)?[ \t]*$/u.test(text.slice(Math.max(0, s - 140), s))) continue;
    // "schuldregeling aangeboden aan schuldeisers, 3 jaar,": how long a debt arrangement runs (same line, no full stop and
    // no name between: "de schuldregeling van meneer Bakker, 52 jaar," is his age).
    if (/(?<![\p{L}])(?:[Ss]chuldregeling|[Ss]chuldsanering|[Ss]aneringstraject|[Ss]aneringskrediet|[Aa]flossingsregeling|[Bb]etalingsregeling|[Mm]innelijk[ \t]+traject|[Ww]snp|WSNP)[^.;:!?\n\p{Lu}]{0,50}$/u.test(text.slice(Math.max(0, s - 70), s))) continue;
    // "lesgeld DUO, 2 jaar, € 2.560": a cost item's duration before an amount.
    if (/^[ \t]*[,;:][ \t]*(?:€|eur\b|euro\b|\d+[.,]?\d*[ \t]*(?:€|euro))/iu.test(text.slice(e, e + 12))) continue;
    // "een alleenstaande van 21 jaar tot de AOW-leeftijd", "jongeren van 18 jaar t/m 27 jaar": the lower bound of a range.
    if (before === "van" && RANGE_BOUND_AFTER.test(text.slice(e, e + 30))) continue;
    // "de huisarts kent haar 20 jaar": knowing someone for N years.
    if (/(?<![\p{L}])(?:ken|kent|kende|kenden|kennen)[ \t]+(?:haar|ze|mij|me|ons|jou|je|u)[ \t]+$/iu.test(text.slice(Math.max(0, s - 20), s))) continue;
    // "hij was 22 jaar zijn eigen baas", "ze was 14 jaar zzp-fotograaf", "was 22 jaar internationaal chauffeur": a verb
    // "to be" + N jaar + a predicate (a role, a possessive) is how long someone was it; an age closes the clause or goes
    // on with "en/toen/oud …" ("Mevrouw is 82 jaar en woont …", "ze was 14 jaar toen …").
    if (BE_VERBS.has(before) && /^[ \t]+\p{Ll}/u.test(text.slice(e, e + 3)) && after && !AGE_AFTER_BE.has(after)) continue;
    // Also with a place or time between the verb and N: "Hij was in Syrië 30 jaar leraar wiskunde",
    // "ze was daar 12 jaar kok" (the verb opens the clause, 1–3 words before N, no punctuation between).
    if (/^[ \t]+\p{Ll}/u.test(text.slice(e, e + 3)) && after && !AGE_AFTER_BE.has(after) && !DURATION_AFTER.has(after) && /(?<![\p{L}])(?:is|was|ben|bent|waren)(?:[ \t]+[\p{L}'’-]+){1,3}[ \t]+$/u.test(text.slice(Math.max(0, s - 50), s))) continue;
    // "In Syrië ik was verpleegkundige 12 jaar.", "was in Eritrea onderwijzer 15 jaar": "to be" + a job noun right before N
    // jaar is how long someone had the job (not an adverb in -er: "was toen ongeveer 12 jaar").
    if (BE_JOB_BEFORE_YEARS.test(text.slice(Math.max(0, s - 40), s))) continue;
    // The upper bound of a range: "kinderen van 4 t/m 17 jaar komen in aanmerking", "van 18 tot 27 jaar"
    // (children's own ages in a range are CHILD_RANGE_RE's).
    if (/(?<![\p{N}])\d{1,3}(?:[ \t]+jaar)?[ \t]+(?:tot(?:[ \t]+en[ \t]+met)?|t\/m)[ \t]+$/u.test(text.slice(Math.max(0, s - 24), s))) continue;
    if (/\b(?:langer|korter|meer|minder)[ \t]+dan[ \t]*$/iu.test(text.slice(Math.max(0, s - 20), s))) continue; // "langer dan 5 jaar": a duration
    // A limit or a group's range, no one's age: "Voogdij: Nidos (eindigt bij 18 jaar)", "doelgroep t/m 27
    // jaar", "verlengd verblijf tot max. 21 jaar", "de groep 23–27 jaar"; and a duration of running a business: "30 jaar eigen
    // bedrijf gehad".
    if (/(?<![\p{L}])(?:(?:eindigt|eindigde|stopt|stopte|vervalt|verviel|loopt[ \t]+af|liep[ \t]+af)[ \t]+(?:bij|op|met)|t\/m|tot[ \t]+en[ \t]+met|max\.|maximum|min\.|minimum)[ \t]*$/iu.test(text.slice(Math.max(0, s - 30), s)) && !/(?<![\p{N}])\d{1,3}(?:[ \t]+jaar)?[ \t]+(?:t\/m|tot[ \t]+en[ \t]+met)[ \t]*$/u.test(text.slice(Math.max(0, s - 24), s))) continue;
    if (/(?<![\p{L}])(?:groep|doelgroep|leeftijdsgroep|leeftijdscategorie|categorie)[ \t]+\d{1,3}[ \t]*[–—-][ \t]*$/iu.test(text.slice(Math.max(0, s - 40), s))) continue;
    if (/^[ \t]+eigen[ \t]+(?:bedrijf|zaak|onderneming|winkel|praktijk|baas)(?![\p{L}])/iu.test(text.slice(e, e + 30))) continue;
    // A limit or a group's range, no one's age: "omdat u jonger bent dan 27 jaar", "een alleenstaande van 21 jaar
    // of ouder", "kinderen tussen de 8 en 12 jaar", "tussen 18 en 27 jaar".
    if (/(?<![\p{L}])(?:jonger|ouder)(?:[ \t]+(?:bent|is|zijn|was|waren|wordt|dan[ \t]+(?:de|het)))?[ \t]+dan[ \t]*$/iu.test(text.slice(Math.max(0, s - 30), s))) continue;
    if (/^[ \t]+(?:of|en)[ \t]+(?:ouder|jonger|meer|minder|daarboven|daaronder)(?![\p{L}])/iu.test(text.slice(e, e + 20))) continue;
    if (/(?<![\p{L}])tussen[ \t]+(?:de[ \t]+)?\d{1,3}(?:[ \t]+jaar)?[ \t]+en[ \t]*$/iu.test(text.slice(Math.max(0, s - 30), s))) continue;
    if (/(?:contract|overeenkomst|dienstverband|traject|termijn|straf|huurcontract)$/.test(before)) continue; // "arbeidsovereenkomst (1 jaar, 32 uur)"
    // A term or a legal measure before N jaar is how long it runs: "proeftijd 1 jaar", "looptijd 2 jaar",
    // "ondertoezichtstelling 1 jaar", "uithuisplaatsing 1 jaar", "gebiedsverbod 2 jaar", "garantie 2 jaar"; and a change by
    // N jaar ("verlengd met 1 jaar").
    if (/^\p{Ll}*(?:(?<!leef)tijd|duur|periode|toezicht|verbod|ontzegging|maatregel|machtiging|plaatsing|stelling|verlenging|garantie)$|^ots$/u.test(before)) continue;
    if (/(?<![\p{L}])(?:verlengd|verlengen|verlengt|verkort|verkorten|uitgesteld|opgeschort|verhoogd|verlaagd)[ \t]+met[ \t]*$/iu.test(text.slice(Math.max(0, s - 20), s))) continue;
    // (also with the verb after it: "DUO kan deze termijn met 2 jaar verlengen")
    if (before === "met" && /^[ \t]+(?:verleng|verkort|uitgesteld|uitstel|opgeschort|opschort|verhoog|verlaag|verschov|verschuiv|vervroeg)\p{Ll}*(?![\p{L}])/iu.test(text.slice(e, e + 24))) continue;
    // "jongerencontract bij AlleeWonen (tijdelijk, 5 jaar)": a temporary term; "Uw inschrijfduur bij
    // klikvoorwonen.nl is 6 jaar en 4 maanden", "de wachttijd is 3 jaar": a period noun as the subject of "is" (how long).
    if (/(?<![\p{L}])(?:tijdelijk|tijdelijke|bepaalde[ \t]+tijd)[ \t]*,[ \t]*$/iu.test(text.slice(Math.max(0, s - 20), s))) continue;
    if (/(?:duur|wachttijd|zoektijd|inschrijftijd|termijn|looptijd|periode)(?![\p{L}])(?:[^.\n;]|\.(?=\S)){0,40}(?<![\p{L}])(?:is|was|bedraagt|bedroeg)(?:[ \t]+(?:nu|al|inmiddels|ongeveer|ruim|bijna))?[ \t]+$/iu.test(text.slice(Math.max(0, s - 70), s))) continue;
    // "verblijfsvergunning asiel verleend (5 jaar)", "indicatie toegekend (2 jaar)": a bracketed term after a
    // granted permit or decision is how long it lasts.
    if (GRANTED_TERM_BEFORE.test(text.slice(Math.max(0, s - 30), s))) continue;
    if (/^ge\p{L}+(?:d|t|en)$/u.test(after)) continue; // "3 jaar gewerkt": a duration
    // "heeft in Homs 12 jaar als elektricien gewerkt", "ze was 6 jaar als schoonmaakster in dienst": N jaar +
    // "als" + a role is how long someone did a job (not "ze is 17 jaar als ze …": a pronoun after "als" opens a clause).
    if (after === "als" && /^[ \t]+als[ \t]+(?!(?:ik|je|jij|hij|zij|ze|we|wij|u|het|er|die|dat|dit|men)(?![\p{L}]))\p{L}/u.test(text.slice(e, e + 30))) continue;
    // "daarvoor werkte ze 15 jaar als schoonmaakster", "woonde hij 20 jaar in Sneek": an inverted verb + subject before it.
    if (/(?<![\p{L}])(?:werkte|werkt|werkten|woonde|woont|woonden|zat|zit|zaten|heeft|had|hadden|deed|doet|verbleef|leefde|leeft|reed|rijdt)[ \t]+(?:ze|hij|zij|ik|we|wij|u|men|mevrouw|meneer|dhr\.?|mw\.?)[ \t]+$/iu.test(text.slice(Math.max(0, s - 24), s))) continue;
    if (/^[ \t]+(?:heeft|had|hebben|hadden|is|was)[ \t]+ge\p{L}+(?:d|t|en)(?![\p{L}])/u.test(text.slice(e, e + 40))) continue; // "waar hij 31 jaar heeft gewerkt"
    // "de jachtwerf waar hij 30 jaar werkte": a past verb of working or living right after it closes a clause of how long.
    if (/^[ \t]+(?:werkte|werkten|woonde|woonden|diende|dienden|verbleef|verbleven|leefde|leefden)(?![\p{L}])/u.test(text.slice(e, e + 20))) continue;
    // "De pilot loopt inmiddels 2 jaar": how long something runs.
    if (/(?<![\p{L}])(?:loopt|liep|lopen|duurt|duurde|bestaat|draait|draaide)[ \t]+(?:(?:nu|al|inmiddels|pas|ruim|bijna|ongeveer|sinds)[ \t]+)?$/iu.test(text.slice(Math.max(0, s - 30), s))) continue;
    // "12 jaar elektricien in Damascus", "8 jaar kok bij een hotel": N jaar + a job noun + where is how long someone did it.
    if (/^[ \t]+\p{Ll}{3,}(?:cien|ker|der|ter|ler|ser|ner|ger|per|mer|ver|wer|ist|aar|eur|ant|kundige|ster|euse|kok|chef|arts)[ \t]+(?:in|bij|op|voor)[ \t]+(?:\p{Lu}|(?:de|het|een)[ \t])/u.test(text.slice(e, e + 60))) continue;
    // "3 jaar orderpicker geweest", "5 jaar vrijwilliger gedaan": N jaar + a role + a participle is how long.
    if (/^[ \t]+[\p{Ll}'’-]+[ \t]+(?:geweest|gewerkt|gedaan|gewoond|gezeten|gebleven)(?![\p{L}])/u.test(text.slice(e, e + 50))) continue;
    // "looptijd 10 jaar", "duur: 3 jaar", "de AOW-leeftijd ligt op 67 jaar": a term or a norm, no one's age.
    // (Also a waiting list in the same clause: "eilandwonen zegt wachtlijst 6 jaar", "de wachtlijst bij de corporatie is 8 jaar"; not
    // another clause: "hij staat op de wachtlijst en is 45 jaar".)
    if (/(?<![\p{L}])(?:wachtlijst|wachttijd)(?:en)?(?![\p{L}])(?:(?![ \t,](?:en|maar|hij|zij|ze|die|dat|want|omdat|terwijl)[ \t])[^.;:!?\n\d]){0,40}$/iu.test(text.slice(Math.max(0, s - 50), s))) continue;
    if (/(?<![\p{L}])(?:looptijd|duur|contractduur|periode|aflosperiode|terugbetaaltermijn|ligt[ \t]+(?:nu[ \t]+)?op|lag[ \t]+op|liggen[ \t]+op)[ \t]*:?[ \t]*$/iu.test(text.slice(Math.max(0, s - 24), s))) continue;
    // "30 jaar heb ik belasting betaald", "twintig jaar werkte hij daar": N jaar before an inverted verb + subject is a duration.
    if (/^[ \t]+(?:heb|heeft|hebben|had|hadden|ben|werk|werkt|werkte|werkten|woon|woont|woonde|woonden|betaal|betaalde|betaalden|zorg|zorgde|spaar|spaarde)[ \t]+(?:ik|hij|zij|ze|we|wij|jij|je|u|men)(?![\p{L}])/u.test(text.slice(e, e + 24))) continue;
    // "werkt in de regio, laatst 11 jaar via Covebo": N jaar through an agency, or after "laatst/eerst/daarna/daarvoor"
    // (a stretch of a work history), is how long.
    if (after === "via" || /(?<![\p{L}])(?:laatst|eerst|daarna|daarvoor)[ \t]+$/iu.test(text.slice(Math.max(0, s - 12), s))) continue;
    // "De gemiddelde bijstandsduur daalde naar 4,1 jaar": a decimal number of years after a duration word or a rise or fall
    // in the clause is a statistic.
    if (/^\d{1,2},\d/.test(text.slice(s, e)) && /(?:duur|daalde|daalt|gedaald|steeg|stijgt|gestegen|gemiddeld|gemiddelde)(?![\p{L}])[^.;:!?\n]{0,40}$/iu.test(text.slice(Math.max(0, s - 60), s))) continue;
    // "Bewaar brieven 7 jaar", "jaaropgaven bewaren we 5 jaar": how long papers are kept.
    if (/(?<![\p{L}])(?:bewaar|bewaart|bewaren|bewaard|bewaarde|archiveer|archiveert|archiveren)(?:[ \t]+[\p{L}'’-]+){0,3}[ \t]+$/iu.test(text.slice(Math.max(0, s - 40), s))) continue;
    // (also with the verb after it: "Zaken worden 7 jaar bewaard", "dossiers 5 jaar bewaren")
    if (/^[ \t]+(?:bewaard|bewaren|gearchiveerd|archiveren|opgeslagen)(?![\p{L}])/u.test(text.slice(e, e + 16))) continue;
    add(s, e);
  }
  // "3. Kinderen\n- Jayden, 11 jaar\n- Quincy, 8 maanden": a list line with a first name and an age in months
  // or weeks (a baby in the household list).
  for (const m of may(!!digitCount && /maand|mnd|weken|wk/.test(low)) ? allMatches(LIST_NAME_MONTHS_RE, text) : []) {
    if (!lexicons().firstNames.has(m[1])) continue;
    const s = m.index + m[0].length - m[2].length;
    add(s, m.index + m[0].length);
  }
  // PAREN_AGE_RE: a digit in brackets.
  for (const m of may(!!digitCount && text.includes("(")) ? allMatches(PAREN_AGE_RE, text) : []) {
    const n = Number(m[1]);
    if (n > 115) continue;
    // "klantmanager Werk (55+)", "Team Activering (27+)": "N+" alone names a target group unless a known name stands before it.
    if (/^\(\d{1,3}\+\)$/.test(m[0])) {
      const w = /(\p{Lu}[\p{L}'’-]*)[ \t]?$/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
      if (!w || !(lexicons().firstNames.has(w[1]) || lexicons().surnames.has(w[1])) || lexicons().common.has(w[1].toLowerCase())) continue;
    }
    // "(41)" alone is an age only right after a name or title ("Mevrouw El Amrani (41)").
    const plain = /^\(\d{1,3}\+?!?\)$/.test(m[0]) || /^\(\p{Lu}[\p{L}'’-]{1,25},\s*\d/u.test(m[0]);
    // "(Curaçao, 57)", "(Schilderswijk, 62)": a place of origin or living and an age, wherever it stands.
    const bracketPlace = /^\((\p{Lu}[\p{L}'’-]{1,25}),/u.exec(m[0]);
    // (also a first name + the initial of the surname: "1. Dariusz K. (52)")
    // (also after a comma when the word before it is a known first name or surname: "dhr. Piet Bijl, (67), Hoflaan 3")
    if (plain && !/\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:sr|jr|sen|jun)\.|[ \t]+(?:senior|junior))?\s?$/u.test(text.slice(Math.max(0, m.index - 40), m.index)) && !knownNameComma(text.slice(Math.max(0, m.index - 40), m.index)) && !/\p{Lu}\p{Ll}+[ \t]+(?:\p{Lu}\.){1,2}[ \t]?$/u.test(text.slice(Math.max(0, m.index - 40), m.index)) && !(bracketPlace && lexicons().places.phrases.has(phraseKey(bracketPlace[1])))) continue;
    // "wonen in Doetinchem (94) en Oude IJsselstreek (51)": a bare number in brackets after a known place counts
    // people or cases there, no one's age (not after a first name or surname: "Zwolle" can't be told from "Mevrouw Zwolle" here).
    if (/^\(\d{1,3}\)$/.test(m[0])) {
      const pm = /(?:^|[^\p{L}'’-])((?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}\p{Lu}[\p{L}'’-]*)[ \t]?$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (pm) {
        const words = pm[1].split(/[ \t]+/);
        const last = words[words.length - 1];
        const lx = lexicons();
        let place = false;
        for (let k = 0; k < words.length && !place; k++) place = lx.places.phrases.has(phraseKey(words.slice(k).join(" ")));
        if (place && !lx.firstNames.has(last) && !lx.surnames.has(last) && !/(?:^|[^\p{L}])(?:[Mm]evrouw|[Mm]eneer|[Dd]hr|[Mm]w|[Mm]evr|[Ff]amilie|[Ff]am)\.?[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}$/u.test(text.slice(Math.max(0, m.index - 60), m.index - pm[1].length))) continue;
      }
    }
    // "Schuldeisers (14), onder meer:", "Vorderingen (6):": a plural noun heading a line counts things, no one's age.
    if (plain && PLURAL_COUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) {
      const head = PLURAL_HEAD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (head && !lexicons().firstNames.has(head[1]) && !lexicons().surnames.has(head[1])) continue;
    }
    // "verleend (5 jaar)": the term of a granted permit (see GRANTED_TERM_BEFORE).
    if (!plain && GRANTED_TERM_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index + 1))) continue;
    // "nationale dienstplicht (ruim 5 jaar)": an estimate in years in brackets after a lower-case word that is no person
    // is how long something lasted (not "haar zoon (bijna 5 jaar)").
    if (/^\((?:ruim|bijna|ca\.?|ong\.?|ongeveer)\s+\d{1,3}\s*jaar\)$/u.test(m[0])) {
      const w = /(?<![\p{L}])(\p{Ll}[\p{Ll}'’-]+)[ \t]?$/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
      if (w && !PERSON_NOUN_SET.has(w[1]) && !lexicons().firstNamesLower.has(w[1]) && !lexicons().surnames.has(w[1][0].toUpperCase() + w[1].slice(1))) continue;
    }
    // "sollicitaties (nu 3) per week", "Afspraken (bijna 10)": a plural of things before the bracket counts them.
    if (/^\((?:nu|bijna|ruim|al|inmiddels)\s+\d{1,3}\)$/u.test(m[0]) && /(?<![\p{L}])\p{L}\p{Ll}*(?:ties|ingen|heden|teiten|punten|gesprekken|afspraken|uren|dagen)[ \t]?$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const numStart = m.index + m[0].indexOf(m[1]);
    add(numStart, numStart + m[1].length);
  }
  // ROLE_PAREN_AGE_RE: "Gert-Jan (gepensioneerd docent, 71)": right after a name, a lower-case description and an age.
  for (const m of may(!!digitCount && text.includes(",")) ? allMatches(ROLE_PAREN_AGE_RE, text) : []) {
    const n = Number(m[2]);
    if (n < 12 || n > 110 || NOT_ROLE_BEFORE_AGE.test(m[1])) continue;
    const numStart = m.index + m[0].lastIndexOf(m[2]);
    add(numStart, numStart + m[2].length);
  }
  // PLACE_AGE_NOTE_RE: a digit, "(" and ",".
  for (const m of may(!!digitCount && text.includes("(")) ? allMatches(PLACE_AGE_NOTE_RE, text) : []) {
    // (Also a nationality: "Radu Ene (Roemeens, 27, woont in Naaldwijk)".)
    if (Number(m[2]) > 115 || !(lexicons().places.phrases.has(phraseKey(m[1])) || NATIONALITY_SHAPE.test(m[1]))) continue;
    const numStart = m.index + m[0].indexOf(m[2], m[1].length + 2);
    add(numStart, numStart + m[2].length);
  }
  // IS_AGE_RE: a digit and is|was|wordt|werd|bent in every alternative.
  for (const m of may(!!digitCount && hasAny(low, ["is", "was", "word", "werd", "ben"])) ? allMatches(IS_AGE_RE, text) : []) {
    const n = m[1] ?? m[2] ?? m[3];
    if (Number(n) > 115 || Number(n) < 1) continue;
    const s = m.index + m[0].lastIndexOf(n);
    add(s, s + n.length);
  }
  // THEN_AGE_RE: "(toen".
  for (const m of may(!!digitCount && low.includes("(toen")) ? allMatches(THEN_AGE_RE, text) : []) {
    if (Number(m[1]) > 115 || Number(m[1]) < 1) continue;
    const s = m.index + m[0].indexOf(m[1], 5);
    add(s, s + m[1].length);
  }
  // AGE_ROW_RE: a digit and "leeftijd|lft" (case-insensitive) and "|".
  for (const m of may(!!digitCount && text.includes("|") && /leeftijd|lft/.test(low)) ? allMatches(AGE_ROW_RE, text) : []) {
    const base = m.index + m[0].length - m[1].length;
    for (const c of allMatches(/\d{1,3}/g, m[1])) if (isAgeNumber(c[0]) && Number(c[0]) >= 1) add(base + c.index, base + c.index + c[0].length);
  }
  // SUBCLAUSE_DIGIT_AGE_RE: a digit, "jaar" and is|was|werd|wordt.
  for (const m of may(!!digitCount && low.includes("jaar") && hasAny(low, ["is", "was", "wordt", "werd"])) ? allMatches(SUBCLAUSE_DIGIT_AGE_RE, text) : []) {
    if (Number(m[1]) > 115 || Number(m[1]) < 1 || !SUBCLAUSE_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const s = m.index + m[0].lastIndexOf(m[1]);
    add(s, s + m[1].length);
  }
  // SUBCLAUSE_NOUN_AGE_RE: a digit and is|was|werd|wordt.
  for (const m of may(!!digitCount && hasAny(low, ["is", "was", "wordt", "werd"])) ? allMatches(SUBCLAUSE_NOUN_AGE_RE, text) : []) {
    if (Number(m[1]) > 115 || Number(m[1]) < 1) continue;
    const before = SUBCLAUSE_NOUN_BEFORE.exec(text.slice(Math.max(0, m.index - 50), m.index));
    if (!before || (before[1] && !(lexicons().firstNames.has(before[1]) && !lexicons().common.has(before[1].toLowerCase())))) continue;
    add(m.index, m.index + m[1].length);
  }
  for (const m of may((NUMBER_WORD_HINT.test(text) || /twee|drie|vier|vijf|zes|zeven|acht|negen/iu.test(text)) && text.includes("(")) ? allMatches(NAME_PAREN_WORD_AGE_RE, text) : []) {
    // "de moeder van Kemal (tachtig)": without "nu/bijna …" only after a name (not "Bijlagen (twaalf)",
    // not a sentence-initial word: a known first name or surname).
    if (!/^\((?:nu|bijna|net|pas|inmiddels|al)[ \t]/u.test(m[0])) {
      const word = /(\p{Lu}\p{Ll}+)[ \t]?$/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
      const lex = lexicons();
      // (also an unknown surname after a known first name: "Gerrit Jan Eising (eenenzestig)")
      const fullName = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?(?:(?:van|de|der|den|ter|ten)[ \t]+){0,2}\p{Lu}\p{Ll}+[ \t]?$/u.exec(text.slice(Math.max(0, m.index - 50), m.index));
      const knownFull = !!fullName && lex.firstNames.has(fullName[1]) && !lex.common.has(fullName[1].toLowerCase());
      if (!word || lex.common.has(word[1].toLowerCase()) || !(lex.firstNames.has(word[1]) || lex.surnames.has(word[1]) || lex.ambiguousFirstNames.has(word[1]) || knownFull) || /(?:^|[.!?:]\s*|\n\s*)$/u.test(text.slice(Math.max(0, m.index - word[0].length - 3), m.index - word[0].length)) && !lex.firstNames.has(word[1])) continue;
      // (A known first name may open a sentence or a list: "kids: Kiara (zes) en Leandro (tien maanden)", "Reden
      // aanmelding\nFinn (twaalf) is sinds de zomer angstig".)
    }
    const a = m.index + m[0].indexOf(m[1]);
    add(a, a + m[1].length);
    if (m[2]) { const b = m.index + m[0].lastIndexOf(m[2]); add(b, b + m[2].length); }
  }
  // Every age in words has a tens or teens word, "elf", "twaalf", "honderd" or "jaar oud"/"-jarig" in it; one cheap
  // test spares most texts six large case-insensitive regexes (the server checks every chat message).
  for (const re of may(NUMBER_WORD_HINT.test(text)) ? WORD_AGE_RES : []) {
    for (const m of allMatches(re, text)) {
      // Keep the span on the age itself: drop the leading "een man van", "ze is" (a whole word "in": not the end of "ich bin").
      const inner = /(?<![\p{L}])(?:begin|eind|midden|halverwege|medio|ergens\s+in|achter\s+in|voor\s+in|rond|in|over|boven)\s+(?:de\s+)?\p{L}+(?:\s+jaar)?$|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|vief|zeuven|zeuve|ein|nege|veer)(?:-en-|[ \t]+en[ \t]+))?\p{L}+(?:\s+jaar\s+oud|-?jarige?|\s+jaar)?$|(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)er$/iu.exec(m[0]);
      const s = inner ? m.index + inner.index : m.index;
      // "Het huis is meer dan honderd jaar oud": the age of a thing.
      if (/jaar[ \t]+oud$/iu.test(m[0]) && THING_BEFORE_AGE.test(text.slice(Math.max(0, s - 40), s))) continue;
      add(s, m.index + m[0].length);
    }
  }
  // EN_RELATION_NAME_IS_AGE_RE: a blank, "is", "was" or "turned", a blank, and a relation word (in the lower-cased text).
  for (const m of may(/[ \t](?:is|was|turned)[ \t]/.test(text) && hasAny(low, ["mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "child", "baby", "boy", "girl"])) ? allMatches(EN_RELATION_NAME_IS_AGE_RE, text) : []) {
    const a = m.index + m[0].lastIndexOf(m[1]);
    add(a, a + m[1].length);
  }
  // EN_HE_IS_WORD_AGE_RE: "he" (also in "she") or a name before 's/is/was/turn.
  for (const m of may(low.includes("years old")) ? allMatches(EN_NAME_YEARS_OLD_RE, text) : []) add(m.index, m.index + m[1].length);
  for (const m of may(/(?:he|who|\p{L})(?:'s|[ \t]+(?:is|was|turn))|i[ \t]+(?:am|turned)|i['’]m/u.test(low)) ? allMatches(EN_HE_IS_WORD_AGE_RE, text) : []) {
    const s = m.index + m[0].lastIndexOf(m[1]);
    add(s, s + m[1].length);
  }
  // PRONOUN_MONTHS_AGE_RE: "is" and "maand" or "week"/"weken".
  // BABY_CLAUSE_MONTHS_RE: "maand" or "week"/"weken", and "dat" or "die".
  for (const m of may(hasAny(low, ["maand", "week", "weken"]) && hasAny(low, ["dat", "die"])) ? allMatches(BABY_CLAUSE_MONTHS_RE, text) : []) { const a = m.index + m[0].indexOf(m[1]); add(a, a + m[1].length); }
  // HOW_OLD_ANSWER_RE: "hoe" + blanks + "oud", and a "?".
  for (const m of may(/hoe[ \t]+oud/.test(low) && text.includes("?")) ? allMatches(HOW_OLD_ANSWER_RE, text) : []) {
    const a = m.index + m[0].length - m[1].length;
    if (Number(m[1]) <= 115) add(a, a + m[1].length);
  }
  // RELATION_WHO_IS_AGE_RE: "," + blanks + "die" + a blank, and a verb of being.
  for (const m of may(/,[ \t]+die[ \t]/.test(low) && /(?:is|was|wordt|werd)(?![\p{L}])/u.test(low)) ? allMatches(RELATION_WHO_IS_AGE_RE, text) : []) {
    if (!/^\d/.test(m[1]) && !(numberValue(m[1]) <= 115)) continue;
    const a = m.index + m[0].indexOf(m[1], m[0].indexOf(" die ") + 5);
    add(a, a + m[1].length);
  }
  for (const m of may(low.includes("is") && hasAny(low, ["maand", "week", "weken"])) ? allMatches(PRONOUN_MONTHS_AGE_RE, text) : []) {
    const s = m.index + m[0].lastIndexOf(m[1]);
    add(s, s + m[1].length);
  }
  // (the regex opens with one of these words + "van" or "zijn" + a blank)
  for (const m of may(/(?:kinderen|kindjes|kids|zoons|zoontjes|zonen|dochters|dochtertjes|jongens|meisjes|meiden|kleintjes|tweeling)[ \t]+(?:van|zijn)[ \t]/iu.test(text)) ? allMatches(CHILDREN_OF_WORD_AGES_RE, text) : []) {
    const base = m.index + m[0].indexOf(m[1]);
    for (const w of allMatches(CHILD_WORD_RE, m[1])) add(base + w.index, base + w.index + w[0].length);
  }
  for (const m of may(digitCount >= 3 && text.includes("(")) ? allMatches(COUNTED_CHILDREN_AGES_RE, text) : []) {
    const ages = [...allMatches(/\d{1,2}/g, m[2])];
    if (ages.length !== Number(m[1]) || ages.some((a) => Number(a[0]) > 30)) continue;
    const base = m.index + m[0].indexOf(m[2], m[1].length);
    for (const a of ages) add(base + a.index, base + a.index + a[0].length);
  }
  // Both alternatives of AGE_LIST_RE hold "N en N".
  for (const m of may(digitCount >= 2 && AGE_LIST_HINT.test(text)) ? allMatches(AGE_LIST_RE, text) : []) {
    const list = m[1] ?? m[2] ?? m[3] ?? m[4];
    // "een traject voor jongens tussen 16 en 23" is a target group; "zes kinderen tussen de 3 en 19" are ages.
    if (/^\p{L}+[ \t]+tussen[ \t]/u.test(m[0]) && !/(?:\d|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|haar|zijn|hun|z'n|d'r|mijn|beide)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "14 kinderen tussen 0 en 17 jaar" in a shelter's report: a range from 0, or ten or more children, is a group's band
    // (minors), not a family's youngest and eldest ("zes kinderen tussen de 3 en 19").
    if (/^\p{L}+[ \t]+tussen[ \t]/u.test(m[0]) && (/^0(?![\p{N}])/u.test(list) || /(?<![\p{N}])[1-9]\d[ \t]+$/u.test(text.slice(Math.max(0, m.index - 6), m.index)))) continue;
    const base = m.index + m[0].indexOf(list);
    // "De kinderen zitten in groep 3 en 5", "klas 1 en 2": school years, not ages.
    if (SCHOOL_YEAR_BEFORE.test(text.slice(Math.max(0, base - 14), base))) continue;
    for (const n of allMatches(/\d{1,2}/g, list)) add(base + n.index, base + n.index + n[0].length);
  }
  // "de kinderen noemen (zijn ze niet 3, 7 en 10?)": children + "zijn ze" + a list of numbers.
  for (const m of may(digitCount >= 2 && AGE_LIST_HINT.test(text) && /(?:zijn|waren)[ \t]+ze/i.test(text)) ? allMatches(KIDS_ARE_LIST_RE, text) : []) {
    const base = m.index + m[0].length - m[1].length;
    for (const n of allMatches(/\d{1,2}/g, m[1])) add(base + n.index, base + n.index + n[0].length);
  }
  for (const m of may(/(?:is|are|was|were|turns?|turned|be)[ \t]+(?:\p{L}+[ \t]+)?\d/iu.test(text)) ? allMatches(EN_REL_IS_AGE_RE, text) : []) {
    const base = m.index + m[0].length - m[1].length;
    for (const n of allMatches(/\d{1,3}/g, m[1])) if (isAgeNumber(n[0])) add(base + n.index, base + n.index + n[0].length);
  }
  for (const m of may(/At[ \t]+\d/.test(text)) ? allMatches(EN_AT_AGE_RE, text) : []) {
    const s0 = m.index + m[0].indexOf(m[1], 2);
    if (isAgeNumber(m[1])) add(s0, s0 + m[1].length);
  }
  for (const m of may(/(?:he|who)[ \t]+(?:is|was|turn|will)|i[ \t]+(?:am|turn|will)|i['’]m/i.test(text)) ? allMatches(EN_PRONOUN_AGE_RE, text) : []) {
    if (Number(m[1]) > 115) continue;
    const s0 = m.index + m[0].lastIndexOf(m[1]);
    add(s0, s0 + m[1].length);
  }
  for (const m of may(/word/i.test(text)) ? allMatches(FIRST_PERSON_WEEKDAY_AGE_RE, text) : []) {
    if (!isAgeNumber(m[1])) continue;
    const s0 = m.index + m[0].lastIndexOf(m[1]);
    add(s0, s0 + m[1].length);
  }
  for (const m of may(/van[ \t]+\d\d[ \t]+jaar/iu.test(text)) ? allMatches(SELF_DESCR_AGE_RE, text) : []) {
    if (Number(m[1]) < 15) continue;
    const s0 = m.index + m[0].lastIndexOf(m[1]);
    add(s0, s0 + m[1].length);
  }
  // "We have a son of 4.", "our daughter of 12": English child + "of" + an age.
  for (const m of may(/[ \t]of[ \t]+\d/i.test(text)) ? allMatches(EN_CHILD_OF_AGE_RE, text) : []) {
    if (Number(m[1]) > 25) continue;
    const s0 = m.index + m[0].length - m[1].length;
    add(s0, s0 + m[1].length);
  }
  for (const m of may(/[ \t]of[ \t]+\d/i.test(text)) ? allMatches(EN_PERSON_OF_AGE_RE, text) : []) {
    if (Number(m[1]) > 115 || Number(m[1]) < 1) continue;
    const s0 = m.index + m[0].length - m[1].length;
    add(s0, s0 + m[1].length);
  }
  const digits = /\d/.test(text);
  for (const re of may(digits) ? DIGIT_AGE_RES : WORD_OR_DIGIT_AGE_RES) {
    if (skip(re)) continue;
    for (const m of allMatches(re, text)) {
      if (/^\d+$/.test(m[1]) && Number(m[1]) > 115) continue;
      // "Tot je 21e hebben je ouders een onderhoudsplicht", "vanaf uw 18e": a limit for the generic "you".
      if (re === ORDINAL_AGE_RE && /^(?:tot|vanaf|voor)\s+(?:je|jouw)\s/iu.test(m[0])) continue;
      const s = m.index + m[0].lastIndexOf(m[1]);
      add(s, s + m[1].length);
    }
  }
  // Ages in words in Turkish and Papiamento, and an English age turned: "Oğlum Mert on yedi yaşında", "Jayden, tin diesinchi
  // aña", "My mother turned 63 in March" (the span as the writers mark them: the Papiamento "aña" inside).
  for (const m of may(text.includes("yaş")) ? allMatches(TURKISH_WORD_AGE_RE, text) : []) add(m.index, m.index + m[1].length);
  for (const m of may(text.includes("aña")) ? allMatches(PAPIAMENTO_AGE_RE, text) : []) { const s = m.index + m[0].length - m[1].length; add(s, s + m[1].length); }
  for (const m of may(text.includes("yari")) ? allMatches(SRANAN_AGE_RE, text) : []) { const s = m.index + m[0].length - m[1].length; add(s, s + m[1].length); }
  for (const m of may(text.includes("turn")) ? allMatches(ENGLISH_TURNED_AGE_RE, text) : []) { const s = m.index + m[0].length - m[1].length; add(s, s + m[1].length); }
  for (const [re, hint] of may(digits) ? RARE_DIGIT_AGES : []) {
    if (!may(hint(text))) continue;
    for (const m of allMatches(re, text)) {
      let cursor = m[0].search(/\d/);
      for (const g of m.slice(1)) {
        if (!g || Number(g) > 115) continue;
        const at = m[0].indexOf(g, cursor);
        cursor = at + g.length;
        add(m.index + at, m.index + at + g.length);
      }
    }
  }
  if (may(digits && (text.includes("wordt") || text.includes("werd") || /die[ \t]+(?:\p{Ll}+[ \t]+)?\d/u.test(text))))
    for (const m of allMatches(TURNS_AGE_RE, text)) {
      const n = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (Number(n) > 115) continue;
      // ", die 17 is,", "zoon Kerem die 16 is": only after a person word or a name ("De jongen, die 17 is", not "De brief, die 2 is").
      if (m[2] && !RELATIVE_PERSON_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (m[3] && !TURNS_SUBJECT_RE.test(text.slice(Math.max(0, m.index - 40), m.index)) && !TIMELINE_ENTRY_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const at = m.index + m[0].lastIndexOf(n);
      add(at, at + n.length);
    }
  const extra = [...(may(low.includes("hoe") && /hoe\s+oud/i.test(text)) ? [HOW_OLD_RE, HOW_OLD_GUESS_RE] : []), ...(may(digits && low.includes("geb")) ? [BORN_NOW_RE] : []), ...(may(digits && text.includes("(")) ? [NAME_PAREN_AGE_RE] : [])];
  for (const re of [BOUND_AGE_RE, ...extra]) {
    if (skip(re)) continue;
    if (re === BOUND_AGE_RE && !may(digits || NUMBER_WORD_HINT.test(text) || /twee|drie|vier|vijf|zes|zeven|acht|negen|anderhalf/i.test(text))) continue;
    for (const m of allMatches(re, text)) {
      const n = m[1];
      if (!isAgeNumber(n)) continue;
      // "Jordy (9, groep 6)": only right after a capitalised name.
      // Also after a person word: "Klant van mij (33, alleenstaande moeder)", "een vrouw (45, twee kinderen)".
      if (re === NAME_PAREN_AGE_RE && !/\p{Lu}\p{Ll}+[ \t]?$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) && !/(?<![\p{L}])(?:klant|cliënt|client|vrouw|man|jongen|meisje|moeder|vader|jongere|jongeman|dame|heer|zoon|dochter)(?:[ \t]+van[ \t]+(?:mij|ons|haar|hem))?[ \t]?$/iu.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "een moeder van drie," counts children; "een moeder van 34" is her age.
      if (re === BOUND_AGE_RE && /^(?:moeder|vader|ouders?|mama|papa|mam|pap)\s+van\s/iu.test(m[0]) && !/jaar/.test(m[0]) && !(numberValue(n) >= 15)) continue;
      // "als jongste van zes", "de oudste van vier": a place in the row of children, not an age (an age
      // in this form takes "jaar": "de jongste van 6 jaar").
      // (Only after "als" or "is/was de", or with the count in words: "die jongste van 9" in a chat is the youngest, aged 9.)
      if (re === BOUND_AGE_RE && /^(?:oudste|jongste|middelste)\s+van\s/iu.test(m[0]) && !/jaar/.test(m[0].slice(m[0].lastIndexOf(n)) + text.slice(m.index + m[0].length, m.index + m[0].length + 6)) &&
        (/(?:^|[^\p{L}])(?:als|(?:is|was|werd|blijft)[ \t]+de)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 12), m.index)) || !/^\d/.test(n))) continue;
      // "Partner: 38 jr" is a form field only at a line start, not "per klant: 12".
      // Also "Oudste zoon: 19 jaar" and a second field of a line of fields ("Vader: 45 jaar, moeder: 43 jaar").
      if (re === BOUND_AGE_RE && /^[^(]*:/.test(m[0].slice(0, m[0].lastIndexOf(n))) && !/(?:(?:^|\n)[ \t]*(?:[-*•][ \t]*)?|\([ \t]*)(?:(?:oudste|jongste|middelste|eerste|tweede|derde|vierde)[ \t]+)?$/iu.test(text.slice(Math.max(0, m.index - 16), m.index)) && !/(?:^|\n)[ \t]*(?:[-*•][ \t]*)?\p{L}+[ \t]*:[^\n:]*[,;|/][ \t]*$/u.test(text.slice(Math.max(0, m.index - 60), m.index)) && !/\([ \t]*\p{L}+[ \t]*:[^\n:()]*[,;|/][ \t]*$/u.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      const at = m.index + m[0].lastIndexOf(n);
      // "hoe oud is de baby nu? → 3 weken": an age in weeks, months or days keeps its unit.
      const unit = re === HOW_OLD_RE ? /^\s*(?:weken|wk|maanden|mnd|dagen)$/.exec(m[0].slice(m[0].lastIndexOf(n) + n.length)) : null;
      add(at, at + n.length + (unit ? unit[0].length : 0));
    }
  }
  // WHEN_TURNS_RE is case-insensitive: its verbs are tested in the lower-cased text.
  if (may(low.includes("wordt") || low.includes("werd")))
    for (const m of allMatches(WHEN_TURNS_RE, text)) {
      if (!isAgeNumber(m[1]) || NOT_AGE_SUBJECT.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      const at = m.index + m[0].lastIndexOf(m[1]);
      add(at, at + m[1].length);
    }
  // INVERTED_AGE_RE and NAME_WHEN_TURNS_RE end in a number (digits or words) and hold is|was|wordt|werd (case-insensitive).
  const numberish = !!digitCount || NUMBER_WORD_HINT.test(text) || /twee|drie|vier|vijf|zes|zeven|acht|negen/i.test(text);
  for (const m of may(numberish && hasAny(low, ["is", "was", "wordt", "werd"])) ? allMatches(INVERTED_AGE_RE, text) : []) {
    if (!isAgeNumber(m[1])) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  for (const m of may(numberish && (text.includes("wordt") || text.includes("werd"))) ? [...allMatches(NAME_WHEN_TURNS_RE, text), ...allMatches(RELATIVE_WHEN_TURNS_RE, text)] : []) {
    if (!isAgeNumber(m[1])) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  // FIRST_PERSON_AGE_RE: "ik"/"je"/"ze"/"hij"/"zij" and a number; FIRST_PERSON_DIALECT_AGE_RE: "k ben/was/word/werd" or "bin"; CORRECTED_AGE_RE:
  // "nee" and a number.
  for (const re of [...(may(numberish && hasAny(low, ["ik", "je", "ze", "hij", "zij", "bent"])) ? [FIRST_PERSON_AGE_RE] : []), ...(may(numberish && /k[ \t]+(?:ben|was|wo|we)|bin/.test(low)) ? [FIRST_PERSON_DIALECT_AGE_RE] : []), ...(may(numberish && low.includes("nee")) ? [CORRECTED_AGE_RE] : [])])
    for (const m of allMatches(re, text)) {
      if (!isAgeNumber(m[1])) continue;
      const at = m.index + m[0].lastIndexOf(m[1]);
      add(at, at + m[1].length);
    }
  // LOWER_NAME_PAREN_AGE_RE: a digit in brackets.
  for (const m of may(!!digitCount && text.includes("(")) ? allMatches(LOWER_NAME_PAREN_AGE_RE, text) : []) {
    if (Number(m[2]) > 115) continue;
    const words = m[1].split(/[ \t]+/);
    if (words.some((w) => !NAME_PARTICLES.has(w) && (lexicons().common.has(w) || w.length < 2))) continue;
    // at least one word is a known first name or surname ("johan de groot"; not "krijgt toeslagen")
    const lex = lexicons();
    if (!words.some((w) => lex.firstNamesLower.has(w) || lex.surnames.has(capitalised(w)))) continue;
    const at = m.index + m[0].lastIndexOf("(") + 1;
    add(at, at + m[2].length);
  }
  // SUBCLAUSE_WORD_AGE_RE: a number word (NUMBER_WORD_HINT or a unit) and was|is|werd|wordt.
  for (const m of may(numberish && hasAny(low, ["is", "was", "wordt", "werd"])) ? allMatches(SUBCLAUSE_WORD_AGE_RE, text) : []) {
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  for (const m of may(hasAny(low, ["toen", "sinds", "nadat", "voordat", "totdat", "zodra", "omdat"]) && hasAny(low, ["is", "was", "wordt", "werd"])) ? allMatches(SUBCLAUSE_NAME_AGE_RE, text) : []) {
    if (!lexicons().firstNames.has(m[1]) || !isAgeNumber(m[2])) continue;
    const at = m.index + m[0].lastIndexOf(m[2]);
    add(at, at + m[2].length);
  }
  // PLURAL_AGE_RE holds "zijn" (case-sensitive, also in "Zijn ze").
  for (const m of may(numberish && low.includes("zijn")) ? allMatches(PLURAL_AGE_RE, text) : []) {
    const base = m.index + m[0].lastIndexOf(m[1]);
    for (const n of allMatches(/[\p{L}\d]+/gu, m[1])) {
      if (n[0] === "en" || !isAgeNumber(n[0])) continue;
      add(base + n.index, base + n.index + n[0].length);
    }
  }
  // RELATION_OF_PAREN_AGE_RE: a digit in brackets after "van" or "aan".
  for (const m of may(!!digitCount && text.includes("(") && (low.includes("van") || low.includes("aan"))) ? allMatches(RELATION_OF_PAREN_AGE_RE, text) : []) {
    const n = Number(m[1]);
    if (n > 115 || (/kinderen|kind\b/i.test(m[0]) && n < 16)) continue;
    const at = m.index + m[0].lastIndexOf("(") + 1;
    add(at, at + m[1].length);
  }
  for (const m of may(low.includes("plusser")) ? allMatches(PLUSSER_RE, text) : []) add(m.index, m.index + m[0].length);
  for (const m of may(low.includes("plus")) ? allMatches(IS_PLUS_RE, text) : []) add(m.index, m.index + m[0].length);
  // WITH_AGE_RE holds "met" (case-insensitive), PRONOUN_AND_IS_AGE_RE "en is" (with blanks).
  for (const re of [...(may(numberish && low.includes("met")) ? [WITH_AGE_RE] : []), ...(may(numberish && /(?:en[ \t]+|,[ \t]*)is/.test(low)) ? [PRONOUN_AND_IS_AGE_RE] : [])])
    for (const m of allMatches(re, text)) {
      if (!isAgeNumber(m[1])) continue;
      // "met" opens the sentence or follows en/maar/pas/al/toen/want
      if (re === WITH_AGE_RE && !WITH_AGE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      if (re === PRONOUN_AND_IS_AGE_RE && !PRONOUN_SENTENCE_BEFORE.test(text.slice(Math.max(0, m.index - 110), m.index))) continue;
      const at = m.index + m[0].lastIndexOf(m[1]);
      add(at, at + m[1].length);
    }
  // RELATION_BRACKET_AGE_RE: ")" before "," and a digit.
  for (const m of may(!!digitCount && text.includes(")") && /\)[ \t]*,/.test(text)) ? allMatches(RELATION_BRACKET_AGE_RE, text) : []) {
    if (Number(m[1]) > 115 || !RELATION_BEFORE_BRACKET.test(text.slice(Math.max(0, m.index - 70), m.index))) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  // BORN_PAREN_AGE_RE: "geb" and "("; KIDS_PAREN_LIST_RE: "(" and a list separator.
  for (const m of may(!!digitCount && low.includes("geb") && text.includes("(")) ? allMatches(BORN_PAREN_AGE_RE, text) : []) {
    if (Number(m[1]) > 115 || !BORN_BEFORE_YEAR.test(text.slice(Math.max(0, m.index - 45), m.index))) continue;
    const at = m.index + m[0].lastIndexOf("(") + 1;
    add(at, at + m[1].length);
  }
  for (const m of may(digitCount >= 2 && text.includes("(") && /\d[ \t]*[,/;][ \t]*\d/.test(text)) ? allMatches(KIDS_PAREN_LIST_RE, text) : []) {
    if (!KIDS_BEFORE_PAREN.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const base = m.index + m[0].indexOf(m[1]);
    for (const n of allMatches(/\d{1,2}/g, m[1])) add(base + n.index, base + n.index + n[0].length);
  }
  // BECAME_AGE_RE: "… geworden" (also the dialect "gewore(n)") or "werd …".
  for (const m of may(low.includes("gewor") || low.includes("werd")) ? allMatches(BECAME_AGE_RE, text) : []) {
    const n = m[1] ?? m[2];
    if (/^\d+$/.test(n) && Number(n) > 115) continue;
    const s = m.index + m[0].lastIndexOf(n);
    add(s, s + n.length);
  }
  // Ages turned on a dated moment, in a subclause, inverted in chat, or announced after an age (digits or words).
  for (const [re, ok] of TURN_AGE_RES) {
    if (!may(ok(low))) continue;
    for (const m of allMatches(re, text)) {
      const n = m[1] ?? m[2];
      if (!n || !(numberValue(n) >= 1 && numberValue(n) <= 115)) continue;
      const s = m.index + m[0].lastIndexOf(n);
      add(s, s + n.length);
    }
  }
  for (const m of may(low.includes("verjaardag")) ? allMatches(BIRTHDAY_AGE_RE, text) : []) {
    const s = m.index + m[0].indexOf(m[1], m[0].search(/\s/));
    add(s, s + m[1].length);
  }
  for (const re of may(!!digitCount) ? [PERSON_OF_AGE_RE, LEEFTIJD_RE] : []) {
    if (skip(re)) continue;
    for (const m of allMatches(re, text)) {
      if (Number(m[1]) > 115) continue;
      const end = m.index + m[0].length;
      // "De klant van 14:00", "de cliënt van 9 uur", "een vader van 3 kinderen": a time, a unit or a count.
      if (re === PERSON_OF_AGE_RE && NOT_AGE_AFTER_OF.test(text.slice(end, end + 16))) continue;
      // "de norm voor een alleenstaande van 21 jaar tot de AOW-leeftijd": the lower bound of an age range in a rule.
      if (re === PERSON_OF_AGE_RE && RANGE_BOUND_AFTER.test(text.slice(end, end + 30))) continue;
      if (re === LEEFTIJD_RE && LIMIT_BEFORE_LEEFTIJD.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
      const numStart = m.index + m[0].lastIndexOf(m[1]);
      add(numStart, end);
      // "Leeftijd kinderen: 4, 7, 12": the rest of the list
      for (let at = end, n = LIST_NEXT_RE.exec(text.slice(at, at + 12)); re === LEEFTIJD_RE && n; n = LIST_NEXT_RE.exec(text.slice(at, at + 12))) {
        const s2 = at + n[0].length - n[1].length;
        add(s2, s2 + n[1].length);
        at = s2 + n[1].length;
      }
    }
  }
  // "een man van bijna zestig", "iemand van ruim veertig", "een vrouw van zeventig": a person + "van" + an age in words
  // (the approximation word is part of the age; unit words stay out: "een moeder van twee" counts children).
  for (const m of may(low.includes("van") && /tig|tien|elf|twaalf/.test(low)) ? allMatches(WORD_OF_AGE_RE, text) : []) {
    const s = m.index + m[0].length - m[1].length;
    add(s, m.index + m[0].length);
  }
  pushMoreAges(text, low, !!digitCount, add);
  pushCoordinatedAges(text, low, add);
  pushReachedAndClauseAges(text, low, add);
  pushTableAndFrameAges(text, low, add, out);
  pushPairedAndCountedAges(text, low, add);
  pushAgeWordFields(text, low, add);
  pushSchoolYearBracketAges(text, add);
  pushBracketAgesBeforeSchoolYear(text, add);
  pushNoteTurnsAges(text, low, add);
  if (digitCount) {
    pushChatBareAges(text, add);
    pushSelfFieldAges(text, low, add);
  }
  pushSpokenAges(text, low, add);
  pushDescribedAges(text, low, add);
  pushTurnedAndListedAges(text, low, add);
  pushFramedWordAges(text, low, add);
  pushThenNowAndEnglishAges(text, low, add);
}

// A coordinated clause that drops its subject: "dochter Mieke woont in Alkmaar, is 38, kan rijden",
// "hij woont in De Schooten, is trouwens 63." (the sentence opens with a pronoun, a title or a person word; not "De
// huur is verhoogd, is nu 65 euro" or "het dossier ligt hier, is 12 pagina's": a thing opens it or a unit follows).
const COORD_IS_AGE_RE = new RegExp(String.raw`,[ \t]*(?:is|was)[ \t]+(?:(?:trouwens|inmiddels|nu|al|pas|net|bijna|ook|zelf|ongeveer|ruim)[ \t]+){0,2}(\d{1,3}|${NUMWORD})(?=${AGE_TAIL})`, "giu");
// (The subject may also open a clause after a comma, and one more comma clause may stand between: "zoon in Arnhem,
// dochter woont nog thuis, is 23.", "haar vriend heet jelle de boer, ook uit snits, is 33"; or a list item names the
// person before a colon: "- Coenen: komt uit Sittard, is 53 en …".)
const COORD_SUBJECT_BEFORE = new RegExp(String.raw`(?:(?:^|[.!?][ \t]+|\n[ \t]*(?:[-*•][ \t]*)?|\][ \t]*\p{L}[\p{L} -]{0,30}:[ \t]*|:[ \t]+|,[ \t]+)(?:(?:en|maar|ja|top|ok|oké)[ \t,.!]+)?(?:hij|zij|ze|mw|mevr|mevrouw|dhr|meneer|mnr|klant|cliënt|client|(?:(?:mijn|m'n|haar|zijn|z'n|de|hun|d'r)[ \t]+)?(?:${RELATION_WORDS})(?:[ \t]+\p{Lu}\p{Ll}+)?)\.?[ \t]+(?!is[ \t])|(?:^|\n)[ \t]*[-*•][ \t]*(?:(?:mw|mevr|dhr|mnr)\.?[ \t]+)?\p{Lu}[\p{L}'’-]+[ \t]*:[ \t]+)[^.!?\n,]{2,60}(?:,[^.!?\n,]{2,40})?$`, "iu");
// "Moeder (Sharon) is eenendertig en …": a relation word, the name in brackets, then is + an age in words.
const RELATION_NAME_PAREN_IS_WORD_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${RELATION_WORDS})[ \t]+\(\p{Lu}\p{Ll}+\)[ \t]+(?:is|was|wordt|werd)[ \t]+(?:(?:nu|pas|net|bijna|inmiddels|al)[ \t]+)?(${NUMWORD})(?=${AGE_TAIL})`, "giu");
// "Demi – wordt op 3e februari 18, dan …", "werd op 2 juli 18 en": "wordt op" + a date (also an ordinal day) + an age
// closing the clause (not "Het wordt op 5 mei 25 graden", "de huur wordt op 1 juli 12 euro hoger").
// (also with the year, "Uw vader wordt op 19 maart 2026 67 en …")
const TURNS_ON_ORDINAL_DATE_RE = new RegExp(String.raw`(?<![\p{L}])(?:wordt|werd)[ \t]+op[ \t]+\d{1,2}(?:e|ste|de)?[ \t]+(?:${MONTH_NAMES_NL})(?:[ \t]+(?:19|20)\d\d)?[ \t]+(\d{1,3})(?=${AGE_TAIL})`, "giu");
// English ages of children in a list: "our two children (6 and 11)", "the kids, aged 4, 7 and 9".
const EN_AGE_LIST_RE = /\b(?:children|kids|sons|daughters|boys|girls|twins|grandchildren)\b[^.\n()]{0,30}?(?:\(\s*|,?[ \t]+aged[ \t]+)((?:\d{1,2}\s*,\s*)*\d{1,2}\s*(?:,?[ \t]*and|&)\s*\d{1,2})(?:\s+years?(?:\s+old)?)?(?=\s*\)|[ \t]*(?:[,.;!?\n]|$))/giu;

// "Jaylano is op 2 februari achttien geworden", "Nathan is vorige week achttien geworden": the age reached at a
// date or a recent time, also in words (JUST_BECAME_RE takes digits after net/pas/op + date only); not after a thing
// ("het aantal is vorige week twintig geworden").
// Also on a weekday or today: "hij is zaterdag 18 geworden", "ze is vandaag achttien geworden".
// (also the Nijmegen "Ze is vurrige week negentig gewurre")
const BECAME_AT_WORD_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:is|werd)[ \t]+(?:op[ \t]+\d{1,2}(?:[ \t]+(?:${MONTH_NAMES_NL})|[-/]\d{1,2})|(?:vorige|vurrige|veurige)[ \t]+(?:week|weke|maand)|vorig[ \t]+jaar|gisteren|eergisteren|onlangs|net|pas|vandaag|(?:afgelopen[ \t]+|vorige[ \t]+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))[ \t]+(\d{1,3}|${NUMWORD})[ \t]+(?:geworden|gewurre|gewörre|gewore|geworre)(?![\p{L}])`, "giu");
// (the subject is a name, a pronoun or a person word: not "het aantal aanmeldingen is vorige maand twintig geworden")
// (also a relative with a lower-case name: "dochter gerdien is vorige week twintig geworden")
const BECAME_SUBJECT_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])(?:hij|zij|ze|ie|ik|jij|je|u|mevrouw|meneer|klant|cliënt|client|(?:${RELATION_WORDS})|\p{Ll}*(?:zoon|dochter|kind|broer|zus))|\p{Lu}[\p{Ll}-]+|(?<![\p{L}])(?:zoon|dochter|broer|zus)[ \t]+\p{Ll}{3,})[ \t]+$`, "u");
// "tussen haar zestiende en achttiende", "tussen zijn 12e en 16e": two ages at events.
const AGE_ORDINAL = String.raw`(?:[1-9]\d?(?:e|de|ste)|${ORDINAL_WORDS}|${UNIT_ORDINALS})`;
const POSSESSIVE = String.raw`(?:zijn|haar|z'n|zn|d'r|hun|mijn|m'n|mn|uw)`;
const BETWEEN_ORDINAL_AGES_RE = new RegExp(String.raw`(?<![\p{L}])tussen[ \t]+${POSSESSIVE}[ \t]+(${AGE_ORDINAL})[ \t]+en[ \t]+(?:${POSSESSIVE}[ \t]+)?(${AGE_ORDINAL})(?![\p{L}\p{N}])`, "giu");
// "nadat u tot uw achttiende bij Woongroep Het Anker heeft gewoond", "sinds uw 16e in Nederland": a letter to the client
// names the client's age at an event when a place or a home follows ("vanaf uw 18e" alone stays the generic limit).
const YOUR_ORDINAL_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:[Oo]p|[Ss]inds|[Tt]ot|[Nn]a)[ \t]+uw[ \t]+(${AGE_ORDINAL})(?=[ \t]+(?:bij|in|naar|uit)[ \t]+(?:(?:de|het)[ \t]+)?\p{Lu})`, "gu");
// A table cell with sex and age: "| Bogdan Rusu | m, 41 | RO |" (like "(m, 41)").
const TABLE_GENDER_AGE_RE = /(?<=\|[ \t]*)(?:[MVmv]|man|vrouw)[ \t]*,[ \t]*(\d{1,3})(?=[ \t]*\|)/gu;

// Ages of a person in a letter, a chat or a relative clause:
// "Op 1 maart 2024 bent u 63 jaar geworden", "ie is 24 geworden" (you/pronoun + age + "geworden"; "jaar" inside the span);
const YOU_BECAME_AGE_RE = /(?<![\p{L}])(?:bent[ \t]+u|ben[ \t]+je|ben[ \t]+jij|ben[ \t]+ik|is[ \t]+(?:hij|zij|ze|ie))[ \t]+(?:(?:net|pas|al|inmiddels|toen)[ \t]+)?(\d{1,3}(?:[ \t]+jaar)?)[ \t]+geworden(?![\p{L}])/giu;
// "dan ben je net zo oud als ik, 63" (a chat answer: the same age as the speaker, then the number);
const SAME_AGE_AS_RE = new RegExp(String.raw`(?<![\p{L}])(?:zo|even)[ \t]+oud[ \t]+als[ \t]+(?:ik|mij|jij|jou|hij|hem|zij|haar|u)[ \t]*[,:][ \t]*(\d{1,3})(?=${AGE_TAIL})`, "giu");
// "een klant van mij is 20", "een vriendin van haar is 34" (a person noun + van + pronoun, then is + an age);
const PERSON_OF_PRONOUN_IS_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:klant|cliënt|client|cliënte|jongere|deelnemer|kandidaat|vriend|vriendin|buurman|buurvrouw|collega)[ \t]+van[ \t]+(?:mij|me|ons|haar|hem|jou)[ \t]+(?:is|wordt|werd|was)[ \t]+(?:(?:nu|pas|net|bijna|al|inmiddels)[ \t]+)?(\d{1,3})(?=${AGE_TAIL})`, "giu");
// "voor zijn zus Aaltje in Nijeveen zorgen, die 71 is en …" (a relative clause with the age and the verb last, when a relation
// word opens the clause before it within the sentence; not "de huur, die 800 is", not "de auto, die 12 jaar is").
const WHO_IS_AGE_RE = new RegExp(String.raw`,[ \t]*die[ \t]+(?:(?:nu|pas|net|bijna|al|inmiddels|ook|zelf)[ \t]+)?(\d{1,3})[ \t]+(?:is|wordt|werd|was)(?=${AGE_TAIL})`, "giu");
const WHO_IS_AGE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${RELATION_WORDS})(?![\p{L}])[^.!?\n;]{0,80}$`, "iu");

// An age then and now in brackets after a name or a year of birth: "kleindochter Zlata (toen 6, nu 8)", "dochter Zuzanna
// (toen zes)", "geboren 2 februari 2008 (nu 16, wordt 17 over twee weken)" (not "sollicitaties (nu 3, moet 4)": a
// name or a year must come first).
const AGE_NUMBER_TOKEN = String.raw`(?:\d{1,3}|${NUMWORD}|${UNITS})`;
const THEN_NOW_PAREN_AGE_RE = new RegExp(String.raw`(?<=(?:(?<![\p{L}])(\p{Lu}\p{Ll}+)|(?<![\p{N}])(?:19|20)\d\d)[ \t]?)\((?:[Tt]oen|[Nn]u)[ \t]+(${AGE_NUMBER_TOKEN})(?:[ \t]*,[ \t]*(?:nu|toen|wordt|werd)[ \t]+(${AGE_NUMBER_TOKEN})(?:[ \t]+[^(),\n]{1,30})?)?[ \t]*\)`, "gu");
// English: a relative with the age in brackets ("his wife and daughter (5)"), an age reached ("your son Artem turned 18 on
// 9 april") or now ("Danylo is 12 now", "she is now 12.").
const EN_RELATION_PAREN_AGE_RE = /(?<![\p{L}])(?:son|daughter|wife|husband|child|baby|brother|sister|mother|father|mom|mum|dad|grandson|granddaughter|grandmother|grandfather|girlfriend|boyfriend)[ \t]*\((\d{1,3})\)/giu;
// English ages in digits: "my son Maksym, he is 16, he must …", "she's 17.", "since he turned 18", "your son Artem turned 18
// on 9 april", "Danylo is 12 now", "she is now 12.", "our son Liam is only 9." A pronoun, a relation word or a name after
// one may take is/was ('s only a pronoun); another capitalised word needs a form of "turn" or "now" ("Total is 12.").
const EN_RELATION_BEFORE = /(?<![\p{L}])(?:son|daughter|wife|husband|child|brother|sister|mother|father|boy|girl)[ \t]+$/iu;
// English subjects of "will be N" that are no person: "It will be 12 on Monday", "The total will be 50".
const EN_NOT_AGE_SUBJECT = /^(?:It|This|That|There|Here|Total|Payment|Amount|Rent|Price|Cost|Costs|Which|What|Everything|Nothing|Interest|Debt|Balance|Fee|Bill|Salary|Income|Benefit|Allowance|Deadline|Appointment|Meeting|Number|Score|Result|Time|Date|Day|Week|Month|Year)$/;
const EN_AGE_RE = new RegExp(String.raw`(?:(?<![\p{L}])(he|she|He|She|son|daughter|wife|husband|child|brother|sister|mother|father)|\p{Lu}\p{Ll}+)(?:'s|[ \t]+(is[ \t]+turning|will[ \t]+turn|will[ \t]+be|turned|turns|is|was))[ \t]+(?:(now|only|already)[ \t]+)?(\d{1,3})(?![\p{N}.,]\d)(?:[ \t]+years?(?:[ \t]+old)?)?(?:[ \t]+(now)(?![\p{L}])|(?=[ \t]*(?:[,;!?)\n]|\.(?!\d)|$|and(?![\p{L}])))|[ \t]+(on|in|last|this|next|today|yesterday|tomorrow|recently)(?![\p{L}]))`, "gu");
// Ages at the start and end of a period: "van zijn 15e tot zijn 18e", "van haar 12de tot 16de", "van zijn zestiende tot de
// sluiting" ("van" alone is no cue: "de moeder van haar 3e kind"; "van je 18e tot …" is the generic "you" unless a second
// age follows: "van je 16e t/m je 18e").
const PERIOD_ORDINAL_AGE_RE = new RegExp(String.raw`(?<![\p{L}])van[ \t]+(${POSSESSIVE}|je|jouw)[ \t]+(${AGE_ORDINAL})[ \t]+(?:tot[ \t]+en[ \t]+met|tot|t\/m)(?:[ \t]+(?:(?:${POSSESSIVE}|je|jouw)[ \t]+)?(${AGE_ORDINAL}))?(?![\p{L}\p{N}])`, "giu");
// "mw. is van 1966 en werd op twaalf maart negenenvijftig": a birthday with its date, then the age in words (digits: "Ruben
// Smit werd op 14 maart 18" has its own rule with a subject check; "Het werd op 5 mei 25." is a date); not after het/dat/dit/er.
const TURNED_ON_DATE_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:werd|wordt)[ \t]+op[ \t]+(?:\d{1,2}|${NUMWORD}|${UNITS}|tien|elf|twaalf)[ \t]+(?:${MONTH_NAMES_NL})[ \t]+(${NUMWORD})(?=${AGE_TAIL})`, "giu");
// "als hij in juni 2025 20 wordt": a subclause with a pronoun, a month (and year), then the age and the verb.
const WHEN_MONTH_AGE_RE = new RegExp(String.raw`(?<=(?<![\p{L}])(?:als|wanneer|zodra|totdat|voordat|nadat|dat)[ \t]+(?:hij|zij|ze|ie|je|jij|ik)[ \t]+in[ \t]+(?:${MONTHS})\.?(?:[ \t]+(?:19|20)\d\d)?[ \t]+)(\d{1,3})(?=[ \t]+(?:wordt|word|werd)(?![\p{L}]))`, "giu");
// "kleinzoon is dylan, 19 of 20.": a name and a hedged age, two neighbouring numbers joined by "of" (a known first name).
const NAME_HEDGED_AGE_RE = /(?<![\p{L}])(\p{L}[\p{Ll}'’-]+),[ \t]+(\d{1,2})[ \t]+of[ \t]+(\d{1,2})(?=[ \t]*(?:[.,;!?)\n]|$|jaar(?![\p{L}])))/gu;
// A note line whose subject is the client, left out: "is drieënzestig, vrouw vorig jr overleden".
// (A number word of 16 or more only: "is 12, maar …" opens many a line.)
const LINE_IS_AGE_RE = new RegExp(String.raw`(?<=(?:^|\n)[ \t]*)is[ \t]+(?:(?:nu|al|pas|net|bijna|inmiddels)[ \t]+)?(${NUMWORD})(?=[ \t]*,[ \t]*\p{L})`, "gu");

function pushThenNowAndEnglishAges(text: string, low: string, add: (s: number, e: number) => void) {
  const addNumber = (m: RegExpExecArray, group: string | undefined, from: number) => {
    if (!group || !(numberValue(group) <= MAX_AGE)) return;
    const s = m.index + m[0].indexOf(group, from);
    add(s, s + group.length);
  };
  if (may(text.includes("(") && (low.includes("toen") || low.includes("nu")))) {
    const lex = lexicons();
    for (const m of allMatches(THEN_NOW_PAREN_AGE_RE, text)) {
      // (after a name: a known first name or surname that is no common word)
      if (m[1] && (lex.common.has(m[1].toLowerCase()) || !(lex.firstNames.has(m[1]) || lex.surnames.has(m[1]) || lex.ambiguousFirstNames.has(m[1])))) continue;
      const open = m[0].indexOf("(");
      addNumber(m, m[2], open);
      if (m[3]) addNumber(m, m[3], m[0].indexOf(",", open));
    }
  }
  if (may(text.includes("(")))
    for (const m of allMatches(EN_RELATION_PAREN_AGE_RE, text)) addNumber(m, m[1], m[0].indexOf("("));
  if (may(/\d/.test(text) && (low.includes("turn") || low.includes("now") || low.includes("will be") || /(?<![\p{L}])(?:s?he(?:'s|[ \t]+(?:is|was|turned|turns))[ \t]|(?:son|daughter|wife|husband|child|brother|sister|mother|father)[ \t])/u.test(low))))
    for (const m of allMatches(EN_AGE_RE, text)) {
      const [, subject, verb, before, age, after, timeWord] = m;
      const pronoun = !!subject && /^s?he$/i.test(subject);
      // "Maksym will be 16 on 2 april": a future age, after a pronoun, a relation word, a known first name or another
      // capitalised word that is no Dutch word and no English thing ("It/The total will be 12 on …")
      const willBe = /^will[ \t]+be$/.test(verb ?? "");
      const willName = willBe && !subject ? /^\p{Lu}\p{Ll}+/u.exec(m[0])?.[0] ?? "" : "";
      if (willName && !lexicons().firstNames.has(willName) && (lexicons().common.has(willName.toLowerCase()) || EN_NOT_AGE_SUBJECT.test(willName))) continue;
      const turn = !!verb && (verb.includes("turn") || willBe);
      // ("'s" only after a pronoun: "It's 5 now" is the time)
      if (!verb && !pronoun) continue;
      // (a relation word as the subject or before the name: "our son Liam is only 9.", "my daughter is 7")
      const relation = (!!subject && !pronoun) || EN_RELATION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index));
      if (timeWord ? !turn : !(turn || pronoun || relation || before === "now" || after)) continue;
      addNumber(m, age, m[0].search(/\d/));
    }
  if (may(low.includes("tot") || low.includes("t/m")))
    for (const m of allMatches(PERIOD_ORDINAL_AGE_RE, text)) {
      if (!m[3] && /^j/i.test(m[1])) continue;
      const a = m.index + m[0].indexOf(m[2], 4 + m[1].length);
      add(a, a + m[2].length);
      if (m[3]) { const b = m.index + m[0].lastIndexOf(m[3]); add(b, b + m[3].length); }
    }
  if (may(low.includes("op")))
    for (const m of allMatches(TURNED_ON_DATE_AGE_RE, text)) {
      if (/(?<![\p{L}])(?:het|dat|dit|er|wat)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const s = m.index + m[0].length - m[1].length;
      if (numberValue(m[1]) <= MAX_AGE) add(s, s + m[1].length);
    }
  if (may(low.includes("word") || low.includes("werd")))
    for (const m of allMatches(WHEN_MONTH_AGE_RE, text)) addNumber(m, m[1], 0);
  if (may(low.includes(" of ") && text.includes(","))) {
    const lex = lexicons();
    for (const m of allMatches(NAME_HEDGED_AGE_RE, text)) {
      const [a, b] = [Number(m[2]), Number(m[3])];
      if (!lex.firstNames.has(capitalised(m[1])) || lex.common.has(m[1].toLowerCase()) || !(b > a && b - a <= 2)) continue;
      addNumber(m, m[2], m[1].length);
      addNumber(m, m[3], m[0].lastIndexOf(" of ") + 1);
    }
  }
  if (may(low.includes("is")))
    for (const m of allMatches(LINE_IS_AGE_RE, text)) if (numberValue(m[1]) >= 16) addNumber(m, m[1], 2);
}

function pushReachedAndClauseAges(text: string, low: string, add: (s: number, e: number) => void) {
  for (const m of may(low.includes("geworden")) ? allMatches(YOU_BECAME_AGE_RE, text) : []) {
    if (!(parseInt(m[1], 10) <= 115)) continue;
    const at = m.index + m[0].indexOf(m[1]);
    add(at, at + m[1].length);
  }
  for (const m of may(low.includes("oud") && low.includes("als")) ? allMatches(SAME_AGE_AS_RE, text) : []) {
    if (!(Number(m[1]) <= 115)) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  for (const m of may(low.includes("van")) ? allMatches(PERSON_OF_PRONOUN_IS_AGE_RE, text) : []) {
    if (!(Number(m[1]) <= 115)) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  for (const m of may(/,[ \t]*die[ \t]/i.test(text)) ? allMatches(WHO_IS_AGE_RE, text) : []) {
    if (!(Number(m[1]) >= 1 && Number(m[1]) <= 115) || !WHO_IS_AGE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    const at = m.index + m[0].indexOf(m[1], 1);
    add(at, at + m[1].length);
  }
  for (const m of may(hasAny(low, ["geworden", "gewurre", "gewörre", "gewore", "geworre"])) ? allMatches(BECAME_AT_WORD_AGE_RE, text) : []) {
    if (!isAgeNumber(m[1]) || !BECAME_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  for (const m of may(low.includes("tussen")) ? allMatches(BETWEEN_ORDINAL_AGES_RE, text) : []) {
    const a = m.index + m[0].indexOf(m[1]);
    add(a, a + m[1].length);
    const b = m.index + m[0].lastIndexOf(m[2]);
    add(b, b + m[2].length);
  }
  for (const m of may(low.includes("uw")) ? allMatches(YOUR_ORDINAL_AGE_RE, text) : []) {
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  for (const m of may(text.includes("|")) ? allMatches(TABLE_GENDER_AGE_RE, text) : []) {
    if (Number(m[1]) > 115) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
}

function pushCoordinatedAges(text: string, low: string, add: (s: number, e: number) => void) {
  for (const m of may(text.includes(",") && /,[ \t]*(?:is|was)[ \t]/i.test(text)) ? allMatches(COORD_IS_AGE_RE, text) : []) {
    if (!isAgeNumber(m[1]) || !COORD_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.index - 90), m.index))) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  for (const m of may(text.includes("(") && NUMBER_WORD_HINT.test(text)) ? allMatches(RELATION_NAME_PAREN_IS_WORD_AGE_RE, text) : []) {
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  for (const m of may(/(?:wordt|werd)[ \t]+op[ \t]+\d/.test(low)) ? allMatches(TURNS_ON_ORDINAL_DATE_RE, text) : []) {
    if (Number(m[1]) > 115 || Number(m[1]) < 1 || NOT_AGE_SUBJECT.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  for (const m of may(/\d\s*(?:,?[ \t]*and|&)\s*\d/.test(low)) ? allMatches(EN_AGE_LIST_RE, text) : []) {
    const base = m.index + m[0].indexOf(m[1]);
    for (const n of allMatches(/\d{1,2}/g, m[1])) add(base + n.index, base + n.index + n[0].length);
  }
}

// A job and its employer before ", N jaar" in a CV line (the clause since the line start or the last ";" holds "bij X"),
// or a work-history field label opens the line.
const JOB_CLAUSE_BEFORE = /(?:(?<![\p{L}])[Bb]ij[ \t]+\p{Lu}[^,;:\n()?!]{0,40}|(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:[Ww]erkervaring|[Ee]rvaring|[Aa]rbeidsverleden|[Ll]oopbaan|[Ww]erkverleden|[Ll]aatste[ \t]+(?:baan|werk|functie)|[Vv]orige[ \t]+(?:baan|functie))[ \t]*:[^,;\n()]{0,60}),[ \t]*$/u;
// A table column headed by an age word ("Leeftijd", "Lft", "lftd", "Leeftijd (jr)"): its cells in the rows below are ages.
const AGE_HEADER_CELL = /^(?:leeftijd|lft|lftd|ltd|age)\.?(?:[ \t]*\((?:jr|jaar|j)\.?\))?$/iu;
// A column of relatives with their ages: "Kinderen (leeftijd)", "Kinderen (leeftijden)", "Gezin (lft)"; the cell "2 (7, 10)".
const AGE_LIST_HEADER_CELL = /^\p{L}[\p{L} /-]*\((?:leeftijd|leeftijden|lft|lftd)\.?\)$/iu;
// A column of the children's ages, "Lft. kinderen", "Leeftijd kinderen": the cell "6, 9" or "14".
const AGE_COLUMN_LIST_HEADER_CELL = /^(?:leeftijd(?:en)?|lftd?)\.?[ \t]+(?:\(?(?:kinderen|kind|kids)\)?)$/iu;
const AGE_COLUMN_LIST_CELL = /^\d{1,3}(?:[ \t]*(?:,|en|\/|&)[ \t]*\d{1,3})*$/u;
const AGE_LIST_CELL = /\((\d{1,3}(?:[ \t]*(?:,|en|\/)[ \t]*\d{1,3})*)\)/u;
// (also a baby's age in months or weeks under the header: "| 7 maanden |", "| 6 wk |")
// (also an estimate: "| ca. 60 |", "| ± 45 |", "| rond de zeventig |", "| begin dertig |": under an age header it is
// the person's age)
const AGE_ESTIMATE = String.raw`(?:(?:ca\.?|circa|ong\.?|ongeveer|±|\+\/-|ruim|bijna|rond|boven|over)[ \t]*(?:de[ \t]+)?|(?:begin|eind|midden|halverwege)[ \t]+(?:de[ \t]+)?)`;
const AGE_CELL = new RegExp(String.raw`^${AGE_ESTIMATE}?(\d{1,3})(?:[ \t]*(?:jaar|jr\.?|j\.?|maanden|maand|mnd\.?|weken|week|wk\.?))?$`, "u");
const AGE_WORD_CELL = new RegExp(String.raw`^${AGE_ESTIMATE}?(?:${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:[ \t]+jaar)?$`, "iu");
const AGE_PAIR_CELL = /^\d{1,3}[ \t]+(?:en|&)[ \t]+\d{1,3}(?:[ \t]*(?:jaar|jr\.?))?$/u;
// "zaterdag word je 30", "op 3 november wordt Mustafa 18", "volgende week wordt Sanne veertig": a time, then the verb,
// then the subject ("je" or a name) and the age closing the clause.
const TIME_BEFORE_TURNS = String.raw`(?:[Mm]aandag|[Dd]insdag|[Ww]oensdag|[Dd]onderdag|[Vv]rijdag|[Zz]aterdag|[Zz]ondag|[Mm]orgen|[Oo]vermorgen|[Vv]andaag|[Ss]traks|[Bb]innenkort|[Vv]olgende[ \t]+(?:week|maand)|[Vv]olgend[ \t]+jaar|(?:[Dd]eze|[Kk]omende)[ \t]+(?:week|maand|zomer|winter)|[Dd]it[ \t]+jaar|[Ii]n[ \t]+(?:${MONTH_NAMES_NL})(?:[ \t]+\d{4})?|[Oo]p[ \t]+\d{1,2}(?:[ \t]+(?:${MONTH_NAMES_NL})(?:[ \t]+\d{4})?|[-/]\d{1,2}(?:[-/]\d{2,4})?))`;
const TIME_INVERTED_TURNS_RE = new RegExp(
  String.raw`(?<![\p{L}])${TIME_BEFORE_TURNS},?[ \t]+(?:word[ \t]+(?:je|jij)|wordt[ \t]+(?:jij|(?!(?:Het|Dat|Dit|Er|Wat|Die|Deze|Dan|Nu|Hij|Zij|Ze|Wie)(?![\p{L}]))\p{Lu}\p{Ll}+))[ \t]+(?:(?:al|dan|pas|eindelijk|echt)[ \t]+)?(\d{1,3}|${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)(?![ \t]+jaar[ \t]+(?:geleden|terug|later|dat))(?:[ \t]+jaar)?(?=${AGE_TAIL})`,
  "gu",
);
// "neemt haar baby mee (5 mnd)", "het zoontje van de buren (8 maanden)": a baby word and, a few words on, the age in
// months or weeks in brackets (the unit stays in the span).
const BABY_PAREN_MONTHS_RE = /(?<![\p{L}])(?:baby|babytje|kindje|zoontje|dochtertje|pasgeborene|tweeling)(?:[ \t]+\p{Ll}+){0,3}[ \t]*\((?:(?:bijna|net|ruim|pas|nu|ca\.?)[ \t]+)?(\d{1,2}[ \t]*(?:maanden|mnd|weken|wk)\.?)\)/giu;
// "- nr. 3 (48) heeft een gehoorapparaat": a numbered participant opening a note line, the age in brackets, then a verb.
const NUMBERED_PERSON_PAREN_AGE_RE = /(?<=(?:^|\n)[ \t]*(?:[-*•][ \t]*)?)(?:[Nn]r\.?|[Nn]ummer|[Dd]eelnemer|[Kk]andidaat|[Cc]liënt|[Kk]lant)[ \t]*\d{1,2}[ \t]*\((\d{1,3})\)(?=[ \t]+\p{Ll})/gu;

// The cell separator of a table line: "|", ";", a tab, or " / " when it splits the line into three or more cells
// ("Schuldeiser / Bedrag / Kenmerk"); "" for fixed-width columns.
function cellSeparator(line: string): string {
  return line.includes("|") ? "|" : line.includes(";") ? ";" : line.includes("\t") ? "\t" : (line.match(/ \/ /g)?.length ?? 0) >= 2 ? " / " : "";
}
function splitCells(line: string, sep: string): { s: number; cell: string }[] {
  const out: { s: number; cell: string }[] = [];
  let at = 0;
  for (const part of line.split(sep)) {
    const lead = part.length - part.trimStart().length;
    out.push({ s: at + lead, cell: part.trim() });
    at += part.length + sep.length;
  }
  return out;
}
// Fixed-width columns: cells separated by two or more blanks (or a tab).
function spaceCells(line: string): { s: number; cell: string }[] {
  const out: { s: number; cell: string }[] = [];
  for (const m of line.matchAll(/\S+(?:[ ]\S+)*/g)) out.push({ s: m.index, cell: m[0] });
  return out;
}
// Reads the tables of a text: a header line of cells (split by "|", ";", a tab, or two or more blanks for fixed-width
// columns) and the rows below it up to a blank line; calls `onCell` for every row cell under a header cell that `want`
// accepts, with the cell's absolute start.
function scanTables(text: string, headerHint: RegExp, want: (head: string) => string | null, onCell: (kind: string, at: number, cell: string) => void) {
  const lines = text.split("\n");
  let pos = 0;
  const starts = lines.map((l) => { const p = pos; pos += l.length + 1; return p; });
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!headerHint.test(line)) continue;
    const sep = cellSeparator(line);
    let head = sep ? splitCells(line, sep) : spaceCells(line.replace(/\t/g, " "));
    if (head.length < 3) continue;
    // A row inside a table body is no header: in a two-column form table ("| Werkgever | Van Rooij B.V. |"
    // below "| Geboortejaar | 1987 |") the next rows' first cells ("| Functie |", "| Meetmethode |") are labels, not employers.
    // (Also right below the rule line under the real header: "| Veld | Waarde |\n| --- | --- |\n| Werkgever | … |".)
    if (sep && i > 0 && lines[i - 1].includes(sep) && splitCells(lines[i - 1], sep).length === head.length) continue;
    // Fixed-width headers whose labels are set one blank apart ("GEBOREN     LFT AFDELING"): a cell that is no
    // wanted label but holds one as a word is split into its words, each at its own column.
    if (!sep && head.some((h) => !want(h.cell) && / /.test(h.cell)))
      head = head.flatMap((h) => (want(h.cell) || !/ /.test(h.cell) || !h.cell.split(" ").some((w) => want(w)) ? [h] : [...h.cell.matchAll(/\S+/g)].map((w) => ({ s: h.s + w.index, cell: w[0] }))));
    const cols = head.map((h, k) => ({ k, kind: want(h.cell) })).filter((c) => c.kind);
    if (!cols.length) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const row = lines[j];
      if (!row.trim()) break;
      if (/^[ \t|:;+=-]+$/.test(row)) continue; // a rule line "---|---"
      if (sep && !row.includes(sep)) break;
      const cells = sep ? splitCells(row, sep) : spaceCells(row);
      if (sep ? cells.length < head.length - 1 : cells.length < 3) {
        // An empty slot between full rows ("4\tleeg" in a bed list) does not end the table.
        const next = lines[j + 1];
        if (sep && cells.length >= 2 && next !== undefined && next.includes(sep) && splitCells(next, sep).length >= head.length - 1) continue;
        // Nor does a free slot in a fixed-width agenda ("10:30  –vrij–") between full rows.
        if (!sep && cells.length >= 1 && next !== undefined && next.trim() && spaceCells(next).length >= Math.max(3, head.length - 1)) continue;
        break;
      }
      for (const { k, kind } of cols) {
        let cell: { s: number; cell: string } | undefined;
        if (sep) cell = cells[k];
        // (a row with as many cells as the header is read by order: the writer aligned the columns by eye, so a cell
        // need not start under its header)
        else if (cells.length === head.length) cell = cells[k];
        else {
          // the cell that starts at (about) the header's column
          const from = head[k].s - 2;
          const to = k + 1 < head.length ? head[k + 1].s : head[k].s + head[k].cell.length + 3;
          cell = cells.find((c) => c.s >= from && c.s < to);
        }
        if (cell && cell.cell) onCell(kind as string, starts[j] + cell.s, cell.cell);
      }
    }
  }
}
// The header line of a table is no personal data ("Zorgboerderij\tPlaats\tContact\tTelefoon\tPlek voor",
// "Naam                  Geb.jaar  Werkgever", "| Naam | Geboortejaar | Woonplaats |"): three or more cells without
// digits, at least two of them (and half) known column labels, and a row of cells below it.
const COLUMN_LABEL_FIRST = new RegExp(
  String.raw`^(?:naam|namen|voornaam|voornamen|achternaam|familienaam|geslachtsnaam|roepnaam|initialen|voorletters|klant|klantnaam|cliënt|client|deelnemer|deelnemers|kandidaat|jongere|leerling|student|medewerker|contact|contactpersoon|begeleider|jobcoach|mentor|coach|consulent|klantmanager|casemanager|woonplaats|plaats|stad|gemeente|wijk|regio|locatie|vestiging|adres|postcode|telefoon|tel|telefoonnummer|mobiel|e-?mail|mail|leeftijd|lft|geboortejaar|geb|geb\.?[ ]?jaar|geboren|geboortedatum|datum|startdatum|einddatum|start|eind|begin|periode|maand|jaar|week|dag|tijd|uren|uur|bedrag|bedragen|inkomen|loon|saldo|schuld|status|stand|opmerking|opmerkingen|toelichting|notitie|notities|actie|acties|afspraak|werkgever|werkplek|stageplek|stagebedrijf|stageadres|bedrijf|organisatie|instelling|instantie|aanbieder|school|opleiding|niveau|functie|rol|taak|zorgboerderij|uitzendbureau|plek|traject|schuldeiser|schuldeisers|crediteur|crediteuren|type|soort|nr|nummer|bsn|dossier|zaak|relatie|kenmerk|uitkering|doel|resultaat|aanwezig|sector|branche|dagdeel|dagdelen|dagen)$`,
  "iu",
);
const isColumnLabel = (cell: string) => {
  const words = cell.replace(/[ \t]*\([^()]*\)$/, "").split(/[ \t]+/);
  // "Inkomen werk", "Plek voor", "Naam (initialen)"; not "Gemeente Den Helder"
  if (words.length > 3 || words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  const first = words[0].replace(/[.:]+$/, "");
  return COLUMN_LABEL_FIRST.test(first) || ID_HEADER_CELL.test(cell) || /^\p{L}+(?:nummer|nr)\.?$/iu.test(cell);
};
/** The [start, end) ranges of the table header lines in a text. */
export function tableHeaderLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!may(/[|;\t]|[^\s] {2,}[^\s]| \/ /.test(text))) return out;
  const lines = text.split("\n");
  let pos = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const start = pos;
    pos += line.length + 1;
    if (!/[|;\t]|[^\s] {2,}[^\s]| \/ /.test(line) || /\d/.test(line)) continue;
    const sep = cellSeparator(line);
    const cells = (sep ? splitCells(line, sep) : spaceCells(line)).filter((c) => c.cell);
    if (cells.length < 3) continue;
    const labels = cells.filter((c) => isColumnLabel(c.cell)).length;
    if (labels < 2 || labels * 2 < cells.length) continue;
    // a row below it (after an optional rule line)
    let j = i + 1;
    while (j < lines.length && /^[ \t|:;+=-]+$/.test(lines[j]) && lines[j].trim()) j++;
    const row = lines[j] ?? "";
    const rowCells = (sep ? splitCells(row, sep) : spaceCells(row)).filter((c) => c.cell);
    if (rowCells.length < 2 || (sep && !row.includes(sep))) continue;
    out.push([start, start + line.length]);
  }
  return out;
}
// A column of organisations: "Werkgever", "Bedrijf", "Schuldeiser", "(laatste) school" …
// (also "Werkplek", "Zorgboerderij", "Uitzendbureau", "Leerbedrijf", "Dagbesteding", "Zorgaanbieder"), also with a
// qualifier: "Werkgever volgens bewoner", "Werkgever (laatst bekend)", "Schuldeiser nu".
// (also with a qualifier before it: "Voorstel werkgever", "Huidige werkgever", "Beoogde stageplek"; and "Partner / werkgever")
const ORG_HEADER_CELL = /^(?:(?:voorstel|beoogde|beoogd|nieuwe|huidige|vorige|laatste|eerdere|mogelijke|potentiële)[ \t]+)?(?:partner[ \t]*\/[ \t]*)?(?:werkgever|werkgevers|bedrijf|organisatie|instelling|schuldeiser|schuldeisers|crediteur|crediteuren|leverancier|stagebedrijf|stageplek|stageadres|werkplek|werkervaringsplek|werkervaringsplaats|leerwerkplek|leerbedrijf|leerwerkbedrijf|zorgboerderij|uitzendbureau|dagbesteding|zorgaanbieder|aanbieder|re-integratiebedrijf|traject[ \t]+bij|trajectaanbieder|taalaanbieder|(?:laatste|huidige|vorige)?[ \t]*school|opleiding[ \t]*\/[ \t]*school|onderneming|ondernemingen|bedrijfsnaam|handelsnaam|firma|firmanaam|eenmanszaak)(?:[ \t]*\([^()|]{1,30}\)|[ \t]+(?:volgens|per|nu|huidig|huidige|laatst|bekend)(?:[ \t]+\p{L}+){0,2})?$/iu;
const ORG_HEADER_HINT = /(?:werkgever|ervaringsplek|ervaringsplaats|leerwerkplek|traject|taalaanbieder|bedrijf|organisatie|instelling|schuldeiser|crediteur|leverancier|stage|school|werkplek|zorgboerderij|uitzendbureau|dagbesteding|aanbieder|onderneming|handelsnaam|firma|eenmanszaak)/iu;
// A column of places: "Plaats", "Woonplaats", "Gemeente", "Stad", "Wijk", "Geboorteplaats", "Vestigingsplaats".
// (Also "Regio", "Herkomst", "Geboorteland", "Land van herkomst": a bed list's "Regio" column holds
// municipalities and, for someone without a local tie, the country.)
// (Also the abbreviated "woonpl" / "wpl" header of a client list, and a "Land" column of countries: "Polen", "Oekraïne".)
const PLACE_HEADER_HINT = /(?:plaats|kern|dorp|gemeente|stad|wijk|regio|herkomst|geboorteland|woonpl|wpl|land)/iu;
// (also two joined by a slash: "Woonplaats/wijk", "Wijk / buurt")
const PLACE_HEADER_CELL = /^(?:plaats|woonplaats|kern|woonkern|dorp|woonpl\.?|wpl\.?|land|gemeente|woongemeente|stad|wijk|geboorteplaats|vestigingsplaats|plaats[ \t]+van[ \t]+herkomst|regio|herkomst|geboorteland|land[ \t]+van[ \t]+herkomst)(?:[ \t]*\/[ \t]*(?:wijk|woonwijk|buurt|woonplaats|plaats|gemeente|stadsdeel|kern|dorp))?$/iu;
const PLACE_CELL = /^(?:['’]s-)?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|aan|op|de|den|der|bij|in|'t|en))*$/u;
const ORG_CELL = /^\p{Lu}[\p{L}'’&.-]*(?:[ \t]+(?:&|\p{Lu}[\p{L}'’&.-]*|van|der|den|de|het|'t|en)){0,4}$/u;
// (also contact columns: "Contact", "Contactpersoon", "Begeleider", "Jobcoach", "Mentor", "Klantmanager")
const PERSON_HEADER_HINT = /(?<![\p{L}])(?:naam|achternaam|familienaam|geslachtsnaam|voornaam|voornamen|roepnaam|voorletters|klant|cliënt|client|deelnemer|inbrenger|bewoner|aanvrager|huurder|kandidaat|betrokkene|verdachte|contact|contactpersoon|begeleider|jobcoach|mentor|klantmanager|casemanager|consulent|praktijkbegeleider|werkbegeleider)(?![\p{L}])/iu;
const PERSON_HEADER_CELL = /^(?:naam|klant|klantnaam|cliënt|client|naam[ \t]+(?:klant|cliënt|client|deelnemer)|deelnemer|inbrenger|bewoner|aanvrager|huurder|kandidaat|betrokkene|verdachte|(?:klant|cliënt|client)[ \t]*\(initialen\)|initialen|voorletters|contact|contactpersoon|begeleider|jobcoach|mentor|klantmanager|casemanager|consulent|praktijkbegeleider|werkbegeleider)$/iu;
// A column of surnames or first names ("achternaam;voorletters", "Voornaam  Achternaam"): a single
// name word is a name there ("Lambriex", "Pelzer-Sijben", "van der Veen", "Veen, van der").
const SINGLE_NAME_HEADER_CELL = /^(?:achternaam|familienaam|geslachtsnaam|voornaam|voornamen|roepnaam)$/iu;
const SINGLE_NAME_CELL = /^(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ee]l|[Aa]l|'t)[ \t]+){0,3}\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*(?:,[ \t]*(?:van|de|der|den|ter|ten)(?:[ \t]+(?:de|der|den))?)?$/u;
// "Lambriex M.J.", "Hermans, J.P.G.", "Vries, J. de": a surname with its initials after it.
const SURNAME_INITIALS_CELL = /^\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*,?[ \t]+(?:\p{Lu}\.[ \t]?){1,4}(?:[ \t]*(?:van|de|der|den|ter|ten)(?:[ \t]+(?:de|der|den))?)?$/u;
// "D.V.", "W.B.", "H. de B.", "M. el A.", "A.B. van der V."
const INITIALS_CELL = /^(?:\p{Lu}\.[ \t]?){1,4}(?:(?:(?:van|de|der|den|el|al|ter|ten|'t|v\.d\.|vd)[ \t]+){1,3}\p{Lu}\.?)?$/u;
// "Roos B.", "Marloes K.", "Sander dW", "Fatima E.I."
const FIRST_INITIAL_CELL = /^\p{Lu}\p{Ll}+[ \t]+(?:(?:\p{Lu}\.){1,3}|\p{Lu}|\p{Ll}{1,2}\p{Lu}\.?)$/u;
// "A.M. Pronk", "W. van der Laan", "H. 't Hoen", "C. Tesselaar-Groot": initials + a surname.
const INITIALS_SURNAME_CELL = /^(?:\p{Lu}\.[ \t]?){1,4}[ \t]*(?:(?:van|de|der|den|el|al|ter|ten|'t|’t)[ \t]+){0,3}\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*$/u;
const FULL_NAME_CELL = /^\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:van|de|der|den|el|al|ter|ten|'t|\p{Lu}[\p{L}'’.-]*)){1,4}$/u;
// Abbreviations that are no names: "N.B.", "N.v.t.", "Z.s.m.", "T.a.v.", "I.o.m.", "P.S.", "O.a."
const NOT_INITIALS_CELL = /^(?:N\.?B|N\.?V\.?T|Z\.?S\.?M|T\.?A\.?V|I\.?O\.?M|P\.?S|O\.?A|E\.?D|M\.?B\.?T|I\.?V\.?M|B\.?V|N\.?V|V\.?O\.?F)\.?$/iu;
const BIRTH_HEADER_HINT = /(?<![\p{L}])(?:geb|geboren|geboortejaar|geboortedatum)(?![\p{L}])/iu;
// (also "geb.jr", "geboortejr")
const BIRTH_HEADER_CELL = /^(?:geb\.?|geboren|geboortejaar|geboortejr\.?|geb\.?[ \t]?jaar|geb\.?[ \t]?jr\.?|geb\.?[ \t]?datum|geboortedatum|jaar[ \t]+van[ \t]+geboorte)$/iu;
// Two people's ages side by side, the verb said once or not at all: "hij 67, zij 60", "Dhr. is 64, mevrouw 52."
const PAIRED_AGE_RE = /(?<![\p{L}])(?:hij|zij|ze|dhr|mw|mevr|mevrouw|meneer)\.?(?:[ \t]+is)?[ \t]+(\d{1,3}),[ \t]+(?:en[ \t]+)?(?:hij|zij|ze|dhr|mw|mevr|mevrouw|meneer)\.?[ \t]+(\d{1,3})(?=[ \t]*(?:[,;)\n]|\.(?!\d)|$))/giu;
// An age after a year of birth: "hij is van 1966, dus 59".
const YEAR_THEN_AGE_RE = /(?<![\p{L}])is[ \t]+van[ \t]+(?:19|20)\d\d,?[ \t]+dus[ \t]+(?:nu[ \t]+)?(\d{1,3})(?=[ \t]*(?:[,;)\n]|\.(?!\d)|$|(?:jaar|dus|en|maar)(?![\p{L}])))/giu;
// The children named and their ages in a bracket, one each: "kinderen Milan, Sem en Liv (5, 8 en 13)".
const NAMED_CHILDREN_AGES_RE = /(?<![\p{L}])(?:kinderen|zonen|zoons|dochters)[ \t]+((?:\p{Lu}\p{Ll}+,[ \t]+)*\p{Lu}\p{Ll}+[ \t]+en[ \t]+\p{Lu}\p{Ll}+)\s*\((\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})*[ \t]+en[ \t]+\d{1,2})\)/gu;
// A "Kinderen" column of counts with the ages in a bracket, as many as the count: "| 2 (3 en 6) |", "| 1 (8 mnd) |".
const KIDS_HEADER_CELL = /^(?:kinderen|kind(?:\(eren\))?|kids)$/iu;
const COUNTED_AGES_CELL = /^([1-9])[ \t]*\(((?:\d{1,2}(?:[ \t]*(?:,|en)[ \t]*\d{1,2})*)(?:[ \t]*(?:mnd|maanden|jaar|jr))?)\)$/u;
function pushPairedAndCountedAges(text: string, low: string, add: (s: number, e: number) => void) {
  if (!may(/\d/.test(text))) return;
  // PAIRED_AGE_RE: a digit and "," (each pronoun or title is a letter run; cheap enough unguarded).
  for (const m of may(text.includes(",")) ? allMatches(PAIRED_AGE_RE, text) : []) {
    if (Number(m[1]) > 115 || Number(m[2]) > 115) continue;
    const a = m.index + m[0].indexOf(m[1], m[0].search(/\d/));
    add(a, a + m[1].length);
    const b = m.index + m[0].lastIndexOf(m[2]);
    add(b, b + m[2].length);
  }
  // YEAR_THEN_AGE_RE: "is van" and "dus" (case-insensitive).
  for (const m of may(low.includes("is van") && low.includes("dus")) ? allMatches(YEAR_THEN_AGE_RE, text) : []) {
    if (Number(m[1]) > 115) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  // NAMED_CHILDREN_AGES_RE: "(" and one of the plural nouns (case-sensitive lower case).
  for (const m of may(text.includes("(") && /kinderen|zonen|zoons|dochters/.test(text)) ? allMatches(NAMED_CHILDREN_AGES_RE, text) : []) {
    const names = m[1].split(/,[ \t]+|[ \t]+en[ \t]+/).length;
    const ages = allMatches(/\d{1,2}/g, m[2]);
    if (ages.length !== names) continue;
    const from = m.index + m[0].lastIndexOf("(") + 1;
    for (const n of ages) add(from + n.index, from + n.index + n[0].length);
  }
  if (may(text.includes("|") && /kinderen|kind|kids/i.test(text)))
    scanTables(text, /(?<![\p{L}])(?:kinderen|kind|kids)/iu, (h) => (KIDS_HEADER_CELL.test(h) ? "kids" : null), (_, at, cell) => {
      const m = COUNTED_AGES_CELL.exec(cell);
      if (!m) return;
      const ages = allMatches(/\d{1,2}/g, m[2]);
      if (ages.length !== Number(m[1])) return;
      const from = at + cell.indexOf("(") + 1;
      // "8 mnd": the unit stays with a single age; a list is split into its numbers.
      if (ages.length === 1) { add(from, from + m[2].length); return; }
      for (const n of ages) add(from + n.index, from + n.index + n[0].length);
    });
}
function pushTableAndFrameAges(text: string, low: string, add: (s: number, e: number) => void, out?: Candidate[]) {
  if (may(/(?<![\p{L}])(?:leeftijd|lftd?|ltd|age)(?![\p{L}])/iu.test(text)))
    scanTables(text, /(?<![\p{L}])(?:leeftijd|lftd?|ltd|age)(?![\p{L}])/iu, (h) => (AGE_HEADER_CELL.test(h) ? "age" : AGE_LIST_HEADER_CELL.test(h) ? "ages" : AGE_COLUMN_LIST_HEADER_CELL.test(h) ? "column" : null), (kind, at, cell) => {
      if (kind === "column") {
        if (!AGE_COLUMN_LIST_CELL.test(cell)) return;
        for (const n of allMatches(/\d{1,3}/g, cell)) if (isAgeNumber(n[0])) add(at + n.index, at + n.index + n[0].length);
        return;
      }
      if (kind === "ages") {
        // "| Kinderen (leeftijd) |" over "| 3 (4, 9, 15) |": the ages in the brackets (the count before them is none).
        const list = AGE_LIST_CELL.exec(cell);
        if (!list) return;
        const from = at + list.index + 1;
        for (const n of allMatches(/\d{1,3}/g, list[1])) if (isAgeNumber(n[0])) add(from + n.index, from + n.index + n[0].length);
        return;
      }
      const m = AGE_CELL.exec(cell);
      if (m && Number(m[1]) <= 115) { add(at, at + m[0].length); return; }
      // "| zesenvijftig |" (an age in words) and "| 60 en 58 |" (a couple on one row) under a "leeftijd" header.
      if (AGE_WORD_CELL.test(cell)) { add(at, at + cell.length); return; }
      const pair = AGE_PAIR_CELL.exec(cell);
      if (pair) for (const n of allMatches(/\d{1,3}/g, cell)) if (isAgeNumber(n[0])) add(at + n.index, at + n.index + n[0].length);
    });
  if (out && may(ORG_HEADER_HINT.test(text))) {
    const lex = lexicons();
    // (also two such headers in one: "Werkgever/stageplek")
    scanTables(text, ORG_HEADER_HINT, (h) => (ORG_HEADER_CELL.test(h) || h.split(/[ \t]*\/[ \t]*/).every((part) => ORG_HEADER_CELL.test(part)) ? "org" : null), (_, at, cell) => {
      // "Stork (werkplaats)", "Cello, terreinonderhoud": a lower-case note in brackets or after a comma is no part of the name.
      cell = cell.replace(/[ \t]+\((?:\p{Ll}[\p{Ll} -]*)\)$|,[ \t]*\p{Ll}[\p{Ll} -]*$/u, "");
      // "Brasserie De Bosrand, Hoog Soeren": an organisation and its place after a comma.
      const comma = /^([^,]+),[ \t]*([^,]+)$/.exec(cell);
      if (comma && ORG_CELL.test(comma[1]) && PLACE_CELL.test(comma[2]) && comma[2].split(/[ \t]+/).length <= 3) {
        const ps = at + cell.length - comma[2].length;
        if (!lex.common.has(phraseKey(comma[2])) && !lex.negatives.phrases.has(phraseKey(comma[2]))) out.push({ s: ps, e: ps + comma[2].length, label: "plaats", prio: PRIO.placeContext });
        cell = comma[1];
      }
      if (!ORG_CELL.test(cell)) return;
      const words = cell.split(/[ \t]+/);
      // "Bavaria Lieshout": a known place at the end is the branch's place (the place rules find it).
      let n = words.length;
      for (let k = 1; k < words.length; k++) if (lex.places.phrases.has(phraseKey(words.slice(k).join(" ")))) { n = k; break; }
      const name = words.slice(0, n).join(" ");
      const key = phraseKey(name);
      if (lex.places.phrases.has(key) || lex.negatives.phrases.has(key) || lex.common.has(key)) return;
      // A summary row of a creditors' table ("| Totaal | | € 10.180,08 |", "| Subtotaal |", "| Overige |").
      if (/^(?:totaal|subtotaal|totalen|som|overig|overige|diversen|onbekend|restant|saldo)(?:[ 	]+\p{Ll}+)*$/iu.test(name)) return;
      // "Orchideeën Van Dijk", "Tomaten Jansen": an ordinary word (a product or trade) + a surname
      // in an organisation column is the firm, not the person in it.
      // (the first word is no first name or surname, the rest is a surname, also with a particle)
      const rest = words.slice(1, n).filter((w) => !/^(?:van|de|der|den|ter|ten|het|'t)$/i.test(w));
      const firm = n >= 2 && /^\p{Lu}\p{Ll}{3,}$/u.test(words[0]) && !lex.firstNames.has(words[0]) && !lex.ambiguousFirstNames.has(words[0]) && !lex.surnames.has(words[0]) &&
        rest.length === 1 && lex.surnames.has(rest[0]);
      out.push({ s: at, e: at + name.length, label: "instelling", prio: firm ? PRIO.personContext + 1 : PRIO.personContext - 1 });
    });
  }
  // A column of places ("Woonplaats", "Plaats", "Gemeente"): a capitalised cell of up to three words is a
  // place ("Epe", "Hoog Soeren", "'s-Hertogenbosch"); not a dash, "onbekend", "n.v.t." or a word the lexicons know as
  // an ordinary word or a national body.
  if (out && may(PLACE_HEADER_HINT.test(text))) {
    const lex = lexicons();
    scanTables(text, PLACE_HEADER_HINT, (h) => (PLACE_HEADER_CELL.test(h) ? (/^land$/i.test(h) ? "country" : "place") : null), (kind, at, cell) => {
      const name = cell.replace(/[ \t]*\([^()]*\)$/, "");
      if (!PLACE_CELL.test(name) || name.split(/[ \t]+/).length > 3 || name.length < 2) return;
      // a country code in a creditors' "Land" column ("| NL |", "| D |") is no place
      if (kind === "country" && /^\p{Lu}{1,3}$/u.test(name)) return;
      const key = phraseKey(name);
      if (/^(?:onbekend|nvt|geen|idem|thuis|zelfde|dezelfde)$/i.test(key) || lex.common.has(key) || lex.negatives.phrases.has(key)) return;
      out.push({ s: at, e: at + name.length, label: "plaats", prio: PRIO.placeContext });
    });
  }
  // A column of persons ("Naam", "Klant", "Cliënt", "Deelnemer", "Inbrenger" …): its cells are names,
  // also when abbreviated to initials ("D.V.", "H. de B.", "M. el A.") or a first name + initial ("Roos B.", "Sander dW").
  if (out && may(PERSON_HEADER_HINT.test(text))) {
    const lex = lexicons();
    scanTables(text, PERSON_HEADER_HINT, (h) => (PERSON_HEADER_CELL.test(h) ? "person" : SINGLE_NAME_HEADER_CELL.test(h) ? "single" : null), (kind, at, cell) => {
      const title = /^(?:dhr|mw|mevr|mr|mevrouw|meneer|de heer)\.?[ \t]+/iu.exec(cell);
      const name = title ? cell.slice(title[0].length).trimEnd() : cell;
      const s = at + (title ? title[0].length : 0);
      if (NOT_INITIALS_CELL.test(name)) return;
      const first = name.split(/[ \t]+/)[0];
      const key = phraseKey(name);
      if (kind === "single" && SINGLE_NAME_CELL.test(name) && !/^(?:onbekend|nvt|geen|idem|anoniem|zelfde|dezelfde)$/i.test(key) && !lex.common.has(key) && !lex.negatives.phrases.has(key) && !lex.places.phrases.has(key) && !lex.institutions.phrases.has(key)) {
        out.push({ s, e: s + name.length, label: "persoon", prio: PRIO.personContext });
        return;
      }
      const ok = INITIALS_CELL.test(name) || (INITIALS_SURNAME_CELL.test(name) && !lex.common.has(name.split(/[ \t]+/).pop()!.toLowerCase())) || (SURNAME_INITIALS_CELL.test(name) && !lex.common.has(first.replace(/,$/, "").toLowerCase())) ||
        (FIRST_INITIAL_CELL.test(name) && (lex.firstNames.has(first) || lex.ambiguousFirstNames.has(first))) ||
        (FULL_NAME_CELL.test(name) && name.includes(" ") && (lex.firstNames.has(first) || lex.ambiguousFirstNames.has(first) || lex.surnames.has(name.split(/[ \t]+/).pop()!)) && !lex.common.has(first.toLowerCase()) && !lex.negatives.phrases.has(phraseKey(name)));
      if (ok) out.push({ s, e: s + name.length, label: "persoon", prio: PRIO.personContext });
    });
  }
  // A column of years of birth ("geb.", "geboren", "geboortejaar", "geb.jaar"): its 4-digit years
  // are dates (a year of birth is a date by convention).
  // (Also a bare year in a column of dates of birth, "geb.datum" over "1990-07-23", "12/9/88" and "1958": only the year was known.)
  if (out && may(/\d/.test(text) && BIRTH_HEADER_HINT.test(text)))
    scanTables(text, BIRTH_HEADER_HINT, (h) => (BIRTH_HEADER_CELL.test(h) ? "born" : null), (_, at, cell) => {
      const m = /^(?:19|20)\d\d$/.exec(cell);
      if (m && Number(cell) <= new Date().getFullYear()) out.push({ s: at, e: at + 4, label: "datum", prio: PRIO.datum });
    });
  if (!may(/\d/.test(text) || NUMBER_WORD_HINT.test(text))) return;
  if (may(hasAny(low, ["word", "wordt"])))
    for (const m of allMatches(TIME_INVERTED_TURNS_RE, text)) {
      if (!isAgeNumber(m[1])) continue;
      const at = m.index + m[0].lastIndexOf(m[1]);
      add(at, at + m[0].length - m[0].lastIndexOf(m[1]));
    }
  if (may(text.includes("(")))
    for (const re of [BABY_PAREN_MONTHS_RE, NUMBERED_PERSON_PAREN_AGE_RE])
      for (const m of allMatches(re, text)) {
        if (!/[a-z]/.test(m[1]) && Number(m[1]) > 115) continue;
        const at = m.index + m[0].lastIndexOf(m[1]);
        add(at, at + m[1].length);
      }
}

// "Yara, 12-02-2010 (14)": a full date of birth and the age in brackets right after it (the year and the age must add
// up to a recent year; not "brief van 12-02-2010 (3)" pointing at an appendix).
const DOB_IN_PAREN_THEN_AGE_RE = /(?<=\p{Lu}[\p{L}'’-]+[ \t]*)\([ \t]*(?:\*|geb\.?|geboren)?[ \t]*\d{1,2}[-./]\d{1,2}[-./]((?:19|20)\d\d)[ \t]*\),[ \t]*(\d{1,3})(?=[ \t]*(?:jaar|jr\.?)?[ \t]*(?:[,;\n]|$))/gu;
const DOB_PAREN_AGE_RE = /(?<![\p{N}])\d{1,2}[-./]\d{1,2}[-./]((?:19|20)\d\d)[ \t]*\((\d{1,3})(?:[ \t]*(?:jaar|jr\.?|j\.?))?\)/gu;
// "zijn vrouw (MS, 54)", "haar zoon (Kacper, nu 4)": a relation word, a bracket with a name, an illness or an origin,
// then the age (not "haar zoon (groep 4)": the note is one word before a comma).
const RELATION_NOTE_PAREN_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:half|stief|pleeg|ex-?)?(?:${RELATION_WORDS})[ \t]+\([ \t]*\p{L}[\p{L}'’-]{0,24}[ \t]*,[ \t]*(?:(?:nu|inmiddels|bijna|ruim|ca\.?)[ \t]+)?(\d{1,3})(?:[ \t]*(?:jaar|jr\.?|j\.?))?[ \t]*\)`,
  "giu",
);
// "dat broertje (Ilias) is 13", "zijn dochter (Sara) wordt 6": a relation word, the name in brackets, then is + age.
const RELATION_NAME_PAREN_IS_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${RELATION_WORDS})[ \t]+\(\p{Lu}\p{Ll}+\)[ \t]+(?:is|was|wordt|werd)[ \t]+(?:(?:nu|pas|net|bijna|inmiddels|al)[ \t]+)?(\d{1,3})(?=${AGE_TAIL})`,
  "giu",
);
// A chat line that drops its subject: "[08:35] Joost: is gisteren 18 geworden", "- werd vorige week 40": the age reached.
const SUBJECTLESS_BECAME_RE = /(?:^|\n|:)[ \t]*(?:[-*•][ \t]*)?(?:en[ \t]+)?(?:is|werd)[ \t]+(?:(?:net|pas|onlangs|gisteren|eergisteren|vorige[ \t]+(?:week|maand)|vorig[ \t]+jaar|vandaag|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag)[ \t]+)?(\d{1,3})[ \t]+geworden(?![\p{L}])/giu;
// A lower-case first name + surname with the age in brackets: "piotr wisniewski (41)" (chat style, no title).
const LOWER_FULL_NAME_PAREN_AGE_RE = /(?<![\p{L}])(\p{Ll}{2,})[ \t]+((?:(?:van|de|der|den|el|al|ten|ter)[ \t]+){0,2}\p{Ll}[\p{Ll}'’-]+)[ \t]*\((\d{1,3})\)/gu;

// "voor twee jongeren (beiden 19)", "de tweeling is allebei 7", "ze zijn beiden 19": one age for two or more
// persons.
const BOTH_AGE_RE = new RegExp(String.raw`(?:\([ \t]*(?:beiden|beide|allebei|alle[ \t]+(?:twee|drie|vier))[ \t]+(\d{1,2})(?:[ \t]*(?:jaar|jr\.?))?[ \t]*\)|(?<![\p{L}])(?:zijn|waren|is|worden|werden)[ \t]+(?:nu[ \t]+)?(?:beiden|allebei|alle[ \t]+(?:twee|drie|vier))[ \t]+(?:nu[ \t]+|al[ \t]+|pas[ \t]+)?(\d{1,2})(?=${AGE_TAIL}|[ \t]+jaar(?![ \t]+(?:geleden|lang|in|bij|getrouwd|samen))))`, "giu");

// "• mw. 37, alleenstaand met 3 kinderen": an abbreviated title, then a number and a comma before a lower-case word.
const TITLE_COMMA_AGE_RE = /(?<![\p{L}])(?:[Mm]w|[Mm]evr|[Dd]hr)\.?[ \t]+(\d{2})(?=[ \t]*,[ \t]*\p{Ll})/gu;
function pushMoreAges(text: string, low: string, hasDigit: boolean, add: (s: number, e: number) => void) {
  if (!may(hasDigit)) return;
  const lex = lexicons();
  for (const m of may(/(?:mw|mevr|dhr)\.?[ \t]+\d\d[ \t]*,/i.test(text)) ? allMatches(TITLE_COMMA_AGE_RE, text) : []) {
    if (Number(m[1]) < 16) continue;
    const at = m.index + m[0].length - m[1].length;
    add(at, at + 2);
  }
  // BOTH_AGE_RE: beide(n), allebei or alle + a count.
  for (const m of may(low.includes("beide") || low.includes("allebei") || low.includes("alle")) ? allMatches(BOTH_AGE_RE, text) : []) {
    const n = m[1] ?? m[2];
    const at = m.index + m[0].lastIndexOf(n);
    add(at, at + n.length);
  }
  // DOB_PAREN_AGE_RE: a date with a four-digit year and "(".
  for (const m of may(text.includes("(")) ? allMatches(DOB_PAREN_AGE_RE, text) : []) {
    const total = Number(m[1]) + Number(m[2]);
    if (Number(m[2]) > 115 || total < 2015 || total > 2035) continue;
    // the date follows a name (+ comma) or "geb./geboren" on its line: "Sem Bakker, 03-04-2012 (12)"
    if (!/(?:\p{Lu}\p{Ll}+,?|geb\.?|geboren(?:[ \t]+op)?|geboortedatum:?)[ \t]*$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const at = m.index + m[0].lastIndexOf("(") + 1;
    add(at, at + m[2].length);
  }
  // "Niels van der Meer (*08-08-2007), 17": a date of birth in brackets after a name, then the age
  // (year + age must add up to a recent year).
  for (const m of may(text.includes("(")) ? allMatches(DOB_IN_PAREN_THEN_AGE_RE, text) : []) {
    const total = Number(m[1]) + Number(m[2]);
    if (Number(m[2]) > 115 || total < 2015 || total > 2035) continue;
    const at = m.index + m[0].length - m[2].length;
    add(at, at + m[2].length);
  }
  // RELATION_NOTE_PAREN_AGE_RE: "(" and ","; RELATION_NAME_PAREN_IS_AGE_RE: "(" and is|was|wordt|werd.
  for (const re of may(text.includes("(")) ? [RELATION_NOTE_PAREN_AGE_RE, RELATION_NAME_PAREN_IS_AGE_RE] : []) {
    if (re === RELATION_NOTE_PAREN_AGE_RE && !may(text.includes(","))) continue;
    if (re === RELATION_NAME_PAREN_IS_AGE_RE && !may(hasAny(low, ["is", "was", "wordt", "werd"]))) continue;
    for (const m of allMatches(re, text)) {
      if (Number(m[1]) > 115) continue;
      const at = m.index + m[0].lastIndexOf(m[1]);
      add(at, at + m[1].length);
    }
  }
  // SUBJECTLESS_BECAME_RE: "geworden".
  for (const m of may(low.includes("geworden")) ? allMatches(SUBJECTLESS_BECAME_RE, text) : []) {
    if (Number(m[1]) > 115) continue;
    const at = m.index + m[0].lastIndexOf(m[1], m[0].length - 9);
    add(at, at + m[1].length);
  }
  // LOWER_FULL_NAME_PAREN_AGE_RE: "(" (the first word a known first name, the last a known surname, neither common).
  for (const m of may(text.includes("(")) ? allMatches(LOWER_FULL_NAME_PAREN_AGE_RE, text) : []) {
    if (Number(m[3]) > 115) continue;
    const last = m[2].split(/[ \t]+/).pop() ?? "";
    if (!lex.firstNamesLower.has(m[1]) || lex.common.has(m[1]) || lex.common.has(last)) continue;
    if (!lex.surnames.has(capitalised(last))) continue;
    const at = m.index + m[0].lastIndexOf("(") + 1;
    add(at, at + m[3].length);
  }
}

const WORD_OF_AGE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:iemand|vrouw|man|jongen|meisje|moeder|vader|dame|heer|klant|cliënt|client|jongeman|weduwe|weduwnaar|zoon|dochter|broer|zus|oma|opa|buurman|buurvrouw|tante|oom)(?:[ \t]+in)?[ \t]+van[ \t]+((?:(?:bijna|ruim|net|pas|amper|krap|ongeveer|zo'n|rond[ \t]+de|over[ \t]+de|ergens[ \t]+in[ \t]+de|begin|eind|midden)[ \t]+)?${NUMWORD})(?![\p{L}])(?![ \t]+(?:euro|kilo|km|procent|uur|minuten|jaar[ \t]+(?:geleden|lang)|kinderen|keer))`,
  "giu",
);

const STREET_SUFFIX =
  "straat|straatweg|straot|stroat|straote|stroate|laan|weg|plein|plaats|kaai|lei|gracht|kade|singel|dijk|dyk|diep|zoom|dreef|pad|paad|leane|wei|buorren|feart|wâl|hiem|hôf|vaart|buurt|park|hof|markt|bocht|steeg|plantsoen|baan|bolwerk|dam|wal|haven|ring|allee|boulevard|erf|brink|strjitte|dwarsstraat|kanaal|gang|straße|strasse|platz|gasse|drf|gr|hf|ln|mrkt|pd|pln|plnts|prk|sngl|st|stg|str|wg";
// Streets that are one capitalised word ("Markt 12") or start with one ("Laan van Meerdervoort 1204"); also the Frisian
// village street "Buorren" ("oan de Buorren 11 yn Hallum").
const STREET_WORDS = "Markt|Brink|Dam|Plein|Kade|Singel|Laan|Weg|Dijk|Hof|Park|Dreef|Haven|Wal|Ring|Boulevard|Esplanade|Straße|Strasse|Platz|Gasse|Buorren";
// German streets written as two words: "Jülicher Straße 212", "Am Markt"-style heads excluded; "Aachener Str. 5",
// "Kölner Weg 3" (a place adjective on -er before Weg/Ring/Damm/Allee), "Bahnhof Platz 2".
const GERMAN_STREET = String.raw`\p{Lu}[\p{L}'’-]+er[ \t]+(?:Straße|Strasse|Str|Weg|Allee|Ring|Damm|Platz|Gasse)|\p{Lu}[\p{L}'’-]+[ \t]+(?:Straße|Strasse|Platz|Gasse)`;
// A direction after the street name: "Rijksweg Zuid 44A", "Kerkstraat-Noord 3", "Voorstraat N.Z. 42", "Kanaaldijk N.W. 77".
const STREET_DIRECTIONS = String.raw`Noord|Zuid|Oost|West|Noordzijde|Zuidzijde|Oostzijde|Westzijde|[NZOW]\.[ \t]?Z\.|[NZ]\.[ \t]?[OW]\.|[NZOW]Z(?![\p{L}])|[NZ][OW](?![\p{L}])`;
// A canal or waterway word that names a street only with a direction after it: "Kanaal Zuid 38", "Vaart Noord 4" (a bare
// "Kanaal 5" is a TV channel).
const WATER_STREET = String.raw`(?:Kanaal|Vaart|Diep)(?=[ \t-](?:${STREET_DIRECTIONS}))`;
// Particles inside a street name, also from foreign names ("Vasco da Gamalaan", "Rue de la Paix").
// (A bare street word may open with an adjective: "Kleine Kade 7", "Oude Markt 3".)
const STREET_PARTICLES = "van|der|den|de|het|'t|ter|ten|da|di|del|della|do|dos|das|du|la|le|von";
// (The words of a street name are separated by spaces: a tab ends a table cell, "Wim Korsten\tKennedylaan 4".)
const ADDRESS_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])((?:(?:(?:\p{Lu}[\p{L}.'’-]{0,30}|${STREET_PARTICLES}) +){0,4}(?:['’]s-)?\p{Lu}[\p{L}'’-]{0,40}(?:${STREET_SUFFIX})|${GERMAN_STREET}|(?:(?:Grote|Kleine|Oude|Nieuwe|Lange|Korte|Hoge|Brede|Smalle)[ \t]+)?(?:${STREET_WORDS})|${WATER_STREET}|Boulevard(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}|(?:${STREET_WORDS})(?:[ \t]+(?:van|der|des|den|de|het|'t|op|ten|ter)){1,3}[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:en[ \t]+)?\p{Lu}[\p{L}'’-]+){0,2})(?:[ \t-](?:${STREET_DIRECTIONS}))?)\.?[ \t]+(\d{1,4}(?:[ \t]?[a-zA-Z](?![\p{L}])|[ \t]?-[ \t]?\d{1,3}(?![\p{N}])|-(?:[A-Z]{1,3}|[a-z])(?![\p{L}])|[ \t]?bis(?![\p{L}])|[ \t]?(?:hs|zw|bg|rd|boven|beneden|huis)(?![\p{L}]))?)(?![\p{L}\p{N}]|[.,:]\d|\s?-\s?\d)`,
  "gu",
);
// (also with a Belgian or German postcode before the place: "Kerkplein 14, 2300 Turnhout", "Marktstraße 3, D-47533 Kleve")
const BEFORE_PLACE_RE = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]{1,40}) (\d{1,4}[a-z]?(?:-\d{1,3})?), (?:(?:[BD]-)?\d{4,5} (?![A-Z]{2}(?![\p{L}])))?(\p{Lu}[\p{L}-]+(?: (?:aan|den|de|\p{Lu}[\p{L}-]+)){0,3})/gu;
// An address block line: "De Skalm 3" on the line right above "9201 KA Drachten" (signatures, letter heads).
// Also as the value of an address field: "Adres: Oude Lind 63, 5046 GK Tilburg", "- Woonadres: Zuiderval 62, 7543 BJ".
// (also with a lower-case particle of a person's name: "Thomas a Kempislaan 102", "Pieter de la Courtstraat 3")
// (also a signature line "De Run 6812 | 5504 DT Veldhoven", with a bar or a middle dot before the postcode)
// (also a numbered list item: "1. Laageinde 88, 5142 ER – Casade – 2 mnd huur")
// (also Urk's old village numbering, district and house: "Wijk 3 12\n8321 EK Urk")
const LINE_BEFORE_POSTCODE_RE = /(?<=^|\n)[ \t]*(?:(?:[-*•>]|\d{1,2}[.)])[ \t]*)?(?:(?:[Aa]dres|[Ww]oonadres|[Pp]ostadres|[Bb]ezoekadres|[Hh]uisadres|[Nn]ieuw adres|[Oo]ud adres)[ \t]*:[ \t]*)?((?:Wijk \d{1,2} \d{1,3}[a-z]?|(?:(?:\p{Lu}[\p{L}.'’-]*|van|der|den|de|het|'t|ter|ten|aan|op|a|à|la|le|da|di|du|des|del|in) ){0,4}\p{Lu}[\p{L}'’-]+ \d{1,4}(?:[ \t]?bis(?![\p{L}])|[ \t]?[a-zA-Z]|[ \t]?-[ \t]?(?:\d{1,3}|[A-Z]{1,3}))?))[ \t]*[,|·•]?[ \t]*(?:\n[ \t]*(?:>[ \t]*)?|[ \t])[1-9]\d{3} ?[A-Z]{2}(?![\p{L}\p{N}])/gu;
// "bij zijn broer Hennie, Noordeinde 41, 8334 ML Tuk", "adres is Venne 112, 9671 ES", "Adres gezin: Oosterkamp 18, 8281 BT":
// a capitalised name + house number right before ", postcode" inside a line, after a comma, a colon or "is/op/aan/naar".
// (also with a remark in brackets between: "Verblijfadres: Zwanenkamp 118 (bij zus), 3607 RN Maarssen")
// (also after the English "at" in a letter: "my room at Klaverveld 4-2, 2201 AB Noordwijk")
// (also "in" after a living word: "wohnhaft in Moleneind 63, 9202 BN Drachten", "woont in Tolberterstraat 2, 9801 AB Zuidhorn")
// (also between bars in a letterhead: "Zeeuws Bewind B.V. | Nieuwe Burg 21 | 4331 AE Middelburg")
// (also the German "in der": "Er wohnte bis dahin in der Laag Bolwerk 14, 8701 JN Bolsward")
const INLINE_BEFORE_POSTCODE_RE = /(?<=(?:[,:;(|–—]|(?<=[ \t])-|(?<![\p{L}])(?:(?:woont|woonde|wonende|wonend|woonachtig|wohnhaft|wohnt)[ \t]+in|in[ \t]+der|is|op|aan|naar|at|na|adres|wonende|wonend|woonachtig|gevestigd|woont|woonde|wohnhaft|wohnt|flat|woning|huurwoning|appartement|portiekflat|galerijflat|kamer))[ \t]+)((?:\p{Lu}[\p{L}'’-]+[ \t]+){0,2}\p{Lu}[\p{L}'’-]+[ \t]+\d{1,4}(?:[ \t]?[a-z](?![\p{L}])|-\d{1,3}(?![\p{N}])|-[A-Z](?![\p{L}]))?)(?:[ \t]+\([^()\n\d]{1,30}\))?(?:,|[ \t]*\|)[ \t]*[1-9]\d{3}[ \t]?[A-Z]{2}(?![\p{L}\p{N}])/gu;
const ADDRESS_STOP_WORDS = new Set(["address", "adresse", "adres", "woont", "aan", "de", "het", "op", "te", "in", "bij", "naar", "van", "postadres", "huisbezoek", "verhuisd", "nieuwe", "oude", "haar", "zijn"]);

// (also "Boulevard" + a name without a particle: "Boulevard Bankert 64", "Boulevard Evertsen 12")
const ADDRESS_HINT_RE = new RegExp(String.raw`(?:${STREET_SUFFIX}|${STREET_WORDS})(?:[ \t-](?:${STREET_DIRECTIONS}))?\.?\s+\d|(?:${STREET_WORDS})\s+(?:van|der|des|den|de|het|'t|op|ten|ter)\s|boulevard(?:[ \t]+\p{L}[\p{L}'’-]+){1,2}[ \t]+\d`, "giu");

// ADDRESS_HINT_RE (case-insensitive) has a street word from STREET_WORDS (second alternative, and part of the first) or
// a street suffix before "\.?\s+\d" (the first).
const STREET_WORD_LIST = STREET_WORDS.toLowerCase().split("|");
const STREET_SUFFIX_LIST = STREET_SUFFIX.split("|");
const STREET_SUFFIX_MAX = Math.max(...STREET_SUFFIX_LIST.map((x) => x.length));
function addressHintPossible(low: string): boolean {
  if (hasAny(low, STREET_WORD_LIST)) return true;
  // Each digit after white space: is the word before it (and an optional ".") a street suffix?
  for (let k = 1; k < low.length; k++) {
    const c = low.charCodeAt(k);
    if (c < 48 || c > 57 || !/\s/.test(low[k - 1])) continue;
    let j = k - 1;
    while (j > 0 && /\s/.test(low[j - 1])) j--;
    if (low[j - 1] === ".") j--;
    const before = low.slice(Math.max(0, j - STREET_SUFFIX_MAX), j);
    if (STREET_SUFFIX_LIST.some((x) => before.endsWith(x))) return true;
    // A direction between the street and the number ("rijksweg zuid 44a", "voorstraat n.z. 42"): test the word before it.
    const dir = DIRECTION_END_RE.exec(low.slice(Math.max(0, j - 16), j));
    if (dir) {
      const street = low.slice(Math.max(0, j - dir[0].length - STREET_SUFFIX_MAX), j - dir[0].length);
      if (STREET_SUFFIX_LIST.some((x) => street.endsWith(x))) return true;
    }
  }
  return false;
}
// The end of "street + direction" before a house number, in lower case (see STREET_DIRECTIONS; the "." before the
// number is already cut off).
const DIRECTION_END_RE = /[ \t-](?:noordzijde|zuidzijde|oostzijde|westzijde|noord|zuid|oost|west|[nzow]\.[ \t]?z\.?|[nzow]z)$/;

// "in het Stadskantoor, Mosae Forum 10.": a building or office + comma + a capitalised name + number is its address,
// also without a street word.
const LOCATION_ADDRESS_RE = /(?<=(?:(?:[Ss]tadskantoor|[Gg]emeentehuis|[Ss]tadhuis|[Kk]antoor|[Ww]ijkcentrum|[Bb]uurthuis|[Ww]erkplein|[Ll]ocatie|[Bb]ibliotheek|[Gg]ebouw|[Ss]tadswinkel|[Dd]ienstencentrum)(?:[ \t]+\p{Lu}[\p{L}'’-]+)?,|(?<![\p{L}])(?:[Ll]ocatie|[Vv]estiging|[Bb]ezoekadres|[Pp]ostadres|[Vv]estigingsadres)[ \t]*:?)[ \t]+)(?!(?:Kamer|Zaal|Balie|Loket|Verdieping|Etage|Ingang|Spreekkamer|Gebouw|Blok|Vleugel|Ruimte|Lokaal|Bureau|Tafel|Zone|Hal|Afdeling|Route|Bus|Lijn|Spoor|Perron|Stap|Fase|Week|Dag|Groep)(?![\p{L}]))\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}[ \t]+\d{1,4}[a-z]?(?=[ \t]*(?:[,;)\n]|\.(?!\d)|$|[ \t]+(?:in|te)[ \t]+\p{Lu}))/gu;
// A table column headed "Adres"/"Woonadres"/"Straat" ("naam;geboortejaar;adres;…"): a cell that is a
// capitalised name + house number is a street, also without a street word ("Bovenstreek 14"); the cell ends there.
const ADDRESS_HEADER_HINT = /(?<![\p{L}])(?:adres|woonadres|huisadres|straat|straat[ \t]*\+[ \t]*(?:nr|huisnr|huisnummer))(?![\p{L}])/iu;
const ADDRESS_HEADER_CELL = /^(?:adres|woonadres|huisadres|straat(?:[ \t]*\+[ \t]*(?:nr|huisnr|huisnummer)\.?)?)$/iu;
// (also with a floor after the number: "| De Rede 40 zw |", "Kerkstraat 3 hs")
const ADDRESS_CELL = /^(?:(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|het|'t|ter|ten|en)[ \t]+){0,4}\p{Lu}[\p{L}'’-]+[ \t]+\d{1,4}(?:[ \t]?[a-zA-Z]|[ \t]?-[ \t]?(?:\d{1,3}|[A-Z]{1,3})|[ \t]?bis)?(?:[ \t](?:hs|zw|bg|huis|boven|beneden))?$/u;
// An Urk address: "Wijk 4-63", "Wijk 2-115" (the island numbers its houses by ward and house).
const URK_WARD_ADDRESS_RE = /(?<![\p{L}])Wijk[ \t]+\d{1,2}-\d{1,3}(?![\p{N}-])/gu;
// The value of an address field at the start of a line is the address, also when the street has no street word and opens
// with a capitalised preposition: "Adres: Op de Kamp 112", "Woonadres: In de Wolken 3" (the postcode may follow on its own line);
// also with a floor after the number ("Nieuw adres: Nieuwstad 41 zw, 1381 CB Weesp").
const ADDRESS_FIELD_RE = /(?<=(?:^|\n)[ \t]*(?:[-*•|][ \t]*)?(?:[Ss]traat(?:naam)?[ \t]+(?:en|\+|&)[ \t]+(?:huisnummer|huisnr\.?|nr\.?)|[Aa]dres|[Ww]oonadres|[Hh]uisadres|[Vv]erblijf(?:s)?adres|[Nn]ieuw[ \t]+adres|[Oo]ud[ \t]+adres)[ \t]*[:|][ \t]*)\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|de|den|der|het|'t|van|ter|ten|aan|op|in|bij)){0,4}[ \t]+\d{1,4}(?:[ \t]?[a-zA-Z](?![\p{L}])|-\d{1,3}(?![\p{N}]))?(?:[ \t](?:hs|zw|bg|huis|boven|beneden)(?![\p{L}]))?(?=[ \t]*(?:[,;\n|]|$))/gu;
// A French (Walloon, Belgian) street + number before a comma or a postcode: "Rue de l'Église 27, 4720 Kelmis", "Avenue
// Louise 54, 1050 Bruxelles" (its head word and particles; one or two capitalised name words).
const FRENCH_STREET_RE = /(?<![\p{L}])(?:Rue|Avenue|Chaussée|Boulevard|Chemin|Allée|Quai|Impasse|Place)[ \t]+(?:(?:de|du|des|la|le)[ \t]+|[dl]['’])*\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:de|du|des|la|le)[ \t]+|[dl]['’])*\p{Lu}[\p{L}'’-]+)?[ \t]+\d{1,4}[a-zA-Z]?(?=[ \t]*(?:,|\n[ \t]*\d{4}[ \t]))/gu;
// A Polish street address: "ul. Długa 14/3", "ul. Ogrodowa 17", "ul. Jana Pawła II 5" ("ul." = ulica, street).
// Also a street written out after "przy ulicy"/"na ulicy" (at/in the street), the word itself outside: "Mój syn mieszka
// w Alkmaar, przy ulicy Ritsevoort 30".
const POLISH_STREET_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|[IVX]{1,4}))*[ \t]+\d{1,4}[a-zA-Z]?(?:[ \t]*\/[ \t]*\d{1,4}[a-zA-Z]?)?(?![\p{L}\p{N}])`;
const POLISH_ULICA_STREET_RE = new RegExp(String.raw`(?<=(?<![\p{L}])(?:przy|na|z)[ \t]+ulicy[ \t]+)${POLISH_STREET_NAME}`, "gu");
// (also the Ukrainian "vul." (vulytsia): "vul. Sumska 72, apt. 15, 61022 Kharkiv")
const POLISH_STREET_RE = new RegExp(String.raw`(?<![\p{L}])v?ul\.[ \t]*${POLISH_STREET_NAME}`, "gu");
// "05-09: huisbezoek Windmolen 38 Mijdrecht", "17-01: huisbezoek Godsacker 9.", "huisbezoek Nieuwe Poort 19 met collega": a
// capitalised name + house number right after "huisbezoek" is where the visit was, a street also without a street word (not
// a time or a date: "huisbezoek Bram 14:00", "huisbezoek Stramproy 4/12"; not a known place or first name).
// An English street address, the number first: "14 Glenville Road, Ballincollig, Cork", "7 Bridge Street\nKilkenny" (not a
// year: "2019 Apple Park"). A capitalised word between it and a known town ("…Road, Ballincollig, Cork") is a place too.
const ENGLISH_STREET_RE = /(?<![\p{L}\p{N}.,\/-])(?!(?:19|20)\d\d[ \t])\d{1,4}[A-Za-z]?[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:Road|Street|Avenue|Lane|Drive|Close|Crescent|Terrace|Gardens|Grove)(?=[ \t]*(?:,|\n|$))/gu;
const ENGLISH_PLACE_BETWEEN_RE = /^,[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?),[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+)?)(?![\p{L}])/u;
const HOME_VISIT_ADDRESS_RE = /(?<![\p{L}])(?:[Hh]uisbezoek|HB)[ \t]+((?:(?:Nieuwe|Oude|Grote|Kleine|Lange|Korte|Hoge|Lage|De|Het|Den|Sint)[ \t]+)?(\p{Lu}\p{Ll}[\p{L}'’-]*)[ \t]+\d{1,4}(?:[ \t]?[a-zA-Z](?![\p{L}])|-\d{1,3}(?![\p{N}])|-[A-Z](?![\p{L}]))?)(?=[ \t]*(?:[,;)]|[.:](?!\d)|\n|$|[ \t](?:in|te|met|samen|bij|om|en)(?![\p{L}])|[ \t]\p{Lu}))/gu;
function pushAddresses(text: string, out: Candidate[]) {
  for (const m of may(/[Hh]uisbezoek|HB/.test(text)) ? allMatches(HOME_VISIT_ADDRESS_RE, text) : []) {
    const lex = lexicons();
    if (lex.places.phrases.has(phraseKey(m[2])) || lex.firstNames.has(m[2])) continue;
    const s = m.index + m[0].length - m[1].length;
    out.push({ s, e: s + m[1].length, label: "adres", prio: PRIO.adres - 2 });
  }
  // ADDRESS_FIELD_RE: "adres" (or "Straat en huisnummer") + ":" (case-sensitive first letter only; a tab may stand for the blank).
  // (also a table row: "| Adres | Hekendorpse Buurt 24 |")
  for (const m of may(/(?:adres|huisnummer|huisnr\.?|nr\.?)[ \t]*[:|]/i.test(text)) ? allMatches(ADDRESS_FIELD_RE, text) : [])
    out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres - 2 });
  for (const m of may(text.includes("Wijk")) ? allMatches(URK_WARD_ADDRESS_RE, text) : []) out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres });
  for (const m of may(text.includes("ul.")) ? allMatches(POLISH_STREET_RE, text) : []) {
    out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres });
    // (a five-digit postcode right after it, the town left out: "address vul. Sumska 45, 61000.")
    const code = /^,[ \t]*(\d{5}|\d\d-\d{3})(?=[ \t]*(?:[.,;)\n]|$))/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    if (code) { const s = m.index + m[0].length + code[0].length - code[1].length; out.push({ s, e: s + code[1].length, label: "postcode", prio: PRIO.postcode }); }
  }
  for (const m of may(text.includes("ulicy")) ? allMatches(POLISH_ULICA_STREET_RE, text) : []) out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres });
  for (const m of may(/(?:Rue|Avenue|Chaussée|Boulevard|Chemin|Allée|Quai|Impasse|Place)[ \t]/.test(text)) ? allMatches(FRENCH_STREET_RE, text) : []) out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres });
  for (const m of may(/(?:Road|Street|Avenue|Lane|Drive|Close|Crescent|Terrace|Gardens|Grove)(?![\p{L}])/u.test(text)) ? allMatches(ENGLISH_STREET_RE, text) : []) {
    const e = m.index + m[0].length;
    out.push({ s: m.index, e, label: "adres", prio: PRIO.adres });
    const between = ENGLISH_PLACE_BETWEEN_RE.exec(text.slice(e, e + 80));
    const places = lexicons().places.phrases;
    if (!between || !places.has(phraseKey(between[2])) || places.has(phraseKey(between[1]))) continue;
    const s = e + between[0].indexOf(between[1]);
    out.push({ s, e: s + between[1].length, label: "plaats", prio: PRIO.placeContext });
  }
  if (may(ADDRESS_HEADER_HINT.test(text) && /\d/.test(text)))
    scanTables(text, ADDRESS_HEADER_HINT, (h) => (ADDRESS_HEADER_CELL.test(h) ? "adres" : null), (_, at, cell) => {
      if (!ADDRESS_CELL.test(cell) || NOT_BRACKET_STREET_WORDS.has(cell.split(/[ \t]+/)[0].toLowerCase())) return;
      out.push({ s: at, e: at + cell.length, label: "adres", prio: PRIO.adres - 1 });
    });
  for (const m of may(/(?:(?:kantoor|huis|centrum|plein|ocatie|theek|ebouw|winkel)(?:[ \t]+\p{Lu}[\p{L}'’-]+)?,|ocatie|estiging|adres)[ \t]+\p{Lu}/iu.test(text)) ? allMatches(LOCATION_ADDRESS_RE, text) : [])
    out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres - 2 });
  // The full street pattern is slow to try at every position: only run it in windows around a hint.
  let windowEnd = -1;
  for (const hint of may(addressHintPossible(hints(text).low)) ? allMatches(ADDRESS_HINT_RE, text) : []) {
    // (a hint near the window's end, whose street and number may run past it, opens a window of its own:
    // "Wedderweg 2a;…;klusjes en tuin\nMarchien Ellens;1970;Hoofdstraat 121" lost the second street)
    if (hint.index + hint[0].length + 12 <= windowEnd) continue;
    // Match inside a bounded window so a long run of street-like words cannot make this quadratic.
    const from = Math.max(0, hint.index - 90);
    windowEnd = hint.index + hint[0].length + 60;
    const windowText = text.slice(from, windowEnd);
    for (const m of allMatches(ADDRESS_RE, windowText)) {
      // May run on: cut by the window. The next hint at or after its start opens a new window that holds it whole
      // ("…adres Marco Pololaan 233, terwijl ze woont op Vasco da Gamalaan 19 bis": the second street ends at the
      // first window's edge).
      if (m.index + m[0].length >= windowText.length && windowEnd < text.length) {
        windowEnd = Math.min(windowEnd, from + m.index);
        continue;
      }
      // "Bijeenkomst 2 is op 17 september", "Samenkomst 3": a noun on -komst is no street abbreviated to "-st".
      if (/\p{Ll}komst$/u.test(m[1])) continue;
      // "Eerst 4 weken, daarna …", "Herfst 2024": an ordinary word on -st is no street abbreviated to "-st" either.
      if (/(?:^|\s)(?:Eerst|Herfst|Angst|Winst|Kunst|Dienst|Vangst|Oogst|Gunst|Dorst|Lijst|Tekst|Feest|Geest|Rest|Test|Lust|Last)$/u.test(m[1])) continue;
      m.index += from;
      pushAddress(text, m as RegExpExecArray, out);
    }
  }
  addressesBeforePlaces(text, out);
  // PLACE_THEN_STREET_RE: "(" or "," after the place.
  if (may(text.includes("(") || text.includes(","))) placeThenStreet(text, out);
  // LOWER_ADDRESS_RE and LOWER_ADDRESS_COMMA_RE end the street in one of LOWER_STREET_ENDS (case-sensitive).
  const lowerStreet = may(hasAny(text, LOWER_STREET_ENDS));
  // The street may open with a lower-case adjective ("groene kruisweg 312", "oude kerkstraat 4"): its last word is tested.
  // (also uninflected "oud/nieuw", "op oud loosdrechtsedijk 3", and after a declined adjective the bare street word: "op hoge dijk 7", "lange laan 14")
  for (const m of lowerStreet ? allMatches(LOWER_ADDRESS_RE, text) : []) {
    if (NOT_LOWER_STREETS.test(m[1].split(/[ \t]+/).pop()!)) continue;
    out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres - 2 });
  }
  // "is vanaf volgende maand op keizersveld 61 in venray": a lower-case street name without a street
  // word + number after "op/aan", followed by "in/te" + a known place (not "op pagina 5 in …", "op zondag 12 in …").
  // (Also a lower-case street word after "op de/aan de": "die koffiebar op de markt 3 in elst", "aan de kade 12 in urk".)
  for (const m of may(/(?:op|aan)[ \t]+(?:de[ \t]+)?\p{Ll}{4,}[ \t]+(?:\d|noord|oost|zuid|west)/u.test(text) && /\d[a-z]?[ \t]+(?:in|te)[ \t]/.test(text)) ? allMatches(LOWER_BARE_STREET_IN_PLACE_RE, text) : []) {
    const word = m[1].split(/[ \t]/)[0];
    if (NOT_BRACKET_STREET_WORDS.has(word) || LOWER_NOT_STREET.test(word) || !lexicons().places.phrases.has(phraseKey(m[2]))) continue;
    const s = m.index + m[0].indexOf(m[1]);
    out.push({ s, e: s + m[1].length, label: "adres", prio: PRIO.adres - 2 });
  }
  // "woont ie nog op slotjesveld 27 toch?", "woont nu aan de molenakker 4": after a verb of living (+ a
  // pronoun or adverbs) "op/aan" + a lower-case name + a house number is the address, also without a street word.
  for (const m of may(/(?:woon|wonen|verhuis|ingeschreven|bij|zit|zat)/.test(text)) ? allMatches(LIVE_LOWER_ADDRESS_RE, text) : []) {
    const word = m[1].split(/[ \t]/)[0];
    if (NOT_BRACKET_STREET_WORDS.has(word.toLowerCase()) || LOWER_NOT_STREET.test(word) || lexicons().common.has(word.toLowerCase())) continue;
    // (capitalised, "woont ze nog op Tussen Meer 26?": not a known place, "woont op Texel 2 jaar" is cut by the
    // lookahead, "woont op Urk 3 straten verder" here)
    if (/^\p{Lu}/u.test(m[1]) && lexicons().places.phrases.has(phraseKey(m[1]))) continue;
    const s = m.index + m[0].length - m[1].length - m[2].length - m[3].length;
    out.push({ s, e: m.index + m[0].length, label: "adres", prio: PRIO.adres - 2 });
  }
  // "is dat die van de Bestevaer 112?", "die van Kraaiennest 88, toch?": in a chat "die van" (the one from) + a capitalised
  // name + a house number closing the clause is the address, also without a street word (not "die van Groep 7",
  // "die van Windows 10", a first name, a surname without an article ("die van Jansen 3"), a common word, a known place
  // or organisation).
  for (const m of may(text.includes("die van")) ? allMatches(THE_ONE_FROM_ADDRESS_RE, text) : []) {
    const word = m[1].split(/[ \t]/)[0];
    if (NOT_BRACKET_STREET_WORDS.has(word.toLowerCase()) || lexicons().common.has(word.toLowerCase()) || lexicons().firstNames.has(word) || lexicons().ambiguousFirstNames.has(word) ||
      (!/(?:de|het)[ \t]+$/.test(m[0].slice(0, m[0].length - m[1].length)) && lexicons().surnames.has(word)) || lexicons().places.phrases.has(phraseKey(m[1].replace(/[ \t]+\d.*$/, ""))) || lexicons().institutions.phrases.has(phraseKey(m[1].replace(/[ \t]+\d.*$/, "")))) continue;
    const s = m.index + m[0].length - m[1].length;
    out.push({ s, e: m.index + m[0].length, label: "adres", prio: PRIO.adres - 2 });
  }
  // "een kleine woning van Goed Wonen aan de Haageijk 17 met zijn neef": a home noun earlier in the clause + "aan de" + a
  // name + a house number is the address, also without a street word.
  for (const m of may(/woning|huis|flat|appartement/i.test(text)) ? allMatches(HOME_ADDRESS_RE, text) : []) {
    const word = m[1].split(/[ \t]/)[0];
    if (NOT_BRACKET_STREET_WORDS.has(word.toLowerCase()) || LOWER_NOT_STREET.test(word) || lexicons().common.has(word.toLowerCase()) || lexicons().places.phrases.has(phraseKey(m[1]))) continue;
    const s = m.index + m[0].length - m[1].length - m[2].length - m[3].length;
    out.push({ s, e: m.index + m[0].length, label: "adres", prio: PRIO.adres - 2 });
  }
  for (const m of lowerStreet ? allMatches(LOWER_ADDRESS_COMMA_RE, text) : []) {
    if (NOT_LOWER_STREETS.test(m[1])) continue;
    out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres - 2 });
  }
  // CURACAO_STREET_RE: the Papiamento street word "Kaya" (case-sensitive).
  for (const m of may(/Kaya[ \t]/.test(text)) ? allMatches(CURACAO_STREET_RE, text) : []) out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres });
  // SIDE_ADDRESS_RE: a side marker ZZ/NZ/OZ/WZ or "Z.Z."/"O.z." (case-sensitive).
  for (const m of may(/[NZOW](?:Z|\.[ \t]?[Zz]\.)/.test(text)) ? allMatches(SIDE_ADDRESS_RE, text) : []) out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres - 2 });
  // NUMBER_FIRST_ADDRESS_RE: nr|nummer|huisnummer.
  for (const m of may(text.includes("nr") || text.includes("nummer")) ? allMatches(NUMBER_FIRST_ADDRESS_RE, text) : []) out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres - 2 });
  // PREP_ADDRESS_RE: aan de|aan het|aan|op de|op|wonende|wonend|woonachtig|gevestigd.
  for (const m of may(/(?:aan|op|naar)[ \t]+(?:de|het)[ \t]+\p{Ll}/u.test(text)) ? allMatches(LOWER_PREP_PLACE_ADDRESS_RE, text) : []) {
    const places = lexicons().places;
    if (NOT_STREET_WORDS.has(m[1]) || !places.phrases.has(m[2].toLowerCase()) || places.phrases.has(m[1]) || !LIVING_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres - 2 });
  }
  for (const m of may(hasAny(text, PREP_ADDRESS_WORDS)) ? allMatches(PREP_ADDRESS_RE, text) : []) {
    // "wonende De Skalm 3": after an article the next word is tested ("aan de Markt" stays a common word).
    const words = m[1].split(/\s+/);
    const street = (/^(?:De|Het|'t|It)$/.test(words[0]) && words.length > 2 ? words[1] : words[0]).toLowerCase();
    // (a capitalised article inside the sentence makes a common word a name: "bij It's Kringloop aan De Noord 12 in Dronten")
    if (m[0].startsWith("at") && !m[0].startsWith("at the") && !/^[ \t]+in[ \t]+\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    // (a bare "naar" only after a word of moving house in the clause: "We verhuizen ook naar Wijchen, naar Koningsdaal 5.")
    if (/^naar[ \t]/.test(m[0]) && !/^naar[ \t]+(?:de|het)[ \t]/.test(m[0]) && !LIVING_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    const articled = /^(?:De|Het|'t)$/.test(words[0]) && words.length > 2 && /(?:aan|op)[ \t]+$/.test(text.slice(Math.max(0, m.index + m[0].length - m[1].length - 5), m.index + m[0].length - m[1].length));
    if ((lexicons().common.has(street) && !articled) || NOT_STREET_WORDS.has(street)) continue;
    // In chat style the place after it may be in lower case ("ze woont nu op Venne 14 in winschoten"): only a known place.
    const lowPlace = m.groups?.lowPlace?.split(/[ \t]/);
    if (lowPlace && !lowPlace.some((_, n) => lexicons().places.phrases.has(phraseKey(lowPlace.slice(0, n + 1).join(" "))))) continue;
    const s = m.index + m[0].length - m[1].length;
    out.push({ s, e: m.index + m[0].length, label: "adres", prio: PRIO.adres - 2 });
  }
}

// "ingeschreven bij zijn moeder op Kaya Kanari 27, Willemstad", "Kaya Flamboyan 14": the Papiamento word for street on
// Curaçao, Aruba and Bonaire, before the street's name and a house number (not a Turkish name and an age, "Kaya Yilmaz 23 jaar").
const CURACAO_STREET_RE = /(?<![\p{L}])Kaya[ \t]+(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}\d{1,4}[a-zA-Z]?(?![\p{L}\p{N}]|[ \t]*(?:jaar|jr|j\.)(?![\p{L}]))/gu;
// "Moleneind ZZ 48a", "Dorpsstraat N.Z. 12": the side of a canal or village street (zuidzijde, noordzijde …) between a
// name and a house number marks a street, also without a street word.
// (also "Nieuwe Gouwe O.z. 58": a lower-case "z." and up to two capitalised words before the name)
const SIDE_ADDRESS_RE = /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}'’-]+[ \t]+){0,2}\p{Lu}[\p{L}'’-]{2,40}[ \t]+(?:[NZOW]Z|[NZOW]\.[ \t]?[Zz]\.)[ \t]+\d{1,4}(?:[ \t]?[a-zA-Z](?![\p{L}])|-\d{1,3}(?![\p{N}]))?(?![\p{L}\p{N}]|[.,]\d)/gu;
// Chat style: "die van zuiderparkweg 212", "verhuisd naar oostergoostraat 14a", "op de ringbaan-oost 311": a lower-case street compound + number
// after a preposition or "woont"; a bare "aaaweg 1" is left alone (DEDUCE's regression case).
// (Also a street named after a titled person, in lower case: "naar prins bernhardlaan 130", "op burgemeester
// de withstraat 4", "aan koningin julianaweg 12".)
// (also after "naast", "tegenover", "langs": "ingang via steeg naast kerkstraat 81")
// (Also a street that opens with a lower-case adjective: "van groene kruisweg 312", "op oude kerkstraat 4"; or with another
// word, often a person's first name: "op aagje dekenstraat 14b".)
const LOWER_ADDRESS_RE = /(?<=(?:^|[^\p{L}])(?:van|naar|op|aan|de|het|adres:?|woont|woonde|wonen|verhuisd|bij|uit|nu|naast|tegenover|langs)[ \t]+)((?:(?:prins|prinses|koning|koningin|burgemeester|burg\.|pastoor|pater|dominee|dokter|generaal|graaf|gravin|hertog|hertogin|admiraal|kapitein|professor|president|sint|jonkheer)[ \t]+(?:(?:van|de|der|den|ter|ten)[ \t]+){0,2}|(?:oude|nieuwe|lange|korte|grote|kleine|hoge|lage|brede|smalle|groene|witte|zwarte|rode|blauwe|gouden|zilveren|oud|nieuw)[ \t]+|(?!(?:de|het|een|mijn|zijn|haar|ons|onze|hun|die|dat|deze|ook|nog|nu|al|weer|toch|naar|van|op|aan|bij|in)[ \t])\p{Ll}{3,}[ \t]+(?=\p{Ll}{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|hof)[ \t]+\d))?(?:(?:\p{Ll}{2,}-){0,2}\p{Ll}{3,}|(?<=(?:oude|nieuwe|lange|korte|hoge|lage|brede|smalle)[ \t]+))(?:straat|straatweg|straot|stroat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|plantsoen|hof|pad|haven|bocht|strjitte|wei|leane|dyk|paad|vaart|baan)(?:-(?:oost|west|noord|zuid))?)[ \t]+\d{1,4}(?:[ \t]?[a-z](?![\p{L}])|-\d{1,3}(?![\p{N}]))?(?![\p{L}\p{N}]|[.,]\d|\s*(?:uur|keer|jaar|km|kilometer|minuten|min|meter|m|euro|%|procent|dagen|weken|x|rondjes|rondes|stuks|mensen|personen)\b)/gu;
const THE_ONE_FROM_ADDRESS_RE = /(?<![\p{L}])die van[ \t]+(?:(?:de|het)[ \t]+)?(\p{Lu}\p{Ll}{3,}(?:[ \t]+\p{Lu}\p{Ll}{2,})?[ \t]+\d{1,4}[a-z]?)(?=[ \t]*(?:[?,;]|\n|$)|[ \t]+(?:in|te)[ \t]+\p{L})/gu;
const HOME_ADDRESS_RE = /(?<![\p{L}])(?:[Ww]oning|huurwoning|[Hh]uis|huurhuis|rijtjeshuis|[Ff]lat|flatje|[Aa]ppartement|benedenwoning|bovenwoning|eengezinswoning|seniorenwoning)(?![\p{L}])[^\n.;:!?()]{0,40}?[ \t]aan[ \t]+(?:de|het)[ \t]+(\p{Lu}\p{Ll}{3,}(?:[ \t]+\p{Lu}\p{Ll}{2,})?)([ \t]+)(\d{1,4}(?:[a-z](?![\p{L}])|-\d{1,3}(?![\p{N}]))?)(?![\p{L}\p{N}]|[.,]\d|\s*(?:uur|keer|jaar|km|kilometer|minuten|min|meter|m|euro|%|procent|dagen|weken|x|hoog|verdiepingen)(?![\p{L}]))/gu;
// (Also staying with family: "zit nu bij mn moeder op kuileneind 23", "slaapt bij zijn zus aan de vaart 12"; and "zit nu op"
// after a move: "ze is verhuisd, ze zit nu op noordzijde 31b".)
const LIVE_LOWER_ADDRESS_RE = /(?<![\p{L}])(?:woont|woonde|wonen|woon|verhuisd|verhuist|ingeschreven|(?:zit|zat)(?=[ \t]+(?:nu|tegenwoordig|inmiddels)[ \t]+op[ \t])|(?:zit|zat|slaapt|sliep|logeert|logeerde|verblijft|woont)(?:[ \t]+(?:nu|nog|al|tijdelijk|even))*[ \t]+bij[ \t]+(?:mn|m'n|mijn|zn|z'n|zijn|haar|d'r|hun|je|jouw)[ \t]+(?:moeder|vader|ouders|oma|opa|zus|broer|tante|oom|vriendin|vriend|moeke|ma|pa|schoonmoeder|schoonouders))(?:[ \t]+(?:ie|ze|hij|zij|je|jij|u|nu|nog|al|toch|daar|dan|weer|gewoon|inmiddels|tegenwoordig|alleen|samen|zelfstandig|sinds[ \t]+kort)){0,3}[ \t]+(?:op|aan[ \t]+de|aan[ \t]+het|aan)[ \t]+(?!(?:[Hh]uisnummer|[Nn]ummer|[Hh]uisnr|[Kk]amer|[Kk]amernummer|[Ee]tage|[Vv]erdieping)(?![\p{L}]))((?:\p{Ll}{4,}|\p{Lu}\p{Ll}{3,})(?:[ \t]+(?:\p{Ll}{3,}|\p{Lu}\p{Ll}{2,}))?)([ \t]+)(\d{1,4}(?:[a-z](?![\p{L}])|-\d{1,3}(?![\p{N}]))?)(?![\p{L}\p{N}]|[.,]\d|\s*(?:uur|keer|jaar|km|kilometer|minuten|min|meter|m|euro|%|procent|dagen|weken|x|hoog|verdiepingen)(?![\p{L}]))/gu;
// "fam de wit, kastanjelaan 17, morgen …": a lower-case street + number between commas (not a bare "aaaweg 1").
const LOWER_ADDRESS_COMMA_RE = /(?<=,[ \t]+)(\p{Ll}{3,}(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|plantsoen|hof|pad))[ \t]+\d{1,4}[a-z]?(?=[ \t]*(?:[,;]|\n|$))/gu;
// (also with a direction after the name: "bij mijn zus op handelskade oost 22 in musselkanaal")
const LOWER_BARE_STREET_IN_PLACE_RE = /(?<![\p{L}])(?:op|aan)[ \t]+(?:de[ \t]+(?=(?:markt|brink|kade|singel|dijk|haven)[ \t]+\d))?(\p{Ll}{4,}(?:[ \t]+(?:noord|oost|zuid|west|noordzijde|oostzijde|zuidzijde|westzijde))?[ \t]+\d{1,4}[a-z]?)[ \t]+(?:in|te)[ \t]+(\p{L}[\p{L}'’-]+)(?![\p{L}])/gu;
const LOWER_NOT_STREET = new RegExp(String.raw`^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|${MONTH_NAMES_NL}|bladzijde|pagina|plaats|positie|nummer|stand|niveau|tafel|kamer|locatie|afstand|ongeveer|minimaal|maximaal|zijn|haar|mijn|onze|hun|deze|die|dat|het|een)$`, "u");
// (also the Frisian street words: "op skoalstrjitte 14", "nei de tsjerkewei 3", "mûneleane 8", "seedyk 2")
const LOWER_STREET_ENDS = ["straat", "straot", "stroat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "dreef", "steeg", "plantsoen", "hof", "pad", "haven", "bocht", "strjitte", "wei", "leane", "dyk", "paad", "vaart", "baan"];
// (also the nouns on -vaart: "na de rondvaart 2 …", "van luchtvaart 2 …")
const NOT_LOWER_STREETS = /^(?:[a-z]*(?:scheep|lucht|ruimte|binnen|zee|bede|hemel|koop|plezier|rond|beroeps|kust|kruis|wel)vaart|snelweg|omweg|zijweg|zijstraat|hoofdweg|fietspad|voetpad|wandelpad|tuinpad|pad|binnenhof|speeltuinpad|zorgpad|binnenhaven|buitenhaven|jachthaven|zeehaven|veerhaven|vissershaven|luchthaven|haven|bocht)$/;
// "op nr. 12 in de Kerkstraat", "huisnummer 3 aan de Dorpsweg": the number before the street.
const NUMBER_FIRST_ADDRESS_RE = new RegExp(String.raw`(?<![\p{L}])(?:nr\.?|nummer|huisnummer)[ \t]*\d{1,4}[a-z]?[ \t]+(?:in|aan|op)[ \t]+(?:de|het)[ \t]+\p{Lu}[\p{L}'’-]*(?:${STREET_SUFFIX})(?![\p{L}])`, "gu");
// "aan de Kamperzand 114 in Lelystad", "woont op Kruitberg 318,": a capitalised name + house number after aan/op,
// closed by punctuation (also "?": "bij jullie vestiging aan de Varenschut 7?") or "in/te Place" (a street without a street word).
// Also after "wonende"/"woonachtig"/"gevestigd" in a letter ("wonende De Skalm 3, Drachten"), and with a capital letter
// or "bis" after the number ("Kruitberg 318A", "Venne 12 bis").
// Also after "(het) adres is" ("Het adres is Ravenswade 54c in Nieuwegein").
// Also before "via" + a capitalised name ("een kamer aan de Stouwe 11 via Wetland Wonen").
// Also a floor toevoeging ("wonend Vaart Zuidzijde 112 zw,"), "in de Wijk" after it ("aan de Schipper 14-51 in de
// Zuiderzeewijk") and, after "aan de/op de", a chat clause going on ("aan de Kamperzand 114 is t geloof ik").
// (Also "op het" ("op het Belfort 31 in Almere"), and a lower-case "en/van/de" inside the name ("woont op
// Meer en Vaart 301."))
// (And after "aan" a relative clause or "gaat/ging": "balie aan Onderdoor 25 gaat open", "kapsalon aan de Oude Dorp 12 die ze sloot".)
// (And after "naar de/het": "verhuisd naar de Kamp 14 in Oudeschoot"; after a bare "naar" only when moving house: "We verhuizen
// naar Koningsdaal 5.")
// (And after "aan/op de" a verb of place or "en" + a name going on: "op ons kantoor aan de Lavendelheide 20 kan …", "in de keuken
// aan de Weinterp 14 en Dmytro gaat …".)
// (And after the English "at", only with "in" + a place after it: "our warehouse at Kosterijland 48 in Bunnik", or as "at the"
// with the punctuation "aan de" needs: "stay with the host family at the Leijsenhoek 17?"; the Frisian "yn"
// for "in": "op Oudeburen 44 yn Lemmer".)
const PREP_ADDRESS_RE = /(?<![\p{L}])(?:aan de|aan het|aan|op de|op het|op|naar de|naar het|naar|at the|at|[Aa]dres[ \t]+(?:is|wordt|was)|wonende|wonend|woonachtig|gevestigd|(?<=(?:^|\n)[ \t]*(?:[-*•][ \t]*)?)(?:[Aa]dres|[Ww]oonadres|[Hh]uisadres|[Bb]ezoekadres|[Pp]ostadres)(?:[ \t]+(?:cliënt|client|klant|aanvrager))?[ \t]*:)[ \t]+((?:\p{Lu}[\p{L}'’-]+[ \t]+(?:(?:en|van|de|der|den)[ \t]+(?=\p{Lu}))?){0,2}\p{Lu}[\p{L}'’-]+[ \t]+\d{1,4}(?:[ \t]?[a-z](?![\p{L}])|[A-Z](?![\p{L}])|[ \t]bis(?![\p{L}])|-\d{1,3}(?![\p{N}])|-[A-Z]{1,3}(?![\p{L}]))?(?:[ \t](?:hs|zw|bg|huis|boven|beneden)(?![\p{L}]))?)(?=[ \t]*(?:[,;)?!\n]|\.(?!\d)|:(?!\d)|$)|[ \t]+(?:in|te|yn)[ \t]+(?:(?:de|het)[ \t]+)?\p{Lu}|[ \t]+via[ \t]+\p{Lu}|[ \t]+(?:in|te)[ \t]+(?<lowPlace>\p{Ll}[\p{Ll}'’-]{1,30}(?:[ \t]\p{Ll}[\p{Ll}'’-]{1,30}){0,2})(?![\p{L}])|(?<=(?:aan|op)[ \t]+de[ \t][^\n]{3,60})[ \t]+(?:is|was)[ \t]+(?:t|het|dat|toch|geloof|denk|volgens)(?![\p{L}])|(?<=(?:aan|op)[ \t]+de[ \t][^\n]{3,60})[ \t]+(?:woont|woonde|wonen|woonden|verblijft|kan|kon|ligt|lag|zit|zat|staat|stond)(?![\p{L}])|(?<=(?:aan|op)[ \t]+de[ \t][^\n]{3,60})[ \t]+en[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Ll}|(?<=(?:^|[^\p{L}])aan[ \t][^\n]{3,60})[ \t]+(?:die|dat|gaat|ging)[ \t](?!\d))/gu;
const PREP_ADDRESS_WORDS = ["aan", "op", "naar", "at", "wonend", "woonachtig", "gevestigd", "dres"];
// The same in a chat's lower case, only with a known place after "in/te" and a living word before it in the clause: "ze is
// verhuisd naar de kamp 14 in oudeschoot", "woont nu bij zn broer aan de mijzijde 41a in kamerik" (not "ze staat op de
// lijst 3 in Zwolle").
const LIVING_BEFORE = /(?:^|[^\p{L}])(?:woon|woont|woonde|wonen|verhuisd|verhuist|verhuizen|ingeschreven|adres|intrekken|trekt)(?![\p{L}])[^.\n!?;]*$/u;
const LOWER_PREP_PLACE_ADDRESS_RE = /(?<=(?:^|[^\p{L}])(?:aan|op|naar)[ \t]+(?:de|het)[ \t]+)(\p{Ll}{3,})[ \t]+\d{1,4}[a-z]?(?![\p{L}\p{N}])(?=[ \t]+(?:in|te)[ \t]+(\p{L}[\p{L}'’-]+))/gu;
// Ordinary nouns on -gang (also as the end of a compound: "hoofdingang", "nooduitgang", "spoorwegovergang").
const NOUN_GANG = /(?:ingang|uitgang|toegang|overgang|doorgang|voortgang|vooruitgang|achteruitgang|ondergang|opgang|afgang|omgang|rondgang|zijgang|loopgang|middengang|wandelgang|bijgang|teruggang|voorgang|achtergang|schoolgang|rechtsgang|kerkgang)$|^gang$/;
const NOT_STREET_WORDS = new Set("artikel hoofdstuk bijlage pagina blz week kamer stap fase niveau trede groep lijn bus tram kanaal nummer versie punt level blok sprint ronde kwartaal periode jaar dag tafel zaal lokaal plek stoel gate perron spoor route afrit uitgang ingang verdieping etage".split(" "));

const PERSON_LINE_STREET_RE = /(?<=(?<![\p{L}])(?:[Dd]hr|[Mm]w|[Mm]evr|[Mm]evrouw|[Mm]eneer|[Ff]amilie|[Ff]am)\.?[ \t]+(?:\p{Lu}[\p{L}.'’-]*[ \t]+|(?:van|de|der|den|el|al|ter|ten)[ \t]+){0,4}\p{Lu}[\p{L}'’-]+(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*[,/][ \t]*)(\p{Lu}[\p{L}'’-]+[ \t]+\d{1,4}(?:[a-zA-Z]|-\d{1,3}(?![\p{N}]))?)(?=[ \t]*(?:\n|$|[,/;]|\.(?:[ \t]|$))|[ \t]+(\p{Lu}[\p{L}'’-]+)[ \t]*(?:\n|$))/gu;
const COMMA_STREET_IN_PLACE_RE = /,[ \t]+((?:\p{Lu}[\p{L}'’-]+[ \t]+){0,2}\p{Lu}[\p{L}'’-]+[ \t]+\d{1,4}(?:[ \t]?[a-z](?![\p{L}])|-\d{1,3}(?![\p{N}]))?)[ \t]+(?:in|te)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+)?)(?![\p{L}])/gu;
// "in Holendrecht (Hoogoord 221)", "woont in Kanaleneiland, Marco Pololaan 12.": a name + house number in brackets or
// after a comma right after a known place is the street in that place (streets without a street word: Amsterdam
// Zuidoost, Lelystad, Frisian villages). Not "in Zwolle (groep 7)", "in Emmen (Bijlage 3)", "in Assen, Week 12".
// (Also in chat style: a known place in lower case and a hedge after the number: "in sprang-capelle, Vrijhoeve 4 ofzo";
// and a known place opening a line or a chat message: "[09:05] Roy: Bijlmer, Gravestein 48.")
const PLACE_THEN_STREET_RE = /(?:(?<![\p{L}])(?:in|te|uit|naar)[ \t]+|(?<=(?:^|\n|:)[ \t]*))(\p{L}[\p{L}'’-]+(?:[ \t-]\p{L}[\p{L}'’-]+)?)[ \t]*(?:\([ \t]*|,[ \t]+)((\p{Lu}[\p{L}'’-]+)(?:[ \t]+(?:\p{Lu}[\p{L}'’-]+|van|de|der|den|da|la|le)){0,3}[ \t]+\d{1,4}(?:[ \t]?[a-zA-Z](?![\p{L}])|-\d{1,3}(?![\p{N}])|[ \t]bis(?![\p{L}]))?)(?=[ \t]*(?:[),;\n]|\.(?!\d)|$)|[ \t]+(?:ofzo|of[ \t]+zo|toch|geloof[ \t]+ik|denk[ \t]+ik)(?![\p{L}]))/gu;
const NOT_BRACKET_STREET_WORDS = new Set([...NOT_STREET_WORDS, ..."paragraaf module deel les gebouw toren klas unit sectie afdeling leerjaar editie seizoen aflevering casus vraag opdracht thema optie variant scenario categorie schaal tabel figuur regel lid vak team huis nr no windows ios android iphone".split(" ")]);
function placeThenStreet(text: string, out: Candidate[]) {
  for (const m of allMatches(PLACE_THEN_STREET_RE, text)) {
    const first = m[3].toLowerCase();
    // (also a neighbourhood-shaped name: "in Atolwijk, Hollandse Hout 42-3"; a two-word name after a comma may start
    // with a common word there)
    const twoWordsAfterComma = /^[^(]*,/.test(m[0].slice(0, m[0].length - m[2].length)) && /^\S+[ \t]+\p{Lu}\S*[ \t]+\d/u.test(m[2]);
    if (NOT_BRACKET_STREET_WORDS.has(first) || (lexicons().common.has(first) && !twoWordsAfterComma) || !(lexicons().places.phrases.has(phraseKey(m[1])) || /^\p{Lu}\p{Ll}{2,}(?:wijk|buurt)$/u.test(m[1]))) continue;
    // (a lower-case place only as one known, unambiguous name: not "in goes, Markt 3")
    if (/^\p{Ll}/u.test(m[1]) && (/[ \t]/.test(m[1]) || lexicons().ambiguousPlaces.has(phraseKey(m[1])))) continue;
    // "in Zwolle (Kampen 3)": no street (a two-word district named like a street after a comma is one: Lelystad's
    // "Hollandse Hout 42-3")
    if (!twoWordsAfterComma && lexicons().places.phrases.has(phraseKey(m[2].replace(/[ \t]+\d.*$/, "")))) continue;
    const s = m.index + m[0].length - m[2].length;
    out.push({ s, e: s + m[2].length, label: "adres", prio: PRIO.adres - 1 });
  }
}

const NOT_STREET_PLAATS = /(?:^|[ \t-])(?:\p{Lu}\p{Ll}*)?(?:[Ww]oon|[Ww]erk|[Ss]tage|[Pp]arkeer|[Ss]tand|[Ll]ig|[Vv]erblijf|[Gg]eboorte|[Ss]laap|[Oo]pvang|[Ss]peel|[Zz]it|[Ss]ta|[Ll]eer|[Vv]estigings|[Oo]ntmoetings|[Ss]tem|[Kk]ampeer|[Bb]ouw|[Ee]ind|[Uu]itgangs|[Vv]ind|[Ww]issel|[Ss]chuil|[Ss]tal|[Rr]ust|[Bb]egraaf|[Mm]arkt|[Dd]ag|[Ww]oonzorg|[Ll]aad|[Ss]tort|[Ss]ta|[Rr]eserverings|[Vv]ertrek|[Pp]laats|[Bb]ehandel|[Ww]acht|[Ss]tudie|[Oo]pleidings|[Ss]port|[Vv]rijwilligers|\p{Ll}+ings)plaats$/u;
const STREET_SUFFIX_END_RE = new RegExp(String.raw`(?:${STREET_SUFFIX})$`, "u");
function pushAddress(text: string, m: RegExpExecArray, out: Candidate[]) {
  {
    // Drop leading words that are not part of the street name ("Adres:", "aan de", "woont aan de").
    const words = m[1].split(/\s+/);
    let drop = 0;
    while (drop < words.length - 1 && (ADDRESS_STOP_WORDS.has(words[drop].toLowerCase().replace(/[:.]$/, "")) || /^\p{Ll}/u.test(words[drop]))) drop++;
    // "Aachen. Ook Hauptstraße 5": a word of five or more letters with a full stop ends a sentence before the street
    // (abbreviations in street names are shorter: "Burg. de Withstraat", "Prof. Gerbrandyweg").
    for (let w = words.length - 2; w >= drop; w--) if (/^\p{L}{5,}[.!?]$/u.test(words[w])) { drop = w + 1; if (drop < words.length - 1 && lexicons().common.has(words[drop].toLowerCase())) drop++; break; }
    while (drop < words.length - 1 && (ADDRESS_STOP_WORDS.has(words[drop].toLowerCase().replace(/[:.]$/, "")) || /^\p{Ll}/u.test(words[drop]))) drop++;
    const skipped = words.slice(0, drop).join(" ");
    // "Rotterdam Zuid 12 jaar", "in Schiedam 3 keer": a known place with a direction, or after in/uit/naar/te, is no
    // street ("adres is Kraaiennest 88" stays an address).
    const street = words.slice(drop).join(" ");
    const bare = street.replace(/[ \t-](?:Noord|Zuid|Oost|West)$/, "");
    // Belgian squares and quays ("Kioskplaats 44", "Jordaenskaai 3", "Frankrijklei 12"); a place noun on
    // -plaats ("Werkplaats 2", "Parkeerplaats 4", "Stageplaats 1") or a word on -lei that is no street ("Klei 3") is none.
    if (/plaats$/u.test(street) && NOT_STREET_PLAATS.test(street)) return;
    if (/lei$/u.test(street) && !/\p{L}{4,}lei$/u.test(street)) return;
    // Alleys on -gang ("Nathaliegang 23", "Rozengang 4"); a noun on -gang ("Ingang 3", "Uitgang B 2", "Overgang 2",
    // "Zijingang 1", "Omgang 2") is none.
    if (/gang$/u.test(street) && (!/\p{L}{4,}gang$/u.test(street) || NOUN_GANG.test(street.toLowerCase()) || lexicons().common.has(street.toLowerCase()))) return;
    if ((bare !== street || /(?:^|[^\p{L}])(?:in|uit|naar|te)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 6), m.index) + skipped + (skipped ? " " : ""))) && lexicons().places.phrases.has(phraseKey(bare))) return;
    // "H.J. Lensink-Tenbrink  1962", "A. Hulshof             1960": a name on -brink/-hof in a
    // fixed-width table and a year in the next column (two or more blanks or a tab between them) is no address.
    const gap = m[0].slice(m[1].length, m[0].length - m[2].length);
    if (/^(?:19|20)\d\d$/.test(m[2]) && (/\t| {2,}/.test(gap))) return;
    // "Zoetermeer      Kringloopcentrum De Vondst          20": in a fixed-width row (a column gap earlier on the line) a
    // column gap before the number puts it in a column of its own (hours, an age), no house number.
    if (/\t| {2,}/.test(gap) && /(?:\t| {2,})\S/.test(text.slice(text.lastIndexOf("\n", m.index) + 1, m.index))) return;
    // "dossier overdragen aan Rotterdam. 3 van de 5": a known place closing a sentence before a number is no street.
    if (gap.startsWith(".") && lexicons().places.phrases.has(phraseKey(street))) return;
    // "A.J. Meijering         60", "Jan Hofstra    71" (an age or a number column): a person's name on a street
    // suffix (initials or a known first name before it) and a column gap before the number is no address.
    if (/\t| {2,}/.test(gap) && /^(?:(?:\p{Lu}\.){1,4}|\p{Lu}\p{Ll}+)[ \t]+\p{Lu}/u.test(m[1]) && (/^\p{Lu}\./u.test(m[1]) || lexicons().firstNames.has(m[1].split(/[ \t]+/)[0]))) return;
    // "Bbz-uitkering 2022", "WW-uitkering 2023": an abbreviation + a lower-case noun is a thing (a
    // benefit, a tax return) before a year or when the noun is an ordinary word, no street ("A-straat 5" stays).
    const abbrNoun = /(?:^|[ \t])\p{Lu}[\p{Lu}\p{Ll}]{0,5}-(\p{Ll}{3,})$/u.exec(street);
    if (abbrNoun && (/^(?:19|20)\d\d$/.test(m[2]) || lexicons().common.has(abbrNoun[1])) && !STREET_SUFFIX_LIST.includes(abbrNoun[1])) return;
    // "Mantelzorgwaardering 2025", "Verzekering 2024": a noun on -ering (a scheme, an insurance, a meeting) before a year
    // ends in "ring" like a street, but a house number that is a year is no address here.
    if (/\p{Ll}{2,}ering$/u.test(street) && PLAUSIBLE_YEAR.test(m[2])) return;
    // "RTL Boulevard Zomer 2024": a boulevard's name before a year is no address.
    if (/^Boulevard[ \t]+\p{Lu}/u.test(street) && PLAUSIBLE_YEAR.test(m[2])) return;
    let s = m.index + (drop ? m[0].indexOf(words[drop], skipped.length) : 0);
    // "onze buurman meneer Hofstede van Needseweg 61", "mw. Jansen van de Kerkstraat 4": after a person title
    // the surname and "van" say where the person lives; the street starts after "van" (and its article).
    // (The title may also open the match: "Mw. Brouwer van de Dorpsstraat 8" at the start of a line.)
    const titleLead = /^(?:dhr|mw|mevr|mvr|mnr|fam|meneer|mevrouw|mijnheer|heer|familie)\.?[ \t]+/iu.exec(text.slice(s, m.index + m[1].length));
    // (the person's name + "van" (+ article) at `from`, no street word, is skipped: the street starts after it)
    const streetAfterOwner = (from: number, lead: RegExp) => {
      const own = lead.exec(text.slice(from, m.index + m[1].length));
      return own && !STREET_WORD_LIST.includes(own[0].split(/[ \t]/)[0].toLowerCase()) ? from + own[0].length : s;
    };
    if (titleLead || /(?<![\p{L}])(?:dhr|mw|mevr|mvr|mnr|fam|meneer|mevrouw|mijnheer|heer|familie)\.?[ \t]+$/iu.test(text.slice(Math.max(0, s - 12), s)))
      s = streetAfterOwner(s + (titleLead ? titleLead[0].length : 0), OWNER_VAN_LEAD);
    // "mevrouw Wytske van der Meer van Stationsstraat 2b": a capitalised name + particles before it make its first word the
    // surname, and "van" after it says where she lives; the street starts after "van".
    if (/\p{Lu}\p{Ll}+[ \t]+(?:van[ \t]+)?(?:de|der|den|van|ter|ten)[ \t]+$/u.test(text.slice(Math.max(0, s - 30), s))) s = streetAfterOwner(s, SURNAME_VAN_LEAD);
    // "ik ben het Jessica van Dorpsstraat 20": a known first name + "van" before a street named after a thing (village,
    // church, mill, station …) is the person and where she lives; a street named after a person keeps its first name
    // ("Jan van Nassaustraat 12", "Willem van Oranjelaan 5").
    const firstLead = FIRST_NAME_VAN_THING_STREET.exec(text.slice(s, m.index + m[1].length));
    if (firstLead && lexicons().firstNames.has(firstLead[1])) s += firstLead[0].length;
    // "Ik bin Harm Nijland van de Hengevelderweg 17": a known first name and a known surname + "van (de)" before a one-word
    // street are the person and where he lives (a street named after a person glues the surname to the street word:
    // "Jan van der Heijdenstraat", "Willem van Oranjelaan").
    const fullLead = FULL_NAME_VAN_STREET.exec(text.slice(s, m.index + m[1].length));
    // (also an unknown surname after a self-introduction: "hei is Jupp Sieben van de Holzstraat 54", "met Toon Kerremans van de
    // Noordsingel 31", "mee Toon hier, Toon Kerremans van de …")
    if (fullLead && lexicons().firstNames.has(fullLead[1]) && (lexicons().surnames.has(fullLead[2]) || /(?:^|[^\p{L}])(?:is|bin|ben|hier|met|mee|mit),?[ \t]+$/iu.test(text.slice(Math.max(0, s - 7), s))) && !lexicons().firstNames.has(fullLead[2])) s += fullLead[0].length;
    // "naast mevrouw Van Dam op de Dorpsstraat 30": a name + "op de/aan de" before a street of its own (one word on a
    // street suffix) is where that person lives; the street starts after the preposition.
    const placeLead = /^[\p{L}'’ \t-]+?[ \t](?:op|aan)[ \t]+(?:de|het|den)[ \t]+(?=\p{Lu}[\p{L}'’-]*$)/u.exec(text.slice(s, m.index + m[1].length));
    if (placeLead && STREET_SUFFIX_END_RE.test(text.slice(s + placeLead[0].length, m.index + m[1].length))) s += placeLead[0].length;
    // A fixed-width table ("fam. Doornbos            Spoorgracht 19"): a column gap (a tab or two or
    // more blanks) ends the cell before the street; the address starts after it.
    const body = text.slice(s, m.index + m[1].length);
    const gapAt = body.search(/(?:\t| {2,})[^\t ]*(?:[ \t]?[^\t ]+)*$/u);
    if (gapAt >= 0 && /\t| {2,}/.test(body)) {
      const rest = /^[\t ]+/.exec(body.slice(gapAt))!;
      s += gapAt + rest[0].length;
    }
    out.push({ s, e: m.index + m[0].length, label: "adres", prio: PRIO.adres });
  }
}

function addressesBeforePlaces(text: string, out: Candidate[]) {
  // "Hoefslag 17, Nieuwegein": a capitalised word and a house number right before a known place.
  // BEFORE_PLACE_RE: "Street 12, Place".
  for (const m of may(text.includes(", ")) ? allMatches(BEFORE_PLACE_RE, text) : []) {
    const words = m[3].split(/\s+/);
    if (!words.some((_, n) => lexicons().places.phrases.has(phraseKey(words.slice(0, n + 1).join(" "))))) continue;
    const s = m.index;
    out.push({ s, e: s + m[1].length + m[2].length + 1, label: "adres", prio: PRIO.adres - 1 });
  }
  // LINE_BEFORE_POSTCODE_RE ends in a postcode: four digits in a row.
  for (const m of may(hints(text).run >= 4) ? allMatches(LINE_BEFORE_POSTCODE_RE, text) : []) {
    const s = m.index + m[0].indexOf(m[1]);
    // A street named after a person with a foreign particle is one street: "Thomas a Kempislaan 102" (not "Kempislaan 102").
    const foreignParticle = / (?:a|à|la|le|da|di|du|des|del) /.test(m[1]);
    out.push({ s, e: s + m[1].length, label: "adres", prio: foreignParticle ? PRIO.adres + 1 : PRIO.adres - 1 });
  }
  // "bij Van Raaij Groente en Fruit, Hengelder 44 in Zevenaar": a name + house number after a comma, followed
  // by "in/te" + a known place, is a street without a street word (not "Groep 7", "Week 12", "Bus 5").
  for (const m of may(/,[ \t]+\p{Lu}/u.test(text) && /\d(?:[ \t]?[a-z])?[ \t]+(?:in|te)[ \t]+\p{Lu}/u.test(text)) ? allMatches(COMMA_STREET_IN_PLACE_RE, text) : []) {
    if (NOT_BRACKET_STREET_WORDS.has(m[1].split(/[ \t]+/)[0].toLowerCase()) || lexicons().common.has(m[1].split(/[ \t]+/)[0].toLowerCase()) || !lexicons().places.phrases.has(phraseKey(m[2]))) continue;
    const s = m.index + m[0].indexOf(m[1]);
    out.push({ s, e: s + m[1].length, label: "adres", prio: PRIO.adres - 2 });
  }
  // "Casus 1: dhr. M.A. Lindeboom (56), Reigerskamp 117", "familie Doğan, Merelkamp 52", "mw. Hanna Girma / Kralenbeek 812 /
  // contractnr …": a name + house number after a titled person's name, closing the line, a clause or a slash-separated
  // subject, is where they live.
  for (const m of may(/(?:dhr|mw|mevr|mevrouw|meneer|familie|fam)\.?[ \t][^\n]{2,80}[,/][ \t]*\p{Lu}[\p{L}'’-]+[ \t]+\d/iu.test(text)) ? allMatches(PERSON_LINE_STREET_RE, text) : []) {
    const first = m[1].split(/[ \t]+/)[0].toLowerCase();
    if (NOT_BRACKET_STREET_WORDS.has(first) || lexicons().common.has(first) || lexicons().places.phrases.has(first)) continue;
    // (a town may close the line: "huurachterstand mevr. Kuipers, Bovenburen 118a Winschoten")
    if (m[2] && !lexicons().places.phrases.has(phraseKey(m[2]))) continue;
    const s = m.index + m[0].length - m[1].length;
    out.push({ s, e: s + m[1].length, label: "adres", prio: PRIO.adres - 2 });
  }
  // the house number may end in a letter or "-12" before the comma, or a short remark in brackets may follow it
  // ("Zwanenkamp 118 (bij zus), 3607 RN Maarssen"); a letterhead may separate them with a bar ("Zeeuws Bewind B.V. |
  // Nieuwe Burg 21 | 4331 AE Middelburg")
  // (also a capital after a hyphen: "Kerkewijk 74-B, 3901 EH Veenendaal")
  if (may(/(?:[\da-z)]|-[A-Z])(?:,|[ \t]*\|)[ \t]*[1-9]\d{3}[ \t]?[A-Z]{2}/.test(text))) {
    for (const m of allMatches(INLINE_BEFORE_POSTCODE_RE, text)) {
      if (NOT_STREET_WORDS.has(m[1].split(/[ \t]+/)[0].toLowerCase())) continue;
      out.push({ s: m.index, e: m.index + m[1].length, label: "adres", prio: PRIO.adres - 1 });
    }
  }
  for (const m of may(text.includes("ostbus") || text.includes("OSTBUS")) ? allMatches(POSTBUS_RE, text) : []) out.push({ s: m.index, e: m.index + m[0].length, label: "adres", prio: PRIO.adres });
}

/** All structured candidates (numbers, e-mail, links, dates, ages, addresses). */
export function structuredCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // IBANs, phones, numbers, postcodes, dates and addresses all need a digit; most chat messages have none.
  const digits = may(/\d/.test(text));
  pushEmails(text, out);
  pushUrls(text, out);
  if (digits) {
    pushIbans(text, out);
    pushPhones(text, out);
    pushForeignPhones(text, out);
    pushNumbers(text, out);
    pushPostcodes(text, out);
    pushDates(text, out);
  }
  pushRelativeMonthYears(text, out);
  pushWordDayMonths(text, out);
  pushWordBirthYears(text, out);
  pushAges(text, out); // ages in words need no digit
  pushWordClauseAges(text, out);
  if (digits) {
    pushNoteIsAges(text, out);
    pushClauseAges(text, out);
    pushForeignAges(text, out);
  }
  if (digits) pushAddresses(text, out);
  pushProvinceBracketPlaces(text, out);
  pushPolishCasePlaces(text, out);
  return out;
}

function pushPolishCasePlaces(text: string, out: Candidate[]) {
  if (!may(/(?:^|[^\p{L}])(?:w|we|z|W|We|Z|od|koło|do|na)[ \t]+\p{Lu}/u.test(text))) return;
  const lex = lexicons();
  // ("Polska" itself is no lexicon word: it stays inside firms' names, "Flexwerk Polska")
  const polishLetters = /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/u.test(text);
  // (in a text with Polish letters also a Dutch town in a Polish case: "pracuję w Wavin w Hardenbergu", "w Tilburgu")
  const isPlace = (w: string) => w === "Polska" || lex.abroad.has(phraseKey(w)) || (polishLetters && ((lex.places.phrases.has(phraseKey(w)) && !lex.ambiguousPlaces.has(phraseKey(w))) || POLISH_EXONYMS.has(w)));
  for (const m of allMatches(POLISH_PLACE_CASE_RE, text)) {
    if ((m[1] === "do" || m[1] === "na") && !polishLetters) continue;
    // ("Technikum Mechaniczne w Opolu": a school or hospital keeps its town in its name; "Miejski Ośrodek Pomocy Społecznej w
    // Kaliszu", a municipal service, is the place only)
    if ((m[1] === "w" || m[1] === "W") && POLISH_NAMED_BODY_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // (a place in its own form is found by the place rules, an ambiguous one only after a Dutch preposition: "w Neer" in a
    // Polish text is the village)
    const key = phraseKey(m[2]);
    const ambiguousHere = polishLetters && lex.ambiguousPlaces.has(key) && m[1] !== "na";
    if (!ambiguousHere && (lex.places.phrases.has(key) || !polishPlaceBase(m[2], isPlace))) continue;
    out.push({ s: m.index + m[0].length - m[2].length, e: m.index + m[0].length, label: "plaats", prio: PRIO.placeContext });
  }
}

// "verhuist naar Een (Drenthe)", "woont in Haren (Gr.)", "komt uit Eext (Dr)": a capitalised word after a place preposition
// with its province in brackets is a place, also when the word is an ordinary one ("Een", "Haren").
const PROVINCE_BRACKET_PLACE_RE = /(?<![\p{L}])(?:in|uit|naar|vanuit|te)[ \t]+((?:(?:De|Het|Den|'t)[ \t]+)?\p{Lu}[\p{L}'’-]*)[ \t]+\((?:Drenthe|Groningen|Friesland|Fryslân|Overijssel|Gelderland|Utrecht|Noord-Holland|Zuid-Holland|Zeeland|Noord-Brabant|Brabant|Limburg|Flevoland|Gld|Gr|Fr|Dr|Ov|Ut|Utr|Fl|Lb|Lim|Zl|NH|N-H|ZH|Z-H|NB|N-B)\.?\)/gu;
function pushProvinceBracketPlaces(text: string, out: Candidate[]) {
  // the bracket and a province word or abbreviation (case-sensitive, as the regex)
  if (!may(text.includes("(") && /\((?:Dr|Gr|Fr|Ov|Ge|Gld|Ut|Fl|L|Z|N|Brabant)/.test(text))) return;
  for (const m of allMatches(PROVINCE_BRACKET_PLACE_RE, text)) {
    const s = m.index + m[0].indexOf(m[1], m[0].search(/[ \t]/));
    out.push({ s, e: s + m[1].length, label: "plaats", prio: PRIO.placeContext });
  }
}

// A note that leaves the subject out: "Roelof gezien bij het station. Is 67, geboren in Delfzijl" — a sentence or line
// opening with "Is/Wordt/Werd N" closed by a comma, a full stop or "en" is the age of the person the note is about
// (not "Is 5 genoeg?", "Is 10 euro", "Was 3 keer").
const NOTE_IS_AGE_RE = /(?<=(?:^|[.!?][ \t]+|\n[ \t]*(?:[-*•][ \t]*)?))(?:Is|Wordt|Werd)[ \t]+(?:(?:nu|inmiddels|al|bijna|net|pas)[ \t]+)?(\d{1,3})(?:[ \t]+jaar)?(?=[ \t]*(?:,|;|\.(?!\d)|\n|$|[ \t]en[ \t]))/gu;
// A subordinate clause with the age: "zegt dat ie 22 is", "omdat ze pas 17 is", "denkt dat hij 60 wordt".
const CLAUSE_AGE_RE = /(?<![\p{L}])(?:dat|omdat|want|als|nu|sinds|toen|terwijl)[ \t]+(?:ie|hij|zij|ze|ik|u|jij|je)[ \t]+(?:(?:pas|al|nu|bijna|net|inmiddels|ongeveer|ook|zelf|maar)[ \t]+)?(\d{1,3})(?:[ \t]+jaar)?[ \t]+(?:is|wordt|was|werd|ben|bent|word)(?![\p{L}])(?![ \t]+(?:\p{L}{0,6}ge\p{L}{2,}|(?:be|ver|ont|her)\p{L}+(?:d|t|en))(?![\p{L}]))/giu;
// German: "Herr Hamers (71 Jahre)", "die Mutter, 68 Jahre alt,", "ist 54 Jahre alt".
// ("od 5 lat", "for five years", is a duration: only in brackets, after "ma" or a name and a comma ("syn Filip, 11 lat,"),
// "is … old", before the clause ends)
// (also "mam 41 lat", "Ma 74 lata", "miała 30 lat": the verb "to have" in any person and tense, capitalised too)
// (also the number in words: "córką Zuzią (ma sześć lat)")
const POLISH_NUMWORD = "jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|jedenaście|dwanaście|trzynaście|czternaście|piętnaście|szesnaście|siedemnaście|osiemnaście|dziewiętnaście|dwadzieścia";
const POLISH_AGE_RE = new RegExp(String.raw`(?<=\([ \t]*|(?<![\p{L}])(?:[Mm]a|[Mm]am|[Mm]asz|[Mm]iał|[Mm]iała|[Mm]iałem|[Mm]iałam)[ \t]+(?:już[ \t]+|prawie[ \t]+)?|\p{Lu}\p{Ll}+,[ \t]*)((?:\d{1,3}|${POLISH_NUMWORD})[ \t]+lata?)(?=[ \t]*(?:[),.;!?\n]|$)|[ \t]+i(?![\p{L}])(?<=(?<![\p{L}])(?:[Mm]a|[Mm]am|[Mm]iał|[Mm]iała)[ \t]+(?:\d{1,3}|${POLISH_NUMWORD})[ \t]+lata?[ \t]+i))`, "gu");
// "córka (4)", "syn (11)": a Polish kin word and the age alone in brackets.
const POLISH_KIN_AGE_RE = /(?<![\p{L}])(?:córka|córki|córką|córkę|syn|syna|synem|żona|żoną|mąż|mama|mamą|matka|ojciec|tata|brat|siostra|babcia|dziadek)[ \t]*\([ \t]*(\d{1,3})[ \t]*\)/giu;
// Arabic in Latin letters (Arabizi): "ibni Karim 3omro 9 sanawat", "ibni Omar 3mro 16 sana", "Wldi Anas 3ndo 13 l3am" (his
// age / he has N years; a count of years after another word is a duration).
const ARABIZI_AGE_RE = /(?<![\p{L}\p{N}])(?:3omro|3omrou|3omru|3mro|3mrou|3omri|3omrha|3omraha|3mrha|3omrek|3omrik|omro|omri|3ando|3andu|3ndo|3ndu|3andha|3ndha|3andi|3ndi)[ \t]+(\d{1,3}[ \t]+(?:sana|sanawat|sanawaat|snin|sneen|sanin|l3am|3am|3aam))(?![\p{L}\p{N}])/giu;
// "Zuzia ma 6 lat, a Kuba ma 10.", "Kacper ma 8 lat, a Lena 5.": a name (+ "ma") + a bare number closing the clause (the unit
// said once before);
// "syn Kacper (lat 17)": the unit first in brackets.
const POLISH_BARE_AGE_RE = /(?<=(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]+ma[ \t]+|,[ \t]+a[ \t]+\p{Lu}\p{Ll}+[ \t]+)(\d{1,2})(?=[ \t]*(?:[.,;!?)\n]|$))|(?<=\([ \t]*lat[ \t]+)(\d{1,3})(?=[ \t]*\))/gu;
const GERMAN_AGE_RE = /(?<![\p{L}\p{N}])(\d{1,3}[ \t]+Jahre)(?=[ \t]*\)|[ \t]+alt(?![\p{L}]))/gu;
/** Pushes a number as an age when it is 1–115 and has no leading zero. */
function pushAgeNumber(text: string, out: Candidate[], s: number, num: string, len: number) {
  const v = Number(num);
  if (v >= 1 && v <= 115 && !(text.charCodeAt(s) === 48)) out.push({ s, e: s + len, label: "leeftijd", prio: PRIO.leeftijd });
}

/** A note line opening with "Is/Wordt/Werd N": "Roelof gezien bij het station. Is 67, geboren in Delfzijl". */
function pushNoteIsAges(text: string, out: Candidate[]) {
  for (const m of may(/(?:Is|Wordt|Werd)[ \t]+(?:\p{Ll}+[ \t]+)?\d/u.test(text)) ? allMatches(NOTE_IS_AGE_RE, text) : []) {
    const s = m.index + m[0].indexOf(m[1], m[0].search(/\d/));
    pushAgeNumber(text, out, s, m[1], m[0].length - (s - m.index));
  }
}

// The same clause with the age in words, and an apposition with "nu" after the person: "dat u, nu u zevenentachtig bent,
// niet meer …", "dat u, nu zesentachtig, na een heupoperatie …" (a letter to an elderly client).
const CLAUSE_WORD_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:(?:dat|omdat|want|als|nu|sinds|toen|terwijl)[ \t]+(?:ie|hij|zij|ze|ik|u|jij|je)[ \t]+(?:(?:pas|al|nu|bijna|net|inmiddels|ongeveer|ook|zelf|maar)[ \t]+)?(${NUMWORD})(?:[ \t]+jaar)?[ \t]+(?:is|wordt|was|werd|ben|bent|word)|(?:u|hij|zij|ze),[ \t]+nu[ \t]+(${NUMWORD})(?:[ \t]+jaar)?(?=[ \t]*,))(?![\p{L}])`, "giu");
function pushWordClauseAges(text: string, out: Candidate[]) {
  for (const m of may(NUMBER_WORD_HINT.test(text) && /(?:dat|omdat|want|als|nu|sinds|toen|terwijl)[ \t]/iu.test(text)) ? allMatches(CLAUSE_WORD_AGE_RE, text) : []) {
    const word = m[1] ?? m[2];
    if (!(numberValue(word) <= 115)) continue;
    const s = m.index + m[0].lastIndexOf(word);
    out.push({ s, e: s + word.length, label: "leeftijd", prio: PRIO.leeftijd });
  }
}

/** An age in a subordinate clause: "zegt dat ie 22 is". */
function pushClauseAges(text: string, out: Candidate[]) {
  for (const m of may(/\d[ \t]+(?:jaar[ \t]+)?(?:is|wordt|was|werd|ben|bent|word)(?![\p{L}])/iu.test(text)) ? allMatches(CLAUSE_AGE_RE, text) : []) {
    const s = m.index + m[0].search(/\d/);
    // (the span is the number: "toen ze 12 jaar was" → "12")
    pushAgeNumber(text, out, s, m[1], m[1].length);
  }
}

/** An age written in German, Polish or Arabizi: "Herr Hamers (71 Jahre)", "ist 54 Jahre alt"; "córka Zuzanna (12 lat)", "syn ma 9 lat."; "3omro 9 sanawat" */
function pushForeignAges(text: string, out: Candidate[]) {
  for (const m of may(text.includes("Jahre")) ? allMatches(GERMAN_AGE_RE, text) : []) pushAgeNumber(text, out, m.index, m[1].split(/[ \t]/)[0], m[1].length);
  for (const m of may(text.includes("lat")) ? allMatches(POLISH_AGE_RE, text) : []) {
    if (/^\d/.test(m[1])) pushAgeNumber(text, out, m.index, m[1].split(/[ \t]/)[0], m[1].length);
    else out.push({ s: m.index, e: m.index + m[1].length, label: "leeftijd", prio: PRIO.leeftijd });
  }
  // ARABIZI_AGE_RE: "mr" or "nd" (any case) + up to three letters, a blank and a digit.
  for (const m of may(/(?:mr|nd)\p{L}{0,3}[ \t]+\d/iu.test(text)) ? allMatches(ARABIZI_AGE_RE, text) : []) pushAgeNumber(text, out, m.index + m[0].lastIndexOf(m[1]), m[1].split(/[ \t]/)[0], m[1].length);
  // (only in a text with Polish letters, a condition of the rule, not a guard: "syn", "brat", "mama" need none)
  for (const m of /[ćąęłńóśźż]/u.test(text) ? allMatches(POLISH_KIN_AGE_RE, text) : []) pushAgeNumber(text, out, m.index + m[0].lastIndexOf(m[1]), m[1], m[1].length);
  // (a Polish text that says "lat" somewhere: a condition of the rule)
  for (const m of /[ćąęłńóśźż]/u.test(text) && /(?<![\p{L}])lata?(?![\p{L}])/u.test(text) ? allMatches(POLISH_BARE_AGE_RE, text) : []) pushAgeNumber(text, out, m.index, m[0], m[0].length);
}

// Ages in a form field, a bracket after a name, a chat answer and a bare note.
const AGE_WORDS = String.raw`(?:${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)`;
// "Leeftijd: drieëndertig jaar", "leeftijd;zes" (digits: LEEFTIJD_RE): a field and an age in words closing the line.
const LEEFTIJD_WORD_RE = new RegExp(String.raw`(?<![\p{L}-])(?:leeftijd|lft|lftd)\.?[ \t]*[:;=|\t][ \t]*(${AGE_WORDS}(?:[ \t]+jaar)?)(?=[ \t]*(?:[,;.)\n]|$|\())`, "giu");
// "Amira (groep 7, tien jaar)", "Yusuf (groep 3, zes)", "Sem (klas 2, 14)", "Noa (3 havo, 15 jaar)": a school year and
// an age in a bracket right after a name.
// (anchored on the bracket; the name before it is checked in pushSchoolYearBracketAges)
const SCHOOL_PAREN_AGE_RE = /\([ \t]*(?:(?:groep|klas|leerjaar|jaar)[ \t]+\d{1,2}|\d[ \t]*(?:havo|vwo|vmbo(?:-\p{L}+)?|mavo|atheneum|gymnasium|gym)|brugklas|mbo[ \t-]?\d)/giu;
const NAME_BEFORE_PAREN = /\p{Lu}\p{Ll}+[ \t]?$/u;
// The age first and the school year after it: "Daan (15, 3 havo op het …)", "Noor (8, groep 5)".
const PAREN_AGE_SCHOOL_RE = new RegExp(String.raw`\([ \t]*(\d{1,2}|${AGE_WORDS})(?:[ \t]+(?:jaar|jr\.?))?[ \t]*,[ \t]*(?:(?:groep|klas|leerjaar)[ \t]+\d{1,2}|\d[ \t]*(?:havo|vwo|vmbo(?:-\p{L}+)?|mavo|atheneum|gymnasium|gym)|brugklas|mbo[ \t-]?\d)(?![\p{L}\p{N}])`, "giu");
const SCHOOL_PAREN_AGE_TAIL = new RegExp(String.raw`^[ \t]*,[ \t]*(\d{1,2}|${AGE_WORDS})(?:[ \t]+(?:jaar|jr\.?))?(?=[ \t]*\))`, "iu");
// A chat answer about the person just named: "[10:03] fleur: ja, 16, zit op het Regio College", "sanne: 17, woont nog
// thuis" (a bare 12–99 between the message head and a comma, then a verb about a person).
const CHAT_BARE_AGE_RE = /(?<=(?:^|\n)[ \t]*\[?\d{1,2}[:.]\d{2}\]?[ \t]*[^\n:\d]{1,30}:[ \t]*(?:(?:ja|jep|klopt|yes|precies|nee)[ \t]*,[ \t]*)?)(1[2-9]|[2-9]\d)(?=[ \t]*,[ \t]*(?:zit|woont|werkt|studeert|gaat|doet|loopt|komt)[ \t])/giu;
// "(wordt volgend jaar 61)", "- wordt in mei 67", "(werd vorige maand 18)": a subject-less note that someone turns N.
// (also a coordinated verb after a comma, "Meryem zit in de brugklas, wordt volgende maand dertien en …")
const NOTE_TURNS_AGE_RE = new RegExp(String.raw`(?<=(?:\(|,|(?:^|\n)[ \t]*[-*•])[ \t]*)(?:wordt|werd)[ \t]+(?:volgend[ \t]+jaar|dit[ \t]+jaar|vorig[ \t]+jaar|(?:volgende|vorige|deze|komende)[ \t]+(?:week|maand|zomer|winter)|binnenkort|straks|in[ \t]+(?:${MONTH_NAMES_NL})(?:[ \t]+\d{4})?)[ \t]+(\d{1,3}|${AGE_WORDS})(?=[ \t]*(?:jaar)?[ \t]*(?:[),;!?\n]|\.(?!\d)|$|en(?![\p{L}])))`, "giu");
// "* zelf: 59 jaar, geb. 1964" (a network map or a household list: the client's own line), "- ikzelf: 44".
const SELF_FIELD_AGE_RE = /(?<=(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:zelf|ikzelf|ik|klant[ \t]+zelf|cliënt[ \t]+zelf)[ \t]*:[ \t]*)(\d{1,3})(?:[ \t]*(?:jaar|jr\.?))?(?=[ \t]*(?:[,;\n]|\.(?!\d)|$))/giu;
/** An age in words closing a form field: "Leeftijd: drieëndertig jaar". */
function pushAgeWordFields(text: string, low: string, add: (s: number, e: number) => void) {
  const num = (n: string) => numberValue(n.replace(/[ \t]+jaar$/iu, ""));
  if (may(/leeftijd|lft/.test(low)))
    for (const m of allMatches(LEEFTIJD_WORD_RE, text)) {
      if (!(num(m[1]) <= 115)) continue;
      const at = m.index + m[0].lastIndexOf(m[1]);
      add(at, at + m[1].length);
    }
}

/** A school year and then an age in a bracket after a name: "Amira (groep 7, tien jaar)". */
function pushSchoolYearBracketAges(text: string, add: (s: number, e: number) => void) {
  if (may(text.includes("(") && text.includes(",")))
    for (const m of allMatches(SCHOOL_PAREN_AGE_RE, text)) {
      if (!NAME_BEFORE_PAREN.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const end = m.index + m[0].length;
      const t = SCHOOL_PAREN_AGE_TAIL.exec(text.slice(end, end + 30));
      if (!t || !(numberValue(t[1]) >= 3 && numberValue(t[1]) <= 25)) continue;
      const at = end + t[0].indexOf(t[1], t[0].indexOf(","));
      add(at, end + t[0].length);
    }
}

/** An age and then a school year in a bracket after a name: "Daan (15, 3 havo op het …)". */
function pushBracketAgesBeforeSchoolYear(text: string, add: (s: number, e: number) => void) {
  if (may(text.includes("(") && text.includes(",")))
    for (const m of allMatches(PAREN_AGE_SCHOOL_RE, text)) {
      const before = NAME_BEFORE_PAREN.exec(text.slice(Math.max(0, m.index - 30), m.index));
      // (a name, not a heading word: "Totaal (18, groep 7)")
      if (!before || lexicons().common.has(before[0].trim().toLowerCase()) || !(numberValue(m[1]) >= 3 && numberValue(m[1]) <= 25)) continue;
      const at = m.index + m[0].indexOf(m[1]);
      add(at, at + m[1].length);
    }
}

/** A subject-less note that someone turns N: "(wordt volgend jaar 61)". */
function pushNoteTurnsAges(text: string, low: string, add: (s: number, e: number) => void) {
  // (also an age in words, "(wordt volgende maand vijftig)")
  if (may(low.includes("wordt") || low.includes("werd")))
    for (const m of allMatches(NOTE_TURNS_AGE_RE, text)) {
      if (!(isAgeNumber(m[1]) && numberValue(m[1]) >= 1)) continue;
      const at = m.index + m[0].lastIndexOf(m[1]);
      add(at, at + m[1].length);
    }
}

/** A bare age answering a chat question about the person just named: "sanne: 17, woont nog thuis". */
function pushChatBareAges(text: string, add: (s: number, e: number) => void) {
  if (may(text.includes(":") && text.includes(",")))
    for (const m of allMatches(CHAT_BARE_AGE_RE, text)) add(m.index, m.index + m[1].length);
}

/** The client's own line in a network map or household list: "* zelf: 59 jaar, geb. 1964". */
function pushSelfFieldAges(text: string, low: string, add: (s: number, e: number) => void) {
  if (may(low.includes("zelf") || low.includes("ik")))
    for (const m of allMatches(SELF_FIELD_AGE_RE, text)) {
      if (Number(m[1]) > 115 || Number(m[1]) < 12) continue;
      add(m.index, m.index + m[0].length);
    }
}

// Spoken and dialect ages. Number words as people say or write them in dialect or Frisian ("negenevieftig",
// "zeuvenenzeuventig", "drieënfyftich", "twieënzestig", "saventien"), next to the standard ones. Bare units ("een", "zes")
// stay out: after "is" they are too often no age.
const DIAL_UNIT_VALUES: Record<string, number> = {
  een: 1, ien: 1, twee: 2, twie: 2, twa: 2, drie: 3, trije: 3, vier: 4, fjouwer: 4, vijf: 5, vief: 5, vuuf: 5, fiif: 5,
  zes: 6, seis: 6, zès: 6, ses: 6, sess: 6, zeven: 7, zeuven: 7, zöven: 7, saven: 7, sân: 7, acht: 8, negen: 9, njoggen: 9, ein: 1, ain: 1, nege: 9, drej: 3, drij: 3, dree: 3, sieve: 7, drei: 3,
};
const DIAL_TENS_VALUES: Record<string, number> = {
  tsestig: 60, tsestich: 60, fuftig: 50, fuftich: 50, vuftig: 50, vuftich: 50, vèftig: 50, sechtich: 60,
  achtig: 80, achsig: 80, zèstig: 60, zèstich: 60, sestig: 60, veftig: 50, veftich: 50,
  twintug: 20, dertug: 30, veertug: 40, vijftug: 50, zestug: 60, zeventug: 70, tachtug: 80, negentug: 90, dartig: 30, dartich: 30,
  twintig: 20, twintich: 20, tweintich: 20, dertig: 30, dertich: 30, tritich: 30, veertig: 40, veertich: 40, fjirtich: 40,
  vijftig: 50, vieftig: 50, vuuftig: 50, fyftich: 50, fyftig: 50, fiiftich: 50, zestig: 60, zestich: 60, sestich: 60,
  zeventig: 70, zeuventig: 70, zöventig: 70, santich: 70, saventich: 70, saventig: 70, sawntich: 70, sauntich: 70,
  seventich: 70, seventig: 70, zeuventich: 70, vieftich: 50, tachtig: 80, tachtich: 80, tachentig: 80,
  negentig: 90, negentich: 90, njoggentich: 90, twinteg: 20, derteg: 30, veerteg: 40, viefteg: 50, zesteg: 60, zeuventeg: 70,
  zeventeg: 70, tachteg: 80, negenteg: 90,
};
const DIAL_TEEN_VALUES: Record<string, number> = {
  tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, achtien: 18,
  negentien: 19, zeuventien: 17, saventien: 17, zöventien: 17, vieftien: 15, vuuftien: 15,
  // Frisian teens: "hy is sechstjin"
  trettjin: 13, fjirtjin: 14, fyftjin: 15, sechstjin: 16, santjin: 17, achttjin: 18, njoggentjin: 19, alve: 11, tolve: 12,
};
const DIAL_NUMWORD = String.raw`(?:(?:${Object.keys(DIAL_UNIT_VALUES).join("|")})(?:[eë]n|-en-|e|[ \t]+en[ \t]+)(?:${Object.keys(DIAL_TENS_VALUES).join("|")})|${Object.keys(DIAL_TENS_VALUES).join("|")}|${Object.keys(DIAL_TEEN_VALUES).join("|")})(?![\p{L}])`;
// Bare units, read as an age only where nothing else can be meant: after a first age ("is 5 en wordt in december zes")
// or before "geworden" ("dae is vief gewore in juni"); "twieë" is Limburgs for two.
const SPOKEN_UNIT_VALUES: Record<string, number> = { twee: 2, twieë: 2, twie: 2, drie: 3, vier: 4, vijf: 5, vief: 5, zes: 6, zeven: 7, zeuven: 7, acht: 8, negen: 9 };
const SPOKEN_UNIT = String.raw`(?:${Object.keys(SPOKEN_UNIT_VALUES).join("|")})(?![\p{L}])`;
/** The value of a standard or dialect number word (NaN for none); digits pass through. */
function dialectNumberValue(word: string): number {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w in DIAL_TENS_VALUES) return DIAL_TENS_VALUES[w];
  if (w in DIAL_TEEN_VALUES) return DIAL_TEEN_VALUES[w];
  const m = new RegExp(`^(${Object.keys(DIAL_UNIT_VALUES).join("|")})(?:[eë]n|-en-|e|[ \t]+en[ \t]+)(${Object.keys(DIAL_TENS_VALUES).join("|")})$`, "u").exec(w);
  if (m) return DIAL_UNIT_VALUES[m[1]] + DIAL_TENS_VALUES[m[2]];
  return w in SPOKEN_UNIT_VALUES ? SPOKEN_UNIT_VALUES[w] : NaN;
}
// Who the age is about: a pronoun (also dialect "zie", "dij", "hy", "sy", "hae", Gronings/Twents "zai", "hai", "zee" — the
// last only with a number word: "de zee is 12 graden" —, first person "ik", "'k", "ich"), a title
// with or without a (lower-case) name ("dhr. baas", "mw zelf"), "meneer/mevrouw", a possessive relation word with an
// optional name ("me zuster", "Myn frou, Aukje,", "Us jongste, Durk,"), or "die" (a word number only; see below).
const SPOKEN_SUBJECT = String.raw`(?:(?<![\p{L}'’])(?:hij|zij|ze|zie|ie|dij|hy|sy|se|hae|dae|zai|hai|zee|ik|ich|iech|u|jij|je|meneer|mevrouw|die)|(?<![\p{L}])'k|(?<![\p{L}])(?:dhr|mw|mevr|mnr)\.?(?:[ \t]+(?:de[ \t]+|van[ \t]+(?:de[ \t]+|der[ \t]+)?)?(?!(?:is|was|wordt|werd)(?![\p{L}]))\p{L}[\p{L}'’-]+)?|(?<![\p{L}])(?:me|mijn|m'n|mn|mien|myn|min|zien|zijn|z'n|haar|d'r|heur|us|ons|onze|hun)[ \t]+(?:zuster|zus|zussie|broer|vrouw|frou|man|moeder|mam|mem|vader|pa|ma|heit|zoon|zeun|zeune|dochter|jongste|oudste|kind|schoonzoon|schoondochter|schoonmoeder|schoonvader|partner|vriend|vriendin|opa|oma|pake|beppe)(?:[ \t]*,[ \t]*(?:de[ \t]+)?\p{Lu}\p{Ll}+[ \t]*,|[ \t]+\p{Lu}\p{Ll}+(?:[ \t]*,(?=[ \t]+(?:is|was|wordt|werd|wurdt|wördt)[ \t]))?)?)`;
// (a name closing an apposition keeps its comma: "Zien vader, mien zeune Gijs, wördt volgende maond vieftig")
// The verb, also Frisian and dialect forms ("wurdt", "bin"), or a subject after it ("nu is ie zestig").
// (and the Kerkrade "Iech bön" and the Brabant "Ik zen", I am)
const SPOKEN_VERB = String.raw`(?:is|was|wordt|werd|wurdt|wördt|waard|bin|ben|bent|bön|zen|word)`;
// What may stand between the verb and the number: a few adverbs and a time ("volgende week", "in september",
// "takom moanne", "ferlede week", "gister").
const SPOKEN_ADVERB = String.raw`(?:nou|noe|now|nu|d'r|zelf|zulf|zölf|zülf|sels|ook|ouch|oak|ok|ek|al|inmiddels|intussen|pas|net|bijna|toch|dus|wel|trouwens|inderdaad|gister|gisteren|eergisteren|vandaag|morgen|overmorgen|straks|binnenkort|(?:op[ \t]+)?die[ \t]+dag|(?:vorige|volgende|komende|deze|afgelopen|ferlede|ferline|verleden|takom|takomme)[ \t]+(?:week|maand|maond|moand|wike|moanne)|(?:volgend|vorig|vorrig|dit)[ \t]+(?:jaar|joar|jaor)|in[ \t]+(?:${MONTHS}))`;
// Where the age ends: as AGE_TAIL, or before a spoken closing word ("heur", "btw", "zei die", "of zo", "wurden",
// "geworden", "op 3 augustus").
const SPOKEN_TAIL = String.raw`(?=${AGE_TAIL}|[ \t]+(?:heur|hè|btw|of[ \t]+zo|wurden|geworden|worden|geworde|gewore|gewoorn|eworden|ewörden|ewörn|ewodde|(?:volgende|komende)[ \t]+(?:week|maand|maond|moand|moanne|wike)|zei[ \t]+(?:die|ie|hij|ze|zij)|op[ \t]+\d{1,2}[ \t]+(?:${MONTHS}))(?![\p{L}]))`;
// (also a first person left out after "en" when "zelf/ook/al" follows: "Ik kan hem niet alleen laten en ben zelf ook al
// zevenenzeventig", the Frisian "en bin sels ek al sânensantich")
// "hy wurdt takom moanne 70", "oh en hij wordt volgende week zesenzestig zei die", "ik bin zelf 76 hè", "zie is
// zesentachtig en", "dhr. baas is zesenzestig,", "me zuster is tweeënzeventig en", "nu is ie zestig en", "Us jongste,
// Durk, is saventien en", "ze is 29 btw,"; also a second, subject-less verb after an age: "hij is achtenveertig en
// wordt in september negenenveertig", "hij is twaalf, wordt dertien op 3 augustus".
const SPOKEN_AGE_RE = new RegExp(
  String.raw`(?:(${SPOKEN_SUBJECT})[ \t]+${SPOKEN_VERB}|(?<![\p{L}])(?:is|was|wordt|werd|wurdt)[ \t]+(?:ie|hij|zij|ze|zie|hy|sy)|(?<=(?<![\p{L}])en[ \t]+)(?:ben|bin|bön)(?=(?:[ \t]+(?:zelf|sels|zölf|ook|ek|ouch|al)){1,3}[ \t])|(?<=(?<![\p{L}])(?:is|was|bin|ben)[ \t]+(?:(?:nu|nou|al|pas|net)[ \t]+)?(?:\d{1,3}|${DIAL_NUMWORD})(?:[ \t]+jaar)?(?:[ \t]*,[ \t]*(?:en[ \t]+)?|[ \t]+en[ \t]+))(?:wordt|wurdt))((?:[ \t]+${SPOKEN_ADVERB}){0,3})[ \t]+(\d{1,3}|${DIAL_NUMWORD}|${SPOKEN_UNIT})((?:[ \t]+(?:jaar|jaor|joar|jier)(?:[ \t]+oud)?)?)${SPOKEN_TAIL}`,
  "giu",
);
// The year a text is read in (a case is written and checked within a few years of it).
const THIS_YEAR = new Date().getFullYear();
// "PJ is van 1964 en dus eenenzestig", "ik ben van '63, dus nu 61": a year of birth with "van", then the age it gives.
const BORN_YEAR_THUS_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:is|ben|bent|was|bin)[ \t]+van[ \t]+(?:(?:19|20)\d\d|['’]\d\d)(?![\p{N}])(?:[ \t]*,[ \t]*|[ \t]+en[ \t]+|[ \t]+)(?:dus|nu|inmiddels)(?:[ \t]+(?:nu|al|pas|inmiddels))?[ \t]+(\d{1,3}|${NUMWORD})(?:[ \t]+jaar)?(?=${AGE_TAIL})`, "giu");
// "her daughter (5)", "My mother (71) is still there": an English relation word and a bare number in brackets.
const EN_REL_PAREN_AGE_RE = /(?<![\p{L}])(?:my|his|her|our|their)[ \t]+(?:father|mother|dad|mum|mom|son|daughter|husband|wife|partner|child|baby|boy|girl|brother|sister|grandmother|grandfather|grandson|granddaughter)[ \t]*\((\d{1,3})\)/giu;
// "Naam / leeftijd: Zofia / 11; Kuba / 7": a name/age field with pairs "Name / N" split by ";" or ",".
const NAME_AGE_FIELD_RE = /(?<![\p{L}])(?:naam|namen|voornaam)[ \t]*\/[ \t]*(?:leeftijd|lft)[ \t]*:[ \t]*((?:\p{Lu}\p{Ll}+[ \t]*\/[ \t]*\d{1,3}[ \t]*[;,][ \t]*)*\p{Lu}\p{Ll}+[ \t]*\/[ \t]*\d{1,3})(?![\p{N}])/giu;
// "zei dat ie morgen zestig wordt", "omdat ze volgende maand 67 wordt": a subclause with a pronoun, a coming time, the
// age and "wordt" last (the time is required: "als je 18 wordt" is any reader, no one's age).
const SUBCLAUSE_TURNS_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:dat|omdat|want|nu|zodra|wanneer)[ \t]+(?:ie|hij|zij|ze)[ \t]+(?:morgen|overmorgen|vandaag|binnenkort|straks|volgende[ \t]+(?:week|maand)|volgend[ \t]+jaar|deze[ \t]+(?:week|maand)|in[ \t]+(?:${MONTHS})|op[ \t]+\d{1,2}[ \t]+(?:${MONTHS})|(?:aanstaande[ \t]+|komende[ \t]+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))[ \t]+(\d{1,3}|${NUMWORD})(?:[ \t]+jaar)?[ \t]+wordt(?![\p{L}])`, "giu");
// "Drie kinderen (4, 2 en een baby van vier maanden)": children's ages in brackets before a baby.
const KIDS_THEN_BABY_RE = /(?<![\p{L}])(?:kinderen|kids|kindjes)[ \t]*\([ \t]*((?:\d{1,2}[ \t]*,[ \t]*)*\d{1,2})[ \t]*(?:,[ \t]*|[ \t]+en[ \t]+)een[ \t]+(?:baby|pasgeborene|zuigeling)(?![\p{L}])/giu;
// "zoon hendrik (achtien) zit op landstede": a relative with a lower-case lexicon first name and the age in words in brackets.
const RELATIVE_LOWER_NAME_WORD_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:zoon|zoontje|dochter|dochtertje|broer|broertje|zus|zusje|kleinzoon|kleindochter|pleegzoon|pleegdochter|stiefzoon|stiefdochter)[ \t]+(\p{Ll}{3,})[ \t]*\((?:(?:nu|bijna|net|pas|inmiddels|al)[ \t]+)?(${NUMWORD}|${UNITS})\)`, "giu");
// "kids: prince (zeven), gift (vier) en baby precious", "twee kinderen: Roos van vijftien en Bram van negen": after a
// children field each child's age in words, in brackets after the name or with "van" (digits have their own rules).
const KIDS_FIELD_RE = /(?<![\p{L}])(?:kids|kinderen|kinders|kindjes)[ \t]*:([^\n.;]{3,160})/giu;
const KID_WORD_AGE_RE = new RegExp(String.raw`(?:(?<=\p{L}[ \t]?)\(|(?<=\p{L}[ \t]+)van[ \t]+)(${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)(?=[ \t]*(?:jaar[ \t]*)?(?:[,)]|[ \t]en(?![\p{L}])|$))`, "giu");
function pushTurnedAndListedAges(text: string, low: string, add: (s: number, e: number) => void) {
  for (const m of may(/(?:kids|kinderen|kinders|kindjes)[ \t]*:/.test(low)) ? allMatches(KIDS_FIELD_RE, text) : []) {
    const base = m.index + m[0].length - m[1].length;
    for (const n of allMatches(KID_WORD_AGE_RE, m[1])) {
      if (!(numberValue(n[1]) >= 1 && numberValue(n[1]) <= 25)) continue;
      const at = base + n.index + n[0].lastIndexOf(n[1]);
      add(at, at + n[1].length);
    }
  }
  for (const m of may(text.includes("(") && /zoon|dochter|broer|zus/.test(low)) ? allMatches(RELATIVE_LOWER_NAME_WORD_AGE_RE, text) : []) {
    const lex = lexicons();
    if (!lex.firstNamesLower.has(m[1]) || lex.common.has(m[1])) continue;
    const at = m.index + m[0].lastIndexOf(m[2]);
    add(at, at + m[2].length);
  }
  for (const m of may(low.includes("wordt")) ? allMatches(SUBCLAUSE_TURNS_AGE_RE, text) : []) {
    if (!isAgeNumber(m[1])) continue;
    const at = m.index + m[0].lastIndexOf(m[1]);
    add(at, at + m[1].length);
  }
  for (const m of may(/baby|pasgeborene|zuigeling/.test(low) && /\d/.test(text)) ? allMatches(KIDS_THEN_BABY_RE, text) : []) {
    const base = m.index + m[0].indexOf("(") + m[0].slice(m[0].indexOf("(")).indexOf(m[1]);
    for (const n of allMatches(/\d{1,2}/g, m[1])) add(base + n.index, base + n.index + n[0].length);
  }
}

// Ages in a few more frames. "ich bin zelf al in de vieftig en": "in/rond/over de" + a dialect decade (the standard
// decades have their own rule).
const DIAL_DECADE_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:in|rond|over)[ \t]+de[ \t]+(?:${DIAL_TENS})(?![\p{L}])(?=${AGE_TAIL})`, "giu");
// "Kim was zeventien toen Lotte geboren werd", "hij was pas 16 toen hij kwam": a name or pronoun, "was", the age and "toen"
// (not "Het was zes toen", "De les was drie toen": a time or a thing; the subject is checked against NOT_AGE_SUBJECTS).
const WAS_AGE_WHEN_RE = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+|hij|zij|ze|ik)[ \t]+was[ \t]+(?:(?:pas|nog|net|toen|al)[ \t]+)?(${NUMWORD}|${UNITS}|\d{1,2})(?:[ \t]+jaar)?[ \t]+toen(?![\p{L}])`, "gu");
// "haar zoon Artem, toen negen, uit Charkiv", "hun jongste, Sana van drie, lag in het ziekenhuis": a relative, a name and
// the age in words ("toen N" between commas, or "van N" closing the apposition; "dochter Anna van Drie" is a surname).
const RELATIVE_NAME_WORD_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:zoon|zoontje|dochter|dochtertje|kind|jongste|oudste|middelste|broer|broertje|zus|zusje|kleinzoon|kleindochter)(?:[ \t]*,)?[ \t]+\p{Lu}\p{Ll}+(?:,[ \t]+toen[ \t]+|[ \t]+van[ \t]+)(${NUMWORD}|${UNITS})(?:[ \t]+jaar)?(?=[ \t]*[,;)]|\.(?!\d))`, "gu");
// "Dev, Anjali en Ravi (6, 9 en 15)": children's names, then as many numbers in brackets, one age each.
const NAMES_THEN_AGES_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[ \t]*,[ \t]*\p{Lu}\p{Ll}+)*[ \t]+en[ \t]+\p{Lu}\p{Ll}+)[ \t]*\([ \t]*(\d{1,3}(?:[ \t]*,[ \t]*\d{1,3})*[ \t]+en[ \t]+\d{1,3})(?:[ \t]+jaar)?[ \t]*\)/gu;
// "Dochter: Lotte, acht maanden": a child field with a name and a baby's age in months or weeks (the unit is part of it).
const CHILD_FIELD_MONTHS_RE = new RegExp(String.raw`(?<![\p{L}])(?:[Dd]ochter|[Zz]oon|[Bb]aby|[Kk]ind|[Dd]ochtertje|[Zz]oontje)[ \t]*:[ \t]*\p{Lu}\p{Ll}+[ \t]*,[ \t]*((?:${UNITS}|tien|elf|twaalf|anderhalf|\d{1,2})[ \t]+(?:maanden|maand|weken|mnd))(?=[ \t]*(?:oud)?[ \t]*(?:[\n,;)]|\.(?!\d)|$))`, "gu");
// "… en wordt in mei dertien.": turning an age in words in a month, the subject left out (not "het wordt in mei twintig").
const TURNS_IN_MONTH_AGE_RE = new RegExp(String.raw`(?<=(?<![\p{L}])(?:wordt|werd)(?<!(?:[Hh]et|[Dd]at|[Dd]it|[Ee]r)[ \t]+(?:wordt|werd))[ \t]+in[ \t]+(?:${MONTHS})[ \t]+)(?:${NUMWORD})(?=${AGE_TAIL})`, "gu");
// Portuguese "tenho vinte e cinco anos" ("I am 25") in a quoted answer: the number words.
const PT_NUMWORD = String.raw`(?:vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa)(?:[ \t]+e[ \t]+(?:um|uma|dois|duas|três|tres|quatro|cinco|seis|sete|oito|nove))?|dezoito|dezanove|dezenove|dezassete|dezessete|dezasseis|dezesseis|quinze|catorze|quatorze|treze|doze|onze|dez`;
const PT_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:tenho|tem|tinha)[ \t]+(${PT_NUMWORD}|\d{1,3})[ \t]+anos(?![\p{L}])`, "giu");
const NOT_AGE_SUBJECT_WORD_RE = new RegExp(`^(?:${NOT_AGE_SUBJECTS})$`, "u");
function pushFramedWordAges(text: string, low: string, add: (s: number, e: number) => void) {
  const group = (m: RegExpExecArray, g: string) => { const at = m.index + m[0].lastIndexOf(g); add(at, at + g.length); };
  if (may(/(?:in|rond|over)[ \t]+de[ \t]/.test(low) && /te[gc]h?|tig|tich/.test(low)))
    for (const m of allMatches(DIAL_DECADE_AGE_RE, text)) add(m.index, m.index + m[0].length);
  if (may(low.includes("was") && low.includes("toen")))
    for (const m of allMatches(WAS_AGE_WHEN_RE, text)) {
      if (NOT_AGE_SUBJECT_WORD_RE.test(m[1]) || !(numberValue(m[2]) >= 1 && numberValue(m[2]) <= MAX_AGE)) continue;
      group(m, m[2]);
    }
  if (may(/zoon|dochter|kind|jongste|oudste|middelste|broer|zus/.test(low) && /toen|van/.test(low)))
    for (const m of allMatches(RELATIVE_NAME_WORD_AGE_RE, text)) if (numberValue(m[1]) >= 1 && numberValue(m[1]) <= MAX_AGE) group(m, m[1]);
  if (may(text.includes("(") && low.includes("en")))
    for (const m of allMatches(NAMES_THEN_AGES_RE, text)) {
      const names = m[1].split(/[ \t]*,[ \t]*|[ \t]+en[ \t]+/u), ages = m[2].match(/\d+/gu)!;
      if (names.length !== ages.length || ages.some((a) => Number(a) > MAX_AGE || a.startsWith("0"))) continue;
      // (only after a word for children: "drie kinderen alleen op: Dev, Anjali en Ravi (6, 9 en 15)")
      if (!/(?<![\p{L}])(?:kinderen|kids|kinders|kindjes|zoons|zonen|dochters|tweeling|drieling)(?![\p{L}])/iu.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
      const base = m.index + m[0].indexOf("(");
      for (const n of allMatches(/\d{1,3}/gu, m[0].slice(m[0].indexOf("(")))) add(base + n.index, base + n.index + n[0].length);
    }
  if (may(/dochter|zoon|baby|kind/.test(low) && /maand|weken|mnd/.test(low)))
    for (const m of allMatches(CHILD_FIELD_MONTHS_RE, text)) group(m, m[1]);
  if (may(/wordt|werd/.test(low) && low.includes("in")))
    for (const m of allMatches(TURNS_IN_MONTH_AGE_RE, text)) if (isAgeNumber(m[0])) add(m.index, m.index + m[0].length);
  if (may(/tenho|tem|tinha/.test(low) && low.includes("anos")))
    for (const m of allMatches(PT_AGE_RE, text)) group(m, m[1]);
}

function pushSpokenAges(text: string, low: string, add: (s: number, e: number) => void) {
  if (may(/(?:is|was|wordt|werd|wurdt|wördt|waard|bin|ben|bent|bön|zen|word)[ \t]/.test(low)))
    for (const m of allMatches(SPOKEN_AGE_RE, text)) {
      const v = dialectNumberValue(m[3]);
      if (!(v >= 1 && v <= 115) || text.charCodeAt(m.index + m[0].length - m[4].length - m[3].length) === 48) continue;
      // A bare unit word only as a second age ("is 5 en wordt in december zes") or before "geworden" ("dae is vief gewore").
      if (m[3].toLowerCase() in SPOKEN_UNIT_VALUES && !(m[1] === undefined && /^w/iu.test(m[0])) && !/^[ \t]+(?:geworden|geworde|gewore|gewoorn|eworden|ewodde|wurden)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
      // "die is 12": a demonstrative subject can be a thing (a bus line, a size); only a number word or "geworden" after it.
      if (m[1] && /^(?:die|zee)$/i.test(m[1]) && /^\d/.test(m[3]) && !/^[ \t]+(?:geworden|wurden)/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      // "ik ben al 3 jaar." (here, out of work): "al" + N jaar after the first or second person is a duration.
      if (m[4] && /^(?:ik|'k|ich|u|je|jij)$/iu.test(m[1] ?? "") && /(?<![\p{L}])al(?![\p{L}])/iu.test(m[2])) continue;
      // (a count or a duration never ends there: AGE_TAIL keeps "ze is 3 keer", "ik ben 5 minuten" out)
      // (the span is the number, as the other "is N jaar" rules give it: "hij is 24 jaar" → "24")
      const s = m.index + m[0].length - m[4].length - m[3].length;
      add(s, s + m[3].length);
    }
  if (may(/(?:my|his|her|our|their)[ \t]/iu.test(text) && text.includes("(")))
    for (const m of allMatches(EN_REL_PAREN_AGE_RE, text)) {
      if (Number(m[1]) > 115) continue;
      const s = m.index + m[0].lastIndexOf(m[1]);
      add(s, s + m[1].length);
    }
  if (may(/(?:is|ben|bent|was|bin)[ \t]+van[ \t]/.test(low) && /dus|nu|inmiddels/.test(low)))
    for (const m of allMatches(BORN_YEAR_THUS_AGE_RE, text)) {
      if (!isAgeNumber(m[1])) continue;
      // (a person's year and age add up to about now; "de auto is van 2015, dus nu 10" has a thing as its subject)
      const y = /(?:19|20)\d\d|(?<=['’])\d\d/u.exec(m[0])![0];
      const year = y.length === 4 ? Number(y) : Number(y) + (Number(y) > 30 ? 1900 : 2000);
      if (Math.abs(year + numberValue(m[1]) - THIS_YEAR) > 5 || /(?<![\p{L}])(?:het|de|dat|dit|deze|die)(?:[ \t]+\p{L}+)?[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const at = m.index + m[0].lastIndexOf(m[1]);
      add(at, at + m[1].length);
    }
  if (may(/naam|namen/.test(low) && /leeftijd|lft/.test(low)))
    for (const m of allMatches(NAME_AGE_FIELD_RE, text)) {
      const base = m.index + m[0].length - m[1].length;
      for (const n of allMatches(/(?<=\/[ \t]*)\d{1,3}/gu, m[1])) if (Number(n[0]) <= 115) add(base + n.index, base + n.index + n[0].length);
    }
}

// An age in an apposition after a description of the person rather than a name: a status or origin word ("Hoogbejaard,
// 91, woont alleen", "- Eritreeër, 24, statushouder", "alleenstaand, 62.", "(Kaapverdisch, zesenvijftig)", "somalische
// achtergrond, 33,"). The number must close the apposition (a comma, bracket, full stop or line end follows), so counts
// and durations ("alleenstaand, 3 kinderen", "Pools, 2 jaar hier") stay out.
const DESCRIBED_WORD = String.raw`(?:[Aa]lleenstaand|[Hh]oogbejaard|[Bb]ejaard|[Gg]escheiden|[Gg]ehuwd|[Oo]ngehuwd|[Gg]etrouwd|[Ss]amenwonend|[Kk]inderloos|[Vv]erweduwd)e?|[Ww]eduwe|[Ww]eduwnaar|[Ss]tatushouder|[Vv]luchteling|[Aa]sielzoeker|[Aa]rbeidsmigrant|[Mm]antelzorger|[Zz]zp'er|[Aa]chtergrond|\p{Lu}\p{Ll}{2,}(?:aans|iaans|isch|ees|ools|eens|urks)e?|\p{L}\p{Ll}{2,}(?:iër|eeër|ïner)|\p{Lu}\p{Ll}{2,}(?:aan|een)|[Rr]oemeen|[Aa]fghaan|[Mm]arokkaan|[Tt]urk|[Pp]ool|[Ss]omaliër`;
const DESCRIBED_AGE_RE = new RegExp(String.raw`(?<![\p{L}'’-])(?:${DESCRIBED_WORD})[ \t]*,[ \t]*(\d{1,3}|${NUMWORD})(?=[ \t]*(?:[,;)\n]|\.(?!\d)|$))`, "gu");
// "Echtpaar (74 en 71)", "u (86)", "en ik (62)", "Mevrouw (37 bij aanmelding)": the ages of a couple, of the reader or
// writer, or an age at an event, in brackets after the person (the other bracket frames need a name or relation word).
const SELF_COUPLE_PAREN_AGE_RE = /(?<![\p{L}])(?:[Ee]chtpaar|[Ss]tel|[Ii]k|[Uu]|(?:[Mm]evrouw|[Mm]eneer|[Mm]w|[Dd]hr|[Kk]lant|[Cc]liënt)\.?(?=[ \t]+\([ \t]*\d{1,3}[ \t]+(?:bij|op|tijdens)[ \t]))[ \t]+\([ \t]*(\d{1,3})(?:[ \t]+en[ \t]+(\d{1,3}))?(?:[ \t]+(?:bij|op|tijdens)[ \t]+(?:de[ \t]+|het[ \t]+)?(?:aanmelding|intake|start|aanvang|instroom|inschrijving|melding))?[ \t]*\)/gu;
// "haar dochtertje van twee aan de Dorpsweg", "voor haar zoontje van drie uitviel", "dochtertje van anderhalf mee": a
// small child noun + "van" + a number is the child's age whatever follows, unless a measure or count follows ("een baby
// van drie kilo", "een kindje van 2 weken" is an age too).
const CHILD_OF_AGE_RE = new RegExp(String.raw`(?<![\p{L}])(?:[Dd]ochtertje|[Zz]oontje|[Vv]entje|[Mm]annetje|[Kk]ereltje|[Kk]indje|[Kk]leintje|[Jj]ongetje|[Mm]eisje|[Bb]roertje|[Zz]usje|[Bb]aby|[Pp]eutertje|[Kk]leinzoon|[Kk]leindochter)[ \t]+van[ \t]+(\d{1,2}|anderhalf|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien)(?![\p{L}\p{N}])(?![ \t]*(?:kilo|kg|gram|pond|cm|centimeter|meter|euro|€|uur|keer|kinderen|stuks|procent|%)(?![\p{L}]))`, "gu");
// "waarvan de jongste 3 is en de oudste 19": the number before the verb (the later "de oudste 19" follows an age found).
const YOUNGEST_FIRST_AGE_RE = new RegExp(String.raw`(?<![\p{L}])de[ \t]+(?:jongste|oudste|middelste|kleinste)[ \t]+(\d{1,2}|${NUMWORD}|twee|drie|vier|vijf|zes|zeven|acht|negen)[ \t]+(?:is|was|wordt|werd)(?![\p{L}])`, "giu");
// "baby (Eden, 5 mnd)": a baby's age in months after its name in brackets.
const NAME_MONTHS_PAREN_RE = /\([ \t]*\p{Lu}\p{Ll}+,[ \t]*(\d{1,2}[ \t]*(?:mnd\.?|maanden))[ \t]*\)/gu;
// A chat question that checks an age ("hij is 61 toch?", "je bent nog 23 toch?") answered at the start of one of the
// next messages by a number close to it ("[10:16] ingrid: 62 sinds vorige week", "tom: ja 29.", "nee 20, is vorige
// week jarig geweest"): the answer is the age. The number must differ by at most 2 from the asked one.
const AGE_CHECK_QUESTION_RE = /(?<![\p{L}])(?:is|ben|bent|wordt|word)[ \t]+(?:(?:nu|nog|al|pas|niet)[ \t]+)?(\d{1,3})[ \t]+(?:toch|of[ \t]+niet)[ \t]*\?/giu;
const CHAT_LINE_PREFIX = /^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?:\d{1,2}[:.]\d{2}[ \t]*[-–][ \t]*)?(?:[^\n:]{1,50}:[ \t]+)?/u;
const CHAT_HEADER_LINE = /^[ \t]*[^\n:]{1,40}[ \t]\d{1,2}[:.]\d{2}[ \t]*$/u;
const AGE_CHECK_ANSWER = /^(?:(?:ja|jaa|nee|neej|klopt|jep|jup|precies|sinds[ \t]+(?:vorige|afgelopen)[ \t]+(?:week|maand))[ \t,.!]*)*(\d{1,3})(?![\p{N}]|[.,:\/-]\d)(?![ \t]*(?:jaar[ \t]+geleden|keer|euro|uur|%|procent)(?![\p{L}]))/iu;
// "(die van Chemelot, 56)", "(ex-Slagerij Vos, 44)", "dhr. Coenen uit Stein, 56, WGA sinds juli": a description or
// origin and then an adult's age closing the bracket or apposition (16–99; no digits in the description, so lists of
// numbers, pages and house numbers stay out).
const DESCRIPTION_PAREN_AGE_RE = /(?<=\p{L}[ \t]+)\(([^()\n\d,]{2,40}(?:,[^()\n\d,]{2,30})?),[ \t]*([1-9]\d)[ \t]*\)/gu;
const THING_BEFORE_NUMBER = /(?:^|[^\p{L}])(?:huur|kale huur|bedrag|premie|toeslag|rente|schuld|prijs|kosten|tarief|termijn|euro|eur|uur|uren|minuten|dagen|weken|maanden|pagina|blz|artikel|lid|kamer|nummer|nr|huisnummer|groep|klas|score|punten|cijfer|stuks|procent|kilo|kg|cm|maat|bus|lijn|versie)$/u;
const FROM_PLACE_AGE_RE = /(?<![\p{L}])uit[ \t]+\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}[\p{L}'’-]+)?[ \t]*,[ \t]*([1-9]\d)[ \t]*,[ \t]+\p{L}/gu;
function pushDescribedAges(text: string, low: string, add: (s: number, e: number) => void) {
  if (may(text.includes("(") && text.includes(",")))
    for (const m of allMatches(DESCRIPTION_PAREN_AGE_RE, text)) {
      // (not a sum, a measure or a numbered thing: "(kale huur, 45)", "(bijlage, blz 12)")
      if (Number(m[2]) < 16 || THING_BEFORE_NUMBER.test(m[1].trimEnd().toLowerCase())) continue;
      const s = m.index + m[0].lastIndexOf(m[2]);
      add(s, s + m[2].length);
    }
  if (may(low.includes("uit ")))
    for (const m of allMatches(FROM_PLACE_AGE_RE, text)) {
      if (Number(m[1]) < 16) continue;
      const s = m.index + m[0].lastIndexOf(m[1] + ",");
      add(s, s + m[1].length);
    }
  if (may(/(?:toch|of niet)[ \t]*\?/.test(low)))
    for (const m of allMatches(AGE_CHECK_QUESTION_RE, text)) {
      const asked = Number(m[1]);
      // (not a sum or a thing: "de huur is 650 toch?", "het is 12 toch?")
      if (asked > MAX_AGE || NOT_AGE_SUBJECT.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      let at = text.indexOf("\n", m.index + m[0].length);
      for (let n = 0; at >= 0 && n < 4; n++) {
        const next = text.indexOf("\n", at + 1);
        const line = text.slice(at + 1, next < 0 ? text.length : next);
        at = next;
        if (!line.trim() || CHAT_HEADER_LINE.test(line)) continue;
        const pre = CHAT_LINE_PREFIX.exec(line)![0];
        const a = AGE_CHECK_ANSWER.exec(line.slice(pre.length));
        if (a && Math.abs(Number(a[1]) - asked) <= 2) {
          const s = (next < 0 ? text.length : next) - line.length + pre.length + a[0].length - a[1].length;
          add(s, s + a[1].length);
        }
        break;
      }
    }
  if (may(text.includes(",")))
    for (const m of allMatches(DESCRIBED_AGE_RE, text)) {
      if (!(numberValue(m[1]) >= 1 && numberValue(m[1]) <= MAX_AGE)) continue;
      const s = m.index + m[0].length - m[1].length;
      add(s, s + m[1].length);
    }
  if (may(text.includes("(")))
    for (const m of allMatches(SELF_COUPLE_PAREN_AGE_RE, text)) {
      const a = m.index + m[0].indexOf(m[1], m[0].indexOf("("));
      if (Number(m[1]) <= MAX_AGE) add(a, a + m[1].length);
      if (m[2] && Number(m[2]) <= MAX_AGE) { const b = m.index + m[0].lastIndexOf(m[2]); add(b, b + m[2].length); }
    }
  if (may(/jongste|oudste|middelste/.test(low)))
    for (const m of allMatches(YOUNGEST_FIRST_AGE_RE, text)) {
      const s = m.index + m[0].indexOf(m[1], 3);
      add(s, s + m[1].length);
    }
  if (may(text.includes("(") && /mnd|maanden/.test(low)))
    for (const m of allMatches(NAME_MONTHS_PAREN_RE, text)) {
      const s = m.index + m[0].lastIndexOf(m[1]);
      add(s, s + m[1].length);
    }
  // (any blank around "van", as the regex: "dochtertje\tvan\tdrie")
  if (may(/[ \t]van[ \t]/.test(low)))
    for (const m of allMatches(CHILD_OF_AGE_RE, text)) {
      const s = m.index + m[0].length - m[1].length;
      add(s, s + m[1].length);
    }
}
