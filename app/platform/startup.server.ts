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
  const seeded = await seedIfWanted();
  await (await import("~/intervisie/startup.server")).prepareIntervisie(seeded); // intervisie: demo case, retention purge
  await purgeExpiredSessions();
  return { migrations, seeded };
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
