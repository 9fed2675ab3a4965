import { describe, expect, it } from "vitest";
import { safeRedirect } from "./auth.server";

describe("safeRedirect", () => {
  it("keeps paths inside the app", () => {
    expect(safeRedirect("/methoden?q=lks")).toBe("/methoden?q=lks");
  });
  it.each(["https://kwaad.example", "//kwaad.example", "/\\kwaad.example", "javascript:alert(1)", null, undefined])(
    "refuses %s",
    (to) => {
      expect(safeRedirect(to as string)).toBe("/");
    },
  );
});
