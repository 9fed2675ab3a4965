import { getLibrary } from "~/methods/library.server";
import type { MethodGroup } from "./method-choices";

/**
 * Methods from Wat werkt a case can link to, grouped by the role of their first competence (in the order of
 * competenties.yml, titles alphabetical), so a list of 40 stays scannable; an empty list when the library
 * cannot be loaded.
 */
export async function methodChoices(): Promise<MethodGroup[]> {
  try {
    const library = await getLibrary();
    return library.competences.rollen
      .map((rol) => ({
        naam: rol.naam,
        methods: library.methods
          .filter((m) => m.competenties[0]?.split(".")[0] === rol.id)
          .map((m) => ({ slug: m.slug, titel: m.titel }))
          .sort((a, b) => a.titel.localeCompare(b.titel, "nl")),
      }))
      .filter((group) => group.methods.length > 0);
  } catch (error) {
    console.error(`[intervisie] methoden niet beschikbaar: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}
