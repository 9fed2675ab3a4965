import { z } from "zod";
import { competenceLookup, competenceMatches, listCompetences, rolVan, type CompetenceEntry } from "./competenties";
import { VERWACHTE_SECTIES } from "./content.server";
import { fold, isStopWord, joinHyphenated, lunr, stem, words } from "./dutch.server";
import { ERKENNING_LABELS, erkenningRang } from "./erkenning";
import { markdownToPlainText, splitOffSection } from "./render.server";
import { buildSnippet, escapeHtml, SNIPPET_LENGTH, snippetSource, type SnippetSource } from "./snippet.server";
import { ERKENNINGEN, type CompetenceFramework, type Erkenning, type Method, type SynonymGroups } from "./types";

// Index-time boosts: lunr normalises each field's score by the query vector's length, so a per-field boost given
// at query time cancels out; a boost baked into the field vectors does not.
const FIELD_BOOSTS = { titel: 10, samenvatting: 4, tags: 3, body: 1 } as const;
type Field = keyof typeof FIELD_BOOSTS;
const FIELDS = Object.keys(FIELD_BOOSTS) as Field[];

/** Short prefixes explode in Dutch compounds (`werk*` ≈ 30 ms, PLATFORM.md); shorter terms match whole words only. */
export const MIN_PREFIX_LENGTH = 4;
const MAX_PREFIX_EXPANSIONS = 12;
const MIN_FUZZY_LENGTH = 5;
const MIN_FUZZY2_LENGTH = 9;
const MAX_FUZZY_EXPANSIONS = 6;
export const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_WORDS = 12;
const MAX_PHRASE_WORDS = 5;
const PLAN_CACHE_SIZE = 5_000;

const BOOST = { exact: 1, synonym: 0.8, prefix: 0.5, fuzzy1: 0.3, fuzzy2: 0.15 } as const;

// ---------- index ----------

interface SynonymLookup {
  /** Stemmed member (words joined by a space) → its group. */
  groupOf: Map<string, number>;
  /** Per group, each member as its list of stemmed content words. */
  members: string[][][];
  longestMember: number;
}

/** Per-method data the result page needs, prepared at build time so a query does no text processing. */
interface IndexedMethod {
  method: Method;
  competenceKeys: string[];
  foldedDoelgroepen: string[];
  snippetSources: SnippetSource[];
  /** Tags and doelgroepen with their stems, to say which one a query matched when the text shows no match. */
  labels: { text: string; soort: "trefwoord" | "doelgroep"; terms: ReadonlySet<string> }[];
}

/** Documents (as positions in `SearchIndex.methods`) containing a term, with lunr's BM25 weight summed over the fields. */
interface PostingList {
  docs: Int32Array;
  weights: Float64Array;
}

export interface SearchIndex {
  lunrIndex: lunr.Index;
  /** All methods, sorted by titel; a method's position is its document number. */
  methods: Method[];
  bySlug: Map<string, Method>;
  entries: IndexedMethod[];
  /** Read from lunr's field vectors once; see `extractPostings`. */
  postings: Map<string, PostingList>;
  /** Sorted stemmed vocabulary, for prefix expansion. */
  stems: string[];
  documentFrequency: Map<string, number>;
  /** Unstemmed (folded) vocabulary by word length, for typo matching: a misspelled word stems differently. */
  wordsByLength: Map<number, string[]>;
  stemOfWord: Map<string, string>;
  synonyms: SynonymLookup;
  competences: Map<string, CompetenceEntry>;
  competenceOrder: CompetenceEntry[];
  /** Folded doelgroep → how it is first written, so facet values look like the content. */
  doelgroepLabels: Map<string, string>;
  /** Expanded query per typed word; queries repeat a lot, expansion is the expensive part. */
  planCache: Map<string, WeightedTerm[][]>;
  /** Per-document work arrays reused by every query (queries run synchronously), so a query allocates little. */
  scratch: { scores: Float64Array; conceptsMatched: Uint8Array; lastConcept: Uint8Array };
}

export interface SearchableContent {
  methods: readonly Method[];
  competences: CompetenceFramework;
  synonyms: SynonymGroups;
}

