import { audit } from "~/accounts/audit.server";
import type { CurrentUser } from "~/accounts/auth.server";
import { db } from "~/platform/db.server";
import { appError, type AppError } from "~/platform/errors";
import type { Prisma } from "~/generated/prisma/client";
import type { PlanOwner } from "./access.server";
import { memberCost, type MemberCost } from "./budget";
import { competenceName, suggestMethods, type Catalogue, type SuggestedMethod } from "./competences.server";
import { dayKey, todayKey } from "./format";
import { registerPeriod, registerPoints, type Points } from "./points";
import { isOverdue, planProgress, type Progress } from "./progress";
import { isPlanStatus, type PlanStatus } from "./types";
import { checkTransition, editBlockedMessage, isChangeAfterApproval, ownerCanEdit, type Actor, type Transition } from "./workflow";

// Persistence of plans, goals, activities and self-assessments. Callers have passed access.server.ts first.

export class PlanError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

export function currentYear(now = new Date()): number {
  return Number(todayKey(now).slice(0, 4));
}

// ─── reading ─────────────────────────────────────────────────────────────────

export type ActivityView = {
  id: string;
  goalId: string | null;
  type: string;
  titel: string;
  datum: string;
  uren: number;
  kostenCent: number;
  aanbieder: string | null;
  registerpunten: number | null;
  notities: string | null;
  methodSlug: string | null;
  /** added automatically when an intervisie session closed; only hours and date, never content */
  automatisch: boolean;
};

export type GoalView = {
  id: string;
  titel: string;
  huidigNiveau: number;
  doelNiveau: number;
  deadline: string | null;
  status: string;
  competenties: { id: string; naam: string }[];
  teLaat: boolean;
  activities: ActivityView[];
  suggesties: SuggestedMethod[];
};

export type PlanView = {
  id: string | null;
  jaar: number;
  status: PlanStatus;
  commentaar: string | null;
  beoordeeldDoor: string | null;
  beoordeeldOp: string | null;
  gewijzigdNaGoedkeuring: boolean;
  owner: PlanOwner;
  goals: GoalView[];
  /** activities without a goal, e.g. intervisie hours */
  overige: ActivityView[];
  progress: Progress;
  kosten: MemberCost;
  changes: { id: number; omschrijving: string; door: string; op: string }[];
};

const planInclude = {
  goals: { include: { competences: true }, orderBy: { createdAt: "asc" } },
  activities: { orderBy: [{ datum: "asc" }, { createdAt: "asc" }] },
  changes: { orderBy: { createdAt: "desc" }, take: 50 },
} satisfies Prisma.PlanInclude;

type PlanRow = Prisma.PlanGetPayload<{ include: typeof planInclude }>;

function activityView(a: PlanRow["activities"][number]): ActivityView {
  return {
    id: a.id,
    goalId: a.goalId,
    type: a.type,
    titel: a.titel,
    datum: dayKey(a.datum),
    uren: a.uren,
    kostenCent: a.kostenCent,
    aanbieder: a.aanbieder,
    registerpunten: a.registerpunten,
    notities: a.notities,
    methodSlug: a.methodSlug,
    automatisch: a.intervisieSessionId !== null,
  };
}

export async function getPlanView(owner: PlanOwner, jaar: number, catalogue: Catalogue, today = todayKey()): Promise<PlanView> {
  const plan = await db.plan.findUnique({ where: { userId_jaar: { userId: owner.id, jaar } }, include: planInclude });
  const activities = (plan?.activities ?? []).map(activityView);
  const goals: GoalView[] = (plan?.goals ?? []).map((g) => {
    const own = activities.filter((a) => a.goalId === g.id);
    const competenties = g.competences.map((c) => c.competentie);
    return {
      id: g.id,
      titel: g.titel,
      huidigNiveau: g.huidigNiveau,
      doelNiveau: g.doelNiveau,
      deadline: g.deadline ? dayKey(g.deadline) : null,
      status: g.status,
      competenties: competenties.map((id) => ({ id, naam: competenceName(catalogue, id) })),
      teLaat: isOverdue({ status: g.status, deadline: g.deadline ? dayKey(g.deadline) : null }, today),
      activities: own,
      suggesties: suggestMethods(catalogue, competenties, new Set(own.map((a) => a.methodSlug).filter((s): s is string => !!s))),
    };
  });
  const actorNames = await namesOf([...(plan?.changes ?? []).map((c) => c.actorId), plan?.beoordeeldDoorId].filter((x): x is string => !!x));
  return {
    id: plan?.id ?? null,
    jaar,
    status: plan && isPlanStatus(plan.status) ? plan.status : "concept",
    commentaar: plan?.commentaar ?? null,
    beoordeeldDoor: plan?.beoordeeldDoorId ? (actorNames.get(plan.beoordeeldDoorId) ?? null) : null,
    beoordeeldOp: plan?.beoordeeldOp?.toISOString() ?? null,
    gewijzigdNaGoedkeuring: plan?.gewijzigdNaGoedkeuring ?? false,
    owner,
    goals,
    overige: activities.filter((a) => a.goalId === null),
    progress: planProgress(goals, activities, today),
    kosten: memberCost(activities, today),
    changes: (plan?.changes ?? []).map((c) => ({ id: c.id, omschrijving: c.omschrijving, door: actorNames.get(c.actorId) ?? "onbekend", op: c.createdAt.toISOString() })),
  };
}

