import PDFDocument from "pdfkit";
import { formatDate, formatEuro, formatHours, formatNumber } from "./format";
import type { ActivityView, PlanView } from "./plans.server";
import type { Points } from "./points";
import { activityTypeLabel, goalStatusLabel, levelLabels, planStatusLabel } from "./types";

// The plan as an A4 PDF for the yearly conversation (jaargesprek). pdfkit's built-in Helvetica writes
// WinAnsi, which covers Dutch accents (ë, é, ï) and the euro sign.

const MARGIN = 56;
const GREY = "#555555";
const LINE = "#bbbbbb";

const day = (key: string | null) => (key ? formatDate(`${key}T12:00:00Z`) : "geen");

export type PdfOptions = { compress?: boolean; punten?: Points; now?: Date };

export function renderPlanPdf(plan: PlanView, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    lang: "nl-NL",
    displayTitle: true,
    info: { Title: `Opleidingsplan ${plan.jaar} – ${plan.owner.naam}`, Author: "Elke dag leren", Subject: "Opleidingsplan voor het jaargesprek" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const heading = (text: string, size = 14) => {
    ensureSpace(doc, size * 3);
    doc.moveDown(0.6).font("Helvetica-Bold").fontSize(size).fillColor("black").text(text, MARGIN, undefined, { width });
    doc.moveDown(0.25);
  };
  const line = (label: string, value: string) => {
    doc.font("Helvetica-Bold").fontSize(10).fillColor("black").text(`${label}: `, MARGIN, undefined, { continued: true, width });
    doc.font("Helvetica").text(value);
  };

  doc.font("Helvetica-Bold").fontSize(20).text(`Opleidingsplan ${plan.jaar}`, { width });
  doc.font("Helvetica").fontSize(12).fillColor(GREY).text(`${plan.owner.naam}${plan.owner.teamNaam ? ` · ${plan.owner.teamNaam}` : ""}`);
  doc.moveDown(0.8).fillColor("black");
  line("Status", planStatusLabel(plan.status) + (plan.gewijzigdNaGoedkeuring ? " (gewijzigd na goedkeuring)" : ""));
  if (plan.beoordeeldDoor && plan.beoordeeldOp) line("Beoordeeld door", `${plan.beoordeeldDoor} op ${formatDate(plan.beoordeeldOp)}`);
  if (plan.commentaar) line("Opmerking leidinggevende", plan.commentaar);
  const p = plan.progress;
  line("Voortgang", p.percentage === null ? "nog geen doelen" : `${p.behaald} van ${p.doelen} doelen behaald (${p.percentage}%)`);
  line("Uren", formatHours(p.uren));
  line("Kosten", `${formatEuro(plan.kosten.besteed)} besteed, ${formatEuro(plan.kosten.gepland)} gepland`);
  if (options.punten) line("Registerpunten (vijfjaarsperiode)", `${formatNumber(options.punten.totaal)} (waarvan ${formatNumber(options.punten.reflectie)} reflectie uit intervisie)`);

  if (plan.goals.length === 0) {
    heading("Doelen");
    doc.font("Helvetica").fontSize(10).text("Er zijn nog geen doelen vastgelegd.");
  }
  plan.goals.forEach((goal, i) => {
    heading(`Doel ${i + 1}: ${goal.titel}`, 13);
    line("Competenties", goal.competenties.map((c) => c.naam).join(", ") || "geen");
    line("Niveau", `van ${levelLabels[goal.huidigNiveau] ?? goal.huidigNiveau} naar ${levelLabels[goal.doelNiveau] ?? goal.doelNiveau}`);
    line("Deadline", day(goal.deadline) + (goal.teLaat ? " (verlopen)" : ""));
    line("Status", goalStatusLabel(goal.status));
    activityTable(doc, goal.activities, width);
  });
  if (plan.overige.length > 0) {
    heading("Overige activiteiten (zoals intervisie)");
    activityTable(doc, plan.overige, width);
  }

  heading("Afspraken uit het jaargesprek");
  doc.font("Helvetica").fontSize(10);
  for (let i = 0; i < 4; i++) {
    ensureSpace(doc, 24);
    const y = doc.y + 18;
    doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).strokeColor(LINE).stroke();
    doc.y = y + 4;
  }
  ensureSpace(doc, 80);
  doc.moveDown(1.5);
  const sigY = doc.y;
  const half = width / 2 - 10;
  doc.font("Helvetica").fontSize(10).fillColor("black");
  doc.text("Medewerker", MARGIN, sigY, { width: half });
  doc.text("Leidinggevende", MARGIN + half + 20, sigY, { width: half });
  doc.moveTo(MARGIN, sigY + 50).lineTo(MARGIN + half, sigY + 50).strokeColor(LINE).stroke();
  doc.moveTo(MARGIN + half + 20, sigY + 50).lineTo(MARGIN + width, sigY + 50).stroke();
  doc.fillColor(GREY).text("Naam, datum en handtekening", MARGIN, sigY + 55, { width: half });
  doc.text("Naam, datum en handtekening", MARGIN + half + 20, sigY + 55, { width: half });

  const range = doc.bufferedPageRange();
  const printed = formatDate(options.now ?? new Date());
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(8).fillColor(GREY);
    doc.text(`Elke dag leren · opleidingsplan ${plan.jaar} van ${plan.owner.naam} · gemaakt op ${printed} · pagina ${i + 1} van ${range.count}`, MARGIN, doc.page.height - 36, { width, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

function ensureSpace(doc: PDFKit.PDFDocument, needed: number) {
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

const columns = [
  { label: "Datum", w: 0.16 },
  { label: "Soort", w: 0.17 },
  { label: "Omschrijving", w: 0.37 },
  { label: "Uren", w: 0.09, align: "right" as const },
  { label: "Kosten", w: 0.13, align: "right" as const },
  { label: "Punten", w: 0.08, align: "right" as const },
];

function activityTable(doc: PDFKit.PDFDocument, activities: ActivityView[], width: number) {
  doc.moveDown(0.3);
  if (activities.length === 0) {
    doc.font("Helvetica-Oblique").fontSize(10).fillColor(GREY).text("Nog geen activiteiten.", MARGIN, undefined, { width });
    doc.fillColor("black");
    return;
  }
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9).fillColor("black");
    const heights = cells.map((c, i) => doc.heightOfString(c, { width: columns[i].w * width - 6 }));
    const h = Math.max(...heights) + 6;
    ensureSpace(doc, h + 4);
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.text(c, x + 3, y + 3, { width: columns[i].w * width - 6, align: columns[i].align ?? "left" });
      x += columns[i].w * width;
    });
    doc.moveTo(MARGIN, y + h).lineTo(MARGIN + width, y + h).strokeColor(LINE).stroke();
    doc.x = MARGIN;
    doc.y = y + h;
  };
  row(columns.map((c) => c.label), true);
  for (const a of activities) {
    const omschrijving = [a.titel, a.aanbieder ? `Aanbieder: ${a.aanbieder}` : "", a.notities ? `Reflectie: ${a.notities}` : ""].filter(Boolean).join("\n");
    row([day(a.datum), activityTypeLabel(a.type), omschrijving, formatNumber(a.uren), formatEuro(a.kostenCent), a.registerpunten === null ? "" : formatNumber(a.registerpunten)], false);
  }
  doc.moveDown(0.3);
}
