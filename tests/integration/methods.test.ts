import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browserish } from "../helpers/http";
import { startServer, type TestServer } from "../helpers/server";

// "Wat werkt" against the real production server and the real content in content/.

type Hit = { slug: string; titel: string; samenvatting: string; erkenning: string; score: number; snippet: string; gevondenVia: { text: string; soort: string }[] };
type Facet = { value: string; label: string; count: number };
type Answer = { total: number; results: Hit[]; facets: { erkenning: Facet[]; competentie: (Facet & { rol: string; niveau: string })[]; doelgroep: Facet[] } };

let server: TestServer;
let anna: Browserish;

beforeAll(async () => {
  server = await startServer();
  anna = new Browserish(server.url);
  await anna.login("anna@demo.test");
});
afterAll(async () => {
  await server?.stop();
});

async function zoek(query: string): Promise<Answer> {
  const response = await anna.get(`/api/zoeken?${query}`);
  expect(response.status, `GET /api/zoeken?${query}`).toBe(200);
  return (await response.json()) as Answer;
}
const slugs = (answer: Answer) => answer.results.map((r) => r.slug);

describe("GET /api/zoeken", () => {
  it("answers JSON in the documented shape, best first, not cacheable by others", async () => {
    const response = await anna.get("/api/zoeken?q=motiverende");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toMatch(/no-store|private/);
    const answer = (await response.json()) as Answer;
    expect(answer.total).toBeGreaterThan(0);
    expect(answer.results[0]).toEqual({
      slug: "motiverende-gespreksvoering",
      titel: "Motiverende gespreksvoering (MGV)",
      samenvatting: expect.any(String),
      erkenning: "effectief-eerste",
      score: 1,
      snippet: expect.stringContaining("<mark>"),
      gevondenVia: [],
    });
    const scores = answer.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(Object.keys(answer.facets).sort()).toEqual(["competentie", "doelgroep", "erkenning"]);
  });

  it("says which doelgroep a hit matched when its snippet shows no match", async () => {
    const answer = await zoek("q=statushouders");
    const ladder = answer.results.find((r) => r.slug === "participatieladder");
    expect(ladder?.snippet).not.toContain("<mark>");
    expect(ladder?.gevondenVia).toEqual([{ text: "statushouders", soort: "doelgroep" }]);
  });

  it("knows the field's abbreviations, diacritics, compounds and typos", async () => {
    expect(slugs(await zoek("q=lks"))).toContain("loonkostensubsidie-inzetten");
    expect(slugs(await zoek("q=lks"))[0]).toBe("loonkostensubsidie-inzetten");
    expect(await zoek("q=casuistiek")).toEqual(await zoek(`q=${encodeURIComponent("casuïstiek")}`));
    expect((await zoek("q=casuistiek")).total).toBeGreaterThan(0);
    expect(slugs(await zoek("q=schuldhulp"))).toContain("schuldhulp-toeleiding");
    expect(slugs(await zoek(`q=${encodeURIComponent("motiverende gesprksvoering")}`))[0]).toBe("motiverende-gespreksvoering");
    expect(slugs(await zoek("q=reintegratie")).length).toBeGreaterThan(0);
  });

  it("counts facets over the query and narrows the results with a filter", async () => {
    const all = await zoek("q=");
    expect(all.total).toBe(36);
    const erkenningCount = all.facets.erkenning.reduce((sum, f) => sum + f.count, 0);
    expect(erkenningCount).toBe(36);
    expect(all.facets.erkenning.map((f) => f.value)).toEqual([
      "niet-beoordeeld",
      "goed-beschreven",
      "goed-onderbouwd",
      "effectief-eerste",
      "effectief-goede",
      "effectief-sterke",
    ]);
    expect(all.facets.erkenning.find((f) => f.value === "goed-beschreven")?.label).toBe("Goed beschreven");
    const jongeren = all.facets.doelgroep.find((f) => f.value === "jongeren")!;
    expect(jongeren.count).toBeGreaterThan(0);

    const filtered = await zoek("doelgroep=jongeren");
    expect(filtered.total).toBe(jongeren.count);
    expect(filtered.total).toBeLessThan(all.total);

    const sterk = await zoek("erkenning=effectief-sterke&erkenning=effectief-goede");
    expect(sterk.total).toBe(2);
    expect(sterk.results.every((r) => r.erkenning.startsWith("effectief-"))).toBe(true);

    const rol = all.facets.competentie.find((f) => f.value === "onderzoekend")!;
    expect(rol.niveau).toBe("rol");
    expect((await zoek("competentie=onderzoekend")).total).toBe(rol.count);
  });

  it("refuses bad parameters with 400 and a Dutch message", async () => {
    for (const query of ["erkenning=onzin", "competentie=onderzoekend.bestaat-niet", "limit=nul"]) {
      const response = await anna.get(`/api/zoeken?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { code: string; message: string };
      expect(body.code).toBe("ongeldige_zoekopdracht");
      expect(body.message).toMatch(/onbekend|geheel getal/);
    }
    const onzin = (await (await anna.get("/api/zoeken?erkenning=onzin")).json()) as { message: string };
    expect(onzin.message).toContain("erkenningsniveau");
  });

  it("never errors on an empty or nonsense query", async () => {
    for (const q of ["", " ", '*~^:"', "+-", "werk*", "a:b^2~1", "\u0000", "💥", "x".repeat(200), "de het een"]) {
      const response = await anna.get(`/api/zoeken?q=${encodeURIComponent(q)}`);
      expect(response.status, JSON.stringify(q)).toBe(200);
      const answer = (await response.json()) as Answer;
      expect(Array.isArray(answer.results)).toBe(true);
    }
  });

  it("answers 401 JSON without a session", async () => {
    const response = await fetch(`${server.url}/api/zoeken?q=werk`);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ code: "niet_ingelogd", message: expect.stringContaining("niet ingelogd") });
  });
});

describe("/methoden without JavaScript", () => {
  it("renders results, count, facets and the levels explanation on the server", async () => {
    const response = await anna.get("/methoden?q=schuldhulp");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<title>Zoeken naar “schuldhulp” · Wat werkt · Elke dag leren</title>");
    expect(html).toMatch(/<form[^>]*method="get"[^>]*id="methoden-zoeken"|<form[^>]*id="methoden-zoeken"[^>]*method="get"/);
    expect(html).toMatch(/name="q"[^>]*value="schuldhulp"|value="schuldhulp"[^>]*name="q"/);
    expect(html).toContain('href="/methoden/schuldhulp-toeleiding"');
    expect(html).toMatch(/\d+ methoden gevonden/);
    expect(html).toContain("<mark>");
    expect(html).toContain("Wat betekenen de erkenningsniveaus?");
    expect(html).toContain('name="erkenning"');
    expect(html).toContain('name="doelgroep"');
    expect(html).toContain("Zoeken</button>");
  });

  it("applies facet checkboxes from the query string and offers to clear them", async () => {
    const html = await (await anna.get("/methoden?erkenning=effectief-sterke")).text();
    expect(html).toContain("1 methode gevonden");
    expect(html).toContain('href="/methoden/individuele-plaatsing-en-steun"');
    expect(html).toMatch(/value="effectief-sterke"[^>]*checked|checked[^>]*value="effectief-sterke"/);
    expect(html).toContain("Filters wissen");
  });

  it("shows a friendly empty state", async () => {
    const html = await (await anna.get("/methoden?q=qqqxyzzy")).text();
    expect(html).toContain("Geen methoden gevonden voor “qqqxyzzy”");
    expect(html).toContain("Controleer de spelling");
  });

  it("sends a visitor without a session to the login page", async () => {
    const response = await fetch(`${server.url}/methoden`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("/login");
  });

  it("is open to all four roles", async () => {
    for (const email of ["bram@demo.test", "lotte@demo.test", "rik@demo.test", "beheer@demo.test"]) {
      const user = new Browserish(server.url);
      await user.login(email);
      expect((await user.get("/methoden")).status, email).toBe(200);
      expect((await user.get("/methoden/work-first")).status, email).toBe(200);
      expect((await user.get("/api/zoeken?q=werk")).status, email).toBe(200);
    }
  });
});

describe("/methoden/<slug>", () => {
  it("renders the method with headings, table of contents, erkenning, competences and sources", async () => {
    const response = await anna.get("/methoden/krachtgericht-werken");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<title>Krachtgericht werken[^<]* · Wat werkt · Elke dag leren<\/title>/);
    expect(html).toContain('aria-label="Inhoud van deze methode"');
    expect(html).toContain('<h2 id="aanpak">Aanpak</h2>');
    expect(html).toContain('href="#aanpak"');
    expect(html).toContain("Erkend op 1 januari 2021, verlopen op 1 januari 2026");
    expect(html).toContain(">verlopen</span>");
    expect(html).toContain('<h2 id="bronnen">Bronnen</h2>');
    expect(html).toContain('id="bronvermelding"');
    expect(html).toContain("Rapp, C.A. &amp; Goscha, R.J. (2012). The Strengths Model: A Recovery-Oriented Approach");
    expect(html.match(/href="#bronnen"/g)).toHaveLength(1);
    expect(html).toContain('id="competenties"');
    expect(html).toContain("Bijgewerkt");
    expect(html).toContain("Verwante methoden");
  });

  it("names competences from the framework, under their role", async () => {
    const html = await (await anna.get("/methoden/motiverende-gespreksvoering")).text();
    expect(html).toContain("<dt>Ondersteunend</dt>");
    expect(html).toContain("<dt>Onderzoekend</dt>");
    expect(html).not.toContain("ondersteunend.motiveren");
  });

  it("answers 404 with a Dutch message for an unknown method", async () => {
    const response = await anna.get("/methoden/bestaat-niet");
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain("Niet gevonden");
    expect(html).toContain("Deze methode staat niet (meer) in Wat werkt");
  });
});

describe("raw HTML in a method's Markdown", () => {
  let evil: TestServer;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edl-content-"));
    fs.cpSync(path.resolve(import.meta.dirname, "../../content"), dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, "methoden/kwaadaardige-methode.md"),
      [
        "---",
        "titel: Kwaadaardige methode",
        "samenvatting: Een methode met gevaarlijke HTML in de tekst.",
        "erkenning: niet-beoordeeld",
        "competenties: [onderzoekend]",
        "bijgewerkt: 2025-01-01",
        "---",
        "",
        "## Doelgroep",
        "",
        "<script>window.gehackt = true</script>",
        "",
        '<img src="x" onerror="alert(1)">',
        "",
        '<a href="javascript:alert(1)">klik</a> en [nog een](javascript:alert(2))',
        "",
        "## Aanpak",
        "",
        "Gewone tekst blijft staan.",
        "",
      ].join("\n"),
    );
    evil = await startServer({ CONTENT_DIR: dir });
  });
  afterAll(async () => {
    await evil?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("renders no script element, no event handler and no javascript: link", async () => {
    const user = new Browserish(evil.url);
    await user.login("anna@demo.test");
    const response = await user.get("/methoden/kwaadaardige-methode");
    expect(response.status).toBe(200);
    const html = await response.text();
    const article = html.slice(html.indexOf('class="methode__tekst"'), html.indexOf('id="competenties"'));
    expect(article).toContain("Gewone tekst blijft staan.");
    expect(article).not.toMatch(/<script/i);
    expect(html).not.toContain("window.gehackt");
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/href="javascript:/i);
  });
});
