import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "./content.server";
import { boundedEditDistance, createSearchIndex, parseSearchParams, relatedMethods, search, type SearchIndex } from "./search.server";
import { FIXTURE_DIR, FIXTURE_TODAY } from "./test-content";
import type { Content } from "./types";

let content: Content;
let index: SearchIndex;
beforeAll(async () => {
  content = await loadContent(FIXTURE_DIR, { vandaag: FIXTURE_TODAY });
  index = createSearchIndex(content);
});

const slugs = (q: string) => search(index, { q }).results.map((r) => r.slug);
const marked = (snippet: string) => Array.from(snippet.matchAll(/<mark>(.*?)<\/mark>/g), (m) => m[1]);

describe("Dutch matching", () => {
  it("stems: bemiddelen finds bemiddeling and bemiddelt", () => {
    expect(slugs("bemiddelen")).toEqual(["work-first", "re-integratie-jongeren"]);
  });

  it("folds diacritics in the query and the text", () => {
    expect(slugs("casuistiek")).toEqual(["casuistiek-bespreken"]);
    expect(slugs("casuïstiek")).toEqual(["casuistiek-bespreken"]);
    expect(slugs("client")).toEqual(["motiverende-gespreksvoering"]);
    expect(slugs("CLIËNTEN")).toEqual(["motiverende-gespreksvoering"]);
  });

  it("matches a compound by its first part (prefix) from four letters on", () => {
    expect(slugs("schuldhulp")).toContain("schuldhulp-doorverwijzing");
    expect(slugs("werkervaring")).toEqual(expect.arrayContaining(["werkervaringsplaats", "re-integratie-jongeren"]));
  });

  it("does not expand prefixes shorter than four letters", () => {
    expect(slugs("sch")).toEqual([]);
    expect(slugs("schu")).toContain("schuldhulp-doorverwijzing");
  });

  it("tolerates one typo in words of five letters or more", () => {
    expect(slugs("handhving")).toEqual(["handhaving-rechtmatigheid"]);
    expect(slugs("motieverende")).toEqual(["motiverende-gespreksvoering"]);
  });

  it("tolerates two typos in words of nine letters or more, including a swapped pair", () => {
    expect(slugs("gesprekvsoering")).toEqual(["motiverende-gespreksvoering"]);
    expect(slugs("loonkostensubisdei")).toEqual(["loonkostensubsidie-inzetten"]);
    expect(boundedEditDistance("handhaving", "hnadhaving", 1)).toBe(1);
  });

  it("does not fuzz short words", () => {
    expect(slugs("doal")).toEqual([]);
  });

  it("finds hyphenated words when typed joined, and the other way round", () => {
    expect(slugs("reintegratie")[0]).toBe("re-integratie-jongeren");
    expect(slugs("re-integratie")[0]).toBe("re-integratie-jongeren");
    expect(slugs("no-show")).toEqual(["nabellen-no-show"]);
  });

  it("requires every word, falling back to any word when nothing matches all", () => {
    expect(slugs("jongeren leerwerktraject")).toEqual(["re-integratie-jongeren"]);
    expect(slugs("jongeren xylofoon")).toContain("re-integratie-jongeren");
  });
});

describe("synonyms and abbreviations", () => {
  it("lks → loonkostensubsidie", () => {
    expect(slugs("lks")).toEqual(["loonkostensubsidie-inzetten"]);
  });

  it("wsp ↔ werkgeversservicepunt, in both directions", () => {
    expect(new Set(slugs("wsp"))).toEqual(new Set(["werkgeversservicepunt", "banenafspraak-matching"]));
    expect(new Set(slugs("werkgeversservicepunt"))).toEqual(new Set(["werkgeversservicepunt", "banenafspraak-matching"]));
  });

  it("zrm → Zelfredzaamheid-Matrix (a hyphenated member)", () => {
    expect(slugs("zrm")).toEqual(["zelfredzaamheid-matrix"]);
  });

  it("pw and wwb → Participatiewet", () => {
    expect(slugs("pw")).toEqual(expect.arrayContaining(["handhaving-rechtmatigheid", "loonkostensubsidie-inzetten"]));
    expect(slugs("wwb")).toEqual(slugs("pw"));
  });

  it("a multi-word synonym phrase in the query counts as one concept", () => {
    expect(slugs("wet werk en bijstand")).toEqual(slugs("participatiewet"));
    expect(slugs("handhaving wet werk en bijstand")).toEqual(["handhaving-rechtmatigheid"]);
  });
});

describe("ranking and scores", () => {
  it("a title match beats a body match", () => {
    const { results } = search(index, { q: "werkervaringsplaats" });
    expect(results.map((r) => r.slug)).toEqual(["werkervaringsplaats", "re-integratie-jongeren"]);
    expect(results[0].score).toBe(1);
    expect(results[1].score).toBeGreaterThan(0);
    expect(results[1].score).toBeLessThan(0.5);
  });

  it("a synonym in the title outranks the typed word in a summary (field boosts apply to synonyms too)", () => {
    expect(slugs("wsp")).toEqual(["werkgeversservicepunt", "banenafspraak-matching"]);
  });
});

