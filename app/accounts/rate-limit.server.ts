import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "~/platform/env.server";

// Failed logins are counted per account and per IP over 15 minutes. In memory per process;
// a multi-node deployment should share them (see docs/decisions/0003-authenticatie.md).
const windowSeconds = 15 * 60;

type Limiters = { perAccount: RateLimiterAbstract; perIp: RateLimiterAbstract };

const holder = globalThis as typeof globalThis & { __edlLoginLimiters?: Limiters };

function limiters(): Limiters {
  return (holder.__edlLoginLimiters ??= {
    perAccount: new RateLimiterMemory({
      keyPrefix: "login-account",
      points: env().LOGIN_LIMIT_PER_ACCOUNT,
      duration: windowSeconds,
      blockDuration: windowSeconds,
    }),
    perIp: new RateLimiterMemory({
      keyPrefix: "login-ip",
      points: env().LOGIN_LIMIT_PER_IP,
      duration: windowSeconds,
      blockDuration: windowSeconds,
    }),
  });
}

/** Seconds until another attempt is allowed, or 0 when the account and IP may try now. */
export async function loginBlockedFor(account: string, ip: string): Promise<number> {
  const { perAccount, perIp } = limiters();
  const [a, i] = await Promise.all([perAccount.get(account), perIp.get(ip)]);
  const blocked = [a && a.remainingPoints <= 0 ? a : null, i && i.remainingPoints <= 0 ? i : null].filter(
    (r): r is RateLimiterRes => r !== null,
  );
  return blocked.length ? Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000) : 0;
}

export async function recordFailedLogin(account: string, ip: string): Promise<void> {
  const { perAccount, perIp } = limiters();
  // consume() rejects once the limit is reached; that is the state loginBlockedFor reports.
  await Promise.allSettled([perAccount.consume(account), perIp.consume(ip)]);
}

export async function resetLoginFailures(account: string): Promise<void> {
  await limiters().perAccount.delete(account);
}