export function createSearchIndex(content: SearchableContent): SearchIndex {
  const methods = [...content.methods].sort((a, b) => a.titel.localeCompare(b.titel, "nl"));
  const documentFrequency = new Map<string, number>();
  const stemOfWord = new Map<string, string>();
  const recordForm = (form: string, stemmed: string) => stemOfWord.set(form, stemmed);
  const entries = methods.map((method) => indexedMethod(method, recordForm));

  const builder = new lunr.Builder();
  // Text is analysed by `analyse` below (folding, hyphen joining, stemming), so lunr's own pipelines stay empty.
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.metadataWhitelist = [];
  builder.ref("slug");
  for (const field of FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] });

  for (const [position, method] of methods.entries()) {
    const fields: Record<Field, readonly string[]> = {
      titel: snippetSource(method.titel, recordForm).terms,
      samenvatting: entries[position].snippetSources[0].terms,
      tags: snippetSource([...method.tags, ...method.doelgroepen].join(" · "), recordForm).terms,
      body: [...entries[position].snippetSources[1].terms, ...entries[position].snippetSources[2].terms],
    };
    for (const term of new Set(Object.values(fields).flat())) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
    builder.add({ slug: method.slug, ...fields });
  }

  const wordsByLength = new Map<number, string[]>();
  for (const word of stemOfWord.keys()) {
    const bucket = wordsByLength.get(word.length) ?? [];
    bucket.push(word);
    wordsByLength.set(word.length, bucket);
  }

  const lunrIndex = builder.build();
  return {
    lunrIndex,
    methods,
    bySlug: new Map(methods.map((m) => [m.slug, m])),
    entries,
    postings: extractPostings(lunrIndex, methods),
    stems: [...documentFrequency.keys()].sort(),
    documentFrequency,
    wordsByLength,
    stemOfWord,
    synonyms: synonymLookup(content.synonyms),
    competences: competenceLookup(content.competences),
    competenceOrder: listCompetences(content.competences),
    doelgroepLabels: firstSpelling(methods.flatMap((m) => m.doelgroepen)),
    planCache: new Map(),
    scratch: { scores: new Float64Array(methods.length), conceptsMatched: new Uint8Array(methods.length), lastConcept: new Uint8Array(methods.length) },
  };
}

interface SerialisedLunrIndex {
  invertedIndex: [string, { _index: number }][];
  fieldVectors: [string, number[]][];
}

/**
 * lunr scores a document as Σ fields (query·fieldVector) / |query|. Every clause here covers all fields with the
 * same terms, so |query| is one constant per query and the ranking equals Σ boost × (weight of the term summed over
 * fields). Reading those weights into flat posting lists once lets a query skip lunr's per-clause token-set
 * intersections and per-field match objects, which cost ~3 ms on queries that hit most of 1,000 documents.
 */
function extractPostings(lunrIndex: lunr.Index, methods: readonly Method[]): Map<string, PostingList> {
  const { invertedIndex, fieldVectors } = lunrIndex.toJSON() as unknown as SerialisedLunrIndex;
  const termByIndex: string[] = [];
  for (const [term, posting] of invertedIndex) termByIndex[posting._index] = term;
  const docNumber = new Map(methods.map((method, position) => [method.slug, position]));
  const weights = new Map<string, Map<number, number>>();
  for (const [fieldRef, elements] of fieldVectors) {
    const doc = docNumber.get(fieldRef.slice(fieldRef.indexOf("/") + 1));
    if (doc === undefined) continue;
    for (let i = 0; i < elements.length; i += 2) {
      const term = termByIndex[elements[i]];
      const perDoc = weights.get(term) ?? new Map<number, number>();
      perDoc.set(doc, (perDoc.get(doc) ?? 0) + elements[i + 1]);
      weights.set(term, perDoc);
    }
  }
  const postings = new Map<string, PostingList>();
  for (const [term, perDoc] of weights) {
    const docs = Int32Array.from([...perDoc.keys()].sort((a, b) => a - b));
    postings.set(term, { docs, weights: Float64Array.from(docs, (doc) => perDoc.get(doc) ?? 0) });
  }
  return postings;
}

