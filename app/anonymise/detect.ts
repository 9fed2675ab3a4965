import { capitalised, lexicons, phraseKey } from "./lexicon";
import { DUTCH_WORD_RE, LANGUAGES, excluded as listExcluded, listSiblings } from "./lists";
import { BODY_INITIALS, DIALECT_MIEN_NOUN, isGenericAbbreviation, mailBeforeVerb, ESTATE_NAME, FILE_EXTS, GENERIC_SERVICES, LOWER_NAME_WORDS, LOWER_OWNER_TRADE, ORDINARY_WORD_END, ORG_TAIL, SURNAME_PREFIX_WORDS, isDepartmentWord, lexiconKnowsLower, nameCandidates, nicknameFrames } from "./names";
import { AGE_NUMBER, AGE_TAIL, CHINESE_FAMILY, IN_SEASON, MONTH_ABBREVIATIONS_NL, MONTH_NAMES_NL, THING_STREET, ageJaar, isAgeNumber, numberValue, spokenListStep, structuredCandidates, tableHeaderLines } from "./patterns";
import { PRIO, type Candidate, type Span } from "./types";
import { allMatches, hasAny, may, mentions } from "./scan";
import { cyrillicCandidates } from "./cyrillic";
import { arabicCandidates } from "./arabic";
import { INSTITUTIONS } from "./lexicons/institutions";

const LINE_BOUND_LABELS = new Set<string>(["persoon", "instelling", "plaats", "adres"]);

/** Keeps the best candidates: higher priority first, then longer, then earlier; no two spans overlap. */
function resolve(cands: Candidate[], text: string): Candidate[] {
  const length = text.length;
  cands.sort((a, b) => b.prio - a.prio || b.e - b.s - (a.e - a.s) || a.s - b.s);
  const taken = new Uint8Array(length + 1);
  const kept: Candidate[] = [];
  for (const c of cands) {
    if (c.e <= c.s) continue;
    // A name, organisation, place or address never runs across a line break ("Stadskantoor\nAanwezig:"): whatever rule
    // joined the two lines, the span is dropped.
    // Nor across a table cell's tab ("Zorgboerderij\tPlaats\tContact").
    // Nor across a fixed-width table's column gap of three or more blanks ("evaluatie bewind      Y. Tjoa").
    if (LINE_BOUND_LABELS.has(c.label) && /[\n\t]| {3}/.test(text.slice(c.s, c.e))) continue;
    let free = true;
    for (let k = c.s; k < c.e; k++)
      if (taken[k]) {
        free = false;
        break;
      }
    if (!free) continue;
    taken.fill(1, c.s, c.e);
    kept.push(c);
  }
  return kept.sort((a, b) => a.s - b.s);
}

const PARTICLE_WORDS = new Set(["van", "de", "der", "den", "ter", "ten", "te", "het", "in", "op", "el", "al", "ben", "bin"]);

/** "Ingrid van der Veen": a longer person span containing a stronger one inherits its priority. */
function widenPersons(cands: Candidate[]) {
  const persons = cands.filter((c) => c.label === "persoon").sort((a, b) => a.s - b.s || b.e - a.e);
  for (let o = 0; o < persons.length; o++) {
    const outer = persons[o];
    for (let n = o + 1; n < persons.length && persons[n].s < outer.e; n++) {
      const inner = persons[n];
      if (inner.prio > outer.prio && inner.e <= outer.e && outer.e - outer.s > inner.e - inner.s) outer.prio = inner.prio;
    }
  }
}

/** Whether [s, e) overlaps none of `spans` (a new candidate may only fill a gap). */
function isFree(spans: readonly Candidate[], s: number, e: number): boolean {
  return !spans.some((k) => k.s < e && s < k.e);
}

