import net from "node:net";
import pg from "pg";

// PostgreSQL and Redis run on the project's machines and in CI; elsewhere the tests that need them skip.
export const postgresAdminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port), timeout: 1000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

export const hasPostgres = await reachable(postgresAdminUrl);
export const hasRedis = await reachable(redisUrl);
if (!hasPostgres) console.warn(`PostgreSQL-tests overgeslagen: geen server op ${postgresAdminUrl} (zet TEST_POSTGRES_URL).`);
if (!hasRedis) console.warn(`Redis-tests overgeslagen: geen server op ${redisUrl} (zet TEST_REDIS_URL).`);

/** A fresh, empty database for one test file; dropped afterwards. */
export async function createTempDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `edl_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: postgresAdminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
