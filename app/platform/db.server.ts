import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { PrismaClient as PostgresClient } from "~/generated/prisma-pg/client";
import { databaseUrl, isPostgres } from "./env.server";

export type Db = PrismaClient;

/** The SQLite file behind a `file:` URL, created with its folder on first use. */
export function sqliteFile(url: string): string {
  const file = path.resolve(url.replace(/^file:/, ""));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

// Both generated clients come from the same models (scripts/postgres-schema.ts), so they share one API;
// domain code sees only `db` and never knows which database is behind it.
function createClient(url: string): PrismaClient {
  if (isPostgres(url)) {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFile(url) }) });
}

// One client per process; kept on globalThis so Vite's dev reloads do not open a new pool each time.
const holder = globalThis as typeof globalThis & { __edlDb?: PrismaClient };

export const db: PrismaClient = (holder.__edlDb ??= createClient(databaseUrl()));

export async function databaseIsReachable(): Promise<boolean> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
