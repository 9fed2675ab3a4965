import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runContentCheck } from "../../scripts/content-check";
import { assertValidContent, formatProblem, loadContent } from "./content.server";
import { copyFixtureContent, FIXTURE_DIR, FIXTURE_TODAY, methodSource, type TempContent } from "./test-content";
import type { ContentProblem } from "./types";

let temp: TempContent | undefined;
afterEach(() => {
  temp?.cleanup();
  temp = undefined;
  vi.restoreAllMocks();
});

/** Writes one file into a fresh copy of the fixture corpus and returns the problems for that file. */
async function problemsFor(relativePath: string, source: string): Promise<ContentProblem[]> {
  temp = copyFixtureContent();
  const file = temp.write(relativePath, source);
  const { problems } = await loadContent(temp.dir, { vandaag: FIXTURE_TODAY });
  return problems.filter((problem) => problem.file === file);
}

const fouten = (problems: ContentProblem[]) => problems.filter((p) => p.severity === "fout");

describe("the fixture corpus", () => {
  it("loads 12 methods, the framework, synonyms and an intervisiemethode without errors", async () => {
    const content = await loadContent(FIXTURE_DIR, { vandaag: FIXTURE_TODAY });
    expect(fouten(content.problems)).toEqual([]);
    expect(content.methods).toHaveLength(12);
    expect(content.competences.rollen.map((r) => r.id)).toEqual(["onderzoekend", "ondersteunend", "samenwerkend", "monitorend", "lerend"]);
    expect(content.synonyms).toContainEqual(["loonkostensubsidie", "lks"]);
    expect(content.intervisieMethods[0]).toMatchObject({ slug: "incidentmethode", duurTotaal: 60 });
    expect(content.intervisieMethods[0].fasen[3]).toMatchObject({ spreekrecht: "niemand", schriftelijk: true });
  });

  it("types a method, computing when its recognition expires", async () => {
    const { methods } = await loadContent(FIXTURE_DIR, { vandaag: FIXTURE_TODAY });
    const method = methods.find((m) => m.slug === "handhaving-rechtmatigheid");
    expect(method).toMatchObject({
      titel: "Handhaving in het klantgesprek",
      erkenning: "goed-beschreven",
      erkenningDatum: "2019-01-01",
      verlooptOp: "2022-01-01",
      verlopen: true,
      competenties: ["monitorend.rechtmatigheid"],
      bronnen: [],
      bijgewerkt: "2025-01-05",
      file: "methoden/handhaving-rechtmatigheid.md",
    });
    expect(method?.body).toContain("## Aanpak");
  });

  it("warns (not errs) about an expired recognition, at the erkenning_datum line", async () => {
    const { problems } = await loadContent(FIXTURE_DIR, { vandaag: FIXTURE_TODAY });
    const expired = problems.filter((p) => p.message.includes("verlopen"));
    expect(expired.map((p) => [path.basename(p.file), p.line, p.severity])).toEqual([
      ["handhaving-rechtmatigheid.md", 5, "waarschuwing"],
      ["werkgeversservicepunt.md", 5, "waarschuwing"],
    ]);
  });
});

