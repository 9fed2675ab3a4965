import { describe, expect, it } from "vitest";
import { memberCost, teamBudget } from "./budget";
import { csvCell, toCsv } from "./csv";
import { dateFromInput, dayKey, formatDate, formatEuro, parseDutchNumber, parseEuroToCents } from "./format";
import { heatCell, heatCellText } from "./heatmap";
import { registerPeriod, registerPoints } from "./points";
import { isOverdue, planProgress } from "./progress";

describe("progress", () => {
  const today = "2025-06-15";
  it("counts achieved goals as a percentage, ignoring dropped ones", () => {
    const goals = [
      { status: "behaald", deadline: null },
      { status: "bezig", deadline: "2025-12-01" },
      { status: "open", deadline: null },
      { status: "vervallen", deadline: "2025-01-01" },
    ];
    const p = planProgress(goals, [{ uren: 1.5 }, { uren: 2.25 }], today);
    expect(p).toEqual({ doelen: 3, behaald: 1, percentage: 33, uren: 3.75, teLaat: 0 });
  });
  it("has no percentage without goals", () => {
    expect(planProgress([], [], today).percentage).toBeNull();
  });
  it("marks a goal overdue only after its deadline day and while it is not done", () => {
    expect(isOverdue({ status: "open", deadline: "2025-06-14" }, today)).toBe(true);
    expect(isOverdue({ status: "open", deadline: "2025-06-15" }, today)).toBe(false);
    expect(isOverdue({ status: "behaald", deadline: "2025-01-01" }, today)).toBe(false);
    expect(isOverdue({ status: "vervallen", deadline: "2025-01-01" }, today)).toBe(false);
    expect(isOverdue({ status: "bezig", deadline: null }, today)).toBe(false);
  });
});

describe("budget", () => {
  it("splits cost into spent (until today) and planned (later)", () => {
    const cost = memberCost(
      [
        { kostenCent: 45000, datum: "2025-03-01" },
        { kostenCent: 12550, datum: "2025-06-15" },
        { kostenCent: 30000, datum: "2025-09-01" },
      ],
      "2025-06-15",
    );
    expect(cost).toEqual({ besteed: 57550, gepland: 30000 });
  });
  it("sets team spending against budget per member × members", () => {
    const b = teamBudget(92500, [{ besteed: 57550, gepland: 30000 }, { besteed: 0, gepland: 0 }]);
    expect(b).toEqual({ budget: 185000, besteed: 57550, gepland: 30000, resterend: 97450, percentage: 47, overschreden: false });
    const over = teamBudget(50000, [{ besteed: 40000, gepland: 20000 }]);
    expect(over.resterend).toBe(-10000);
    expect(over.overschreden).toBe(true);
    expect(teamBudget(0, []).percentage).toBeNull();
  });
});

describe("register points", () => {
  it("uses the current year and the four before it", () => {
    expect(registerPeriod(2025)).toEqual({ van: 2021, tot: 2025 });
  });
  it("counts intervisie hours as reflection and accredited points separately, only when done and inside the period", () => {
    const points = registerPoints(
      [
        { type: "intervisie", uren: 2, registerpunten: 2, datum: "2025-02-01" },
        { type: "intervisie", uren: 1.5, registerpunten: null, datum: "2024-05-01" },
        { type: "cursus", uren: 16, registerpunten: 12, datum: "2023-10-10" },
        { type: "on-the-job", uren: 40, registerpunten: null, datum: "2025-01-10" },
        { type: "cursus", uren: 8, registerpunten: 8, datum: "2020-12-31" },
        { type: "opleiding", uren: 8, registerpunten: 8, datum: "2025-12-01" },
      ],
      { van: 2021, tot: 2025 },
      "2025-06-15",
    );
    expect(points).toEqual({ reflectie: 3.5, scholing: 12, totaal: 15.5 });
  });
});

