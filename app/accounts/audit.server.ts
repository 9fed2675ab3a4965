import { db } from "~/platform/db.server";

export type AuditAction =
  | "login"
  | "login_mislukt"
  | "login_geblokkeerd"
  | "logout"
  | "gebruiker_aangemaakt"
  | "gebruiker_gewijzigd"
  | "rol_gewijzigd"
  | "gebruiker_gedeactiveerd"
  | "gebruiker_geactiveerd"
  | "wachtwoord_gewijzigd"
  | "team_aangemaakt"
  | "team_gewijzigd"
  | "groep_aangemaakt"
  | "groep_gewijzigd"
  | (string & {});

export type AuditEntry = {
  action: AuditAction;
  actorId?: string | null;
  subjectType?: string;
  subjectId?: string;
  /** Never case text or passwords: only identifiers and short facts. */
  details?: Record<string, unknown>;
  ip?: string;
};

export async function audit(entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip,
    },
  });
}