async function namesOf(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, naam: true } });
  return new Map(users.map((u) => [u.id, u.naam]));
}

/** Years for which the person has a plan, plus the current year; newest first. */
export async function planYears(userId: string, now = new Date()): Promise<number[]> {
  const plans = await db.plan.findMany({ where: { userId }, select: { jaar: true } });
  return [...new Set([currentYear(now), ...plans.map((p) => p.jaar)])].sort((a, b) => b - a);
}

// ─── changing goals and activities (owner) ─────────────────────────────────────

/**
 * Runs an owner's change on their plan of `jaar` (created as a concept when missing): refused while the plan
 * is ingediend or afgerond; after approval it is recorded as a PlanChange and flagged for the leidinggevende.
 */
async function changePlan<T>(user: CurrentUser, jaar: number, omschrijving: string, change: (tx: Prisma.TransactionClient, planId: string) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    const plan = await tx.plan.upsert({ where: { userId_jaar: { userId: user.id, jaar } }, create: { userId: user.id, jaar }, update: {} });
    const status = plan.status as PlanStatus;
    if (!ownerCanEdit(status)) throw new PlanError(appError("plan_vergrendeld", editBlockedMessage(status)));
    const result = await change(tx, plan.id);
    if (isChangeAfterApproval(status)) {
      await tx.planChange.create({ data: { planId: plan.id, actorId: user.id, omschrijving } });
      await tx.plan.update({ where: { id: plan.id }, data: { gewijzigdNaGoedkeuring: true } });
    }
    return result;
  });
}

export type GoalInput = { titel: string; competenties: string[]; huidigNiveau: number; doelNiveau: number; deadline: Date | null; status: string };

/** The stored form of a goal; its competences are recreated on every save. */
function goalData(input: GoalInput) {
  return {
    titel: input.titel,
    huidigNiveau: input.huidigNiveau,
    doelNiveau: input.doelNiveau,
    deadline: input.deadline,
    status: input.status,
    competences: { create: input.competenties.map((competentie) => ({ competentie })) },
  };
}

export async function createGoal(user: CurrentUser, jaar: number, input: GoalInput): Promise<string> {
  return changePlan(user, jaar, `Doel toegevoegd: ${input.titel}`, async (tx, planId) => {
    const goal = await tx.goal.create({
      data: { planId, ...goalData(input) },
    });
    return goal.id;
  });
}

export async function updateGoal(user: CurrentUser, goal: { id: string; titel: string; plan: { jaar: number } }, input: GoalInput): Promise<void> {
  await changePlan(user, goal.plan.jaar, `Doel gewijzigd: ${input.titel}`, async (tx) => {
    await tx.goalCompetence.deleteMany({ where: { goalId: goal.id } });
    await tx.goal.update({
      where: { id: goal.id },
      data: goalData(input),
    });
  });
}

export async function deleteGoal(user: CurrentUser, goal: { id: string; titel: string; plan: { jaar: number } }): Promise<void> {
  await changePlan(user, goal.plan.jaar, `Doel verwijderd: ${goal.titel}`, async (tx) => {
    // activities stay in the plan (as "overige"), their goal link is cleared by the schema (SetNull)
    await tx.goal.delete({ where: { id: goal.id } });
  });
}

export type ActivityInput = {
  goalId: string | null;
  type: string;
  titel: string;
  datum: Date;
  uren: number;
  kostenCent: number;
  aanbieder: string | null;
  registerpunten: number | null;
  notities: string | null;
  methodSlug?: string | null;
};

async function assertGoalInPlan(tx: Prisma.TransactionClient, planId: string, goalId: string | null) {
  if (!goalId) return;
  const goal = await tx.goal.findFirst({ where: { id: goalId, planId } });
  if (!goal) throw new PlanError(appError("ongeldig", "Dit doel hoort niet bij dit plan."));
}

export async function addActivity(user: CurrentUser, jaar: number, input: ActivityInput): Promise<string> {
  return changePlan(user, jaar, `Activiteit toegevoegd: ${input.titel}`, async (tx, planId) => {
    await assertGoalInPlan(tx, planId, input.goalId);
    const activity = await tx.activity.create({ data: { planId, ...input, methodSlug: input.methodSlug ?? null } });
    return activity.id;
  });
}

