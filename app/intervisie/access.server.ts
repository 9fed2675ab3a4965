import type { CurrentUser } from "~/accounts/auth.server";
import { db } from "~/platform/db.server";
import { intervisieErrors, refuse } from "./errors";

// The one guard for intervisie content, used by pages, the API and socket handlers alike. Membership is
// read from the database on every call, so a user removed from a group loses access at once.

export async function requireGroupMember(user: Pick<CurrentUser, "id">, groupId: string): Promise<void> {
  const member = await db.groupMember.findUnique({ where: { userId_groupId: { userId: user.id, groupId } } });
  if (!member) refuse(403, intervisieErrors.forbidden);
}

/** A case the user may see: a member of its group, and for a concept only its author. */
export async function requireCaseAccess(user: Pick<CurrentUser, "id">, caseId: string) {
  const found = await db.case.findUnique({ where: { id: caseId }, include: { group: { select: { naam: true } } } });
  if (!found) refuse(404, intervisieErrors.notFound);
  await requireGroupMember(user, found.groupId);
  if (found.status === "concept" && found.authorId !== user.id) refuse(403, intervisieErrors.forbidden);
  return found;
}

export async function requireThreadAccess(user: Pick<CurrentUser, "id">, threadId: string) {
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { id: true, caseId: true, titel: true } });
  if (!thread) refuse(404, intervisieErrors.notFound);
  const kase = await requireCaseAccess(user, thread.caseId);
  return { thread, kase };
}
