/** A plan year from a URL or form value; anything odd falls back to `fallback`. */
export function parseYear(value: string | null | undefined, fallback: number): number {
  if (!value || !/^\d{4}$/.test(value)) return fallback;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : fallback;
}

/** "2025.pdf" → { jaar: 2025, ext: "pdf" } for the export routes. */
export function parseExportName(name: string | undefined): { jaar: number; ext: "pdf" | "csv" } | null {
  const match = /^(\d{4})\.(pdf|csv)$/.exec(name ?? "");
  if (!match) return null;
  const jaar = parseYear(match[1], 0);
  return jaar ? { jaar, ext: match[2] as "pdf" | "csv" } : null;
}
