// Offsets in the anonymise domain are Unicode code points (end exclusive); the UI slices UTF-16 strings.

/** Converts a code-point offset from detect() back to a UTF-16 index (for String.prototype.slice). */
export function toUtf16Index(text: string, codePoint: number): number {
  let cp = 0;
  let i = 0;
  while (i < text.length && cp < codePoint) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    cp++;
  }
  return i;
}