describe("checker rules, one broken file each", () => {
  it("invalid YAML points at the broken line", async () => {
    const problems = await problemsFor("methoden/kapot.md", methodSource({ samenvatting: '"niet afgesloten' }));
    expect(fouten(problems)).toHaveLength(1);
    expect(problems[0].message).toMatch(/^ongeldige YAML/);
    expect(problems[0].line).toBeGreaterThanOrEqual(3);
  });

  it("a key written twice is invalid YAML", async () => {
    const problems = await problemsFor("methoden/dubbel.md", methodSource({ tags: "[a]\ntags: [b]" }));
    expect(problems[0]).toMatchObject({ line: 8, message: expect.stringContaining("twee keer") });
  });

  it("a file without front-matter", async () => {
    const problems = await problemsFor("methoden/leeg.md", "# Alleen tekst\n");
    expect(problems).toEqual([expect.objectContaining({ line: 1, severity: "fout", message: expect.stringContaining("front-matter ontbreekt") })]);
  });

  it("front-matter that is never closed", async () => {
    const problems = await problemsFor("methoden/open.md", "---\ntitel: X\n");
    expect(problems[0].message).toContain("niet afgesloten");
  });

  it("a missing required key is reported at the opening line", async () => {
    const problems = await problemsFor("methoden/zonder-titel.md", methodSource({ titel: undefined }));
    expect(fouten(problems)).toEqual([expect.objectContaining({ line: 1, message: "titel ontbreekt; dit veld is verplicht" })]);
  });

  it("an unknown key (typo) is an error with a suggestion, at the key's line", async () => {
    const problems = await problemsFor("methoden/typo.md", methodSource({ samenvating: "tikfout" }));
    expect(fouten(problems)).toEqual([
      expect.objectContaining({ line: 7, message: "onbekende sleutel `samenvating`; bedoel je `samenvatting`?" }),
    ]);
  });

  it("a wrong erkenning lists the allowed levels", async () => {
    const problems = await problemsFor("methoden/erkenning.md", methodSource({ erkenning: "effectief" }));
    expect(problems[0]).toMatchObject({ line: 4, message: expect.stringMatching(/^erkenning `effectief` is onbekend; kies uit: niet-beoordeeld, goed-beschreven/) });
  });

  it("a samenvatting over 300 characters says how long it is", async () => {
    const problems = await problemsFor("methoden/lang.md", methodSource({ samenvatting: "x".repeat(341) }));
    expect(problems[0]).toMatchObject({ line: 3, message: "samenvatting is 341 tekens; maximaal 300" });
  });

  it("an unknown competence id points at its list item", async () => {
    const source = methodSource({ competenties: "\n  - onderzoekend.diagnose\n  - onderzoekend.helderziendheid" });
    const problems = await problemsFor("methoden/competentie.md", source);
    expect(problems[0]).toMatchObject({ line: 7, message: "competentie `onderzoekend.helderziendheid` bestaat niet in competenties.yml" });
  });

  it("a role id is a valid competence", async () => {
    const problems = await problemsFor("methoden/rol.md", methodSource({ competenties: "[lerend]" }));
    expect(fouten(problems)).toEqual([]);
  });

  it("an impossible date", async () => {
    const problems = await problemsFor("methoden/datum.md", methodSource({ bijgewerkt: "2025-02-30" }));
    expect(problems[0]).toMatchObject({ line: 6, message: "bijgewerkt `2025-02-30` is geen geldige datum; gebruik JJJJ-MM-DD" });
  });

  it("a date that is not text", async () => {
    const problems = await problemsFor("methoden/getal.md", methodSource({ erkenning_datum: "2024" }));
    expect(problems[0].message).toBe("erkenning_datum moet een tekst zijn (nu: 2024)");
  });

  it("a wrong type in a list", async () => {
    const problems = await problemsFor("methoden/lijst.md", methodSource({ tags: "werkgevers" }));
    expect(problems[0].message).toBe("tags moet een lijst zijn (nu: `werkgevers`)");
  });

  it("a file name that is not kebab-case", async () => {
    const problems = await problemsFor("methoden/Work_First.md", methodSource({ titel: "Nog een Work First" }));
    expect(problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining("bestandsnaam `Work_First` is geen geldige slug") }),
    ]);
    expect(problems[0].message).toContain("`work-first.md`");
  });

  it("a duplicate title, ignoring case and accents", async () => {
    const problems = await problemsFor("methoden/tweede-mgv.md", methodSource({ titel: "Motiverende Gespreksvoering" }));
    expect(problems).toEqual([expect.objectContaining({ severity: "fout", message: expect.stringContaining("wordt ook gebruikt door methoden/motiverende-gespreksvoering.md") })]);
  });

  it("a missing body section is a warning at the preceding section's heading", async () => {
    const body = "## Doelgroep\nIedereen.\n## Doel\nWerk.\n## Uitvoering\nZo.\n## Onderbouwing\nX.\n## Werkzame elementen\nY.\n## Bronnen\nZ.\n";
    const problems = await problemsFor("methoden/zonder-aanpak.md", methodSource({}, body));
    expect(problems).toEqual([{ file: expect.any(String), line: 10, severity: "waarschuwing", message: "sectie `## Aanpak` ontbreekt" }]);
  });

  it("an empty body warns at the body's first line for every section", async () => {
    const problems = await problemsFor("methoden/leeg-lijf.md", methodSource({}, ""));
    expect(problems).toHaveLength(7);
    expect(new Set(problems.map((p) => `${p.severity}:${p.line}`))).toEqual(new Set(["waarschuwing:8"]));
  });

  it("intervisie: duur_totaal must equal the sum of the phases", async () => {
    const source = `---\ntitel: Roddel\nsamenvatting: Kort.\nduur_totaal: 50\nfasen:\n  - {naam: A, duur: 20, spreekrecht: iedereen, instructie: a}\n  - {naam: B, duur: 25, spreekrecht: groep, instructie: b}\nbijgewerkt: 2025-01-01\n---\nTekst.\n`;
    const problems = await problemsFor("intervisiemethoden/roddel.md", source);
    expect(problems).toEqual([expect.objectContaining({ line: 4, message: "duur_totaal is 50 minuten, maar de fasen tellen op tot 45 minuten" })]);
  });

  it("intervisie: at least two phases, a known spreekrecht and a positive duur", async () => {
    const source = `---\ntitel: Eenfase\nsamenvatting: Kort.\nduur_totaal: 0\nfasen:\n  - naam: A\n    duur: 0\n    spreekrecht: voorzitter\n    instructie: a\nbijgewerkt: 2025-01-01\n---\n`;
    const messages = (await problemsFor("intervisiemethoden/eenfase.md", source)).map((p) => `${p.line}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "4: duur_totaal moet groter zijn dan 0 (nu: 0)",
        "5: fasen moet minstens 2 items bevatten",
        "7: fasen (nr. 1) › duur moet groter zijn dan 0 (nu: 0)",
        expect.stringMatching(/^8: fasen \(nr\. 1\) › spreekrecht `voorzitter` is onbekend; kies uit: iedereen, inbrenger, groep, niemand$/),
      ]),
    );
  });

  it("competenties.yml: a missing role and a sub-competence under the wrong role", async () => {
    temp = copyFixtureContent();
    const file = temp.write(
      "competenties.yml",
      "rollen:\n  - id: onderzoekend\n    naam: O\n    omschrijving: O\n    competenties:\n      - id: lerend.diagnose\n        naam: D\n        omschrijving: D\n        niveaus: {1: a, 2: b, 3: c, 4: d}\n",
    );
    const { problems } = await loadContent(temp.dir);
    const messages = problems.filter((p) => p.file === file).map((p) => `${p.line}: ${p.message}`);
    expect(messages).toContain("6: competentie `lerend.diagnose` hoort bij rol `onderzoekend` en moet beginnen met `onderzoekend.`");
    expect(messages).toContain("1: rol(len) ontbreken: ondersteunend, samenwerkend, monitorend, lerend");
  });

  it("synoniemen.yml: terms must be lowercase", async () => {
    temp = copyFixtureContent();
    const file = temp.write("synoniemen.yml", "groepen:\n  - [loonkostensubsidie, lks]\n  - [UWV, uitvoeringsinstituut]\n");
    const { problems } = await loadContent(temp.dir);
    expect(problems.filter((p) => p.file === file)).toEqual([expect.objectContaining({ line: 3, message: "synoniem `UWV` moet in kleine letters" })]);
  });

  it("a missing competenties.yml is an error", async () => {
    temp = copyFixtureContent();
    temp.remove("competenties.yml");
    const { problems } = await loadContent(temp.dir);
    expect(problems.filter((p) => p.severity === "fout").map((p) => path.basename(p.file))).toEqual(["competenties.yml"]);
  });
});

describe("reporting", () => {
  const problem: ContentProblem = { file: path.resolve("content/methoden/x.md"), line: 4, severity: "fout", message: "samenvatting is 341 tekens; maximaal 300" };

  it("formats file:line: message relative to the working directory", () => {
    expect(formatProblem(problem)).toBe("content/methoden/x.md:4: samenvatting is 341 tekens; maximaal 300");
    expect(formatProblem({ ...problem, severity: "waarschuwing", message: "sectie `## Doel` ontbreekt" })).toBe(
      "content/methoden/x.md:4: waarschuwing: sectie `## Doel` ontbreekt",
    );
  });

  it("assertValidContent throws with the file:line list", async () => {
    temp = copyFixtureContent();
    temp.write("methoden/lang.md", methodSource({ samenvatting: "x".repeat(301) }));
    await expect(assertValidContent(temp.dir)).rejects.toThrow(/methoden\/lang\.md:3: samenvatting is 301 tekens; maximaal 300/);
  });

  it("the content:check script prints each problem and a summary, and returns 1 on errors", async () => {
    temp = copyFixtureContent();
    temp.write("methoden/erkenning.md", methodSource({ erkenning: "super" }));
    const printed: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void printed.push(line));
    expect(await runContentCheck(temp.dir)).toBe(1);
    expect(printed.join("\n")).toMatch(/methoden\/erkenning\.md:4: erkenning `super` is onbekend/);
    expect(printed.at(-1)).toMatch(/^12 methoden, 1 intervisiemethoden gecontroleerd: 1 fout, \d+ waarschuwingen?$/);
  });

  it("the content:check script returns 0 on the fixture corpus", async () => {
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    expect(await runContentCheck(FIXTURE_DIR)).toBe(0);
  });
});

const REAL_CONTENT = path.resolve("content");
describe.skipIf(!existsSync(path.join(REAL_CONTENT, "methoden")))("the real content/ folder", () => {
  it("passes the checker without errors", async () => {
    const { problems, methods } = await loadContent(REAL_CONTENT);
    expect(fouten(problems).map((p) => formatProblem(p))).toEqual([]);
    expect(methods.length).toBeGreaterThan(0);
  });
});
if (!existsSync(path.join(REAL_CONTENT, "methoden"))) console.info(`content/ bestaat nog niet (${REAL_CONTENT}); de test op de echte inhoud is overgeslagen`);