function firstSpelling(values: readonly string[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const value of values) if (!labels.has(fold(value))) labels.set(fold(value), value);
  return labels;
}

function indexedMethod(method: Method, recordForm: (form: string, stemmed: string) => void): IndexedMethod {
  const { rest, section: bronnen } = splitOffSection(method.body, "Bronnen");
  return {
    method,
    competenceKeys: [...new Set([...method.competenties, ...method.competenties.map(rolVan)])],
    foldedDoelgroepen: [...new Set(method.doelgroepen.map(fold))],
    // The literature list is searched too ("Rollnick" finds motiverende gespreksvoering) but quoted only when the
    // method's own text does not match: a klantmanager should read what the method is, not a reference.
    snippetSources: [
      snippetSource(method.samenvatting, recordForm),
      snippetSource(markdownToPlainText(rest, VERWACHTE_SECTIES), recordForm),
      snippetSource(markdownToPlainText(bronnen, VERWACHTE_SECTIES), recordForm),
    ],
    labels: [
      ...method.doelgroepen.map((text) => ({ text, soort: "doelgroep" as const, terms: new Set(snippetSource(text).terms) })),
      ...method.tags.map((text) => ({ text, soort: "trefwoord" as const, terms: new Set(snippetSource(text).terms) })),
    ],
  };
}

function synonymLookup(groups: SynonymGroups): SynonymLookup {
  const groupOf = new Map<string, number>();
  const members = groups.map((group, i) =>
    group.map((member) => {
      const key = words(member).map((w) => stem(joinHyphenated(w.text)));
      groupOf.set(key.join(" "), i);
      return key.filter((term) => !isStopWord(term));
    }),
  );
  const longestMember = Math.max(1, ...[...groupOf.keys()].map((key) => key.split(" ").length));
  return { groupOf, members, longestMember };
}

// ---------- query planning ----------

interface WeightedTerm {
  term: string;
  boost: number;
}

/** One thing the user asked for; satisfied when every term of at least one alternative matches. */
interface Concept {
  alternatives: WeightedTerm[][];
}

/** Sanitised query words: only letters and digits survive, so lunr's query syntax (`*~:^+-`) never reaches it. */
export function queryWords(q: string): string[] {
  return words(q.slice(0, MAX_QUERY_LENGTH))
    .map((word) => joinHyphenated(word.text))
    .slice(0, MAX_QUERY_WORDS);
}

function planQuery(index: SearchIndex, q: string): Concept[] {
  const typed = queryWords(q);
  const stems = typed.map(stem);
  const concepts: Concept[] = [];
  for (let i = 0; i < typed.length; ) {
    const phrase = findPhrase(index.synonyms, stems, i);
    if (phrase) {
      concepts.push({ alternatives: synonymAlternatives(index.synonyms, phrase.group) });
      i += phrase.length;
      continue;
    }
    const word = typed[i++];
    const group = index.synonyms.groupOf.get(stem(word));
    if (isStopWord(word) && group === undefined) continue;
    const alternatives = [...termPlan(index, word), ...(group === undefined ? [] : synonymAlternatives(index.synonyms, group))];
    concepts.push({ alternatives });
  }
  return concepts;
}

function findPhrase(synonyms: SynonymLookup, stems: readonly string[], start: number): { group: number; length: number } | undefined {
  for (let length = Math.min(synonyms.longestMember, MAX_PHRASE_WORDS, stems.length - start); length >= 2; length--) {
    const group = synonyms.groupOf.get(stems.slice(start, start + length).join(" "));
    if (group !== undefined) return { group, length };
  }
  return undefined;
}

function synonymAlternatives(synonyms: SynonymLookup, group: number): WeightedTerm[][] {
  // A phrase's words share the synonym weight, so a common word inside a phrase ("werk" in "wet werk en bijstand")
  // does not outweigh the phrase itself.
  return synonyms.members[group]
    .filter((member) => member.length > 0)
    .map((member) => member.map((term) => ({ term, boost: BOOST.synonym / member.length })));
}

