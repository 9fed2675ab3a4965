import { seedDemo } from "~/accounts/seed.server";
import { getLibrary } from "~/methods/library.server";
import { purgeExpiredSessions } from "~/accounts/session.server";
import { db } from "./db.server";
import { env, isPostgres } from "./env.server";
import { migrate } from "./migrate.server";

export type StartupReport = { migrations: string[]; seeded: boolean };

/** Everything that must be true before the first request: schema up to date, demo data when asked. */
export async function prepare(): Promise<StartupReport> {
  // Invalid content stops the start with its `file:line: message` list; a broken file never silently disappears.
  await getLibrary();
  const migrations = await migrate();
  await tuneDatabase();
  const seeded = await seedIfWanted();
  await (await import("~/intervisie/startup.server")).prepareIntervisie(seeded); // intervisie: demo case, retention purge
  await purgeExpiredSessions();
  return { migrations, seeded };
}

/**
 * SQLite in WAL mode with synchronous=NORMAL: a commit no longer waits for an fsync of the log. The database
 * stays consistent after a crash of the app or the machine; only the last moments before a power loss may be
 * lost (ADR 0002). This roughly halves the time before a chat message can be acknowledged.
 */
async function tuneDatabase(): Promise<void> {
  if (isPostgres()) return;
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
}

async function seedIfWanted(): Promise<boolean> {
  const wanted = isPostgres() ? env().SEED_DEMO === "1" : env().SEED_DEMO !== "0";
  if (!wanted || (await db.organisation.count()) > 0) return false;
  try {
    await seedDemo();
    return true;
  } catch (error) {
    // Another node that started at the same moment seeded first; its transaction won, ours rolled back.
    if ((await db.user.count({ where: { demo: true } })) > 0) return false;
    throw error;
  }
}
