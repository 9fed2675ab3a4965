import { ROL_IDS, type CompetenceFramework, type RolId } from "./types";

export interface CompetenceEntry {
  id: string;
  naam: string;
  rol: RolId;
  niveau: "rol" | "competentie";
}

/** All role and sub-competence ids in framework order: each role followed by its sub-competences. */
export function listCompetences(framework: CompetenceFramework): CompetenceEntry[] {
  return framework.rollen.flatMap((rol) => [
    { id: rol.id, naam: rol.naam, rol: rol.id, niveau: "rol" as const },
    ...rol.competenties.map((c) => ({ id: c.id, naam: c.naam, rol: rol.id, niveau: "competentie" as const })),
  ]);
}

export function competenceLookup(framework: CompetenceFramework): Map<string, CompetenceEntry> {
  return new Map(listCompetences(framework).map((entry) => [entry.id, entry]));
}

export function isRolId(id: string): id is RolId {
  return (ROL_IDS as readonly string[]).includes(id);
}

/** `onderzoekend.diagnose` → `onderzoekend`; a role id is its own role. */
export function rolVan(competenceId: string): string {
  return competenceId.split(".")[0];
}

/** Whether a method tagged with `methodCompetence` belongs under the filter value `filter` (a role includes its subs). */
export function competenceMatches(filter: string, methodCompetence: string): boolean {
  return isRolId(filter) ? rolVan(methodCompetence) === filter : methodCompetence === filter;
}
