import type { ActivityLike } from "./progress";

// Budget arithmetic, all in cents. "Besteed" = cost of activities dated today or earlier; "gepland" = cost of
// later activities. The team budget is budgetPerLid × the number of members whose plans the leader follows.

export type MemberCost = { besteed: number; gepland: number };

export function memberCost(activities: Pick<ActivityLike, "kostenCent" | "datum">[], today: string): MemberCost {
  let besteed = 0;
  let gepland = 0;
  for (const a of activities) {
    if (a.datum <= today) besteed += a.kostenCent;
    else gepland += a.kostenCent;
  }
  return { besteed, gepland };
}

export type TeamBudget = {
  budget: number;
  besteed: number;
  gepland: number;
  /** budget − besteed − gepland; negative means overspent */
  resterend: number;
  /** share of the budget spent or planned, 0–100+ (null when the budget is 0) */
  percentage: number | null;
  overschreden: boolean;
};

export function teamBudget(budgetPerLid: number, members: MemberCost[]): TeamBudget {
  const budget = budgetPerLid * members.length;
  const besteed = members.reduce((s, m) => s + m.besteed, 0);
  const gepland = members.reduce((s, m) => s + m.gepland, 0);
  const resterend = budget - besteed - gepland;
  return {
    budget,
    besteed,
    gepland,
    resterend,
    percentage: budget === 0 ? null : Math.round(((besteed + gepland) / budget) * 100),
    overschreden: resterend < 0,
  };
}
