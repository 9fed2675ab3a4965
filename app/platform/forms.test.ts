import { describe, expect, it } from "vitest";
import { parseFormData } from "./forms.server";
import { manyOf, z } from "./validation";

const schema = z.object({ naam: z.string().min(2, "Te kort"), groepen: manyOf(z.string()) });

function form(entries: [string, string][]) {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
}

describe("parseFormData", () => {
  it("reads repeated fields as a list and a missing one as empty", () => {
    const one = parseFormData(form([["naam", "Ans"], ["groepen", "a"], ["groepen", "b"]]), schema);
    expect(one.ok && one.data).toEqual({ naam: "Ans", groepen: ["a", "b"] });
    const none = parseFormData(form([["naam", "Ans"]]), schema);
    expect(none.ok && none.data).toEqual({ naam: "Ans", groepen: [] });
  });

  it("returns Dutch field messages and keeps the typed values", () => {
    const result = parseFormData(form([["naam", "A"], ["csrf", "geheim"]]), schema);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.naam).toBe("Te kort");
    expect(result.values).toEqual({ naam: "A" });
  });

  it("uses zod's Dutch defaults where a schema gives no message", () => {
    const result = parseFormData(form([]), z.object({ leeftijd: z.number() }));
    expect(!result.ok && result.fieldErrors.leeftijd).toMatch(/Ongeldige invoer|verwacht/i);
  });
});
