// Command line front end of app/anonymise (see docs/anonymisation.md).
//   --jsonl  stdin: {"id","text"} per line → stdout: {"id","spans":[{start,end,label}]} per line, same order
//   --text   stdin: plain text → stdout: the pseudonymised text
// Only results go to stdout; problems go to stderr and make the exit code non-zero.
import { createInterface } from "node:readline";
import { detect, pseudonymise } from "../app/anonymise/index";

async function jsonl(): Promise<number> {
  let failed = 0;
  let lineNo = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let record: { id?: unknown; text?: unknown };
    try {
      record = JSON.parse(line);
    } catch (error) {
      failed++;
      process.stderr.write(`regel ${lineNo}: geen geldige JSON (${(error as Error).message})\n`);
      continue;
    }
    if (typeof record !== "object" || record === null || typeof record.text !== "string") {
      failed++;
      process.stderr.write(`regel ${lineNo}: verwacht {"id": …, "text": "…"}\n`);
      continue;
    }
    const spans = detect(record.text).map(({ start, end, label }) => ({ start, end, label }));
    process.stdout.write(JSON.stringify({ id: record.id ?? null, spans }) + "\n");
  }
  return failed ? 1 : 0;
}

async function text(): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  process.stdout.write(pseudonymise(Buffer.concat(chunks).toString("utf8")).text);
  return 0;
}

const mode = process.argv.slice(2).find((a) => a === "--jsonl" || a === "--text");
if (!mode) {
  process.stderr.write("gebruik: anonymise --jsonl | --text  (leest van stdin)\n");
  process.exitCode = 2;
} else {
  process.exitCode = await (mode === "--jsonl" ? jsonl() : text());
}