const CAP_WORD_RE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’]+(?![\p{L}\p{N}])/gu;
const ANY_WORD_RE = /(?<![\p{L}\p{N}])\p{L}[\p{L}'’]+(?![\p{L}\p{N}])/gu;

/** Names found with context are names everywhere in the text: "Mevrouw El Amrani … El Amrani zegt". */
const MONTH_NAMES = /^(?:April|Mei|Juni|Juli|Augustus)$/;
// A verb of a person acting right after a name (not a copula: "Roos is een bloem"; not "doet leven": "Hoop doet leven").
const WORD_NAME_ACTING_RE = /^[ \t]+(?:heeft|had|wil|wilde|moet|moest|gaat|ging|komt|kwam|belt|belde|zegt|zei|vertelt|vertelde|krijgt|kreeg|woont|woonde|werkt|werkte|zit|zat|doet(?![ \t]+leven)|deed|vraagt|vroeg|helpt|hielp|zorgt|zorgde|verzuimt|verzuimde|spijbelt|speelt|speelde|slaapt|sliep|loopt|liep|voelt|voelde|durft|durfde|kan|kon|wordt|werd|blijft|bleef|vindt|vond|weet|wist|snapt|maakt|maakte|geeft|gaf|staat|stond|ligt|lag|huilt|neemt|nam|(?:is|was)[ \t]+sinds)(?![\p{L}])/u;
const FUNCTION_WORD_NAME = /^(?:door|over|voor|naar|tegen|onder|boven|met|bij|uit|tot|aan|als|dan|maar|want|toch|wel|nog|zo|na)$/;
const APPOSITION_AFTER_RE = /^,[ \t]+een[ \t]+(?:\p{Ll}+[ \t]+)?(?:vrouw|man|meisje|meid|jongen|jongeman|jongedame|moeder|vader|dame|heer|tiener|weduwe|weduwnaar)[ \t]+van[ \t]/u;
const AGED_SUBJECT_RE = new RegExp(String.raw`^[ \t]+(?:is|was|wordt|werd)[ \t]+(?:nu[ \t]+|pas[ \t]+|al[ \t]+|bijna[ \t]+)?(?:${AGE_NUMBER})(?=[ \t]*(?:jaar\b|[,.;:!?)]|\n|$|[ \t]+en[ \t]))`, "u");
const NAME_OF_AGE_AFTER_RE = new RegExp(String.raw`^[ \t]van[ \t](?:${AGE_NUMBER})(?:[ \t]+jaar)?(?:[ \t]*[,.;)]|[ \t]+en[ \t]|[ \t]*\n|$)`, "u");
const KIN_BEFORE_RE = /(?<![\p{L}])(?:vrouw|man|echtgenote|echtgenoot|partner|vriendin|vriend|dochter|zoon|dochtertje|zoontje|zus|zusje|broer|broertje|moeder|vader|oma|opa|kleindochter|kleinzoon|tante|oom|nicht|neef)[ \t]+$/u;
// A greeting opening a line, before the addressee: "hoi graciela,", "Beste jan!".
const GREETING_WORDS = "hoi|hallo|hey|hee|hai|beste|lieve|dag|goedemorgen|goedemiddag|goedenavond";
const GREETED_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${GREETING_WORDS})[ \t]+$`, "iu");
const GREETING_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${GREETING_WORDS})(?![\p{L}])`, "iu");
// The start of a lower-case attendee line up to a name on it: "aanw: hatice, ".
const ATTENDEE_LINE_BEFORE = /^[ \t]*(?:aanw|aanwezig|aanwezigen|afw|afwezig|deelnemers)[ \t]*:[\p{Ll}, \t]*$/u;
function propagate(text: string, kept: Candidate[], chat = false): Candidate[] {
  const lex = lexicons();
  const words = new Set<string>();
  // First names that are also words ("Roos", "Fleur") spread only from a full name and only mid-sentence.
  const midSentence = new Set<string>();
  const fullSurnames = new Set<string>();
  // Word-like first names found as a person with context ("kids: Job (19), Floor (16)", "Buurvrouw Roos Winter"): their
  // other capitalised mentions are that person as the subject of a verb of a person acting ("Floor zit op het Maaswaal
  // College", "Roos doet de boodschappen"), not the word ("Hoop doet leven", "Floor van de keuken").
  const wordLikeFirsts = new Set<string>();
  const lowerFound = new Set<string>();
  const particleNames = new Set<string>();
  // Surnames found after a Dutch particle ("mevrouw de Laat", "Marleen de Wit"): often ordinary words ("laat", "wit").
  const afterParticle = new Set<string>();
  for (const c of kept) {
    // Only names found with some evidence spread; a guess (two capitalised words) does not.
    if (c.label !== "persoon" || c.prio <= PRIO.propagated + 2) continue;
    const firstWord = /^(\p{Lu}\p{Ll}+)\s+\S/u.exec(text.slice(c.s, c.e));
    if (firstWord && lex.ambiguousFirstNames.has(firstWord[1]) && c.prio >= PRIO.personLexicon) midSentence.add(firstWord[1]);
    // Such a name found alone right after a word of kinship ("zijn vrouw Roos", "dochter Fleur") is that person too, and
    // spreads the same way: "- Roos doet de boodschappen" (not "Roos is een bloem" at a sentence start).
    else if (c.prio >= PRIO.personContext && lex.ambiguousFirstNames.has(text.slice(c.s, c.e)) && KIN_BEFORE_RE.test(text.slice(Math.max(0, c.s - 16), c.s))) midSentence.add(text.slice(c.s, c.e));
    // (also when described right after it as a person of some age: "Het gaat om Roos, een jonge vrouw van negentien")
    else if (c.prio >= PRIO.personContext && lex.ambiguousFirstNames.has(text.slice(c.s, c.e)) && APPOSITION_AFTER_RE.test(text.slice(c.e, c.e + 40))) midSentence.add(text.slice(c.s, c.e));
    // (or listed with an age after "van": "twee kinderen: Roos van vijftien en Bram van negen")
    else if (c.prio >= PRIO.personContext && lex.ambiguousFirstNames.has(text.slice(c.s, c.e)) && NAME_OF_AGE_AFTER_RE.test(text.slice(c.e, c.e + 30))) midSentence.add(text.slice(c.s, c.e));
    // "Joost Koning": a known first name + a surname that is also a word.
    // (also a hyphenated first name: "Piet-Hein Koster … Bij Koster wisselt de begeleider")
    const full = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\p{Ll}+)$/u.exec(text.slice(c.s, c.e));
    if (full && full[1].split("-").every((f) => lex.firstNames.has(f)) && lex.ambiguousSurnames.has(full[2])) fullSurnames.add(full[2]);
    // "Dhr. Koning … het dossier Koning … contact met Koning": a surname that is also a word, found alone after a title.
    if (c.prio >= PRIO.personTitle && /^\p{Lu}\p{Ll}{2,}$/u.test(text.slice(c.s, c.e)) && lex.ambiguousSurnames.has(text.slice(c.s, c.e)) && !lex.firstNames.has(text.slice(c.s, c.e)) &&
      /(?<![\p{L}])(?:[Dd]hr|[Mm]w|[Mm]evr|[Mm]nr|[Mm]evrouw|[Mm]eneer|[Dd]e heer)\.?[ \t]*$/u.test(text.slice(Math.max(0, c.s - 10), c.s))) fullSurnames.add(text.slice(c.s, c.e));
    // (also after a first initial, with or without a title: "mw. J. Zwart (Jildou) … Zwart heeft een mbo-4", "adviseur
    // R. Kerkhof … volgens Kerkhof")
    const initialSurname = c.prio >= PRIO.personContext ? /^(?:\p{Lu}\.[ \t]?){1,3}(\p{Lu}\p{Ll}{2,})$/u.exec(text.slice(c.s, c.e)) : null;
    if (initialSurname && lex.ambiguousSurnames.has(initialSurname[1]) && !lex.firstNames.has(initialSurname[1])) fullSurnames.add(initialSurname[1]);
    // In a chat a lower-case surname found after a title spreads too: "dhr ramdin komt … ik bel ramdin".
    // (also the surname of a full lower-case name without particles: "tomasz wierzbicki … wierzbicki ja", not "de vries")
    const lowerName = chat && c.prio >= PRIO.personContext ? /^(?:\p{Ll}+[ \t]+)*(\p{Ll}{5,})$/u.exec(text.slice(c.s, c.e)) : null;
    if (lowerName && !text.slice(c.s, c.e).split(/[ \t]+/).some((w) => PARTICLE_WORDS.has(w))) lowerFound.add(lowerName[1]);
    // Outside a chat too, a lower-case lexicon first name (4+ letters, no word) found with context is that
    // person at its other lower-case mentions: "- kenzo, broer van ricardo … zij kennen ricardo en kenzo".
    // (also the first name of a full lower-case name: "clt twan van lieshout … twan ligt in het ziekenhuis")
    if (!chat && c.prio >= PRIO.personContext && /^\p{Ll}{4,}(?:[ \t]+\p{Ll}+)*$/u.test(text.slice(c.s, c.e))) {
      const w = text.slice(c.s, c.e).split(/[ \t]+/)[0];
      if (lex.firstNamesLower.has(w) && !lex.common.has(w) && !LOWER_NAME_WORDS.has(w) && !lex.ambiguousFirstNames.has(capitalised(w)) && !lex.places.phrases.has(w)) lowerFound.add(w);
      // (also an unknown one listed on a lower-case attendee line: "aanw: hatice, daoud, ik … daoud: melden?")
      else if (ATTENDEE_LINE_BEFORE.test(text.slice(text.lastIndexOf("\n", c.s) + 1, c.s)) && !lex.common.has(w) && !LOWER_NAME_WORDS.has(w)) lowerFound.add(w);
    }
    // "dhr el khatib … zit bij el khatib", "dhr van dam … van dam belt": a lower-case particle name found after a
    // title spreads as a whole.
    // (Also "de"/"den" when the name is closed by a bracket, comma or line end, as a name is and an object
    // is not: "mw. de jong (38) … notities hb de jong", not "dhr. de post sorteren … de post blijft liggen".)
    // (also a lower-case double surname: "mw smit-koster … wie pakt smit-koster?")
    if (c.prio >= PRIO.personContext && /^(?:(?:el|al|van|ter|ten|van de|van der|van den)[ \t]\p{Ll}{4,}|\p{Ll}{3,}-\p{Ll}{3,})$/u.test(text.slice(c.s, c.e))) particleNames.add(text.slice(c.s, c.e));
    else if (c.prio >= PRIO.personContext && /^(?:de|den)[ \t]\p{Ll}{4,}$/u.test(text.slice(c.s, c.e)) && /^(?:[ \t]*\(|,|[ \t]*\n|$)/.test(text.slice(c.e, c.e + 3))) particleNames.add(text.slice(c.s, c.e));
    // "wijkagent Van Dalen … - Van Dalen houdt contact": a particle + surname spreads as a whole (its last word alone may
    // be a place or a word: "Dalen").
    const particle = /(?:^|\s)((?:[Vv]an(?:[ \t]+(?:de[nr]?|het|'t))?|[Dd]e[nr]?|[Tt]e[rn]|[Ii]n[ \t]+'t)[ \t]+\p{Lu}\p{Ll}{2,})$/u.exec(text.slice(c.s, c.e));
    if (particle) particleNames.add(particle[1].charAt(0).toLowerCase() + particle[1].slice(1));
    const afterDutchParticle = /(?:^|\s)(?:[Dd]e[nr]?|[Vv]an|[Tt]e[nr]?|[Hh]et|'t)[ \t]+(\p{Lu}\p{Ll}{2,})$/u.exec(text.slice(c.s, c.e));
    if (afterDutchParticle) afterParticle.add(afterDutchParticle[1]);
    for (const w of text.slice(c.s, c.e).split(/[\s,]+/)) {
      for (const part of [w, ...w.split("-")]) {
        if (part.length < 3 || !/^\p{Lu}\p{Ll}/u.test(part) || PARTICLE_WORDS.has(part.toLowerCase()) || SURNAME_PREFIX_WORDS.has(part.toLowerCase())) continue;
        const key = part.toLowerCase();
        if (lex.common.has(key) || lex.negatives.phrases.has(key) || lex.places.phrases.has(key)) continue;
        if (lex.ambiguousFirstNames.has(part) && c.prio >= PRIO.personContext && part === text.slice(c.s, c.e).split(/[ \t]+/)[0] && !MONTH_NAMES.test(part)) wordLikeFirsts.add(part);
        if (lex.ambiguousFirstNames.has(part) || lex.ambiguousSurnames.has(part)) continue;
        // "mw. Door van Hoof … Door de kostendelersnorm": a name that is a preposition or conjunction spreads mid-sentence only.
        if (FUNCTION_WORD_NAME.test(key)) {
          if (c.prio >= PRIO.personTitle) midSentence.add(part);
          continue;
        }
        words.add(part);
      }
    }
  }
  const extra: Candidate[] = [];
  // A person's initials given in brackets after the name are that person, there and at their other whole mentions:
  // "klant jan-willem bakker (jw), 23 … jw werkt 3 dagen", "Anna de Vries (AdV)". The letters must be the name's
  // initials (of its first name alone or of all its words), so "(ww)" or "(AB)" after an unrelated name stays out.
  for (const c of kept) {
    if (c.label !== "persoon" || c.prio < PRIO.personContext) continue;
    const tail = /^((?:[ \t]+[\p{L}'’-]+){0,3}?)[ \t]*\(([\p{L}]{2,4})\)/u.exec(text.slice(c.e, c.e + 50));
    if (!tail) continue;
    const parts = (text.slice(c.s, c.e) + tail[1]).split(/[\s-]+/).filter(Boolean);
    const all = parts.map((p) => p.charAt(0)).join("");
    const core = parts.filter((p) => !PARTICLE_WORDS.has(p.toLowerCase())).map((p) => p.charAt(0)).join("");
    const first = text.slice(c.s, c.e).split(/\s+/)[0].split("-").map((p) => p.charAt(0)).join("");
    const ini = tail[2];
    if (![all, core, first].some((x) => x.length >= 2 && x.toLowerCase() === ini.toLowerCase())) continue;
    for (const at of mentions(text, ini)) extra.push({ s: at, e: at + ini.length, label: "persoon", prio: PRIO.propagated });
  }
  // A call name or the initials right before a full name in brackets stand for that person, there and at their other
  // mentions: "Vader, Ro (Rodney Kartosen) … ruzie met Ro", "GJ (Gerrit Jan Ekema) – ggz". The short form must start the
  // first name or be the initials of the name's words; no weekday ("Ma (Maria …)" is also Monday) nor a word.
  for (const c of kept) {
    if (c.label !== "persoon" || c.prio < PRIO.personContext || text.charAt(c.e) !== ")") continue;
    const short = /(?:^|[^\p{L}.])(\p{Lu}[\p{L}]{1,4})[ \t]\($/u.exec(text.slice(Math.max(0, c.s - 8), c.s));
    if (!short) continue;
    const sf = short[1];
    const parts = text.slice(c.s, c.e).split(/[ \t-]+/).filter((p) => p && !PARTICLE_WORDS.has(p.toLowerCase()));
    if (parts.length < 2 || /^(?:ma|di|wo|do|vr|za|zo)$/i.test(sf) || lex.common.has(sf.toLowerCase())) continue;
    const initials = parts.slice(0, -1).map((p) => p.charAt(0)).join("");
    const callName = /^\p{Lu}\p{Ll}+$/u.test(sf) && parts[0].startsWith(sf) && parts[0].length > sf.length;
    if (!callName && !(/^\p{Lu}{2,3}$/u.test(sf) && (sf === initials || sf === initials + parts[parts.length - 1].charAt(0)))) continue;
    extra.push(...spreadNames(text, kept, [sf]));
  }
  // A client's initials found with context spread to their other mentions: "Casus T.V. … | contract T.V. uitzoeken |".
  for (const c of kept)
    if (c.label === "persoon" && c.prio >= PRIO.personContext && /^(?:\p{Lu}\.){2,3}$/u.test(text.slice(c.s, c.e)))
      for (const at of mentions(text, text.slice(c.s, c.e))) extra.push({ s: at, e: at + c.e - c.s, label: "persoon", prio: PRIO.propagated });
  for (const name of particleNames) {
    const capital = capitalised(name);
    const lastIsPlace = lex.places.phrases.has(name.slice(name.search(/\S+$/)).toLowerCase());
    // (A lower-case one whose last word is a lexicon place goes above that place, since the particle makes it the
    // name: "dhr. van ommeren … van ommeren heeft", not the place "ommeren".)
    const overPlace = lastIsPlace && /^\p{Ll}[\p{Ll} \t]*$/u.test(name);
    // (So does the capitalised "Van Asten" of a name found as "Jesse van Asten": with its capital "Van" it is no "van Asten"
    // as coming from the place, and it also survives when it opens a line.)
    const capitalOverPlace = lastIsPlace && /^van[ \t]/.test(name);
    for (const form of [name, capital]) for (const at of mentions(text, form)) extra.push({ s: at, e: at + form.length, label: "persoon", prio: overPlace || (capitalOverPlace && form === capital && form !== name) ? PRIO.placeLexicon + 1 : PRIO.propagated });
  }
  if (!may(words.size > 0 || midSentence.size > 0 || fullSurnames.size > 0 || lowerFound.size > 0 || wordLikeFirsts.size > 0)) return extra;
  // In a chat a name found once is also a name in lower case: "mw Ramsaroep … welke ramsaroep" (5+ letters, no word).
  const lower = new Set<string>();
  // (4 letters too: "dhr. Kaya … welke kaya, Osman?"; not a lower-case word)
  if (!chat) for (const w of lowerFound) lower.add(w);
  if (chat) for (const w of [...words, ...lowerFound]) if (w.length >= 4 && !lex.firstNamesLower.has(w.toLowerCase()) && !lex.common.has(w.toLowerCase()) && !LOWER_NAME_WORDS.has(w.toLowerCase())) lower.add(w.toLowerCase());
  // A lexicon first name found capitalised as a person spreads to its lower-case mentions in a chat, also a short one
  // ("Jos rijdt … ik app jos wel"); not word-like names ("Roos", "Mark") or month abbreviations ("jan").
  if (chat) for (const w of words) if (w.length >= 3 && lex.firstNames.has(w) && !lex.common.has(w.toLowerCase()) && !LOWER_NAME_WORDS.has(w.toLowerCase()) && !/^(?:jan|mei|dec|nov|okt|feb|mar|apr|aug|sep|juli|juni)$/.test(w.toLowerCase())) lower.add(w.toLowerCase());
  // Outside a chat a found first name written in lower case where a capital belongs, opening a line, a sentence or a
  // note after its date stamp: "Dylan Martina … 23/9: dylan alsnog langs met tante" (5+ letters, no word).
  const lowerStart = new Set<string>();
  // (4 letters too: "dochter Ilse (31) … mw. schaamt zich. ilse helpt met sorteren")
  if (!chat) for (const w of words) if (w.length >= 4 && lex.firstNames.has(w) && !lex.common.has(w.toLowerCase()) && !LOWER_NAME_WORDS.has(w.toLowerCase()) && !lex.ambiguousFirstNames.has(w) && !lex.places.phrases.has(w.toLowerCase())) lowerStart.add(w.toLowerCase());
  // Also any found name word (not a lexicon first name: "Aan: Graciela Andrade … hoi graciela,") addressed in lower case
  // after the greeting that opens a line.
  const greeted = new Set<string>();
  if (!chat) for (const w of words) if (w.length >= 4 && !lex.common.has(w.toLowerCase()) && !LOWER_NAME_WORDS.has(w.toLowerCase())) greeted.add(w.toLowerCase());
  // (also the capitalised word right before a found surname, an unknown first name: "Aan: Graciela Andrade")
  if (!chat && may(greeted.size > 0 && GREETING_LINE.test(text)))
    for (const c of kept) {
      const before = c.label === "persoon" ? /(?:^|[^\p{L}])(\p{Lu}\p{Ll}{3,})[ \t]$/u.exec(text.slice(Math.max(0, c.s - 20), c.s)) : null;
      if (before && !lex.common.has(before[1].toLowerCase()) && !LOWER_NAME_WORDS.has(before[1].toLowerCase()) && !lex.places.phrases.has(before[1].toLowerCase())) greeted.add(before[1].toLowerCase());
    }
  // Only a chat with lower-case candidates needs every word; otherwise only capitalised words.
  for (const m of allMatches(lower.size || lowerStart.size || greeted.size ? ANY_WORD_RE : CAP_WORD_RE, text)) {
    if (!/^\p{Lu}/u.test(m[0])) {
      // (also as a closing vocative: "stuur je me haar klantnr, wouter\n")
      const vocative = /,[ \t]*$/.test(text.slice(Math.max(0, m.index - 2), m.index)) && /^[ \t]*(?:[.!?]|\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      // (also closing a line, as in a subject line: "Onderwerp: proefplaatsing mohamed\n … Mohamed doet het goed")
      const lineEnd = /^[ \t]*(?:\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      // (A surname found after a particle spreads in lower case only after a particle too: "Anja van Rooij … van rooij",
      // but "mevrouw de Laat, sorry laat bericht" has the word "laat".)
      const particleMissing = afterParticle.has(capitalised(m[0])) && !/(?<![\p{L}])(?:de[nr]?|van|te[nr]?|het|'t)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index));
      // (A lower-case mention after an article is a noun, not the surname found capitalised: "dhr. Arts … mevrouw de arts
      // van de poli", unless the surname itself was found after "de": "mw. de Jong … de jong". So after a demonstrative or
      // a quantity word: "[10:03] winter: … deze winter was zwaar", "ik heb goede hoop".)
      const afterArticle = (!afterParticle.has(capitalised(m[0])) && /(?<![\p{L}])(?:de|het|een)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 5), m.index))) ||
        /(?<![\p{L}])(?:deze|dit|geen|goede|weinig|veel|elke|iedere|afgelopen|vorige|komende|hele)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 11), m.index));
      const greeting = greeted.has(m[0]) && GREETED_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) && /^[ \t]*(?:[,!]|\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
      if ((lower.has(m[0]) && !particleMissing && !afterArticle) || greeting || (lowerStart.has(m[0]) && (vocative || lineEnd || /(?:^|[.!?:]\s+|\n[ \t]*)$/u.test(text.slice(Math.max(0, m.index - 3), m.index)))))
        extra.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.propagated });
      continue;
    }
    const atStart = /(?:^|[.!?:;"“]\s*|\n\s*)$/u.test(text.slice(Math.max(0, m.index - 3), m.index));
    // (Also at a sentence start as the speaker of a quote: 'collega Hub … Hub: "Komt goed, die meid."')
    const quoteSpeaker = /^:[ \t]*["“„]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    // (Also at a sentence start as the subject of a finite verb: "mevrouw Roos Akkerman … 07:45 Ontbijt. Roos
    // heeft om 11:00 een afspraak"; only verbs of a person acting, no copula: "Roos is een mooie bloem" stays out.)
    // (also any present-tense verb on -t right before a colon or comma: "Roos twijfelt: Storm gaat naar …", "Roos twijfelt, zegt ze")
    const subject = atStart && (WORD_NAME_ACTING_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)) ||
      /^[ \t]+(?!(?:niet|echt|dat|wat|met|het|toch|ligt|staat|past|lost|klopt|telt)[:,])\p{Ll}{3,}t[:,]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)));
    // (also when an age follows a copula, "Roos is eenendertig, Klaas wordt veertig", or alone on its line as the writer
    // closing a mail: "Thanks!\nRoos\n"; "Roos is een bloem" stays out)
    const agedSubject = atStart && AGED_SUBJECT_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    const ownLine = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^[ \t]*(?:\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    const mid = midSentence.has(m[0]) && (!atStart || quoteSpeaker || subject || agedSubject || ownLine);
    // A surname that is also a word, spread from a full name ("Joost Koning … Koning neemt contact op"): also at a
    // sentence start when a lower-case word follows, never before a capital ("Koning Willem").
    // (Also as a list item's label: "Gerda Plomp … - Plomp: nog geen contact gehad".)
    const surname = fullSurnames.has(m[0]) && (/^[ \t]+\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) ||
      (/^:[ \t]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) && /(?:^|\n)[ \t]*[-*•][ \t]*$/.test(text.slice(Math.max(0, m.index - 6), m.index))) ||
      // (mid-sentence before a comma or a full stop too, not after an article: "levensvatbaar volgens Kerkhof, mits …")
      (!atStart && /^[,.;]/.test(text.charAt(m.index + m[0].length)) && !/(?:^|[^\p{L}])(?:de|het|een|De|Het|Een)[ \t]+$/u.test(text.slice(Math.max(0, m.index - 5), m.index))));
    // A name that is also an adjective, opening a sentence before "dat", is that adjective: "mw. Mooi … Mooi dat de review
    // is verschoven" (a name as subject is followed by its verb).
    const adjectiveThat = atStart && /^[ \t]+dat(?![\p{L}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
    if (adjectiveThat) continue;
    // (nor the dialect "my" before a lower-case noun: "Mien zeun Jan woont in Duutslaand", "Mien nummer is …")
    if (m[0] === "Mien" && DIALECT_MIEN_NOUN.test(/^[ \t]+(\p{Ll}+)/u.exec(text.slice(m.index + 4, m.index + 20))?.[1] ?? "")) continue;
    const acting = wordLikeFirsts.has(m[0]) && WORD_NAME_ACTING_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (words.has(m[0]) || mid || surname || acting) extra.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.propagated });
    // "Noah's moeder": the name with a possessive.
    else if (/['’]s$/.test(m[0]) && words.has(m[0].slice(0, -2))) extra.push({ s: m.index, e: m.index + m[0].length - 2, label: "persoon", prio: PRIO.propagated });
  }
  return extra;
}

/**
 * Organisations found with context are organisations everywhere in the text: "basisschool 't Palet … IB'er 't Palet",
 * "Stichting Exodus … bij Exodus". A bare place after a head word ("Werkbedrijf Smallingerland") does not spread.
 */
const NATIONAL_CHAINS = new Set(
  ("albert heijn|ah|jumbo|lidl|aldi|plus|hema|action|kruidvat|etos|blokker|zeeman|primark|ikea|gamma|praxis|karwei|mediamarkt|coolblue|bol.com|" +
    "postnl|dhl|picnic|flink|thuisbezorgd|mcdonald's|burger king|kfc|spar|coop|vomar|hoogvliet|dirk van den broek|dirk|xenos|wibra|hubo|intratuin|" +
    "kwantum|leen bakker|bouwmaat|c&a|h&m|intersport|decathlon|welkoop|makro|sligro|febo|ns").split("|"),
);
// The welfare work every municipality buys in: "het jongerenwerk", "buurtwerk", "opbouwwerk" (generic services).
const GENERIC_WORK = /^(?:jongeren|jeugd|tiener|kinder|buurt|wijk|ouderen|opbouw|straathoek|club|clubhuis|welzijns|vrijwilligers|maatschappelijk)werk$/;
/** The word (a run of non-blank characters) before each mention of `word` that follows a blank: "Frank Lippens" gives
 * "Frank". A digit may follow the mention ("Lippens2"). */
function wordsBefore(text: string, word: string): string[] {
  const out: string[] = [];
  for (const i of mentions(text, word, true)) {
    let j = i;
    while (j > 0 && (text[j - 1] === " " || text[j - 1] === "\t")) j--;
    if (j === i) continue;
    let k = j;
    while (k > 0 && !/\s/.test(text[k - 1])) k--;
    if (k < j) out.push(text.slice(k, j));
  }
  return out;
}

function isTownAdjective(w: string): boolean {
  if (!/^\p{Lu}\p{Ll}+se$/u.test(w)) return false;
  const places = lexicons().places.phrases;
  return places.has(w.slice(0, -1).toLowerCase()) || places.has(w.slice(0, -2).toLowerCase());
}
let capsAbbrevs: Set<string> | null = null;
/** The short organisation names the lexicon spells in capitals only ("HU", "IMK"). */
function capsAbbreviations(): Set<string> {
  if (!capsAbbrevs) {
    const all = INSTITUTIONS.split("|").map((w) => w.trim());
    const titled = new Set(all.filter((w) => /^\p{Lu}\p{Ll}{1,2}$/u.test(w)).map((w) => w.toUpperCase()));
    capsAbbrevs = new Set(all.filter((w) => /^\p{Lu}{2,3}$/u.test(w) && !titled.has(w)));
  }
  return capsAbbrevs;
}
const TRADE_HEAD_COMPOUND = /^\p{Lu}\p{Ll}{3,}(?:fabriek|handel|kwekerij|bakkerij|slagerij|drukkerij|zagerij|winkel)$/u;
const STREET_NAMED_ORG = /^de[ \t]+\p{L}+(?:straat|weg|laan|plein|dijk|kade|gracht|singel)$/u;
const CARE_CONTEXT = /revalid|opgenomen|opname|kliniek|behandel|ziekenhuis|zorg|therap|arts|dokter|patiënt|patient/i;
// (A trade or facility compound opening a name is a common noun, no coined name: "Champignonkwekerij
// Haskerhorne … die van de champignonkwekerij" leaves the lower-case noun.)
const TRADE_COMPOUND_WORD = /\p{Ll}{3,}(?:erij|bedrijf|winkel|kantoor|bureau|buro|fabriek|handel|zaak|praktijk|centrum|salon|studio|club|vereniging)$/u;
// Mail and web hosts whose domain names no organisation of the text.
const WEBMAIL = new Set(["gmail", "hotmail", "outlook", "yahoo", "icloud", "live", "ziggo", "kpnmail", "kpnplanet", "planet", "xs4all", "home", "chello", "quicknet", "caiway", "online", "telfort", "protonmail", "proton", "googlemail", "example", "voorbeeld"]);
/** Whether lower-case w could be a coined name: no lexicon word, negative, place, first name, surname or service. */
// Ordinary nouns that also open firms' names ("Koelhuis Westland", "Kamers aan de Singel"), so they cannot be common words
// for the capitalised lexicon, yet are no coined name in lower case ("contract via koelhuis", "woont op kamers").
const ORDINARY_LOWER_NOUNS = new Set(["kamers", "koelhuis", "koelhuizen", "vrieshuis", "vrieshuizen", "pakhuis"]);
function coinedLowerName(lex: ReturnType<typeof lexicons>, w: string): boolean {
  return !ORDINARY_LOWER_NOUNS.has(w) && !lexiconKnowsLower(lex, w) && !lex.negatives.phrases.has(w) && !lex.firstNames.has(capitalised(w)) && !GENERIC_SERVICES.has(w);
}
// "[19:02] gerda (praatmaatjes): hoi allen", "[14:05] dawit (vwn): in vierlingsbeek": in a chat a speaker tag with one
// coined word in brackets names the speaker's organisation (not a role, relation, service, place or name: "(klantmanager)",
// "(gemeente)", "(moeder)", "(kcc)", "(assen)").
const SPEAKER_ORG_RE = /^\[[^\]\n]{1,20}\][ \t]+[^\n():\[\]]{1,30}?[ \t]*\(([\p{L}][\p{L}-]{2,24})\):/gmu;
const ROLE_WORD = /(?:coach|manager|consulent|medewerker|medewerkster|agent|werker|werkster|begeleider|begeleidster|tolk|arts|kundige|loket|team|ouder|moeder|vader|zus|zoon|dochter|broer|oma|opa|tante|oom|buurvrouw|buurman|vrijwilliger|stagiair|stagiaire|mentor|docent|leraar|juf|meester|wethouder|voorzitter|secretaris|planner|adviseur|regisseur|schapper|deskundige|specialist|loog|goog|peut|assistent|maatje|cliënt|client|klant|jongere|vriend|vriendin|partner|ik|zelf|privé|prive|groep|app|admin|beheer|bot)$/u;
function speakerTagOrgs(text: string): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  for (const m of allMatches(SPEAKER_ORG_RE, text)) {
    const w = m[1].toLowerCase();
    if (ROLE_WORD.test(w) || !coinedLowerName(lex, w)) continue;
    const s = m.index + m[0].length - 2 - m[1].length;
    out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.institutionContext });
  }
  return out;
}
// "3 mnd achter bij maasland wonen", "woning van peelrand wonen", "woningcorporatie is veenweide wonen", "maasland wonen
// stuurt een brief": a lower-case region or coined word + "wonen" in a housing or debt frame, or as the subject of an
// acting verb, is a housing corporation (not "die in maasland wonen", "bij hun ouders wonen").
const LOWER_WONEN_RE = /(?<![\p{L}])(?:(?:(?:huur)?woning|huur|achter|huurachterstand|achterstand|schuld|schulden|brief|post)[ \t]+(?:van|bij|via)[ \t]+|(?:woning)?corporatie[ \t]+(?:is[ \t]+)?)((\p{Ll}{4,})[ \t]+wonen)(?![\p{L}])|(?:^|[.!?:,;][ \t]+)((\p{Ll}{4,})[ \t]+wonen)[ \t]+(?:stuurt|zegt|wil|belt|dreigt|eist|doet|vraagt|biedt|zoekt|heeft[ \t]+(?:een|de|het|ons|mij|me|haar|hem|hun|geen))(?![\p{L}])/dgmu;
function lowerHousingCorporations(text: string): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  for (const m of allMatches(LOWER_WONEN_RE, text)) {
    const g = m[1] ? 1 : 3;
    const w = m[g + 1];
    if (!lex.places.phrases.has(w) && !coinedLowerName(lex, w)) continue;
    const [s, e] = m.indices![g];
    out.push({ s, e, label: "instelling", prio: PRIO.institutionHead });
  }
  return out;
}
// "ROC Ter AA … ja op ter aa in helmond", "Hoveniersbedrijf Lok … welke van lok": in a chat the name after an
// organisation's head word is written again in lower case after a preposition; each word of it a coined word (no
// lexicon word, name or place), so "Stichting Leergeld … van leergeld" or "Bakkerij Jansen … bij jansen" stay.
// (also opening a chat message: "[08:57] Samira: dribbel is vol zeggen ze")
const LOWER_REMENTION_BEFORE = /(?<![\p{L}])(?:bij|van|op|aan|via|naar|voor)[ \t]+$|(?:^|\n)\[[^\]\n]{1,30}\][^:\n]{1,40}:[ \t]*$/u;
function lowerChatRementions(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  for (const c of kept) {
    if (c.label !== "instelling" || c.prio < PRIO.institutionContext) continue;
    const m = /^(\p{L}+) ((?:\p{L}+ )?\p{L}{2,})$/u.exec(text.slice(c.s, c.e));
    if (!m || !lex.institutionHeads.phrases.has(m[1].toLowerCase()) || !/\p{Lu}/u.test(m[2])) continue;
    const low = m[2].toLowerCase();
    const words = low.split(" ");
    if (words.some((w) => !PARTICLE_WORDS.has(w) && (!coinedLowerName(lex, w) || lex.surnames.has(capitalised(w)) || lex.places.phrases.has(w))) || words.every((w) => PARTICLE_WORDS.has(w))) continue;
    for (const at of mentions(text, low))
      if (LOWER_REMENTION_BEFORE.test(text.slice(Math.max(0, at - 80), at))) out.push({ s: at, e: at + low.length, label: "instelling", prio: PRIO.propagated + 1 });
  }
  return out;
}
// "ziek gemeld bij grasgroen", "mn schuld bij fixit klussen", "huurachterstand bij veluwethuis", "deurwaarder van hartman
// & co", "is ie al bij van ooijen fruit begonnen": in a chat a lower-case coined word after a work, debt or help cue + bij/
// aan/via is a firm (also with a company word after it), and so is any lower-case "x & co" / "van x & y" after bij/van.
const LOWER_FIRM_CUE_RE = /(?<![\p{L}])(?:ziek[ \t]+gemeld|schuld(?:en)?|(?:huur)?achterstand|in[ \t]+dienst|proefplaatsing|stage|contract|vandaag|loonstrook|betaald|betaalt|geregeld|al)[ \t]+(?:bij|aan|via)[ \t]+((?:van[ \t]+)?(\p{Ll}{5,})(?:[ \t]+(klussen|fruit|transport|bouw|techniek|schoonmaak|service|oost|west|noord|zuid))?)(?![\p{L}&])|(?<![\p{L}])(?:bij|van|via|aan)[ \t]+((?:van[ \t]+)?\p{Ll}{3,}[ \t]*&[ \t]*(?:co|\p{Ll}{3,}))(?![\p{L}])/gu;
// "gert van grasgroen", "henk van grasgroen": a first name + "van" + a coined lower-case word (no surname or place) is
// the person of that firm; the coined word is the firm.
const LOWER_NAME_OF_FIRM_RE = /(?<![\p{L}])(\p{Ll}{3,})[ \t]+van[ \t]+(\p{Ll}{5,})(?![\p{L}])/gu;
function lowerCuedFirms(text: string): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  const push = (at: number, name: string) => out.push({ s: at, e: at + name.length, label: "instelling", prio: PRIO.institutionContext });
  // (no plural, infinitive or adverb the lexicons lack: "schuld bij vrienden", "anna van hiernaast")
  const coinedFirm = (w: string) => coinedLowerName(lex, w) && !lex.surnames.has(capitalised(w)) && !lex.places.phrases.has(w) && w.length >= 6 && !/(?:[^aeiouy]en|er|ers|uur|ine|aast|lijk|ig|heid|ing)$|^(?:hier|daar|waar)/u.test(w);
  for (const m of allMatches(LOWER_FIRM_CUE_RE, text)) {
    const name = m[1] ?? m[4];
    // (the word alone must be coined; with a company word after it a surname will do: "van ooijen fruit")
    // (an ordinary word before "&" makes no firm: "werk & inkomen")
    if (m[4] && lex.common.has(m[4].replace(/^van[ \t]+/u, "").split(/[ \t&]/u)[0])) continue;
    if (m[1] && !(m[3] ? coinedLowerName(lex, m[2]) || lex.surnames.has(capitalised(m[2])) : coinedFirm(m[2]) && !/^van[ \t]/.test(name))) continue;
    // ("& co" or "& surname" makes a firm of what a person or place rule reads: "hartman & co", "van kesteren & bos")
    out.push({ s: m.index + m[0].length - name.length, e: m.index + m[0].length, label: "instelling", prio: m[4] ? PRIO.personTitle + 1 : PRIO.institutionContext });
  }
  for (const m of allMatches(LOWER_NAME_OF_FIRM_RE, text))
    if (lex.firstNames.has(capitalised(m[1])) && !lex.common.has(m[1]) && coinedFirm(m[2])) push(m.index + m[0].length - m[2].length, m[2]);
  // "9 uur bij hotel spaander": a venue word + a surname or a coined word (no verb form) after bij/in/naar is that venue (not
  // "van camping zegt").
  for (const m of allMatches(LOWER_VENUE_RE, text))
    if (!lex.common.has(m[1]) && !lex.places.phrases.has(m[1]) && (lex.surnames.has(capitalised(m[1])) || (coinedLowerName(lex, m[1]) && m[1].length >= 6 && !/(?:t|en|de|te)$/.test(m[1])))) push(m.index, m[0]);
  return out;
}
const LOWER_VENUE_RE = /(?<=(?:^|[^\p{L}])(?:bij|in|naar|van)[ \t]+)(?:hotel|restaurant|camping|pension|hostel|brasserie)[ \t]+(\p{Ll}{4,})(?![\p{L}'’-])/gu;
// "doet de boodschappen bij de Dirk", "proefplaatsing bij de ah", "mw. de graaf van de ah": a national chain after a
// preposition + "de" is the shop (a person takes no article), also when it is a first name or written in lower case.
const CHAIN_AFTER_ARTICLE_RE = /(?<![\p{L}])(?:bij|van|naar|in|voor|aan|achter|tegenover)[ \t]+de[ \t]+(?=(\p{L}[\p{L}'’&]*(?:[ \t]\p{L}[\p{L}'’&]*){0,3}))/gu;
const CHAIN_EMPLOYER_CUE = /(?:proefplaats|stage|werkt|werken|werkte|gewerkt|baan|contract|loonstro|salaris|sollicit|vacature|leidinggevende|teamleider|manager|collega|ontslag|in[ \t]+dienst|rooster|uren)/iu;
function chainsAfterArticle(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(CHAIN_AFTER_ARTICLE_RE, text)) {
    const words = m[1].split(/[ \t]/);
    // the longest chain name the words open ("dirk van den broek", "albert heijn", "ah")
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(" ");
      if (!NATIONAL_CHAINS.has(name.toLowerCase()) || (name !== name.toLowerCase() && !/^\p{Lu}/u.test(name))) continue;
      // (the word "plus" or "action" in lower case is no shop: "bij de plus van"; the railways are a national body: "boetes
      // van de ns")
      if (/^(?:plus|action|flink|spar|coop|dirk)$/.test(name) || name.toLowerCase() === "ns") break;
      // (in lower case only as an employer: "proefplaatsing bij de ah", "loonstrook van de kruidvat"; shopping "bij de ah
      // en daarna bij de plus", "een tas van de hema" stays unflagged)
      if (name === name.toLowerCase() && !CHAIN_EMPLOYER_CUE.test(text.slice(Math.max(text.lastIndexOf("\n", m.index) + 1, m.index - 60), m.index))) break;
      const s = m.index + m[0].length;
      out.push({ s, e: s + name.length, label: "instelling", prio: PRIO.personContext + 1 });
      break;
    }
  }
  return out;
}
// "contract bij de berkenhoeve getekend", "werk bij de leemkuil": in a chat "de/het" + one coined lower-case word on a
// farm, estate or venue ending after bij/op/van/naar/via is that place's name (the article included), not "bij de bakker".
const LOWER_ESTATE_RE = /(?<![\p{L}])(?:bij|op|van|naar|via|voor)[ \t]+((?:de|het)[ \t]+(\p{Ll}{3,}(?:hoeve|hof|gaard|kuil|heuvel|weide|wiek|stee|stede|horst|oord|lust|rust|hoek|kamp|brink|kolk|plas|duin)))(?![\p{L}-])/gu;
function lowerEstateNames(text: string): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  for (const m of allMatches(LOWER_ESTATE_RE, text)) {
    // (not a street with its number: "die van de ganzeweide 121?")
    if (!coinedLowerName(lex, m[2]) || /^[ \t]+\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const s = m.index + m[0].length - m[1].length;
    out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.institutionContext });
  }
  return out;
}
// "nieuwe melding via maasoever", "ik ken haar via rivierstad", "jc van werkbrug", "op de lingestroom", "van wâldwurk": in
// lower-case writing a coined compound on a river bank, valley, bridge, town, stream or the Frisian "wurk" (work) ending after bij/via/van/
// naar/voor (an article allowed) is how care, housing and school bodies are named; not an ordinary compound on the same
// ending ("binnenstad", "instroom", "ophaalbrug"), nor a place, name or lexicon word.
const TOPO_ORG_RE = /(?<![\p{L}])(?:bij|via|van|vd|naar|voor|op)[ \t]+(?:(?:de|het|'t)[ \t]+)?((\p{Ll}{3,}?)(?:oever|stroom|stromen|dal|waard|brug|stad|wurk))(?![\p{L}\p{N}'’-]|[.@]\p{L}|[ \t]+\p{Lu})/gu;
const ORDINARY_TOPO_FIRST = /^(?:binnen|buiten|hoofd|geboorte|studenten|haven|provincie|wereld|groot|zuster|vesting|bisschops|hanze|universiteits|slaap|spook|tent|woon|in|uit|door|over|toe|af|zij|tegen|golf|kas|geld|informatie|vluchtelingen|lucht|water|zee|warmte|elektriciteits|ophaal|loop|voet|fiets|spoor|draai|val|hang|vlot|ezels|snelweg|weeg|grond|zonne|dag|nacht|achter|thuis)$/u;
function coinedTopoOrgs(text: string): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  for (const m of allMatches(TOPO_ORG_RE, text)) {
    const w = m[1];
    // (a lexicon name is the lexicon rules' to read, "naar de randstad" is the region; nor the first item of a list of
    // ordinary words: "bij vonkstroom, koffie en thee")
    if (ORDINARY_TOPO_FIRST.test(m[2]) || !coinedLowerName(lex, w) || lex.surnames.has(capitalised(w)) || lex.places.phrases.has(w) || lex.institutions.phrases.has(w) ||
      /^,[ \t]*\p{Ll}+(?:,|[ \t]+(?:en|of)[ \t])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const s = m.index + m[0].length - w.length;
    out.push({ s, e: s + w.length, label: "instelling", prio: PRIO.institutionContext });
  }
  return out;
}
// "stage bij hair by dewi", "nails by kim": a trade word + "by" + a name is a salon's name, also in lower case.
const TRADE_BY_NAME_RE = /(?<![\p{L}])(?:hair|haar|nails|beauty|lashes|brows|styling|hairstyling|make-up|makeup|cakes|taarten|flowers|bloemen|design|fashion|cuts|skin|massage|tattoo|tattoos|ink|photography|fotografie)[ \t]+by[ \t]+\p{L}[\p{L}'’-]{1,20}(?![\p{L}])/giu;
// "bij döner king op de markt", "pizza palace", "kebab house": a fast-food word + an English shop word is a snack bar.
const FOOD_SHOP_RE = /(?<![\p{L}])(?:bij|van|via|voor|naar)[ \t]+((?:döner|doner|kebab|pizza|burger|shoarma|grill|wok|sushi|falafel|taco|noodle|chicken|friet|snack)[ \t]+(?:king|palace|house|corner|express|time|point|bar|land|paradise|world|city|plaza|star|queen|kingdom|factory|lounge|garden|center|centre|place|spot|hut|master|masters|boys|brothers|deluxe))(?![\p{L}])/giu;
function tradeShopNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(TRADE_BY_NAME_RE, text)) out.push({ s: m.index, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead });
  for (const m of allMatches(FOOD_SHOP_RE, text)) out.push({ s: m.index + m[0].length - m[1].length, e: m.index + m[0].length, label: "instelling", prio: PRIO.institutionHead });
  return out;
}
// "maasvlees, logivaart, cargolinq en polflex voor uitzendwerk": in a list (commas, "en", "of", "+") of which one
// one-word lower-case member is an organisation, the other one-word members that are coined words (no lexicon word, name
// or place, six letters or more, no ordinary word ending) are organisations too (not "bij vloerwerk, koffie en thee",
// "bij parnassia, thuis of stage").
const LIST_SEPARATOR = /[ \t]*(?:,[ \t]*(?:(?:en|of)[ \t]+)?|[ \t]+(?:en|of)[ \t]+|\+[ \t]*)/uy;
const LIST_MEMBER = /(\p{Ll}[\p{Ll}\d]{4,})(?=[ \t]*(?:,|\+|[ \t](?:en|of)[ \t]|[.;:!?)\n]|$))|\p{Ll}[\p{L}\d'’&-]*(?:[ \t]+\p{Ll}[\p{L}\d'’&-]*)?(?=[ \t]*(?:,|\+|[ \t](?:en|of)[ \t]))|(\p{Ll}[\p{Ll}\d]{4,})(?=[ \t]+(?:voor|bij|in|via|met|zoeken|hebben|nemen|zijn)(?![\p{L}]))/uy;
const LIST_MEMBER_BACK = /(?:^|[^\p{L}\d@.-])(\p{Ll}[\p{Ll}\d]{4,})$/u;
const LIST_SEPARATOR_BACK = /(?:,[ \t]*(?:(?:en|of)[ \t]+)?|[ \t]+(?:en|of)[ \t]+|[ \t]*\+[ \t]*)$/u;
function coinedListSiblings(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  // (a list of three members or more: not "aanmaning van essent, terwijl ze …", "in zonnedal, hartinfarct")
  let members = 1;
  let found: Candidate[] = [];
  const take = (w: string, s: number) => {
    members++;
    if (w.length < 6 || ORDINARY_WORD_END.test(w) || !coinedLowerName(lex, w)) return;
    found.push({ s, e: s + w.length, label: "instelling", prio: PRIO.propagated + 1 });
  };
  for (const c of kept) {
    if (members >= 3) out.push(...found);
    members = 1;
    found = [];
    if (c.label !== "instelling" || !/^\p{Ll}{5,}$/u.test(text.slice(c.s, c.e))) continue;
    // rightwards: separator, member, separator, member … (a two-word member is passed over)
    for (let at = c.e, n = 0; n < 8; n++) {
      LIST_SEPARATOR.lastIndex = at;
      const sep = LIST_SEPARATOR.exec(text);
      if (!sep || !sep[0].trim()) break;
      LIST_MEMBER.lastIndex = sep.index + sep[0].length;
      const m = LIST_MEMBER.exec(text);
      if (!m) break;
      const w = m[1] ?? m[2];
      if (w) take(w, m.index);
      else members++;
      at = m.index + m[0].length;
      if (m[2]) break;
    }
    // leftwards: only one-word members
    for (let at = c.s, n = 0; n < 8; n++) {
      const sep = LIST_SEPARATOR_BACK.exec(text.slice(Math.max(0, at - 8), at));
      if (!sep || !sep[0].trim()) break;
      const before = text.slice(Math.max(0, at - sep[0].length - 30), at - sep[0].length);
      const m = LIST_MEMBER_BACK.exec(before);
      if (!m) break;
      const s = at - sep[0].length - m[1].length;
      take(m[1], s);
      at = s;
    }
  }
  if (members >= 3) out.push(...found);
  return out;
}
// "1. Woonpalet – huurachterstand, ca. € 1.450", "- Woongoed GO, huurachterstand, € 1.900", a table row "Woonpalet (huur) |
// 40028817 | € 2.315,40": a line (or list item) opening with a capitalised coined name, then a dash, comma, bracket or bar,
// and a debt word and an amount in euros on the same line names a creditor (no word, name, place, national body or
// kind of bill or plural noun: not "- Huurtoeslag: terugvordering € 300", "2. Financiën – schulden € 18.000",
// "Mulder, huurachterstand € 300").
const CREDITOR_ITEM_RE = /^[ \t]*(?:[-*•–][ \t]*|\d{1,2}[.)][ \t]+|\|[ \t]*)?(\p{Lu}[\p{L}'’&-]+(?:[ \t]\p{Lu}[\p{L}'’&-]*){0,2})(?=[ \t]*(?:[–—-][ \t]|,|\(|\|))([^\n]*)/gmu;
const DEBT_WORD = /huur|achterstand|schuld|vordering|incasso|deurwaarder|aanmaning|lening|factuur|rekening|regeling|termijn/iu;
const BILL_WORD_END = /(?:ën|toeslag|belasting|heffing|premie|verzekering|huur|lening|schuld|kosten|rekening|boete|abonnement|energie|water|gas|zorg|totaal|bedrag)$/iu;
function creditorItems(text: string): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  for (const m of allMatches(CREDITOR_ITEM_RE, text)) {
    if (!/€[ \t]*\d/u.test(m[2]) || !DEBT_WORD.test(m[2])) continue;
    // (a list marker or a table row: not a sentence opening a line, "Moeder, huurachterstand € 300")
    const s = m.index + m[0].length - m[2].length - m[1].length;
    if (!/\S/u.test(text.slice(m.index, s)) && !m[2].includes("|")) continue;
    const first = m[1].split(/[ \t]/)[0];
    const low = first.toLowerCase();
    const key = phraseKey(m[1]);
    if (BILL_WORD_END.test(low) || ORDINARY_WORD_END.test(low) || DUTCH_WORD_RE.test(low) || listExcluded(lex, m[1].split(/[ \t]+/).filter((w) => !/^\p{Lu}{2,4}$/u.test(w))) || !coinedLowerName(lex, low) || lex.negatives.phrases.has(key) || lex.places.phrases.has(key) || GENERIC_SERVICES.has(key) || lex.surnames.has(first)) continue;
    out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.institutionContext });
  }
  return out;
}
// "schulden bij Intrum, Woonpalet en Garage Veenstra", "ik pak Flakkee Fresh en Grinwis": a capitalised coined word
// joined to an organisation by "en"/"of" in a list is an organisation too (no word, name, surname, place
// or national body, no ordinary word ending, not the last word of a longer name: not "bij Humanitas en Jan", "Fitland,
// Boksen en Voetbal", "HR Business Partner, Skyline Data Centers").
// (Also a bare comma or a slash between the names: "o.a. Glaswerk Dommel, Ovenglas, Dalflex, Bakkerij Den Hertog",
// "uitzendwerk | Peelflex / Van der Zanden Logistics".)
const CAP_SIBLING_AFTER = /^(?:(?:,[ \t]*)?[ \t]+(?:en|of)[ \t]+|,[ \t]*|[ \t]*\/[ \t]*)(\p{Lu}\p{Ll}{4,})(?=[ \t]*(?:,|\/|[ \t](?:en|of)[ \t]|[.;:!?)|\n]|$))/u;
const CAP_SIBLING_BEFORE = /(?:^|[^\p{L}\p{N}@.\/-])(\p{Lu}\p{Ll}{4,})(?:(?:,[ \t]*)?[ \t]+(?:en|of)[ \t]+|,[ \t]*|[ \t]*\/[ \t]*)$/u;
const CAP_ITEM_AFTER = /^(?:,[ \t]*|[ \t]+(?:en|of)[ \t]+)(\p{Lu}\p{Ll}+)/u;
const CAP_ITEM_BEFORE = /(\p{Lu}\p{Ll}+)(?:,[ \t]*|[ \t]+(?:en|of)[ \t]+)$/u;
function capitalisedListSiblings(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  const plain = (w: string) => ORDINARY_WORD_END.test(w) || DUTCH_WORD_RE.test(w) || listExcluded(lex, [w]);
  const take = (w: string, s: number, commaOnly = false) => {
    const e = s + w.length;
    // (a lexicon organisation that needs context, "Casade", "Synthese", has it in a list of organisations)
    const ambiguousOrg = lex.ambiguousInstitutions.has(w.toLowerCase()) && !lex.firstNames.has(w) && !lex.surnames.has(w);
    // (a bare comma makes a list only when a final "en"/"of" follows in the sentence: not "bij Parnassia, Talvoro, Kwintara.")
    if (commaOnly && !ambiguousOrg && !/^[^.!?\n]*?[ \t](?:en|of)[ \t]/u.test(text.slice(e, e + 160))) return;
    if ((!ambiguousOrg && (plain(w) || !coinedLowerName(lex, w.toLowerCase()))) || lex.places.phrases.has(w.toLowerCase()) || kept.some((c) => c.s < e && c.e > s) || out.some((c) => c.s === s)) return;
    // (not the last word of a longer name, and a further item beside it is no ordinary word: "bij Parnassia, Coach en Jurist")
    if (/\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, s - 30), s))) return;
    const next = CAP_ITEM_AFTER.exec(text.slice(e, e + 40));
    const prev = CAP_ITEM_BEFORE.exec(text.slice(Math.max(0, s - 40), s));
    // (a neighbour that opens or ends a found organisation is no ordinary word: "Lingeflex, Bakkerij Den Hertog")
    const inOrg = (at: number) => kept.some((c) => c.label === "instelling" && c.s <= at && c.e > at);
    if ((next && plain(next[1]) && !inOrg(e + next[0].length - next[1].length)) || (prev && plain(prev[1]) && !inOrg(s - prev[0].length))) return;
    out.push({ s, e, label: "instelling", prio: PRIO.propagated + 1 });
  };
  // (a sibling found leads to the next one of the same list: "Glaswerk Dommel, Ovenglas, Dalflex")
  const queue = kept.filter((c) => c.label === "instelling" && c.prio >= PRIO.institutionContext);
  for (let i = 0; i < queue.length && i < 200; i++) {
    const c = queue[i];
    const found = out.length;
    const after = CAP_SIBLING_AFTER.exec(text.slice(c.e, c.e + 40));
    if (after) take(after[1], c.e + after[0].length - after[1].length, /^,[ \t]*$/u.test(after[0].slice(0, after[0].length - after[1].length)));
    const before = CAP_SIBLING_BEFORE.exec(text.slice(Math.max(0, c.s - 40), c.s));
    if (before) take(before[1], c.s - (before[0].length - before[0].indexOf(before[1])), /^,[ \t]*$/u.test(before[0].slice(before[0].indexOf(before[1]) + before[1].length)));
    queue.push(...out.slice(found));
  }
  return out;
}
// "de gerechtsdeurwaarder int ook namens SSW", "de huurbrief van SSW", "De mentor van de SVS", "Mentor op het BC": an
// abbreviation in capitals after "namens", a letter "van" or a pupil's mentor "van/op de/het" is an organisation (a
// landlord, a school); not a national body, generic service or word ("namens het UWV", "brief van het CJIB", "ZUS").
// "zit op het RBC", "moet naar het DSC", "bij het VOC ingeschreven": an unknown abbreviation after "op/naar/bij het" is a
// school or centre (not a generic school type or national body: "op het ROC", "bij het UWV"). In a chat also a short one
// in lower case without a vowel ("naar het lc in buitenpost"), which no Dutch word is.
const CAPS_ORG_FRAME_RE = /(?<![\p{L}])(?:[Nn]amens|(?:(?:[Hh]uur)?[Bb]rief|\p{Ll}*[Ff]ormulier)[ \t]+van|[Mm]entor[ \t]+(?:van|op)[ \t]+(?:de|het)|(?:[Oo]p|[Nn]aar|[Bb]ij)[ \t]+het(?=[ \t]))[ \t]+(?:(?:de|het)[ \t]+)?(\p{Lu}{2,5})(?![\p{L}\d&\/-]|\.\p{L})/gu;
const LOWER_ABBREVIATION_FRAME_RE = /(?<![\p{L}])(?:op|naar)[ \t]+het[ \t]+([b-df-hj-np-tv-xz]{2,3})(?![\p{L}\d&\/-]|\.\p{L})/gu;
function capsOrgsInFrames(text: string, chat: boolean): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  const matches = [...allMatches(CAPS_ORG_FRAME_RE, text), ...(chat ? allMatches(LOWER_ABBREVIATION_FRAME_RE, text) : [])];
  for (const m of matches) {
    const low = m[1].toLowerCase();
    if (isGenericAbbreviation(low) || lex.negatives.phrases.has(low) || GENERIC_SERVICES.has(low) || lex.places.phrases.has(low) || NATIONAL_CHAINS.has(low) || lex.common.has(low) || listExcluded(lex, [low])) continue;
    const s = m.index + m[0].length - m[1].length;
    out.push({ s, e: s + m[1].length, label: "instelling", prio: PRIO.institutionContext });
  }
  return out;
}
// "Fenna de Groot (SWKP)", "Fenna van SWKP belde": an unknown abbreviation of three to five capitals in brackets after a
// person or after "<person> van" is where that person works (not the person's initials, a generic school type, care form
// or national body: "Jan de Vries (JdV)", "Sanne (CJG)", "Kees van het UWV").
// (Alone in its brackets: not a nationality code before an age, "Omar Khalaf (SYR, 28)".)
const CAPS_BESIDE_PERSON_RE = /^(?:[ \t]*\((\p{Lu}{3,5})\)|[ \t]+van[ \t]+(?:het[ \t]+|de[ \t]+)?(\p{Lu}{3,5})(?=[ \t]*[,.;:!?\n]|[ \t]+\p{Ll}|$))/u;
function capsOrgsBesidePersons(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  for (const c of kept) {
    if (c.label !== "persoon") continue;
    const m = CAPS_BESIDE_PERSON_RE.exec(text.slice(c.e, c.e + 20));
    if (!m) continue;
    const abbr = m[1] ?? m[2];
    const low = abbr.toLowerCase();
    const words = text.slice(c.s, c.e).split(/[ \t-]+/);
    const initials = [words.map((w) => w.charAt(0)).join("").toUpperCase(), words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join("")];
    if (initials.includes(abbr) || isGenericAbbreviation(low) || lex.negatives.phrases.has(low) || GENERIC_SERVICES.has(low) || lex.places.phrases.has(low) || lex.common.has(low) || listExcluded(lex, [low])) continue;
    const s = c.e + m[0].length - abbr.length - (m[1] ? 1 : 0);
    out.push({ s, e: s + abbr.length, label: "instelling", prio: PRIO.institutionContext });
  }
  return out;
}
// "Gebeld met dhr. Versteeg van Van Beek … brief van Van Beek ontvangen": a person "van" a surname written with a capital
// particle (the surname standing alone, no first name) works at the firm of that name; the firm is meant on every mention
// with that capital particle. (A word before "van" that is an ordinary word opens no such frame: "Brief van Van Beek".)
const STAFF_OF_FAMILY_FIRM_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+van[ \t]+((?:Van|De|Ter|Ten|Te)(?:[ \t]+(?:der|den|de))?[ \t]+\p{Lu}\p{Ll}{2,})(?![\p{L}'’-])/gu;
function familyFirmsOfStaff(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  for (const m of allMatches(STAFF_OF_FAMILY_FIRM_RE, text)) {
    const at = m.index + m[0].length - m[2].length;
    // (the word before must be a person's name the text reads as such: not "Brief", not a sentence-initial word)
    if (lex.common.has(m[1].toLowerCase()) || !kept.some((p) => p.label === "persoon" && p.s <= m.index && p.e >= m.index + m[1].length)) continue;
    if (out.some((c) => text.slice(c.s, c.e) === m[2])) continue;
    for (const i of mentions(text, m[2])) if (i === at || /(?:^|[^\p{L}])(?:van|bij|via|door|namens|aan)[ \t]+$/u.test(text.slice(Math.max(0, i - 7), i))) out.push({ s: i, e: i + m[2].length, label: "instelling", prio: PRIO.personContext + 1 });
  }
  return out;
}
// "dhr. Versteeg van Van Beek": the person span that runs on into such a firm found elsewhere ends before "van".
const PERSON_OF_FAMILY_FIRM_RE = /^(.+?)[ \t]+van[ \t]+((?:Van|De|Ter|Ten|Te)(?:[ \t]+(?:der|den|de))?[ \t]+\p{Lu}\p{Ll}{2,})$/u;
function splitPersonOfFamilyFirm(text: string, kept: Candidate[]): Candidate[] {
  const firms = new Set(kept.filter((c) => c.label === "instelling" && c.prio === PRIO.personContext + 1).map((c) => text.slice(c.s, c.e)));
  if (!firms.size) return kept;
  return kept.flatMap((c) => {
    const m = c.label === "persoon" ? PERSON_OF_FAMILY_FIRM_RE.exec(text.slice(c.s, c.e)) : null;
    if (!m || !firms.has(m[2])) return [c];
    return [{ ...c, e: c.s + m[1].length }, { s: c.e - m[2].length, e: c.e, label: "instelling" as const, prio: PRIO.personContext + 1 }];
  });
}
// "Incavast namens Hartlijn | IV-2291044 | € 1.260": a collection agency acting for a creditor; two coined capitalised
// words joined by "namens" are both organisations (no word, name or place: not "Jan namens Piet", "Morgen namens ...").
const AGENT_FOR_RE = /(?<![\p{L}\p{N}@.\/-])(\p{Lu}\p{Ll}{3,})[ \t]+namens[ \t]+(\p{Lu}\p{Ll}{3,})(?![\p{L}\p{N}'’-])/gu;
function agentsForCreditors(text: string): Candidate[] {
  const lex = lexicons();
  const coined = (w: string) => coinedLowerName(lex, w.toLowerCase()) && !ORDINARY_WORD_END.test(w.toLowerCase()) && !lex.places.phrases.has(w.toLowerCase()) && !lex.surnames.has(w) && !listExcluded(lex, [w.toLowerCase()]);
  const out: Candidate[] = [];
  for (const m of allMatches(AGENT_FOR_RE, text)) {
    if (!coined(m[1]) || !coined(m[2])) continue;
    out.push({ s: m.index, e: m.index + m[1].length, label: "instelling", prio: PRIO.institutionContext });
    const s2 = m.index + m[0].length - m[2].length;
    out.push({ s: s2, e: s2 + m[2].length, label: "instelling", prio: PRIO.institutionContext });
  }
  return out;
}
const SENTENCE_START_BEFORE = /(?:^|[.!?]["”’)]?[ \t]+|\n[ \t]*(?:[-*•][ \t]*)?)$/u;
const ARTICLE_NAME_END = /(?<= )(De|Het|'t|’t) (\p{Lu}\p{Ll}{3,})$/u;
/** The name part of an e-mail address's or website's host, lower case: "p.kamphuis@werkpad.nl", "www.ssw.nl" give
 * "werkpad", "ssw" (the part before the top-level domain). */
function hostLabel(text: string, c: Candidate): string | undefined {
  const raw = text.slice(c.s, c.e).toLowerCase();
  const host = /^((?:[\p{Ll}\d-]+\.)+)[\p{Ll}]{2,}(?![\p{L}\d.-])/u.exec(c.label === "email" ? raw.slice(raw.indexOf("@") + 1) : raw.replace(/^(?:https?:\/\/)?(?:www\.)?/u, ""));
  return host?.[1].split(".").filter(Boolean).at(-1);
}
// "jobcoach Werkpad\np.kamphuis@werkpad.nl", "Consulent | SSW\n030-2290516 | www.ssw.nl", "Accolade … www.accolade.nl":
// a capitalised word (or one in capitals) spelled as the name part of an e-mail address or website of the text names that
// organisation on every mention, also where a person rule read it; not a webmail host, place, national body, name or word
// (a lexicon organisation is allowed: "Accolade"), and not a surname that a person's full name in the text bears.
function domainNamedOrgs(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const c of kept) {
    if (c.label !== "email" && c.label !== "url") continue;
    const label = hostLabel(text, c);
    if (!label || seen.has(label) || !/^\p{Ll}{3,}$/u.test(label) || WEBMAIL.has(label)) continue;
    seen.add(label);
    if (lex.places.phrases.has(label) || lex.negatives.phrases.has(label) || GENERIC_SERVICES.has(label) || (!coinedLowerName(lex, label) && !lex.ambiguousInstitutions.has(label))) continue;
    for (const w of label.length >= 5 ? [capitalised(label), label.toUpperCase()] : [label.toUpperCase()])
      for (const at of mentions(text, w)) {
        if (/[@./]/.test(text.charAt(at - 1)) || /^[@.][\p{L}]/u.test(text.slice(at + w.length, at + w.length + 2))) continue;
        if (kept.some((p) => p.label === "persoon" && p.e - p.s > w.length && p.s <= at && p.e >= at + w.length)) continue;
        out.push({ s: at, e: at + w.length, label: "instelling", prio: PRIO.personContext + 1 });
      }
  }
  return out;
}
function propagateInstitutions(text: string, kept: Candidate[], chat = false): Candidate[] {
  const lex = lexicons();
  const names = new Set<string>();
  const caseOnly = new Set<string>();
  const firmSurnames = new Set<string>();
  const estateNames = new Set<string>();
  const headlessOne = new Set<string>();
  const articleShort = new Map<string, string>();
  const extra: Candidate[] = [];
  const firmOwners = new Map<string, boolean>();
  const lowerOwners = new Set<string>();
  const roleOwners = new Set<string>();
  // (only where a person rule read that very word, and not when a full name bears it: "Aspergekwekerij Huppertz … Ria Huppertz")
  const readAsPerson = (s: number, e: number) => kept.some((p) => p.label === "persoon" && p.e === e && (p.s === s || (text.slice(s, e).includes(" ") && p.s < s && /^(?:van|de|der|den|ter|ten|te) $/.test(text.slice(p.s, s)))));
  const bears = (p: Candidate, head: string) => p.label === "persoon" && mentions(text.slice(p.s, p.e), head).length > 0;
  // (a particle read before the name makes no full name: "ten name van Helder Kompas")
  const fullNameBears = (head: string) => kept.some((p) => p.e - p.s > head.length && bears(p, head) && !/^(?:van|de|der|den|ter|ten|te) $/.test(text.slice(p.s, p.e - head.length)));
  // Whether a person found by name or title (or a longer name) bears this surname: then it is no firm's short name.
  const personBears = (head: string) => kept.some((p) => (p.prio >= PRIO.personContext || p.e - p.s > head.length) && bears(p, head));
  for (const c of kept) {
    if (c.label !== "instelling" || c.prio < PRIO.institutionContext) continue;
    const name = text.slice(c.s, c.e);
    if (/\n/.test(name)) continue;
    names.add(name);
    // "het Kempisch Opleidingscentrum (KOC) … bij het KOC": an abbreviation in brackets after the name, with its first
    // letter, is that organisation too and spreads (not a generic school type or national body).
    const abbr = /^[ \t]*\((\p{Lu}{2,5})\)/u.exec(text.slice(c.e, c.e + 12));
    if (abbr && abbr[1].charAt(0) === name.charAt(0).toUpperCase() && !isGenericAbbreviation(abbr[1].toLowerCase()) && !lex.negatives.phrases.has(abbr[1].toLowerCase())) names.add(abbr[1]);
    const sp = name.indexOf(" ");
    // "Tapijtfabriek Hulzebos … Hulzebos zoekt zes productiemedewerkers": a factory or shop compound + one name word is
    // headless too, its name spreads alone.
    const headless = sp > 0 && (lex.institutionHeads.phrases.has(phraseKey(name.slice(0, sp))) || (TRADE_HEAD_COMPOUND.test(name.slice(0, sp)) && /^\p{Lu}\p{Ll}{3,}$/u.test(name.slice(sp + 1))));
    if (headless) names.add(name.slice(sp + 1));
    // "FYSIO LEKZICHT … Lekzicht (Thijs): motoriek beter": a name written in capitals is written in title case later; the
    // one-word name after its head spreads in that spelling too (not an ordinary word or name: checked below).
    // (also a one-word name in capitals: "Ilona de Graaf (ZONNIG) … Zonnig (Ilona): gaat goed")
    // (not a target group: "VERSLAVINGSZORG JONGVOLWASSENEN … team Jongvolwassenen")
    if (headless && /^\p{Lu}{4,}$/u.test(name.slice(sp + 1)) && !isDepartmentWord(name.slice(sp + 1).toLowerCase())) names.add(capitalised(name.slice(sp + 1).toLowerCase()));
    if (sp < 0 && /^\p{Lu}{5,}$/u.test(name)) names.add(capitalised(name.toLowerCase()));
    // "Woonstichting Polderhof … belt Polderhof", "Havenbedrijf De Noordkade … De Noordkade biedt een contract": a farm,
    // estate or quay name after its head spreads alone and outranks a person guess on its later mentions.
    const estate = sp > 0 && /^(?:(?:De|Het|'t|’t) )?(\p{Lu}\p{Ll}{3,})$/u.exec(name.slice(sp + 1));
    if (estate && ESTATE_NAME.test(estate[1]) && (headless || TRADE_COMPOUND_WORD.test(name.slice(0, sp)))) estateNames.add(name.slice(sp + 1));
    if (sp < 0 && ESTATE_NAME.test(name)) estateNames.add(name);
    // "Woonstichting Zonnewende … Sandra belt Zonnewende": any one-word name after a head word (no first name or surname)
    // is that organisation also where a verb frame reads a person ("belt X"); farm and quay names (above) spread further.
    // (Also a two-word name, which a person rule may read with a particle before it: "Bewindbureau Helder Kompas … ten
    // name van Helder Kompas".)
    if (headless && /^\p{Lu}\p{Ll}{3,}(?: \p{Lu}\p{Ll}{3,})?$/u.test(name.slice(sp + 1))) headlessOne.add(name.slice(sp + 1));
    // "woont op kamers via Stichting Kamers met Kansen": the name left after its head word is often an ordinary noun;
    // its lower-case spelling does not spread in a chat.
    if (headless) caseOnly.add(name.slice(sp + 1));
    // "Agriflex Zeeland … Agriflex zegt", "OTTO Work Force … bij OTTO": a coined first word spreads alone when the rest
    // is a place or a company word, or when it is written in capitals (no ordinary word, name or generic service).
    const core = headless ? name.slice(sp + 1) : name;
    const csp = core.indexOf(" ");
    if (csp > 0 && /^\p{Lu}[\p{L}]{2,}$/u.test(core.slice(0, csp))) {
      const head = core.slice(0, csp);
      const hk = head.toLowerCase();
      // (also a compass word as the region: "Agrifinance Oost … de brieven van Agrifinance")
      const placeRest = lex.places.phrases.has(phraseKey(core.slice(csp + 1))) || /^(?:Oost|West|Noord|Zuid|Midden)$/u.test(core.slice(csp + 1));
      const caps = /^\p{Lu}{3,}$/u.test(head) && core.split(" ").length <= 3;
      // "Poldex Personeel B.V. … loonstroken van Poldex": the rest is only company words (trade, legal form).
      // Not a phrase like "Jongeren Werkt", and not a family name that the text also gives a person ("Frank Lippens,
      // Lippens Bewind & Mentorschap", "dhr. (Gerrit) Hulsegge … Hulsegge Tegelwerken").
      const companyRest = core.slice(csp + 1).split(" ").every((w) => ORG_TAIL.test(w) && !/^(?:werkt|werk|actief)$/i.test(w)) &&
        !wordsBefore(text, head).some((w) => lex.firstNames.has(w) || /^(?:\p{Lu}\.)+$|\)$|^(?:dhr|mw|mevr|mr|drs|ir)\.?$|^(?:meneer|mevrouw|heer)$/iu.test(w));
      // (Not a generic service: "Stichting Jongerenwerk Zaanstreek … Kwartaalrapportage Jongerenwerk Poelenburg"
      // leaves the second "Jongerenwerk", the district's youth work.)
      // (Nor an abstract noun: "Jobcoaching Midden-Nederland … Jobcoaching wordt geleverd", "Revalidatie
      // loopt via Revalidatie Friesland".)
      const plainWord = !GENERIC_SERVICES.has(hk) && !/\p{Ll}{3,}(?:ing|atie|itie|heid|schap)$/u.test(hk) && !GENERIC_WORK.test(hk) && !TRADE_COMPOUND_WORD.test(hk) && !lex.common.has(hk) && !lex.negatives.phrases.has(hk) && !lex.places.phrases.has(hk) && !lex.institutionHeads.phrases.has(hk) && !lex.firstNames.has(head) && !lex.firstNames.has(head.charAt(0) + head.slice(1).toLowerCase());
      if ((placeRest || caps || companyRest) && plainWord && !lex.surnames.has(head) && !lex.ambiguousSurnames.has(head)) names.add(head);
      // "Hulshof Meubelen … een vast contract bij Hulshof": a family name before only company words is the firm's short
      // name too, when no person found by name or title bears it and no capitalised word stands before it (not "Bert
      // Hulshof, bewindvoerder", "mw. Hulshof", "Hub Lardinois, Lardinois Bewindvoering"); a bare lexicon-surname guess
      // is no such person.
      else if (companyRest && plainWord && /^\p{Lu}\p{Ll}{3,}$/u.test(head) && !wordsBefore(text, head).some((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !personBears(head)) firmSurnames.add(head);
    }
    // "loods van tulvarn seeds … voor tulvarn toch?": a lower-case coined word before only company words spreads alone
    // too (no word, name, place or inflected word: not "kleine bouw").
    const lowerHead = /^(\p{Ll}{5,}) \p{Ll}/u.exec(core);
    if (lowerHead && !/(?:e|en|er|ers|ing|ig|isch)$/u.test(lowerHead[1]) && core.slice(lowerHead[1].length + 1).split(" ").every((w) => ORG_TAIL.test(w)) && coinedLowerName(lex, lowerHead[1])) names.add(lowerHead[1]);
    // "bij grondverzet dekker uit Vaassen … Dekker wil hem graag": the owner's surname after a lower-case trade word is the
    // firm's short name too, capitalised, when no person found by name or title bears it.
    const lowerFirm = /^(?:bakkerij|slagerij|tuinderij|kwekerij|grondverzet|\p{Ll}{3,}bedrijf) (\p{Ll}{4,})$/u.exec(name);
    if (lowerFirm && lex.surnames.has(capitalised(lowerFirm[1])) && !lex.ambiguousSurnames.has(capitalised(lowerFirm[1])) && !lex.firstNamesLower.has(lowerFirm[1])) {
      const head = capitalised(lowerFirm[1]);
      if (!personBears(head)) firmSurnames.add(head);
      lowerOwners.add(lowerFirm[1]);
    }
    // (session 29 G: also the owner's name before its trade word, "gevers pluimvee … gevers heeft altijd gedoe", and the
    // brothers' name, "gebr. tenkink … tenkink heeft net 12 man ontslagen": no word, first name, place or ambiguous surname)
    const ownerFirst = /^(\p{Ll}{4,}) (\p{Ll}{4,})$/u.exec(name);
    const lowerOwn = ownerFirst && LOWER_OWNER_TRADE.test(ownerFirst[2]) ? ownerFirst[1] : (/^(?:gebr\.?|gebroeders) (\p{Ll}{4,})$/u.exec(name) ?? lowerFirm)?.[1];
    if (lowerOwn && !lowerOwners.has(lowerOwn) && !lex.common.has(lowerOwn) && !lex.firstNamesLower.has(lowerOwn) && !lex.places.phrases.has(lowerOwn) && !lex.negatives.phrases.has(lowerOwn) && !lex.institutionHeads.phrases.has(lowerOwn) && !lex.ambiguousSurnames.has(capitalised(lowerOwn)) && !LOWER_NAME_WORDS.has(lowerOwn)) lowerOwners.add(lowerOwn);
    // "Installatiebedrijf Wolters … Wolters zit te springen om mensen", "Fruitteeltbedrijf Gebr. Van Ooijen … bij Van Ooijen
    // werken", "Te Brake Hoveniers … Te Brake wil hem": a firm named after its owner (a trade word or company words around a
    // surname, with its particle) is that firm where the surname stands bare (see firmOwnerMentions).
    const owner = firmOwner(lex, name, headless);
    if (owner && !ownerIsClient(text, kept, owner, c)) firmOwners.set(owner, PERSONAL_PRACTICE.test(name));
    // (s30-A: a titled person whose role at the firm is given beside the name is its owner, no client: "De eigenaar, dhr.
    // Pieter van der Veen, was positief … plaatsing bij Van der Veen", "Dhr. Dijkstra (eigenaar) … bij Dijkstra krijgt ze";
    // the bare name is the firm only after "bij", and not before a relative "die": "hij helpt bij Van Twillert, die hij kent",
    // "het verhaal aan Van Egmond vertellen" stay the owner)
    else if (owner && !firmOwners.has(owner) && titledRoleOwner(text, kept, owner)) roleOwners.add(owner);
    // In a chat "het kompas" is also "kompas" later on.
    if (chat && /^(?:de|het|'t) \p{Ll}{5,}$/u.test(name)) names.add(name.slice(sp + 1));
    // "Buurthuis Het Anker … de begeleiders van het Anker", "cbs Het Lichtpunt … Volgens het Lichtpunt": a capitalised
    // name after a head word and its article is that organisation after the same article in lower case (the name word
    // only, as the article is no part of it there); not a place or first name, and not "het anker" in lower case.
    const short = sp > 0 && ARTICLE_NAME_END.exec(name);
    if (short && !lex.places.phrases.has(phraseKey(short[2])) && !lex.places.phrases.has(phraseKey(short[0])) && !lex.firstNames.has(short[2])) articleShort.set(short[2], short[1]);
  }
  // ("Sociale Onderneming De Smederij … (leidinggevende De Smederij)": with its capitalised article it spreads whole and
  // outranks a person guess, unless the word is a surname: "Bakkerij De Vries … De Vries belt" stays open.)
  for (const [w, article] of articleShort) {
    const low = article.toLowerCase().replace("’", "'");
    const personLike = lex.surnames.has(w) || lex.ambiguousSurnames.has(w) || lex.firstNames.has(w);
    for (const at of mentions(text, w)) {
      // (not the full name's own mention, nor one inside another found name)
      if (kept.some((c) => c.label === "instelling" && c.s < at && c.e >= at + w.length)) continue;
      const before = text.slice(Math.max(0, at - article.length - 2), at).replace("’", "'");
      if (before.endsWith(` ${low} `) || text.slice(0, at) === `${low} `) extra.push({ s: at, e: at + w.length, label: "instelling", prio: PRIO.propagated + 1 });
      // (not the tail of a hyphenated place: "huisartsenpraktijk De Mierden … Reusel-De Mierden")
      else if (!personLike && before.endsWith(`${article.replace("’", "'")} `) && !/[\p{L}-]/u.test(before.charAt(before.length - article.length - 2)))
        extra.push({ s: at - article.length - 1, e: at + w.length, label: "instelling", prio: PRIO.personContext + 1 });
    }
  }
  // "planning@kroonwerkt.nl … iemand ervaring met kroonwerkt?": a coined word that is the domain of an e-mail address or website
  // of the text names that organisation where it stands alone (no webmail, place, name or word: "jan@gmail.com",
  // "info@heerlen.nl"); also the first part of a hyphenated domain ("polderjob-west.nl" … "via polderjob").
  for (const c of kept) {
    if (c.label !== "email" && c.label !== "url") continue;
    const label = hostLabel(text, c);
    if (label) {
      // "Dirk Boerstoel <dirk@garageboerstoel.nl> … maar Boerstoel is een klein bedrijf": a domain made of a trade word and
      // a capitalised name of the text (or that name and company words: "woltersinstallatie.nl") names the owner's firm.
      if (may(label.length >= 9 && !WEBMAIL.has(label)))
        for (let i = 4; i + 4 <= label.length; i++) {
          const own = firmOwner(lex, `${capitalised(label.slice(0, i))} ${capitalised(label.slice(i))}`, false);
          // (the name is a person's of the text: "Dirk Boerstoel <dirk@garageboerstoel.nl>", not "Maatje:" beside schuldhulpmaatje.nl)
          if (own && !firmOwners.has(own) && kept.some((p) => p.label === "persoon" && p.e - p.s > own.length && mentions(text.slice(p.s, p.e), own).length > 0)) firmOwners.set(own, PERSONAL_PRACTICE.test(label));
        }
      for (const w of new Set([label, label.split("-")[0]]))
        if ((w === label ? /^\p{Ll}{5,}$/u : /^\p{Ll}{6,}$/u).test(w) && !/(?:e|en|er|ers|ing|heid|tie|arts|huis|recht|erij|werk|hulp|groep|zaken|bureau|buro)$/u.test(w) && !WEBMAIL.has(w) && coinedLowerName(lex, w) && mentions(text, w).some((at) => !/[@./-]/.test(text.charAt(at - 1)) && !/^[@.-]\p{L}/u.test(text.slice(at + w.length, at + w.length + 2)))) names.add(w);
    }
  }
  for (const name of names) {
    const key = phraseKey(name);
    // In a chat a lower-case name found with its head word spreads too: "zorgboerderij ter wisch … dan ter wisch".
    // A one-word lower-case firm found in its frame spreads in any text, also capitalised: "bijbaan bij bommelbouw …
    // Bommelbouw betaalt soms zwart", "afgesloten door noordstroom … noordstroom gebeld".
    const lowerOne = /^\p{Ll}{5,}$/u.test(name) && !caseOnly.has(name);
    if ((name.length < 4 && !/^\p{Lu}{3}$/u.test(name)) || (!/\p{Lu}/u.test(name) && !(chat && name.length >= 6) && !lowerOne) || lex.places.phrases.has(key) || lex.common.has(key) || lex.negatives.phrases.has(key)) continue;
    if (lex.firstNames.has(name) || lex.surnames.has(name) || lex.firstNames.has(capitalised(name)) || lex.surnames.has(capitalised(name))) continue;
    // In a chat also the lower-case spelling of a one-word name: "bij Plangroep … plangroep is toch landelijk?".
    const variants = lowerOne ? [name, capitalised(name)] : chat && name.length >= 5 && !name.includes(" ") && !caseOnly.has(name) && !lex.firstNamesLower.has(name.toLowerCase()) ? [name, name.toLowerCase()] : [name];
    for (const v of variants)
      for (const at of mentions(text, v)) {
        // A national chain opening a sentence is the generic brand (convention), also when it was found with
        // a preposition earlier: "bij Jumbo in Zwaag … Jumbo heeft aangegeven" leaves the second mention.
        if (NATIONAL_CHAINS.has(key) && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
        // A lower-case word right after a person's first name is that person's surname, not the firm named after it:
        // "houthandel ruitenberg … bert ruitenberg is wel redelijk".
        if (!/\p{Lu}/u.test(v) && text.charAt(at - 1) === " " && kept.some((p) => p.label === "persoon" && p.s < at && (p.e === at - 1 || p.e >= at + v.length))) continue;
        extra.push({ s: at, e: at + v.length, label: "instelling", prio: headlessOne.has(v) && !lex.ambiguousFirstNames.has(v) && !lex.ambiguousSurnames.has(v) && !fullNameBears(v) && readAsPerson(at, at + v.length) ? PRIO.personContext + 1 : PRIO.propagated + 1 });
      }
  }
  // Firms' surnames and farm or quay names (no place or surname of their own) outrank a person guess on every mention.
  const strongNames = [...firmSurnames, ...[...estateNames].filter((name) => !lex.places.phrases.has(phraseKey(name)) && !lex.surnames.has(name))];
  for (const name of strongNames)
    for (const at of mentions(text, name)) extra.push({ s: at, e: at + name.length, label: "instelling", prio: PRIO.personContext + 1 });
  // "hoveniersbedrijf jansen … alles via jansen nu": the lower-case owner's name of a lower-case firm is that firm after
  // "bij", "voor" or "via" (not "jansen zegt", where the owner speaks).
  // (session 29 G: also opening a clause before a verb of what a firm does, "westerhof zit echt achteraf", "tenkink heeft net
  // 12 man ontslagen"; not inside the firm's own longer span)
  for (const name of lowerOwners)
    for (const at of mentions(text, name)) {
      if (kept.some((c) => c.label === "instelling" && c.s <= at && c.e >= at + name.length && c.e - c.s > name.length)) continue;
      const subject = /(?:^|[.!?:][ \t]+|\n[ \t]*|[,;][ \t]+|(?<![\p{L}])(?:en|maar|want|dus|omdat)[ \t]+)$/u.test(text.slice(Math.max(0, at - 8), at)) && /^[ \t]+(?:heeft|had|zit|zat|zoekt|zocht|neemt|nam|betaalt|betaalde|biedt|bood|ontslaat)(?![\p{L}])/u.test(text.slice(at + name.length, at + name.length + 12));
      if (subject || /(?<![\p{L}])(?:bij|voor|via)[ \t]+$/u.test(text.slice(Math.max(0, at - 6), at))) extra.push({ s: at, e: at + name.length, label: "instelling", prio: PRIO.personContext + 1 });
    }
  // "Bij Kuipers hadden ze vorig jaar een jongen", "bij van der meer zoeken ze een opperman", "werkt via Covebo bij Tolsma
  // in Joure": a bare surname after "bij" and before a verb with the impersonal "ze", or where someone works "bij" it in a
  // place, is a firm also where the text names no firm; unless a person named in full or after a title bears it
  // ("Ronald Kuipers", "dhr. Kuipers").
  if (may(text.includes("ze") || text.includes("erk")))
    for (const owner of staffFrameOwners(lex, text)) {
      const surname = owner.slice(owner.lastIndexOf(" ") + 1);
      if (!firmOwners.has(owner) && !fullNameBears(owner) && !mentions(text, surname).some((i) => OWNER_TITLE_BEFORE.test(text.slice(Math.max(0, i - 12), i)))) firmOwners.set(owner, false);
    }
  for (const [owner, practice] of firmOwners) {
    // (a one-person practice whose owner the text names keeps the bare name for the person: "bewindvoerder Frank Lippens,
    // Lippens Bewind & Mentorschap. Lippens heeft dit omgezet.")
    if (practice && personBears(owner.replace(/^(?:\p{L}+ )+/u, ""))) continue;
    extra.push(...firmOwnerMentions(lex, text, kept, owner));
  }
  for (const owner of roleOwners)
    if (!firmOwners.has(owner))
      extra.push(...firmOwnerMentions(lex, text, kept, owner).filter((c) => /(?:^|[^\p{L}])bij[ \t]+$/u.test(text.slice(Math.max(0, c.s - 5), c.s)) && !/^[ \t]*,[ \t]*(?:die|wie)(?![\p{L}])/u.test(text.slice(c.e, c.e + 8))));
  return extra;
}

// A trade word before the owner's name ("Hoveniersbedrijf Roelofsen", "Tegelwerken Arslan", "Garage Boerstoel",
// "Fruitteeltbedrijf Gebr. Van Ooijen", "Boomkwekerij van Kessel") or company words after it ("Wolters Installatietechniek",
// "Te Brake Hoveniers", "Van Zadelhoff Installaties").
const FIRM_TRADE_FIRST = /^(\p{Lu}\p{Ll}{3,}) (?:(?:Gebr\.|Gebroeders|Fa\.|Firma) )?((?:(?:[Vv]an|[Tt]e|[Tt]er|[Tt]en|[Dd]e)(?: (?:der|den|de))? )?\p{Lu}\p{Ll}{3,}|(?:[Vv]an|[Tt]er|[Tt]en)(?: (?:der|den|de))? \p{Lu}\p{Ll}{2})$/u;
const FIRM_OWNER_FIRST = /^((?:(?:Van|Te|Ter|Ten|De)(?: (?:der|den|de))? )?\p{Lu}\p{Ll}{3,})((?: \p{L}[\p{L}.]+)+)$/u;
// Trade words that open a firm's name and are no company word of ORG_TAIL.
const FIRM_TRADE_WORD = /^(?:garage|firma|autobedrijf|kapsalon|loonwerk|loonbedrijf|rijschool|schildersbedrijf|klussenbedrijf|tegelwerken)$/u;
// The practices of one person (a guardian, adviser, lawyer or doctor): the owner's name may mean the person.
const PERSONAL_PRACTICE = /bewind|mentorschap|praktijk|huisarts|tandarts|fysio|advies|advocat|coach|administrati|boekhoud|mediation|budget|jurist|notari|tolk|vertal|fotografie/iu;
// A legal form after the name ("Transportbedrijf Kuipers B.V.") leaves the owner's name in front of it.
const LEGAL_FORM_TAIL = / (?:B\.V\.?|BV|bv|b\.v\.|V\.O\.F\.?|VOF|vof|v\.o\.f\.|N\.V\.?|NV|C\.V\.|CV)$/u;
function firmOwner(lex: ReturnType<typeof lexicons>, fullName: string, headless: boolean): string | undefined {
  let owner: string | undefined;
  const name = fullName.replace(LEGAL_FORM_TAIL, "");
  const first = FIRM_TRADE_FIRST.exec(name);
  const trade = first?.[1].toLowerCase();
  if (first && trade && (headless || FIRM_TRADE_WORD.test(trade) || TRADE_COMPOUND_WORD.test(trade) || ORG_TAIL.test(trade))) owner = first[2];
  else {
    const last = FIRM_OWNER_FIRST.exec(name);
    // (s30-A: also two company words joined by "en": "Van Geest Groente en Fruit … vast bij Van Geest")
    if (last && last[2].trim().split(" ").every((w, k, ws) => (ORG_TAIL.test(w) && !/^(?:werkt|werk|actief)$/i.test(w)) || (w === "en" && k > 0 && k === ws.length - 2))) owner = last[1];
  }
  if (!owner) return undefined;
  const surname = owner.slice(owner.lastIndexOf(" ") + 1);
  const key = surname.toLowerCase();
  // A surname, no place (unless also a surname), word, first name or company word: not "Werkbedrijf Smallingerland",
  // "Bouwbedrijf Noord", "Thuiszorg Brummen".
  if (lex.common.has(key) || lex.negatives.phrases.has(key) || lex.firstNames.has(surname) || ORG_TAIL.test(key) || lex.institutionHeads.phrases.has(key) || GENERIC_SERVICES.has(key)) return undefined;
  // (a place name with a particle is a surname: "Boomkwekerij van Kessel")
  // (nor a place or district: "Kwekerij De Zilk", "Apotheek De Maten", "Woonstichting Hulst")
  // (a place that is also a surname only in a trade firm's name: "Hoveniersbedrijf Groenewoud")
  if ((owner !== surname && lex.places.phrases.has(phraseKey(owner))) || (lex.places.phrases.has(key) && !/^[Vv]an /u.test(owner) && !(owner === surname && lex.surnames.has(surname) && /\p{Ll}(?:bedrijf|erij|werken) |^(?:Garage|Firma) /u.test(name)))) return undefined;
  return owner === surname ? owner : capitalised(owner);
}
// Whether the owner is the person the text is about, so that the bare surname means that person: someone bearing it
// after a title ("dhr. Serkan Karadeniz … Karadeniz Tegelwerken"), with a double name ("Gerda Hoekstra-Bos"), on the
// firm's own table row or in its clause ("| M. Visscher | 1968 | Visscher Transport |", "Frank Wilschut (Wilschut Transport)"), or the surname
// as a family or file name ("Achternaam: Hoekstra", "gezin Sewdien", "dossier Yilmaz"). Not a contact elsewhere
// ("Naam bedrijf: Wolters Installatietechniek\nContactpersoon: Ronald Wolters").
// A role at the firm right before a person's name: that person is the firm's owner or contact.
const FIRM_ROLE_BEFORE = /(?:^|[^\p{L}])(?:eigenaar|eigenaresse|mede-eigenaar|baas|bazin|contactpersoon|leidinggevende|bedrijfsleider|directeur|werkgever)[ \t]*:?[ \t]+$/iu;
const FIRM_ROLE_TITLED_BEFORE = /(?:^|[^\p{L}])(?:eigenaar|eigenaresse|mede-eigenaar|bedrijfsleider|directeur|werkgever)[ \t]*[,:][ \t]+(?:dhr|mw|mevr|mevrouw|meneer|de heer)\.?[ \t]+$/iu;
const FIRM_ROLE_AFTER = /^[ \t]*(?:\([ \t]*|,[ \t]+)(?:de[ \t]+)?(?:eigenaar|eigenaresse|mede-eigenaar|bedrijfsleider|directeur|werkgever)(?:[ \t]*\)|[ \t]*,|[ \t]+van[ \t]+het[ \t]+bedrijf)/iu;
const CLIENT_NAME_BEFORE = /(?:achternaam|gezin|familie|fam\.|dossier|klant|cliënt|client)[ \t]*:?[ \t]*$/iu;
function titledRoleOwner(text: string, kept: Candidate[], owner: string): boolean {
  const surname = owner.slice(owner.lastIndexOf(" ") + 1);
  return kept.some((p) => p.label === "persoon" && mentions(text.slice(p.s, p.e), surname).length > 0 &&
    (FIRM_ROLE_TITLED_BEFORE.test(text.slice(Math.max(0, p.s - 30), p.s)) || FIRM_ROLE_AFTER.test(text.slice(p.e, p.e + 24))));
}
function ownerIsClient(text: string, kept: Candidate[], owner: string, firm: Candidate): boolean {
  const surname = owner.slice(owner.lastIndexOf(" ") + 1);
  for (const p of kept) {
    if (p.label !== "persoon") continue;
    const span = text.slice(p.s, p.e);
    const at = mentions(span, surname);
    // (a bare or particle-only reading is no such person: "de offerte van Kuipers")
    if (!at.length) continue;
    const before = text.slice(Math.max(0, p.s - 16), p.s);
    // (the firm's own owner or contact is no client: "Eigenaar Twan Smeets is tevreden", "Autobedrijf Van Leeuwen,
    // contactpersoon Dennis van Leeuwen")
    if (FIRM_ROLE_BEFORE.test(before)) continue;
    if (OWNER_TITLE_BEFORE.test(before)) return true;
    if (/^(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e) )*\S+$/u.test(span)) continue;
    if (at.some((i) => span.charAt(i + surname.length) === "-" || span.charAt(i - 1) === "-")) return true;
    const gap = p.e <= firm.s ? text.slice(p.e, firm.s) : text.slice(firm.e, p.s);
    if (gap.length < 60 && !/\n|[.!?;][ \t]/.test(gap)) return true;
  }
  return mentions(text, surname).some((i) => CLIENT_NAME_BEFORE.test(text.slice(Math.max(0, i - 14), i)));
}
// The bare mentions of a firm's owner name: "offerte van Van Zadelhoff", "dan bel ik ronald van Wolters", "maar Boerstoel is
// een klein bedrijf" (a particle read into a person span is left out). Not with a first name, initials or a title before
// ("Ronald Wolters", "R. Wolters", "dhr. Wolters", "meneer Arslan"), nor inside the firm's name itself.
// (Nor after a role or relation word: "toen boer Postma stopte", "haar oom Wolters".)
const OWNER_TITLE_BEFORE = /(?:^|[^\p{L}])(?:dhr|mw|mevr|mevrouw|meneer|heer|familie|fam|juf|meester|dr|mr|ir|drs|ing|boer|boerin|eigenaar|eigenaresse|baas|bazin|oom|tante|neef|nicht|opa|oma|broer|zus|vader|moeder|zoon|dochter)\.?[ \t]+$/iu;
// (a capitalised ordinary word is no first name: "Bij Kuipers ging het mis", "Volgens Kuipers")
const OWNER_NAME_BEFORE = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}+|(?:\p{Lu}\.)+)[ \t]+$/u;
function firmOwnerMentions(lex: ReturnType<typeof lexicons>, text: string, kept: Candidate[], owner: string): Candidate[] {
  const out: Candidate[] = [];
  const sp = owner.indexOf(" ");
  // (the lower-case particle only for a surname's: "werkt bij van Kessel", not "op de Cauberg")
  const forms = sp > 0 && !/^De /u.test(owner) ? [owner, owner.charAt(0).toLowerCase() + owner.slice(1)] : [owner];
  for (const form of forms)
    for (const at of mentions(text, form)) {
      const e = at + form.length;
      const before = text.slice(Math.max(0, at - 24), at);
      // (nor where a capitalised word follows: "Huisartsenpraktijk Berflo … woont in Berflo Es")
      // (nor before "van" + a capitalised name, a person of a firm: "Dijkhuis van Metaalbewerking Dijkhuis belde")
      const named = OWNER_NAME_BEFORE.exec(before);
      if (OWNER_TITLE_BEFORE.test(before) || (named && !lex.common.has(named[1].toLowerCase())) || /^[ \t]+(?:van[ \t]+)?\p{Lu}/u.test(text.slice(e, e + 7))) continue;
      if (kept.some((c) => (c.label === "persoon" && c.e === at - 1) || c.s <= at && c.e >= e && (c.label !== "persoon" ? c.e - c.s > form.length : c.e > e || (c.s < at && !/^(?:van|de|der|den|ter|ten|te) $/.test(text.slice(c.s, at)))))) continue;
      out.push({ s: at, e, label: "instelling", prio: PRIO.personContext + 1 });
    }
  return out;
}

// "Wim van Grasgroen", "bart van stapvooruit": a person's name + "van" + a word that the text names as an organisation
// (found as one or after its trade word, or the domain of an e-mail address or website) is that person of that
// organisation, two spans; not where the word is a surname of the lexicon ("Jan van Dijk" beside "Bakkerij Dijk").
const PERSON_OF_ORG_RE = /^(\p{L}.*?)[ \t]+van[ \t]+(\p{L}[\p{L}-]{3,})$/u;
function splitPersonOfOrganisation(text: string, kept: Candidate[]): Candidate[] {
  // (a person span with "van" inside: most texts have none)
  const inside = (c: Candidate) => c.label === "persoon" && c.e - c.s > 8 && text.slice(c.s, c.e).includes("van");
  if (!kept.some(inside)) return kept;
  let orgs: Set<string> | undefined;
  const lex = lexicons();
  return kept.flatMap((c) => {
    const m = inside(c) ? PERSON_OF_ORG_RE.exec(text.slice(c.s, c.e)) : null;
    if (!m || lex.surnames.has(capitalised(m[2].toLowerCase())) || lex.ambiguousSurnames.has(capitalised(m[2].toLowerCase()))) return [c];
    orgs ??= new Set(kept.flatMap((o) => {
      if (o.label === "email" || o.label === "url") {
        const host = hostLabel(text, o);
        return host ? [host] : [];
      }
      if (o.label !== "instelling") return [];
      const t = text.slice(o.s, o.e).toLowerCase();
      // (also the name after a firm's trade word: "Hoveniersbedrijf Grasgroen")
      // (not the surname after a firm's particle: "Kwekerij Van Hooydonk … Piet van Hooydonk")
      return /(?:^|[ \t])(?:van|de|der|den|ter|ten|te)[ \t]/u.test(t) ? [] : [t, t.slice(t.indexOf(" ") + 1)];
    }));
    if (!orgs.has(m[2].toLowerCase())) return [c];
    const at = c.e - m[2].length;
    return [{ ...c, e: c.s + m[1].length }, { ...c, s: at, label: "instelling" as const }];
  });
}

// "Fijn dat Hoveniersbedrijf Van Gerwen Dariusz een kans wil geven": an organisation span of three or more words whose last
// word is a first name (no surname) right after the owner's surname (known, or a non-word after a particle; not "Zorgcentrum De Hoge Dries"), before a lower-case word, is the organisation + the
// person it takes on (not a school or church named after a person: "basisschool Anne Frank").
const ORG_TRAILING_FIRST_RE = /^(\S+(?:[ \t]+\S+)+)[ \t]+(\p{Lu}\p{Ll}{2,})$/u;
function splitTrailingFirstNames(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  return kept.flatMap((c) => {
    if (c.label !== "instelling" || !/^[ \t]+\p{Ll}/u.test(text.slice(c.e, c.e + 3))) return [c];
    const m = ORG_TRAILING_FIRST_RE.exec(text.slice(c.s, c.e));
    const prevWord = m ? m[1].slice(m[1].search(/\S+$/)) : "";
    const before = prevWord.toLowerCase();
    // (not a saint or a name after a preposition, conjunction or article: "Ziekenhuis Sint Jan", "Lunchroom Bij Saar", "Hair by Nour")
    if (!m || m[1].split(/[ \t]+/).length < 2 || /^(?:sint|st\.?|heilige|h\.|bij|by|at|of|and|en|&|de|het|'t|van|der|den|voor|huize|villa|tante|oom|opa|oma)$/.test(before) || !(lex.surnames.has(prevWord) || (/(?:^|[ \t])(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)[ \t]+\S+$/.test(m[1]) && !lex.common.has(before) && !/\p{Ll}e$/u.test(prevWord))) || lex.firstNames.has(prevWord) || !lex.firstNames.has(m[2]) || lex.ambiguousFirstNames.has(m[2]) || lex.surnames.has(m[2]) || lex.institutions.phrases.has(phraseKey(text.slice(c.s, c.e)))) return [c];
    return [{ ...c, e: c.s + m[1].length }, { s: c.e - m[2].length, e: c.e, label: "persoon" as const, prio: PRIO.personContext }];
  });
}

// "Bij <surname> <verb> ze": the staff of a firm named after its owner ("Bij Smeets willen ze", "bij van der meer zoeken ze").
const STAFF_FRAME_RE = /(?<![\p{L}])[Bb]ij[ \t]+((?:(?:[Vv]an|[Dd]e|[Tt]er|[Tt]en|[Tt]e)(?:[ \t]+(?:der|den|de))?[ \t]+)?\p{L}\p{Ll}{2,})[ \t]+(?:hebben|hadden|zijn|waren|willen|wilden|zoeken|zochten|zien|zagen|kunnen|konden|moeten|moesten|gaan|gingen|vinden|vonden|doen|deden|werken|werkten|krijgen|nemen|namen|betalen|betaalden|kennen|weten|wisten|vragen|vroegen|staan|stonden|houden|hielden|mogen|hoeven)[ \t]+ze(?![\p{L}])/gu;
// "werkt (via Covebo) bij <surname> in <Place>": someone's workplace in a town.
const WORKS_AT_FRAME_RE = /(?<![\p{L}])(?:[Ww]erkt|[Ww]erkte|[Ww]erken|[Gg]ewerkt)[ \t]+(?:[^\n.,;:!?]{0,30}?[ \t])?bij[ \t]+((?:(?:[Vv]an|[Dd]e|[Tt]er|[Tt]en|[Tt]e)(?:[ \t]+(?:der|den|de))?[ \t]+)?\p{L}\p{Ll}{2,})[ \t]+in[ \t]+\p{Lu}/gu;
function staffFrameOwners(lex: ReturnType<typeof lexicons>, text: string): string[] {
  const out: string[] = [];
  const frames = [...(may(text.includes("ze")) ? text.matchAll(STAFF_FRAME_RE) : []), ...(may(text.includes("erk")) ? text.matchAll(WORKS_AT_FRAME_RE) : [])];
  for (const m of frames) {
    const owner = m[1].replace(/[ \t]+/g, " ");
    const last = owner.slice(owner.lastIndexOf(" ") + 1);
    const cap = capitalised(last);
    // (a surname, no first name; a word or place only with its particle: "bij van der meer", not "bij oma", "bij Jan")
    if (!lex.surnames.has(cap) || lex.firstNames.has(cap) || lex.firstNamesLower.has(last.toLowerCase())) continue;
    if (owner === last && (lex.common.has(last.toLowerCase()) || lex.places.phrases.has(phraseKey(last)) || lex.ambiguousSurnames.has(cap))) continue;
    // (nor a trade after a lower-case article: "werkt bij de bakker in Best")
    if (/^de \p{Ll}/u.test(owner)) continue;
    out.push(owner);
  }
  return out;
}

// "Bij Oosterhof willen ze hem …", "proefplaatsing bij Nijboer vanaf 1 april", "een loonstrook van Van de Weerd", "Als er
// iets is bij Van Gerwen, bel me": a bare surname (no first name, initial or title) in a staff, placement, payslip or
// contact frame is the firm named after its owner, also where the text names the owner in full.
const OWNER_CUE_FRAME_RE = /(?<![\p{L}])(?:(?:[Pp]roefplaatsing|[Ww]erkervaringsplek|[Ss]tageplek|[Ss]tage|[Ll]eerwerkplek|[Cc]ontract|iets[ \t]+is)[ \t]+bij|[Ll]oonstro(?:ok|ken)[ \t]+van)[ \t]+((?:(?:Van|De|Ter|Ten|Te)(?:[ \t]+(?:der|den|de))?[ \t]+)?\p{Lu}\p{Ll}{2,})(?![\p{L}'’-]|[ \t]+\p{Lu})/gu;
function framedFirmOwners(text: string): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  // (the staff frame only where the text names the firm with its trade word: not "Ronald Kuipers … Bij Kuipers hebben ze
  // drie kinderen")
  const tradeNamed = (name: string) => mentions(text, name).some((at) => { const h = /(\p{Lu}\p{Ll}{3,})[ \t]+$/u.exec(text.slice(Math.max(0, at - 30), at)); return !!h && (lex.institutionHeads.phrases.has(h[1].toLowerCase()) || TRADE_HEAD_COMPOUND.test(h[1])); });
  const staff = may(text.includes("ze")) ? allMatches(STAFF_FRAME_RE, text).filter((m) => tradeNamed(m[1])) : [];
  for (const m of [...allMatches(OWNER_CUE_FRAME_RE, text), ...staff]) {
    const name = m[1];
    const last = name.slice(name.search(/\p{L}+$/u));
    const cap = capitalised(last.toLowerCase());
    // (a particle makes a surname of a place; alone the word must be a surname and no first name: not "bij Jan", "bij Assen")
    if (lex.firstNames.has(cap) || lex.firstNamesLower.has(last.toLowerCase()) || (name === last && (!lex.surnames.has(cap) || lex.common.has(last.toLowerCase()) || lex.places.phrases.has(phraseKey(last)) || lex.ambiguousSurnames.has(cap)))) continue;
    const s = m.index + m[0].indexOf(name, 3);
    out.push({ s, e: s + name.length, label: "instelling", prio: PRIO.personTitle + 1 });
  }
  return out;
}

// Frames that bind a number right after a person span to that person (digits or number words, 0–115).
// ", 55,", '("Rob"), 58,', ", zestien jaar,", ", ± 45,", ", 9:" (a list item); also after an explanation in brackets
// ("Dewi (nicht van de klant), 23,").
// Also after "jr."/"sr." ("Kees Bakker jr., 23,") and a decade word ("Ruud Appelman, vijftiger, loonwerker").
// (A dot only as a full stop: "tolk: Andreea Stan, 14.15, kamer 2.06" is a time.)
// (Also after a sex letter as in a client list: "mw. Zarghuna Sultani, V, 45.")
// (Also after a chat particle: "ahmed dus, 34, wil een eigen zaak".)
// (Also after a dash in a numbered list: "4. Dhr. Jeroen Smeenge (Dalen) – 23, zoekperiode afgelopen".)
// (And the Low Saxon "joar"/"jaor" for "jaar": "Ik bun Hendrik Lammers, zeuvenenvieftig joar, en …".)
const COMMA_AGE_RE = new RegExp(String.raw`^["”’')]{0,2}(?:[ \t]+(?:jr|sr|junior|senior)\.?|[ \t]+(?:dus|zelf|trouwens))?(?:[ \t]*\([^()\n\d]{2,50}\))?(?:,[ \t]*(?:\p{Lu}\p{Ll}+(?:aans|isch|ees|aaks|ks|ols|ens|ands|its|iers)|[Bb]ulgaar|[Bb]ulgaarse|[Rr]oemeen|[Rr]oemeense|[Pp]ool|[Pp]oolse|[Mm]arokkaan|[Mm]arokkaanse|[Tt]urk|[Tt]urkse|[Ss]yriër|[Ss]yrische|[Ee]ritreeër|[Ee]ritrese|[Hh]ongaar|[Hh]ongaarse|[Oo]ekraïner|[Oo]ekraïense|[Pp]ortugees|[Pp]ortugese|[Ss]panjaard|[Ss]paanse|[Bb]elg|[Bb]elgische|[Dd]uitser|[Dd]uitse|[Rr]us|[Rr]ussische|[Ss]erviër|[Ss]ervische|[Kk]roaat|[Kk]roatische|[Bb]osniër|[Bb]osnische|[Ll]itouwer|[Ll]itouwse|[Ll]et|[Ll]etse|[Ss]lowaak|[Ss]lowaakse|[Tt]sjech|[Tt]sjechische|[Aa]fghaan|[Aa]fghaanse|[Ss]omaliër|[Ss]omalische|[Ii]raniër|[Ii]raanse|[Ii]rakees|[Ii]raakse|[Gg]hanees|[Gg]hanese|[Nn]igeriaan|[Nn]igeriaanse|[Ss]urinamer|[Ss]urinaamse|[Aa]ntilliaan|[Aa]ntilliaanse|[Mm]oldaviër|[Mm]oldavische|[Aa]lbanees|[Aa]lbanese|[Mm]acedoniër|[Mm]acedonische))?(?:,[ \t]*[VM](?=,))?(?:,|[ \t]+[–—-](?=[ \t]))\s*(?:±[ \t]*|ca\.?[ \t]+|circa[ \t]+|ongeveer[ \t]+|net[ \t]+|bijna[ \t]+|pas[ \t]+|ruim[ \t]+|inmiddels[ \t]+)?(${AGE_NUMBER}|twintiger|dertiger|veertiger|vijftiger|zestiger|zeventiger|tachtiger|negentiger)(?=\s*(?:(?:jaar|joar|jaor)\s*)?(?:[,);?!\n]|\.(?!\d)|:(?!\d)|$|\((?:wordt|werd|bijna|net)\b)|\s+(?:uit|woont|is|heeft|en)\b|[ \t]+[–—-][ \t]+\p{L}|\s+${ageJaar("uit|woont|is|heeft|zit|werkt|krijgt|komt|gaat|wil|kan|moet|heeft|had|woonde|zat|werkte|kwam")})`, "u");
// (COMMA_AGE_RE also takes a nationality noun, also in lower case, between the name and the age: "mihail
// todorov, bulgaar, 52", "Ion Rusu, Roemeen, 47".)
// "Ewa Kamińska (uit Gdańsk, 31)": where someone is from and the age in one bracket after the name.
// Also the nationality: "Kris Van Acker (Belgische nationaliteit, 38)", "(nationaliteit Pools, 41)".
const ORIGIN_AGE_RE = /^[ \t]*\((?:(?:uit|van|geboren[ \t]+in|woont[ \t]+in|wonend[ \t]+in)[ \t]+[^()\n\d,]{2,40}|\p{L}+e[ \t]+nationaliteit|nationaliteit[ \t]*:?[ \t]*\p{L}+),[ \t]*(\d{1,3})(?:[ \t]*(?:jaar|jr\.?|j))?\)/u;
// "Omar – 15, havo 3": a list line that opens with the name, a dash and the age.
const DASH_AGE_RE = /^[ \t]+[–-][ \t]+(\d{1,3})(?=[ \t]*(?:jaar[ \t]*)?(?:[,;)\n]|:(?!\d)|$))/u;
// "dhr demir (64)", "wil ryan (17) daar", "mw schmeets (87!)", "dhr berg (67!! en …": an age in brackets right after a person,
// also after the particle of a separable verb ("ik breng Dewi Kok in (19).", "neem Sem mee (7)").
// "een P. Nowak ingeschreven (29)": also after a residence participle; "Naïla (bijna 5)": an adverb in the bracket.
const PAREN_AFTER_PERSON_RE = /^(?:[ \t]+(?:in|mee|aan|op|door|langs|terug|ook|even|nog|binnen|voor|toe|ingeschreven|woonachtig|inwonend|gehuisvest))?[ \t]*\((?:(?:bijna|net|ruim|pas|nu|ca\.?)[ \t]+)?(\d{1,3})(?:[ \t]*(?:jaar|jr\.?|j))?(?:\)|!+)/u;
// "mw wietske (fries, 22)", "Nelson Fortes (Kaapverdië/Portugal, 27)", "mw Sánchez (Braz., 37)": origin or a word
// about the person, then the age, in brackets after the name (not a reference, room or group: "(bijlage, 14)", "(kamer, 12)").
const PAREN_ORIGIN_AGE_RE = /^[ \t]*\((?!(?:kamer|groep|klas|nr|nummer|huisnummer|blz|pagina|p|bijlage|bijl|zie|art|artikel|hoofdstuk|paragraaf|versie|regel|stap|punt|item|week|hs|app|bus)\b)\p{L}[\p{L}'’]*\.?(?:[\/ -]\p{L}[\p{L}'’]*\.?){0,2},[ \t]*(\d{1,3})(?:[ \t]*(?:jaar|jr\.?|j))?\)/u;
// "Echtpaar Nowak (81 en 79)", "de broers Kaya (14 en 16)": a couple's or two siblings' ages as a pair in brackets after the name.
const PAREN_PAIR_AFTER_PERSON_RE = /^[ \t]*\((\d{1,3})[ \t]+en[ \t]+\d{1,3}(?:[ \t]*(?:jaar|jr\.?))?\)/u;
// "dochtertje Naïla (bijna 5 maanden)": a baby's age in months or weeks in brackets keeps its unit.
const PAREN_MONTHS_AFTER_PERSON_RE = /^[ \t]*\((?:(?:bijna|net|ruim|pas|nu|ca\.?)[ \t]+)?(\d{1,2}[ \t]*(?:maanden|mnd|weken|wk))\)/u;
// "Mevrouw Sahetapy, door iedereen tante Mien genoemd, is 84 en …", "Mykyta, de zoon, is dertien": after an apposition.
const APPOSITION_AGE_RE = new RegExp(String.raw`^,[^.\n,;:]{3,60},\s+(?:is|was|wordt)\s+(${AGE_NUMBER})(?=\s*(?:${ageJaar()}|[,.;:)!?]|en\b|$))`, "u");
// "Fatima is 17 en …", "Roel was 29.", "nadia (dochter) is 17 en", "De oudste, Ilias, is 17", "Hidde, is net vier geworden", "ilyas, wordt 15 in juni",
// "dylan is 23 dus …", "Joris is 40 hoor" (AGE_TAIL), "de jongste, Mebrat, is acht maanden.", "De jongste, Ravi, wordt in
// maart 12 en …", "Biniam wordt 18 – overgang" (a dash before a word closes it too);
// not "Ayşe is twee jaar geleden overleden". (Also after a bracketed number or note: "Yonas (studentnummer 2461839)
// is 22,".)
// "Gerard Pijnenburg, een gepensioneerde buschauffeur van zeventig, …": an appositive "een (adjectives) noun van N" right
// after a name, closed by punctuation, gives the age (a bare number or number word; "een vriend van 20 jaar" is how long).
const APPOSITIVE_OF_AGE_RE = new RegExp(String.raw`^,[ \t]+een[ \t]+(?:\p{Ll}+[ \t]+){0,2}\p{Ll}[\p{Ll}-]{2,}[ \t]+van[ \t]+(\d{2}|${AGE_NUMBER})(?=[ \t]*(?:[,;:)]|\.(?!\d)|$))`, "u");
// (also with a kin word before the name: "wat er verandert als zoon Maksym 18 wordt")
const SUBCLAUSE_BEFORE = /(?:^|[^\p{L}])(?:dat|omdat|als|tot|wanneer|zodra|voordat|nadat|totdat)[ \t]+(?:(?:zijn|haar|hun|mijn|onze)[ \t]+)?(?:(?:zoon|dochter|broer|zus|kind|partner|vrouw|man|moeder|vader)[ \t]+)?$/iu;
const SUBCLAUSE_AGE_AFTER_RE = /^(?:[ \t]+(?:\p{Ll}+|\d{4})){0,5}?[ \t]+(\d{1,3})[ \t]+(?:wordt|werd)(?=[ \t]*[,.;:!?\n)]|[ \t]+(?:en|maar|dus)[ \t])/u;
const IS_AGE_AFTER_RE = new RegExp(String.raw`^(?:,|[ \t]+[–—-]|[ \t]*\((?:studentnummer|leerlingnummer|klantnummer|cliëntnummer|bsn|dossiernummer|nr\.?|zie[ \t]+\p{L}+|\p{Ll}+[ \t]+\p{Lu}\p{L}+|(?:(?:stief|pleeg)?(?:zoon|dochter)|oudste|jongste|middelste|broer|zus|nichtje|neefje|kleinzoon|kleindochter)(?=[ \t]*\)))[^()\n]{0,30}\)|[ \t]+(?:uit|in)[ \t]+\p{L}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?=[ \t]+(?:is|was|wordt|werd)[ \t]))?(?:\s+(?:zelf|ook|trouwens))?\s+(?:is|was|wordt|word|werd)\s+(?:(?:trouwens|ook|zelf|echt|dus|toch|eigenlijk)\s+)?(?:nu\s+|nou\s+|inmiddels\s+|pas\s+|al\s+|net\s+|bijna\s+|toen\s+|destijds\s+|(?:in[ \t]+(?:${MONTH_NAMES_NL})|volgende[ \t]+(?:week|maand)|volgend[ \t]+jaar|(?:deze|komende)[ \t]+(?:week|maand|zomer|winter)|${IN_SEASON}|dit[ \t]+jaar|binnenkort|straks|morgen)[ \t]+)?(${AGE_NUMBER})(?=[ \t]*${ageJaar()}|[ \t]+(?:maanden|mnd|weken)(?:[ \t]+oud)?(?:${AGE_TAIL})|${AGE_TAIL})`, "u");
const GAPPED_AGE_RE = new RegExp(String.raw`^(?:[ \t]+jaar)?(?:,|[ \t]+en)[ \t]+\p{Lu}\p{Ll}+[ \t]+(${AGE_NUMBER})(?=[ \t]+en[ \t]|[ \t]*[,.;]|[ \t]*$)`, "u");
// "Naima Amrani, die eenenveertig is.": a relative clause with the age.
// (Also with a time adverb and "was": "Naomi, die toen 19 was, …", "Sem, die nu 12 jaar is,".)
const WHO_IS_AGE_RE = new RegExp(String.raw`^,[ \t]+die[ \t]+(?:(?:toen|nu|inmiddels|dan|al|pas|net|bijna)[ \t]+)?(${AGE_NUMBER})(?:[ \t]+jaar)?[ \t]+(?:is|was|wordt|werd)(?=[ \t]*(?:[,.;:)!?\n]|en\b|$))`, "u");
// A person (with an apposition in brackets, or named in one) who turns an age at a time: "Pa (Hessel Bouma, …) wordt volgende
// maand zevenentachtig", "Jayden wordt op 2 maart 2024 achttien", "dochter isa wordt vrijdag 5".
// An estimated age closing a bracket of details after a person: "buurvrouw anneke (nr. 45, ca. 70)".
const PAREN_ABOUT_AGE_RE = /^[ \t]*\([^()\n]{1,30},[ \t]*(?:ca\.?|circa|ongeveer|ong\.|±)[ \t]*(\d{1,3})(?:[ \t]*jaar)?\)/u;
const SOON_MONTHS = `${MONTH_NAMES_NL}|${MONTH_ABBREVIATIONS_NL}`;
const SOON_AFTER_PERSON_RE = new RegExp(
  String.raw`^(?:[ \t]*\([^()\n]{2,80}\)|[^()\n]{0,80}\))?[ \t]+wordt[ \t]+(?:volgende[ \t]+(?:week|maand)|volgend[ \t]+jaar|binnenkort|straks|deze[ \t]+(?:week|maand)|dit[ \t]+jaar|morgen|overmorgen|vandaag|in[ \t]+(?:${SOON_MONTHS})|op[ \t]+\d{1,2}[ \t]+(?:${SOON_MONTHS})(?:[ \t]+(?:19|20)\d\d)?|(?:op[ \t]+|aanstaande[ \t]+|komende[ \t]+|volgende[ \t]+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))[ \t]+(${AGE_NUMBER})(?:[ \t]+jaar)?(?=[ \t]*(?:[,.;:!?)\n]|en\b|$))`,
  "u",
);
// "Sara van 14 zit in de tweede klas": a name + "van" + the age, closed by a verb or punctuation.
// Also after a comma and in months: "een dochtertje, Ashanty, van acht maanden".
// "dochter Kavita van 12 slaapt slecht", "dochtertje Zuzia van 6 wonen bij oma": also before another verb of the clause.
// (Also before any present-tense verb of the child, which ends in -t: "Kimberly van 14 voetbalt", "Kevin van 9 fietst"; not a
// month or a noun on -t: "de mail van Kevin van 14 maart"; also before "aan": "zoon Bram van negen aan de Dorpsstraat"; and
// before a participle on -d: "met haar zoontje Rayan van vier verhuisd".)
// (also before a bracket that says what the person does: "Emre van 19 (mbo-student bij ROC Rivor)")
const OF_AGE_AFTER_RE = new RegExp(String.raw`^,?[ \t]+van[ \t]+(\d{1,2}|${AGE_NUMBER})(?=[ \t]+(?:jaar\b|maanden\b|mnd\b|weken\b|om[ \t]+de[ \t]+(?:week|andere)\b|zit|is|gaat|woont|heeft|doet|en\b|(?:slaapt|speelt|wil|kan|moet|krijgt|had|was|wordt|werd|wonen|woonde|logeert|blijft|staat|loopt|komt|huilt|eet|spijbelt|zitten|gaan|zijn|hebben|kreeg|ging|zat|sliep|mist|vraagt|vindt|tijdelijk|nog|nu|ook|altijd|vaak|soms|thuis|bij|in|op|naar|met|uit|aan)\b|(?!(?:tot|met|niet|dat|wat|want|net|liet|uit|maart|nacht|dienst|punt|post|bericht|opdracht|contract|recht|kaart|maat|kwart|uur)(?![\p{L}]))\p{Ll}{2,}t(?![\p{L}'’-])|(?:ge|ver|ont)\p{Ll}{3,}d(?![\p{L}'’-]))|[ \t]*(?:[,;:)!?\n]|\.(?!\d)|\((?!\d)))`, "u");

// "zoon Kerem zit op het Saenredam College en is 16": a second clause of the same sentence, "en is N" closing it.
// (also before a bracket with a quote or a remark: "woont bij haar in en is tachtig ("hy is tachtich …")")
const AND_IS_AGE_RE = new RegExp(String.raw`^[^.;:!?\n]{3,60}?[ \t]en[ \t]+is[ \t]+(?:nu[ \t]+|pas[ \t]+|net[ \t]+|bijna[ \t]+|inmiddels[ \t]+)?(\d{1,2}|${AGE_NUMBER})(?=[ \t]*(?:jaar[ \t]*)?(?:[,;!?\n]|\.(?!\d)|$|\((?![ \t]*\d)))`, "u");
// "ken jij Thijs Bakker? 18, net uit de jeugdzorg": the next sentence opens with a bare number (+ "jaar"), a comma and a
// lower-case word, as a chat introduces someone (not "Jan. 3 kinderen", not a numbered line).
const NEXT_SENTENCE_AGE_RE = /^[?!.][ \t]+(\d{1,3})(?:[ \t]*(?:jaar|jr\.?))?,[ \t]+\p{Ll}/u;
// "Kinderen: Emma 12, Lucas 9", "Gezin: Rob 41 en Ilse 39": on a household line a name + a bare number is an age.
const HOUSEHOLD_LINE_RE = /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:kinderen|kids|kind|gezin|gezinsleden|huishouden|gezinssamenstelling|samenstelling(?:[ \t]+\p{L}+)?|thuiswonend(?:e[ \t]+kinderen)?|inwonend(?:e[ \t]+\p{L}+)?|bewoners|medebewoners)[ \t]*:[^\n]*$/iu;
const NAME_SPACE_AGE_RE = /^[ \t]+(\d{1,2})(?:[ \t]*(?:jaar|jr\.?|j))?(?=[ \t]*(?:[,;\n)]|$|[ \t]en[ \t]|\.(?!\d)))/u;
// "Kinderen: Jayden, 7 (thuiswonend); Quincy, 15 (woont bij vader)": on a household line a name, a comma and a bare
// number before a bracketed remark.
const NAME_COMMA_AGE_BRACKET_RE = /^[ \t]*,[ \t]*(\d{1,2})(?=[ \t]*\([ \t]*\p{L})/u;
// (also "terwijl"/"nu"/"want" opening the clause, and "nu"/"pas"/"al" before the number: "terwijl Lotte nu 7 is")
const SUBCLAUSE_OPENER_BEFORE = /(?:^|[^\p{L}])(?:sinds|toen|als|nadat|omdat|dat|zodra|wanneer|voordat|totdat|tot|vanaf|terwijl)[ \t]+$/iu;
const NAME_AGE_VERB_RE = /^[ \t]+(?:(?:nu|pas|al|inmiddels)[ \t]+)?(\d{1,3})(?:[ \t]+jaar)?[ \t]+(?:is[ \t]+geworden|geworden[ \t]+is|werd|wordt|word|was|is)(?![\p{L}])(?![ \t]+(?:\p{L}{0,6}ge\p{L}{2,}|(?:be|ver|ont|her)\p{L}+(?:d|t|en))(?![\p{L}]))/u;
/**
 * In a chat, a lower-case double surname after a particle: "nee dat is te winkel-hulshof, zij woont …",
 * "mw. van dijk-smit" without a title: particle(s) + "word-word" where the part after the hyphen is a lexicon surname
 * (no ordinary word); lower-case hyphenated words are otherwise compounds ("wmo-aanvraag", "e-mail").
 */
const LOWER_DOUBLE_SURNAME_RE = /(?<![\p{L}-])((?:van[ \t]+(?:de[ \t]+|der[ \t]+|den[ \t]+)?|de[ \t]+|ter[ \t]+|ten[ \t]+|te[ \t]+)\p{Ll}{3,}-(\p{Ll}{4,}))(?![\p{L}-])/gu;
function lowerDoubleSurnames(text: string): Candidate[] {
  const out: Candidate[] = [];
  const lex = lexicons();
  for (const m of allMatches(LOWER_DOUBLE_SURNAME_RE, text)) {
    const second = capitalised(m[2]);
    if (!lex.surnames.has(second) || lex.common.has(m[2]) || lex.places.phrases.has(m[2])) continue;
    out.push({ s: m.index, e: m.index + m[1].length, label: "persoon", prio: PRIO.personContext });
  }
  return out;
}

/**
 * "Casus Haider en Noor Jaber", "met Haftom en Selam Tesfay": an unknown capitalised word joined by "en" to a
 * full name (a lexicon first name + surname) found with context is the first name of the partner who shares that surname.
 * Not a word, place, organisation or role the lexicons know, and not at a sentence start.
 */
const COORDINATED_FIRST_RE = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})[ \t]+en[ \t]+$/u;
function coordinatedFirstNames(text: string, kept: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const lex = lexicons();
  for (const c of kept) {
    if (c.label !== "persoon" || c.prio < PRIO.personContext) continue;
    const full = /^(\p{Lu}\p{Ll}+)[ \t]+(?:(?:van|de|der|den|el|al)[ \t]+)*\p{Lu}\p{Ll}+$/u.exec(text.slice(c.s, c.e));
    if (!full || !lex.firstNames.has(full[1])) continue;
    const m = COORDINATED_FIRST_RE.exec(text.slice(Math.max(0, c.s - 30), c.s));
    if (!m) continue;
    const w = m[1];
    const s = c.s - m[0].length;
    const key = w.toLowerCase();
    if (lex.common.has(key) || lex.places.phrases.has(key) || lex.institutions.phrases.has(key) || lex.negatives.phrases.has(key) || lex.notNamesAfterTitle.has(key) || lex.institutionHeads.phrases.has(key)) continue;
    if (lex.surnames.has(w) && !lex.firstNames.has(w)) continue;
    // a word before it on the same line, no sentence end right before
    if (!/[\p{L},][ \t]+$/u.test(text.slice(Math.max(0, s - 20), s)) || kept.some((k) => k.s < s + w.length && s < k.e)) continue;
    extra.push({ s, e: s + w.length, label: "persoon", prio: PRIO.personContext - 1 });
  }
  return extra;
}

// "mw. Eszter Horvath (…, eig. Horváth)": a capitalised word with diacritics that, stripped of them, equals a word of a
// found person's name is a spelling of that name.
const DIACRITIC_WORD_RE = /(?<![\p{L}])\p{Lu}\p{L}*[À-ɏ]\p{L}*(?![\p{L}])/gu;
const stripDiacritics = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "");
function diacriticSpellings(text: string, kept: Candidate[]): Candidate[] {
  const words = new Set<string>();
  for (const c of kept) if (c.label === "persoon") for (const w of text.slice(c.s, c.e).split(/[ \t]+/)) if (w.length >= 4 && /^\p{Lu}[a-z]+$/u.test(w)) words.add(w);
  const extra: Candidate[] = [];
  if (!words.size) return extra;
  for (const m of allMatches(DIACRITIC_WORD_RE, text)) {
    const s = m.index, e = s + m[0].length;
    if (words.has(stripDiacritics(m[0])) && isFree(kept, s, e)) extra.push({ s, e, label: "persoon", prio: PRIO.personContext - 1 });
  }
  return extra;
}

// "een tweeling van 6, Yara en Zain.": an unknown capitalised word after a found first name + "en", closing the clause,
// is the second name of the pair (not a place, organisation or word the lexicons know: "Sanne en Utrecht").
const FIRST_OF_PAIR_RE = /(?<=(?:,|\p{Ll})[ \t]+)(\p{Lu}\p{Ll}{2,})[ \t]+en[ \t]+$/u;
const SECOND_OF_PAIR_RE = /^[ \t]+en[ \t]+(\p{Lu}\p{Ll}{2,})(?=[ \t]*(?:[.,;!?)\n]|$))/u;
function secondNamesOfPairs(text: string, kept: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const lex = lexicons();
  for (const c of kept) {
    if (c.label !== "persoon" || c.prio < PRIO.personLexicon || !lex.firstNames.has(text.slice(c.s, c.e))) continue;
    // (also the first of the pair, mid-sentence: "Mahbooba (16) zit op het college, Sohail en Parisa (tweeling van zeven) gaan
    // naar de basisschool"; a word or a comma before it on the same line)
    const from = Math.max(0, c.s - 40);
    const second = SECOND_OF_PAIR_RE.exec(text.slice(c.e, c.e + 30));
    const m = second ?? FIRST_OF_PAIR_RE.exec(text.slice(from, c.s));
    if (!m) continue;
    const w = m[1], key = w.toLowerCase(), s = second ? c.e + m[0].length - w.length : from + m.index;
    if (lex.common.has(key) || lex.places.phrases.has(key) || lex.institutions.phrases.has(key) || lex.negatives.phrases.has(key) || lex.institutionHeads.phrases.has(key) || lex.notNamesAfterTitle.has(key)) continue;
    if (kept.some((k) => k.s < s + w.length && s < k.e)) continue;
    extra.push({ s, e: s + w.length, label: "persoon", prio: PRIO.personContext - 1 });
  }
  return extra;
}

/**
 * A first name that is also a word ("Roos", "Fleur") is a person as an item of a list whose other items (two or more) are
 * found first names ("Verdeling: Roos 3, Lotte 3, Ilse 2.", "Roos, Lotte en Ilse"), or right after a word of leave
 * before a bracket, comma or line end ("i.v.m. verlof Roos (7 t/m 25 oktober)").
 */
const FIRST_NAME_LIST_RE = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:[ \t]+\d{1,3})?(?:(?:,[ \t]*(?:en[ \t]+)?|[ \t]+en[ \t]+)\p{Lu}\p{Ll}+(?:[ \t]+\d{1,3})?){2,}/gu;
const LEAVE_NAME_RE = /(?<=(?<![\p{L}])(?:verlof|vakantie|zwangerschapsverlof|ouderschapsverlof|afwezigheid)[ \t]+)\p{Lu}\p{Ll}+(?=[ \t]*(?:\(|,|\n|$))/gu;
function listedWordFirstNames(text: string, kept: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const lex = lexicons();
  const isPerson = (s: number, e: number) => kept.some((k) => k.label === "persoon" && k.s === s && k.e === e);
  if (may(text.includes(",") || /[ \t]en[ \t]/.test(text)))
    for (const m of allMatches(FIRST_NAME_LIST_RE, text)) {
      const words = [...allMatches(/\p{Lu}\p{Ll}+/gu, m[0])].map((w) => ({ s: m.index + w.index, e: m.index + w.index + w[0].length, w: w[0] }));
      const wordy = words.filter((w) => lex.ambiguousFirstNames.has(w.w) && isFree(kept, w.s, w.e));
      const others = words.filter((w) => !wordy.includes(w));
      if (wordy.length && others.length >= 2 && others.every((w) => lex.firstNames.has(w.w) && isPerson(w.s, w.e)))
        for (const w of wordy) extra.push({ s: w.s, e: w.e, label: "persoon", prio: PRIO.propagated });
    }
  if (may(/(?:verlof|vakantie|afwezigheid) \p{Lu}/u.test(text)))
    for (const m of allMatches(LEAVE_NAME_RE, text))
      if (lex.ambiguousFirstNames.has(m[0]) && isFree(kept, m.index, m.index + m[0].length)) extra.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.propagated });
  return extra;
}

/**
 * Persons that only their frame shows, whatever the word:
 * - "De jongste, Tymon, is vier": an eldest/youngest word, then a capitalised word between commas, then a verb;
 * - "– SK", "app me gerust, J.": initials signing off at the very end of a text (after a dash, a comma or a greeting);
 * - in a chat, "thx lies", "dank je roos": a thanks + a lexicon first name closing the message (also a word-like one);
 * - in a chat, a lower-case lexicon first name, also a short word-like one, with its department ("naar bas van
 *   schuldhulp") or its age in brackets ("noa (3) en fleur (6)"), not after an article or a number ("een ton van …");
 * - in a chat, a kinship word + a lower-case lexicon surname: "ik app vader amrani wel even";
 * - the farmer someone worked for and the schoolmaster, named by a capitalised surname no lexicon knows: "gewerkt bij
 *   boer Tammeling", "bij meester Kalsbeek in de klas" (not a place or an organisation: "boer Friesland").
 */
const FARMER_MASTER_RE = /(?<![\p{L}])(?:boer|boerin|meester|juffrouw)[ \t]+(\p{Lu}\p{Ll}{2,})(?![\p{L}'’-])/gu;
const CHAT_DEPT_NAME_RE = /(?<![\p{L}\p{N}@.\/])(\p{Ll}{2,})[ \t]+van[ \t]+(?:de[ \t]+)?(\p{Ll}[\p{Ll}-]+)(?![\p{L}])/gu;
const CHAT_AGED_NAME_RE = /(?<![\p{L}\p{N}@.\/])(\p{Ll}{2,})[ \t]+\((\d{1,2})\)/gu;
const CHAT_KIN_SURNAME_RE = /(?<![\p{L}])(?:vader|moeder|meneer|mevrouw|oom|tante|opa|oma)[ \t]+(\p{Ll}{4,})(?![\p{L}])/gu;
// "een dochtertje van acht maanden, Iva.": a child word + its age, then the child's name closing the apposition.
const CHILD_AGE_NAME_RE = new RegExp(String.raw`(?<![\p{L}])(?:dochter|zoon|dochtertje|zoontje|kind|kindje|baby|broertje|zusje|broer|zus)[ \t]+van[ \t]+(?:${AGE_NUMBER})(?:[ \t]+(?:jaar|maanden|maand|weken|mnd))?[ \t]*,[ \t]*(\p{Lu}\p{Ll}{2,})(?=[ \t]*(?:[.,;)\n]|$))`, "gu");
// "jongen van 23, tiago barros, woont bij …": in lower-case notes a person word + the age, then a lexicon first name (and a
// surname) closing the apposition.
const AGED_LOWER_NAME_RE = new RegExp(String.raw`(?<![\p{L}])(?:jongen|jongeman|meisje|meid|man|vrouw|dame|heer|klant|cliënt|client|dochter|zoon|kind|broer|zus)[ \t]+van[ \t]+(?:${AGE_NUMBER})(?:[ \t]+jaar)?[ \t]*,[ \t]*(\p{Ll}{3,})(?:[ \t]+(\p{Ll}{3,}))?(?=[ \t]*(?:[,;)\n]|$))`, "gu");
// adverbs and quantifiers that are also surnames: "zijn moeder meer betrekken", "vader ook gebeld"
const KIN_NOT_SURNAME = /^(?:meer|minder|ook|niet|nooit|nog|even|wel|vaak|altijd|zelf|alleen|samen|thuis|later|weer|graag|direct|straks|morgen|vandaag|gisteren)$/;
const NO_NAME_BEFORE = /(?:^|[^\p{L}])(?:een|de|het|per|halve|hele|\d+)[ \t]+$/u;
const ELDEST_APPOSITION_RE = /(?<![\p{L}])(?:[Dd]e|[Hh]aar|[Zz]ijn|[Zz]'n|[Hh]un)[ \t]+(?:jongste|oudste|middelste|tweede|derde)[ \t]*,[ \t]*(\p{Lu}\p{Ll}{2,})[ \t]*,[ \t]*(?:is|was|wordt|werd|heeft|had|gaat|ging|zit|zat|woont|komt|doet|krijgt)(?![\p{L}])/gu;
// "De vrouw van de heer Mirzaei, Nafisa, zou graag …": a relative of a titled person, then the relative's own name between
// commas (an unknown first name too).
const KIN_OF_TITLED_RE = /(?<![\p{L}])(?:vrouw|echtgenote|partner|man|echtgenoot|dochter|zoon|moeder|vader|broer|zus)[ \t]+van[ \t]+(?:de[ \t]+heer|mevrouw|meneer|dhr\.?|mw\.?|mevr\.?)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?,[ \t]*(\p{Lu}\p{Ll}{2,})(?=[ \t]*,)/gu;
// (after a comma only dotted initials: "M. van den Berg, KM" ends in a role abbreviation)
// (also after a slash opening a word, "… belt terug. /MV", "\n/GvB", with a lower-case "v", "vd" or "vdn" of a particle inside)
const SIGN_OFF_INITIALS_RE = /(?:(?:(?<=[–—][ \t]*)|(?<=(?:^|[^\p{L}])-[ \t]*)|(?<=(?:^|\s)\/[ \t]*)|(?<=(?:^|[^\p{L}])(?:[Gg]r|[Gg]roet(?:en|jes)?|[Mm]vg)\.?,?[ \t\n]+))(\p{Lu}{2,3}|\p{Lu}v(?:dn?|an)?\p{Lu}|\p{Lu}\.(?:[ \t]?\p{Lu}\.){0,2})|(?<=[\p{Ll}],[ \t]*)(\p{Lu}\.(?:[ \t]?\p{Lu}\.){0,2}))[ \t]*$/u;
const THANKS_NAME_RE = /(?<=(?:^|[ \t:])(?:thx|tnx|thanks|bedankt|dankjewel|dankje|dank[ \t]+je(?:[ \t]+wel)?|merci)[ \t]*,?[ \t]+)(\p{Ll}{2,})(?=[ \t]*[!.]*[ \t]*(?:\p{Extended_Pictographic}[ \t]*)*(?:\n|$))/gmu;
// "intervisie di 12/11 – aantekeningen sem": the writer of lower-case notes named at the end of the heading line.
const NOTES_WORDS = ["aantekeningen", "notulen", "notities", "verslag", "notulist"];
const NOTES_WRITER_RE = new RegExp(`(?<![\\p{L}])(?:${NOTES_WORDS.join("|")})[ \\t]*:?[ \\t]+(\\p{Ll}{3,})(?=[ \\t]*(?:\\n|$))`, "gu");
// Minutes that name their attendees in full and then by two initials: "Aanwezig: J. Verhoef, F. Aydın, H. Dekker … HD meldt
// dat …, FA begeleidt moeder …, - JV: bewindvoering aanvragen". The capitals of a person's first name (or initial) and
// surname, standing alone, are that person when at least two such shorthands occur (one alone may be any acronym) and it is
// no known abbreviation or organisation, or when the text defines it right after the name ("Eva Scholten (ES)").
const PERSON_INITIALS_RE = /^(\p{Lu})(?:\p{Ll}+|\.(?:[ \t]?\p{Lu}\.)*)[ \t]+(?:(?:van|de|der|den|ter|ten|te|el|al)[ \t]+)*(\p{Lu})[\p{Ll}'’]/u;
function attendeeInitials(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const shorthands = new Set<string>();
  // the shorthands of the text's persons that occur at all, and those defined right after the name ("Eva Scholten (ES)")
  const occurring = new Map<string, number[]>();
  const defined = new Set<string>();
  for (const c of kept) {
    if (c.label !== "persoon") continue;
    const m = PERSON_INITIALS_RE.exec(text.slice(c.s, c.e));
    if (!m) continue;
    const abbr = m[1] + m[2];
    if (!occurring.has(abbr)) {
      const at = mentions(text, abbr);
      if (at.length) occurring.set(abbr, at);
    }
    if (text.startsWith(` (${abbr})`, c.e)) defined.add(abbr);
    const low = abbr.toLowerCase();
    if (defined.has(abbr) || (!isGenericAbbreviation(low) && !capsAbbreviations().has(abbr) && !lex.negatives.phrases.has(low) && !lex.institutions.phrases.has(low) && !lex.places.phrases.has(low))) shorthands.add(abbr);
  }
  const found: Candidate[] = [];
  for (const abbr of shorthands) {
    if (occurring.size < 2 && !defined.has(abbr)) continue;
    for (const at of occurring.get(abbr) ?? [])
      if (!/[./&-]/.test(text.charAt(at - 1)) && !/[.&-]/.test(text.charAt(at + 2)) && isFree(kept, at, at + 2)) found.push({ s: at, e: at + 2, label: "persoon", prio: PRIO.personContext });
  }
  return found;
}
function notesWriters(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const extra: Candidate[] = [];
  for (const m of allMatches(NOTES_WRITER_RE, text)) {
    const s = m.index + m[0].length - m[1].length;
    if (lex.firstNamesLower.has(m[1]) && !lex.common.has(m[1]) && !LOWER_NAME_WORDS.has(m[1]) && !lex.places.phrases.has(m[1]) && isFree(kept, s, s + m[1].length)) extra.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.personContext });
  }
  return extra;
}
function agedLowerNames(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const extra: Candidate[] = [];
  for (const m of allMatches(AGED_LOWER_NAME_RE, text)) {
    const [first, last] = [m[1], m[2]];
    if (!lex.firstNamesLower.has(first) || lex.common.has(first) || LOWER_NAME_WORDS.has(first) || (last && (lex.common.has(last) || lex.places.phrases.has(last)))) continue;
    const s = m.index + m[0].indexOf(first, m[0].indexOf(","));
    const e = m.index + m[0].length;
    if (!isFree(kept, s, e)) continue;
    extra.push({ s, e, label: "persoon", prio: PRIO.personContext });
    // (the first name alone is that person at its later mentions: "… dat tiago daar iets over gezegd had")
    // (a lexicon first name in lower case: also after "dat"/"is", which spreadNames refuses for word-like names)
    for (const at of mentions(text, first))
      if (at !== s && !/(?:^|[^\p{L}])(?:de|het|een|die|deze)[ \t]+$/u.test(text.slice(Math.max(0, at - 6), at)) && isFree(kept, at, at + first.length)) extra.push({ s: at, e: at + first.length, label: "persoon", prio: PRIO.propagated });
  }
  return extra;
}
function framedPersons(text: string, kept: Candidate[], chat: boolean): Candidate[] {
  const extra: Candidate[] = [];
  const lex = lexicons();
  const isWord = (w: string) => lex.common.has(w.toLowerCase()) || lex.places.phrases.has(w.toLowerCase()) || lex.institutions.phrases.has(w.toLowerCase()) || lex.negatives.phrases.has(w.toLowerCase());
  if (may(/(?:jongste|oudste|middelste|tweede|derde)[ \t]*,/.test(text)))
    for (const m of allMatches(ELDEST_APPOSITION_RE, text)) {
      const s = m.index + m[0].indexOf(m[1], m[0].indexOf(","));
      if ((!isWord(m[1]) || lex.firstNames.has(m[1])) && isFree(kept, s, s + m[1].length)) extra.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.propagated });
    }
  if (may(/van[ \t][^,\n]{1,20},[ \t]*\p{Lu}/u.test(text)))
    for (const m of allMatches(CHILD_AGE_NAME_RE, text)) {
      const s = m.index + m[0].length - m[1].length;
      // (a benefit's or a scheme's name in the negatives lexicon is still a name here: "Iva" is no "IVA" after a child's age)
      const low = m[1].toLowerCase();
      if ((!(lex.common.has(low) || lex.places.phrases.has(low) || lex.institutions.phrases.has(low)) || lex.firstNames.has(m[1])) && isFree(kept, s, s + m[1].length)) extra.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.propagated });
    }
  if (may(/van[ \t][^,\n]{1,20},[ \t]*\p{Ll}/u.test(text))) extra.push(...agedLowerNames(text, kept));
  if (may(/van[ \t]+(?:de[ \t]+heer|mevrouw|meneer|dhr|mw|mevr)/.test(text)))
    for (const m of allMatches(KIN_OF_TITLED_RE, text)) {
      const s = m.index + m[0].length - m[1].length;
      if (!isWord(m[1]) && isFree(kept, s, s + m[1].length)) extra.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.personContext });
    }
  if (may(hasAny(text, NOTES_WORDS))) extra.push(...notesWriters(text, kept));
  if (may(/(?:boer|boerin|meester|juffrouw)[ \t]+\p{Lu}/u.test(text)))
    for (const m of allMatches(FARMER_MASTER_RE, text)) {
      const s = m.index + m[0].length - m[1].length;
      if (!isWord(m[1]) && !/^[ \t]+\p{Lu}/u.test(text.slice(s + m[1].length, s + m[1].length + 2)) && isFree(kept, s, s + m[1].length)) extra.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.propagated });
    }
  const tail = text.trimEnd();
  const sign = SIGN_OFF_INITIALS_RE.exec(tail.slice(-40));
  const initials = sign ? sign[1] ?? sign[2] : "";
  const signStart = sign ? tail.length - tail.slice(-40).length + sign.index : 0;
  // (after a slash not a body's or an organisation's abbreviation: "/KvK", "/OvJ", "/UWV")
  const slashBody = !!sign && /\/[ \t]*$/.test(tail.slice(Math.max(0, signStart - 3), signStart)) && (BODY_INITIALS.has(initials) || capsAbbreviations().has(initials) || (/^\p{Lu}+$/u.test(initials) && (lex.institutions.phrases.has(initials.toLowerCase()) || lex.negatives.phrases.has(initials.toLowerCase()))));
  if (sign && !slashBody && !/^(?:OK|NL|EN|BV|NB|PS)$/.test(initials)) {
    const s = signStart;
    // (a guess of an organisation on exactly these letters is the writer: "/GvB" is no "GVB")
    const same = kept.find((k) => k.s === s && k.e === s + initials.length && k.label === "instelling" && (k.prio < PRIO.institutionHead || /\p{Ll}/u.test(initials)));
    if (same) same.label = "persoon";
    else if (isFree(kept, s, s + initials.length)) extra.push({ s, e: s + initials.length, label: "persoon", prio: PRIO.propagated });
  }
  if (chat && may(/(?:thx|tnx|thanks|bedankt|dank|merci)/.test(text)))
    for (const m of allMatches(THANKS_NAME_RE, text)) {
      const w = m[1];
      if (lex.firstNamesLower.has(w) && isFree(kept, m.index, m.index + w.length)) extra.push({ s: m.index, e: m.index + w.length, label: "persoon", prio: PRIO.propagated });
    }
  if (chat) {
    const nameOk = (w: string, at: number) => lex.firstNamesLower.has(w) && !lex.common.has(w) && !lex.places.phrases.has(w) && !NO_NAME_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && isFree(kept, at, at + w.length);
    if (may(/[ \t]van[ \t]/.test(text)))
      for (const m of allMatches(CHAT_DEPT_NAME_RE, text)) if (isDepartmentWord(m[2]) && nameOk(m[1], m.index)) extra.push({ s: m.index, e: m.index + m[1].length, label: "persoon", prio: PRIO.propagated });
    if (may(/[ \t]\(/.test(text)))
      for (const m of allMatches(CHAT_AGED_NAME_RE, text)) if (nameOk(m[1], m.index)) extra.push({ s: m.index, e: m.index + m[1].length, label: "persoon", prio: PRIO.propagated });
    for (const m of allMatches(CHAT_KIN_SURNAME_RE, text)) {
      const s = m.index + m[0].length - m[1].length;
      if (lex.surnames.has(capitalised(m[1])) && !lex.common.has(m[1]) && !KIN_NOT_SURNAME.test(m[1]) && !lex.firstNamesLower.has(m[1]) && !LOWER_NAME_WORDS.has(m[1]) && !lex.places.phrases.has(m[1]) && !isDepartmentWord(m[1]) && isFree(kept, s, s + m[1].length)) extra.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.propagated });
    }
  }
  return extra;
}

