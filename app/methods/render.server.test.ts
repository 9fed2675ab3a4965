import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown, splitOffSection } from "./render.server";

describe("renderMarkdown sanitises", () => {
  it("drops raw <script> blocks and inline HTML", () => {
    const { html } = renderMarkdown('Tekst\n\n<script>alert("xss")</script>\n\nen <b onclick="x()">vet</b>.');
    expect(html).not.toMatch(/<script|alert|onclick|<b[ >]/);
    expect(html).toContain("<p>Tekst</p>");
  });

  it("drops event handlers such as onerror on images written as HTML", () => {
    const { html } = renderMarkdown("<img src=x onerror=alert(1)>\n\n![foto](plaatje.png)");
    expect(html).not.toMatch(/onerror|alert/);
    expect(html).toContain('<img src="plaatje.png" alt="foto">');
  });

  it("neutralises javascript: links and image sources", () => {
    const { html } = renderMarkdown("[klik](javascript:alert(1)) [ook](JaVaScRiPt:alert(2)) ![x](javascript:alert(3)) [goed](https://example.org)");
    expect(html).not.toMatch(/javascript/i);
    expect(html).toContain('<a href="https://example.org">goed</a>');
  });

  it("renders GFM tables, strikethrough and task lists", () => {
    const { html } = renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~oud~~\n\n- [x] klaar");
    expect(html).toContain("<table>");
    expect(html).toContain("<del>oud</del>");
    expect(html).toContain('type="checkbox"');
  });
});

describe("table of contents", () => {
  const { html, toc } = renderMarkdown("# Titel\n\n## Doelgroep\n\n### Jongeren *tot* 27\n\n## Werkzame elementen\n\n#### Diep\n\n## Doelgroep\n\nNoot[^1].\n\n[^1]: Bron.");

  it("lists h2 and h3 with their depth", () => {
    expect(toc).toEqual([
      { id: "doelgroep", text: "Doelgroep", depth: 2 },
      { id: "jongeren-tot-27", text: "Jongeren tot 27", depth: 3 },
      { id: "werkzame-elementen", text: "Werkzame elementen", depth: 2 },
      { id: "doelgroep-1", text: "Doelgroep", depth: 2 },
    ]);
  });

  it("every TOC id exists in the HTML without the user-content- prefix", () => {
    for (const entry of toc) expect(html).toContain(`id="${entry.id}"`);
    expect(html).not.toMatch(/id="user-content-(doelgroep|werkzame)/);
  });

  it("footnote links and targets agree (no double prefix)", () => {
    const href = /href="#(user-content-fn-1)"/.exec(html)?.[1];
    expect(href).toBe("user-content-fn-1");
    expect(html).toContain(`id="${href}"`);
    expect(html).not.toContain("user-content-user-content");
    expect(html).toContain("Voetnoten");
  });
});

describe("markdownToPlainText", () => {
  it("keeps visible text, drops raw HTML, code blocks and the given headings", () => {
    const text = markdownToPlainText("## Aanpak\n\nBel **direct** na.\n\n<script>x()</script>\n\n```\ncode\n```\n\n## Eigen kop\n\n- punt één\n- punt twee", ["Aanpak"]);
    expect(text).toBe("Bel direct na. Eigen kop punt één punt twee");
  });

  it("keeps link and image text, drops URLs, table pipes and footnote markers", () => {
    const text = markdownToPlainText("Zie [Divosa](https://divosa.nl) en ![schema](s.png)[^1].\n\n| a | b |\n|---|---|\n| c | d |\n\n[^1]: Noot.");
    expect(text).toBe("Zie Divosa en schema. a b c d Noot.");
  });
});

describe("splitOffSection", () => {
  it("takes one section with its subsections and leaves the rest in order", () => {
    const md = "## Aanpak\nBellen.\n\n## Bronnen\nMiller.\n### Online\nwww.x.nl\n\n## Zie ook\nMeer.";
    const { rest, section } = splitOffSection(md, "bronnen");
    expect(section).toBe("## Bronnen\nMiller.\n### Online\nwww.x.nl\n");
    expect(rest).toBe("## Aanpak\nBellen.\n\n## Zie ook\nMeer.");
    expect(splitOffSection("Geen koppen.", "Bronnen")).toEqual({ rest: "Geen koppen.", section: "" });
  });
});
