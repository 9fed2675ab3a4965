import { expandHyphenated, isStopWord, stem, words, type Word } from "./dutch.server";

export const SNIPPET_LENGTH = 180;
const CONTEXT_BEFORE = 40;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface SnippetSource {
  text: string;
  words: readonly Word[];
  /** Stem → positions in `words` (hyphenated words under each part and the joined form); stop words left out. */
  positions: ReadonlyMap<string, readonly number[]>;
  /** The stems in text order, as the search index receives them. */
  terms: readonly string[];
}

/**
 * Analyses `text` once for both the search index and snippets: folded words, hyphenated words also as parts and
 * joined (`re-integratie` → `re`, `integratie`, `reintegratie`), stop words dropped, stemmed.
 * `recordForm` sees every (folded form, stem) pair, for the typo vocabulary.
 */
export function snippetSource(text: string, recordForm?: (form: string, stemmed: string) => void): SnippetSource {
  const sourceWords = words(text);
  const positions = new Map<string, number[]>();
  const terms: string[] = [];
  sourceWords.forEach((word, position) => {
    for (const form of expandHyphenated(word.text)) {
      if (isStopWord(form)) continue;
      const stemmed = stem(form);
      recordForm?.(form, stemmed);
      terms.push(stemmed);
      const list = positions.get(stemmed);
      if (!list) positions.set(stemmed, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    }
  });
  return { text, words: sourceWords, positions, terms };
}

/**
 * An HTML excerpt of at most ~`maxLength` characters around the densest cluster of words whose stem is in `terms`,
 * with matches in `<mark>` and everything else escaped. Sources are tried in order (samenvatting before body);
 * the one with most distinct matches wins, and without matches the first source is shortened. `lastResort` sources
 * (a literature list) are quoted only when none of `sources` matches.
 */
export function buildSnippet(sources: readonly SnippetSource[], terms: ReadonlySet<string>, maxLength = SNIPPET_LENGTH, lastResort: readonly SnippetSource[] = []): string {
  const best = bestSource(sources, terms) ?? bestSource(lastResort, terms);
  if (!best) {
    const first = sources.find((source) => source.text.trim() !== "")?.text ?? "";
    return renderWindow(first, [], 0, cutEnd(first, 0, maxLength));
  }
  const { start, end } = bestWindow(best.text, best.matches, maxLength);
  return renderWindow(best.text, best.matches, start, end);
}

/** The source with most distinct matched words (the earlier one on a tie), or undefined when none matches. */
function bestSource(sources: readonly SnippetSource[], terms: ReadonlySet<string>): { text: string; matches: Word[]; distinct: number } | undefined {
  let best: { text: string; matches: Word[]; distinct: number } | undefined;
  for (const source of sources) {
    const matches = matchingWords(source, terms);
    const distinct = new Set(matches.map((m) => m.text)).size;
    if (distinct > 0 && (!best || distinct > best.distinct)) best = { text: source.text, matches, distinct };
  }
  return best;
}

function matchingWords(source: SnippetSource, terms: ReadonlySet<string>): Word[] {
  const positions = new Set<number>();
  for (const term of terms) for (const position of source.positions.get(term) ?? []) positions.add(position);
  return [...positions].sort((a, b) => a - b).map((position) => source.words[position]);
}

/** The window of `maxLength` characters with the most distinct matched words (then the most matches), in one pass. */
function bestWindow(text: string, matches: readonly Word[], maxLength: number): { start: number; end: number } {
  if (text.length <= maxLength) return { start: 0, end: text.length };
  const inWindow = new Map<string, number>();
  let bestStart = 0;
  let bestScore = -1;
  let last = 0;
  for (let first = 0; first < matches.length; first++) {
    const start = Math.max(0, Math.min(matches[first].start - CONTEXT_BEFORE, text.length - maxLength));
    while (last < matches.length && (last <= first || matches[last].end <= start + maxLength)) {
      inWindow.set(matches[last].text, (inWindow.get(matches[last].text) ?? 0) + 1);
      last++;
    }
    const score = inWindow.size * 100 + (last - first);
    if (score > bestScore) [bestStart, bestScore] = [start, score];
    const leaving = matches[first].text;
    const remaining = (inWindow.get(leaving) ?? 1) - 1;
    if (remaining === 0) inWindow.delete(leaving);
    else inWindow.set(leaving, remaining);
  }
  const start = cutStart(text, bestStart);
  return { start, end: cutEnd(text, start, maxLength) };
}

/** Moves a start offset forward to the beginning of a word, so the excerpt does not open mid-word. */
function cutStart(text: string, start: number): number {
  if (start === 0 || /\s/.test(text[start - 1])) return start;
  const nextSpace = text.slice(start).search(/\s/);
  return nextSpace === -1 ? start : start + nextSpace + 1;
}

/** Last word boundary before `start + maxLength`. */
function cutEnd(text: string, start: number, maxLength: number): number {
  const limit = start + maxLength;
  if (limit >= text.length) return text.length;
  const lastSpace = text.slice(start, limit + 1).search(/\s\S*$/);
  return lastSpace > 0 ? start + lastSpace : limit;
}

function renderWindow(text: string, matches: readonly Word[], start: number, end: number): string {
  let html = start > 0 ? "…" : "";
  let position = start;
  for (const match of matches) {
    if (match.start < start || match.end > end) continue;
    html += `${escapeHtml(text.slice(position, match.start))}<mark>${escapeHtml(text.slice(match.start, match.end))}</mark>`;
    position = match.end;
  }
  const tail = text.slice(position, end).trimEnd();
  if (end >= text.length) return html + escapeHtml(tail);
  return `${html}${escapeHtml(tail.replace(/[\s,.;:]+$/, ""))}…`;
}