/**
 * A Chinese name in pinyin: a common family name, then one or two one-syllable given names ("Li Mei", "Liang Mei",
 * "Li Na mailt het rooster"), or two given names before the family name ("Li Mei Chen"). Each part alone may be a
 * month or a word ("Mei", "Na"), so only the whole is a name. Family names that are Dutch or English words ("Fan", "Ma",
 * "He", "Du", "Tan") do not open one.
 */
const CHINESE_GIVEN = "Mei|Na|Wei|Ying|Hua|Jing|Li|Lan|Fang|Xiu|Yan|Ling|Min|Hui|Jun|Ming|Qiang|Lei|Jie|Tao|Yu|Xin|Yi|Fei|Ping|Juan|Xia|Qing|Lian|Hao|Yong|Jian|Bin|Chao|Gang|Xue|Yun|Zhen|Jia|Rui|Qi|Wen|Kai|Shu|Lin|Hong";
// (also a given name of two syllables written as one word, as pinyin writes it: "Li Xinyi", "Wang Haoran", "Chen Zihan")
const CHINESE_GIVEN_TWO = "(?:Xin|Zi|Hao|Yu|Xiao|Jia|Ming|Shu|Si|Meng|Ya|Yue|Zhi|Ke|Tian|Yi|Wen|Jun|Hui|Mei|Ying|Lan|Xiu|Qing|Rui|Kai|Jing|Ling|Yan|Yun|Jian|Guo|Jin)(?:yi|yu|ran|han|xuan|ting|ling|ming|hui|jie|wen|yan|lin|ying|xin|hao|yang|tong|qi|na|fei|rui|kai|lei|li|mei|lan|jun|jing|hua|bo|tao|chen|long|feng|peng|xiang|yun|zhen|shan|ning|juan|xia|hong|guo|min|ping|qiang|ye)";
const CHINESE_NAME_RE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:${CHINESE_FAMILY})[ \t]+(?:${CHINESE_GIVEN_TWO}|${CHINESE_GIVEN})(?:[ \t]+(?:${CHINESE_FAMILY}|${CHINESE_GIVEN}))?(?![\p{L}\p{N}'’-])`, "gu");
const CHINESE_GUARD = CHINESE_FAMILY.split("|");
function chineseNames(text: string): Candidate[] {
  const extra: Candidate[] = [];
  if (!may(hasAny(text, CHINESE_GUARD))) return extra;
  // (above a title's guess at its first part alone: "mw Liang Mei" is no "Liang")
  for (const m of allMatches(CHINESE_NAME_RE, text)) extra.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personTitle + 1 });
  return extra;
}

