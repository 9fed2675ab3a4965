import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const run = (args: string[], input: string) =>
  spawnSync("npx", ["tsx", "scripts/anonymise.ts", ...args], { cwd: root, input, encoding: "utf8", timeout: 60_000 });

describe("scripts/anonymise.ts", () => {
  it("--jsonl writes one line per record, in input order, with spans only", () => {
    const input = [
      JSON.stringify({ id: "a", text: "Bel mevrouw Jansen op 06-12345678." }),
      "",
      JSON.stringify({ id: 2, text: "Geen persoonsgegevens hier." }),
    ].join("\n");
    const result = run(["--jsonl"], input + "\n");
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { id: "a", spans: [{ start: 12, end: 18, label: "persoon" }, { start: 22, end: 33, label: "telefoon" }] },
      { id: 2, spans: [] },
    ]);
  });

  it("--jsonl reports bad JSON on stderr, keeps going and exits non-zero", () => {
    const input = `{"id":1,"text":"UWV"}\nniet json\n{"id":3,"text":"Ahmed"}\n`;
    const result = run(["--jsonl"], input);
    expect(result.status).not.toBe(0);
    expect(result.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual([1, 3]);
    expect(result.stderr).toContain("regel 2");
  });

  it("--text prints the pseudonymised text and nothing else", () => {
    const result = run(["--text"], "Mevrouw Jansen woont in Zwolle.");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("Mevrouw [Persoon A] woont in [Plaats 1].");
  });
});
