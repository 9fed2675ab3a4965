import { PLACEHOLDERS, pseudonymise } from "~/anonymise/pseudonymise";
import type { Label, Span } from "~/anonymise/types";

// Browser-safe PII helpers for the gate: detection (loaded on demand), placeholders and exceptions.
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

type Detector = (text: string) => PiiSpan[];
let detector: Promise<Detector> | undefined;

/**
 * The one way the intervisie domain gets the anonymise domain's detector (code-point offsets). It is the largest
 * part of the gate (lexicons and rules), so the browser loads it as its own chunk when a gate first needs it, and
 * the page is usable before it arrives; the server imports the same module once.
 */
export function loadDetectPii(): Promise<Detector> {
  return (detector ??= import("~/anonymise/detect").then((m) => m.detect));
}

let worker: Worker | null | undefined;
let lastId = 0;
const waiting = new Map<number, { text: string; resolve: (spans: PiiSpan[]) => void }>();

/**
 * The gate's live check: the detector runs in a Web Worker, so a long case (tens of milliseconds per check, more on a
 * slow laptop) never holds up typing. Where a worker cannot start (no Worker, a failed load), the check runs on the
 * page as before. Answers come in the order asked.
 */
export function detectPiiInBackground(text: string): Promise<PiiSpan[]> {
  const w = backgroundWorker();
  if (!w) return loadDetectPii().then((detect) => detect(text));
  const id = ++lastId;
  return new Promise((resolve) => {
    waiting.set(id, { text, resolve });
    w.postMessage({ id, text });
  });
}

function backgroundWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === "undefined") return (worker = null);
  try {
    const w = new Worker(new URL("./pii.worker.ts", import.meta.url), { type: "module", name: "persoonsgegevens" });
    w.onmessage = (event: MessageEvent<{ id: number; spans: PiiSpan[] }>) => {
      waiting.get(event.data.id)?.resolve(event.data.spans);
      waiting.delete(event.data.id);
    };
    // A worker that cannot load (blocked, no module workers): fall back to the page for these and all later checks.
    w.onerror = () => {
      worker = null;
      w.terminate();
      const pending = [...waiting.values()];
      waiting.clear();
      void loadDetectPii().then((detect) => pending.forEach(({ text, resolve }) => resolve(detect(text))));
    };
    return (worker = w);
  } catch {
    return (worker = null);
  }
}

/** Spans that still block publishing: detected and not marked by the author (with a reason) as an exception. */
export function blockingSpans(spans: PiiSpan[], uitzonderingen: PiiUitzondering[] = []): PiiSpan[] {
  return spans.filter((s) => !uitzonderingen.some((u) => matches(u, s) && u.reden.trim().length > 0));
}

export function matches(u: Pick<PiiUitzondering, "start" | "end" | "label">, s: PiiSpan): boolean {
  return u.start === s.start && u.end === s.end && u.label === s.label;
}


/** A placeholder for one span: fixed per label, or the next free letter / number for persons and places. */
export function placeholderFor(span: PiiSpan, text: string): string {
  if (span.label === "persoon") {
    const used = [...text.matchAll(/\[Persoon ([A-Z])\]/g)].map((m) => m[1]);
    const next = String.fromCharCode(65 + (used.length ? Math.max(...used.map((c) => c.charCodeAt(0) - 65)) + 1 : 0));
    return `[Persoon ${next > "Z" ? "X" : next}]`;
  }
  if (span.label === "plaats") {
    const used = [...text.matchAll(/\[Plaats (\d+)\]/g)].map((m) => Number(m[1]));
    return `[Plaats ${used.length ? Math.max(...used) + 1 : 1}]`;
  }
  return PLACEHOLDERS[span.label as Label] ?? "[Persoonsgegeven]";
}

/** Replaces one span (code-point offsets) with its placeholder. */
export function replaceSpan(text: string, span: PiiSpan, replacement = placeholderFor(span, text)): string {
  const chars = Array.from(text);
  return [...chars.slice(0, span.start), replacement, ...chars.slice(span.end)].join("");
}

const mentionKey = (s: PiiSpan) => `${s.label}\u0000${s.text.trim().toLocaleLowerCase("nl")}`;

/** The spans one click replaces: `span` and every other of `spans` with the same label and text ("Jansen" … "jansen"). */
export function sameMentions(span: PiiSpan, spans: readonly PiiSpan[]): PiiSpan[] {
  const key = mentionKey(span);
  const same = spans.filter((s) => mentionKey(s) === key);
  return same.some((s) => s.start === span.start && s.end === span.end) ? same : [span, ...same];
}

/** Replaces a span and the other mentions of the same text with one placeholder, so one person keeps one letter. */
export function replaceMentions(text: string, span: PiiSpan, spans: readonly PiiSpan[]): string {
  const placeholder = placeholderFor(span, text);
  const chars = Array.from(text);
  for (const s of [...sameMentions(span, spans)].sort((a, b) => b.start - a.start)) chars.splice(s.start, s.end - s.start, placeholder);
  return chars.join("");
}

/** Replaces every given span, equal names getting equal placeholders ("alles vervangen"). */
export function replaceAll(text: string, spans: PiiSpan[]): string {
  return pseudonymise(text, spans as Span[]).text;
}