/**
 * A kinship word + a lower-case word + that person's age is a name, whatever the word: "haar zoon storm is 17", "vrouw
 * blessing is negenentwintig", "baby precious van acht maanden", "dochter roos (6)". The name is then that person at its
 * other mentions in the text ("moeder van blessing", "en storm mag mee"), not after an article, a copula or an adjective
 * ("het was storm", "een rode roos").
 */
const KIN_AGED_LOWER_RE = new RegExp(String.raw`(?<![\p{L}])(?:vrouw|man|echtgenote|echtgenoot|partner|vriendin|vriend|dochter|zoon|dochtertje|zoontje|zus|zusje|broer|broertje|baby|kleindochter|kleinzoon)[ \t]+(\p{Ll}{3,})(?=[ \t]+(?:is|wordt|was|werd)[ \t]+(?:nu[ \t]+|pas[ \t]+|al[ \t]+|bijna[ \t]+)?(?:${AGE_NUMBER})(?:[ \t]*jaar)?(?:[ \t]*[,.;:!?)]|[ \t]+en[ \t]|[ \t]*\n|[ \t]*$)|[ \t]*\((?:${AGE_NUMBER})(?:[ \t]*(?:jaar|jr))?\)|[ \t]+van[ \t]+(?:${AGE_NUMBER})[ \t]+(?:jaar|maanden|maand|weken)(?![\p{L}]))`, "gu");
const KIN_GUARD = ["vrouw", "man", "echtgeno", "partner", "vriend", "dochter", "zoon", "zus", "broer", "baby", "klein"];
const NOT_A_KIN_NAME = /^(?:is|was|wordt|werd|die|dat|deze|dit|van|en|of|heeft|had|ook|nu|pas|al|nog|zelf|die|wel|niet|zij|hij|ze|er|daar|hier|thuis|samen|bijna|inmiddels|jaar|jr|\p{Ll}+en)$/u;
// (an adjective in -e has three letters at least: "een rode roos", not the pronoun in "zien we storm")
const NOT_NAME_BEFORE_MENTION = /(?:^|[^\p{L}])(?:de|het|een|die|deze|dat|dit|geen|veel|is|was|wordt|werd|\p{Ll}{2,}e|\d+)[ \t]+$/iu;
function kinAgedLowerNames(text: string, kept: Candidate[]): Candidate[] {
  if (!may(hasAny(text, KIN_GUARD))) return [];
  const lex = lexicons();
  const names = new Set<string>();
  for (const m of allMatches(KIN_AGED_LOWER_RE, text)) {
    const w = m[1];
    if (NOT_A_KIN_NAME.test(w) || lex.places.phrases.has(w) || isDepartmentWord(w)) continue;
    names.add(w);
  }
  return spreadNames(text, kept, names);
}