describe("heatmap", () => {
  it("shows the current level against the highest target", () => {
    const goals = [
      { status: "bezig", huidigNiveau: 2, doelNiveau: 3, competenties: ["a"] },
      { status: "open", huidigNiveau: 2, doelNiveau: 4, competenties: ["a", "b"] },
    ];
    expect(heatCellText(heatCell("a", 2, goals))).toBe("2 → 4");
    expect(heatCell("a", 2, goals).tone).toBe("groei");
    expect(heatCellText(heatCell("c", 3, goals))).toBe("3");
    expect(heatCellText(heatCell("c", undefined, goals))).toBe("—");
  });
  it("uses the goal's starting level without a self-assessment and counts achieved goals", () => {
    const goals = [{ status: "behaald", huidigNiveau: 1, doelNiveau: 3, competenties: ["a"] }];
    const cell = heatCell("a", undefined, goals);
    expect(cell).toEqual({ huidig: 3, doel: 3, tone: "behaald" });
    expect(heatCell("a", undefined, [{ status: "vervallen", huidigNiveau: 1, doelNiveau: 3, competenties: ["a"] }]).doel).toBeNull();
  });
});

describe("Dutch formatting", () => {
  it("shows money in euro the Dutch way", () => {
    expect(formatEuro(92500).replace(/\s/g, " ")).toBe("€ 925,00");
    expect(formatEuro(123456).replace(/\s/g, " ")).toBe("€ 1.234,56");
  });
  it("parses Dutch amounts and numbers", () => {
    expect(parseEuroToCents("12,50")).toBe(1250);
    expect(parseEuroToCents("€ 1.250,00")).toBe(125000);
    expect(parseEuroToCents("1.250")).toBe(125000);
    expect(parseEuroToCents("12.5")).toBe(1250);
    expect(parseEuroToCents("twaalf")).toBeNull();
    expect(parseDutchNumber("1,5")).toBe(1.5);
    expect(parseDutchNumber("")).toBeNull();
  });
  it("keeps a date input on its calendar day in Amsterdam", () => {
    const d = dateFromInput("2025-03-30");
    expect(dayKey(d)).toBe("2025-03-30");
    expect(formatDate(d)).toBe("30 maart 2025");
    expect(dayKey(new Date("2025-06-30T22:30:00Z"))).toBe("2025-07-01");
  });
});

describe("CSV for Dutch Excel", () => {
  it("starts with a BOM, separates with ; and quotes where needed", () => {
    const csv = toCsv([["Doel", "Kosten"], ['Gesprekken "lastig"; echt', 12.5], ["Regel\nnieuw", null]]);
    expect(csv.startsWith("\uFEFFDoel;Kosten\r\n")).toBe(true);
    expect(csv).toContain('"Gesprekken ""lastig""; echt";12,5\r\n');
    expect(csv).toContain('"Regel\nnieuw";\r\n');
  });
  it("defuses formulas", () => {
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(-3)).toBe("-3");
  });
});

describe("workflow", async () => {
  const { checkTransition, availableTransitions } = await import("./workflow");
  const plan = { status: "concept" as const, gewijzigdNaGoedkeuring: false, goalCount: 2 };
  it("lets the owner submit a concept with goals, and not without", () => {
    expect(checkTransition(plan, "indienen", "eigenaar")).toEqual({ ok: true, to: "ingediend" });
    expect(checkTransition({ ...plan, goalCount: 0 }, "indienen", "eigenaar").ok).toBe(false);
    expect(checkTransition(plan, "indienen", "leidinggevende").ok).toBe(false);
  });
  it("lets only the leidinggevende approve a submitted plan, and return it with a comment", () => {
    const ingediend = { ...plan, status: "ingediend" as const };
    expect(checkTransition(ingediend, "goedkeuren", "leidinggevende")).toEqual({ ok: true, to: "goedgekeurd" });
    expect(checkTransition(ingediend, "goedkeuren", "eigenaar").ok).toBe(false);
    expect(checkTransition(ingediend, "terugsturen", "leidinggevende", " ").ok).toBe(false);
    expect(checkTransition(ingediend, "terugsturen", "leidinggevende", "Maak doel 2 concreter")).toEqual({ ok: true, to: "concept" });
    expect(checkTransition(plan, "goedkeuren", "leidinggevende").ok).toBe(false);
  });
  it("re-approval is only needed after a change", () => {
    const approved = { ...plan, status: "goedgekeurd" as const };
    expect(availableTransitions(approved, "leidinggevende")).toEqual(["terugsturen", "afronden"]);
    expect(availableTransitions({ ...approved, gewijzigdNaGoedkeuring: true }, "leidinggevende")).toEqual(["goedkeuren", "terugsturen", "afronden"]);
    expect(availableTransitions(approved, "eigenaar")).toEqual(["afronden"]);
    expect(availableTransitions({ ...plan, status: "afgerond" }, "eigenaar")).toEqual([]);
  });
});
