import { LABELS, type Label, type Span } from "./types";

/** One annotated record as stored in the JSONL test files. */
export interface GoldRecord {
  id: string;
  text: string;
  spans: { start: number; end: number; label: string; text?: string }[];
  /** labels whose annotation is complete in this record; only these are scored */
  scope: string[];
}

export interface LabelScore {
  label: Label;
  /** predicted spans that overlap a gold span of a compatible label */
  tp: number;
  /** predicted spans that overlap none */
  fp: number;
  /** gold spans that no predicted span overlaps */
  fn: number;
  /** gold spans found (for recall) */
  goldFound: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  perLabel: LabelScore[];
  micro: { precision: number; recall: number; f1: number };
  /** per record: gold spans that were missed and predictions that were wrong (for debugging) */
  errors: { id: string; missed: { label: string; text: string }[]; wrong: { label: string; text: string }[] }[];
}

/**
 * Which gold labels a prediction may match. DEDUCE and the dummy documents differ a little from our labels:
 * - an address in the dummy documents is one span "street 2, 1234 AB City": our postcode and place inside it match it;
 * - DEDUCE marks the domain inside an e-mail address as a URL ("info@umcutrecht.nl"): our e-mail span matches it.
 */
const COMPATIBLE: Record<Label, string[]> = {
  persoon: ["persoon"],
  bsn: ["bsn"],
  dossiernummer: ["dossiernummer"],
  adres: ["adres"],
  postcode: ["postcode", "adres"],
  plaats: ["plaats", "adres"],
  instelling: ["instelling"],
  telefoon: ["telefoon"],
  email: ["email", "url"],
  iban: ["iban"],
  datum: ["datum"],
  leeftijd: ["leeftijd"],
  url: ["url"],
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Scores predictions against gold annotations with overlap matching, per label, counting only labels in each
 * record's scope. A prediction whose label is out of scope is ignored unless it matches an in-scope gold span.
 */
export function evaluate(records: GoldRecord[], predict: (text: string) => Span[]): Evaluation {
  const counts = new Map<Label, { tp: number; fp: number; goldFound: number; gold: number; predicted: number }>();
  for (const l of LABELS) counts.set(l, { tp: 0, fp: 0, goldFound: 0, gold: 0, predicted: 0 });
  const errors: Evaluation["errors"] = [];

  for (const rec of records) {
    const scope = new Set(rec.scope);
    const gold = rec.spans.filter((g) => scope.has(g.label) && (LABELS as readonly string[]).includes(g.label));
    const predicted = predict(rec.text);
    const missed: { label: string; text: string }[] = [];
    const wrong: { label: string; text: string }[] = [];
    const slice = (s: { start: number; end: number }) => [...rec.text].slice(s.start, s.end).join("");

    for (const g of gold) {
      const c = counts.get(g.label as Label)!;
      c.gold++;
      const found = predicted.some((p) => overlaps(p, g) && COMPATIBLE[p.label].includes(g.label));
      if (found) c.goldFound++;
      else missed.push({ label: g.label, text: slice(g) });
    }
    for (const p of predicted) {
      const match = gold.some((g) => overlaps(p, g) && COMPATIBLE[p.label].includes(g.label));
      if (match) {
        counts.get(p.label)!.predicted += scope.has(p.label) ? 1 : 0;
        if (scope.has(p.label)) counts.get(p.label)!.tp++;
        continue;
      }
      if (!scope.has(p.label)) continue;
      const c = counts.get(p.label)!;
      c.predicted++;
      c.fp++;
      wrong.push({ label: p.label, text: slice(p) });
    }
    if (missed.length || wrong.length) errors.push({ id: rec.id, missed, wrong });
  }

  const perLabel: LabelScore[] = [];
  let tp = 0, fp = 0, goldFound = 0, goldAll = 0;
  for (const [label, c] of counts) {
    if (c.gold === 0 && c.predicted === 0) continue;
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.goldFound, c.gold);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perLabel.push({ label, tp: c.tp, fp: c.fp, fn: c.gold - c.goldFound, goldFound: c.goldFound, gold: c.gold, predicted: c.predicted, precision, recall, f1 });
    tp += c.tp; fp += c.fp; goldFound += c.goldFound; goldAll += c.gold;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(goldFound, goldAll);
  return { perLabel, micro: { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) }, errors };
}

/** Parses JSONL text (one record per line, empty lines skipped). */
export function parseJsonl(content: string): GoldRecord[] {
  return content.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRecord);
}

/** A Markdown table of an evaluation, for the docs and the CLI. */
export function formatTable(ev: Evaluation): string {
  const pct = (x: number) => x.toFixed(2);
  const rows = ev.perLabel.map((s) => `| ${s.label} | ${s.gold} | ${s.predicted} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`);
  return [
    "| label | gold | predicted | precision | recall | F1 |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    `| **micro** | | | ${pct(ev.micro.precision)} | ${pct(ev.micro.recall)} | ${pct(ev.micro.f1)} |`,
  ].join("\n");
}
