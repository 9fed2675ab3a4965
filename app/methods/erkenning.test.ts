import { describe, expect, it } from "vitest";
import { erkenningLabel, erkenningRang, isErkenning, isVerlopen, verlooptOp } from "./erkenning";
import { competenceMatches, rolVan } from "./competenties";
import { ERKENNINGEN } from "./types";

describe("erkenning", () => {
  it("has Dutch labels in the databank wording", () => {
    expect(erkenningLabel("effectief-goede")).toBe("Effectief – goede aanwijzingen");
    expect(ERKENNINGEN.map(erkenningLabel)[0]).toBe("Niet beoordeeld");
  });

  it("orders levels from niet beoordeeld to sterke aanwijzingen", () => {
    expect(erkenningRang("niet-beoordeeld")).toBeLessThan(erkenningRang("goed-beschreven"));
    expect(erkenningRang("effectief-sterke")).toBe(5);
    expect(isErkenning("effectief")).toBe(false);
  });

  it("expires goed-beschreven after 3 years and the others after 5", () => {
    expect(verlooptOp("goed-beschreven", "2022-03-15")).toBe("2025-03-15");
    expect(verlooptOp("goed-onderbouwd", "2022-03-15")).toBe("2027-03-15");
    expect(verlooptOp("effectief-sterke", "2020-02-29")).toBe("2025-03-01");
    expect(verlooptOp("niet-beoordeeld", "2022-03-15")).toBeUndefined();
    expect(verlooptOp("goed-beschreven", undefined)).toBeUndefined();
  });

  it("is expired on and after the expiry date", () => {
    expect(isVerlopen("2025-03-15", new Date("2025-03-14T12:00:00Z"))).toBe(false);
    expect(isVerlopen("2025-03-15", new Date("2025-03-15T12:00:00Z"))).toBe(true);
    expect(isVerlopen(undefined, new Date())).toBe(false);
  });
});

describe("competence lookup", () => {
  it("a role filter covers its sub-competences; a sub-competence only itself", () => {
    expect(rolVan("onderzoekend.diagnose")).toBe("onderzoekend");
    expect(competenceMatches("onderzoekend", "onderzoekend.diagnose")).toBe(true);
    expect(competenceMatches("onderzoekend", "onderzoekend")).toBe(true);
    expect(competenceMatches("onderzoekend.diagnose", "onderzoekend")).toBe(false);
    expect(competenceMatches("onderzoekend.diagnose", "lerend.diagnose")).toBe(false);
  });
});
