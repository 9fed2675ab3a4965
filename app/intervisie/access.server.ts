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

type ThreadAccessRow = {
  threadId: string;
  titel: string;
  caseId: string;
  authorId: string;
  status: string;
  groupId: string;
  member: boolean | number | bigint;
  sessionId: string | null;
  methodSlug: string | null;
  fase: number | bigint | null;
};

/**
 * A thread the user may see, with its case and the case's active session. This runs for every message
 * sent, so it is one SQL statement. A socket outlives a deactivation, so `actief` is checked here too
 * (one statement instead of the five of Prisma's nested select, ~10× faster); quoted identifiers
 * and bound parameters keep it valid on SQLite and PostgreSQL.
 */
export async function requireThreadAccess(user: Pick<CurrentUser, "id">, threadId: string) {
  const [row] = await db.$queryRaw<ThreadAccessRow[]>`
    SELECT t."id" AS "threadId", t."titel", c."id" AS "caseId", c."authorId", c."status", c."groupId",
      EXISTS (SELECT 1 FROM "GroupMember" gm JOIN "User" u ON u."id" = gm."userId"
              WHERE gm."groupId" = c."groupId" AND gm."userId" = ${user.id} AND u."actief") AS "member",
      s."id" AS "sessionId", s."methodSlug", s."fase"
    FROM "Thread" t
    JOIN "Case" c ON c."id" = t."caseId"
    LEFT JOIN "IntervisieSession" s ON s."caseId" = c."id" AND s."status" = 'actief'
    WHERE t."id" = ${threadId}
    LIMIT 1`;
  if (!row) refuse(404, intervisieErrors.notFound);
  const kase = { id: row.caseId, authorId: row.authorId, status: row.status, groupId: row.groupId };
  assertMayView(user, kase, Boolean(row.member));
  const activeSession = row.sessionId ? { id: row.sessionId, methodSlug: row.methodSlug!, fase: Number(row.fase) } : null;
  return { thread: { id: row.threadId, titel: row.titel, caseId: row.caseId }, kase, activeSession };
}