describe("snippets", () => {
  it("marks the matching words and keeps the excerpt short", () => {
    const [result] = search(index, { q: "bemiddelen" }).results;
    expect(marked(result.snippet)).toEqual(["bemiddeling"]);
    expect(result.snippet.replace(/<\/?mark>/g, "").length).toBeLessThanOrEqual(200);
  });

  it("excerpts the body around the match with ellipses when the summary does not match", () => {
    const result = search(index, { q: "werkervaringsplaats" }).results[1];
    expect(result.snippet).toMatch(/^…/);
    expect(marked(result.snippet)).toEqual(["werkervaringsplaats"]);
  });

  it("names the matched doelgroep or tag when the text itself shows no match", () => {
    const [matrix] = search(index, { q: "instrument" }).results;
    expect(marked(matrix.snippet)).toEqual([]);
    expect(matrix.gevondenVia).toEqual([{ text: "instrument", soort: "trefwoord" }]);
    const byslug = new Map(search(index, { q: "jongeren" }).results.map((r) => [r.slug, r]));
    expect(byslug.get("work-first")?.gevondenVia).toEqual([{ text: "jongeren", soort: "doelgroep" }]);
    // the snippet already marks the word: nothing more to say
    expect(byslug.get("re-integratie-jongeren")?.gevondenVia).toEqual([]);
  });

  it("quotes the method's own text before its literature list, and the list when only it matches", () => {
    const [mgv] = search(index, { q: "motiverende gespreksvoering" }).results;
    expect(mgv.slug).toBe("motiverende-gespreksvoering");
    expect(mgv.snippet).toContain("<mark>gespreksvoering</mark> zonder oordeel");
    expect(mgv.snippet).not.toContain("Rollnick");
    const [byAuthor] = search(index, { q: "rollnick" }).results;
    expect(byAuthor.slug).toBe("motiverende-gespreksvoering");
    expect(marked(byAuthor.snippet)).toEqual(["Rollnick"]);
  });

  it("HTML-escapes everything outside <mark>", () => {
    const [result] = search(index, { q: "no-show" }).results;
    expect(result.snippet).toBe("Bel klanten die niet verschijnen dezelfde dag na: &#60;30% <mark>no-show</mark> &#38; minder maatregelen.");
  });

  it("never shows raw HTML from the body", () => {
    const { results } = search(index, { q: "gemiste afspraak" });
    expect(results[0].slug).toBe("nabellen-no-show");
    expect(results[0].snippet).not.toMatch(/<(?!\/?mark>)/);
  });
});

describe("empty and hostile queries", () => {
  it("an empty query returns every method sorted by titel, with facets", () => {
    const response = search(index, { q: "", limit: 100 });
    expect(response.total).toBe(12);
    const titels = response.results.map((r) => r.titel);
    expect(titels).toEqual([...titels].sort((a, b) => a.localeCompare(b, "nl")));
    expect(response.results.every((r) => r.score === 0)).toBe(true);
    expect(response.facets.erkenning.reduce((sum, f) => sum + f.count, 0)).toBe(12);
  });

  it.each([
    ["a star", "*"],
    ["a tilde", "~1"],
    ["a field prefix", "titel:werk"],
    ["a caret", "^10"],
    ["plus and minus", "+werk -bijstand"],
    ["quotes", '"work first"'],
    ["a wildcard", "werk*"],
    ["5,000 characters", "a".repeat(5_000)],
    ["HTML", "<script>"],
    ["control characters", "\u0000\u200b"],
    ["an emoji", "💼"],
  ])("does not throw on %s", (_, q) => {
    expect(() => search(index, { q })).not.toThrow();
  });

  it("lunr syntax is treated as plain words", () => {
    expect(slugs("+handhaving")).toEqual(["handhaving-rechtmatigheid"]);
    expect(slugs("titel:casuistiek~2")).toEqual(["casuistiek-bespreken"]);
  });

  it("a query of only stop words or symbols browses everything", () => {
    expect(search(index, { q: "de het een" }).total).toBe(12);
    expect(search(index, { q: "*** ~~~" }).total).toBe(12);
  });

  it("nonsense finds nothing, with empty facets", () => {
    const response = search(index, { q: "qwxyzv" });
    expect(response).toEqual({ total: 0, results: [], facets: { erkenning: [], competentie: [], doelgroep: [] } });
  });
});

