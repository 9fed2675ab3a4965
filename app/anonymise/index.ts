// Public API of the anonymise domain: pure functions, no I/O, safe in the browser.
// pseudonymise.ts itself takes spans and never imports the detector, so the browser can load the detector lazily;
// here, without spans, the text is detected first.
import { detect } from "./detect";
import { createPseudonymiser as withSpans, pseudonymise as replaceSpans } from "./pseudonymise";
import type { Pseudonymiser, PseudonymiseOptions, PseudonymiseResult } from "./pseudonymise";
import type { Span } from "./types";

export { detect } from "./detect";
export { toUtf16Index } from "./offsets";
export type { Pseudonymiser, PseudonymiseOptions, PseudonymiseResult, Replacement } from "./pseudonymise";
export { evaluate, formatTable, parseJsonl } from "./evaluate";
export type { Evaluation, GoldRecord, LabelScore } from "./evaluate";
export { elfproef, ibanValid } from "./patterns";
export { LABELS } from "./types";
export type { Label, Span } from "./types";

/** Pseudonymises one text: detects (or takes) the spans and replaces them with consistent placeholders. */
export function pseudonymise(text: string, spans?: readonly Span[], options?: PseudonymiseOptions): PseudonymiseResult {
  return replaceSpans(text, spans ?? detect(text), options);
}

/** A pseudonymiser whose placeholders stay the same across all texts of one case; detects when no spans are given. */
export function createPseudonymiser(options?: PseudonymiseOptions): Omit<Pseudonymiser, "apply"> & { apply(text: string, spans?: readonly Span[]): PseudonymiseResult } {
  const p = withSpans(options);
  return { apply: (text, spans) => p.apply(text, spans ?? detect(text)), mapping: p.mapping };
}
