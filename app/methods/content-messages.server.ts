import type { z } from "zod";

type RawIssue = z.core.$ZodRawIssue;

/** Per-parse zod error map: every message names the field and is Dutch. */
export function dutchIssueMessage(issue: RawIssue): string {
  const veld = fieldLabel(issue.path ?? []);
  const input: unknown = issue.input;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return `${veld} ontbreekt; dit veld is verplicht`;
      return `${veld} moet ${expectedLabel(String(issue.expected))} zijn (nu: ${describeValue(input)})`;
    case "too_big":
      return tooBigMessage(veld, issue.origin, Number(issue.maximum), input);
    case "too_small":
      return tooSmallMessage(veld, issue.origin, Number(issue.minimum), input);
    case "invalid_value":
      return `${veld} ${quote(input)} is onbekend; kies uit: ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      return `onbekende sleutel(s): ${issue.keys.join(", ")}`;
    default:
      return `${veld} is ongeldig`;
  }
}

function tooBigMessage(veld: string, origin: string, maximum: number, input: unknown): string {
  if (origin === "string" && typeof input === "string") return `${veld} is ${input.length} tekens; maximaal ${maximum}`;
  if (origin === "array" && Array.isArray(input)) return `${veld} heeft ${input.length} items; maximaal ${maximum}`;
  return `${veld} is ${describeValue(input)}; maximaal ${maximum}`;
}

function tooSmallMessage(veld: string, origin: string, minimum: number, input: unknown): string {
  if (origin === "string") return `${veld} is leeg`;
  if (origin === "array") return `${veld} moet minstens ${minimum} ${minimum === 1 ? "item" : "items"} bevatten`;
  if (origin === "number") return `${veld} moet groter zijn dan 0 (nu: ${describeValue(input)})`;
  return `${veld} is te klein`;
}

export function fieldLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "de front-matter";
  return path.map((key) => (typeof key === "number" ? `(nr. ${key + 1})` : String(key))).join(" › ").replace(/ › \(/g, " (");
}

function expectedLabel(expected: string): string {
  const labels: Record<string, string> = {
    string: "een tekst",
    number: "een getal",
    int: "een geheel getal",
    boolean: "true of false",
    array: "een lijst",
    object: "een blok met sleutels",
  };
  return labels[expected] ?? expected;
}

export function describeValue(value: unknown): string {
  if (value === null) return "leeg";
  if (Array.isArray(value)) return "een lijst";
  if (typeof value === "string") return quote(value);
  if (typeof value === "object") return "een blok met sleutels";
  return String(value);
}

export function quote(value: unknown): string {
  const text = String(value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}…` : text}\``;
}

/** Closest allowed key for a typo such as `samenvating`, or undefined when nothing is close. */
export function suggestKey(unknown: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(unknown.length / 3)) + 1;
  for (const candidate of allowed) {
    const distance = levenshtein(unknown.toLowerCase(), candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
