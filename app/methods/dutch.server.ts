import lunr from "lunr";
import stemmerSupport from "lunr-languages/lunr.stemmer.support.js";
import dutch from "lunr-languages/lunr.nl.js";

// The plugins register themselves on the lunr object they receive; order matters (support first).
stemmerSupport(lunr);
dutch(lunr);

interface DutchLunr {
  stemmer: lunr.PipelineFunction;
  stopWordFilter: lunr.PipelineFunction;
}
const nl = (lunr as unknown as { nl: DutchLunr }).nl;

export { lunr };

/** Lowercase and strip diacritics: `Cliënt` → `client`, `casuïstiek` → `casuistiek`, `ĳ` → `ij`. */
export function fold(text: string): string {
  // Most words are plain ASCII; skipping normalize() for them halves index build time.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export interface Word {
  /** Folded form, e.g. `client`. */
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * Words with their offsets in the original text. A hyphenated word (`re-integratie`) is one Word here;
 * `indexTerms` splits it into parts and a joined form.
 */
export function words(text: string): Word[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    text: fold(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** `re-integratie` → [`re`, `integratie`, `reintegratie`]; a plain word → itself. */
export function expandHyphenated(word: string): string[] {
  const parts = word.split(/[-'’]/).filter(Boolean);
  return parts.length > 1 ? [...parts, parts.join("")] : parts;
}

/** `re-integratie` → `reintegratie`, the form a user usually types. */
export function joinHyphenated(word: string): string {
  return word.replace(/[-'’]/g, "");
}

const stopWords = new Set<string>();
export function isStopWord(word: string): boolean {
  if (stopWords.size === 0) {
    for (const candidate of STOP_WORD_PROBE) if (!nl.stopWordFilter(new lunr.Token(candidate, {}), 0, [])) stopWords.add(candidate);
  }
  return stopWords.has(word);
}
// lunr.nl keeps its list private; probing it keeps our set identical to the stemmer's.
const STOP_WORD_PROBE =
  "aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou".split(
    " ",
  );

const stemCache = new Map<string, string>();
/** Snowball Dutch stem of a folded word, cached because the same words recur across documents and queries. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    const token = nl.stemmer(new lunr.Token(word, {}), 0, []);
    stemmed = token instanceof lunr.Token ? token.toString() : word;
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}
