import { toUtf16Index } from "./offsets";
import type { Label, Span } from "./types";

export interface Replacement {
  /** code-point offsets into the original text, end exclusive */
  start: number;
  end: number;
  label: Label;
  original: string;
  placeholder: string;
}

export interface PseudonymiseResult {
  text: string;
  replacements: Replacement[];
}

export interface PseudonymiseOptions {
  /**
   * Name(s) of the client: every person span sharing a name part with one of these becomes "[Klant]".
   * Without it, the first person introduced as "cliënt …" or "klant …" is the client.
   */
  client?: string | string[];
  /** Set to false to number every person, the client too. Default true. */
  markClient?: boolean;
}

export interface Pseudonymiser {
  /** Replaces the given spans of one text, sharing placeholders with every earlier call on this object. */
  apply(text: string, spans: readonly Span[]): PseudonymiseResult;
  /** original (normalised) → placeholder, for showing the mapping to the author (never publish it) */
  mapping(): ReadonlyMap<string, string>;
}

/** The placeholder per label; persons and places get a letter or number added per text. */
export const PLACEHOLDERS: Record<Label, string> = {
  persoon: "[Persoon]",
  bsn: "[BSN]",
  dossiernummer: "[Dossiernummer]",
  adres: "[Adres]",
  postcode: "[Postcode]",
  plaats: "[Plaats]",
  instelling: "[Instelling]",
  telefoon: "[Telefoon]",
  email: "[E-mail]",
  iban: "[IBAN]",
  datum: "[Datum]",
  leeftijd: "[Leeftijd]",
  url: "[URL]",
};

const TITLE_WORDS = /^(?:mevrouw|mevr|mw|mej|meneer|mijnheer|dhr|de|heer|dr|drs|prof|mr|ir|ing|dokter|cliënt|client|klant)\.?$/i;
const PARTICLE_WORDS = new Set(["van", "de", "der", "den", "ter", "ten", "te", "'t", "in", "el", "al", "ben", "bin", "v/d", "v.d."]);
const CLIENT_BEFORE = /(?:^|[^\p{L}])(?:cliënt|client|cliente|klant)\s*[:,]?\s*(?:(?:mevrouw|meneer|mw\.?|dhr\.?|de heer|mevr\.?)\s+)?$/iu;

interface Person {
  letter: string;
  first?: string;
  surname?: string;
  parts: Set<string>;
  client: boolean;
}

/** "mevrouw A.B. van der Veen-Jansen" → first undefined, surname "van der veen-jansen", parts {veen, jansen, …}. */
function nameParts(raw: string): { first?: string; surname?: string; parts: string[] } {
  const words = raw.replace(/,/g, " ").split(/\s+/).filter(Boolean).filter((w) => !TITLE_WORDS.test(w) || /^\p{Lu}\p{Ll}{3,}/u.test(w) && !/^(?:mevrouw|meneer|mijnheer|dokter|cliënt|client|klant)$/i.test(w));
  const clean = words.filter((w) => !/^(?:\p{Lu}\.)+$|^\p{Lu}$/u.test(w));
  if (!clean.length) return { parts: [] };
  const lower = clean.map((w) => w.toLowerCase());
  // Surname = last capitalised word with the particles before it; first name = a leading word before that.
  let k = lower.length - 1;
  while (k > 0 && PARTICLE_WORDS.has(lower[k - 1])) k--;
  const surnameWords = lower.slice(k);
  const before = lower.slice(0, k).filter((w) => !PARTICLE_WORDS.has(w));
  const parts = lower.flatMap((w) => (PARTICLE_WORDS.has(w) ? [] : [w, ...w.split("-")]));
  if (lower.length === 1) return { first: lower[0], surname: lower[0], parts };
  return { first: before[0], surname: surnameWords.join(" "), parts };
}

const letterFor = (n: number): string => (n < 26 ? String.fromCharCode(65 + n) : letterFor(Math.floor(n / 26) - 1) + letterFor(n % 26));

