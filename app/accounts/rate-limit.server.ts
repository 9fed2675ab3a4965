import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "~/platform/env.server";

// Failed logins are counted per account and per IP over 15 minutes: in memory on a single node, in Redis
// (REDIS_URL) when several nodes must share the counts (ADR 0003).
const windowSeconds = 15 * 60;

type Limiters = { perAccount: RateLimiterAbstract; perIp: RateLimiterAbstract };

const holder = globalThis as typeof globalThis & { __edlLoginLimiters?: Promise<Limiters> };

async function createLimiters(): Promise<Limiters> {
  const { REDIS_URL, LOGIN_LIMIT_PER_ACCOUNT, LOGIN_LIMIT_PER_IP } = env();
  const common = { duration: windowSeconds, blockDuration: windowSeconds };
  if (!REDIS_URL) {
    return {
      perAccount: new RateLimiterMemory({ ...common, keyPrefix: "login-account", points: LOGIN_LIMIT_PER_ACCOUNT }),
      perIp: new RateLimiterMemory({ ...common, keyPrefix: "login-ip", points: LOGIN_LIMIT_PER_IP }),
    };
  }
  const { createClient } = await import("redis");
  const storeClient = createClient({ url: REDIS_URL });
  await storeClient.connect();
  const redis = { ...common, storeClient, useRedisPackage: true };
  return {
    perAccount: new RateLimiterRedis({ ...redis, keyPrefix: "edl-login-account", points: LOGIN_LIMIT_PER_ACCOUNT }),
    perIp: new RateLimiterRedis({ ...redis, keyPrefix: "edl-login-ip", points: LOGIN_LIMIT_PER_IP }),
  };
}

function limiters(): Promise<Limiters> {
  return (holder.__edlLoginLimiters ??= createLimiters());
}

/** Seconds until another attempt is allowed, or 0 when the account and IP may try now. */
export async function loginBlockedFor(account: string, ip: string): Promise<number> {
  const { perAccount, perIp } = await limiters();
  const [a, i] = await Promise.all([perAccount.get(account), perIp.get(ip)]);
  const blocked = [a, i].filter((r): r is RateLimiterRes => r !== null && r.remainingPoints <= 0);
  return blocked.length ? Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 1000) : 0;
}

export async function recordFailedLogin(account: string, ip: string): Promise<void> {
  const { perAccount, perIp } = await limiters();
  // consume() rejects once the limit is reached; that is the state loginBlockedFor reports.
  await Promise.allSettled([perAccount.consume(account), perIp.consume(ip)]);
}

export async function resetLoginFailures(account: string): Promise<void> {
  await (await limiters()).perAccount.delete(account);
}
