// Browser-safe PII helpers for the gate: detection (through one adapter), placeholders and exceptions.
// Offsets are Unicode code points, end exclusive, as the anonymise domain defines them.

export type PiiSpan = { start: number; end: number; label: string; text: string };
/** The author's "geen persoonsgegeven" marking for one detected span. */
export type PiiUitzondering = {
  veld?: string;
  start: number;
  end: number;
  label: string;
  reden: string;
  /** the span's text, kept in the browser only to follow the span while the text changes */
  text?: string;
};

export const labelNamen: Record<string, string> = {
  persoon: "naam",
  bsn: "BSN",
  dossiernummer: "dossiernummer",
  adres: "adres",
  postcode: "postcode",
  plaats: "plaats",
  instelling: "instelling",
  telefoon: "telefoonnummer",
  email: "e-mailadres",
  iban: "rekeningnummer (IBAN)",
  datum: "datum",
  leeftijd: "leeftijd",
  url: "internetadres",
  overig: "persoonsgegeven",
};

/** The one place the gate calls the detector; the anonymise domain's detector replaces the interim one here. */
export function detectPii(text: string): PiiSpan[] {
  return interimDetect(text);
}

/** Spans that still block publishing: detected and not marked by the author (with a reason) as an exception. */
export function blockingSpans(spans: PiiSpan[], uitzonderingen: PiiUitzondering[] = []): PiiSpan[] {
  return spans.filter((s) => !uitzonderingen.some((u) => matches(u, s) && u.reden.trim().length > 0));
}

export function matches(u: Pick<PiiUitzondering, "start" | "end" | "label">, s: PiiSpan): boolean {
  return u.start === s.start && u.end === s.end && u.label === s.label;
}

const fixedPlaceholders: Record<string, string> = {
  bsn: "[BSN]",
  dossiernummer: "[Dossiernummer]",
  adres: "[Adres]",
  postcode: "[Postcode]",
  instelling: "[Instelling]",
  telefoon: "[Telefoon]",
  email: "[E-mail]",
  iban: "[IBAN]",
  datum: "[Datum]",
  leeftijd: "[Leeftijd]",
  url: "[Internetadres]",
};

/** A placeholder for the span; the same text gets the same placeholder within one text. */
export function placeholderFor(span: PiiSpan, text: string): string {
  const fixed = fixedPlaceholders[span.label];
  if (fixed) return fixed;
  if (span.label === "persoon") {
    const used = [...text.matchAll(/\[Persoon ([A-Z])\]/g)].map((m) => m[1]);
    const next = String.fromCharCode(65 + (used.length ? Math.max(...used.map((c) => c.charCodeAt(0) - 65)) + 1 : 0));
    return `[Persoon ${next > "Z" ? "X" : next}]`;
  }
  if (span.label === "plaats") {
    const used = [...text.matchAll(/\[Plaats (\d+)\]/g)].map((m) => Number(m[1]));
    return `[Plaats ${used.length ? Math.max(...used) + 1 : 1}]`;
  }
  return "[Persoonsgegeven]";
}

/** Replaces one span (code-point offsets) with its placeholder. */
export function replaceSpan(text: string, span: PiiSpan, replacement = placeholderFor(span, text)): string {
  const chars = Array.from(text);
  return [...chars.slice(0, span.start), replacement, ...chars.slice(span.end)].join("");
}

/** Replaces every span, giving equal texts equal placeholders ("alles vervangen"). */
export function replaceAll(text: string, spans: PiiSpan[]): string {
  const chosen = new Map<string, string>();
  let out = text;
  // From the end, so earlier offsets stay valid; placeholders are chosen front to back for readable letters.
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  let probe = text;
  for (const span of ordered) {
    const key = `${span.label}:${span.text.toLowerCase()}`;
    if (!chosen.has(key)) {
      const ph = placeholderFor(span, probe);
      chosen.set(key, ph);
      probe += ` ${ph}`;
    }
  }
  for (const span of [...ordered].reverse()) out = replaceSpan(out, span, chosen.get(`${span.label}:${span.text.toLowerCase()}`));
  return out;
}

// ── interim detector ─────────────────────────────────────────────────────────
// Structured data and titled names only, until the anonymise domain's detector is available. Text inside
// [placeholders] is never reported.

const patterns: { label: string; re: RegExp; check?: (m: string) => boolean }[] = [
  { label: "email", re: /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/giu },
  { label: "iban", re: /\bNL\s?\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b/g },
  { label: "bsn", re: /\b\d{4}\.?\d{2}\.?\d{3}\b|\b\d{9}\b/g, check: (m) => elfproef(m.replace(/\D/g, "")) },
  { label: "telefoon", re: /(?<![\d-])(?:\+31\s?|0)(?:6[\s-]?\d{8}|\d{2,3}[\s-]?\d{6,7})(?!\d)/g },
  { label: "postcode", re: /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b/g },
  {
    label: "datum",
    re: /\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\b|\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?: (?:19|20)\d{2})?\b/gi,
  },
  { label: "adres", re: /\b[A-Z][a-zà-ÿ]+(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|steeg)\s\d{1,4}[a-z]?\b/g },
  { label: "dossiernummer", re: /\b(?:dossier|zaak|klant)(?:nummer|nr\.?)\s*:?\s*[A-Z]{0,3}-?\d{5,}\b/gi },
  {
    label: "persoon",
    re: /\b(?:(?:mevrouw|meneer|mevr\.|mw\.|dhr\.|de heer)\s)(?:[A-Z]\.\s?)*(?:(?:van|de|der|den|ter|ten|van der|van den)\s)?[A-Z][\p{Ll}'-]+(?:\s[A-Z][\p{Ll}'-]+)?/gu,
  },
];

function elfproef(d: string): boolean {
  if (d.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0 && sum !== 0;
}

function interimDetect(text: string): PiiSpan[] {
  const found: { s: number; e: number; label: string }[] = [];
  const bracketed = [...text.matchAll(/\[[^\]\n]{1,40}\]/g)].map((m) => [m.index!, m.index! + m[0].length]);
  for (const { label, re, check } of patterns) {
    for (const m of text.matchAll(re)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (check && !check(m[0])) continue;
      if (bracketed.some(([bs, be]) => s < be && e > bs)) continue;
      if (found.some((f) => s < f.e && e > f.s)) continue;
      found.push({ s, e, label });
    }
  }
  return found
    .sort((a, b) => a.s - b.s)
    .map(({ s, e, label }) => ({ start: codePoints(text, s), end: codePoints(text, e), label, text: text.slice(s, e) }));
}

function codePoints(text: string, utf16Index: number): number {
  return Array.from(text.slice(0, utf16Index)).length;
}
