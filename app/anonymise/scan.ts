// Scanning helpers for the detector, which runs on every chat message on the server (keep them allocation-free).

const NONE: RegExpExecArray[] = [];
Object.freeze(NONE);

/**
 * The matches of a global regex, exactly as `[...text.matchAll(re)]` gives them (same start at `re.lastIndex`, same
 * step over an empty match), without the copy of the regex that `matchAll` makes on every call. No match: one shared,
 * frozen empty array.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("allMatches needs a global regex");
  let m = re.exec(text);
  if (!m) return NONE;
  const out: RegExpExecArray[] = [];
  while (m) {
    out.push(m);
    if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes("v"));
    m = re.exec(text);
  }
  return out;
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

const GLUED = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/**
 * Where `word` stands in `text` as a word of its own: no letter (nor, unless `digitMayTouch`, a digit) right before or
 * right after it. One indexOf walk (a regex built per word and run over the whole text made long texts quadratic).
 */
export function mentions(text: string, word: string, digitMayTouch = false): number[] {
  const glued = digitMayTouch ? LETTER : GLUED;
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (!glued.test(text.charAt(at - 1)) && !glued.test(text.charAt(at + word.length))) out.push(at);
  return out;
}

/** Whether `s` contains any of `words` (plain substring tests, for guards). */
export function hasAny(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.includes(w)) return true;
  return false;
}

let guardsOn = true;
/** Test hook: with guards off every guarded scan and rule runs, so a test can show the guards change nothing. */
export function setGuards(on: boolean): void {
  guardsOn = on;
}
/** A guard: `possible` is a cheap necessary condition of the scan it protects; with guards off it always holds. */
export const may = (possible: boolean): boolean => possible || !guardsOn;
