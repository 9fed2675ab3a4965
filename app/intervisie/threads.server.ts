import type { CurrentUser } from "~/accounts/auth.server";
import { Prisma } from "~/generated/prisma/client";
import { db } from "~/platform/db.server";
import { z } from "~/platform/validation";
import { requireThreadAccess } from "./access.server";
import { intervisieErrors, refuse } from "./errors";
import type { PiiUitzondering } from "./pii";
import { auditUitzonderingen, requireNoPii, uitzonderingenSchema } from "./pii.server";
import { writingRule } from "./sessions.server";

export const MESSAGE_MAX = 4000;
export const JOIN_LIMIT = 500;

export type ThreadMessage = {
  id: number;
  threadId: string;
  clientId: string;
  authorId: string;
  authorNaam: string;
  body: string;
  createdAt: string;
  sessionId: string | null;
  fase: number | null;
  /** a written-round contribution; `verborgen` while only its author can see it */
  schriftelijk: boolean;
  verborgen: boolean;
};

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
  await requireThreadAccess(user, threadId);
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
 * the stored message and creates nothing, even when the phase has moved on since. The common path is one
 * access query and one insert; the stored message is looked up only on a refusal or a duplicate key.
 */
export async function sendMessage(user: Pick<CurrentUser, "id" | "naam">, input: SendInput): Promise<{ message: ThreadMessage; created: boolean }> {
  const access = await requireThreadAccess(user, input.threadId);
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

/** Length, PII and speaking rights, in that order; returns the row to insert. */
async function checkedMessage(user: Pick<CurrentUser, "id">, input: SendInput, { kase, activeSession }: Awaited<ReturnType<typeof requireThreadAccess>>) {
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