export async function updateActivity(user: CurrentUser, activity: { id: string; intervisieSessionId: string | null; plan: { jaar: number } }, input: ActivityInput): Promise<void> {
  if (activity.intervisieSessionId) throw new PlanError(appError("automatisch", "Intervisie-uren worden automatisch bijgehouden en kun je hier niet wijzigen."));
  await changePlan(user, activity.plan.jaar, `Activiteit gewijzigd: ${input.titel}`, async (tx, planId) => {
    await assertGoalInPlan(tx, planId, input.goalId);
    await tx.activity.update({ where: { id: activity.id }, data: { ...input, methodSlug: undefined } });
  });
}

export async function deleteActivity(user: CurrentUser, activity: { id: string; titel: string; intervisieSessionId: string | null; plan: { jaar: number } }): Promise<void> {
  if (activity.intervisieSessionId) throw new PlanError(appError("automatisch", "Intervisie-uren worden automatisch bijgehouden en kun je hier niet verwijderen."));
  await changePlan(user, activity.plan.jaar, `Activiteit verwijderd: ${activity.titel}`, async (tx) => {
    await tx.activity.delete({ where: { id: activity.id } });
  });
}

// ─── workflow ──────────────────────────────────────────────────────────────────

const auditActions: Record<Transition, string> = {
  indienen: "plan_ingediend",
  intrekken: "plan_ingetrokken",
  goedkeuren: "plan_goedgekeurd",
  terugsturen: "plan_teruggestuurd",
  afronden: "plan_afgerond",
  heropenen: "plan_heropend",
};

/** Moves the plan along the workflow after checking the rule; audited. Returns the new status. */
export async function transitionPlan(actorUser: CurrentUser, actor: Actor, ownerId: string, jaar: number, transition: Transition, commentaar: string | undefined, ip?: string): Promise<PlanStatus> {
  const plan = await db.plan.findUnique({ where: { userId_jaar: { userId: ownerId, jaar } }, include: { _count: { select: { goals: true } } } });
  if (!plan) throw new PlanError(appError("not_found", `Er is nog geen plan voor ${jaar}.`));
  const check = checkTransition({ status: plan.status as PlanStatus, gewijzigdNaGoedkeuring: plan.gewijzigdNaGoedkeuring, goalCount: plan._count.goals }, transition, actor, commentaar);
  if (!check.ok) throw new PlanError(appError("workflow", check.message));
  const comment = commentaar?.trim() || null;
  const byLeader = actor === "leidinggevende" && (transition === "goedkeuren" || transition === "terugsturen");
  await db.plan.update({
    where: { id: plan.id },
    data: {
      status: check.to,
      ...(byLeader ? { commentaar: comment, beoordeeldDoorId: actorUser.id, beoordeeldOp: new Date(), gewijzigdNaGoedkeuring: false } : {}),
      ...(transition === "indienen" ? { gewijzigdNaGoedkeuring: false } : {}),
    },
  });
  await audit({
    action: auditActions[transition],
    actorId: actorUser.id,
    subjectType: "plan",
    subjectId: plan.id,
    details: { jaar, eigenaar: ownerId, van: plan.status, naar: check.to, metCommentaar: comment !== null },
    ip,
  });
  return check.to;
}

// ─── self-assessment ───────────────────────────────────────────────────────────

export async function getSelfAssessments(userId: string): Promise<Map<string, number>> {
  const rows = await db.selfAssessment.findMany({ where: { userId } });
  return new Map(rows.map((r) => [r.competentie, r.niveau]));
}

/** Saves the levels given; a missing level removes an earlier assessment. */
export async function saveSelfAssessments(userId: string, levels: Map<string, number | null>): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const [competentie, niveau] of levels) {
      if (niveau === null) await tx.selfAssessment.deleteMany({ where: { userId, competentie } });
      else await tx.selfAssessment.upsert({ where: { userId_competentie: { userId, competentie } }, create: { userId, competentie, niveau }, update: { niveau } });
    }
  });
}

// ─── register points ───────────────────────────────────────────────────────────

export async function pointsFor(userId: string, today = todayKey()): Promise<{ punten: Points; periode: string }> {
  const period = registerPeriod(Number(today.slice(0, 4)));
  const activities = await db.activity.findMany({
    where: { plan: { userId, jaar: { gte: period.van, lte: period.tot } } },
    select: { type: true, uren: true, registerpunten: true, datum: true },
  });
  return { punten: registerPoints(activities.map((a) => ({ ...a, datum: dayKey(a.datum) })), period, today), periode: `${period.van}–${period.tot}` };
}
