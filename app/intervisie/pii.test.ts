import { describe, expect, it } from "vitest";
import { blockingSpans, detectPiiInBackground, loadDetectPii, placeholderFor, replaceAll, replaceMentions, replaceSpan, sameMentions } from "./pii";
import { detectPii } from "./pii.server";
import { mayWrite } from "./speaking";

describe("PII gate helpers", () => {
  it("loads the browser's detector on demand, once, and it finds what the server's check finds", async () => {
    const text = "Mevrouw Fatma Yilmaz (43) uit Hoogeveen, tel. 06-12345678, BSN 111222333.";
    const [detect, again] = await Promise.all([loadDetectPii(), loadDetectPii()]);
    expect(detect).toBe(again);
    expect(detect(text)).toEqual(detectPii(text));
    expect(detect(text).map((s) => s.label)).toEqual(expect.arrayContaining(["persoon", "leeftijd", "plaats", "telefoon", "bsn"]));
  });
  it("checks on the page itself where no Web Worker can run, with the same answer as the server", async () => {
    const text = "Dhr. Pieter de Vries woont aan de Kerkstraat 12, 7101 AB Winterswijk.";
    expect(typeof Worker).toBe("undefined");
    expect(await detectPiiInBackground(text)).toEqual(detectPii(text));
  });
  const text = "Gesprek met mevrouw Jansen (BSN 111222333) over de achterstand.";

  it("replaces one span by code-point offsets and leaves the rest", () => {
    const bsn = detectPii(text).find((s) => s.label === "bsn")!;
    expect(replaceSpan(text, bsn)).toBe("Gesprek met mevrouw Jansen (BSN [BSN]) over de achterstand.");
  });

  it("counts offsets in code points, also after an emoji", () => {
    const withEmoji = `👍 ${text}`;
    const bsn = detectPii(withEmoji).find((s) => s.label === "bsn")!;
    expect([...withEmoji].slice(bsn.start, bsn.end).join("")).toBe("111222333");
    expect(replaceSpan(withEmoji, bsn)).toContain("(BSN [BSN])");
  });

  it("replaces every mention of the same name with one click, and the next name gets the next letter", () => {
    const chat = "Ik sprak Sanne Bakker. Sanne Bakker werkt bij de bakker; haar broer Joris Bakker helpt ook. sanne bakker belt morgen.";
    const spans = detectPii(chat);
    const sanne = spans.find((s) => s.text === "Sanne Bakker")!;
    expect(sameMentions(sanne, spans).map((s) => s.text)).toEqual(["Sanne Bakker", "Sanne Bakker", "sanne bakker"]);
    const once = replaceMentions(chat, sanne, spans);
    expect(once).toBe("Ik sprak [Persoon A]. [Persoon A] werkt bij de bakker; haar broer Joris Bakker helpt ook. [Persoon A] belt morgen.");
    const again = detectPii(once);
    const joris = again.find((s) => s.text === "Joris Bakker")!;
    expect(replaceMentions(once, joris, again)).toContain("haar broer [Persoon B] helpt ook");
  });

  it("gives the next free letter to a new person and numbers places", () => {
    expect(placeholderFor({ start: 0, end: 1, label: "persoon", text: "X" }, "Eerst [Persoon A] en [Persoon B].")).toBe("[Persoon C]");
    expect(placeholderFor({ start: 0, end: 1, label: "plaats", text: "X" }, "In [Plaats 1].")).toBe("[Plaats 2]");
  });

  it("replaces everything at once, leaving no detected span", () => {
    const out = replaceAll(text, detectPii(text));
    expect(out).not.toMatch(/Jansen|111222333/);
    expect(detectPii(out)).toEqual([]);
  });

  it("lets only exceptions with a reason unblock their exact span", () => {
    const spans = detectPii(text);
    const person = spans.find((s) => s.label === "persoon")!;
    expect(blockingSpans(spans, [{ ...person, reden: "" }])).toHaveLength(spans.length);
    expect(blockingSpans(spans, [{ ...person, start: person.start + 1, reden: "toneelfiguur" }])).toHaveLength(spans.length);
    expect(blockingSpans(spans, [{ ...person, reden: "toneelfiguur" }])).toHaveLength(spans.length - 1);
  });
});

describe("speaking rights", () => {
  const fase = (spreekrecht: "iedereen" | "inbrenger" | "groep" | "niemand", schriftelijk = false) => ({ spreekrecht, schriftelijk });
  it("follows iedereen / inbrenger / groep / niemand", () => {
    expect([mayWrite(fase("iedereen"), true), mayWrite(fase("iedereen"), false)]).toEqual([true, true]);
    expect([mayWrite(fase("inbrenger"), true), mayWrite(fase("inbrenger"), false)]).toEqual([true, false]);
    expect([mayWrite(fase("groep"), true), mayWrite(fase("groep"), false)]).toEqual([false, true]);
    expect([mayWrite(fase("niemand"), true), mayWrite(fase("niemand"), false)]).toEqual([false, false]);
  });
  it("lets everyone hand in a written contribution in a silent written round", () => {
    expect([mayWrite(fase("niemand", true), true), mayWrite(fase("niemand", true), false)]).toEqual([true, true]);
    expect([mayWrite(fase("groep", true), true), mayWrite(fase("groep", true), false)]).toEqual([false, true]);
  });
});
