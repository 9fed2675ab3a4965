// Progress arithmetic for a plan: pure functions over plain values, so they are unit-tested and reused by
// the plan page, the team view and the exports. Days are "JJJJ-MM-DD" strings (see format.ts dayKey).

export type GoalLike = { status: string; deadline: string | null };
export type ActivityLike = { uren: number; kostenCent: number; datum: string; type: string; registerpunten: number | null };

export type Progress = {
  /** goals that count: everything except "vervallen" */
  doelen: number;
  behaald: number;
  /** 0–100, rounded; null when there are no goals that count */
  percentage: number | null;
  uren: number;
  teLaat: number;
};

/** A goal is overdue when its deadline has passed (before today) and it is neither achieved nor dropped. */
export function isOverdue(goal: GoalLike, today: string): boolean {
  if (!goal.deadline || goal.status === "behaald" || goal.status === "vervallen") return false;
  return goal.deadline < today;
}

export function planProgress(goals: GoalLike[], activities: Pick<ActivityLike, "uren">[], today: string): Progress {
  const counting = goals.filter((g) => g.status !== "vervallen");
  const behaald = counting.filter((g) => g.status === "behaald").length;
  return {
    doelen: counting.length,
    behaald,
    percentage: counting.length === 0 ? null : Math.round((behaald / counting.length) * 100),
    uren: roundHours(activities.reduce((sum, a) => sum + a.uren, 0)),
    teLaat: goals.filter((g) => isOverdue(g, today)).length,
  };
}

export function roundHours(value: number): number {
  return Math.round(value * 100) / 100;
}
