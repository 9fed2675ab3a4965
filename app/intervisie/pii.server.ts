import { detect } from "~/anonymise/detect";
import { audit } from "~/accounts/audit.server";
import { z } from "~/platform/validation";
import { intervisieErrors, refuse } from "./errors";
import { blockingSpans, matches, type PiiSpan, type PiiUitzondering } from "./pii";

export const uitzonderingSchema = z.object({
  veld: z.string().max(40).optional(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  label: z.string().max(40),
  reden: z.string().trim().min(3, "Geef een reden van minstens 3 tekens.").max(300),
});
export const uitzonderingenSchema = z.array(uitzonderingSchema).max(100).default([]);

/** Form field carrying the exceptions as JSON (the gate writes it; without JavaScript it stays empty). */
export function parseUitzonderingenField(raw: unknown): PiiUitzondering[] {
  if (typeof raw !== "string" || !raw.trim()) return [];
  try {
    const parsed = uitzonderingenSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The server's detection: synchronous, the same detector the browser loads on demand. */
export function detectPii(text: string): PiiSpan[] {
  return detect(text);
}

export type PiiCheck = { blocking: PiiSpan[]; accepted: PiiUitzondering[] };

/** Server-side check: only exceptions that match a span the detector really finds are honoured. */
export function checkPii(text: string, uitzonderingen: PiiUitzondering[]): PiiCheck {
  const spans = detectPii(text);
  const accepted = uitzonderingen.filter((u) => u.reden.trim() && spans.some((s) => matches(u, s)));
  return { blocking: blockingSpans(spans, accepted), accepted };
}

/** Checks several fields at once; refuses with `code: "pii"` and the spans per field when any remain. */
export function requireNoPii(fields: Record<string, string>, uitzonderingen: PiiUitzondering[]): PiiUitzondering[] {
  const velden: Record<string, PiiSpan[]> = {};
  const accepted: PiiUitzondering[] = [];
  for (const [veld, text] of Object.entries(fields)) {
    const check = checkPii(text, uitzonderingen.filter((u) => (u.veld ?? veld) === veld));
    if (check.blocking.length) velden[veld] = check.blocking;
    accepted.push(...check.accepted.map((u) => ({ ...u, veld })));
  }
  const spans = Object.values(velden).flat();
  if (spans.length) refuse(422, { ...intervisieErrors.pii, spans, velden });
  return accepted;
}

/** Each honoured exception is audited with its label and reason, never with the text itself. */
export async function auditUitzonderingen(
  actorId: string,
  subject: { type: "case" | "message"; id: string },
  accepted: PiiUitzondering[],
): Promise<void> {
  for (const u of accepted) {
    await audit({
      action: "pii_uitzondering",
      actorId,
      subjectType: subject.type,
      subjectId: subject.id,
      details: { label: u.label, reden: u.reden, veld: u.veld },
    });
  }
}
