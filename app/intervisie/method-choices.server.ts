import { getLibrary } from "~/methods/library.server";

/** Methods from Wat werkt a case can link to; an empty list when the library cannot be loaded. */
export async function methodChoices(): Promise<{ slug: string; titel: string }[]> {
  try {
    return (await getLibrary()).methods.map((m) => ({ slug: m.slug, titel: m.titel }));
  } catch (error) {
    console.error(`[intervisie] methoden niet beschikbaar: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}
