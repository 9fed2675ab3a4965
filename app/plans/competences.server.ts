import { erkenningLabel, erkenningRang } from "~/methods/erkenning";
import { getLibrary } from "~/methods/library.server";
import { rolVan } from "~/methods/competenties";
import type { Method } from "~/methods/types";

// The competence framework and the methods come from the "Wat werkt" library (content/competenties.yml,
// content/methoden); this module only shapes them for plans.

export type CompetenceOption = { id: string; naam: string; omschrijving: string; niveaus: Record<1 | 2 | 3 | 4, string> };
export type CompetenceGroup = { id: string; naam: string; omschrijving: string; competenties: CompetenceOption[] };
export type Catalogue = { groups: CompetenceGroup[]; byId: Map<string, CompetenceOption & { rol: string }>; methods: Method[] };

export async function getCatalogue(): Promise<Catalogue> {
  const library = await getLibrary();
  const groups = library.competences.rollen.map((rol) => ({
    id: rol.id,
    naam: rol.naam,
    omschrijving: rol.omschrijving,
    competenties: rol.competenties.map((c) => ({ id: c.id, naam: c.naam, omschrijving: c.omschrijving, niveaus: c.niveaus })),
  }));
  const byId = new Map(groups.flatMap((g) => g.competenties.map((c) => [c.id, { ...c, rol: g.naam }] as const)));
  return { groups, byId, methods: library.methods };
}

export function competenceName(catalogue: Catalogue, id: string): string {
  return catalogue.byId.get(id)?.naam ?? id;
}

export type SuggestedMethod = { slug: string; titel: string; erkenning: string };

/** Methods tagged with one of the goal's competences (or with its role), best recognised first. */
export function suggestMethods(catalogue: Catalogue, competenties: string[], exclude: Set<string>, limit = 3): SuggestedMethod[] {
  const wanted = new Set(competenties);
  const roles = new Set(competenties.map(rolVan));
  const scored = catalogue.methods
    .filter((m) => !exclude.has(m.slug))
    .map((m) => ({
      method: m,
      hits: m.competenties.filter((c) => wanted.has(c)).length + m.competenties.filter((c) => !c.includes(".") && roles.has(c)).length * 0.5,
    }))
    .filter((s) => s.hits > 0)
    .sort((a, b) => b.hits - a.hits || erkenningRang(b.method.erkenning) - erkenningRang(a.method.erkenning) || a.method.titel.localeCompare(b.method.titel, "nl"));
  return scored.slice(0, limit).map(({ method }) => ({ slug: method.slug, titel: method.titel, erkenning: erkenningLabel(method.erkenning) }));
}
