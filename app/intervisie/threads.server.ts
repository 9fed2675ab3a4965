import type { CurrentUser } from "~/accounts/auth.server";
import { Prisma } from "~/generated/prisma/client";
import Database from "better-sqlite3";
import { db, sqliteFile } from "~/platform/db.server";
import { databaseUrl, isPostgres } from "~/platform/env.server";
import { z } from "~/platform/validation";
import { requireThreadAccess } from "./access.server";
import { intervisieErrors, refuse } from "./errors";
import type { ThreadMessage } from "./message";
import type { PiiUitzondering } from "./pii";
import { auditUitzonderingen, requireNoPii, uitzonderingenSchema } from "./pii.server";
import { writingRule } from "./sessions.server";

export const MESSAGE_MAX = 4000;
export const JOIN_LIMIT = 500;

export const sendSchema = z.object({
  threadId: z.string().min(1).max(64),
  clientId: z.string().min(8, "clientId ontbreekt.").max(64).regex(/^[A-Za-z0-9_-]+$/),
  body: z.string().max(MESSAGE_MAX * 2),
  uitzonderingen: uitzonderingenSchema,
});
export type SendInput = z.infer<typeof sendSchema>;

const withAuthor = { author: { select: { naam: true } } } as const;
type Row = Prisma.MessageGetPayload<{ include: typeof withAuthor }>;

export function toMessage(row: Row): ThreadMessage {
  return {
    id: row.id,
    threadId: row.threadId,
    clientId: row.clientId,
    authorId: row.authorId,
    authorNaam: row.author.naam,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    sessionId: row.sessionId,
    fase: row.fase,
    schriftelijk: row.schriftelijk,
    verborgen: row.schriftelijk && !row.onthuldOp,
  };
}

/** Threads of shared cases in the user's groups, for `GET /api/threads`. */
export async function listThreadsFor(user: Pick<CurrentUser, "id">) {
  const threads = await db.thread.findMany({
    where: { case: { status: { not: "concept" }, group: { members: { some: { userId: user.id } } } } },
    orderBy: { createdAt: "desc" },
    select: { id: true, titel: true, case: { select: { id: true, group: { select: { naam: true } } } } },
  });
  return threads.map((t) => ({ id: t.id, titel: t.titel, groep: t.case.group.naam, caseId: t.case.id }));
}

/**
 * Messages after `after` (all when omitted, at most 500), oldest first. Written-round contributions are
 * hidden from others until revealed; revealed ones are always included so a client that missed the
 * reveal catches up too.
 */
export async function messagesAfter(user: Pick<CurrentUser, "id">, threadId: string, after?: number): Promise<ThreadMessage[]> {
  rememberFacts(await requireThreadAccess(user, threadId));
  const visible = { OR: [{ schriftelijk: false }, { onthuldOp: { not: null } }, { authorId: user.id }] };
  const rows = await db.message.findMany({
    where: {
      threadId,
      AND: [visible, after ? { OR: [{ id: { gt: after } }, { schriftelijk: true, onthuldOp: { not: null } }] } : {}],
    },
    orderBy: { id: "asc" },
    take: JOIN_LIMIT,
    include: withAuthor,
  });
  return rows.map(toMessage);
}

/**
 * Stores one message and returns it once committed. Idempotent per (author, clientId): a retry returns
 * the stored message and creates nothing, even when the phase has moved on since.
 *
 * The common path is ONE statement: the checks run against the thread's facts as last read (case, author,
 * status, active session and phase), and the insert itself re-checks all of them in its WHERE clause,
 * together with the author's membership and `actief`, in the same atomic statement. So the facts are a
 * hint, never an authority: if anything changed (on this node or any other), the insert stores nothing,
 * and the message goes the full way below, which reads everything afresh and answers as before.
 * Any refusal also goes the full way, so the order of checks and the error codes are unchanged.
 */
export async function sendMessage(user: Pick<CurrentUser, "id" | "naam">, input: SendInput): Promise<{ message: ThreadMessage; created: boolean }> {
  const facts = threadFacts.get(input.threadId);
  if (facts) {
    const sent = await sendWithFacts(user, input, facts);
    if (sent) return sent;
    threadFacts.delete(input.threadId);
  }
  return sendChecked(user, input);
}

/** The full way: access and case read from the database, then checks, insert, duplicate handling. */
async function sendChecked(user: Pick<CurrentUser, "id" | "naam">, input: SendInput): Promise<{ message: ThreadMessage; created: boolean }> {
  const access = await requireThreadAccess(user, input.threadId);
  rememberFacts(access);
  let data: Prisma.MessageUncheckedCreateInput;
  let accepted: PiiUitzondering[];
  try {
    ({ data, accepted } = await checkedMessage(user, input, access));
  } catch (error) {
    const existing = await findSent(user.id, input.clientId);
    if (!existing) throw error;
    return sameThreadOrRefuse(existing, input.threadId);
  }
  let row: Prisma.MessageGetPayload<object>;
  try {
    row = await db.message.create({ data });
  } catch (error) {
    // A retry of a stored message, or two retries racing: the unique (author, clientId) index answers.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const existing = await findSent(user.id, input.clientId);
      if (existing) return sameThreadOrRefuse(existing, input.threadId);
    }
    throw error;
  }
  await auditUitzonderingen(user.id, { type: "message", id: String(row.id) }, accepted);
  return { message: toMessage({ ...row, author: { naam: user.naam } }), created: true };
}