// In a chat a kin word + a lower-case word no lexicon or word list knows + a verb: "update: dochter anahit heeft huurschuld"
// (not an adverb: "dochter altijd is", "zoon gewoon gaat").
const KIN_VERB_LOWER_RE = /(?<![\p{L}])(?:dochter|zoon|dochtertje|zoontje|zus|zusje|broer|broertje|vrouw|man|vriendin|vriend|partner)[ \t]+(\p{Ll}{3,})(?=[ \t]+(?:heeft|had|is|was|wil|gaat|ging|moet|kan|woont|werkt|zit|krijgt|kreeg|komt|kwam)(?![\p{L}]))/gu;
const KIN_VERB_NOT_NAMES = new Set("altijd vaak gewoon weer ineens soms nooit ook nog nu al zelf thuis echt toch wel niet net pas dan daar hier er eigenlijk inmiddels intussen straks morgen vandaag gisteren zeker misschien waarschijnlijk helaas gelukkig nou even best heel erg zo dus alleen samen meestal steeds opeens plotseling verder ook daarom die dat deze weg iets kwijt niets niks alles ziek klaar boos blij moe dood mee terug binnen buiten".split(" "));
// (after a possessive the clause may end in its verb, "sinds haar man weg is", "dat uw zus betaalt is een gift", "zijn
// ex-partner verhuisd is": there a word that ends like a verb form, in -t or -d, is no name)
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:mijn|mn|m'n|zijn|zn|z'n|haar|d'r|uw|hun|je|jouw|onze|ons|de|het|een)[ \t]+(?:ex-)?$/u;
// "[26-02-25 13:11] Arjen Stam: chidi is net 18 geworden": an unknown lower-case word opening a chat turn before "is (net) N
// geworden" or "wordt N" is the person of that age.
const TURN_AGED_LOWER_RE = /(?<=(?:^|\n)[ \t]*\[[^\]\n]{3,20}\][ \t]*[^:\n]{1,30}:[ \t]*)(\p{Ll}{3,})(?=[ \t]+(?:is[ \t]+(?:net|pas|bijna|al|nu|vorige[ \t]+week|gisteren)?[ \t]*\d{1,2}[ \t]+geworden|wordt[ \t]+(?:morgen|binnenkort|volgende[ \t]+week|volgende[ \t]+maand|in[ \t]+\p{Ll}+)?[ \t]*\d{1,2})(?![\p{L}\p{N}]))/gu;
// "yes!! dank je nouk 🙏": in a chat a lower-case word after thanks, closing the phrase, is the person thanked (not "dank je
// wel", "bedankt allemaal", "thanks man").
const THANKED_LOWER_RE = /(?<![\p{L}])(?:dank[ \t]+je|dankje|dankjewel|bedankt|thanks|thx|merci)[ \t]+(\p{Ll}{3,})(?=[ \t]*(?:[!,.?]|\p{Extended_Pictographic}|\n|$))/gu;
const NOT_THANKED = new Set("wel zeer hoor voor allemaal allebei iedereen nog man meid schat lieverd collega collegas jullie weer alvast even echt enorm heel super top toppie trouwens haha hihi joh jong gast jongens dames heren mensen lui team mevr mevrouw meneer mw dhr pap mam buur".split(" "));
const TURN_SUBJECT_WORDS = /^(?:hij|zij|ze|die|dat|het|er|ik|je|jij|u|mw|dhr|klant|cliënt|client|zoon|dochter|man|vrouw|broer|zus|oudste|jongste|kind|baby)$/;
/**
 * Lower-case names in a chat that no lexicon knows, in three frames (a kin word + name + verb, thanks + name, a name opening
 * a turn with its age); the word must be none the word lists know. Each name is then that person at its other mentions.
 */
function chatLowerNames(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const unknownWord = (w: string) => !KIN_VERB_NOT_NAMES.has(w) && !NOT_A_KIN_NAME.test(w) && !DUTCH_WORD_RE.test(w) && !lex.common.has(w) && !lex.places.phrases.has(w) && !lex.negatives.phrases.has(w);
  const names = new Set<string>();
  for (const m of allMatches(KIN_VERB_LOWER_RE, text))
    if (unknownWord(m[1]) && !isDepartmentWord(m[1]) && !(/[td]$/.test(m[1]) && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))) names.add(m[1]);
  for (const m of allMatches(THANKED_LOWER_RE, text)) if (unknownWord(m[1]) && !NOT_THANKED.has(m[1])) names.add(m[1]);
  for (const m of allMatches(TURN_AGED_LOWER_RE, text)) if (unknownWord(m[1]) && !TURN_SUBJECT_WORDS.test(m[1])) names.add(m[1]);
  return spreadNames(text, kept, names);
}

// "7881 HN 2e Exloërmond", "Dossier fam. Hadderingh – 2e Exloërmond": a village whose name opens with an ordinal in digits
// (the tokeniser splits "2e", so the lexicon's phrase is matched here).
const ORDINAL_PLACE_RE = /(?<![\p{L}\p{N}])[1-4]e[ \t]+\p{Lu}[\p{L}'’-]+(?![\p{L}])/gu;
function ordinalPlaces(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(ORDINAL_PLACE_RE, text)) if (lexicons().places.phrases.has(phraseKey(m[0]))) out.push({ s: m.index, e: m.index + m[0].length, label: "plaats", prio: PRIO.placeLexicon });
  return out;
}

// "een meisje van 16, ik noem haar S., woont …", "de klant, hierna K.": an initial that the writer gives someone as a
// pseudonym is that person, and so is every later mention of the same initial ("S. draagt een groot deel", "Ga met S. in
// gesprek"; also "een man van begin veertig, hier R. genoemd,"); without such a declaration a lone "S." stays open (list items, abbreviations).
const PSEUDONYM_INITIAL_RE = /(?<![\p{L}])(?:(?<=(?:^|[^\p{L}])hier[ \t]+)(?=\p{Lu}\.[ \t]+genoemd(?![\p{L}]))|noem(?:en)?[ \t]+(?:ik[ \t]+|we[ \t]+)?(?:haar|hem|hen|ze|deze[ \t]+\p{Ll}+|de[ \t]+\p{Ll}+)[ \t]+(?:hier[ \t]+|verder[ \t]+|even[ \t]+|maar[ \t]+|voor[ \t]+het[ \t]+gemak[ \t]+)*(?:(?:mevrouw|meneer|mw\.|dhr\.)[ \t]+)?|hierna[ \t]*:?[ \t]*)(\p{Lu})\.(?![\p{L}]|[ \t]?\p{Lu}\.)/gu;
function pseudonymInitials(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(PSEUDONYM_INITIAL_RE, text)) {
    const letter = m[1];
    const again = new RegExp(String.raw`(?<![\p{L}\p{N}.])${letter}\.(?![\p{L}\p{N}]|[ \t]?\p{Lu}\.)`, "gu");
    for (const a of allMatches(again, text)) out.push({ s: a.index, e: a.index + 1, label: "persoon", prio: PRIO.personContext });
  }
  return out;
}

// "Cliënt R., man, begin veertig", "zijn ex-partner, mevrouw K., meer dan", "haar zoon T. (16)", "een dochter, S. (16)", "zijn
// ex-vrouw M.", "getrouwd met T.;", "Casus gezin H. uit Hoorn": an initial standing in
// for a name right after a title, client or kin word is that person (the tokeniser reads "K.," as a letter and a full
// stop, so names.ts's title rule misses it there), and so is each later mention of the same initial before a lower-case
// word, a quote or a punctuation mark ("A. zegt bij elk gesprek", "- Zoon T. niet betrekken", 'dat A. "elke dag …"', "dat A. 's nachts").
// Not followed by a capital or another initial (a full name: "mevrouw K. Jansen"); a mention after a list word ("bijlage
// A.", "sub B.") stays open.
const TITLED_INITIAL_RE = /(?<![\p{L}])(?:[Mm]evrouw|[Mm]eneer|[Mm]evr\.|[Mm]w\.|[Dd]hr\.|[Dd]e[ \t]+heer|[Cc]li[eë]nt(?:e)?|[Kk]lant|(?:[Ee]x-?)?(?:[Pp]artner|[Vv]rouw|[Mm]an|[Ee]chtgeno(?:ot|te))|[Gg]etrouwd[ \t]+met|[Zz]oon(?:tje)?|[Dd]ochter(?:tje)?|[Bb]roer(?:tje)?|[Zz]us(?:je)?|[Vv]ader|[Mm]oeder|[Gg]ezin|[Ff]amilie|[Ff]am\.|[Dd]e[ \t]+(?:oudste|jongste|middelste)|[Cc]ollega|[Ii]nbreng(?:er|ster))[ \t]*[:,]?[ \t]+(\p{Lu})\.(?=[ \t]*[,;:)(]|[ \t]+\p{Ll}|[ \t]*\n|[ \t]*$|\.(?=\s|$))/gu;
const NOT_INITIAL_MENTION_BEFORE = /(?:^|[^\p{L}])(?:bijlage|sub|lid|groep|categorie|niveau|optie|variant|scenario|fase|stap|punt|route|plan|blok|deel|vraag|type|klasse|kolom|rij|tabel|figuur)[ \t]+$/iu;
// "De school van de oudste, De Vliet, meldt …", "haar werkgever, Het Wapen, betaalt": a name that opens with an article,
// set off by commas right after a school, employer, landlord or childcare noun, is that organisation.
const APPOSITIVE_ORG_RE = /(?<![\p{L}])(?:[Dd]e|[Hh]et|[Zz]ijn|[Hh]aar|[Hh]un)[ \t]+(?:school|basisschool|werkgever|woningcorporatie|corporatie|verhuurder|kinderopvang|opvang)(?:[ \t]+van[ \t]+(?:de|het|haar|zijn|hun)[ \t]+\p{Ll}+)?,[ \t]+((?:De|Het|'t)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?),/gu;
function appositiveOrgs(text: string): Candidate[] {
  return allMatches(APPOSITIVE_ORG_RE, text).map((m) => {
    const s = m.index + m[0].length - 1 - m[1].length;
    return { s, e: s + m[1].length, label: "instelling", prio: PRIO.personContext + 1 };
  });
}

// "Handtekening: G.J.S.", "Paraaf klant: A.B.": initials after a signature label are the signer.
const SIGNATURE_INITIALS_RE = /(?<![\p{L}])(?:[Hh]andtekening|[Pp]araaf)(?:[ \t]+(?:klant|aanvrager|cliënt|client|deelnemer|ouder|partner))?[ \t]*:[ \t]*((?:\p{Lu}\.[ \t]?){1,4}(?:\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)?)(?=[ \t]*(?:\n|$|[,;|]))/gu;
function signatureInitials(text: string): Candidate[] {
  return allMatches(SIGNATURE_INITIALS_RE, text).map((m) => {
    const s = m.index + m[0].length - m[1].length;
    return { s, e: s + m[1].trimEnd().length, label: "persoon", prio: PRIO.personContext };
  });
}

// "Notitie klantmanager (T.M.):", "Jobcoach (R.): …": initials in brackets right after a role are that person.
const ROLE_INITIALS_RE = /(?<![\p{L}])(?:klantmanager|consulent|jobcoach|casemanager|inkomensconsulent|coördinator|begeleider|bewindvoerder|notulist|voorzitter|facilitator|collega)[ \t]+\(((?:\p{Lu}\.){1,3})\)/giu;
// "Hao (7) en Mei (4)", "Dochter Mei (17) woont thuis. Mei helpt op zaterdag": a month name with an age in brackets is a
// child's name (a month takes no "(4)"), and so are its mentions before a verb of a person acting or a possessive "'s"
// ("Mei’s begeleider").
// (not after "van": "De zoon van Mei (12 jaar)" gives the son's age)
const MONTH_CHILD_RE = /(?<![\p{L}])(?<!(?:^|[^\p{L}])van[ \t]+)(April|Mei|Juni|Juli|Augustus)[ \t]*\([ \t]*\d{1,2}(?:[ \t]*(?:jaar|jr\.?|j))?[ \t]*\)/gu;
function monthNamedChildren(text: string): Candidate[] {
  const out: Candidate[] = [];
  const names = new Set<string>();
  for (const m of allMatches(MONTH_CHILD_RE, text)) {
    names.add(m[1]);
    out.push({ s: m.index, e: m.index + m[1].length, label: "persoon", prio: PRIO.personContext });
  }
  for (const w of names)
    for (const m of allMatches(new RegExp(String.raw`(?<![\p{L}])${w}(?=[ \t]+(?:helpt|gaat|woont|zit|komt|wil|werkt|zegt|vertelt|speelt|doet|kan|moet|vindt|krijgt|slaapt|eet|huilt|leert|heeft)(?![\p{L}])|['’]s[ \t]+\p{Ll})`, "gu"), text))
      out.push({ s: m.index, e: m.index + w.length, label: "persoon", prio: PRIO.personContext });
  return out;
}

// "afspraak met Roos van het jongerenteam", "zal ik dirk van de huisartsenpost even seinen": a first name (also one that is a
// word, or lower case) + "van de/het" + a team or service is a professional there (not after an article: "de roos van").
// (Also with a surname of the lexicons after the first name and "van team" without an article: "ik zet de overdracht klaar
// voor roos winter van team centrum".)
const NAME_OF_TEAM_RE = /(?<=(?:^|[^\p{L}])(?:met|aan|ik|bel|vraag|via|en|dat|want|of|door|voor)[ \t]+)(\p{L}\p{Ll}{2,})(?:[ \t]+(\p{L}\p{Ll}{2,}))?[ \t]+van[ \t]+(?:(?:de|het)[ \t]+(?:\p{Ll}*(?:team|loket|post|dienst|afdeling|praktijk|bureau)|ggd|GGD|huisarts|school|wijkteam)|team(?=[ \t]+\p{L}))(?![\p{L}])/gu;
function namesOfTeams(text: string): Candidate[] {
  const lex = lexicons();
  const first = (w: string) => lex.firstNames.has(capitalised(w.toLowerCase())) || lex.ambiguousFirstNames.has(capitalised(w.toLowerCase()));
  const surname = (w: string) => lex.surnames.has(capitalised(w.toLowerCase())) || lex.ambiguousSurnames.has(capitalised(w.toLowerCase()));
  return allMatches(NAME_OF_TEAM_RE, text)
    .filter((m) => first(m[1]) && (!m[2] || surname(m[2])))
    .map((m) => ({ s: m.index, e: m.index + m[1].length + (m[2] ? m[0].indexOf(m[2], m[1].length) - m[1].length + m[2].length : 0), label: "persoon" as const, prio: PRIO.personContext }));
}

// "Mèr ons Frenk, die is drieëntwintig", "Maar onze Frenk, die …": in the south a family member is "ons"/"onze" + first name;
// a capitalised word there that no lexicon knows as a place, organisation or ordinary word, before a comma or a verb of a
// person acting, is that person ("onze Hema, die …" is a shop of the lexicon; "Onze Betriebsnummer is 48210937" takes no
// bare "is").
const OUR_NAME_RE = /(?<=(?:^|[^\p{L}])(?:ons|onze|Ons|Onze)[ \t]+)(\p{Lu}\p{Ll}{2,})(?=[ \t]*,[ \t]*(?:die|dat|is|was|heeft|wordt)(?![\p{L}])|[ \t]+(?:heeft|wil|moet|gaat|zegt|werkt|woont|zit|komt)(?![\p{L}]))/gu;
function ourFamilyNames(text: string): Candidate[] {
  const lex = lexicons();
  return allMatches(OUR_NAME_RE, text)
    .filter((m) => { const k = m[1].toLowerCase(); return !lex.places.phrases.has(k) && !lex.institutions.phrases.has(k) && !lex.common.has(k) && !lex.negatives.phrases.has(k) && !MONTH_NAMES.test(m[1]); })
    .map((m) => ({ s: m.index, e: m.index + m[1].length, label: "persoon" as const, prio: PRIO.personContext }));
}

// "| werkervaringsplaats Breed | 7700874 |": a table cell that is a placement noun + a capitalised name is the employer,
// also a name that is a word ("Breed", the Nijmegen work company); not a place, first name, generic service or national body.
const PLACEMENT_CELL_RE = /(?<=(?:^|\n|\||\t)[ \t]*)(?:werkervaringsplaats|werkervaringsplek|leerwerkplek|leerwerkplaats|proefplaatsing|stageplek|stageplaats|stage|detachering|vrijwilligerswerk)[ \t]+(\p{Lu}[\p{L}'’&-]+(?:[ \t]+\p{Lu}[\p{L}'’&-]+){0,2})(?=[ \t]*(?:\||\t|\n|$))/gu;
function placementCellOrgs(text: string): Candidate[] {
  const lex = lexicons();
  return allMatches(PLACEMENT_CELL_RE, text)
    .filter((m) => { const k = phraseKey(m[1]); return !lex.places.phrases.has(k) && !lex.firstNames.has(m[1]) && !lex.negatives.phrases.has(k) && !GENERIC_SERVICES.has(k); })
    .map((m) => { const s = m.index + m[0].length - m[1].length; return { s, e: s + m[1].length, label: "instelling" as const, prio: PRIO.institutionContext }; });
}

// Turkish case endings after an apostrophe: "babam konya'dan dönmüş olur", "annem Reinier de Graaf'ta yatıyor": a place or an
// organisation of the lexicons before the ending is that place or organisation (the ending stays outside), in any case.
const TURKISH_SUFFIXED_RE = /(?<![\p{L}'’])(\p{L}[\p{L}-]+(?:[ \t]+\p{L}[\p{L}-]+){0,3})['’](?:da|de|ta|te|dan|den|tan|ten|daki|deki|taki|teki|nda|nde|ndan|nden|ndaki|ndeki|na|ne|a|e|ya|ye|yı|yi|yu|yü|nın|nin|ın|in)(?![\p{L}])/gu;
function turkishSuffixed(text: string): Candidate[] {
  const lex = lexicons();
  const out: Candidate[] = [];
  for (const m of allMatches(TURKISH_SUFFIXED_RE, text)) {
    // (the name may start one word later: "hastanede, reinier de graaf'ta" or "zaman konya'dan")
    const words = m[1].split(/[ \t]+/);
    for (let k = 0; k < words.length; k++) {
      const name = words.slice(k).join(" ");
      const key = phraseKey(name);
      if (lex.common.has(key) || lex.negatives.phrases.has(key)) continue;
      const s = m.index + m[1].length - name.length;
      if (lex.places.phrases.has(key)) { out.push({ s, e: s + name.length, label: "plaats", prio: PRIO.personContext + 2 }); break; }
      if (lex.institutions.phrases.has(key) && !lex.ambiguousInstitutions.has(key)) { out.push({ s, e: s + name.length, label: "instelling", prio: PRIO.personContext + 2 }); break; }
      // "Emre Munnikenheide College'da okuyor": capitalised words closed by a head word are the school or hospital, and a
      // first name before them is the person who goes there.
      if (k > 0 && k < words.length - 1 && lex.firstNames.has(words[k - 1]) && !lex.firstNames.has(words[k]) && words.slice(k).every((w) => /^\p{Lu}/u.test(w)) && lex.institutionHeads.phrases.has(words[words.length - 1].toLowerCase())) {
        // (above the name parsed over all of it, "Emre Munnikenheide College'da", which takes the first name's priority)
        out.push({ s, e: s + name.length, label: "instelling", prio: PRIO.personContext + 4 });
        const first = m.index + m[1].length - words.slice(k - 1).join(" ").length;
        out.push({ s: first, e: first + words[k - 1].length, label: "persoon", prio: PRIO.personContext + 2 });
        break;
      }
    }
  }
  return out;
}

// "in de fabriek van Mars in Veghel", the Polish "w fabryce Mars w Veghel": a capitalised name after a factory or workplace noun
// (+ "van") is the firm, also a word or a planet; not a place, first name or ordinary word of the lexicons.
const WORKPLACE_OF_RE = /(?<![\p{L}])(?:(?:fabriek|distributiecentrum|slachterij|productielocatie|productiehal)[ \t]+van|w[ \t]+(?:fabryce|zakładzie|magazynie|hurtowni|szklarni|piekarni|ubojni))[ \t]+(\p{Lu}[\p{L}'’&-]+(?:[ \t]+\p{Lu}[\p{L}'’&-]+){0,2})(?![\p{L}])/gu;
function workplaceFirms(text: string): Candidate[] {
  const lex = lexicons();
  return allMatches(WORKPLACE_OF_RE, text)
    .filter((m) => { const k = phraseKey(m[1]); return !lex.places.phrases.has(k) && !lex.firstNames.has(m[1]) && !lex.negatives.phrases.has(k) && !lex.common.has(k); })
    .map((m) => { const s = m.index + m[0].length - m[1].length; return { s, e: s + m[1].length, label: "instelling" as const, prio: PRIO.personContext + 1 }; });
}

// "Dertig jaar heb ik bij Van Lieshout in de kassen gestaan": a name after "bij", before "in de" + a place of work (the
// greenhouses, the factory, the warehouse), is the firm (a person is not a place where one works "in de kassen").
const FIRM_WITH_WORKPLACE_RE = /(?<=(?:^|[^\p{L}])bij[ \t]+)((?:(?:Van|De|Van[ \t]+de[nr]?|Van[ \t]+'t)[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?=[ \t]+in[ \t]+de[ \t]+(?:kassen|kas|fabriek|loods|loodsen|werkplaats|bakkerij|keuken|magazijn|productie|slachterij|kwekerij|stal|stallen|schuur|hal)(?![\p{L}]))/gu;
function firmsWithWorkplace(text: string): Candidate[] {
  const lex = lexicons();
  return allMatches(FIRM_WITH_WORKPLACE_RE, text)
    .filter((m) => { const k = phraseKey(m[1]); return !lex.places.phrases.has(k) && !lex.firstNames.has(m[1]) && !lex.negatives.phrases.has(k) && !lex.common.has(k); })
    .map((m) => ({ s: m.index, e: m.index + m[1].length, label: "instelling" as const, prio: PRIO.personContext + 1 }));
}

// "Interne notitie (LB): meneer heeft …": two or three capitals in brackets after a note word, before a colon, are the writer.
const NOTE_INITIALS_RE = /(?<![\p{L}])(?:[Nn]otitie|[Aa]antekening|[Aa]antekeningen)[ \t]*\((\p{Lu}{2,3})\)[ \t]*:/gu;
// "overdracht A.K. aan Stijn", "Casus 3 – J.B. (m, 17)", "Notitie L.G.: mw. maakt …": two or three initials standing alone
// (no name or particle after them) are a person, unless they are a legal form, a compass point of a street, a degree or
// a written abbreviation ("B.V.", "V.O.F.", "Kanaaldijk N.W.", "B.A.", "N.B.", "T.A.V.", in capitals too).
const BARE_INITIALS_RE = /(?<![\p{L}\p{N}.&'’\/-])(?:\p{Lu}\.){2,3}(?![\p{L}\p{N}]|[ \t]*(?:\p{Lu}|(?:van|de|der|den|ter|ten|te|'t|v\.?d\.?|vd|von|el|al)(?![\p{L}])))/gu;
const NOT_BARE_INITIALS = new Set(
  ("BV NV VOF CV BA MA SA AG EV TBV TAV TNV NB PS OA AUB IVM ZSM MBT IPV ISM VWB ED DWZ MIV NAV TZT IOM ICM IOV PP VD US UK EU VS AM PM " +
    "OZ NZ WZ ZZ NW ZW NO ZO RK NH GEB BSN NR TEL").split(" "),
);
function bareInitials(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(BARE_INITIALS_RE, text)) {
    const letters = m[0].replace(/\./g, "");
    if (NOT_BARE_INITIALS.has(letters) || isGenericAbbreviation(letters.toLowerCase())) continue;
    // (initials after a surname belong to that name: "Aanwezig: Hermans J.P.G. en Wiertz R."; a title before them is no name)
    const before = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index));
    if (before && !/^(?:Mevrouw|Meneer|Mevr|Mw|Dhr|Mr|Dr|Casus|Notitie|Cliënt|Client|Klant)$/.test(before[1])) continue;
    out.push({ s: m.index, e: m.index + m[0].length, label: "persoon", prio: PRIO.personContext });
  }
  return out;
}

