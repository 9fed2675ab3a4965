import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { detect } from "./detect";
import { setGuards } from "./scan";

// The detector skips a regex or rule when a cheap necessary condition (a guard, `may(…)` in scan.ts) fails. A guard
// must be implied by what it protects: it may only skip work that could not find anything. This test runs detect()
// with guards on and off over the whole corpus and expects the same spans; a rule author who widens a regex and forgets
// its guard gets the text and both span lists here.

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..");

const BASE = 3000;

function corpus(): string[] {
  const base: string[] = [];
  const testdata = join(here, "testdata");
  for (const f of readdirSync(testdata).filter((f) => f.endsWith(".jsonl")).sort())
    for (const line of readFileSync(join(testdata, f), "utf8").split("\n")) if (line.trim()) base.push(JSON.parse(line).text);
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".md")) base.push(readFileSync(p, "utf8"));
    }
  };
  walk(join(root, "content"));
  // Each text whole, plus one variant per text in turn: each line alone, each sentence alone, the whole text in lower
  // case (chat style), upper case, or with tabs for spaces. Upper case and tabs: a guard that tests a word
  // case-sensitively for a case-insensitive regex, or a single space where the regex allows any blank, shows up here.
  // All five for every text cost three times as long, more than the CI budget on a slow 2-core machine once the corpus
  // passed 150 blind sets; with 305 blind sets even one variant per text took 11–13 minutes per test file there, so
  // since then a sample is checked (whole and in one variant, the variants taking turns). Since session 29 (464 blind
  // sets: 330 s per test file on a quiet machine at every third text) the sample has a fixed size: at most BASE texts,
  // evenly spread, so the check's time stays the same as sets are added: still every set (6–9 of its 25 texts), a
  // share of the content pages, several hundred texts per variant.
  const variants: ((t: string) => string[])[] = [
    (t) => t.split("\n"),
    (t) => t.split(/(?<=[.!?])\s+/),
    (t) => [t.toLowerCase()],
    (t) => [t.toUpperCase()],
    (t) => [t.replace(/ /g, "\t")],
  ];
  const stride = Math.max(1, Math.ceil(base.length / BASE));
  const all = new Set<string>();
  base.forEach((t, i) => {
    if (i % stride !== 0) return;
    all.add(t);
    for (const v of variants[(i / stride) % variants.length](t)) all.add(v);
  });
  all.delete("");
  return [...all];
}

const show = (spans: ReturnType<typeof detect>) => JSON.stringify(spans.map((s) => [s.start, s.end, s.label, s.text]));

// The corpus grows with every blind set (~60 s alone on a quiet 2-core machine, several times that beside other test
// files): it is checked in four parts, each with its own time limit, spread over two test files so that vitest runs
// them side by side on two cores.
const PARTS = 4;
let cached: string[] | undefined;
const texts = () => (cached ??= corpus());

export function guardTests(parts: number[]): void {
  describe("guards", () => {
    afterAll(() => setGuards(true));

    it("the corpus is large enough to catch a guard that is not implied", () => {
      expect(texts().length).toBeGreaterThan(5000);
    });

    it.each(parts)("change nothing: detect() gives the same spans with every guard off (part %i of 4)", (part) => {
      const all = texts();
      const diffs: string[] = [];
      let n = 0;
      for (let k = part - 1; k < all.length; k += PARTS) {
        const t = all[k];
        n++;
        setGuards(true);
        const on = show(detect(t));
        setGuards(false);
        const off = show(detect(t));
        if (on !== off) diffs.push(`text ${JSON.stringify(t.length > 600 ? `${t.slice(0, 600)}…` : t)}\n  guards on:  ${on}\n  guards off: ${off}`);
      }
      setGuards(true);
      // The first difference names a guard that is not implied by its regex or rule (widen the guard, not the test).
      expect(diffs.length, `${diffs.length} of ${n} texts differ; first:\n${diffs[0]}`).toBe(0);
    }, 600_000);
  });
}
