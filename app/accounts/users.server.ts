import { db } from "~/platform/db.server";
import { disconnectUser } from "~/platform/realtime-hub.server";
import { audit } from "./audit.server";
import { hashPassword } from "./password.server";
import type { Role } from "./roles";
import { endSessionsOf } from "./session.server";

// Structure and accounts of one organisation, managed by a beheerder. Every function takes the acting
// user's id so the audit log says who did what.

export type UserInput = {
  naam: string;
  email: string;
  rol: Role;
  teamId: string | null;
  leadsTeamIds: string[];
  groupIds: string[];
};

export class DuplicateEmailError extends Error {}

export async function listUsers(organisationId: string) {
  return db.user.findMany({
    where: { organisationId },
    orderBy: [{ actief: "desc" }, { naam: "asc" }],
    include: { team: true, leads: { include: { team: true } }, groups: { include: { group: true } } },
  });
}

export async function getUserForAdmin(organisationId: string, id: string) {
  return db.user.findFirst({
    where: { id, organisationId },
    include: { leads: true, groups: true },
  });
}

/** Team and group ids must belong to the same organisation; anything else is silently dropped. */
async function ownIds(organisationId: string, input: Pick<UserInput, "teamId" | "leadsTeamIds" | "groupIds">) {
  const [teams, groups] = await Promise.all([
    db.team.findMany({ where: { organisationId }, select: { id: true } }),
    db.group.findMany({ where: { organisationId }, select: { id: true } }),
  ]);
  const teamIds = new Set(teams.map((t) => t.id));
  const groupIds = new Set(groups.map((g) => g.id));
  return {
    teamId: input.teamId && teamIds.has(input.teamId) ? input.teamId : null,
    leadsTeamIds: input.leadsTeamIds.filter((id) => teamIds.has(id)),
    groupIds: input.groupIds.filter((id) => groupIds.has(id)),
  };
}

export async function createUser(actorId: string, organisationId: string, input: UserInput, password: string) {
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email } })) throw new DuplicateEmailError(email);
  const ids = await ownIds(organisationId, input);
  const user = await db.user.create({
    data: {
      email,
      naam: input.naam.trim(),
      rol: input.rol,
      organisationId,
      teamId: ids.teamId,
      passwordHash: await hashPassword(password),
      leads: { create: input.rol === "leidinggevende" ? ids.leadsTeamIds.map((teamId) => ({ teamId })) : [] },
      groups: { create: ids.groupIds.map((groupId) => ({ groupId })) },
    },
  });
  await audit({
    action: "gebruiker_aangemaakt",
    actorId,
    subjectType: "User",
    subjectId: user.id,
    details: { email, rol: input.rol },
  });
  return user;
}

export async function updateUser(actorId: string, organisationId: string, id: string, input: UserInput) {
  const existing = await db.user.findFirst({ where: { id, organisationId } });
  if (!existing) return null;
  const email = input.email.trim().toLowerCase();
  const clash = await db.user.findUnique({ where: { email } });
  if (clash && clash.id !== id) throw new DuplicateEmailError(email);
  const ids = await ownIds(organisationId, input);
  const user = await db.$transaction(async (tx) => {
    await tx.teamLead.deleteMany({ where: { userId: id } });
    await tx.groupMember.deleteMany({ where: { userId: id } });
    return tx.user.update({
      where: { id },
      data: {
        email,
        naam: input.naam.trim(),
        rol: input.rol,
        teamId: ids.teamId,
        leads: { create: input.rol === "leidinggevende" ? ids.leadsTeamIds.map((teamId) => ({ teamId })) : [] },
        groups: { create: ids.groupIds.map((groupId) => ({ groupId })) },
      },
    });
  });
  await audit({ action: "gebruiker_gewijzigd", actorId, subjectType: "User", subjectId: id, details: { email } });
  // Group membership and role decide what a live connection may see: let it reconnect and be re-authorised.
  disconnectUser(id);
  if (existing.rol !== input.rol) {
    await audit({
      action: "rol_gewijzigd",
      actorId,
      subjectType: "User",
      subjectId: id,
      details: { van: existing.rol, naar: input.rol },
    });
  }
  return user;
}

export async function setActive(actorId: string, organisationId: string, id: string, actief: boolean) {
  const existing = await db.user.findFirst({ where: { id, organisationId } });
  if (!existing || existing.actief === actief) return existing;
  const user = await db.user.update({ where: { id }, data: { actief } });
  if (!actief) await endSessionsOf(id);
  await audit({
    action: actief ? "gebruiker_geactiveerd" : "gebruiker_gedeactiveerd",
    actorId,
    subjectType: "User",
    subjectId: id,
  });
  return user;
}

export async function setPassword(actorId: string, organisationId: string, id: string, password: string) {
  const existing = await db.user.findFirst({ where: { id, organisationId } });
  if (!existing) return null;
  await db.user.update({ where: { id }, data: { passwordHash: await hashPassword(password) } });
  await endSessionsOf(id);
  await audit({ action: "wachtwoord_gewijzigd", actorId, subjectType: "User", subjectId: id });
  return existing;
}

export async function countActiveAdmins(organisationId: string): Promise<number> {
  return db.user.count({ where: { organisationId, rol: "beheerder", actief: true } });
}

// ─── teams and groups ────────────────────────────────────────────────────────

export async function listTeams(organisationId: string) {
  return db.team.findMany({
    where: { organisationId },
    orderBy: { naam: "asc" },
    include: { _count: { select: { members: true } }, leads: { include: { user: true } } },
  });
}

export async function listGroups(organisationId: string) {
  return db.group.findMany({
    where: { organisationId },
    orderBy: { naam: "asc" },
    include: { members: { include: { user: true } } },
  });
}

export class DuplicateNameError extends Error {}

export async function createTeam(actorId: string, organisationId: string, naam: string, budgetPerLid: number) {
  if (await db.team.findFirst({ where: { organisationId, naam } })) throw new DuplicateNameError(naam);
  const team = await db.team.create({ data: { organisationId, naam, budgetPerLid } });
  await audit({ action: "team_aangemaakt", actorId, subjectType: "Team", subjectId: team.id, details: { naam } });
  return team;
}

export async function updateTeam(actorId: string, organisationId: string, id: string, naam: string, budgetPerLid: number) {
  const clash = await db.team.findFirst({ where: { organisationId, naam, NOT: { id } } });
  if (clash) throw new DuplicateNameError(naam);
  const { count } = await db.team.updateMany({ where: { id, organisationId }, data: { naam, budgetPerLid } });
  if (count) await audit({ action: "team_gewijzigd", actorId, subjectType: "Team", subjectId: id, details: { naam, budgetPerLid } });
  return count > 0;
}

export async function createGroup(actorId: string, organisationId: string, naam: string) {
  if (await db.group.findFirst({ where: { organisationId, naam } })) throw new DuplicateNameError(naam);
  const group = await db.group.create({ data: { organisationId, naam } });
  await audit({ action: "groep_aangemaakt", actorId, subjectType: "Group", subjectId: group.id, details: { naam } });
  return group;
}

export async function renameGroup(actorId: string, organisationId: string, id: string, naam: string) {
  const clash = await db.group.findFirst({ where: { organisationId, naam, NOT: { id } } });
  if (clash) throw new DuplicateNameError(naam);
  const { count } = await db.group.updateMany({ where: { id, organisationId }, data: { naam } });
  if (count) await audit({ action: "groep_gewijzigd", actorId, subjectType: "Group", subjectId: id, details: { naam } });
  return count > 0;
}
