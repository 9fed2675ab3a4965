// Test helpers: a writable copy of tests/fixtures/content per test, so each checker rule gets its own broken file.
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURE_DIR = fileURLToPath(new URL("../../tests/fixtures/content", import.meta.url));
/** Pinned "today" so recognition expiry in the fixtures does not change with the calendar. */
export const FIXTURE_TODAY = new Date("2025-11-01T12:00:00Z");

export interface TempContent {
  dir: string;
  write(relativePath: string, text: string): string;
  remove(relativePath: string): void;
  cleanup(): void;
}

export function copyFixtureContent(): TempContent {
  const root = mkdtempSync(path.join(tmpdir(), "edl-content-"));
  const dir = path.join(root, "content");
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  return {
    dir,
    write(relativePath, text) {
      const file = path.join(dir, relativePath);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      return file;
    },
    remove(relativePath) {
      rmSync(path.join(dir, relativePath), { recursive: true, force: true });
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A valid method file; `frontMatter` lines replace the defaults with the same key, in place. */
export function methodSource(frontMatter: Record<string, string | undefined> = {}, body = FULL_BODY): string {
  const defaults: Record<string, string | undefined> = {
    titel: "Testmethode",
    samenvatting: "Een korte samenvatting.",
    erkenning: "goed-beschreven",
    competenties: "[onderzoekend.diagnose]",
    bijgewerkt: "2025-01-01",
  };
  const merged = { ...defaults, ...frontMatter };
  const lines = Object.entries(merged)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join("\n")}\n---\n${body}`;
}

export const FULL_BODY = [
  "## Doelgroep",
  "Iedereen.",
  "## Doel",
  "Werk.",
  "## Aanpak",
  "Stappen.",
  "## Uitvoering",
  "Zo.",
  "## Onderbouwing",
  "Onderzoek.",
  "## Werkzame elementen",
  "Aandacht.",
  "## Bronnen",
  "Divosa.",
  "",
].join("\n");