/** The typed word, its compound completions and (for unknown words) its near misses, each as one alternative. */
function termPlan(index: SearchIndex, word: string): WeightedTerm[][] {
  const cached = index.planCache.get(word);
  if (cached) return cached;
  const stemmed = stem(word);
  const plan: WeightedTerm[] = [{ term: stemmed, boost: BOOST.exact }];
  if (word.length >= MIN_PREFIX_LENGTH) plan.push(...prefixExpansions(index, stemmed));
  const known = index.documentFrequency.has(stemmed) || plan.length > 1;
  if (!known && word.length >= MIN_FUZZY_LENGTH) plan.push(...fuzzyExpansions(index, word));
  const alternatives = dedupe(plan).map((term) => [term]);
  if (index.planCache.size >= PLAN_CACHE_SIZE) index.planCache.clear();
  index.planCache.set(word, alternatives);
  return alternatives;
}

/** Vocabulary stems that start with `stemmed` (`schuldhulp` → `schuldhulpverlen`), most frequent first, capped. */
function prefixExpansions(index: SearchIndex, stemmed: string): WeightedTerm[] {
  const found: string[] = [];
  for (let i = lowerBound(index.stems, stemmed); i < index.stems.length && index.stems[i].startsWith(stemmed); i++) {
    if (index.stems[i] !== stemmed) found.push(index.stems[i]);
  }
  return mostFrequent(index, found, MAX_PREFIX_EXPANSIONS).map((term) => ({
    term,
    boost: (BOOST.prefix * stemmed.length) / term.length,
  }));
}

function fuzzyExpansions(index: SearchIndex, word: string): WeightedTerm[] {
  const maxDistance = word.length >= MIN_FUZZY2_LENGTH ? 2 : 1;
  const byStem = new Map<string, number>();
  for (let length = word.length - maxDistance; length <= word.length + maxDistance; length++) {
    for (const candidate of index.wordsByLength.get(length) ?? []) {
      const distance = boundedEditDistance(word, candidate, maxDistance);
      if (distance > maxDistance) continue;
      const candidateStem = index.stemOfWord.get(candidate) ?? candidate;
      byStem.set(candidateStem, Math.min(distance, byStem.get(candidateStem) ?? distance));
    }
  }
  return mostFrequent(index, [...byStem.keys()], MAX_FUZZY_EXPANSIONS).map((term) => ({
    term,
    boost: byStem.get(term) === 1 ? BOOST.fuzzy1 : BOOST.fuzzy2,
  }));
}

function mostFrequent(index: SearchIndex, terms: string[], limit: number): string[] {
  if (terms.length <= limit) return terms;
  const df = (term: string) => index.documentFrequency.get(term) ?? 0;
  return terms.sort((a, b) => df(b) - df(a) || a.length - b.length).slice(0, limit);
}

function dedupe(terms: WeightedTerm[]): WeightedTerm[] {
  const best = new Map<string, number>();
  for (const { term, boost } of terms) best.set(term, Math.max(boost, best.get(term) ?? 0));
  return [...best].map(([term, boost]) => ({ term, boost }));
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Optimal-string-alignment distance (a swap of two letters counts as one typo), or `max + 1` once it is exceeded. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > max) return max + 1;
    [beforePrevious, previous] = [previous, current];
  }
  return previous[b.length];
}

// ---------- matching ----------

interface QueryResult {
  /** Matching documents, best first. */
  docs: number[];
  /** Raw score per entry of `docs`. */
  scores: number[];
  /** Query terms found in a document, for highlighting; computed only for the page shown. */
  termsIn(doc: number): Set<string>;
}

