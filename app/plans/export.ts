import { toCsv } from "./csv";
import { formatShortDate } from "./format";
import type { PlanView } from "./plans.server";
import { activityTypeLabel, goalStatusLabel, planStatusLabel } from "./types";

// The plan as rows for Dutch Excel; browser-safe and pure (PlanView is only a type here).

const amount = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

export function planCsv(plan: PlanView): string {
  const goalTitle = new Map(plan.goals.map((g) => [g.id, g.titel]));
  const activities = [...plan.goals.flatMap((g) => g.activities), ...plan.overige];
  return toCsv([
    ["Opleidingsplan", String(plan.jaar), plan.owner.naam, plan.owner.teamNaam ?? "", planStatusLabel(plan.status)],
    [],
    ["Doel", "Competenties", "Huidig niveau", "Doelniveau", "Deadline", "Status"],
    ...plan.goals.map((g) => [g.titel, g.competenties.map((c) => c.naam).join(", "), g.huidigNiveau, g.doelNiveau, formatShortDate(g.deadline && `${g.deadline}T12:00:00Z`), goalStatusLabel(g.status)]),
    [],
    ["Doel", "Soort activiteit", "Omschrijving", "Datum", "Uren", "Kosten (EUR)", "Aanbieder", "Registerpunten", "Reflectie en bewijs"],
    ...activities.map((a) => [
      a.goalId ? (goalTitle.get(a.goalId) ?? "") : "",
      activityTypeLabel(a.type),
      a.titel,
      formatShortDate(`${a.datum}T12:00:00Z`),
      a.uren,
      amount(a.kostenCent),
      a.aanbieder ?? "",
      a.registerpunten,
      a.notities ?? "",
    ]),
  ]);
}

export function exportFileName(plan: Pick<PlanView, "jaar" | "owner">, ext: "csv" | "pdf"): string {
  const slug = plan.owner.naam
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `opleidingsplan-${plan.jaar}-${slug}.${ext}`;
}
