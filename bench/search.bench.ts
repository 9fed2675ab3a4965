// `npm run bench:search`: lunr-nl (our search) against MiniSearch on 1,000 synthetic Dutch methods.
// Prints a markdown table for docs/performance.md. Never used as a timed assertion in tests.
// Options (env): BENCH_CORPUS=uniform (flat vocabulary, most queries hit most documents), BENCH_BREAKDOWN=1, BENCH_PROFILE=1.
import MiniSearch, { type Query } from "minisearch";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { fold, isStopWord } from "../app/methods/dutch.server";
import { createSearchIndex, search, type SearchIndex } from "../app/methods/search.server";
import { ERKENNINGEN, type CompetenceFramework, type Method } from "../app/methods/types";

const DOCUMENTS = 1_000;
const WARM_ROUNDS = 20;
const SEED = 20_261_123;

// ---------- deterministic corpus ----------

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = mulberry32(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const pickSome = <T>(list: readonly T[], min: number, max: number): T[] => {
  const count = min + Math.floor(random() * (max - min + 1));
  return [...new Set(Array.from({ length: count }, () => pick(list)))];
};

const NOUNS = [
  "klant", "cliënt", "werkgever", "werkzoekende", "jongere", "statushouder", "uitkering", "bijstand", "traject",
  "gesprek", "begeleiding", "bemiddeling", "plaatsing", "nazorg", "vacature", "sollicitatie", "opleiding", "scholing",
  "taal", "schuld", "armoede", "stress", "gezondheid", "motivatie", "vaardigheid", "netwerk", "wijkteam", "casuïstiek",
  "handhaving", "rechtmatigheid", "afspraak", "intake", "diagnose", "instrument", "loonwaarde", "arbeidsmarkt",
  "re-integratie", "participatie", "inburgering", "activering", "dagbesteding", "vrijwilligerswerk", "werkervaring",
  "leerwerktraject", "detachering", "jobcoach", "werkplek", "werkritme", "zelfredzaamheid", "regie", "gemeente",
  "consulent", "klantmanager", "teamleider", "ggz", "verslaving", "huisvesting", "kinderopvang", "mobiliteit",
];
const COMPOUND_HEADS = ["werk", "schuld", "loon", "leer", "taal", "groeps", "klant", "zorg", "re-integratie", "participatie", "arbeids", "sollicitatie"];
const COMPOUND_TAILS = ["hulpverlening", "kostensubsidie", "ervaringsplaats", "traject", "coach", "gesprek", "plan", "ladder", "vaardigheden", "markt", "begeleiding", "netwerk", "training", "meting", "dienstverlening"];
const VERBS = ["begeleidt", "bemiddelt", "ondersteunt", "stimuleert", "bespreekt", "onderzoekt", "verwijst", "plant", "evalueert", "motiveert", "versterkt", "coacht", "activeert", "volgt"];
const ADJECTIVES = ["persoonlijke", "korte", "intensieve", "duurzame", "vriendelijke", "snelle", "gerichte", "structurele", "lokale", "regionale", "motiverende", "praktische"];
const FUNCTION_WORDS = ["de", "het", "een", "met", "voor", "en", "naar", "bij", "in", "van", "zodat", "door", "op"];
const SECTIONS = ["Doelgroep", "Doel", "Aanpak", "Uitvoering", "Onderbouwing", "Werkzame elementen", "Bronnen"];
const ABBREVIATIONS = ["LKS", "WSP", "ZRM", "Pw", "UWV", "GGZ", "SW"];
const DOELGROEPEN = ["jongeren", "statushouders", "bijstandsgerechtigden", "nuggers", "mensen met een arbeidsbeperking", "55-plussers", "alleenstaande ouders"];

const compound = () => `${pick(COMPOUND_HEADS)}${pick(COMPOUND_TAILS)}`;

// Real text is Zipf-distributed: a few content words are everywhere, most are rare. A flat draw from a small
// vocabulary (BENCH_CORPUS=uniform) makes almost every query hit 70–100 % of the documents.
const UNIFORM = process.env.BENCH_CORPUS === "uniform";
const VOCABULARY = shuffle([...NOUNS, ...COMPOUND_HEADS.flatMap((head) => COMPOUND_TAILS.map((tail) => `${head}${tail}`)), ...ABBREVIATIONS]);
const ZIPF_CUMULATIVE = cumulative(VOCABULARY.map((_, rank) => 1 / (rank + 1)));

function shuffle<T>(list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

function cumulative(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let running = 0;
  return weights.map((weight) => (running += weight / total));
}

function zipfNoun(): string {
  const roll = random();
  let low = 0;
  let high = ZIPF_CUMULATIVE.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ZIPF_CUMULATIVE[middle] < roll) low = middle + 1;
    else high = middle;
  }
  return VOCABULARY[low];
}