function runQuery(index: SearchIndex, concepts: readonly Concept[]): QueryResult {
  const clauses = new Map<string, number>();
  for (const concept of concepts) {
    for (const alternative of concept.alternatives) {
      for (const { term, boost } of alternative) {
        if (index.postings.has(term)) clauses.set(term, Math.max(boost, clauses.get(term) ?? 0));
      }
    }
  }
  const { scores, conceptsMatched, lastConcept } = index.scratch;
  const touched: number[] = [];
  for (const [term, boost] of clauses) {
    const { docs, weights } = index.postings.get(term) as PostingList;
    for (let i = 0; i < docs.length; i++) {
      if (scores[docs[i]] === 0) touched.push(docs[i]);
      scores[docs[i]] += boost * weights[i];
    }
  }
  concepts.forEach((concept, c) => countConceptMatches(index, concept, c + 1));
  // Every concept must match; when that leaves nothing, fall back to "any concept" rather than an empty page.
  let docs = touched.filter((doc) => conceptsMatched[doc] === concepts.length);
  if (docs.length === 0) docs = touched.filter((doc) => conceptsMatched[doc] > 0);
  docs.sort((a, b) => scores[b] - scores[a] || a - b);
  const docScores = docs.map((doc) => scores[doc]);
  for (const doc of touched) scores[doc] = conceptsMatched[doc] = lastConcept[doc] = 0;
  return { docs, scores: docScores, termsIn: (doc) => matchedTerms(index, concepts, doc) };
}

/** Adds 1 to `conceptsMatched` for each document in which every term of at least one alternative occurs. */
function countConceptMatches(index: SearchIndex, concept: Concept, stamp: number): void {
  const { conceptsMatched, lastConcept } = index.scratch;
  for (const alternative of concept.alternatives) {
    const lists = [...new Set(alternative.map(({ term }) => term))].map((term) => index.postings.get(term));
    if (lists.some((list) => list === undefined)) continue;
    const [first, ...rest] = lists as PostingList[];
    for (const doc of first.docs) {
      if (lastConcept[doc] === stamp || !rest.every((list) => containsDoc(list, doc))) continue;
      lastConcept[doc] = stamp;
      conceptsMatched[doc]++;
    }
  }
}

/** Terms of the alternatives that fully match `doc`: the words worth highlighting (not half of a phrase). */
function matchedTerms(index: SearchIndex, concepts: readonly Concept[], doc: number): Set<string> {
  const terms = new Set<string>();
  const inDoc = (term: string) => {
    const list = index.postings.get(term);
    return list !== undefined && containsDoc(list, doc);
  };
  for (const concept of concepts) {
    for (const alternative of concept.alternatives) {
      if (alternative.every(({ term }) => inDoc(term))) for (const { term } of alternative) terms.add(term);
    }
  }
  return terms;
}

