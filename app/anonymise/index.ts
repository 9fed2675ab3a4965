// Public API of the anonymise domain: pure functions, no I/O, safe in the browser.
export { detect, toUtf16Index } from "./detect";
export { createPseudonymiser, pseudonymise } from "./pseudonymise";
export type { Pseudonymiser, PseudonymiseOptions, PseudonymiseResult, Replacement } from "./pseudonymise";
export { evaluate, formatTable, parseJsonl } from "./evaluate";
export type { Evaluation, GoldRecord, LabelScore } from "./evaluate";
export { elfproef, ibanValid } from "./patterns";
export { LABELS } from "./types";
export type { Label, Span } from "./types";
