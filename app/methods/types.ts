// Browser-safe types for the "Wat werkt" library. Dates are ISO strings (JJJJ-MM-DD) so loaders can send them as JSON.

export const ERKENNINGEN = [
  "niet-beoordeeld",
  "goed-beschreven",
  "goed-onderbouwd",
  "effectief-eerste",
  "effectief-goede",
  "effectief-sterke",
] as const;
export type Erkenning = (typeof ERKENNINGEN)[number];

export const ROL_IDS = ["onderzoekend", "ondersteunend", "samenwerkend", "monitorend", "lerend"] as const;
export type RolId = (typeof ROL_IDS)[number];

export const SPREEKRECHTEN = ["iedereen", "inbrenger", "groep", "niemand"] as const;
export type Spreekrecht = (typeof SPREEKRECHTEN)[number];

export type IsoDate = string;

export interface Method {
  slug: string;
  titel: string;
  samenvatting: string;
  erkenning: Erkenning;
  erkenningDatum?: IsoDate;
  verlooptOp?: IsoDate;
  verlopen: boolean;
  /** Role ids and/or sub-competence ids, as written in the front-matter. */
  competenties: string[];
  doelgroepen: string[];
  tags: string[];
  bronnen: string[];
  duur?: string;
  bijgewerkt: IsoDate;
  /** Markdown after the front-matter. */
  body: string;
  /** Path relative to the content root, e.g. `methoden/work-first.md`. */
  file: string;
}

export interface Competence {
  id: string;
  naam: string;
  omschrijving: string;
  niveaus: { 1: string; 2: string; 3: string; 4: string };
}

export interface Role {
  id: RolId;
  naam: string;
  omschrijving: string;
  competenties: Competence[];
}

export interface CompetenceFramework {
  rollen: Role[];
}

/** Each group: preferred term first, then synonyms and abbreviations (lowercase, may contain phrases). */
export type SynonymGroups = string[][];

export interface IntervisieFase {
  naam: string;
  duur: number;
  spreekrecht: Spreekrecht;
  schriftelijk: boolean;
  instructie: string;
}

export interface IntervisieMethod {
  slug: string;
  titel: string;
  samenvatting: string;
  duurTotaal: number;
  fasen: IntervisieFase[];
  bijgewerkt: IsoDate;
  body: string;
  file: string;
}

export type Severity = "fout" | "waarschuwing";

export interface ContentProblem {
  /** Absolute path; tools print it relative to the working directory. */
  file: string;
  line: number;
  severity: Severity;
  message: string;
}

export interface Content {
  methods: Method[];
  competences: CompetenceFramework;
  synonyms: SynonymGroups;
  intervisieMethods: IntervisieMethod[];
  problems: ContentProblem[];
}
