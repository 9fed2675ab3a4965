// Browser-safe vocabulary of the opleidingsplannen domain: statuses, activity types and their Dutch labels.

export const PLAN_STATUSES = ["concept", "ingediend", "goedgekeurd", "afgerond"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const planStatusLabels: Record<PlanStatus, string> = {
  concept: "Concept",
  ingediend: "Ingediend bij leidinggevende",
  goedgekeurd: "Goedgekeurd",
  afgerond: "Afgerond",
};

export const GOAL_STATUSES = ["open", "bezig", "behaald", "vervallen"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const goalStatusLabels: Record<GoalStatus, string> = {
  open: "Nog niet begonnen",
  bezig: "Bezig",
  behaald: "Behaald",
  vervallen: "Vervallen",
};

export const ACTIVITY_TYPES = ["opleiding", "cursus", "intervisie", "methode", "coaching", "on-the-job", "anders"] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const activityTypeLabels: Record<ActivityType, string> = {
  opleiding: "Opleiding",
  cursus: "Cursus of training",
  intervisie: "Intervisie",
  methode: "Methode toepassen",
  coaching: "Coaching",
  "on-the-job": "Leren op de werkplek (on the job)",
  anders: "Anders",
};

export const LEVELS = [1, 2, 3, 4] as const;
export const levelLabels: Record<number, string> = {
  1: "1 – beginner",
  2: "2 – zelfstandig",
  3: "3 – ervaren",
  4: "4 – expert",
};

export function isPlanStatus(v: string): v is PlanStatus {
  return (PLAN_STATUSES as readonly string[]).includes(v);
}
export function planStatusLabel(v: string): string {
  return isPlanStatus(v) ? planStatusLabels[v] : v;
}
export function goalStatusLabel(v: string): string {
  return (goalStatusLabels as Record<string, string>)[v] ?? v;
}
export function activityTypeLabel(v: string): string {
  return (activityTypeLabels as Record<string, string>)[v] ?? v;
}

/** Default yearly budget per team member in cents (Divosa 2010: EUR 925 on average). */
export const DEFAULT_BUDGET_PER_LID = 92_500;