type Access = Awaited<ReturnType<typeof requireThreadAccess>>;
type ThreadFacts = Pick<Access, "kase" | "activeSession"> & { caseId: string };

// Thread → its case and active session as last read from the database, in this process. Only a hint for
// `sendWithFacts` (the insert re-checks every fact), so it needs no invalidation messages between nodes;
// a stale entry costs one extra round trip and is then replaced.
const threadFacts = new Map<string, ThreadFacts>();
const FACTS_MAX = 10_000;

function rememberFacts({ thread, kase, activeSession }: Access): void {
  if (threadFacts.size >= FACTS_MAX) threadFacts.clear();
  threadFacts.set(thread.id, { caseId: thread.caseId, kase, activeSession });
}

type Inserted = { id: number | bigint };

// The conditional insert: stores the message only if the thread's case is still shared, still has the same
// author and the same active session and phase (or still none), and the author is still an active member
// of the case's group. The same statement for PostgreSQL (through Prisma) and SQLite (below).
const conditionSql = (session: "met" | "zonder", p: (name: string) => string) => `
  WHERE EXISTS (
    SELECT 1 FROM "Thread" t JOIN "Case" c ON c."id" = t."caseId"
    WHERE t."id" = ${p("threadId")} AND c."id" = ${p("caseId")} AND c."status" = 'gedeeld' AND c."authorId" = ${p("inbrengerId")}
      AND EXISTS (SELECT 1 FROM "GroupMember" gm JOIN "User" u ON u."id" = gm."userId"
                  WHERE gm."groupId" = c."groupId" AND gm."userId" = ${p("authorId")} AND u."actief")
      AND ${
        session === "met"
          ? `EXISTS (SELECT 1 FROM "IntervisieSession" s WHERE s."caseId" = c."id" AND s."status" = 'actief'
               AND s."id" = ${p("sessionId")} AND s."methodSlug" = ${p("methodSlug")} AND s."fase" = ${p("fase")})`
          : `NOT EXISTS (SELECT 1 FROM "IntervisieSession" s WHERE s."caseId" = c."id" AND s."status" = 'actief')`
      })`;

type InsertParams = {
  threadId: string;
  clientId: string;
  authorId: string;
  body: string;
  createdAt: Date;
  sessionId: string | null;
  fase: number | null;
  schriftelijk: boolean;
  caseId: string;
  inbrengerId: string;
  methodSlug: string | null;
};

/** The id of the stored message, or null when a fact no longer holds (nothing was stored). */
async function insertIfFactsHold(userId: string, facts: ThreadFacts, data: Prisma.MessageUncheckedCreateInput, now: Date): Promise<number | null> {
  const params: InsertParams = {
    threadId: data.threadId,
    clientId: data.clientId,
    authorId: userId,
    body: data.body,
    createdAt: now,
    sessionId: data.sessionId ?? null,
    fase: data.fase ?? null,
    schriftelijk: data.schriftelijk ?? false,
    caseId: facts.caseId,
    inbrengerId: facts.kase.authorId,
    methodSlug: facts.activeSession?.methodSlug ?? null,
  };
  const session = facts.activeSession ? "met" : "zonder";
  const sqlite = sqliteWriter();
  if (sqlite) {
    const row = sqlite[session].get({
      ...params,
      // the same representation as Prisma's SQLite adapter writes (ISO 8601 with +00:00, booleans as 0/1)
      createdAt: now.toISOString().replace("Z", "+00:00"),
      schriftelijk: params.schriftelijk ? 1 : 0,
    }) as Inserted | undefined;
    return row ? Number(row.id) : null;
  }
  // PostgreSQL: the same statement through Prisma, with explicit types for the selected parameters.
  const values: unknown[] = [];
  const p = (name: string) => {
    values.push(params[name as keyof InsertParams]);
    return `$${values.length}`;
  };
  const select = `SELECT CAST(${p("threadId")} AS TEXT), CAST(${p("clientId")} AS TEXT), CAST(${p("authorId")} AS TEXT), CAST(${p("body")} AS TEXT),
    CAST(${p("createdAt")} AS TIMESTAMP(3)), CAST(${p("sessionId")} AS TEXT), CAST(${p("fase")} AS INTEGER), CAST(${p("schriftelijk")} AS BOOLEAN)`;
  const sql = `${insertHead} ${select} ${conditionSql(session, p)} RETURNING "id"`;
  const rows = await db.$queryRawUnsafe<Inserted[]>(sql, ...values);
  return rows.length === 1 ? Number(rows[0].id) : null;
}