function titledInitials(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(NOTE_INITIALS_RE, text)) {
    const s = m.index + m[0].indexOf("(") + 1;
    if (!isGenericAbbreviation(m[1].toLowerCase())) out.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.personContext });
  }
  const letters = new Set<string>();
  for (const m of allMatches(TITLED_INITIAL_RE, text)) letters.add(m[1]);
  for (const m of allMatches(ROLE_INITIALS_RE, text)) {
    const s = m.index + m[0].length - 1 - m[1].length;
    out.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.personContext });
  }
  for (const letter of letters) {
    const again = new RegExp(String.raw`(?<![\p{L}\p{N}.])${letter}\.(?=[ \t]*[,;:)(]|[ \t]+(?:\p{Ll}|["“„]|['’]s[ \t])|[ \t]*\n|[ \t]*$|\.(?=\s|$))`, "gu");
    for (const a of allMatches(again, text))
      if (!NOT_INITIAL_MENTION_BEFORE.test(text.slice(Math.max(0, a.index - 12), a.index))) out.push({ s: a.index, e: a.index + 2, label: "persoon", prio: PRIO.personContext });
  }
  return out;
}

/**
 * A call name given in its frame (names.ts `nicknameFrames`: 'noemt zich "Shu"', "(roepnaam DJ)") or in quotes
 * after a person found ("kwabena ('lucky')") is that person at its other mentions too, in any case: "actie: shu levert",
 * "lucky komt ma", "PJ is van 1964".
 */
// (the quoted name may open a bracket that goes on: 'Ricardo Martis ("Rico", Ridderkerk, 24)')
// (or goes on with where the name is used: "Dhr. Hulshof (‘Ruudje’ in de buurt)")
const NICKNAME_AFTER_RE = /^[ \t]*\([ \t]*["“„'‘]([\p{L}][\p{L}-]{1,15})["”'’](?:[ \t]+(?:in[ \t]+de[ \t]+(?:buurt|wijk|straat|familie)|voor[ \t]+(?:vrienden|familie|iedereen)|thuis|op[ \t]+(?:het[ \t]+werk|straat|school)))?[ \t]*[),]/u;
// (also a lexicon first name without quotes: "dhr. G.J. Bouwhuis (Gait)", "mw. E.L. Winter-Tan (Els)")
const BARE_NICKNAME_AFTER_RE = /^[ \t]*\([ \t]*(\p{Lu}\p{Ll}{1,15})[ \t]*\)/u;
function nicknames(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const nicks = new Set<string>();
  for (const f of nicknameFrames(text, lex)) nicks.add(text.slice(f.s, f.e));
  if (may(/["“„'‘]/.test(text)))
    for (const c of kept) {
      if (c.label !== "persoon" || c.prio < PRIO.personLexicon) continue;
      const m = NICKNAME_AFTER_RE.exec(text.slice(c.e, c.e + 24));
      if (m && !NOT_A_KIN_NAME.test(m[1].toLowerCase()) && !lex.negatives.phrases.has(m[1].toLowerCase())) nicks.add(m[1]);
    }
  if (may(text.includes("(")))
    for (const c of kept) {
      if (c.label !== "persoon" || c.prio < PRIO.personLexicon) continue;
      const m = BARE_NICKNAME_AFTER_RE.exec(text.slice(c.e, c.e + 24));
      if (m && (lex.firstNames.has(m[1]) || lex.ambiguousFirstNames.has(m[1])) && !NOT_A_FRAMED_NAME.test(m[1].toLowerCase())) nicks.add(m[1]);
    }
  const forms = new Set<string>();
  for (const w of nicks) for (const f of [w, w.toLowerCase(), capitalised(w.toLowerCase())]) forms.add(f);
  return spreadNames(text, kept, forms);
}

/**
 * A name found by its frame spreads to its clean mentions: not inside an address, handle or path (after "/", "@" or
 * "."; before "@" or ".x"), not after an article, copula, adjective or number ("het was storm", "een rode roos"), and
 * only where no span is yet.
 */
function spreadNames(text: string, kept: Candidate[], words: Iterable<string>): Candidate[] {
  const extra: Candidate[] = [];
  for (const w of words)
    for (const at of mentions(text, w)) {
      if (/[\/@.]/.test(text.charAt(at - 1)) || /^(?:@|\.\p{L})/u.test(text.slice(at + w.length, at + w.length + 2))) continue;
      if (NOT_NAME_BEFORE_MENTION.test(text.slice(Math.max(0, at - 12), at)) || !isFree(kept, at, at + w.length)) continue;
      extra.push({ s: at, e: at + w.length, label: "persoon", prio: PRIO.propagated });
    }
  return extra;
}

/**
 * A surname or first name that is also a word ("roos", "hoop", "winter", "koning", "visser", "de vries") in a frame
 * that only a person fits: "zeg tegen winter", "groetjes aan de vries", "vraag aan hoop", "neem roos mee", "zijn zus
 * roos", "roos is ziek", "mw. de winter". Not after an article ("in de winter", "de koning"): the frames leave no room for one,
 * and a particle surname must not be a word itself ("groeten aan de koning" stays out).
 * A listed "Surname, Initials" ("| Koning, R.J. |", "de Hoop, W.") makes the surname that person at its later
 * capitalised mentions ("Koning en de Hoop zitten …"), not after an article ("de Koning" of a fairy tale is no mention).
 */
const WORD_NAME = String.raw`((?:(?:van[ \t]+)?(?:de[nr]?|het)[ \t]+|van[ \t]+)?(\p{L}\p{Ll}{2,}))(?![\p{L}\p{N}'’-])`;
const TELL_NAME_RE = new RegExp(String.raw`(?<![\p{L}])(?:zeg|zegt|zeggen|vraag|vraagt|vroeg|groetjes|groeten|groet)[ \t]+(?:tegen|aan)[ \t]+${WORD_NAME}`, "giu");
// (Also with the subject after the verb and where the person comes from: "dan neem ik iris van het sociaal team mee".)
// (Also a child who may come along: "ok kom ik. mag demi mee?")
const TAKE_NAME_RE = new RegExp(String.raw`(?<![\p{L}])((?:neem|neemt|nam|namen|mag|mogen|kan|kon)(?:[ \t]+(?:ik|je|jij|we|wij|hij|zij|ze))?[ \t]+)(\p{L}\p{Ll}{2,})(?:[ \t]+van[ \t]+(?:het|de|ons|onze)(?:[ \t]+\p{Ll}+){1,3}?)?[ \t]+mee(?![\p{L}])`, "giu");
// A first name that is also a word, of a team or service, acting: "en roos van het wijkteam komt morgen langs", "die rick van
// het jongerenwerk zegt" (not after an
// article or a possessive: "de hoop van de gemeente is").
const TEAM_MEMBER_NAME_RE = /(?<![\p{L}])(?<!(?:de|het|een|mijn|m'n|zijn|z'n|haar|onze|hun)[ \t]+)(\p{L}\p{Ll}{2,})[ \t]+van[ \t]+(?:het|de)[ \t]+(?:wijkteam|buurtteam|sociaal[ \t]+team|jeugdteam|gebiedsteam|schuldhulp|voedselbank|woningcorporatie|corporatie|thuiszorg|ggz|ggd|jeugdzorg|jongerenwerk|buurtwerk|welzijnswerk|maatschappelijk[ \t]+werk)[ \t]+(?:komt|kwam|belt|belde|gaat|ging|zegt|zei|heeft|had|is|was|wil|kan|mailt|mailde|appt|appte|doet|neemt|stuurt)(?![\p{L}])/gu;
// The author of a note: "Telefoonnotities balie, ingevuld door Roos", "Verslag opgesteld door: Roos." (a first name that is
// also a word, closing the phrase).
// (also an initial alone: "casus ingebracht door N.")
const AUTHOR_NAME_RE = /(?<![\p{L}])(?:ingevuld|opgesteld|genoteerd|geschreven|bijgehouden|ondertekend|genotuleerd|ingebracht)[ \t]+door:?[ \t]+(\p{Lu}\p{Ll}+(?=[ \t]*(?:[,.;)]|\n|$))|\p{Lu}\.(?=[ \t]*(?:\n|$)))/gu;
// A family by its particle surname opening a chat message, as in a round of cases: "[12:07] ruben: van den berg: nog niks
// aangevraagd", "[12:04] samira: el amrani, 4 kids" (the surname known; not "van de gemeente: …").
const CHAT_FAMILY_HEAD_RE = /(?<=(?:^|\n)[ \t]*\[?\d{1,2}[:.]\d{2}\]?[ \t]*[^\n:\d]{1,30}:[ \t]*)((?:van[ \t]+(?:de[nr]?[ \t]+)?|el[ \t]+|al[ \t]+|ter[ \t]+|ten[ \t]+)(\p{Ll}{3,}))(?=[ \t]*[:,])/gu;
// A lower-case first name with its age in a chat: "hoi lieke, sem van 19 is niet gekomen", "daan van 7 zit thuis".
const NAME_OF_AGE_RE = /(?<![\p{L}\p{N}'’-])(\p{Ll}{3,})[ \t]+van[ \t]+([1-9]\d?)(?=[ \t]+(?:is|was|zit|woont|heeft|gaat|wil|moet|kan|komt|werkt|slaapt|doet)(?![\p{L}])|[ \t]*(?:[,;!?)\n]|\.(?!\d)|$))/gu;
const KIN_WORD_NAME_RE = new RegExp(String.raw`(?<![\p{L}])(?:zus|zusje|broer|broertje|dochter|zoon|tante|oom|nicht|neef|oma|opa|kleindochter|kleinzoon|collega|stagiaire|vriendin|moeder|vader)[ \t]+(\p{L}\p{Ll}{2,})(?![\p{L}\p{N}'’-])`, "giu");
const NAME_IS_ABSENT_RE = new RegExp(String.raw`(?:^[ \t]*(?:[-•*][ \t])?|\n|[:.!?][ \t])[ \t]*(\p{L}\p{Ll}{2,})[ \t]+is[ \t]+(?:ziek|met[ \t]+verlof|met[ \t]+vakantie|op[ \t]+vakantie|jarig|afwezig)(?![\p{L}])`, "gu");
// (Also after a clergy or academic title in lower case: "ik vraag ds. de graaf", "pastoor van dijk", "dr. de jong".)
const TITLE_PARTICLE_NAME_RE = new RegExp(String.raw`(?<![\p{L}])(?:mw|mevr|mevrouw|dhr|meneer|ds|dominee|pastoor|pater|dr|drs|prof)\.?[ \t]+((?:(?:van[ \t]+)?de[nr]?|van)[ \t]+(\p{L}\p{Ll}{2,}))(?![\p{L}\p{N}'’-])`, "gu");
// Ambiguous first names that are function words or months, never read as a name in these frames.
const NOT_A_FRAMED_NAME = /^(?:per|wil|will|door|net|dan|to|ko|ben|elke|mag|nadien|semi|har|ate|ad|ab|april|juni|juli|mei|augustus|lei|hub|jo|germ|oren|ira|pier|gad|leen|sake|homme|staf|nader|adel|kader|lot|math|erna|dien|prince|bright|comfort|rejoice|mare|nur|aya|salem|roman|wei|berk|trees|zon|tiny|guy|miet|lijntje)$/;
// Surnames that are words, but not nouns read after "de" ("de vries", "de jong", "de graaf"): "groetjes aan de vries".
const ONLY_AFTER_PARTICLE = new Set(["vries", "jong", "groot", "graaf", "wit", "bruin", "haan", "leeuw", "ven", "veen", "vliet", "velde", "velden", "linden", "meulen", "kempen", "heuvel", "laan", "wal", "horst"]);
const LISTED_SURNAME_RE = /^((?:(?:van[ \t]+)?de[nr]?[ \t]+|van[ \t]+)?\p{Lu}\p{Ll}{2,}),[ \t]+(?:\p{Lu}\.){1,4}$/u;
// ("Hoop", "de Hoop" are surnames too, but only in these frames: elsewhere "De Hoop" is the ggz institution)
const FRAMED_WORD_SURNAMES = new Set(["Hoop"]);
const wordSurname = (w: string) => lexicons().ambiguousSurnames.has(w) || FRAMED_WORD_SURNAMES.has(w);
function wordNamesInFrames(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const extra: Candidate[] = [];
  const firstName = (w: string) => (lex.ambiguousFirstNames.has(capitalised(w)) && !NOT_A_FRAMED_NAME.test(w.toLowerCase())) || (lex.firstNamesLower.has(w.toLowerCase()) && !lex.common.has(w.toLowerCase()));
  const surname = (w: string) => lex.surnames.has(capitalised(w.toLowerCase())) || wordSurname(capitalised(w.toLowerCase()));
  const push = (s: number, e: number) => {
    if (isFree(kept, s, e)) extra.push({ s, e, label: "persoon", prio: PRIO.personContext });
  };
  if (may(/(?:tegen|aan)[ \t]/i.test(text)))
    for (const m of allMatches(TELL_NAME_RE, text)) {
      const s = m.index + m[0].length - m[1].length;
      const particled = m[1].length > m[2].length;
      if (particled ? surname(m[2]) && (!wordSurname(capitalised(m[2].toLowerCase())) || ONLY_AFTER_PARTICLE.has(m[2].toLowerCase())) : firstName(m[2]) || surname(m[2])) push(s, s + m[1].length);
    }
  if (may(/[ \t]mee(?![\p{L}])/iu.test(text)))
    for (const m of allMatches(TAKE_NAME_RE, text)) {
      const s = m.index + m[1].length;
      if (firstName(m[2]) || (surname(m[2]) && !lex.common.has(m[2].toLowerCase()))) push(s, s + m[2].length);
    }
  if (may(/van[ \t]+(?:het|de)[ \t]/.test(text)))
    for (const m of allMatches(TEAM_MEMBER_NAME_RE, text)) if (firstName(m[1])) push(m.index, m.index + m[1].length);
  if (may(text.includes("door")))
    for (const m of allMatches(AUTHOR_NAME_RE, text)) {
      const s = m.index + m[0].length - m[1].length;
      if (firstName(m[1]) || /^\p{Lu}\.$/u.test(m[1])) push(s, s + m[1].length);
    }
  if (may(text.includes(":")))
    for (const m of allMatches(CHAT_FAMILY_HEAD_RE, text)) {
      const w = m[2];
      if (lex.surnames.has(capitalised(w)) && !lex.places.phrases.has(w) && !lex.institutions.phrases.has(w)) push(m.index, m.index + m[1].length);
    }
  if (may(/[ \t]van[ \t]/.test(text)))
    for (const m of allMatches(NAME_OF_AGE_RE, text)) {
      if (!firstName(m[1]) || Number(m[2]) > 99) continue;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      // (not after an article or a possessive: "de kim van 19", "zijn bus van 7")
      if (/(?:^|[^\p{L}])(?:de|het|een|zijn|haar|z'n|d'r|mijn|m'n|bus|trein)[ \t]+$/iu.test(before)) continue;
      if (!isFree(kept, m.index, m.index + m[1].length)) continue;
      push(m.index, m.index + m[1].length);
      const a = m.index + m[0].length - m[2].length;
      if (isFree(kept, a, a + m[2].length)) extra.push({ s: a, e: a + m[2].length, label: "leeftijd", prio: PRIO.leeftijd });
    }
  for (const m of allMatches(KIN_WORD_NAME_RE, text)) {
    const s = m.index + m[0].length - m[1].length;
    if (lex.ambiguousFirstNames.has(capitalised(m[1].toLowerCase())) && !NOT_A_FRAMED_NAME.test(m[1].toLowerCase())) push(s, s + m[1].length);
  }
  if (may(/[ \t]is[ \t]/.test(text)))
    for (const m of allMatches(NAME_IS_ABSENT_RE, text)) {
      const at = text.indexOf(m[1], m.index);
      // (not a child called by an adjective: "kleine is ziek", "oudste is jarig")
      if (/^(?:kleine|oudste|jongste|middelste|grote)$/.test(m[1])) continue;
      if (firstName(m[1]) || surname(m[1])) push(at, at + m[1].length);
    }
  // (not the mail someone goes through with the client: "samen met mevrouw de post doornemen", "dhr. de post sorteren")
  for (const m of allMatches(TITLE_PARTICLE_NAME_RE, text))
    if (surname(m[2]) && !lex.places.phrases.has(m[2].toLowerCase()) && !mailBeforeVerb(m[2], text.slice(m.index + m[0].length, m.index + m[0].length + 20)))
      push(m.index + m[0].length - m[1].length, m.index + m[0].length);
  const listed = new Set<string>();
  for (const c of kept) {
    if (c.label !== "persoon") continue;
    const m = LISTED_SURNAME_RE.exec(text.slice(c.s, c.e));
    if (m && wordSurname(m[1].replace(/^.*[ \t]/, ""))) listed.add(m[1]);
  }
  return [...extra, ...spreadNames(text, [...kept, ...extra], listed)];
}

// In a chat, a neighbour or a household named by a lower-case lexicon surname: "de rest zit bij buurvrouw koç",
// "nieuwe koppeling: gezin ghebreyesus, 5 personen", "buurman van dijk" (no surname that is also a word: "gezin groot",
// no first name, place or common word).
const NEIGHBOUR_SURNAME_RE = /(?<![\p{L}])(?:buurvrouw|buurman|buurjongen|buurmeisje|gezin)[ \t]+((?:(?:el|al|van|de|der|den|ter|ten)[ \t]+){0,2}(\p{Ll}[\p{Ll}'’-]{2,}))(?![\p{L}])/gu;
function neighbourSurnames(text: string, kept: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const lex = lexicons();
  for (const m of allMatches(NEIGHBOUR_SURNAME_RE, text)) {
    const cap = capitalised(m[2]);
    if (!lex.surnames.has(cap) || lex.ambiguousSurnames.has(cap) || lex.firstNamesLower.has(m[2]) || lex.common.has(m[2]) || lex.places.phrases.has(m[2]) || lex.institutions.phrases.has(m[2]) || LOWER_NAME_WORDS.has(m[2])) continue;
    const s = m.index + m[0].length - m[1].length;
    if (isFree(kept, s, s + m[1].length)) extra.push({ s, e: s + m[1].length, label: "persoon", prio: PRIO.personContext });
  }
  return extra;
}

/**
 * A bracket of ages closed by "jaar" is a list of ages, each its own span: "kids 3 (1, 4, 6 jr)", "kinderen (3, 7 en 9 jaar)".
 * (the last one with its unit, as the single age in brackets is found: "(6 jr)")
 */
const AGE_LIST_BRACKET_RE = /\((\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})+(?:[ \t]*(?:,|en|&)[ \t]*\d{1,2})?)[ \t]*(?:jaar|jr\.?|j)\)/gu;
function bracketedAgeLists(text: string, kept: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  if (!may(text.includes(",") && /\d[ \t]*j/.test(text))) return extra;
  for (const m of allMatches(AGE_LIST_BRACKET_RE, text)) {
    const nums = allMatches(/\d{1,2}/g, m[1]);
    nums.forEach((n, k) => {
      const s = m.index + 1 + n.index;
      const e = k === nums.length - 1 ? m.index + m[0].length - 1 : s + n[0].length;
      if (isFree(kept, s, e)) extra.push({ s, e, label: "leeftijd", prio: PRIO.leeftijd });
    });
  }
  return extra;
}

/** "Wim Post, 55, is dakloos": a bare number right after a person is an age. */
const INVERTED_AGE_AFTER_RE = new RegExp(String.raw`^[ \t]+(?:(?:al|pas|bijna|dan|straks|al[ \t]+weer)[ \t]+)?(${AGE_NUMBER})(?:[ \t]+jaar)?(?=${AGE_TAIL})`, "u");
function agesAfterPersons(text: string, kept: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const add = (from: number, m: RegExpExecArray | null, min = 0) => {
    const v = m && /tiger$/.test(m[1]) ? 50 : m ? numberValue(m[1]) : NaN;
    if (!m || !(v >= min && v <= 115)) return;
    const s = from + m.index + m[0].lastIndexOf(m[1]);
    if (spokenListStep(text, s, s + m[1].length)) return;
    extra.push({ s, e: s + m[1].length, label: "leeftijd", prio: PRIO.leeftijd });
  };
  // AND_IS_AGE_RE needs " en is", the lower-case surname before an age a comma.
  const andIs = may(text.includes("en is") || /en[ \t]+is/.test(text));
  const comma = may(text.includes(","));
  const lex = lexicons();
  // a lower-case surname no lexicon knows before ", 26,": an initial, or no word or place ("priya raghunathan")
  const unknownName = (w: string) => w.length === 1 || (w.length >= 6 && !ORDINARY_WORD_END.test(w) && coinedLowerName(lex, w));
  for (const c of kept) {
    if (c.label !== "persoon") continue;
    const after = text.slice(c.e, c.e + 90);
    add(c.e, COMMA_AGE_RE.exec(after));
    // In a chat a lower-case first name + a lower-case surname the rules left out: "vraag over farid ahmadi, 23, kwam".
    // (also with a particle, where a surname that is also a word is safe: "wim de kievit, 58, komt uit PI Vught")
    // (also an initial, "kevin v, 26, woont in holy", and a surname no lexicon knows that is no word or place: "priya
    // raghunathan, 26, uit chennai")
    const surname = comma && /^\p{Ll}+$/u.test(text.slice(c.s, c.e)) ? /^ (?:(?:van[ \t]+(?:de[nr]?[ \t]+)?|de[nr]?[ \t]+|te[rn][ \t]+)(?=\p{Ll}{4,},))?(\p{Ll}{4,}|\p{Ll})(?=,)/u.exec(after) : null;
    const particled = !!surname && surname[0].length > surname[1].length + 1;
    if (surname && !lex.common.has(surname[1]) && !LOWER_NAME_WORDS.has(surname[1]) && (lex.surnames.has(capitalised(surname[1])) || (particled && lex.ambiguousSurnames.has(capitalised(surname[1]))) || unknownName(surname[1]))) {
      const m = COMMA_AGE_RE.exec(after.slice(surname[0].length));
      if (m && numberValue(m[1]) >= 1 && isAgeNumber(m[1])) {
        add(c.e + surname[0].length, m);
        extra.push({ s: c.s, e: c.e + surname[0].length, label: "persoon", prio: c.prio + 1 });
      }
    }
    // "mw Sterre Lammers bespreken, 29, burn-out": a name + the verb of bringing in a case, then ", N,".
    const verbed = /^[ \t]+(?:bespreken|inbrengen|voorleggen|aanmelden|aandragen)(?=,)/u.exec(after);
    if (verbed) add(c.e + verbed[0].length, COMMA_AGE_RE.exec(after.slice(verbed[0].length)), 1);
    add(c.e, APPOSITION_AGE_RE.exec(after), 1);
    add(c.e, APPOSITIVE_OF_AGE_RE.exec(after), 12);
    const isAge = IS_AGE_AFTER_RE.exec(after.slice(0, 40));
    add(c.e, isAge, 1);
    // "Jurgen is elf, Shaniqua zeven en de jongste …", "Kacper is 8 en Lena 5.": the next name with its age, the verb left out.
    if (isAge) add(c.e + isAge[0].length, GAPPED_AGE_RE.exec(after.slice(isAge[0].length)), 1);
    // "omdat Emre pas in februari 2026 27 wordt,": in a subordinate clause the age comes last, before "wordt/werd".
    if (SUBCLAUSE_BEFORE.test(text.slice(Math.max(0, c.s - 10), c.s))) add(c.e, SUBCLAUSE_AGE_AFTER_RE.exec(after.slice(0, 60)), 1);
    // "Over een half jaar wordt Kim achttien": "wordt/werd" before the name, the subject inverted after a time phrase.
    if (/(?<![\p{L}])(?:wordt|werd)[ \t]+$/u.test(text.slice(Math.max(0, c.s - 8), c.s))) add(c.e, INVERTED_AGE_AFTER_RE.exec(after), 1);
    add(c.e, WHO_IS_AGE_RE.exec(after), 1);
    add(c.e, SOON_AFTER_PERSON_RE.exec(after), 1);
    add(c.e, PAREN_ABOUT_AGE_RE.exec(after), 1);
    // "Sinds Dylan 18 is geworden", "toen Sara 16 jaar was": a subclause with the age before its verb.
    if (SUBCLAUSE_OPENER_BEFORE.test(text.slice(Math.max(0, c.s - 12), c.s))) add(c.e, NAME_AGE_VERB_RE.exec(after), 1);
    add(c.e, OF_AGE_AFTER_RE.exec(after), 1);
    if (andIs) add(c.e, AND_IS_AGE_RE.exec(after), 1);
    add(c.e, PAREN_AFTER_PERSON_RE.exec(after));
    // (also after the call-name verb: "zoon Manuel, door iedereen Nelo genoemd (15), dochter …")
    const called = /^[ \t]+(?:genoemd|noemt|noemen)(?=[ \t]*\()/u.exec(after);
    if (called) add(c.e + called[0].length, PAREN_AFTER_PERSON_RE.exec(after.slice(called[0].length)));
    add(c.e, PAREN_ORIGIN_AGE_RE.exec(after), 1);
    // (each number its own span, as the other bracket rules do)
    const pair = PAREN_PAIR_AFTER_PERSON_RE.exec(after);
    if (pair && numberValue(pair[1]) >= 1) for (const n of allMatches(/\d{1,3}/g, pair[0])) if (Number(n[0]) <= 115) extra.push({ s: c.e + n.index, e: c.e + n.index + n[0].length, label: "leeftijd", prio: PRIO.leeftijd });
    const months = PAREN_MONTHS_AFTER_PERSON_RE.exec(after);
    if (months) { const s = c.e + months[0].lastIndexOf(months[1]); extra.push({ s, e: s + months[1].length, label: "leeftijd", prio: PRIO.leeftijd }); }
    add(c.e, ORIGIN_AGE_RE.exec(after), 1);
    add(c.e, NEXT_SENTENCE_AGE_RE.exec(after), 12);
    if (HOUSEHOLD_LINE_RE.test(text.slice(Math.max(0, c.s - 80), c.s))) {
      add(c.e, NAME_SPACE_AGE_RE.exec(after));
      add(c.e, NAME_COMMA_AGE_BRACKET_RE.exec(after), 1);
    }
    if (/(?:^|\n)[ \t]*(?:[-*•][ \t]*)?$/.test(text.slice(Math.max(0, c.s - 6), c.s))) add(c.e, DASH_AGE_RE.exec(after));
  }
  return extra;
}

// "drie kinderen: daan 16, femke 13 en jip 8", "ja zuzia 7 en bartek 4.": two persons in a row, each followed by a bare
// number, joined by "," or "en", are a list of ages (each pair found alone; not "kamer 3 en bed 2": no persons, not
// "Emma 3 uur en Tom 2": a unit after the number).
const PAIR_FIRST_AGE_RE = /^[ \t]+(\d{1,2})(?:[ \t]*,[ \t]*(?:en[ \t]+)?|[ \t]+en[ \t]+)$/u;
const PAIR_NEXT_AGE_RE = /^[ \t]+(\d{1,2})(?=[ \t]*(?:[,;?!\n)]|\.(?!\d)|$|en(?![\p{L}])|\p{Extended_Pictographic}))/u;
const BOTH_AGE_RE = new RegExp(String.raw`^[ \t]+(?:zijn|waren|worden|werden)[ \t]+(?:(?:nu|al|toch|ook|inmiddels|pas|net)[ \t]+)?(?:allebei|allebeide|beiden|beide|allebij)[ \t]+(?:(?:nu|al|pas|net|bijna)[ \t]+)?(${AGE_NUMBER})(?=${AGE_TAIL})`, "u");
const COUNT_LABEL_BEFORE = /(?<![\p{L}])(?:\p{L}*verdeling|verdeeld|stand|score|scores|uitslag|punten|uren|aantal|aantallen|taken|casussen|cases|dossiers|telling|caseload|stemmen)(?![\p{L}])[^\n]{0,30}$/iu;
// "jong stel uit zoelen, allebei 22, schulden bij …": "allebei/beiden" + a bare number as an apposition between commas
// is the shared age of a pair (not "allebei 3 keer": the comma closes the number).
const BOTH_AGE_APPOSITION_RE = /(?<=,[ \t]*(?:allebei|allebeide|allebij|beiden|beide)[ \t]+)(\d{1,2})(?=[ \t]*(?:jaar[ \t]*)?[,;])/giu;
// "Fam. Osinga, Hantum – partners 44 en 41, drie kinderen", "ouders 52 en 49.": a couple's word + two bare numbers joined by
// "en" that close the clause are their ages (not "partners 2 en 3 kamers": a noun after the numbers).
const COUPLE_AGES_RE = /(?<![\p{L}])(?:partners|ouders|echtpaar|echtelieden|beiden|man[ \t]+en[ \t]+vrouw)[ \t]+(\d{1,2})[ \t]+en[ \t]+(\d{1,2})(?=(?:[ \t]+jaar)?[ \t]*(?:[,.;:)\n]|$))/giu;
function coupleAges(text: string, kept: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const m of allMatches(COUPLE_AGES_RE, text)) {
    if (Number(m[1]) < 16 || Number(m[2]) < 16) continue;
    const first = m.index + m[0].search(/\d/);
    const second = m.index + m[0].lastIndexOf(m[2]);
    for (const [s, n] of [[first, m[1]], [second, m[2]]] as const) if (isFree(kept, s, s + n.length)) extra.push({ s, e: s + n.length, label: "leeftijd", prio: PRIO.leeftijd });
  }
  return extra;
}
function bothAgeAppositions(text: string, kept: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const m of allMatches(BOTH_AGE_APPOSITION_RE, text)) if (Number(m[1]) >= 1 && isFree(kept, m.index, m.index + m[1].length)) extra.push({ s: m.index, e: m.index + m[1].length, label: "leeftijd", prio: PRIO.leeftijd });
  return extra;
}
function pairedNameAges(text: string, kept: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const persons = kept.filter((c) => c.label === "persoon").sort((a, b) => a.s - b.s);
  for (let k = 0; k + 1 < persons.length; k++) {
    const a = persons[k], b = persons[k + 1];
    if (b.s - a.e > 12) continue;
    // "nick en dani zijn allebei negentien": two persons sharing one age.
    const both = /^[ \t]+en[ \t]+$/.test(text.slice(a.e, b.s)) ? BOTH_AGE_RE.exec(text.slice(b.e, b.e + 50)) : null;
    if (both && isAgeNumber(both[1]) && numberValue(both[1]) >= 1) {
      const s = b.e + both[0].length - both[1].length;
      if (isFree(kept, s, s + both[1].length)) extra.push({ s, e: s + both[1].length, label: "leeftijd", prio: PRIO.leeftijd });
    }
    // (not a tally: "Verdeling: Roos 3, Lotte 3, Ilse 2", "stand: …", "uren: …")
    const first = COUNT_LABEL_BEFORE.test(text.slice(Math.max(0, a.s - 40), a.s)) ? null : PAIR_FIRST_AGE_RE.exec(text.slice(a.e, b.s));
    const next = first ? PAIR_NEXT_AGE_RE.exec(text.slice(b.e, b.e + 8)) : null;
    if (!first || !next) continue;
    const s1 = a.e + first[0].indexOf(first[1]);
    const s2 = b.e + next[0].indexOf(next[1]);
    if (isFree(kept, s1, s1 + first[1].length)) extra.push({ s: s1, e: s1 + first[1].length, label: "leeftijd", prio: PRIO.leeftijd });
    if (isFree(kept, s2, s2 + next[1].length)) extra.push({ s: s2, e: s2 + next[1].length, label: "leeftijd", prio: PRIO.leeftijd });
  }
  return extra;
}

// After an age, more ages of the same household in one sentence: "Karwan is 31, Shilan 29, en …" (a person + a bare
// number), "zijn vrouw 29", "zij is 29, hij 33", "de jongste is 8 en de oudste 12", "de oudste is 19, dan 16, 12 en de jongste is 7" (a run of bare numbers).
const NEXT_NUMBER_RE = /^(?:[ \t]*jaar)?[ \t]*,[ \t]*(?:(dan|daarna)[ \t]+)?(\d{1,2})(?=[ \t]*(?:,|;|\.(?!\d)|[ \t]en(?![\p{L}])))/u;
const LAST_NUMBER_RE = /^(?:[ \t]*jaar)?[ \t]+en[ \t]+(\d{1,2})(?=[ \t]*(?:jaar[ \t]*)?(?:[,;!?\n]|\.(?!\d)|$))/u;
const NEXT_PERSON_NUMBER_RE = /^[ \t]+(\d{1,3}|[\p{Ll}]+tig|[\p{Ll}]+tien)(?:[ \t]*jaar)?(?=[ \t]*(?:[,;]|\.(?!\d)|[ \t]en(?![\p{L}])))/u;
// (Also closing a question or the line: "opa is toch 83 en oma 81?".)
// (Also with the relative's name: "dochter Sterre is zeventien, zoon Mees twaalf.")
const RELATION_NUMBER_RE = new RegExp(String.raw`^(?:[ \t]*jaar)?(?:[ \t]*,[ \t]*|[ \t]+en[ \t]+)(?:(?:(?:zijn|haar|hun|z'n|d'r|de|mijn|m'n|mn)[ \t]+)?(?:vrouw|man|partner|moeder|vader|zoon|dochter|broer|zus|oudste|jongste|middelste|oma|opa)(?:[ \t]+\p{Lu}\p{Ll}+)?|hij|zij|ze|ik)[ \t]+(${AGE_NUMBER})(?:[ \t]*jaar)?(?=[ \t]*(?:[,;?!\n]|$|\.(?!\d)|[ \t]en(?![\p{L}])))`, "u");
const SIBLING_BEFORE_RE = /(\p{Lu}\p{Ll}+)[ \t]+(?:is|was|wordt|word|werd|van)[ \t]+$/u;
const SIBLING_AGE_RE = /^(?:[ \t]*jaar)?(?:[ \t]*,[ \t]*|[ \t]+en[ \t]+)(\p{Lu}\p{Ll}{2,})[ \t]+(?:is|was|wordt|word|werd|van)[ \t]+(\d{1,2})(?=[ \t]*(?:jaar)?[ \t]*(?:[,;!?)\n]|\.(?!\d)|$|en(?![\p{L}])|in[ \t]+\p{Ll}+))/u;
// (Also closing a bracket: "(hij was tot zijn 50e chauffeur, nu 53)".)
const NOW_AGE_AFTER_AGE_RE = new RegExp(String.raw`^[^.;:!?\n\d]{0,70}?,[ \t]*(?:en[ \t]+)?nu[ \t]+(\d{1,3})(?=[ \t]*(?:jaar[ \t]*)?(?:[,;!?)\n]|\.(?!\d)|$|en(?![\p{L}])))`, "u");
const AND_RELATION_RE = /^[?!]?[ \t]+en[ \t]+(?:(?:zijn|haar|hun|z'n|d'r|mijn|m'n|mn|de)[ \t]+(?:zusje|broertje|zus|broer|zoon|dochter|zoontje|dochtertje|vrouw|man|partner|moeder|vader|oma|opa)[ \t]+)?/u;
const AND_PERSON_AGE_RE = new RegExp(String.raw`^[ \t]+(\d{1,2})(?=${AGE_TAIL})`, "u");
const CORRECTED_AGE_REPLY_RE = /^[^\n]{0,60}\n(?:\[[^\]\n]{1,20}\][ \t]*)?[\p{L}][\p{L} .()-]{0,40}:[ \t]*(?:nee[ \t,]+|nope[ \t,]+|ja[ \t,]+)?(\d{1,3})([ \t]+(?:alweer|inmiddels|al|nu|intussen|geworden|sinds[ \t]+kort)(?![\p{L}]))/u;
const ANOTHER_OF_AGE_RE = new RegExp(String.raw`^(?:[ \t]*jaar)?[ \t]+en[ \t]+(?:een|die|eentje)[ \t]+van[ \t]+(\d{1,2}|${AGE_NUMBER})(?=[ \t]*jaar(?![\p{L}])|${AGE_TAIL})`, "u");
function agesAfterAges(text: string, kept: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const personAt = new Map<number, Candidate>();
  for (const c of kept) if (c.label === "persoon") personAt.set(c.s, c);
  const push = (s: number, n: string) => extra.push({ s, e: s + n.length, label: "leeftijd", prio: PRIO.leeftijd });
  for (const c of kept) {
    if (c.label !== "leeftijd") continue;
    let end = c.e;
    // a run of bare numbers: counts with two or more, with "dan", or closed by "en N"
    const run: [number, string][] = [];
    let dan = false;
    for (let m = NEXT_NUMBER_RE.exec(text.slice(end, end + 30)); m && run.length < 6; m = NEXT_NUMBER_RE.exec(text.slice(end, end + 30))) {
      const at = end + m[0].length - m[2].length;
      run.push([at, m[2]]);
      dan ||= !!m[1];
      end = at + m[2].length;
    }
    const last = LAST_NUMBER_RE.exec(text.slice(end, end + 20));
    if (last) run.push([end + last[0].length - last[1].length, last[1]]);
    if (run.length >= 2 || (run.length === 1 && (dan || !!last))) for (const [at, n] of run) if (Number(n) <= 115) push(at, n);
    // "een jongen van 5 en een van 8": a second child of the same kind, "en een/die van N" right after an age.
    const another = ANOTHER_OF_AGE_RE.exec(text.slice(c.e, c.e + 40));
    if (another && isAgeNumber(another[1])) push(c.e + another[0].length - another[1].length, another[1]);
    // ", Shilan 29," after an age: a person found at the next word
    // also in the next, elliptic sentence: "Kerem is negen. Elif zestien."
    const sep = /^(?:[ \t]*jaar)?[ \t]*(?:,|\.(?=[ \t]+\p{Lu}))[ \t]*/u.exec(text.slice(c.e, c.e + 12));
    if (sep) {
      const p = personAt.get(c.e + sep[0].length);
      const m = p ? NEXT_PERSON_NUMBER_RE.exec(text.slice(p.e, p.e + 30)) : null;
      if (p && m && isAgeNumber(m[1])) push(p.e + m[0].indexOf(m[1]), m[1]);
    }
    // A chat reply that corrects an age in the message before: "femke: die is toch 16 nu⏎rutger: 17 alweer haha",
    // "18 inmiddels" (the next message opens with a number one or two off, then "alweer/inmiddels/al/nu/geworden").
    const reply = CORRECTED_AGE_REPLY_RE.exec(text.slice(c.e, c.e + 120));
    if (reply && isAgeNumber(reply[1]) && Math.abs(Number(reply[1]) - Number(text.slice(c.s, c.e))) <= 2 && reply[1] !== text.slice(c.s, c.e))
      push(c.e + reply[0].length - reply[1].length - reply[2].length, reply[1]);
    // "Zofia van 9 en Olek van 5", "Zofia is 9 en Kuba wordt 4": after a person + age, the next name + age in the
    // same shape is a sibling (also a name no lexicon knows).
    const before = SIBLING_BEFORE_RE.exec(text.slice(Math.max(0, c.s - 40), c.s));
    if (before && kept.some((p) => p.label === "persoon" && p.e === c.s - before[0].length + before[1].length)) {
      const sib = SIBLING_AGE_RE.exec(text.slice(c.e, c.e + 60));
      const lex = lexicons();
      if (sib && isAgeNumber(sib[2]) && !lex.common.has(sib[1].toLowerCase()) && !lex.places.phrases.has(sib[1].toLowerCase()) && !lex.institutions.phrases.has(sib[1].toLowerCase()) && !lex.negatives.phrases.has(sib[1].toLowerCase())) {
        const ns = c.e + sib[0].indexOf(sib[1]);
        extra.push({ s: ns, e: ns + sib[1].length, label: "persoon", prio: PRIO.personContext });
        push(c.e + sib[0].length - sib[2].length, sib[2]);
      }
    }
    // "mila is 8 en noah 5", "Sem is 4 en Tess 7.": after "is N", " en " + a person found there + a bare number that
    // closes the clause is that person's age.
    // (Also with an adverb before N, "evert is toch 79 en dina 77", and a chat question mark before "en";
    // also a relation word + a person there: "jesse is toch 8? en zijn zusje lotte 11".)
    if (/(?<![\p{L}])(?:is|was)(?:[ \t]+(?:toch|nu|al|inmiddels|pas|net|bijna|dus|ook|trouwens)){0,2}[ \t]+\d{1,3}$/u.test(text.slice(Math.max(0, c.s - 30), c.e))) {
      const and = AND_RELATION_RE.exec(text.slice(c.e, c.e + 40));
      const p = and ? personAt.get(c.e + and[0].length) : undefined;
      const m = p ? AND_PERSON_AGE_RE.exec(text.slice(p.e, p.e + 30)) : null;
      if (p && m && Number(m[1]) <= 115) push(p.e + m[0].length - m[1].length, m[1]);
    }
    // "op zijn 18e al bij Bavaria gaan werken, nu 52 en afgekeurd": after an age at an event, ", nu N" is the age now.
    const now = NOW_AGE_AFTER_AGE_RE.exec(text.slice(c.e, c.e + 90));
    if (now && isAgeNumber(now[1])) push(c.e + now[0].length - now[1].length, now[1]);
    const rel = RELATION_NUMBER_RE.exec(text.slice(c.e, c.e + 50));
    if (rel && isAgeNumber(rel[1])) push(c.e + rel[0].length - rel[0].slice(rel[0].lastIndexOf(rel[1])).length, rel[1]);
  }
  return extra;
}

/** Maps UTF-16 indices to code-point offsets (identity when the text has no astral characters). */
function codePointMapper(text: string): (i: number) => number {
  if (!may(/[\uD800-\uDBFF]/.test(text))) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

// "Gespreksverslag intake te Hulst, 7 maart": a lower-case "te" + a known place after a lower-case word is the place
// ("te" as a particle follows a first name or an initial: "Jan te Hulst", "A. te Velde").
const TE_PLACE_RE = /^te[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t-]\p{Lu}[\p{L}'’-]+)?)$/u;
// "Grand Café Brinkmann, Grote Markt, oproepbasis": an adjective + a one-word street ("Grote Markt", "Oude Haven",
// "Nieuwe Kade") is a square or street, not a person.
// Also an adjective + a street compound, after an article too ("bij de Grote Marktstraat", "op de Lange
// Nieuwstraat"): a street without a number, no person and no organisation.
const LONG_SHORT_STREET_BEFORE = /(?:^|[^\p{L}])(?:in|op|aan|langs|naar|van)[ \t]+de[ \t]+(?:Lange|Korte)[ \t]+$/u;
const ADJECTIVE_STREET_RE = /^(?:(?:de|De)[ \t]+)?(?:Grote|Kleine|Oude|Nieuwe|Lange|Korte|Hoge|Brede|Smalle)[ \t]+(?:Markt|Plein|Kade|Haven|Gracht|Singel|Brink|Dijk|Straat|Weg|Laan|Kerkstraat|Wal|Dam|\p{Lu}\p{Ll}{2,}(?:straat|laan|weg|plein|gracht|singel|dreef|steeg|kade|dijk|markt))$/u;
// "Hij spreekt Nederlands en Frans", "spreekt NL/Arabisch/Frans": a first name that is also a language ("Frans") next to
// another language or after a speech-of-languages verb is the language.
const LANGUAGE_WORD = String.raw`(?:NL|EN|Nederlands|Vlaams|${[...LANGUAGES].map((l) => capitalised(l)).join("|")})`;
const LANGUAGE_BEFORE_RE = new RegExp(String.raw`(?:(?:^|[^\p{L}])${LANGUAGE_WORD}[ \t]*(?:,|\/|en|of|&)[ \t]*|(?:^|[^\p{L}])(?:[Ss]preekt|[Ss]preken|[Ss]prak|[Ss]praken|[Vv]erstaat|[Vv]erstaan|[Tt]alen|[Tt]aal|[Mm]oedertaal|[Tt]olk)[ \t]+(?:alleen[ \t]+|goed[ \t]+|vloeiend[ \t]+|ook[ \t]+|wat[ \t]+|liever[ \t]+|vooral[ \t]+|beter[ \t]+|redelijk[ \t]+)?)$`, "u");
const LANGUAGE_AFTER_RE = new RegExp(String.raw`^[ \t]*(?:,|\/|en|of|&)[ \t]*${LANGUAGE_WORD}(?![\p{L}])`, "u");
// In lower case only with a word of skill ("ze spreekt beter frans dan nederlands", "verstaat geen duits", "in het
// pools"), or compared with or next to another language ("frans dan nederlands"): "ik spreek frans morgen" may be the man.
const LOWER_LANGUAGE_BEFORE_RE = /(?:(?:^|[^\p{L}])(?:spreekt|spreek|spreken|sprak|spraken|praat|praten|verstaat|versta|verstaan|leest|lezen|schrijft|schrijven)(?:[ \t]+(?:ze|hij|zij|ie|ook|nog|wel|al|vooral|echt|heel|veel|nu))*[ \t]+(?:alleen|goed|beter|slecht|slechter|vloeiend|geen|redelijk|(?:een[ \t]+)?beetje|gebrekkig|perfect|best|weinig|nauwelijks|amper)|(?:^|[^\p{L}])in[ \t]+het)[ \t]+$/iu;
const LOWER_LANGUAGE_AFTER_RE = new RegExp(String.raw`^[ \t]*(?:,|\/|dan|en|of|&)[ \t]*${LANGUAGE_WORD}(?![\p{L}])`, "iu");
function isLanguageMention(text: string, s: number, e: number): boolean {
  const w = text.slice(s, e);
  if (!LANGUAGES.has(w.toLowerCase()) || !/^\p{Lu}?\p{Ll}+$/u.test(w)) return false;
  if (/^\p{Ll}/u.test(w)) return LOWER_LANGUAGE_BEFORE_RE.test(text.slice(Math.max(0, s - 50), s)) || LOWER_LANGUAGE_AFTER_RE.test(text.slice(e, e + 30));
  return LANGUAGE_BEFORE_RE.test(text.slice(Math.max(0, s - 40), s)) || LANGUAGE_AFTER_RE.test(text.slice(e, e + 30));
}
// "arts (Afghaans diploma)", "(Syrisch paspoort)": a nationality adjective before a lower-case noun
// is no name (unless the lexicons know the word as a name).
const NATIONALITY_ADJ_RE = /^\p{Lu}\p{Ll}{2,}(?:aans|iaans|isch|ees|ools|ijns|eens)$/u;
function isNationalityAdjective(text: string, s: number, e: number): boolean {
  const w = text.slice(s, e);
  if (!NATIONALITY_ADJ_RE.test(w) || !/^[ \t]+\p{Ll}{3,}/u.test(text.slice(e, e + 6))) return false;
  const lex = lexicons();
  return !lex.firstNames.has(w) && !lex.surnames.has(w);
}
// (Particles between only after a single first name: "Esra Öztürk van Werkplein Vechtdal" keeps the person.)
// (One space, not a tab or a run of spaces: both end a table cell, "Jan van Hout\tMolenstraat 18", "A.M. Pronk     Kerkweg 56".)
const THING_STREET_AFTER_VAN = new RegExp(String.raw`^ van[ \t]+${THING_STREET}$`, "u");
const NAME_BEFORE_STREET_RE = /^ ((?:(?:van|de|der|den|ter|ten)[ \t]+){1,2})?\p{L}[\p{L}'’-]{2,}(?:straat|laan|weg|plein|kade|singel|gracht|dreef|steeg|plantsoen)(?![\p{L}])/u;
// "mw. kramer van de dorpsweg 12 belde", "dhr jansen van kerkstraat 3": right after a title the word is the surname and the
// street is where that person lives (no street is named after "mevrouw Kramer").
const TITLE_BEFORE_RE = /(?:^|[^\p{L}])(?:mw|mevr|mvr|dhr|mnr|meneer|mevrouw|mijnheer)\.?[ \t]+$/iu;
function nameBeforeStreet(text: string, c: Candidate): boolean {
  const m = NAME_BEFORE_STREET_RE.exec(text.slice(c.e, c.e + 40));
  // (not "van" + a street named after a thing: "ik ben het Jessica van Dorpsstraat 20")
  return !!m && (!m[1] || !/\s/.test(text.slice(c.s, c.e))) && !TITLE_BEFORE_RE.test(text.slice(Math.max(0, c.s - 10), c.s)) && !(m[1]?.trim() === "van" && THING_STREET_AFTER_VAN.test(m[0]));
}
// Words that are never a name on their own: an adverb of degree or estimate read as a lower-case surname after a title
// ("volgens dhr. ongeveer drie maanden", "mw. bijna klaar"), and a rank among children opening a sentence ("Oudste (15)
// tolkt", "Jongste (8) is ziek").
// (also the adverb "eens" after a title without a name: "geeft dhr. eens per week les")
// (and the heading of a quoted message's translation or summary: "Vertaling (klantmanager Kuipers):")
const NOT_A_NAME_WORDS = new Set(["ongeveer", "ongeveer.", "bijna", "circa", "ruim", "zowat", "zeker", "oudste", "jongste", "middelste", "eens", "vertaling", "samenvatting", "origineel"]);
// "Mien vrouw Mia is …", "Mien klantnummer is …", "Myn frou": the dialect possessive ("my") opening a sentence, not the
// first name Mien, when a possessed noun follows (a relative, a number, a home, money, a benefit).
// (also any lower-case noun before a name, "Mien doughter Anja woent ouch in Zitterd"; no particle: "de buurvrouw, Mien
// van Hooft,")
const DIALECT_POSSESSIVE = /^(?:Mien|Myn)[ \t]+(?:vrouw|vraauw|frou|man|jóng|jong|jongen|zoon|dochter|dochters|kinder|kinders|kinderen|bern|klantnummer|nummer|nómmer|nommer|adres|huis|hoes|geld|oetkering|uitkering|broer|zus|zuster|moeder|mam|moeke|mem|vader|pap|va|heit|buurman|buurvrouw|schoonzoon|schoondochter|auto|fiets|hond|telefoon|brief|rekening|pensioen|leve|leven|rug|hart|dokter)(?![\p{L}])|^(?:Mien|Myn)[ \t]+(?!(?:van|der|den|ter|ten|de|het|op|in)[ \t])\p{Ll}{3,}[ \t]+\p{Lu}\p{Ll}+(?![\p{L}])/u;
// "Aant. huisbezoek wo 19/3": an abbreviated note heading word (aantekeningen, opmerkingen …) opening a line, its dot
// followed by a lower-case word, is no first name of the same spelling.
const NOTE_HEADING_WORDS = ["aantekeningen", "opmerkingen", "notities", "verslag", "bijzonderheden"];
function isNoteHeadingAbbreviation(text: string, s: number, e: number): boolean {
  if (text.charAt(e) !== "." || !/^[ \t]+\p{Ll}/u.test(text.slice(e + 1, e + 4)) || !/(?:^|\n)[ \t]*(?:[-*•][ \t]+)?$/.test(text.slice(Math.max(0, s - 6), s))) return false;
  const w = text.slice(s, e).toLowerCase();
  return w.length >= 3 && /^\p{Ll}+$/u.test(w) && NOTE_HEADING_WORDS.some((n) => n.length > w.length && n.startsWith(w));
}
/** "Heeft rijbewijs B, geen C. Schuld bij DUO": a driving-licence category after "geen"/"rijbewijs" is no initial. */
function licenceCategory(text: string, c: Candidate): boolean {
  return /^\p{Lu}\.[ \t]/u.test(text.slice(c.s, c.s + 3)) && /(?:^|[^\p{L}])(?:geen|rijbewijs|rijbewijzen)[ \t]+$/iu.test(text.slice(Math.max(0, c.s - 12), c.s));
}
// "Visser of vis?", "Visser of vanger?": a surname that is a noun, opening a line before "of" + a noun and a question mark, is
// a pun heading, no person.
function punHeading(text: string, c: Candidate): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(text.slice(c.s, c.e)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, c.s - 8), c.s)) && /^[ \t]+of[ \t]+\p{Ll}+[ \t]*\?/u.test(text.slice(c.e, c.e + 30));
}
// "Max. aantal deelnemers: 60": the abbreviation of "maximum", no first name Max.
function maxAbbreviation(text: string, c: Candidate): boolean {
  return text.slice(c.s, c.e) === "Max" && /^\.[ \t]+\p{Ll}/u.test(text.slice(c.e, c.e + 4));
}
// "Mark je agenda: de teamdag is verschoven", "Mark het dossier daarna als …", "Mark alvast de middag in je agenda": the
// imperative of "markeren" at a sentence start, no first name Mark ("Mark de Vries belt" keeps its capital after "de").
function imperativeMark(text: string, c: Candidate): boolean {
  return text.slice(c.s, c.e) === "Mark" && /^[ \t]+(?:je|het|dit|deze|dat|alvast|ook|uw|jouw|de[ \t]+\p{Ll})(?![\p{L}])/u.test(text.slice(c.e, c.e + 10)) && /(?:^|[.!?:]\s+|\n[ \t]*)$/u.test(text.slice(Math.max(0, c.s - 4), c.s));
}
// "then you can apply", "Can I have your phone number?": the English verb, no Turkish first name "Can".
function englishCan(text: string, c: Candidate): boolean {
  return /^can$/i.test(text.slice(c.s, c.e)) && (/^[ \t]+(?:I|you|we|he|she|they|it|be|have|help|apply|call|come|get|do|not|also|still|only|find|make|send)(?![\p{L}])/iu.test(text.slice(c.e, c.e + 8)) ||
    /(?:^|[^\p{L}])(?:I|you|we|they|he|she|it|who|that|colleague|one)[ \t]+$/iu.test(text.slice(Math.max(0, c.s - 12), c.s)));
}
// "zaal De Rijn", "vergaderruimte Het Anker": a name with an article after a room word is the room's name, no person.
function roomName(text: string, c: Candidate): boolean {
  return /^(?:De|Het|'t)[ \t]/u.test(text.slice(c.s, c.s + 4)) && /(?:^|[^\p{L}])(?:zaal|zaaltje|vergaderzaal|vergaderruimte|ruimte|spreekkamer|lokaal)[ \t]+$/iu.test(text.slice(Math.max(0, c.s - 16), c.s));
}
function dropFalsePersons(text: string, cands: Candidate[]): Candidate[] {
  // (a set lookup per person candidate first, so no text-wide pre-test)
  // "die zat toch op de paul krugerlaan", "op de willem de zwijgerlaan": a first name right before a street
  // compound (no number needed, particles between) is part of the street's name.
  cands = cands.filter((c) => c.label !== "persoon" || c.prio >= PRIO.personTitle || (!isLanguageMention(text, c.s, c.e) && !isNationalityAdjective(text, c.s, c.e) && !nameBeforeStreet(text, c) && !isNoteHeadingAbbreviation(text, c.s, c.e) && !licenceCategory(text, c) && !roomName(text, c) && !englishCan(text, c) && !maxAbbreviation(text, c) && !punHeading(text, c) && !imperativeMark(text, c)));
  if (!may(/te[ \t]|(?:Grote|Kleine|Oude|Nieuwe|Lange|Korte|Hoge|Brede|Smalle)[ \t]/.test(text))) return cands;
  const lex = lexicons();
  const places: Candidate[] = [];
  const kept = cands.filter((c) => {
    if (c.label === "instelling" && c.prio < PRIO.institutionHead) return !ADJECTIVE_STREET_RE.test(text.slice(c.s, c.e));
    // (s30-A: a town after "in/op/aan de Lange/Korte" is a street name: "bij de Hema in de Lange Delft" (Middelburg))
    if (c.label === "plaats") return !LONG_SHORT_STREET_BEFORE.test(text.slice(Math.max(0, c.s - 22), c.s));
    if (c.label !== "persoon" || c.prio >= PRIO.personTitle) return true;
    const span = text.slice(c.s, c.e);
    const te = TE_PLACE_RE.exec(span);
    if (te && lex.places.phrases.has(phraseKey(te[1])) && /(?:^|[^\p{L}])\p{Ll}{2,}[ \t]+$/u.test(text.slice(Math.max(0, c.s - 30), c.s))) {
      places.push({ s: c.s + span.indexOf(te[1]), e: c.e, label: "plaats", prio: PRIO.placeContext });
      return false;
    }
    return !ADJECTIVE_STREET_RE.test(span);
  });
  return places.length ? [...kept, ...places] : kept;
}

// "boekhouder Hakan van Kaya Administraties": a name whose "van" tail runs into a stronger organisation would lose as a
// whole; the name before "van" is still the person (the organisation is where they work).
const NAME_BEFORE_VAN_RE = /^(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)[ \t]+van[ \t]+$/u;
function namesBeforeOrgs(text: string, cands: Candidate[]): Candidate[] {
  const orgs = cands.filter((c) => c.label === "instelling");
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.label !== "persoon") continue;
    const org = orgs.find((o) => o.s > c.s && o.s < c.e && o.e >= c.e && o.prio > c.prio);
    const head = org && NAME_BEFORE_VAN_RE.exec(text.slice(c.s, org.s));
    if (head) out.push({ s: c.s, e: c.s + head[1].length, label: "persoon", prio: c.prio });
  }
  return out;
}

// Lettered form sections ("A. Aanvrager", "B. Partner", "C. Kinderen", "E. Waarvoor u het geld nodig heeft"): a capital
// letter + "." + a capitalised word at a line start is a section heading, no initial + surname, when lines opening with
// "A." and "B." + a capitalised word are in the text and the word is no known surname ("A. Jansen" under a greeting stays).
const LETTER_HEADING_RE = /(?:^|\n)[ \t]*(\p{Lu})\.[ \t]+\p{Lu}\p{Ll}+(?![\p{L}.])/gu;
const LETTER_HEADING_SPAN_RE = /^\p{Lu}\.[ \t]+(\p{Lu}\p{Ll}+)$/u;
function dropLetterHeadings(text: string, cands: Candidate[]): Candidate[] {
  if (!may(/(?:^|\n)[ \t]*\p{Lu}\.[ \t]/u.test(text))) return cands;
  const letters = new Set<string>();
  for (const m of allMatches(LETTER_HEADING_RE, text)) letters.add(m[1]);
  // Sections run A, B, C …: signature initials ("N. Verhulst\nS. Dieleman") rarely hold both an A and a B.
  if (!letters.has("A") || !letters.has("B")) return cands;
  const lex = lexicons();
  const dropped = new Set<string>();
  const kept = cands.filter((c) => {
    if (c.label !== "persoon" || c.prio >= PRIO.personTitle) return true;
    const m = LETTER_HEADING_SPAN_RE.exec(text.slice(c.s, c.e));
    if (!m || !/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, c.s - 20), c.s)) || lex.surnames.has(m[1]) || lex.firstNames.has(m[1])) return true;
    // (a table row's first cell is a name: "M. Sarmiento | 1975 | Heenvliet |")
    if (/^[ \t]*(?:\||\t)/.test(text.slice(c.e, c.e + 4))) return true;
    dropped.add(m[1]);
    return false;
  });
  // The heading word alone (a lexicon or spread guess of the same word) goes too.
  return dropped.size ? kept.filter((c) => !(c.label === "persoon" && c.prio < PRIO.personTitle && dropped.has(text.slice(c.s, c.e)))) : kept;
}

// A file name is a document's title, no street: "Bijlagen: Verklaring 285 Tesfaye.pdf" (article 285), and a
// span that runs into the extension is no name at all. The stem runs back from the extension to a separator (≤ 80 chars).
const FILE_EXT_RE = new RegExp(String.raw`(?<=\p{L})\.(?:${FILE_EXTS})(?![\p{L}\p{N}])`, "giu");
const FILE_EXT_HINT = new RegExp(String.raw`\.(?:${FILE_EXTS})(?![\p{L}\p{N}])`, "iu");
function dropFileNameGuesses(text: string, cands: Candidate[]): Candidate[] {
  if (!may(FILE_EXT_HINT.test(text))) return cands;
  const stems: [number, number][] = [];
  for (const m of allMatches(FILE_EXT_RE, text)) {
    let s = m.index;
    while (s > 0 && m.index - s < 80 && !/[\n;,:<>()"|]/.test(text.charAt(s - 1))) s--;
    stems.push([s, m.index]);
  }
  return cands.filter((c) => c.label === "url" || c.label === "email" || !stems.some(([s, dot]) => (c.label === "adres" && c.s >= s && c.e <= dot) || (c.s < dot && c.e > dot)));
}

// A form label is no organisation: "Laatste school: …", "Contact school: …", "Vorige werkgever: …" (a capitalised common
// word + a lower-case head word right before a colon), and an all-caps heading line of ordinary words ("REKENING EN
// VERANTWOORDING BEWIND 2024").
const FORM_LABEL_ORG_RE = /^\p{Lu}\p{Ll}+[ \t]+\p{Ll}+$/u;
// (the first word of such a label: an adjective "Laatste/Huidige/Vorige/Eerste/Nieuwe" or a form noun "Contact/Naam/Adres")
const FORM_LABEL_FIRST = /^(?:\p{Lu}\p{Ll}+(?:ste|ige|ere)|Eerste|Nieuwe|Oude|Andere|Contact|Naam|Adres|Telefoon|Gegevens|Type|Soort|Locatie)$/u;
const HEADING_FUNCTION_WORDS = new Set(["en", "van", "de", "het", "der", "voor", "over", "in", "op", "met", "tot", "bij", "per", "of"]);
function dropFormLabels(text: string, cands: Candidate[]): Candidate[] {
  if (!may(text.includes(":") || /\p{Lu}{3,}[ \t]+\p{Lu}{2,}/u.test(text))) return cands;
  const lex = lexicons();
  return cands.filter((c) => {
    if (c.label !== "instelling") return true;
    const span = text.slice(c.s, c.e);
    if (FORM_LABEL_ORG_RE.test(span) && /^[ \t]*:/.test(text.slice(c.e, c.e + 3)) && /(?:^|\n|[.!?])[ \t]*(?:[-*•][ \t]*)?$/.test(text.slice(Math.max(0, c.s - 8), c.s))) {
      const first = span.split(/[ \t]+/)[0];
      if (FORM_LABEL_FIRST.test(first) && !lex.institutions.phrases.has(phraseKey(span)) && !lex.firstNames.has(first) && !lex.surnames.has(first) && !lex.places.phrases.has(phraseKey(first))) return false;
    }
    if (/^\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){2,}$/u.test(span) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, c.s - 4), c.s)) && /^[ \t\d]*(?:\n|$)/.test(text.slice(c.e, c.e + 12))) {
      const words = span.toLowerCase().split(/[ \t]+/);
      const known = (w: string, k: number) => { const cap = capitalised(w); return lex.institutions.phrases.has(w) || (k === 0 && lex.institutionHeads.phrases.has(w)) || lex.places.phrases.has(w) || lex.firstNames.has(cap) || lex.surnames.has(cap); };
      if (words.some((w) => HEADING_FUNCTION_WORDS.has(w)) && words.every((w, k) => HEADING_FUNCTION_WORDS.has(w) || !known(w, k))) return false;
    }
    return true;
  });
}

