import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startServer } from "../helpers/server";

describe("starting with broken content", () => {
  it("refuses to start and names the file and line of each problem", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edl-content-"));
    fs.cpSync("content", dir, { recursive: true });
    const file = path.join(dir, "methoden", "work-first.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^erkenning: .*$/m, "erkenning: heel-goed"));
    try {
      await expect(startServer({ CONTENT_DIR: dir })).rejects.toThrow(/methoden\/work-first\.md:\d+: .*erkenning/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