function containsDoc(list: PostingList, doc: number): boolean {
  let low = 0;
  let high = list.docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (list.docs[middle] === doc) return true;
    if (list.docs[middle] < doc) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

// ---------- search ----------

export interface SearchQuery {
  q?: string;
  erkenning?: readonly string[];
  competentie?: readonly string[];
  doelgroep?: readonly string[];
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  slug: string;
  titel: string;
  samenvatting: string;
  erkenning: Erkenning;
  /** 1 for the best hit, relative below it; 0 when there was no query. */
  score: number;
  /** HTML: escaped text with `<mark>` around matches. */
  snippet: string;
  /** When the snippet marks nothing: the doelgroepen and tags the query matched, so the hit explains itself. */
  gevondenVia: MatchedLabel[];
}

export interface MatchedLabel {
  text: string;
  soort: "trefwoord" | "doelgroep";
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface CompetenceFacetValue extends FacetValue {
  niveau: "rol" | "competentie";
  rol: string;
}

export interface SearchResponse {
  total: number;
  results: SearchResult[];
  facets: { erkenning: FacetValue[]; competentie: CompetenceFacetValue[]; doelgroep: FacetValue[] };
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export function search(index: SearchIndex, query: SearchQuery): SearchResponse {
  const concepts = planQuery(index, query.q ?? "");
  const result: QueryResult =
    concepts.length === 0
      ? { docs: index.methods.map((_, doc) => doc), scores: index.methods.map(() => 0), termsIn: () => new Set() }
      : runQuery(index, concepts);
  const facets = computeFacets(index, result.docs, query);
  const visible = hasFilters(query) ? result.docs.flatMap((doc, i) => (passesFilters(index.entries[doc], query) ? [i] : [])) : result.docs.map((_, i) => i);
  const topScore = result.scores[visible[0]] || 1;
  const limit = clamp(query.limit ?? DEFAULT_LIMIT, 1, MAX_LIMIT);
  const offset = Math.max(0, query.offset ?? 0);
  return {
    total: visible.length,
    results: visible.slice(offset, offset + limit).map((i) => {
      const doc = result.docs[i];
      const { method, snippetSources, labels } = index.entries[doc];
      const terms = result.termsIn(doc);
      const snippet = snippetFor(method, snippetSources, terms);
      return {
        slug: method.slug,
        titel: method.titel,
        samenvatting: method.samenvatting,
        erkenning: method.erkenning,
        score: Math.round((result.scores[i] / topScore) * 1000) / 1000,
        snippet,
        gevondenVia: snippet.includes("<mark>") ? [] : matchedLabels(labels, terms),
      };
    }),
    facets,
  };
}

function snippetFor(method: Method, sources: readonly SnippetSource[], terms: ReadonlySet<string>): string {
  if (terms.size === 0) return escapeHtml(shorten(method.samenvatting, SNIPPET_LENGTH));
  return buildSnippet(sources.slice(0, 2), terms, SNIPPET_LENGTH, sources.slice(2));
}

function matchedLabels(labels: IndexedMethod["labels"], terms: ReadonlySet<string>): MatchedLabel[] {
  if (terms.size === 0) return [];
  return labels.filter((label) => [...label.terms].some((term) => terms.has(term))).map(({ text, soort }) => ({ text, soort }));
}

function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength + 1).replace(/\s+\S*$/, "");
  return `${cut.replace(/[\s,.;:]+$/, "")}…`;
}

function hasFilters(query: SearchQuery): boolean {
  return Boolean(query.erkenning?.length || query.competentie?.length || query.doelgroep?.length);
}

function passesFilters({ method, foldedDoelgroepen }: IndexedMethod, query: SearchQuery): boolean {
  const { erkenning = [], competentie = [], doelgroep = [] } = query;
  if (erkenning.length > 0 && !erkenning.includes(method.erkenning)) return false;
  if (competentie.length > 0 && !competentie.some((filter) => method.competenties.some((id) => competenceMatches(filter, id)))) return false;
  if (doelgroep.length > 0 && !doelgroep.some((wanted) => foldedDoelgroepen.includes(fold(wanted)))) return false;
  return true;
}

/**
 * Counts over the whole result set before filters; values with no hits are left out unless selected.
 * `competenceKeys` and `foldedDoelgroepen` hold distinct values, so a method counts once per value.
 */
function computeFacets(index: SearchIndex, docs: readonly number[], query: SearchQuery): SearchResponse["facets"] {
  const selected = (values: readonly string[] | undefined, value: string) => values?.includes(value) ?? false;
  const erkenningCounts = new Map<string, number>();
  const competenceCounts = new Map<string, number>();
  const doelgroepCounts = new Map<string, number>();
  for (const doc of docs) {
    const entry = index.entries[doc];
    increment(erkenningCounts, entry.method.erkenning);
    for (const key of entry.competenceKeys) increment(competenceCounts, key);
    for (const key of entry.foldedDoelgroepen) increment(doelgroepCounts, key);
  }

  const erkenning = ERKENNINGEN.map((value) => ({ value, label: ERKENNING_LABELS[value], count: erkenningCounts.get(value) ?? 0 })).filter(
    (facet) => facet.count > 0 || selected(query.erkenning, facet.value),
  );

  const competentie = index.competenceOrder
    .map((entry) => ({ value: entry.id, label: entry.naam, count: competenceCounts.get(entry.id) ?? 0, niveau: entry.niveau, rol: entry.rol }))
    .filter((facet) => facet.count > 0 || selected(query.competentie, facet.value));

  const selectedDoelgroepen = (query.doelgroep ?? []).map(fold).filter((key) => !doelgroepCounts.has(key));
  const doelgroep = [...doelgroepCounts.keys(), ...new Set(selectedDoelgroepen)]
    .map((key) => {
      const label = index.doelgroepLabels.get(key) ?? key;
      return { value: label, label, count: doelgroepCounts.get(key) ?? 0 };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "nl"));

  return { erkenning, competentie, doelgroep };
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.trunc(value) || min));
}

// ---------- related methods ----------

