import { db } from "~/platform/db.server";
import { audit } from "./audit.server";
import { verifyAgainstDummy, verifyPassword } from "./password.server";
import { loginBlockedFor, recordFailedLogin, resetLoginFailures } from "./rate-limit.server";

export type LoginResult =
  | { ok: true; userId: string }
  | { ok: false; status: 401 | 429; message: string };

const wrongCredentials = "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.";

export async function attemptLogin(emailInput: string, password: string, ip: string): Promise<LoginResult> {
  const email = emailInput.trim().toLowerCase();
  const waitSeconds = await loginBlockedFor(email, ip);
  if (waitSeconds > 0) {
    await audit({ action: "login_geblokkeerd", details: { email }, ip });
    const minutes = Math.max(1, Math.ceil(waitSeconds / 60));
    return {
      ok: false,
      status: 429,
      message: `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`,
    };
  }

  const user = await db.user.findUnique({ where: { email } });
  const valid = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);

  if (!user || !valid || !user.actief) {
    await recordFailedLogin(email, ip);
    await audit({
      action: "login_mislukt",
      actorId: user?.id,
      subjectType: "User",
      subjectId: user?.id,
      details: { email, reden: !user ? "onbekend" : !valid ? "wachtwoord" : "gedeactiveerd" },
      ip,
    });
    return {
      ok: false,
      status: 401,
      message:
        user && valid && !user.actief
          ? "Dit account is gedeactiveerd. Neem contact op met de beheerder van jouw organisatie."
          : wrongCredentials,
    };
  }

  await resetLoginFailures(email);
  await audit({ action: "login", actorId: user.id, subjectType: "User", subjectId: user.id, ip });
  return { ok: true, userId: user.id };
}
