// Shapes the methods pages receive from their loaders. Browser-safe mirrors of the server's search types.
import type { Erkenning, RolId } from "../types";

export interface CompetenceName {
  id: string;
  naam: string;
}

export interface MethodHit {
  slug: string;
  titel: string;
  samenvatting: string;
  erkenning: Erkenning;
  verlopen: boolean;
  score: number;
  /** Escaped HTML with `<mark>` around matches, built by the search domain. */
  snippet: string;
  /** Doelgroepen and tags the query matched, given when the snippet itself marks nothing. */
  gevondenVia: { text: string; soort: "trefwoord" | "doelgroep" }[];
  competenties: CompetenceName[];
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface CompetenceFacetGroup {
  rol: RolId | string;
  naam: string;
  /** The role itself as a filter (includes all its competences); absent when no result has it. */
  rolOptie?: FacetOption;
  competenties: FacetOption[];
}

export interface SearchFacets {
  erkenning: FacetOption[];
  competentie: CompetenceFacetGroup[];
  doelgroep: FacetOption[];
}

export interface SelectedFilters {
  erkenning: string[];
  competentie: string[];
  doelgroep: string[];
}