const insertHead = `INSERT INTO "Message" ("threadId", "clientId", "authorId", "body", "createdAt", "sessionId", "fase", "schriftelijk")`;

type SqliteWriter = Record<"met" | "zonder", Database.Statement>;
let writer: SqliteWriter | null | undefined;

/**
 * On SQLite the conditional insert runs as a prepared statement on a second connection to the same file
 * (WAL: readers and this writer do not block each other). That skips Prisma's per-query compilation,
 * the larger part of a message's server time. `timeout: 0`: when a Prisma transaction holds the write
 * lock, the insert fails at once with SQLITE_BUSY instead of blocking the event loop, and the message
 * takes the full way through Prisma, which waits its turn.
 */
function sqliteWriter(): SqliteWriter | null {
  if (writer !== undefined) return writer;
  const url = databaseUrl();
  if (isPostgres(url)) return (writer = null);
  const conn = new Database(sqliteFile(url), { timeout: 0 });
  conn.pragma("synchronous = NORMAL");
  conn.pragma("foreign_keys = ON");
  const named = (name: string) => `@${name}`;
  const select = `SELECT @threadId, @clientId, @authorId, @body, @createdAt, @sessionId, @fase, @schriftelijk`;
  const prepare = (session: "met" | "zonder") => conn.prepare(`${insertHead} ${select} ${conditionSql(session, named)} RETURNING "id"`);
  return (writer = { met: prepare("met"), zonder: prepare("zonder") });
}

/**
 * The common path: checks against the remembered facts, then one conditional INSERT … SELECT … WHERE that
 * stores the message only if those facts still hold at commit time. Returns null when the full way must
 * decide (a refusal, changed facts, a duplicate clientId or any database error).
 */
async function sendWithFacts(user: Pick<CurrentUser, "id" | "naam">, input: SendInput, facts: ThreadFacts): Promise<{ message: ThreadMessage; created: boolean } | null> {
  let data: Prisma.MessageUncheckedCreateInput;
  let accepted: PiiUitzondering[];
  try {
    ({ data, accepted } = await checkedMessage(user, input, facts));
  } catch {
    return null;
  }
  const now = new Date();
  let inserted: number | null;
  try {
    inserted = await insertIfFactsHold(user.id, facts, data, now);
  } catch {
    return null; // e.g. the unique (author, clientId) index: a retry, answered by the full way
  }
  if (inserted === null) return null;
  const id = inserted;
  await auditUitzonderingen(user.id, { type: "message", id: String(id) }, accepted);
  const schriftelijk = data.schriftelijk ?? false;
  const message: ThreadMessage = {
    id,
    threadId: data.threadId,
    clientId: data.clientId,
    authorId: user.id,
    authorNaam: user.naam,
    body: data.body,
    createdAt: now.toISOString(),
    sessionId: data.sessionId ?? null,
    fase: data.fase ?? null,
    schriftelijk,
    verborgen: schriftelijk,
  };
  return { message, created: true };
}

/** Length, PII and speaking rights, in that order; returns the row to insert. */
async function checkedMessage(user: Pick<CurrentUser, "id">, input: SendInput, { kase, activeSession }: Pick<Access, "kase" | "activeSession">) {
  if (kase.status !== "gedeeld") refuse(409, intervisieErrors.status("Dit gesprek is gesloten: de casus is afgerond."));
  const body = input.body.trim();
  if (!body) refuse(400, intervisieErrors.empty);
  if (Array.from(body).length > MESSAGE_MAX) refuse(400, intervisieErrors.tooLong(MESSAGE_MAX));
  const accepted = requireNoPii({ body }, input.uitzonderingen.map((u) => ({ ...u, veld: "body" })));
  const rule = await writingRule(kase, activeSession, user.id);
  if (!rule.allowed) refuse(403, { ...intervisieErrors.phase, message: rule.reason });
  const data: Prisma.MessageUncheckedCreateInput = {
    threadId: input.threadId,
    clientId: input.clientId,
    authorId: user.id,
    body,
    sessionId: rule.sessionId,
    fase: rule.fase,
    schriftelijk: rule.schriftelijk,
  };
  return { data, accepted };
}

function sameThreadOrRefuse(existing: ThreadMessage, threadId: string) {
  if (existing.threadId !== threadId) refuse(409, intervisieErrors.ongeldig("Deze clientId is al gebruikt in een ander gesprek."));
  return { message: existing, created: false };
}

export async function messagesByIds(ids: number[]): Promise<ThreadMessage[]> {
  if (!ids.length) return [];
  const rows = await db.message.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, include: withAuthor });
  return rows.map(toMessage);
}

async function findSent(authorId: string, clientId: string): Promise<ThreadMessage | null> {
  const row = await db.message.findUnique({ where: { authorId_clientId: { authorId, clientId } }, include: withAuthor });
  return row && toMessage(row);
}
