import { describe, expect, it } from "vitest";
import { exportFileName, planCsv } from "./export";
import { renderPlanPdf } from "./pdf.server";
import type { PlanView } from "./plans.server";

// Node's TextDecoder reads "windows-1252" as Latin-1, so the few WinAnsi extras we print are mapped here.
const winAnsiExtras: Record<number, string> = { 0x80: "€", 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—" };
const winAnsi = (byte: number) => winAnsiExtras[byte] ?? String.fromCharCode(byte);

/** The text lines of an uncompressed pdfkit PDF: its TJ arrays of WinAnsi hex strings. */
function pdfText(pdf: Buffer): string[] {
  const source = pdf.toString("latin1");
  return [...source.matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)].map((m) =>
    [...m[1].matchAll(/<([0-9a-f]*)>/g)].map((h) => [...Buffer.from(h[1], "hex")].map(winAnsi).join("")).join(""),
  );
}

const plan: PlanView = {
  id: "p1",
  jaar: 2026,
  status: "goedgekeurd",
  commentaar: "Plan de cursus vóór de zomer.",
  beoordeeldDoor: "Lotte Bakker",
  beoordeeldOp: "2026-03-02T10:00:00.000Z",
  gewijzigdNaGoedkeuring: false,
  owner: { id: "u1", naam: "Anna de Wit", teamId: "t1", teamNaam: "Team Werk" },
  goals: [
    {
      id: "g1",
      titel: "Juridische kennis Participatiewet",
      huidigNiveau: 1,
      doelNiveau: 3,
      deadline: "2026-11-30",
      status: "bezig",
      competenties: [{ id: "monitorend.juridische-kennis", naam: "Juridische kennis (Participatiewet en handhaving)" }],
      teLaat: false,
      suggesties: [],
      activities: [
        { id: "a1", goalId: "g1", type: "cursus", titel: "Cursus Participatiewet", datum: "2026-01-15", uren: 16, kostenCent: 125050, aanbieder: "Divosa Academie", registerpunten: 12, notities: "Geleerd: maatregelen uitleggen; ik ben zekerder.", methodSlug: null, automatisch: false },
      ],
    },
    { id: "g2", titel: "Slechtnieuwsgesprekken voeren", huidigNiveau: 2, doelNiveau: 3, deadline: null, status: "open", competenties: [], teLaat: false, suggesties: [], activities: [] },
  ],
  overige: [{ id: "a2", goalId: null, type: "intervisie", titel: "Intervisie (roddelmethode)", datum: "2026-02-10", uren: 2, kostenCent: 0, aanbieder: null, registerpunten: 2, notities: null, methodSlug: null, automatisch: true }],
  progress: { doelen: 2, behaald: 0, percentage: 0, uren: 18, teLaat: 0 },
  kosten: { besteed: 125050, gepland: 0 },
  changes: [],
};

describe("plan PDF", () => {
  it("is a PDF with the goals, activities, Dutch accents and euro amounts in it", async () => {
    const pdf = await renderPlanPdf(plan, { compress: false, punten: { reflectie: 2, scholing: 12, totaal: 14 }, now: new Date("2026-03-05T12:00:00Z") });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf).join("\n");
    expect(text).toContain("Opleidingsplan 2026");
    expect(text).toContain("Doel 1: Juridische kennis Participatiewet");
    expect(text).toContain("Doel 2: Slechtnieuwsgesprekken voeren");
    expect(text).toContain("Plan de cursus vóór de zomer.");
    expect(text).toContain("€\u00a01.250,50");
    expect(text).toContain("van 1 – beginner naar 3 – ervaren");
    expect(text).toContain("15 januari 2026");
    expect(text).toContain("Intervisie (roddelmethode)");
    expect(text).toContain("pagina 1 van");
    expect(text).toContain("Leidinggevende");
  });

  it("compresses by default and stays small", async () => {
    const pdf = await renderPlanPdf(plan);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeLessThan(40_000);
  });
});

describe("plan CSV", () => {
  it("has a goals table and an activities table with Dutch numbers", () => {
    const csv = planCsv(plan);
    expect(csv.startsWith("\uFEFFOpleidingsplan;2026;Anna de Wit;Team Werk;Goedgekeurd\r\n")).toBe(true);
    expect(csv).toContain("Juridische kennis Participatiewet;Juridische kennis (Participatiewet en handhaving);1;3;30-11-2026;Bezig\r\n");
    expect(csv).toContain('Juridische kennis Participatiewet;Cursus of training;Cursus Participatiewet;15-01-2026;16;1250,50;Divosa Academie;12;"Geleerd: maatregelen uitleggen; ik ben zekerder."\r\n');
    expect(csv).toContain(";Intervisie;Intervisie (roddelmethode);10-02-2026;2;0,00;;2;\r\n");
    expect(exportFileName(plan, "csv")).toBe("opleidingsplan-2026-anna-de-wit.csv");
  });
});
