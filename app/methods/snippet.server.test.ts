import { describe, expect, it } from "vitest";
import { stem } from "./dutch.server";
import { buildSnippet, escapeHtml, snippetSource } from "./snippet.server";

const terms = (...words: string[]) => new Set(words.map(stem));
const plain = (html: string) => html.replace(/<\/?mark>/g, "");

describe("buildSnippet", () => {
  it("returns a short text whole, with every match marked", () => {
    expect(buildSnippet([snippetSource("De cliënt bemiddelt; bemiddeling werkt.")], terms("bemiddelen", "bemiddelt"))).toBe(
      "De cliënt <mark>bemiddelt</mark>; <mark>bemiddeling</mark> werkt.",
    );
  });

  it("cuts a long text at word boundaries around the densest cluster, with ellipses", () => {
    const text = `${"Inleiding zonder treffers. ".repeat(20)}Hier staat schuldhulp naast armoede en schuldhulp. ${"Slot zonder treffers. ".repeat(20)}`;
    const snippet = buildSnippet([snippetSource(text)], terms("schuldhulp", "armoede"));
    expect(snippet).toMatch(/^…[A-Z]/);
    expect(snippet).toMatch(/…$/);
    expect(plain(snippet).length).toBeLessThanOrEqual(185);
    expect(snippet).toContain("<mark>schuldhulp</mark> naast <mark>armoede</mark> en <mark>schuldhulp</mark>");
  });

  it("prefers the source with more distinct matches, the first on a tie", () => {
    const samenvatting = snippetSource("Over werkgevers.");
    const body = snippetSource("Werkgevers en loonkostensubsidie.");
    expect(buildSnippet([samenvatting, body], terms("werkgever"))).toBe("Over <mark>werkgevers</mark>.");
    expect(buildSnippet([samenvatting, body], terms("werkgever", "loonkostensubsidie"))).toContain("<mark>loonkostensubsidie</mark>");
  });

  it("marks a hyphenated word when its joined form matched", () => {
    expect(buildSnippet([snippetSource("Stress belemmert re-integratie.")], terms("reintegratie"))).toBe(
      "Stress belemmert <mark>re-integratie</mark>.",
    );
  });

  it("escapes everything, including text next to a match", () => {
    const snippet = buildSnippet([snippetSource(`<b onclick="x">werk</b> & 'meer'`)], terms("werk"));
    expect(snippet).toBe("&#60;b onclick=&#34;x&#34;&#62;<mark>werk</mark>&#60;/b&#62; &#38; &#39;meer&#39;");
  });

  it("without matches, shortens the first non-empty source", () => {
    const snippet = buildSnippet([snippetSource(""), snippetSource("woord ".repeat(100))], terms("anders"));
    expect(snippet).toMatch(/^woord( woord)+…$/);
  });

  it("escapeHtml covers the five HTML-special characters", () => {
    expect(escapeHtml(`<>&"'`)).toBe("&#60;&#62;&#38;&#34;&#39;");
  });
});
