import type { CurrentUser } from "~/accounts/auth.server";
import { db } from "~/platform/db.server";
import { intervisieErrors, refuse } from "./errors";

// The one guard for intervisie content, used by pages, the API and socket handlers alike. Membership is
// read from the database on every call, so a user removed from a group loses access at once.

export async function requireGroupMember(user: Pick<CurrentUser, "id">, groupId: string): Promise<void> {
  const member = await db.groupMember.findUnique({ where: { userId_groupId: { userId: user.id, groupId } } });
  if (!member) refuse(403, intervisieErrors.forbidden);
}

type CaseFacts = { authorId: string; status: string };

/** The rule itself: a member of the case's group, and for a concept only its author. */
function assertMayView(user: Pick<CurrentUser, "id">, kase: CaseFacts, isMember: boolean): void {
  if (!isMember) refuse(403, intervisieErrors.forbidden);
  if (kase.status === "concept" && kase.authorId !== user.id) refuse(403, intervisieErrors.forbidden);
}

export async function requireCaseAccess(user: Pick<CurrentUser, "id">, caseId: string) {
  const found = await db.case.findUnique({ where: { id: caseId }, include: { group: { select: { naam: true } } } });
  if (!found) refuse(404, intervisieErrors.notFound);
  const member = await db.groupMember.findUnique({ where: { userId_groupId: { userId: user.id, groupId: found.groupId } } });
  assertMayView(user, found, Boolean(member));
  return found;
}

/**
 * A thread the user may see, with its case and the case's active session. One query: this runs for every
 * message sent, so it is on the hot path of the live thread.
 */
export async function requireThreadAccess(user: Pick<CurrentUser, "id">, threadId: string) {
  const found = await db.thread.findUnique({
    where: { id: threadId },
    select: {
      id: true,
      titel: true,
      case: {
        select: {
          id: true,
          authorId: true,
          status: true,
          groupId: true,
          group: { select: { members: { where: { userId: user.id }, select: { userId: true } } } },
          sessions: { where: { status: "actief" }, take: 1 },
        },
      },
    },
  });
  if (!found) refuse(404, intervisieErrors.notFound);
  const { group, sessions, ...kase } = found.case;
  assertMayView(user, kase, group.members.length > 0);
  return { thread: { id: found.id, titel: found.titel, caseId: kase.id }, kase, activeSession: sessions[0] ?? null };
}
