import type { IsoDate } from "../types";

// ISO calendar dates (JJJJ-MM-DD) are formatted in UTC so server and browser show the same day.
const datumFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "2021-01-01" → "1 januari 2021" */
export function formatDatum(iso: IsoDate): string {
  return datumFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** "1 methode gevonden", "12 methoden gevonden", "Geen methoden gevonden" */
export function aantalGevonden(total: number): string {
  if (total === 0) return "Geen methoden gevonden";
  return `${total} ${total === 1 ? "methode" : "methoden"} gevonden`;
}