// The header line of a table holds column labels, no names ("Naam  Geb.jaar  Deelnemernr  Werkplek",
// "Zorgboerderij\tPlaats\tContact"); on an all-caps title line an all-caps phrase of words the lexicons do not know as
// an organisation, place, head word or unambiguous name names no organisation ("LEERWERKTRAJECT GROEN & RECREATIE –
// DEELNEMERSLIJST GROEP 3"; not "STICHTING DE BRUG", "HUMANITAS DEVENTER").
const HEADER_BOUND = new Set<string>(["persoon", "instelling", "plaats"]);
const CAPS_TITLE_SPAN_RE = /^\p{Lu}{3,}(?:[ \t]+(?:&[ \t]+)?\p{Lu}{2,})+$/u;
function dropTableHeaders(text: string, cands: Candidate[]): Candidate[] {
  const heads = tableHeaderLines(text);
  const capsTitle = may(/\p{Lu}{3,}[ \t]+\p{Lu}{2,}/u.test(text));
  if (!heads.length && !capsTitle) return cands;
  const lex = lexicons();
  // an all-caps word that names nothing the lexicons know (an ambiguous surname like "GROEN" is a word here)
  const plain = (w: string, k: number) => {
    const cap = capitalised(w);
    return !lex.institutions.phrases.has(w) && !lex.places.phrases.has(w) && !(k === 0 && lex.institutionHeads.phrases.has(w)) &&
      !(lex.firstNames.has(cap) && !lex.ambiguousFirstNames.has(cap)) && !(lex.surnames.has(cap) && !lex.ambiguousSurnames.has(cap));
  };
  return cands.filter((c) => {
    if (!HEADER_BOUND.has(c.label)) return true;
    for (const [a, b] of heads) if (c.s >= a && c.e <= b) return false;
    if (capsTitle && c.label === "instelling" && CAPS_TITLE_SPAN_RE.test(text.slice(c.s, c.e))) {
      const ls = text.lastIndexOf("\n", c.s - 1) + 1;
      let le = text.indexOf("\n", c.e);
      if (le < 0) le = text.length;
      const line = text.slice(ls, le).replace(/\([^()]*\)/g, "");
      // the line is a title: no lower-case words outside brackets
      if (/\p{Ll}/u.test(line)) return true;
      const span = text.slice(c.s, c.e);
      if (lex.institutions.phrases.has(phraseKey(span))) return true;
      const words = span.toLowerCase().split(/[ \t&]+/).filter(Boolean);
      if (words.every(plain)) return false;
    }
    return true;
  });
}

// "samenwonen met Lisa Rasenberg, eigen woning van Rasenberg": a particle before a surname that the text also names
// without it ("Lisa Rasenberg") is a preposition ("woning van Rasenberg"), not part of the name.
const PARTICLE_SURNAME_RE = /^(?:van|de|der|den|ter|ten|te)[ \t]+(\p{Lu}[\p{L}'’-]+)$/u;
const PERSON_OF_PLACE_RE = /^(.+?)[ \t]+van[ \t]+(?:de|het)[ \t]+(\p{Lu}\p{Ll}{2,}(?:kerk|moskee|kapel|school|kliniek|gasthuis|ziekenhuis|college|lyceum))$/u;
function trimPrepositionParticles(text: string, kept: Candidate[]): void {
  const bare = new Set<string>();
  for (const c of kept) {
    if (c.label !== "persoon") continue;
    const words = text.slice(c.s, c.e).split(/[ \t]+/);
    if (words.length >= 2 && !PARTICLE_WORDS.has(words[words.length - 2].toLowerCase())) bare.add(words[words.length - 1]);
  }
  if (!bare.size) return;
  for (const c of kept) {
    const m = c.label === "persoon" ? PARTICLE_SURNAME_RE.exec(text.slice(c.s, c.e)) : null;
    if (m && bare.has(m[1])) c.s = c.e - m[1].length;
  }
}

// "Lambriex M.J.", "Hermans, J.P.G.", "Okafor C.": initials after a surname belong to the name
// (initials are inside the span by convention). Not company forms ("Jansen B.V.", "Pietersen N.V.") and not the first
// initial of the next name in a list ("Jansen, A. de Vries en …").
const TRAILING_INITIALS_RE = /^,?[ \t](?:\p{Lu}\.){1,4}(?![\p{L}\p{N}.])/u;
const COMPANY_FORM_RE = /^,?[ \t](?:B\.V\.|N\.V\.|V\.O\.F\.|C\.V\.|E\.V\.)/u;
function initialsAfterNames(text: string, kept: Candidate[]): void {
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k];
    if (c.label !== "persoon" || /\p{Lu}\.$/u.test(text.slice(c.s, c.e))) continue;
    const tail = text.slice(c.e, c.e + 14);
    const m = TRAILING_INITIALS_RE.exec(tail);
    if (!m || COMPANY_FORM_RE.test(tail)) continue;
    const e = c.e + m[0].length;
    // a comma is a list unless nothing name-like follows ("Jansen, A. de Vries" is two people)
    if (m[0].startsWith(",") && /^[ \t]*(?:\p{Lu}|(?:van|de|der|den|ter|ten|el|al)[ \t])/u.test(text.slice(e, e + 6))) continue;
    if (kept[k + 1] && kept[k + 1].s < e) continue;
    c.e = e;
  }
}

// "werkt bij AgroFlex Oostwoud", "Locatiebeheer Huisvesting Maasland", "de reparateur van Witgoed Service Kempen": an
// organisation that a rule found by its shape (no lexicon name), with a Dutch place or region right after it (one space,
// same line), carries the place in its name: one organisation. Not a known organisation + its town ("Humanitas Ede"
// stays two spans, convention), not a place abroad ("Polfood Wrocław": the head office's city), not after a legal form
// ("Jansen B.V. Zwolle"); generic services in a place ("Stadskantoor Leeuwarden") never became an organisation.
function joinOrgPlaces(text: string, kept: Candidate[]): void {
  const lex = lexicons();
  for (let k = 0; k + 1 < kept.length; k++) {
    const a = kept[k], b = kept[k + 1];
    if (a.label !== "instelling" || b.s !== a.e + 1 || text.charAt(a.e) !== " ") continue;
    const place = text.slice(b.s, b.e), name = text.slice(a.s, a.e);
    const key = phraseKey(place);
    // (a one-word place a person rule read as a surname: "Witgoed Service Kempen")
    if (!(b.label === "plaats" || (b.label === "persoon" && !place.includes(" ") && lex.places.phrases.has(key) && !lex.firstNames.has(place)))) continue;
    // (A lexicon institution + place stays two spans, "Humanitas Ede", except a name of two or more capitalised words none
    // of which is a head word, a place, a name, an article, a compass or company word, a brand that local branches carry
    // with their town: "Tafeltje Dekje Vught"; "De Waag Amsterdam", "Hendrix Genetics Boxmeer", "Welzijn West" stay split.)
    const brand = () => b.label === "plaats" && /^\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)+$/u.test(name) && name.split(" ").every((w) => !lex.institutionHeads.phrases.has(w.toLowerCase()) && !lex.places.phrases.has(w.toLowerCase()) && !lex.institutions.phrases.has(w.toLowerCase()) &&
      !lex.surnames.has(w) && !lex.ambiguousSurnames.has(w) && !lex.firstNames.has(w) && !ORG_TAIL.test(w) && !/^(?:De|Het|Noord|Oost|Zuid|West|Midden)$/.test(w));
    if (!/^\p{Lu}/u.test(place) || lex.abroad.has(key) || /\.$/.test(name) || (lex.institutions.phrases.has(phraseKey(name)) && !brand())) continue;
    // (not a team or a generic service in a place, which stays the place: "Sociaal Team Huizen", "Taalcafé & Werk Gestel")
    if (/team$/i.test(name) || name.includes("&") || name.split(" ").some((w) => GENERIC_SERVICES.has(w.toLowerCase()) || /^taalcaf[eé]$/i.test(w))) continue;
    a.e = b.e;
    kept.splice(k + 1, 1);
  }
}

