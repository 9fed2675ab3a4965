import { requireUser, type CurrentUser } from "~/accounts/auth.server";
import { db } from "~/platform/db.server";
import { appError, errors } from "~/platform/errors";
import { fail } from "~/platform/http.server";
import { leads } from "./access";
import type { Actor } from "./workflow";

export { leads };

// THE access rules of the opleidingsplannen, used by every loader, action and export:
// - a person reads and changes only their own plan;
// - a leidinggevende reads the plans of the members of the teams they lead (TeamLead), approves or returns
//   them, and sets those teams' budget; never anyone else's, never their own approval;
// - a beheerder manages structure (teams, leads) but gets no access to plan contents through that role.

export type PlanOwner = { id: string; naam: string; teamId: string | null; teamNaam: string | null };

const notYourPlan = appError("forbidden", "Dit is niet jouw plan en je bent niet de leidinggevende van deze medewerker.");
const notALeader = appError("forbidden", "Deze pagina is voor leidinggevenden van een team.");
const notOwnTeam = appError("forbidden", "Je bent geen leidinggevende van dit team.");

async function loadOwner(userId: string) {
  const owner = await db.user.findUnique({ where: { id: userId }, include: { team: { select: { naam: true } } } });
  if (!owner || !owner.actief) fail(404, errors.notFound);
  return owner;
}

function ownerOf(owner: Awaited<ReturnType<typeof loadOwner>>): PlanOwner {
  return { id: owner.id, naam: owner.naam, teamId: owner.teamId, teamNaam: owner.team?.naam ?? null };
}

/** Any signed-in person owns (and may edit) their own plan. */
export async function requirePlanOwner(request: Request): Promise<{ user: CurrentUser; owner: PlanOwner }> {
  const user = await requireUser(request);
  return { user, owner: ownerOf(await loadOwner(user.id)) };
}

/** Whether anyone can approve the owner's plan: an active leidinggevende of the owner's team other than the owner. */
export async function hasApprover(owner: PlanOwner): Promise<boolean> {
  if (!owner.teamId) return false;
  return (await db.teamLead.count({ where: { teamId: owner.teamId, userId: { not: owner.id }, user: { actief: true } } })) > 0;
}

/** Read access to `ownerId`'s plans: the owner, or the leidinggevende of the owner's team. */
export async function requirePlanReader(request: Request, ownerId: string): Promise<{ user: CurrentUser; owner: PlanOwner; actor: Actor }> {
  const user = await requireUser(request);
  if (ownerId === user.id) return { user, owner: ownerOf(await loadOwner(user.id)), actor: "eigenaar" };
  const owner = await db.user.findUnique({ where: { id: ownerId }, include: { team: { select: { naam: true } } } });
  if (!owner || !leads(user, owner)) fail(403, notYourPlan);
  return { user, owner: ownerOf(owner), actor: "leidinggevende" };
}

/** For /team: the user leads at least one team (or has the role, then the page explains there is no team yet). */
export async function requireTeamLeader(request: Request): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (user.rol !== "leidinggevende" && user.leadsTeamIds.length === 0) fail(403, notALeader);
  return user;
}

/** Leidinggevende actions on one member's plan (approve, return, read, export). */
export async function requireLeaderOf(request: Request, memberId: string): Promise<{ leader: CurrentUser; member: PlanOwner }> {
  const leader = await requireTeamLeader(request);
  const member = await db.user.findUnique({ where: { id: memberId }, include: { team: { select: { naam: true } } } });
  if (!member || !leads(leader, member)) fail(403, memberId === leader.id ? appError("forbidden", "Je eigen plan wordt beoordeeld door jouw leidinggevende, niet door jezelf.") : notYourPlan);
  return { leader, member: ownerOf(member) };
}

/** Budget and settings of a team: only its leidinggevende. */
export async function requireLeaderOfTeam(request: Request, teamId: string): Promise<CurrentUser> {
  const leader = await requireTeamLeader(request);
  if (!leader.leadsTeamIds.includes(teamId)) fail(403, notOwnTeam);
  return leader;
}

/** A goal of the signed-in person's own plan (404 when it does not exist, 403 when it is someone else's). */
export async function requireOwnGoal(request: Request, goalId: string) {
  const { user, owner } = await requirePlanOwner(request);
  const goal = await db.goal.findUnique({ where: { id: goalId }, include: { plan: true, competences: true } });
  if (!goal) fail(404, errors.notFound);
  if (goal.plan.userId !== user.id) fail(403, notYourPlan);
  return { user, owner, goal };
}

export async function requireOwnActivity(request: Request, activityId: string) {
  const { user, owner } = await requirePlanOwner(request);
  const activity = await db.activity.findUnique({ where: { id: activityId }, include: { plan: true } });
  if (!activity) fail(404, errors.notFound);
  if (activity.plan.userId !== user.id) fail(403, notYourPlan);
  return { user, owner, activity };
}
