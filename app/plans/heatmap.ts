// Competence heatmap: per member and competence the current level (self-assessment, or the goal's starting
// level when there is none, raised by achieved goals) and the target level (highest target of a live goal).

export type HeatGoal = { status: string; huidigNiveau: number; doelNiveau: number; competenties: string[] };

export type HeatCell = { huidig: number | null; doel: number | null; tone: "geen" | "groei" | "behaald" | "stabiel" };

export function heatCell(competentie: string, selfAssessment: number | undefined, goals: HeatGoal[]): HeatCell {
  const relevant = goals.filter((g) => g.status !== "vervallen" && g.competenties.includes(competentie));
  let huidig: number | null = selfAssessment ?? null;
  if (huidig === null && relevant.length > 0) huidig = Math.min(...relevant.map((g) => g.huidigNiveau));
  for (const g of relevant) if (g.status === "behaald") huidig = Math.max(huidig ?? 0, g.doelNiveau);
  const doel = relevant.length > 0 ? Math.max(...relevant.map((g) => g.doelNiveau)) : null;
  const tone = doel === null ? (huidig === null ? "geen" : "stabiel") : huidig !== null && huidig >= doel ? "behaald" : "groei";
  return { huidig, doel, tone };
}

/** The text in a cell, e.g. "2 → 3", "2", "—". */
export function heatCellText(cell: HeatCell): string {
  if (cell.doel !== null) return `${cell.huidig ?? "?"} → ${cell.doel}`;
  return cell.huidig === null ? "—" : String(cell.huidig);
}

/** A sentence for screen readers and the title attribute. */
export function heatCellDescription(cell: HeatCell): string {
  const huidig = cell.huidig === null ? "niveau onbekend" : `nu niveau ${cell.huidig}`;
  if (cell.doel === null) return cell.huidig === null ? "geen gegevens" : `${huidig}, geen doel`;
  return cell.tone === "behaald" ? `${huidig}, doel ${cell.doel} bereikt` : `${huidig}, doel niveau ${cell.doel}`;
}