/** Methods that share competences (exact id weighs most, same role less), tags and doelgroepen with `slug`. */
export function relatedMethods(library: { methods: readonly Method[] }, slug: string, n = 3): Method[] {
  const method = library.methods.find((m) => m.slug === slug);
  if (!method) return [];
  const overlap = (a: readonly string[], b: readonly string[]) => {
    const set = new Set(a.map(fold));
    return new Set(b.map(fold).filter((value) => set.has(value))).size;
  };
  return library.methods
    .filter((other) => other.slug !== slug)
    .map((other) => ({
      other,
      score:
        3 * overlap(method.competenties, other.competenties) +
        overlap(method.competenties.map(rolVan), other.competenties.map(rolVan)) +
        2 * overlap(method.tags, other.tags) +
        overlap(method.doelgroepen, other.doelgroepen),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || erkenningRang(b.other.erkenning) - erkenningRang(a.other.erkenning) || a.other.titel.localeCompare(b.other.titel, "nl"))
    .slice(0, Math.max(0, n))
    .map(({ other }) => other);
}

// ---------- HTTP parameters ----------

const COMPETENCE_ID = /^[a-z]+(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/** `?erkenning=a&erkenning=b` and `?erkenning=a,b` both give [a, b]. */
function listParam(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
}

function fromUrlSearchParams(input: unknown): unknown {
  if (!(input instanceof URLSearchParams)) return input;
  const optional = (name: string) => input.get(name) ?? undefined;
  return {
    q: optional("q"),
    erkenning: listParam(input.getAll("erkenning")),
    competentie: listParam(input.getAll("competentie")),
    doelgroep: listParam(input.getAll("doelgroep")),
    limit: optional("limit"),
    offset: optional("offset"),
  };
}

const wholeNumber = (naam: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `${naam} moet een geheel getal zijn` })
    .transform(Number)
    .pipe(z.number().min(min, { error: `${naam} moet minstens ${min} zijn` }).max(max, { error: `${naam} mag hoogstens ${max} zijn` }));

export const searchParamsSchema = z.preprocess(
  fromUrlSearchParams,
  z.object({
    q: z.string().max(MAX_QUERY_LENGTH, { error: `de zoekvraag is te lang; maximaal ${MAX_QUERY_LENGTH} tekens` }).default(""),
    erkenning: z
      .array(z.enum(ERKENNINGEN, { error: (issue) => `onbekend erkenningsniveau ${JSON.stringify(issue.input)}; kies uit: ${ERKENNINGEN.join(", ")}` }))
      .max(ERKENNINGEN.length, { error: "te veel erkenningsniveaus" })
      .default([]),
    competentie: z
      .array(z.string().regex(COMPETENCE_ID, { error: (issue) => `onbekende competentie ${JSON.stringify(issue.input)}` }))
      .max(50, { error: "te veel competenties" })
      .default([]),
    doelgroep: z
      .array(z.string().max(100, { error: "een doelgroep is hoogstens 100 tekens" }))
      .max(20, { error: "te veel doelgroepen" })
      .default([]),
    limit: wholeNumber("limit", 1, MAX_LIMIT).default(DEFAULT_LIMIT),
    offset: wholeNumber("offset", 0, 10_000).default(0),
  }),
);

export type SearchParams = z.output<typeof searchParamsSchema>;

export type ParsedSearchParams = { ok: true; data: SearchParams } | { ok: false; error: { code: "ongeldige_zoekopdracht"; message: string } };

/** Validates query parameters; with an index, competence ids must also exist in competenties.yml. */
export function parseSearchParams(params: URLSearchParams, index?: Pick<SearchIndex, "competences">): ParsedSearchParams {
  const result = searchParamsSchema.safeParse(params);
  if (!result.success) return invalid(result.error.issues[0]?.message ?? "ongeldige zoekopdracht");
  const unknown = index && result.data.competentie.find((id) => !index.competences.has(id));
  if (unknown) return invalid(`onbekende competentie "${unknown}"`);
  return { ok: true, data: result.data };
}

function invalid(message: string): ParsedSearchParams {
  return { ok: false, error: { code: "ongeldige_zoekopdracht", message } };
}
