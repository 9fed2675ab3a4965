export const LABELS = [
  "persoon",
  "bsn",
  "dossiernummer",
  "adres",
  "postcode",
  "plaats",
  "instelling",
  "telefoon",
  "email",
  "iban",
  "datum",
  "leeftijd",
  "url",
] as const;

export type Label = (typeof LABELS)[number];

/** A detected piece of personal data. Offsets are Unicode code points into the input, end exclusive. */
export interface Span {
  start: number;
  end: number;
  label: Label;
  text: string;
}

/** Internal candidate in UTF-16 indices; the higher `prio` wins an overlap. */
export interface Candidate {
  s: number;
  e: number;
  label: Label;
  prio: number;
}

/** Priorities: structured, checkable data beats context guesses; context beats bare lexicon hits. */
export const PRIO = {
  email: 100,
  url: 95,
  iban: 90,
  bsn: 85,
  telefoon: 80,
  dossiernummer: 75,
  datum: 70,
  postcode: 65,
  adres: 60,
  leeftijd: 55,
  personTitle: 50,
  institutionLexicon: 48,
  institutionHead: 47,
  personContext: 45,
  placeLexicon: 42,
  placeContext: 40,
  institutionContext: 38,
  personLexicon: 35,
  propagated: 30,
} as const;
