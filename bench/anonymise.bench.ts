// Speed of the anonymise detector: `npm run bench:anonymise` (= tsx bench/anonymise.bench.ts).
// Prints characters per second on ~1 MB of mixed Dutch casework text (built from the test sets), the time for a
// 5,000-character case (live highlighting budget: < 20 ms), and ratios against baselines measured in the same run.
// Never used in tests: timings depend on the machine.
//
// It measures the detector as the app runs it: built by Vite for Node 20 like the server (and, for the browser, the
// gate's worker). Loaded through tsx the same source runs about a tenth slower: tsx's esbuild rewrites every regex
// literal with \p{…} into `new RegExp(…)`, so each evaluation makes a new regex object that starts in V8's regex
// interpreter.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build as viteBuild } from "vite";
import type * as Anonymise from "../app/anonymise/index";

let built = process.argv[3];
if (!built) {
  const outDir = mkdtempSync(join(tmpdir(), "anonymise-bench-"));
  await viteBuild({
    configFile: false,
    logLevel: "warn",
    build: { ssr: fileURLToPath(new URL("../app/anonymise/index.ts", import.meta.url)), outDir, target: "node20", rollupOptions: { output: { entryFileNames: "anonymise.mjs" } } },
  });
  built = join(outDir, "anonymise.mjs");
}
const { detect, pseudonymise } = (await import(pathToFileURL(built).href)) as typeof Anonymise;

const dir = fileURLToPath(new URL("../app/anonymise/testdata/", import.meta.url));
const texts: string[] = [];
for (const file of ["casuistiek.jsonl", "dev.jsonl", "blind.jsonl", "blind2.jsonl", "blind3.jsonl", "deidentify_dummy_cases.jsonl", "deduce_cases.jsonl"])
  for (const line of readFileSync(dir + file, "utf8").split("\n")) if (line.trim()) texts.push(JSON.parse(line).text);

// Deterministic shuffle so the big text mixes cases, mails, forms and short DEDUCE snippets.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
function build(size: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const t = texts[Math.floor(rand() * texts.length)];
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join("\n\n").slice(0, size);
}

const big = build(1_000_000);
const small = build(5_000);
const EMAIL_RE = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const WORD_RE = /[\p{L}\p{N}]+/gu;

function time(fn: () => unknown, minMs = 300): { ms: number; runs: number } {
  fn(); // warm-up (also builds the lexicons once)
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || runs < 3) {
    fn();
    runs++;
    elapsed = performance.now() - start;
  }
  return { ms: elapsed / runs, runs };
}

const lexStart = performance.now();
detect("Mevrouw Jansen woont in Zwolle."); // first call builds the lexicons
const lexMs = performance.now() - lexStart;

// The 5,000-character case as a user meets it, each figure from a process in the state it describes: the first 20
// calls of a fresh process (the JIT still warming up), the steady state of a process that only ever sees case-sized
// texts (median of 60 single calls after 40 warm-up calls), and 20 calls in this process after the 1 MB runs (V8 has
// then optimised for a 1 MB string's shapes, and case-sized texts run about twice as slow for a long while).
const single = (fn: () => unknown) => { const s = performance.now(); fn(); return performance.now() - s; };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
if (process.argv.includes("--cold")) {
  console.log(JSON.stringify(Array.from({ length: 20 }, () => single(() => detect(small)))));
  process.exit(0);
}
if (process.argv.includes("--steady")) {
  for (let i = 0; i < 40; i++) detect(small), pseudonymise(small);
  const d = Array.from({ length: 60 }, () => single(() => detect(small)));
  const p = Array.from({ length: 60 }, () => single(() => pseudonymise(small)));
  console.log(JSON.stringify([median(d), median(p)]));
  process.exit(0);
}
const child = (mode: string) => JSON.parse(execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), mode, built], { encoding: "utf8" }));
const firstSmall = child("--cold") as number[];
const [steadySmall, pseudoSmall] = child("--steady") as [number, number];
const detectBig = time(() => detect(big), 2000);
const emailBig = time(() => big.match(EMAIL_RE));
const wordsBig = time(() => big.match(WORD_RE));
const afterBigSmall = Array.from({ length: 20 }, () => single(() => detect(small)));

const cps = (chars: number, ms: number) => Math.round((chars / ms) * 1000);
const spans = detect(big).length;
console.log(`anonymise bench (node ${process.version})`);
console.log(`lexicons built on first call:        ${lexMs.toFixed(1)} ms`);
console.log(`detect, 1 MB mixed text:              ${detectBig.ms.toFixed(0)} ms  = ${cps(big.length, detectBig.ms).toLocaleString("en")} chars/s  (${spans} spans, ${detectBig.runs} runs)`);
console.log(`baseline e-mail regex, same text:     ${emailBig.ms.toFixed(1)} ms  = ${cps(big.length, emailBig.ms).toLocaleString("en")} chars/s`);
console.log(`baseline word scan, same text:        ${wordsBig.ms.toFixed(1)} ms  = ${cps(big.length, wordsBig.ms).toLocaleString("en")} chars/s`);
console.log(`ratio detect / e-mail regex:          ${(detectBig.ms / emailBig.ms).toFixed(1)}x`);
console.log(`ratio detect / word scan:             ${(detectBig.ms / wordsBig.ms).toFixed(1)}x`);
console.log(`detect, one 5,000-char case:          ${steadySmall.toFixed(2)} ms median, steady state  (budget 20 ms)`);
console.log(`  first 20 calls after start:         ${mean(firstSmall).toFixed(2)} ms mean, ${Math.max(...firstSmall).toFixed(2)} ms worst`);
console.log(`  20 calls after the 1 MB runs:       ${mean(afterBigSmall).toFixed(2)} ms mean, ${Math.max(...afterBigSmall).toFixed(2)} ms worst`);
console.log(`pseudonymise, one 5,000-char case:    ${pseudoSmall.toFixed(2)} ms median`);
