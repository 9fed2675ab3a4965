import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Minimal shapes of the syntax trees we walk. The hoisted @types/hast and @types/mdast are older majors (from
// Remix's own dependencies) than the ones unified 11 uses, so importing them would mix incompatible versions.
interface TreeNode {
  type: string;
  tagName?: string;
  value?: string;
  depth?: number;
  properties?: Record<string, unknown>;
  children?: TreeNode[];
}

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface RenderedMarkdown {
  html: string;
  toc: TocEntry[];
}

// Without raw HTML no author-written id reaches the sanitiser; the only ids are footnote ids that remark-rehype
// already prefixes with `user-content-`. Prefixing again (the GitHub default) would give `user-content-user-content-fn-1`
// while the footnote links still point at `#user-content-fn-1`, so the sanitiser's own prefix is switched off.
const sanitizeSchema = { ...defaultSchema, clobberPrefix: "" };

// Slugs are added AFTER sanitising, so heading ids stay `aanpak` (not `user-content-aanpak`) and the TOC links work.
// Slug ids are derived from heading text only.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, {
    footnoteLabel: "Voetnoten",
    footnoteBackLabel: (referenceIndex: number) => `Terug naar verwijzing ${referenceIndex + 1}`,
  })
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeSlug)
  .use(rehypeStringify);

/** Markdown → sanitised HTML plus a table of contents of the h2/h3 headings. Raw HTML in the source is dropped. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const tree = processor.runSync(processor.parse(markdown));
  return { html: processor.stringify(tree), toc: tableOfContents(tree as TreeNode) };
}

function tableOfContents(tree: TreeNode): TocEntry[] {
  const toc: TocEntry[] = [];
  const visit = (nodes: readonly TreeNode[]) => {
    for (const node of nodes) {
      if (node.type !== "element") continue;
      const id = node.properties?.id;
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof id === "string" && !isGeneratedHeading(node)) {
        toc.push({ id, text: elementText(node).trim(), depth: node.tagName === "h2" ? 2 : 3 });
      }
      visit(node.children ?? []);
    }
  };
  visit(tree.children ?? []);
  return toc;
}

/** The hidden "Voetnoten" heading remark-rehype adds is not part of the author's outline. */
function isGeneratedHeading(element: TreeNode): boolean {
  const className = element.properties?.className;
  return Array.isArray(className) && className.includes("sr-only");
}

function elementText(element: TreeNode): string {
  return (element.children ?? []).map((child) => (child.type === "text" ? (child.value ?? "") : elementText(child))).join("");
}

/** A Markdown ATX heading line: its hashes (the level) and its text. */
const HEADING_LINE = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/**
 * Splits one section off a Markdown document: the lines from the heading named `heading` (any level, case-insensitive)
 * up to the next heading of the same or a higher level, and the rest. For the search, which quotes a method's own
 * text before its literature list.
 */
export function splitOffSection(markdown: string, heading: string): { rest: string; section: string } {
  const rest: string[] = [];
  const section: string[] = [];
  let level = 0;
  for (const line of markdown.split("\n")) {
    const h = HEADING_LINE.exec(line);
    if (h && level && h[1].length <= level) level = 0;
    if (h && !level && inlineText(h[2]).toLowerCase() === heading.toLowerCase()) level = h[1].length;
    (level ? section : rest).push(line);
  }
  return { rest: rest.join("\n"), section: section.join("\n") };
}

/**
 * Visible text of a Markdown document, blocks separated by a space, for the search index and snippets.
 * Headings listed in `skipHeadings` (the section names every method has) are left out.
 * Deliberately a light line-based stripper rather than a full parse: it runs for every method at index build,
 * where a unified parse cost ~1 ms per document; search text does not need exact Markdown semantics.
 */
export function markdownToPlainText(markdown: string, skipHeadings: readonly string[] = []): string {
  const skip = new Set(skipHeadings.map((heading) => heading.toLowerCase()));
  const blocks: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split("\n")) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = undefined;
      continue;
    }
    if (fence !== undefined || /^\s{0,3}(<\/?[a-zA-Z!]|\[[^\]^][^\]]*\]:\s)/.test(line) || /^\s*([-*_]\s*){3,}$/.test(line)) continue;
    const heading = HEADING_LINE.exec(line);
    if (heading && skip.has(inlineText(heading[2]).toLowerCase())) continue;
    const withoutMarkers = line.replace(/^\s{0,3}\[\^[^\]]+\]:\s*/, "").replace(/^\s*(>\s?)*(\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?)?/, "");
    const text = inlineText(heading ? heading[2] : withoutMarkers);
    if (text) blocks.push(text);
  }
  return blocks.join(" ").replace(/\s+/g, " ").trim();
}

function inlineText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/\[\^[^\]]+\]/g, "")
    .replace(/^\s*\|?\s*:?-{3,}.*$/, "")
    .replace(/\s*\|\s*/g, " ")
    .replace(/(\*\*|__|~~|[*_`])/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1")
    .trim();
}
