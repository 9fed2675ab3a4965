import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";

export type FrontMatterSplit =
  | { ok: true; yamlText: string; yamlStartLine: number; body: string; bodyStartLine: number }
  | { ok: false; line: number; message: string };

/** Splits `---\n<yaml>\n---\n<body>`; the YAML starts on line 2 of the file. */
export function splitFrontMatter(source: string): FrontMatterSplit {
  const lines = normaliseNewlines(source).split("\n");
  if (lines[0]?.trim() !== "---") {
    return { ok: false, line: 1, message: "front-matter ontbreekt: het bestand moet beginnen met een regel `---`" };
  }
  const closing = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (closing === -1) {
    return { ok: false, line: 1, message: "front-matter wordt niet afgesloten: voeg een regel `---` toe na de laatste sleutel" };
  }
  return {
    ok: true,
    yamlText: lines.slice(1, closing).join("\n"),
    yamlStartLine: 2,
    body: lines.slice(closing + 1).join("\n"),
    bodyStartLine: closing + 2,
  };
}

export function normaliseNewlines(source: string): string {
  return source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export interface YamlSource {
  doc: Document;
  /** Line in the file for a path of keys/indexes; falls back to the nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
  errors: { line: number; message: string }[];
}

export function parseYamlSource(yamlText: string, yamlStartLine: number): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + yamlStartLine - 1;
  return {
    doc,
    lineOf: (path) => lineOfPath(doc.contents, path, fileLine, Math.max(1, yamlStartLine - 1)),
    errors: doc.errors.map((error) => ({
      line: fileLine(error.pos[0]),
      message: dutchYamlError(error.code, error.message),
    })),
  };
}

function lineOfPath(
  root: Node | null,
  path: readonly PropertyKey[],
  fileLine: (offset: number) => number,
  startLine: number,
): number {
  let node: unknown = root;
  let line = startLine;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) line = fileLine(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item: unknown = node.items[key];
      if (!item) break;
      const range = (item as Node).range;
      if (range) line = fileLine(range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}

function dutchYamlError(code: string, message: string): string {
  const detail = message.split("\n")[0];
  switch (code) {
    case "DUPLICATE_KEY":
      return "ongeldige YAML: deze sleutel staat twee keer in hetzelfde blok";
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
      return `ongeldige YAML: controleer inspringing, dubbele punten en aanhalingstekens (${detail})`;
    default:
      return `ongeldige YAML: ${detail}`;
  }
}