describe("facets and filters", () => {
  it("counts erkenning, competences at role and sub-competence level, and doelgroepen over the result set", () => {
    const { facets } = search(index, { q: "werkgevers" });
    const counts = (list: { value: string; count: number }[]) => Object.fromEntries(list.map((f) => [f.value, f.count]));
    const { results } = search(index, { q: "werkgevers" });
    expect(results.length).toBeGreaterThan(1);
    const total = results.length;
    expect(Object.values(counts(facets.erkenning)).reduce((a, b) => a + b, 0)).toBe(total);
    expect(counts(facets.competentie)["samenwerkend"]).toBeGreaterThanOrEqual(counts(facets.competentie)["samenwerkend.werkgevers"]);
    expect(facets.competentie.find((f) => f.value === "samenwerkend")).toMatchObject({ niveau: "rol", label: "Samenwerkend" });
    expect(facets.erkenning.find((f) => f.value === "goed-onderbouwd")?.label).toBe("Goed onderbouwd");
  });

  it("a role counts each method once even when it lists several of its sub-competences", () => {
    const { facets } = search(index, { q: "werkgeversservicepunt" });
    const samenwerkend = facets.competentie.find((f) => f.value === "samenwerkend");
    expect(samenwerkend?.count).toBe(2);
  });

  it("filters by erkenning (several values are OR-ed)", () => {
    const response = search(index, { q: "", erkenning: ["effectief-eerste", "effectief-sterke"] });
    expect(response.results.map((r) => r.erkenning).sort()).toEqual(["effectief-eerste", "effectief-eerste", "effectief-sterke"]);
    expect(response.facets.erkenning.reduce((sum, f) => sum + f.count, 0)).toBe(12);
  });

  it("a role filter matches the role itself and all its sub-competences", () => {
    const bySub = search(index, { competentie: ["ondersteunend.motiveren"] }).results.map((r) => r.slug);
    const byRole = search(index, { competentie: ["ondersteunend"] }).results.map((r) => r.slug);
    expect(bySub.sort()).toEqual(["motiverende-gespreksvoering", "re-integratie-jongeren"]);
    expect(byRole).toEqual(expect.arrayContaining([...bySub, "work-first", "nabellen-no-show"]));
    expect(byRole).toHaveLength(4);
  });

  it("filters by doelgroep ignoring case, and combines filters with AND", () => {
    expect(search(index, { doelgroep: ["Jongeren"] }).total).toBe(3);
    expect(search(index, { doelgroep: ["jongeren"], erkenning: ["effectief-goede"] }).results.map((r) => r.slug)).toEqual(["work-first"]);
  });

  it("keeps a selected value in the facets even when it has no hits", () => {
    const { facets } = search(index, { q: "casuistiek", erkenning: ["effectief-sterke"] });
    expect(facets.erkenning).toContainEqual({ value: "effectief-sterke", label: "Effectief – sterke aanwijzingen", count: 0 });
  });

  it("pages with limit and offset", () => {
    const all = search(index, { q: "", limit: 100 }).results.map((r) => r.slug);
    expect(search(index, { q: "", limit: 5, offset: 5 }).results.map((r) => r.slug)).toEqual(all.slice(5, 10));
  });
});

describe("related methods", () => {
  it("ranks by shared competences and tags, never the method itself", () => {
    const related = relatedMethods(content, "werkgeversservicepunt", 3).map((m) => m.slug);
    expect(related).not.toContain("werkgeversservicepunt");
    expect(related[0]).toBe("loonkostensubsidie-inzetten");
    expect(related).toHaveLength(3);
  });

  it("returns nothing for an unknown slug", () => {
    expect(relatedMethods(content, "bestaat-niet", 3)).toEqual([]);
  });
});

describe("searchParamsSchema / parseSearchParams", () => {
  const parse = (query: string) => parseSearchParams(new URLSearchParams(query), index);

  it("parses repeated and comma-separated values with defaults", () => {
    expect(parse("q=werk&erkenning=goed-beschreven,effectief-goede&competentie=lerend&competentie=onderzoekend.diagnose&doelgroep=jongeren")).toEqual({
      ok: true,
      data: { q: "werk", erkenning: ["goed-beschreven", "effectief-goede"], competentie: ["lerend", "onderzoekend.diagnose"], doelgroep: ["jongeren"], limit: 20, offset: 0 },
    });
  });

  it("rejects a query over 200 characters in Dutch", () => {
    expect(parse(`q=${"a".repeat(201)}`)).toEqual({ ok: false, error: { code: "ongeldige_zoekopdracht", message: "de zoekvraag is te lang; maximaal 200 tekens" } });
  });

  it("rejects an unknown erkenning", () => {
    const result = parse("erkenning=heel-goed");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/^onbekend erkenningsniveau "heel-goed"/);
  });

  it("rejects a competence id that is not in competenties.yml", () => {
    expect(parse("competentie=onderzoekend.kristallen-bol")).toMatchObject({ ok: false, error: { message: 'onbekende competentie "onderzoekend.kristallen-bol"' } });
    expect(parse("competentie=<script>")).toMatchObject({ ok: false });
  });

  it("rejects bad paging numbers", () => {
    expect(parse("limit=0")).toMatchObject({ ok: false, error: { message: "limit moet minstens 1 zijn" } });
    expect(parse("limit=1000")).toMatchObject({ ok: false, error: { message: "limit mag hoogstens 100 zijn" } });
    expect(parse("offset=-1")).toMatchObject({ ok: false, error: { message: "offset moet een geheel getal zijn" } });
  });
});
