// Dutch display of money, dates and hours. Date-only values are stored at 12:00 UTC and every date is shown
// and compared as a calendar day in Europe/Amsterdam, so a day never shifts.

const TZ = "Europe/Amsterdam";
const euroFormat = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });
const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: TZ });
const shortDateFormat = new Intl.DateTimeFormat("nl-NL", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: TZ });
const dayKeyFormat = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: TZ });
const numberFormat = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

export function formatEuro(cents: number): string {
  return euroFormat.format(cents / 100);
}

/** "3 maart 2025" */
export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return dateFormat.format(typeof value === "string" ? new Date(value) : value);
}

/** "03-03-2025" (for CSV and narrow tables) */
export function formatShortDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  return shortDateFormat.format(typeof value === "string" ? new Date(value) : value);
}

/** The calendar day in Amsterdam as JJJJ-MM-DD; comparable as a string. */
export function dayKey(value: Date | string): string {
  return dayKeyFormat.format(typeof value === "string" ? new Date(value) : value);
}

export function todayKey(now: Date = new Date()): string {
  return dayKey(now);
}

/** "JJJJ-MM-DD" from a date input → the stored instant (12:00 UTC of that day). */
export function dateFromInput(value: string): Date {
  const [y, m, d] = value.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatHours(value: number): string {
  return `${numberFormat.format(value)} uur`;
}

/** "1.250,50" / "12,5" / "12.5" → cents; null when it is not an amount. */
export function parseEuroToCents(input: string): number | null {
  const number = parseDutchNumber(input.replace(/€|eur(o)?/gi, ""));
  return number === null ? null : Math.round(number * 100);
}

/** Accepts Dutch ("1,5", "1.250,5") and plain ("1.5") notation. */
export function parseDutchNumber(input: string): number | null {
  let s = input.trim().replace(/\s/g, "");
  if (s === "") return null;
  if (s.includes(",")) s = s.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, ""); // "1.250" is a thousand separator
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** Cents → the value shown in a euro input ("12,50"). */
export function centsToInput(cents: number): string {
  return (cents / 100).toFixed(2).replace(".", ",");
}

export function numberToInput(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value).replace(".", ",");
}
