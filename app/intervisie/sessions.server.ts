import type { CurrentUser } from "~/accounts/auth.server";
import { getLibrary } from "~/methods/library.server";
import type { IntervisieFase, IntervisieMethod } from "~/methods/types";
import { recordIntervisieHours } from "~/plans/intervisie-hours.server";
import { db } from "~/platform/db.server";
import { z } from "~/platform/validation";
import { requireCaseAccess, requireGroupMember } from "./access.server";
import { linkMethods } from "./cases.server";
import { intervisieErrors, refuse } from "./errors";
import { requireNoPii } from "./pii.server";
import { mayWrite } from "./speaking";

export type SessionState = {
  id: string;
  caseId: string;
  threadId: string | null;
  methode: { slug: string; titel: string };
  facilitator: { id: string; naam: string };
  inbrengerId: string;
  status: "actief" | "gesloten";
  fase: number;
  fasen: IntervisieFase[];
  faseGestartOp: string;
  /** when the current phase's time is up; the client counts down to it */
  faseEindigtOp: string;
  /** written contributions in this session not yet revealed */
  verborgen: number;
  deelnemers: { id: string; naam: string }[];
};

export async function intervisieMethods(): Promise<IntervisieMethod[]> {
  try {
    return (await getLibrary()).intervisieMethods;
  } catch (error) {
    console.error(`[intervisie] methodenbibliotheek niet beschikbaar: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

async function methodOrRefuse(slug: string): Promise<IntervisieMethod> {
  const method = (await intervisieMethods()).find((m) => m.slug === slug);
  if (!method) refuse(400, intervisieErrors.ongeldig("Deze intervisiemethode bestaat niet (meer)."));
  return method;
}

const spreekrechtUitleg: Record<IntervisieFase["spreekrecht"], string> = {
  iedereen: "iedereen mag schrijven",
  inbrenger: "alleen de inbrenger schrijft",
  groep: "de groep schrijft; de inbrenger luistert",
  niemand: "niemand schrijft",
};

export type WritingRule =
  | { allowed: true; sessionId: string | null; fase: number | null; schriftelijk: boolean }
  | { allowed: false; reason: string };

/** The speaking rights in the case's active session for this user (free conversation without one). */
export async function writingRule(kase: { authorId: string }, session: { id: string; methodSlug: string; fase: number } | null, userId: string): Promise<WritingRule> {
  if (!session) return { allowed: true, sessionId: null, fase: null, schriftelijk: false };
  const method = await methodOrRefuse(session.methodSlug);
  const fase = method.fasen[session.fase];
  if (!mayWrite(fase, kase.authorId === userId)) {
    return { allowed: false, reason: `In de fase "${fase.naam}" mag jij niet schrijven: ${spreekrechtUitleg[fase.spreekrecht]}.` };
  }
  return { allowed: true, sessionId: session.id, fase: session.fase, schriftelijk: fase.schriftelijk };
}

export const startSchema = z.object({
  methode: z.string({ error: "Kies een methode." }).min(1, "Kies een methode."),
  facilitator: z.string({ error: "Kies een facilitator." }).min(1, "Kies een facilitator."),
});

export async function startSession(user: CurrentUser, caseId: string, input: z.infer<typeof startSchema>) {
  const kase = await requireCaseAccess(user, caseId);
  if (kase.status !== "gedeeld") refuse(409, intervisieErrors.status("Een sessie kan alleen over een gedeelde casus gaan."));
  await methodOrRefuse(input.methode);
  await requireGroupMember({ id: input.facilitator }, kase.groupId).catch(() =>
    refuse(400, intervisieErrors.ongeldig("De facilitator moet lid zijn van de intervisiegroep.")),
  );
  const members = await db.groupMember.findMany({ where: { groupId: kase.groupId }, select: { userId: true } });
  return db.$transaction(async (tx) => {
    if (await tx.intervisieSession.count({ where: { caseId, status: "actief" } })) {
      refuse(409, intervisieErrors.status("Er loopt al een sessie over deze casus."));
    }
    return tx.intervisieSession.create({
      data: {
        caseId,
        methodSlug: input.methode,
        facilitatorId: input.facilitator,
        participants: { create: members.map((m) => ({ userId: m.userId })) },
      },
    });
  });
}

async function facilitatedSession(user: CurrentUser, sessionId: string) {
  const session = await db.intervisieSession.findUnique({ where: { id: sessionId } });
  if (!session) refuse(404, intervisieErrors.notFound);
  await requireCaseAccess(user, session.caseId);
  if (session.facilitatorId !== user.id) refuse(403, intervisieErrors.status("Alleen de facilitator leidt de sessie door de fasen."));
  if (session.status !== "actief") refuse(409, intervisieErrors.status("Deze sessie is al gesloten."));
  return session;
}

export async function advancePhase(user: CurrentUser, sessionId: string) {
  const session = await facilitatedSession(user, sessionId);
  const method = await methodOrRefuse(session.methodSlug);
  if (session.fase >= method.fasen.length - 1) refuse(409, intervisieErrors.status("Dit is de laatste fase; sluit de sessie af."));
  await db.intervisieSession.update({ where: { id: sessionId }, data: { fase: session.fase + 1, faseGestartOp: new Date() } });
  return session.caseId;
}

/** Shows all written contributions of the session at once. */
export async function revealWritten(user: CurrentUser, sessionId: string): Promise<{ caseId: string; revealedIds: number[] }> {
  const session = await facilitatedSession(user, sessionId);
  return { caseId: session.caseId, revealedIds: await revealAll(db, sessionId, new Date()) };
}

async function revealAll(tx: Pick<typeof db, "message">, sessionId: string, now: Date): Promise<number[]> {
  const hidden = await tx.message.findMany({ where: { sessionId, schriftelijk: true, onthuldOp: null }, select: { id: true } });
  await tx.message.updateMany({ where: { id: { in: hidden.map((m) => m.id) } }, data: { onthuldOp: now } });
  return hidden.map((m) => m.id);
}

export const closeSchema = z.object({
  lessen: z.string({ error: "Schrijf de geleerde lessen op." }).trim().min(10, "Schrijf de geleerde lessen op (minstens 10 tekens).").max(4000),
  uren: z.coerce.number({ error: "Vul het aantal uren in." }).min(0.25, "Minstens een kwartier.").max(8, "Hoogstens 8 uur."),
  methoden: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(10).default([]),
  afronden: z.boolean().default(true),
});

/**
 * Closing records the lessons learned and linked methods on the case and registers each participant's
 * reflection hours in their plan, in one transaction.
 */
export async function closeSession(user: CurrentUser, sessionId: string, input: z.infer<typeof closeSchema>) {
  const session = await facilitatedSession(user, sessionId);
  requireNoPii({ lessen: input.lessen }, []);
  const method = await methodOrRefuse(session.methodSlug);
  const now = new Date();
  const revealedIds = await db.$transaction(async (tx) => {
    const revealed = await revealAll(tx, sessionId, now);
    await tx.intervisieSession.update({ where: { id: sessionId }, data: { status: "gesloten", geslotenOp: now, lessen: input.lessen } });
    await linkMethods(tx, session.caseId, input.methoden);
    if (input.afronden) {
      await tx.case.update({ where: { id: session.caseId }, data: { status: "afgerond", afgerondOp: now, lessen: input.lessen } });
    }
    const participants = await tx.sessionParticipant.findMany({ where: { sessionId } });
    for (const p of participants) {
      await tx.sessionParticipant.update({ where: { sessionId_userId: { sessionId, userId: p.userId } }, data: { uren: input.uren } });
      await recordIntervisieHours(tx, { userId: p.userId, sessionId, datum: now, uren: input.uren, titel: `Intervisie (${method.titel.toLowerCase()})` });
    }
    return revealed;
  });
  return { caseId: session.caseId, revealedIds };
}

/** The active session of a case (or the latest closed one), as every participant sees it. */
export async function sessionState(caseId: string): Promise<SessionState | null> {
  const session = await db.intervisieSession.findFirst({
    where: { caseId },
    orderBy: { gestartOp: "desc" },
    include: {
      facilitator: { select: { id: true, naam: true } },
      case: { select: { authorId: true, threads: { select: { id: true }, take: 1 } } },
      participants: { select: { user: { select: { id: true, naam: true } } } },
    },
  });
  if (!session) return null;
  const method = (await intervisieMethods()).find((m) => m.slug === session.methodSlug);
  const fasen = method?.fasen ?? [];
  const duur = fasen[session.fase]?.duur ?? 0;
  const verborgen = await db.message.count({ where: { sessionId: session.id, schriftelijk: true, onthuldOp: null } });
  return {
    id: session.id,
    caseId,
    threadId: session.case.threads[0]?.id ?? null,
    methode: { slug: session.methodSlug, titel: method?.titel ?? session.methodSlug },
    facilitator: session.facilitator,
    inbrengerId: session.case.authorId,
    status: session.status as SessionState["status"],
    fase: session.fase,
    fasen,
    faseGestartOp: session.faseGestartOp.toISOString(),
    faseEindigtOp: new Date(session.faseGestartOp.getTime() + duur * 60_000).toISOString(),
    verborgen,
    deelnemers: session.participants.map((p) => p.user),
  };
}
