import { words, type Word } from "./dutch.server";

export const SNIPPET_LENGTH = 180;
const CONTEXT_BEFORE = 40;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * An HTML excerpt of at most ~`maxLength` characters around the densest cluster of matching words, with
 * matches in `<mark>` and everything else escaped. Sources are tried in order (samenvatting before body);
 * the one with most distinct matches wins, and without matches the first source is shortened.
 */
export function buildSnippet(sources: readonly string[], isMatch: (word: Word) => boolean, maxLength = SNIPPET_LENGTH): string {
  let best: { text: string; matches: Word[]; distinct: number } | undefined;
  for (const text of sources) {
    const matches = words(text).filter(isMatch);
    const distinct = new Set(matches.map((m) => m.text)).size;
    if (distinct > 0 && (!best || distinct > best.distinct)) best = { text, matches, distinct };
  }
  if (!best) {
    const first = sources.find((text) => text.trim() !== "") ?? "";
    return renderWindow(first, [], 0, cutEnd(first, 0, maxLength));
  }
  const { start, end } = bestWindow(best.text, best.matches, maxLength);
  return renderWindow(best.text, best.matches, start, end);
}

function bestWindow(text: string, matches: readonly Word[], maxLength: number): { start: number; end: number } {
  if (text.length <= maxLength) return { start: 0, end: text.length };
  let bestStart = 0;
  let bestScore = -1;
  for (const anchor of matches) {
    const start = Math.max(0, Math.min(anchor.start - CONTEXT_BEFORE, text.length - maxLength));
    const inside = matches.filter((m) => m.start >= start && m.end <= start + maxLength);
    const score = new Set(inside.map((m) => m.text)).size * 100 + inside.length;
    if (score > bestScore) [bestStart, bestScore] = [start, score];
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