/** A pseudonymiser whose placeholders stay the same across all texts of one case (title, body, comments). */
export function createPseudonymiser(options: PseudonymiseOptions = {}): Pseudonymiser {
  const markClient = options.markClient ?? true;
  const clientNames = [options.client ?? []].flat().flatMap((n) => nameParts(n).parts);
  const persons: Person[] = [];
  const numbered = { plaats: new Map<string, number>(), instelling: new Map<string, number>() };
  const mapping = new Map<string, string>();
  let clientFound = clientNames.length > 0;

  function person(original: string, introducedAsClient: boolean): string {
    const { first, surname, parts } = nameParts(original);
    const single = parts.length > 0 && first === surname;
    let match: Person | undefined;
    for (let i = persons.length - 1; i >= 0 && !match; i--) {
      const p = persons[i];
      if (single) {
        if (p.parts.has(first!) || (p.surname && p.surname.split(/[\s-]/).includes(first!))) match = p;
      } else if (surname && p.surname === surname && !(first && p.first && p.first !== first && p.first !== p.surname)) match = p;
      else if (surname && p.first && p.first === p.surname && (p.first === first || p.first === surname)) match = p;
    }
    if (match) {
      if (!single) {
        if (first && (!match.first || match.first === match.surname)) match.first = first;
        if (surname) match.surname = surname;
      }
      for (const x of parts) match.parts.add(x);
    } else {
      match = { letter: "", first, surname, parts: new Set(parts), client: false };
      const isClient = markClient && (clientNames.length ? parts.some((x) => clientNames.includes(x)) : !clientFound && introducedAsClient);
      if (isClient) {
        match.client = true;
        clientFound = true;
      } else match.letter = letterFor(persons.filter((p) => !p.client).length);
      persons.push(match);
    }
    return match.client ? "[Klant]" : `[Persoon ${match.letter}]`;
  }

  function numberedPlaceholder(label: "plaats" | "instelling", original: string): string {
    const key = original.toLowerCase().replace(/^(?:de|het|'t)\s+/, "").replace(/\s+/g, " ");
    const map = numbered[label];
    if (!map.has(key)) map.set(key, map.size + 1);
    return `[${label === "plaats" ? "Plaats" : "Instelling"} ${map.get(key)}]`;
  }

  return {
    apply(text: string, spans: readonly Span[]): PseudonymiseResult {
      const found = spans.slice().sort((a, b) => a.start - b.start);
      const replacements: Replacement[] = [];
      let out = "";
      let at = 0; // UTF-16 index into text
      let lastEnd = -1;
      // Without astral characters code points are UTF-16 indices; skip the linear conversion per span.
      const astral = /[\uD800-\uDBFF]/.test(text);
      const toIndex = (cp: number) => (astral ? toUtf16Index(text, cp) : cp);
      for (const span of found) {
        if (span.start < lastEnd) continue; // overlapping input spans: keep the first
        const s = toIndex(span.start);
        const e = toIndex(span.end);
        const original = text.slice(s, e);
        let placeholder: string;
        if (span.label === "persoon") {
          const introduced = CLIENT_BEFORE.test(text.slice(Math.max(0, s - 30), s));
          placeholder = person(original, introduced);
        } else if (span.label === "plaats" || span.label === "instelling") placeholder = numberedPlaceholder(span.label, original);
        else placeholder = PLACEHOLDERS[span.label];
        mapping.set(`${span.label}:${original}`, placeholder);
        out += text.slice(at, s) + placeholder;
        at = e;
        lastEnd = span.end;
        replacements.push({ start: span.start, end: span.end, label: span.label, original, placeholder });
      }
      return { text: out + text.slice(at), replacements };
    },
    mapping: () => mapping,
  };
}

/** Replaces the given spans of one text with consistent placeholders (index.ts adds detection when spans are omitted). */
export function pseudonymise(text: string, spans: readonly Span[], options?: PseudonymiseOptions): PseudonymiseResult {
  return createPseudonymiser(options).apply(text, spans);
}