const noun = () => (!UNIFORM ? zipfNoun() : random() < 0.3 ? compound() : random() < 0.05 ? pick(ABBREVIATIONS) : pick(NOUNS));

function sentence(minWords: number, maxWords: number): string {
  const length = minWords + Math.floor(random() * (maxWords - minWords + 1));
  const words = [pick(["De klantmanager", "Het team", "De consulent", "De jobcoach", "De gemeente"]), pick(VERBS)];
  while (words.length < length) {
    const roll = random();
    words.push(roll < 0.35 ? pick(FUNCTION_WORDS) : roll < 0.5 ? pick(ADJECTIVES) : roll < 0.6 ? pick(VERBS) : noun());
  }
  return `${words.join(" ")}.`;
}

const FRAMEWORK: CompetenceFramework = {
  rollen: (["onderzoekend", "ondersteunend", "samenwerkend", "monitorend", "lerend"] as const).map((id) => ({
    id,
    naam: id,
    omschrijving: id,
    competenties: ["a", "b", "c"].map((sub) => ({ id: `${id}.${sub}`, naam: sub, omschrijving: sub, niveaus: { 1: "1", 2: "2", 3: "3", 4: "4" } })),
  })),
};
const COMPETENCE_IDS = FRAMEWORK.rollen.flatMap((rol) => [rol.id, ...rol.competenties.map((c) => c.id)]);

const SYNONYMS = [
  ["loonkostensubsidie", "lks"],
  ["werkgeversservicepunt", "wsp"],
  ["zelfredzaamheidsmatrix", "zrm", "zelfredzaamheid-matrix"],
  ["participatiewet", "pw", "wwb", "wet werk en bijstand", "bijstand"],
  ["schuldhulpverlening", "schuldhulp", "shv"],
  ["geestelijke gezondheidszorg", "ggz"],
  ["uwv", "uitvoeringsinstituut werknemersverzekeringen"],
  ["sociale werkvoorziening", "sw", "wsw"],
];

function generateMethods(): Method[] {
  return Array.from({ length: DOCUMENTS }, (_, i) => {
    const titel = `${pick(ADJECTIVES)} ${noun()} ${pick(["bij", "voor", "met"])} ${noun()} ${i + 1}`;
    const body = SECTIONS.map((section) => `## ${section}\n\n${Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(10, 18)).join(" ")}`).join("\n\n");
    return {
      slug: `methode-${i + 1}`,
      titel: titel[0].toUpperCase() + titel.slice(1),
      samenvatting: sentence(20, 40).slice(0, 300),
      erkenning: pick(ERKENNINGEN),
      verlopen: false,
      competenties: pickSome(COMPETENCE_IDS, 1, 3),
      doelgroepen: pickSome(DOELGROEPEN, 1, 2),
      tags: Array.from({ length: 2 + Math.floor(random() * 3) }, noun),
      bronnen: [],
      bijgewerkt: "2025-01-01",
      body,
      file: `methoden/methode-${i + 1}.md`,
    };
  });
}

// ---------- query mix ----------

const QUERIES = [
  // single words
  "werkgever", "bemiddeling", "jongeren", "schulden", "diagnose", "handhaving", "taal", "nazorg",
  // compounds
  "loonkostensubsidie", "werkervaringsplaats", "schuldhulpverlening", "participatieladder",
  // prefixes
  "schuldh", "werkerv", "begeleid", "particip", "werk",
  // typos
  "handhving", "bemidelling", "jongren", "werkgevr", "schuldhulpverlenign",
  // synonyms and abbreviations
  "lks", "wsp", "zrm", "pw", "wet werk en bijstand",
  // two or three words
  "jongeren werkervaring", "motiverende gesprek", "schulden stress armoede", "werkgever loonkostensubsidie plaatsing", "nazorg na plaatsing",
];

// ---------- MiniSearch baseline ----------