// "PCI Sint Servaas", "RK Sint Jozef": an organisation span that stops at "Sint"/"St." takes the
// saint's name after it (the name is no person).
function saintNamesInInstitutions(text: string, kept: Candidate[]): Candidate[] {
  let changed = false;
  for (const c of kept) {
    if (c.label !== "instelling" || !/(?:^|[ \t])(?:Sint|St\.)$/u.test(text.slice(c.s, c.e))) continue;
    const m = /^[ \t]+\p{Lu}[\p{L}'’-]+/u.exec(text.slice(c.e, c.e + 40));
    if (!m) continue;
    c.e += m[0].length;
    changed = true;
  }
  if (!changed) return kept;
  const orgs = kept.filter((c) => c.label === "instelling");
  return kept.filter((c) => c.label === "instelling" || !orgs.some((o) => c.s < o.e && c.e > o.s));
}

// Not after an article, a particle, a title or a first name ("de Beek", "dhr. Stein", "Edith Stein"), not joined to a
// capitalised word after it ("Born Gezondheidscentrum"), not opening a sentence or a line.
const PLACE_REMENTION_NOT_AFTER = /(?:^|[^\p{L}])(?:de|het|een|van|der|den|ter|ten|dhr|mw|mevr|mvr|meneer|mevrouw|heer|familie|fam|dr|dokter)\.?[ \t]+$/iu;
function ambiguousPlaceRementions(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const words = new Set<string>();
  for (const c of kept) {
    if (c.label !== "plaats") continue;
    const w = text.slice(c.s, c.e);
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(w) && lex.ambiguousPlaces.has(w.toLowerCase())) words.add(w);
  }
  const out: Candidate[] = [];
  for (const w of words)
    for (const at of mentions(text, w)) {
      if (!isFree(kept, at, at + w.length) || /^[ \t]+\p{Lu}/u.test(text.slice(at + w.length, at + w.length + 3))) continue;
      const before = text.slice(Math.max(0, at - 24), at);
      // (not opening a sentence or a line, where the word is mostly the word: "- Best om eerst de huur te regelen")
      if (PLACE_REMENTION_NOT_AFTER.test(before) || /(?:^|[.!?:]\s+|\n[ \t]*(?:[-*•–][ \t]*)?)$/u.test(before)) continue;
      const prevWord = /(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(before);
      if (prevWord && (lex.firstNames.has(prevWord[1]) || lex.ambiguousFirstNames.has(prevWord[1]))) continue;
      out.push({ s: at, e: at + w.length, label: "plaats", prio: PRIO.propagated });
    }
  return out;
}

/**
 * An address found in its address context is that address at its other mentions too, where no rule can
 * see it: "Onderwerp: woningaanpassing Godsacker 6" above "mevrouw Kingma, Godsacker 6, 8801 LH Franeker" (a street
 * without a street word counts only before its postcode).
 */
function propagateAddresses(text: string, kept: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const done = new Set<string>();
  for (const c of kept) {
    if (c.label !== "adres") continue;
    const a = text.slice(c.s, c.e);
    if (done.has(a) || a.length < 6 || !/\p{Lu}\p{Ll}{2,}/u.test(a) || !/\d/.test(a) || a.includes("\n")) continue;
    done.add(a);
    for (const at of mentions(text, a))
      if (at !== c.s) extra.push({ s: at, e: at + a.length, label: "adres", prio: PRIO.adres - 1 });
  }
  return extra;
}

/** Whether an organisation guess with the `digits` glued after it is a name the lexicon knows whole ("N26"). */
const knownWithDigits = (text: string, c: Candidate, digits: number) => digits > 0 && lexicons().institutions.phrases.has(text.slice(c.s, c.e + digits).toLowerCase());

/**
 * Finds personal data in Dutch text. Pure and synchronous; safe to call on every keystroke.
 * Offsets in the result are Unicode code points (not UTF-16 indices), end exclusive, sorted, never overlapping.
 */
export function detect(text: string): Span[] {
  if (!text) return [];
  const info = { chat: false };
  // A generic service is no organisation in a table's organisation column either ("| Juridisch Loket |"); the
  // name rules drop their own already.
  const structured = structuredCandidates(text).filter((c) => c.label !== "instelling" || !GENERIC_SERVICES.has(phraseKey(text.slice(c.s, c.e)).replace(/^(?:de|het) /, "")));
  const names = nameCandidates(text, info);
  if (may(/\p{Script=Cyrillic}/u.test(text))) names.push(...cyrillicCandidates(text));
  if (may(/[\u0621-\u064A]/.test(text))) names.push(...arabicCandidates(text));
  if (info.chat && may(/\p{Ll}-\p{Ll}/u.test(text))) names.push(...lowerDoubleSurnames(text));
  if (may(text.includes("):"))) names.push(...speakerTagOrgs(text));
  if (may(text.includes("€"))) names.push(...creditorItems(text));
  // (" het " with any blank: the frame allows a tab, "naar\thet\tKSE")
  if (may(hasAny(text, ["amens", "rief", "entor"]) || /[ \t]het[ \t]/.test(text))) names.push(...capsOrgsInFrames(text, info.chat));
  if (may(/[ \t]namens[ \t]/.test(text))) names.push(...agentsForCreditors(text));
  if (info.chat && may(/\p{Ll}[ \t]+wonen/u.test(text))) names.push(...lowerHousingCorporations(text));
  if (info.chat && may(/(?:de|het)[ \t]+\p{Ll}/u.test(text))) names.push(...lowerEstateNames(text));
  if (info.chat && may(/(?:bij|aan|van|via)[ \t]/.test(text))) names.push(...lowerCuedFirms(text));
  if ((info.chat || /^[^\p{L}]*\p{Ll}/u.test(text)) && may(/(?:oever|stroom|stromen|dal|waard|brug|stad|wurk)(?![\p{L}])/u.test(text))) names.push(...coinedTopoOrgs(text));
  if (may(/[ \t]by[ \t]|(?:king|palace|house|corner|express|time|point|bar|land|paradise|world|city|plaza|star|queen|kingdom|factory|lounge|garden|center|centre|place|spot|hut|master|masters|boys|brothers|deluxe)(?![\p{L}])/iu.test(text))) names.push(...tradeShopNames(text));
  if (may(/(?:bij|van)[ \t]/i.test(text))) names.push(...framedFirmOwners(text));
  if (may(/[ \t]de[ \t]/.test(text))) names.push(...chainsAfterArticle(text));
  if (may(/noem|hierna/.test(text))) names.push(...pseudonymInitials(text));
  if (may(/\p{Lu}\./u.test(text) || /\(\p{Lu}{2,3}\)[ \t]*:/u.test(text))) names.push(...titledInitials(text));
  if (may(/\p{Lu}\.\p{Lu}\./u.test(text))) names.push(...bareInitials(text));
  if (may(/andtekening|araaf/i.test(text))) names.push(...signatureInitials(text));
  if (may(/fabr|zakładzie|magazynie|hurtowni|szklarni|piekarni|ubojni|centrum[ \t]+van|slachterij|productie/.test(text))) names.push(...workplaceFirms(text));
  if (may(/[ \t]in[ \t]+de[ \t]+(?:kas|fabriek|loods|werkplaats|bakkerij|keuken|magazijn|productie|slachterij|kwekerij|stal|schuur|hal)/.test(text))) names.push(...firmsWithWorkplace(text));
  // (only in a text with Turkish letters, by design since session 49: a real condition, not a guard)
  if (/[ışğ]/.test(text) && may(/\p{L}['’]\p{Ll}/u.test(text))) names.push(...turkishSuffixed(text));
  if (may(/[ \t]van[ \t]+(?:de|het|team)[ \t]/.test(text))) names.push(...namesOfTeams(text));
  if (may(/(?:il|ei|ni|li|us)[ \t]*\([ \t]*\d/.test(text))) names.push(...monthNamedChildren(text));
  if (may(/[Oo]n(?:s|ze)[ \t]+\p{Lu}/u.test(text))) names.push(...ourFamilyNames(text));
  // (a table's text only: a real condition; the cue words as a guard)
  if (/[|\t]/.test(text) && may(/(?:plaats|plaatsing|plek|stage|detachering|werk)[ \t]+\p{Lu}/u.test(text))) names.push(...placementCellOrgs(text));
  if (may(/school|werkgever|corporatie|verhuurder|opvang/i.test(text))) names.push(...appositiveOrgs(text));
  if (may(/\de[ \t]/.test(text))) names.push(...ordinalPlaces(text));
  // (a single letter after a ward or room word is no organisation: "op afdeling B3", "afdeling C3")
  const cands = dropFileNameGuesses(text, dropTableHeaders(text, dropFormLabels(text, dropLetterHeadings(text, dropFalsePersons(text, [...structured, ...names])))))
    // (nor one glued to a number: the motorway "bij de A58", "de N270"; the bank "N26" stays)
    .filter((c) => c.label !== "instelling" || c.e - c.s > 1 || (!/(?:afdeling|kamer|unit|zaal|vleugel|etage|blok|lokaal|gang)[ \t]+$/iu.test(text.slice(Math.max(0, c.s - 12), c.s)) &&
      !(/\d/.test(text.charAt(c.e)) && !knownWithDigits(text, c, /^\d*/.exec(text.slice(c.e, c.e + 4))![0].length))))
    // (an initial glued to a number is a code's letter: "met sjabloon 14-B. Plan het gesprek")
    .filter((c) => c.label !== "persoon" || !/^\p{Lu}\./u.test(text.slice(c.s, c.s + 2)) || !/\d[-\/]$/.test(text.slice(Math.max(0, c.s - 2), c.s)));
  if (may(/[ \t]van[ \t]/.test(text))) cands.push(...namesBeforeOrgs(text, cands));
  widenPersons(cands);
  let kept = resolve(cands, text);
  if (may(kept.some((c) => c.label === "persoon") && kept.some((c) => c.label === "instelling"))) kept = firstNamesBeforeFirms(text, kept);
  // "Klant is Chanel Doelwijt … uren vrij bij Chanel": a one-word organisation guess that is the first name of a person
  // found with context in the same text is that person (a brand or place name used as a first name).
  const firstWords = new Set<string>();
  for (const c of kept) if (c.label === "persoon" && c.prio >= PRIO.personContext) { const m = /^(\p{Lu}\p{Ll}{2,})[ \t]+\S/u.exec(text.slice(c.s, c.e)); if (m && !PARTICLE_WORDS.has(m[1].toLowerCase()) && !/^(?:von|vom|del|dos|das|abu|ibn|ait)$/i.test(m[1])) firstWords.add(m[1]); }
  // "Deelnemer: Dennis Kloosterboer … Toelichting: Kloosterboer is na 8 weken uitgevallen": a one-word organisation guess
  // that is the surname of a person named in full in the text is that person, unless an organisation preposition or an
  // article comes before it ("werkt bij Kloosterboer", "de Kloosterboer").
  const surnames = new Set<string>();
  // (a surname that is a place only without a particle: "Kees van Ermelo" is Kees from Ermelo)
  const placeSurnames = new Set<string>();
  for (const c of kept) if (c.label === "persoon" && c.prio >= PRIO.personLexicon) {
    const m = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?((?:[ \t]+(?:van|de|der|den|ter|ten))*)[ \t]+(\p{Lu}\p{Ll}{3,})$/u.exec(text.slice(c.s, c.e));
    if (m) surnames.add(m[2]);
    if (m && !m[1]) placeSurnames.add(m[2]);
  }
  if (may(surnames.size > 0))
    for (const c of kept) {
      if (c.label === "instelling" && c.prio <= PRIO.institutionLexicon && surnames.has(text.slice(c.s, c.e)) && !/(?:^|[^\p{L}])(?:bij|via|van|voor|naar|door|namens|aan|de|het|met)[ \t]+$/iu.test(text.slice(Math.max(0, c.s - 8), c.s))) c.label = "persoon";
      // "Cliënt: Gerrit-Jan Blokker … akkoord met afbetaling, Blokker betaalt € 75": a lexicon place that is the surname,
      // opening a clause before a lower-case verb, is that person.
      else if (c.label === "plaats" && c.prio <= PRIO.placeLexicon + 1 && placeSurnames.has(text.slice(c.s, c.e)) && /(?:^|[,.;:!?][ \t]*|\n[ \t]*)$/u.test(text.slice(Math.max(0, c.s - 3), c.s)) && /^[ \t]+\p{Ll}{3,}t(?![\p{L}])/u.test(text.slice(c.e, c.e + 20))) c.label = "persoon";
    }
  // "bij Roos-Visser loopt de herbeoordeling": a context-only organisation guess that is a double surname (two lexicon surnames
  // joined by a hyphen, neither an organisation) is a person.
  if (may(/\p{Ll}-\p{Lu}/u.test(text))) {
    const lex = lexicons();
    const surname = (w: string) => lex.surnames.has(w) || lex.ambiguousSurnames.has(w);
    for (const c of kept) {
      if (c.label !== "instelling" || c.prio > PRIO.institutionContext) continue;
      const m = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(text.slice(c.s, c.e));
      // (not a firm's name found whole elsewhere in the text: "bij Pers- en Stansbedrijf Lammers-Grooters … het aanbod van
      // Lammers-Grooters")
      if (m && surname(m[1]) && surname(m[2]) && !lex.institutions.phrases.has(phraseKey(m[0])) && !lex.institutions.phrases.has(m[1].toLowerCase()) &&
        !kept.some((k) => k !== c && k.label === "instelling" && k.e - k.s > m[0].length && text.slice(k.s, k.e).endsWith(m[0]))) c.label = "persoon";
    }
  }
  // (nor after a word for a district: "(wijk Fatima)" next to "Buurvrouw Fatima Ouali")
  const notPlacePrep = (at: number) => !/(?:^|[^\p{L}])(?:in|uit|te|naar|vanuit|een|de|het|die|deze|zijn|haar|hun|mijn|wijk|buurt|stadsdeel|dorp)[ \t]+$/u.test(text.slice(Math.max(0, at - 10), at));
  if (may(firstWords.size > 0)) {
    for (const c of kept) if ((c.label === "instelling" || c.label === "plaats") && c.prio < PRIO.institutionHead && firstWords.has(text.slice(c.s, c.e)) && notPlacePrep(c.s)) c.label = "persoon";
    // Such a first name that the lexicons know as a word, brand or place ("Mercedes", "Saba") does not spread by itself:
    // its bare mentions are the person too (not after an article or a place preposition: "rijdt een Mercedes").
    const lex = lexicons();
    const brands = [...firstWords].filter((w) => lex.common.has(w.toLowerCase()) || lex.places.phrases.has(w.toLowerCase()) || lex.institutions.phrases.has(w.toLowerCase()));
    const more: Candidate[] = [];
    for (const w of brands)
      for (const at of mentions(text, w))
        if (!/^[ \t]+\p{Lu}/u.test(text.slice(at + w.length, at + w.length + 3)) && notPlacePrep(at) && !(FUNCTION_WORD_NAME.test(w.toLowerCase()) && /(?:^|[.!?:;"“]\s*|\n\s*)$/u.test(text.slice(Math.max(0, at - 3), at)))) more.push({ s: at, e: at + w.length, label: "persoon", prio: PRIO.propagated });
    if (more.length) kept = resolve([...kept, ...more], text);
  }
  // "een lening bij Flexkrediet24": digits glued to the end of an organisation's name belong to it (the tokeniser splits
  // letters from digits).
  if (may(/\p{L}\d/u.test(text)))
    for (const c of kept) {
      if (c.label !== "instelling") continue;
      const m = /^\d{1,3}(?![\p{L}\p{N}]|[.,:\/-]\d)/u.exec(text.slice(c.e, c.e + 6));
      // (also a capital glued to digits that the lexicon knows whole: "N26")
      if (!/\p{Ll}/u.test(text.charAt(c.e - 1)) && !(m && knownWithDigits(text, c, m[0].length))) continue;
      if (m && isFree(kept, c.e, c.e + m[0].length)) c.e += m[0].length;
    }
  if (may(kept.some((c) => c.label === "instelling"))) joinOrgPlaces(text, kept);
  const extra = [...propagate(text, kept, info.chat), ...propagateInstitutions(text, kept, info.chat), ...(info.chat ? lowerChatRementions(text, kept) : []), ...domainNamedOrgs(text, kept), ...(may(/\p{Lu}{3}/u.test(text)) ? capsOrgsBesidePersons(text, kept) : []), ...(may(/[ \t]van[ \t]+(?:Van|De|Te)/u.test(text)) ? familyFirmsOfStaff(text, kept) : []), ...agesAfterPersons(text, kept), ...listSiblings(text, kept, info.chat), ...listedWordFirstNames(text, kept), ...framedPersons(text, kept, info.chat), ...chineseNames(text), ...kinAgedLowerNames(text, kept), ...(info.chat && may(hasAny(text, KIN_GUARD) || /(?:geworden|wordt|dank|thanks|thx|merci)/.test(text)) ? chatLowerNames(text, kept) : []), ...nicknames(text, kept), ...wordNamesInFrames(text, kept), ...bracketedAgeLists(text, kept), ...(may(/buur|gezin/i.test(text)) ? neighbourSurnames(text, kept) : []), ...propagateAddresses(text, kept), ...(may(/[À-ɏ]/.test(text)) ? diacriticSpellings(text, kept) : []), ...(may(/[ \t]en[ \t]/.test(text)) ? [...coordinatedFirstNames(text, kept), ...secondNamesOfPairs(text, kept)] : []), ...(may(/\p{Lu}{2}/u.test(text)) ? attendeeInitials(text, kept) : [])];
  if (may(extra.length > 0)) kept = resolve([...kept, ...extra], text);
  // "6171 AH Stein … omdat Stein dichter bij de poort ligt", "Huisbezoek Born" … "6121 HB Born": an ambiguous place
  // found as a place in the text is that place at its other capitalised mentions too.
  const placeAgain = may(kept.some((c) => c.label === "plaats")) ? ambiguousPlaceRementions(text, kept) : [];
  if (may(placeAgain.length > 0)) kept = resolve([...kept, ...placeAgain], text);
  const siblings = may(/[,+/]|[ \t](?:en|of)[ \t]/u.test(text)) ? [...coinedListSiblings(text, kept), ...capitalisedListSiblings(text, kept)] : [];
  if (may(siblings.length > 0)) kept = resolve([...kept, ...siblings], text);
  // Names spread to later mentions bind ages too ("Karwan Aziz … Karwan is eenendertig"), and an age found may lead to
  // the next ones of the same sentence ("Karwan is 31, Shilan 29").
  const spread = new Set(extra.filter((c) => c.label === "persoon" && c.prio === PRIO.propagated));
  const late = spread.size ? kept.filter((c) => spread.has(c)) : [];
  const lateAges = may(late.length > 0) ? agesAfterPersons(text, late) : [];
  if (may(lateAges.length > 0)) kept = resolve([...kept, ...lateAges], text);
  // (pairs need a digit before "," or " en ", BOTH_AGE_RE "allebei/allebij/beide")
  const pairAges = may(/\d(?:[ \t]*,|[ \t]+en[ \t])|allebei|allebij|beide/i.test(text)) ? [...pairedNameAges(text, kept), ...coupleAges(text, kept), ...bothAgeAppositions(text, kept)] : [];
  if (may(pairAges.length > 0)) kept = resolve([...kept, ...pairAges], text);
  const moreAges = may(kept.some((c) => c.label === "leeftijd")) ? agesAfterAges(text, kept) : [];
  if (may(moreAges.length > 0)) kept = resolve([...kept, ...moreAges], text);
  // "Ouder- en Kindteam", "jeugd- en gezinscoach": the first half of an elliptic compound ("X- en Y") is no name.
  if (may(/-[ \t]/.test(text)) && kept.some((c) => c.label === "persoon")) kept = kept.filter((c) => c.label !== "persoon" || !/^-[ \t]+(?:en|of)[ \t]/i.test(text.slice(c.e, c.e + 6)));
  if (may(kept.some((c) => c.label === "persoon"))) trimPrepositionParticles(text, kept);
  // "mevrouw Tjoonk van de Jacobskerk": "van de" + a church, school or clinic compound after a name is where the person
  // is from, no part of the name.
  if (may(/[ \t]van[ \t]+(?:de|het)[ \t]+\p{Lu}/u.test(text)))
    kept = kept.flatMap((c) => {
      const m = c.label === "persoon" ? PERSON_OF_PLACE_RE.exec(text.slice(c.s, c.e)) : null;
      if (!m) return [c];
      const at = c.e - m[2].length;
      return [{ ...c, e: c.s + m[1].length }, { s: at, e: c.e, label: "instelling" as const, prio: c.prio }];
    });
  if (may(/\p{Lu}\./u.test(text))) initialsAfterNames(text, kept);
  // "[08:10] Fleur Combiwerk: Hoi Kevin": a chat speaker written as a first name + an organisation of the lexicons (no
  // surname, never context-only) is the person and her employer (only as a speaker: "Bart Hoogvliet" is a name).
  if (may(text.includes("]") && kept.some((c) => c.label === "persoon" && text.charAt(c.e) === ":"))) {
    const lex = lexicons();
    kept = kept.flatMap((c) => {
      const m = c.label === "persoon" ? /^(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}[\p{L}'’-]{3,})$/u.exec(text.slice(c.s, c.e)) : null;
      if (!m || text.charAt(c.e) !== ":" || !/\][ \t]*$/.test(text.slice(Math.max(0, c.s - 3), c.s)) || !lex.firstNames.has(m[1]) || !lex.institutions.phrases.has(phraseKey(m[2])) || lex.ambiguousInstitutions.has(m[2]) || lex.surnames.has(m[2]) || lex.ambiguousSurnames.has(m[2]) || lex.firstNames.has(m[2]) || lex.places.phrases.has(phraseKey(m[2]))) return [c];
      return [{ ...c, e: c.s + m[1].length }, { s: c.e - m[2].length, e: c.e, label: "instelling" as const, prio: c.prio }];
    });
  }
  // "zou in Leiria wonen en …": after "in", a name + the verb "wonen" is where someone lives, no organisation "X wonen"
  // (no housing body is written after "in"); the name is the place.
  if (may(/[ \t]wonen(?![\p{L}])/u.test(text)))
    kept = kept.map((c) => {
      if (c.label !== "instelling") return c;
      const m = /^(\p{Lu}[\p{L}'’-]+)[ \t]+wonen$/u.exec(text.slice(c.s, c.e));
      if (!m || !/(?:^|[^\p{L}])in[ \t]+$/u.test(text.slice(Math.max(0, c.s - 4), c.s)) || lexicons().institutions.phrases.has(phraseKey(m[1]))) return c;
      return { ...c, e: c.s + m[1].length, label: "plaats" as const };
    });
  // "bij de Osse slachterij", "een Tilburgse bakkerij": an adjective made from a town name before a lower-case noun is no
  // organisation (the town stays unflagged, as an adjective).
  if (may(/\p{Lu}\p{Ll}+se[ \t]+\p{Ll}/u.test(text)))
    kept = kept.filter((c) => c.label !== "instelling" || !isTownAdjective(text.slice(c.s, c.e)) || !/^[ \t]+\p{Ll}/u.test(text.slice(c.e, c.e + 3)));
  // "Mondriaan, team Verslavingszorg": a kind of care after "team/afdeling" names a department, no organisation.
  if (may(/(?:team|afdeling)[ \t]+\p{Lu}/u.test(text))) {
    const lex = lexicons();
    kept = kept.filter((c) => c.label !== "instelling" || c.prio > PRIO.institutionContext || !lex.institutionHeads.phrases.has(phraseKey(text.slice(c.s, c.e))) || !/(?:^|[^\p{L}])(?:team|afdeling)[ \t]+$/u.test(text.slice(Math.max(0, c.s - 10), c.s)));
  }
  // "e-bikes van het merk Gazelle en Sparta", "een telefoon van het merk Samsung": a brand after "merk" names a product, no
  // organisation (also the next ones of a list).
  if (may(text.includes("merk")))
    kept = kept.filter((c) => c.label !== "instelling" || !/(?:^|[^\p{L}])merk(?:en)?:?[ \t]+(?:\p{Lu}[\p{L}&'’-]*(?:[ \t]+\p{Lu}[\p{L}&'’-]*)?[ \t]*(?:,|en|of|\/)[ \t]*)*$/u.test(text.slice(Math.max(0, c.s - 60), c.s)));
  // "in Veluws-Utrechts dialect", "in Twents dialect": a regional adjective before "dialect" names a way of speaking, no place.
  if (may(text.includes("dialect")))
    kept = kept.filter((c) => c.label !== "plaats" || !/s$/.test(text.slice(c.s, c.e)) || !/^[ \t]+dialect(?![\p{L}])/u.test(text.slice(c.e, c.e + 10)));
  // "| Hu Jianping | 1968 |": a two- or three-letter organisation known only in capitals ("HU", a university) is no
  // organisation when written as a name ("Hu", a Chinese surname).
  if (may(/(?<![\p{L}])\p{Lu}\p{Ll}{1,2}(?![\p{L}])/u.test(text)))
    kept = kept.filter((c) => c.label !== "instelling" || c.e - c.s > 3 || !/^\p{Lu}\p{Ll}{1,2}$/u.test(text.slice(c.s, c.e)) || !capsAbbreviations().has(text.slice(c.s, c.e).toUpperCase()));
  // "nagelstudio aan de Hoogstraat", "een bakkerij in de Hoogstraat": an organisation known by a street-shaped name
  // ("De Hoogstraat", a rehabilitation centre) after "aan/in/op" + a lower-case article is the street, unless the text
  // around it speaks of care ("opgenomen in de Hoogstraat").
  if (may(/(?:aan|in|op)[ \t]+de[ \t]/i.test(text)))
    kept = kept.filter((c) => c.label !== "instelling" || !STREET_NAMED_ORG.test(text.slice(c.s, c.e)) || !/(?:^|[^\p{L}])(?:aan|in|op)[ \t]+$/iu.test(text.slice(Math.max(0, c.s - 6), c.s)) ||
      CARE_CONTEXT.test(text.slice(Math.max(0, c.s - 120), c.e + 60)));
  if (may(/(?:Sint|St\.)[ \t]+\p{Lu}/u.test(text))) kept = saintNamesInInstitutions(text, kept);
  if (may(kept.some((c) => c.label === "persoon"))) kept = kept.filter((c) => c.label !== "persoon" || !NOT_A_NAME_WORDS.has(text.slice(c.s, c.e).toLowerCase()));
  // "aan de Van Linden van den Heuvellsingel", "op de Jan van Nassaustraat": after aan/in/op a name that runs on
  // into particles + a street word is the start of a street named after a person, no person (the street has no number,
  // so it stays unflagged).
  if (may(/(?:straat|laan|weg|kade|plein|gracht|singel|dreef|steeg)/.test(text)))
    kept = kept.filter((c) => c.label !== "persoon" || !STREET_NAME_TAIL.test(text.slice(c.e, c.e + 60)) || !/(?:^|[^\p{L}])(?:aan|in|op)[ \t]+(?:de[ \t]+)?$/iu.test(text.slice(Math.max(0, c.s - 12), c.s)));
  if (may(/(?:Mien|Myn)[ \t]/.test(text))) kept = kept.filter((c) => c.label !== "persoon" || !DIALECT_POSSESSIVE.test(text.slice(c.s, c.e + 20)));
  // "wonende te Hoek", "gevestigd te Born": after a word of residence "te" is the preposition of a place, no particle of a
  // name ("Te Hoek"); the capitalised word is the place.
  // (also after a date of birth: "geboren 8 juli 1989 te Hoogeveen", "geboren op 03-05-1980 te Emmen")
  if (may(/(?:wonende|wonend|woonachtig|gevestigd|geboren)[ \t]/iu.test(text) && /[ \t]te[ \t]/.test(text)))
    kept = kept.map((c) => c.label === "persoon" && /^te[ \t]+\p{Lu}\p{Ll}+$/u.test(text.slice(c.s, c.e)) && RESIDENCE_BEFORE_TE.test(text.slice(Math.max(0, c.s - 40), c.s))
      ? { ...c, s: c.s + text.slice(c.s, c.e).search(/\p{Lu}/u), label: "plaats" as const }
      : c);
  if (may(/[ \t]van[ \t]/iu.test(text))) kept = splitPersonOfOrganisation(text, kept);
  if (may(/[ \t]van[ \t]+(?:Van|De|Te)/u.test(text))) kept = splitPersonOfFamilyFirm(text, kept);
  if (may(kept.some((c) => c.label === "instelling"))) kept = splitTrailingFirstNames(text, kept);
  if (may(kept.some((c) => c.label === "instelling" || c.label === "plaats"))) kept = kept.filter((c) => !genericGroupOrBenefit(text, c));
  if (may((text.includes("€") || text.includes("chuldeiser") || text.includes("namens")) && kept.some((c) => c.label === "persoon"))) creditorBrandsNamedLikePersons(text, kept);
  const toCp = codePointMapper(text);
  if (may(/van[ \t]/.test(text) && /[ \t]naar[ \t]/.test(text))) routeStarts(text, kept);
  if (may(kept.some((c) => c.label === "datum"))) kept = repeatedDayMonths(text, kept);
  if (may(/(?:in|uit|naar|te)[ \t]+\p{L}{8,}/iu.test(text))) kept = transposedPlaces(text, kept);
  return kept.map((c) => ({ start: toCp(c.s), end: toCp(c.e), label: c.label, text: text.slice(c.s, c.e) }));
}

// "Herr Dieter Lambertz", "Anna Philips": a known first name right before a one-word organisation of the lexicons (a firm
// named after its founder) is a person's full name, unless another capitalised word follows ("Anna Philips Nederland").
function firstNamesBeforeFirms(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  // (the first organisation at each start, as a search in `kept` would find it: one pass instead of one per person)
  const firmAt = new Map<number, Candidate>();
  for (const o of kept) if (o.label === "instelling" && !firmAt.has(o.s)) firmAt.set(o.s, o);
  const drop = new Set<Candidate>();
  for (const c of kept) {
    if (c.label !== "persoon" || text.charAt(c.e) !== " ") continue;
    const first = text.slice(c.s, c.e);
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !lex.firstNames.has(first)) continue;
    const d = firmAt.get(c.e + 1);
    if (!d) continue;
    const firm = text.slice(d.s, d.e);
    if (!/^\p{Lu}\p{Ll}+$/u.test(firm) || !lex.institutions.phrases.has(phraseKey(firm)) || /^[ \t]+\p{Lu}/u.test(text.slice(d.e, d.e + 3))) continue;
    c.e = d.e;
    drop.add(d);
  }
  return drop.size ? kept.filter((c) => !drop.has(c)) : kept;
}

const RESIDENCE_BEFORE_TE = /(?:wonende|wonend|woonachtig|gevestigd|geboren(?:(?:[ \t]+op)?[ \t]+(?:\d{1,2}[ \t]+\p{L}+\.?[ \t]+\d{4}|\d{1,2}[-.\/]\d{1,2}[-.\/]\d{2,4}))?)[ \t]+$/iu;
// "een oude schuld van Otto (€ 312)", "Wehkamp € 1.480, Otto € 610", "vordering Otto, € 1.240": a known firm that is
// also a first name (the mail-order firm Otto) is that firm on a line with an amount in euros and a debt word, as a
// creditor between list punctuation or after a creditor preposition (also in a numbered or table row with an amount, or a
// line listing creditors: "Schuldeisers (7): Essent, KPN, Otto (webshop)"), not a sentence's subject ("Otto heeft een schuld")
// and not when the text names a person with it ("Otto Jansen", "Otto (12)").
const CREDITOR_BRAND_BEFORE = /(?:(?:^|[^\p{L}])(?:namens|vordering|van|bij|aan|via|voor|en)[ \t]+|[(,;|\/][ \t]*|(?:^|\n)[ \t]*(?:[-*•–][ \t]*|\d{1,2}[.)]?[ \t]+))$/u;
const CREDITOR_BRAND_AFTER = /^(?:[ \t]*[(,;|\/)€]|[ \t]+(?:en|of)[ \t]|[ \t]*(?:\n|$))/u;
const CREDITOR_LINE_WORD = /schuld|vordering|namens|incasso|deurwaarder|achterstand|factuur|webshop|postorder|betalen/iu;
function creditorBrandsNamedLikePersons(text: string, kept: Candidate[]): void {
  const lex = lexicons();
  for (const c of kept) {
    if (c.label !== "persoon") continue;
    const w = text.slice(c.s, c.e);
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || !lex.firstNames.has(w) || !lex.institutions.phrases.has(w.toLowerCase())) continue;
    const ls = text.lastIndexOf("\n", c.s - 1) + 1;
    const le = text.indexOf("\n", c.e);
    const line = text.slice(ls, le < 0 ? text.length : le);
    // ("Vesting Finance (namens Otto)", "Intrum namens Otto": a collector found just before "namens")
    const agent = /(?:^|[^\p{L}])namens[ \t]+$/u.test(text.slice(Math.max(ls, c.s - 8), c.s)) && kept.some((k) => k.label === "instelling" && k.s >= ls && k.e <= c.s && k.e >= c.s - 24);
    if (!agent && !((line.includes("€") && (CREDITOR_LINE_WORD.test(line) || /^[ \t]*(?:\||[-*•–]|\d{1,2}[.)]?[ \t])/u.test(line))) || /schuldeiser/iu.test(line))) continue;
    if (!CREDITOR_BRAND_BEFORE.test(text.slice(Math.max(ls, c.s - 30), c.s)) || !CREDITOR_BRAND_AFTER.test(text.slice(c.e, c.e + 6))) continue;
    if (kept.some((k) => k.label === "persoon" && k !== c && text.slice(k.s, k.e).startsWith(w + " ")) || new RegExp(String.raw`(?<![\p{L}])${w}[ \t]*\(\d{1,2}\)`, "u").test(text)) continue;
    c.label = "instelling";
  }
}

// Generic words that rules take for an organisation or place: a plural of people by origin ("de opvang van Oekraïners",
// "team Syriërs"), the abbreviation of a generic service alone ("Sanne (ISD)", "via de ISD"; "ISD Noordkust" with its
// region stays an organisation), the statutory minimum wage ("35% van het WML"; "schuld bij WML" is a water company),
// and a benefit or law compound with ordinary words ("Bbz-lening kapsalon", "Tozo-lening", "Bbz-consulent").
const ORIGIN_PLURAL_WORD = /^\p{Lu}\p{Ll}{2,}(?:ïners|iërs|eërs|anen|ezen|ijnen)$/u;
const LAW_COMPOUND = /^(\p{L}{2,6})-\p{Ll}{3,}(?:[ \t]+\p{Ll}{3,}){0,2}$/u;
function genericGroupOrBenefit(text: string, c: Candidate): boolean {
  if (c.label !== "instelling" && c.label !== "plaats") return false;
  const t = text.slice(c.s, c.e);
  if (ORIGIN_PLURAL_WORD.test(t)) return !lexicons().places.phrases.has(phraseKey(t)) && !lexicons().institutions.phrases.has(phraseKey(t));
  if (t === "ISD") return true;
  if (t === "WML") return /(?:^|[^\p{L}])het[ \t]+$/iu.test(text.slice(Math.max(0, c.s - 5), c.s));
  const m = LAW_COMPOUND.exec(t);
  return !!m && lexicons().negatives.phrases.has(m[1].toLowerCase()) && !lexicons().institutions.phrases.has(phraseKey(t));
}

const STREET_NAME_TAIL = /^[ \t]+(?:van|de|der|den|ter|ten)(?:[ \t]+(?:de|der|den|het))*[ \t]+\p{Lu}\p{Ll}*(?:straat|laan|weg|kade|plein|gracht|singel|dreef|steeg)(?![\p{L}])/u;

// "fietst elke dag van Balk naar Nijemirdum": a lower-case "van" + a known place, then "naar" + a place, is where a route
// starts, not a surname ("van Balk"). Not after a title ("mevrouw van Gent naar Utrecht" is a person).
const ROUTE_TITLE_BEFORE = /(?:^|[^\p{L}])(?:dhr|mw|mevr|mevrouw|meneer|heer|familie|fam|juf|meester|dr|mr|ir)\.?[ \t]+$/iu;
function routeStarts(text: string, kept: Candidate[]): void {
  const lex = lexicons();
  for (const c of kept) {
    if (c.label !== "persoon") continue;
    const m = /^van[ \t]+(\p{Lu}\p{Ll}+)$/u.exec(text.slice(c.s, c.e));
    if (!m || !(lex.places.phrases.has(phraseKey(m[1])) || lex.ambiguousPlaces.has(m[1]))) continue;
    const after = /^[ \t]+naar[ \t]+/u.exec(text.slice(c.e, c.e + 12));
    if (!after || !kept.some((o) => o.label === "plaats" && o.s === c.e + after[0].length)) continue;
    if (ROUTE_TITLE_BEFORE.test(text.slice(Math.max(0, c.s - 12), c.s))) continue;
    c.s = c.e - m[1].length;
    c.label = "plaats";
  }
}

// "10-03: klant belde …" and later "NB: 10-03 hierboven is ingevoerd zonder jaar": a day and month without a year that the
// text already uses as a date is the same date where it recurs on its own (not inside a longer number or date).
const DAY_MONTH_RE = /(?<![\p{L}\p{N}/.,:-])\d{1,2}[-/]\d{1,2}(?![\p{L}\p{N}]|[-/.,:]\d)/gu;
function repeatedDayMonths(text: string, kept: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  for (const c of kept) if (c.label === "datum" && /^\d{1,2}[-/]\d{1,2}$/.test(text.slice(c.s, c.e))) seen.add(text.slice(c.s, c.e));
  if (!seen.size) return kept;
  const out = [...kept];
  // One pass over the text for every day-month at once (a regex per distinct day-month made date-heavy texts quadratic).
  for (const m of allMatches(DAY_MONTH_RE, text)) {
    if (!seen.has(m[0])) continue;
    const s = m.index, e = s + m[0].length;
    if (!isFree(out, s, e)) continue;
    out.push({ s, e, label: "datum", prio: PRIO.datum });
  }
  return out.sort((a, b) => a.s - b.s);
}

// "werkt in leimudien", "broer woont in roelofarendsvene": a long known place (one word, 8 letters or more) with two
// neighbouring letters swapped, a common typing error, is still that place after in/uit/naar/te. Only swaps: a word one
// letter off a place ("in beverwijk" vs "beverwijk") is left to the lexicon.
let transposedPlaceKeys: Set<string> | undefined;
function transposedPlaceSet(): Set<string> {
  if (transposedPlaceKeys) return transposedPlaceKeys;
  const lex = lexicons();
  const keys = new Set<string>();
  for (const p of lex.places.phrases) {
    if (p.length < 8 || !/^\p{Ll}+$/u.test(p)) continue;
    for (let i = 0; i + 1 < p.length; i++) {
      if (p[i] === p[i + 1]) continue;
      const t = p.slice(0, i) + p[i + 1] + p[i] + p.slice(i + 2);
      if (!lex.places.phrases.has(t)) keys.add(t);
    }
  }
  return (transposedPlaceKeys = keys);
}
const TRANSPOSED_PLACE_RE = /(?<![\p{L}])(?:in|uit|naar|te)[ \t]+(\p{L}{8,})(?![\p{L}])/giu;
function transposedPlaces(text: string, kept: Candidate[]): Candidate[] {
  const lex = lexicons();
  const keys = transposedPlaceSet();
  const out = [...kept];
  for (const m of allMatches(TRANSPOSED_PLACE_RE, text)) {
    const low = m[1].toLowerCase();
    if (!keys.has(low) || lex.common.has(low)) continue;
    const e = m.index + m[0].length, s = e - m[1].length;
    if (!isFree(out, s, e)) continue;
    out.push({ s, e, label: "plaats", prio: PRIO.placeContext });
  }
  return out.sort((a, b) => a.s - b.s);
}
