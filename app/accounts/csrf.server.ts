import { randomBytes, timingSafeEqual } from "node:crypto";
import { errors } from "~/platform/errors";
import { fail } from "~/platform/http.server";
import type { AppSession } from "./session.server";
import { getSession } from "./session.server";

// Synchroniser token per session for HTML forms. Cross-site requests are also refused earlier by the
// server's Origin / Sec-Fetch-Site check, and JSON endpoints require application/json (ADR 0003).

export const csrfFieldName = "csrf";

/** The session's token, created on first use; the caller commits the session when `created`. */
export function ensureCsrfToken(session: AppSession): { token: string; created: boolean } {
  const existing = session.get("csrf");
  if (existing) return { token: existing, created: false };
  const token = randomBytes(24).toString("base64url");
  session.set("csrf", token);
  return { token, created: true };
}

export async function assertCsrf(request: Request, formData: FormData): Promise<void> {
  const session = await getSession(request);
  const expected = session.get("csrf");
  const given = formData.get(csrfFieldName);
  if (
    !expected ||
    typeof given !== "string" ||
    given.length !== expected.length ||
    !timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  ) {
    fail(403, errors.csrf);
  }
}