function buildMiniSearch(methods: readonly Method[]): MiniSearch<Method> {
  const mini = new MiniSearch<Method>({
    idField: "slug",
    fields: ["titel", "samenvatting", "tags", "body"],
    extractField: (doc, field) => {
      const value = doc[field as keyof Method];
      return Array.isArray(value) ? value.join(" ") : String(value ?? "");
    },
    processTerm: (term) => {
      const folded = fold(term);
      return isStopWord(folded) ? null : folded;
    },
    searchOptions: {
      boost: { titel: 10, samenvatting: 4, tags: 3 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
      combineWith: "AND",
    },
  });
  mini.addAll(methods);
  return mini;
}

/** The same synonym expansion as ours, as nested OR queries, so both engines answer the same question. */
function miniQuery(q: string): Query {
  const folded = fold(q);
  const group = SYNONYMS.find((members) => members.includes(folded));
  if (group) return { combineWith: "OR", queries: group };
  const queries: Query[] = folded.split(/\s+/).map((word) => {
    const wordGroup = SYNONYMS.find((members) => members.includes(word));
    return wordGroup ? { combineWith: "OR", queries: wordGroup } : word;
  });
  return { combineWith: "AND", queries };
}

// ---------- measuring ----------

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Figures {
  buildMs: number;
  coldP50: number;
  coldP95: number;
  p50: number;
  p95: number;
  max: number;
  meanHits: number;
}

function measure(build: () => (q: string) => number): Figures {
  const { value: query, ms: buildMs } = time(build);
  const cold = QUERIES.map((q) => time(() => query(q)));
  const warm: number[] = [];
  let hits = 0;
  for (let round = 0; round < WARM_ROUNDS; round++) {
    for (const q of QUERIES) {
      const { value, ms } = time(() => query(q));
      warm.push(ms);
      hits += value;
    }
  }
  const coldSorted = cold.map((c) => c.ms).sort((a, b) => a - b);
  const warmSorted = warm.sort((a, b) => a - b);
  return {
    buildMs,
    coldP50: percentile(coldSorted, 50),
    coldP95: percentile(coldSorted, 95),
    p50: percentile(warmSorted, 50),
    p95: percentile(warmSorted, 95),
    max: warmSorted[warmSorted.length - 1],
    meanHits: hits / warm.length,
  };
}

const methods = generateMethods();
const content = { methods, competences: FRAMEWORK, synonyms: SYNONYMS };

// One throwaway build per engine warms the JIT so neither pays for it in the measured build.
createSearchIndex({ ...content, methods: methods.slice(0, 100) });
buildMiniSearch(methods.slice(0, 100));

let lunrIndex: SearchIndex | undefined;
const lunrFigures = measure(() => {
  lunrIndex = createSearchIndex(content);
  const index = lunrIndex;
  return (q) => search(index, { q, limit: 20 }).total;
});
const miniFigures = measure(() => {
  const mini = buildMiniSearch(methods);
  return (q) => mini.search(miniQuery(q)).length;
});

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const row = (name: string, f: Figures) =>
  `| ${name} | ${fmt(f.buildMs)} | ${fmt(f.coldP50)} / ${fmt(f.coldP95)} | ${fmt(f.p50)} | ${fmt(f.p95)} | ${fmt(f.max)} | ${f.meanHits.toFixed(0)} |`;

const targetsMet = lunrFigures.p95 <= 2 && lunrFigures.buildMs <= 2_000;
console.log(`Search benchmark: ${DOCUMENTS} synthetic Dutch methods (${UNIFORM ? "uniform" : "Zipf"} vocabulary, seed ${SEED}), ${QUERIES.length} queries, ${WARM_ROUNDS} warm rounds; Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end\n`);
console.log("| engine | build (ms) | first run p50 / p95 (ms) | p50 (ms) | p95 (ms) | max (ms) | mean hits |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
console.log(row("lunr-nl, full `search()` (facets + snippets, limit 20)", lunrFigures));
console.log(row("MiniSearch 7, prefix + fuzzy, AND (hits only)", miniFigures));
console.log(
  `| ratio lunr / MiniSearch | ${ratio(lunrFigures.buildMs, miniFigures.buildMs)} | ${ratio(lunrFigures.coldP50, miniFigures.coldP50)} / ${ratio(lunrFigures.coldP95, miniFigures.coldP95)} | ${ratio(lunrFigures.p50, miniFigures.p50)} | ${ratio(lunrFigures.p95, miniFigures.p95)} | ${ratio(lunrFigures.max, miniFigures.max)} | |`,
);
console.log(`\nTargets (lunr): p95 ≤ 2 ms, build ≤ 2 s → ${targetsMet ? "met" : "NOT met"}.`);
console.log(`Vocabulary: ${lunrIndex?.stems.length ?? 0} stems, ${lunrIndex?.stemOfWord.size ?? 0} distinct words.`);

// BENCH_BREAKDOWN=1: per-query times and the cost of building 20 snippets instead of 1.
if (process.env.BENCH_BREAKDOWN && lunrIndex) {
  const index = lunrIndex;
  console.log("");
  for (const q of QUERIES) {
    const t = time(() => search(index, { q, limit: 20 }));
    console.log(`${q.padEnd(42)} ${fmt(t.ms)} ms  ${t.value.total} hits`);
  }
  for (const limit of [1, 20]) {
    const times: number[] = [];
    for (let round = 0; round < 10; round++) for (const q of QUERIES) times.push(time(() => search(index, { q, limit })).ms);
    times.sort((a, b) => a - b);
    console.log(`limit ${limit}: p50 ${fmt(percentile(times, 50))} ms, p95 ${fmt(percentile(times, 95))} ms`);
  }
}

// BENCH_PROFILE=1 with `node --import tsx --cpu-prof`: a long steady loop to profile.
if (process.env.BENCH_PROFILE && lunrIndex) {
  for (let round = 0; round < 300; round++) for (const q of QUERIES) search(lunrIndex, { q, limit: 20 });
}
