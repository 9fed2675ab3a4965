import type { CurrentUser } from "~/accounts/auth.server";
import { audit } from "~/accounts/audit.server";
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { z } from "~/platform/validation";
import { requireCaseAccess, requireGroupMember } from "./access.server";
import { intervisieErrors, refuse } from "./errors";
import { auditUitzonderingen, parseUitzonderingenField, requireNoPii } from "./pii.server";
import type { PiiUitzondering } from "./pii";

export const caseStatuses = ["concept", "gedeeld", "afgerond", "gearchiveerd"] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseFieldsSchema = z.object({
  titel: z.string({ error: "Geef de casus een titel." }).trim().min(3, "Een titel heeft minstens 3 tekens.").max(120, "Een titel mag hoogstens 120 tekens hebben."),
  hulpvraag: z.string({ error: "Schrijf je vraag aan de groep." }).trim().min(10, "Schrijf je vraag aan de groep (minstens 10 tekens).").max(1000, "De hulpvraag mag hoogstens 1000 tekens hebben."),
  situatie: z.string({ error: "Beschrijf de situatie." }).trim().min(20, "Beschrijf de situatie (minstens 20 tekens).").max(10000, "De situatie mag hoogstens 10.000 tekens hebben."),
  methoden: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(10).default([]),
});
export type CaseFields = z.infer<typeof caseFieldsSchema>;

function textOf(fields: CaseFields) {
  return { titel: fields.titel, hulpvraag: fields.hulpvraag, situatie: fields.situatie };
}

/** Saves a new case as a concept (and shares it at once when asked); the PII gate is re-checked here. */
export async function createCase(
  user: CurrentUser,
  groupId: string,
  fields: CaseFields,
  uitzonderingen: PiiUitzondering[],
  { delen = false } = {},
) {
  await requireGroupMember(user, groupId);
  const accepted = requireNoPii(textOf(fields), uitzonderingen);
  const created = await db.$transaction(async (tx) => {
    const kase = await tx.case.create({
      data: {
        groupId,
        authorId: user.id,
        ...textOf(fields),
        status: delen ? "gedeeld" : "concept",
        gedeeldOp: delen ? new Date() : null,
        piiUitzonderingen: JSON.stringify(accepted),
        methods: { create: [...new Set(fields.methoden)].map((methodSlug) => ({ methodSlug })) },
      },
    });
    if (delen) await tx.thread.create({ data: { caseId: kase.id, titel: kase.titel } });
    return kase;
  });
  await auditUitzonderingen(user.id, { type: "case", id: created.id }, accepted);
  return created;
}

/** Edits the author's own concept or shared case, and shares it when asked. */
export async function updateCase(user: CurrentUser, caseId: string, fields: CaseFields, uitzonderingen: PiiUitzondering[], { delen = false } = {}) {
  const kase = await requireCaseAccess(user, caseId);
  if (kase.authorId !== user.id) refuse(403, intervisieErrors.status("Alleen de inbrenger kan de casus wijzigen."));
  if (kase.status !== "concept" && kase.status !== "gedeeld") refuse(409, intervisieErrors.status("Een afgeronde casus kan niet meer worden gewijzigd."));
  const accepted = requireNoPii(textOf(fields), uitzonderingen);
  const earlier = parseUitzonderingenField((await db.case.findUnique({ where: { id: caseId }, select: { piiUitzonderingen: true } }))?.piiUitzonderingen);
  const share = delen && kase.status === "concept";
  await db.$transaction(async (tx) => {
    await tx.case.update({
      where: { id: caseId },
      data: {
        ...textOf(fields),
        piiUitzonderingen: JSON.stringify(accepted),
        ...(share ? { status: "gedeeld", gedeeldOp: new Date() } : {}),
        methods: { deleteMany: {}, create: [...new Set(fields.methoden)].map((methodSlug) => ({ methodSlug })) },
      },
    });
    if (share) await tx.thread.create({ data: { caseId, titel: fields.titel } });
    else await tx.thread.updateMany({ where: { caseId }, data: { titel: fields.titel } });
  });
  // Exceptions kept from an earlier save were audited then; only new ones are recorded now.
  const isNew = (u: PiiUitzondering) => !earlier.some((e) => e.veld === u.veld && e.label === u.label && e.reden === u.reden && sameSpan(e, u));
  await auditUitzonderingen(user.id, { type: "case", id: caseId }, accepted.filter(isNew));
}

