import { AMBIGUOUS_COMPANIES, COMPANIES } from "./lexicons/companies";
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from "./lexicons/firstNames";
import { AMBIGUOUS_INSTITUTIONS, INSTITUTION_HEAD_WORDS, INSTITUTIONS } from "./lexicons/institutions";
import {
  COMMON_CAPITALISED,
  LAWS,
  METHODS,
  NATIONAL_BODIES,
  NOT_NAMES_AFTER_TITLE,
  ROLES_AND_SERVICES,
} from "./lexicons/nonNames";
import { AMBIGUOUS_PLACES, COUNTRIES, DISTRICTS, MUNICIPALITIES, REGIONS, TOWNS, VILLAGES } from "./lexicons/places";
import { AMBIGUOUS_SURNAMES, SURNAMES } from "./lexicons/surnames";

/** Key used for every lexicon lookup: lower case, hyphens and spaces folded, curly apostrophes straightened. */
/** The word with its first letter in upper case, to look a lower-case token up in a capitalised lexicon ("zandvliet" → "Zandvliet"). */
export const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export function phraseKey(s: string): string {
  return s.toLowerCase().replace(/[’`]/g, "'").replace(/[\s-]+/g, " ").trim();
}

export interface PhraseLexicon {
  /** phrase key → present */
  phrases: Set<string>;
  /** maximum number of words in a phrase (after folding hyphens) */
  maxWords: number;
  /** first word of every phrase: a cheap filter before building longer keys */
  firstWords: Set<string>;
}

function phraseLexicon(...lists: string[]): PhraseLexicon {
  const phrases = new Set<string>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const list of lists)
    for (const raw of list.split("|")) {
      const key = phraseKey(raw);
      if (!key) continue;
      phrases.add(key);
      // People often leave out the trema: "Drieenhuizen", "Syrie".
      if (/[ëïö]/.test(key)) phrases.add(key.replace(/ë/g, "e").replace(/ï/g, "i").replace(/ö/g, "o"));
      maxWords = Math.max(maxWords, key.split(" ").length);
    }
  for (const p of phrases) {
    const first = p.split(" ", 1)[0];
    firstWords.add(first);
    // ("St. Annaparochie": the abbreviation's dot is a token of its own, so the phrase opens with the bare word too)
    if (first === "st.") firstWords.add("st");
    // "Bindkracht10", "Cultuur19": a name with digits glued on also opens with the bare word.
    if (/\p{L}{3}\d+$/u.test(first)) firstWords.add(first.replace(/\d+$/, ""));
    // "KW1C", "ROC A12": letters, digits and letters again open with the leading letters.
    else if (/^\p{L}{2,}\d+\p{L}+$/u.test(first)) firstWords.add(first.replace(/\d.*$/u, ""));
  }
  return { phrases, maxWords, firstWords };
}

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
const lowerWords = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));
/** "Kocabaş" → "Kocabas", "Łukasz" → "Lukasz", "Müller" → "Muller". */
const withoutDiacritics = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i").replace(/ł/g, "l").replace(/Ł/g, "L").replace(/ø/g, "o").normalize("NFC");
const bars = (list: string) => new Set(list.split("|").map(phraseKey).filter(Boolean));

export interface Lexicons {
  firstNames: Set<string>;
  firstNamesLower: Set<string>;
  ambiguousFirstNames: Set<string>;
  surnames: Set<string>;
  ambiguousSurnames: Set<string>;
  places: PhraseLexicon;
  /** countries and cities abroad (a subset of places) */
  abroad: Set<string>;
  ambiguousPlaces: Set<string>;
  /** municipalities, towns and districts (phrase keys): "Werkplein Venlo" is the place; after a desk a region or a
   * village ("Werkplein Fivelingo", "Werkplein Maasland") names a regional body */
  townsAndDistricts: Set<string>;
  institutions: PhraseLexicon;
  ambiguousInstitutions: Set<string>;
  /** institutions written in lower case by their owners ("i-psy", "deltaWonen"): matched case-sensitively */
  lowerInstitutions: Set<string>;
  /** key → the institution as written in the lexicon: "ons huis" → "Ons Huis" (capitals inside a name must match) */
  institutionSpelling: Map<string, string>;
  institutionHeads: PhraseLexicon;
  /** national bodies, laws, methods, roles/services: never flagged */
  negatives: PhraseLexicon;
  common: Set<string>;
  notNamesAfterTitle: Set<string>;
}

let cached: Lexicons | undefined;

/** Institutions and companies together, "|" separated; the ambiguous companies are in it too (flagged only in context). */
const ORGANISATIONS_AS_LISTED = `${INSTITUTIONS.replace(/\n/g, "|")}|${COMPANIES}|${AMBIGUOUS_COMPANIES}`;
/** "Werkmancollege" is also written "Werkman College": a one-word school named after a person (a name of the lexicons or
 * a Latin saint's name: "Norbertuscollege"; not a word: "Pleincollege" is no "Plein College", or "op het plein" would
 * read as the school) with its head apart. */
const schoolsApart = (isName: (w: string) => boolean) => ORGANISATIONS_AS_LISTED.split("|").flatMap((n) => {
  const m = /^(\p{Lu}\p{Ll}{3,})(college|lyceum|gymnasium)$/u.exec(n);
  return m && (isName(m[1]) || /\p{Ll}(?:us|is)$/u.test(m[1])) ? [`${m[1]} ${capitalised(m[2])}`] : [];
}).join("|");

/** "Nieuw-Weerdinge" is also written "Nw-Weerdinge" (addresses and lists abbreviate the prefix). */
const NIEUW_ABBREVIATED = [MUNICIPALITIES, TOWNS, VILLAGES, DISTRICTS].join("|").split("|").filter((n) => /^Nieuw[- ]\p{Lu}/u.test(n)).map((n) => `Nw-${n.slice(6)}`).join("|");

/** Builds the lexicons once (a few milliseconds) and keeps them for the lifetime of the module. */
export function lexicons(): Lexicons {
  if (cached) return cached;
  const firstNames = words(FIRST_NAMES);
  // A Bulgarian or Russian surname in -ov/-ev has a female form in -ova/-eva (Iliev → Ilieva). Chat writers drop the
  // Turkish, Polish or German letters of a name ("mw. kocabas" for Kocabaş): a surname of five or more letters is known
  // without its diacritics too.
  const surnames = new Set([...words(SURNAMES)].flatMap((n) => (/\p{Ll}(?:ov|ev)$/u.test(n) && n.length >= 5 ? [n, n + "a"] : [n])).flatMap((n) => { const plain = withoutDiacritics(n); return plain !== n && plain.length >= 5 ? [n, plain] : [n]; }));
  const ORGANISATIONS = `${ORGANISATIONS_AS_LISTED}|${schoolsApart((w) => firstNames.has(w) || surnames.has(w))}`;
  cached = {
    firstNames,
    firstNamesLower: new Set([...firstNames].map((n) => n.toLowerCase())),
    ambiguousFirstNames: words(AMBIGUOUS_FIRST_NAMES),
    surnames,
    ambiguousSurnames: words(AMBIGUOUS_SURNAMES),
    places: phraseLexicon(MUNICIPALITIES, TOWNS, VILLAGES, REGIONS, DISTRICTS, COUNTRIES, NIEUW_ABBREVIATED),
    abroad: bars(COUNTRIES),
    ambiguousPlaces: bars(AMBIGUOUS_PLACES),
    townsAndDistricts: bars([MUNICIPALITIES, TOWNS, DISTRICTS].join("|")),
    institutions: phraseLexicon(ORGANISATIONS),
    ambiguousInstitutions: bars(`${AMBIGUOUS_INSTITUTIONS}|${AMBIGUOUS_COMPANIES}`),
    // ("'thuis", the Eindhoven housing corporation, opens with an apostrophe before its lower-case letter)
    lowerInstitutions: new Set(ORGANISATIONS.split("|").filter((n) => /^['’]?\p{Ll}/u.test(n))),
    // Of two spellings with the same key ("Diamant-groep", "Diamant Groep") keep the one with fewer capitals, so
    // either spelling in a text passes the capitals check.
    institutionSpelling: ORGANISATIONS.split("|").filter(Boolean).reduce((m, n) => {
      const key = phraseKey(n);
      const old = m.get(key);
      if (old === undefined || (n.match(/\p{Lu}/gu) ?? []).length < (old.match(/\p{Lu}/gu) ?? []).length) m.set(key, n);
      return m;
    }, new Map<string, string>()),
    institutionHeads: phraseLexicon(INSTITUTION_HEAD_WORDS),
    negatives: phraseLexicon(NATIONAL_BODIES, LAWS, METHODS, ROLES_AND_SERVICES),
    common: new Set([...bars(COMMON_CAPITALISED), ...lowerWords("")]),
    notNamesAfterTitle: bars(NOT_NAMES_AFTER_TITLE),
  };
  return cached;
}