function sameSpan(a: PiiUitzondering, b: PiiUitzondering) {
  return a.start === b.start && a.end === b.end;
}

/** gedeeld → afgerond: lessons learned and linked methods are what remains after the retention period. */
export async function completeCase(user: CurrentUser, caseId: string, lessen: string, methoden: string[]) {
  const kase = await requireCaseAccess(user, caseId);
  if (kase.status !== "gedeeld") refuse(409, intervisieErrors.status("Alleen een gedeelde casus kan worden afgerond."));
  requireNoPii({ lessen }, []);
  await db.$transaction(async (tx) => {
    await tx.case.update({ where: { id: caseId }, data: { status: "afgerond", afgerondOp: new Date(), lessen } });
    await linkMethods(tx, caseId, methoden);
  });
}

/** Adds methods from Wat werkt to a case; ones already linked stay as they are. */
export async function linkMethods(tx: Prisma.TransactionClient, caseId: string, slugs: string[]): Promise<void> {
  const known = new Set((await tx.caseMethod.findMany({ where: { caseId } })).map((m) => m.methodSlug));
  const fresh = [...new Set(slugs)].filter((slug) => !known.has(slug));
  if (fresh.length) await tx.caseMethod.createMany({ data: fresh.map((methodSlug) => ({ caseId, methodSlug })) });
}

export async function archiveCase(user: CurrentUser, caseId: string) {
  const kase = await requireCaseAccess(user, caseId);
  if (kase.status !== "afgerond") refuse(409, intervisieErrors.status("Alleen een afgeronde casus kan worden gearchiveerd."));
  await db.case.update({ where: { id: caseId }, data: { status: "gearchiveerd" } });
}

export async function getCase(user: CurrentUser, caseId: string) {
  await requireCaseAccess(user, caseId);
  return db.case.findUniqueOrThrow({
    where: { id: caseId },
    include: {
      group: { select: { id: true, naam: true, members: { select: { user: { select: { id: true, naam: true } } } } } },
      author: { select: { id: true, naam: true } },
      methods: { select: { methodSlug: true } },
      threads: { select: { id: true }, orderBy: { createdAt: "asc" }, take: 1 },
    },
  });
}

/** The cases a user may see: shared ones of their groups and their own concepts. */
export async function listCasesFor(user: CurrentUser) {
  const groups = await db.group.findMany({
    where: { members: { some: { userId: user.id } } },
    orderBy: { naam: "asc" },
    select: {
      id: true,
      naam: true,
      cases: {
        where: { OR: [{ status: { not: "concept" } }, { authorId: user.id }] },
        orderBy: { updatedAt: "desc" },
        select: { id: true, titel: true, status: true, updatedAt: true, author: { select: { naam: true } } },
      },
    },
  });
  return groups;
}

/**
 * Retention: case text (hulpvraag, situatie, thread messages) is removed a set number of months after
 * afronding; titel, lessons learned and linked methods remain. Each purge is audited.
 */
export async function purgeExpiredCases(now = new Date(), months = env().CASE_RETENTION_MONTHS): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - months);
  const expired = await db.case.findMany({ where: { afgerondOp: { lt: cutoff }, opgeschoondOp: null }, select: { id: true } });
  for (const { id } of expired) {
    const removed = await db.$transaction(async (tx) => {
      const { count } = await tx.message.deleteMany({ where: { thread: { caseId: id } } });
      await tx.case.update({ where: { id }, data: { hulpvraag: "", situatie: "", piiUitzonderingen: "[]", opgeschoondOp: now } });
      return count;
    });
    await audit({ action: "casus_opgeschoond", subjectType: "case", subjectId: id, details: { berichten: removed, bewaartermijnMaanden: months } });
  }
  return expired.length;
}

/** The exceptions the author marked earlier, with their text, so the form can keep them while the text changes. */
export function savedUitzonderingen(kase: { titel: string; hulpvraag: string; situatie: string; piiUitzonderingen: string }): PiiUitzondering[] {
  const fields: Record<string, string> = { titel: kase.titel, hulpvraag: kase.hulpvraag, situatie: kase.situatie };
  return parseUitzonderingenField(kase.piiUitzonderingen).map((u) => ({
    ...u,
    text: Array.from(fields[u.veld ?? ""] ?? "").slice(u.start, u.end).join(""),
  }));
}
