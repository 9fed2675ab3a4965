import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { sqliteFile } from "./db.server";
import { databaseUrl, isPostgres } from "./env.server";

// Applies pending migrations from prisma/migrations (Prisma's folder format and `_prisma_migrations`
// bookkeeping) without Prisma's schema engine, so start-up needs no network and no native engine.
// See docs/decisions/0002-database-en-migraties.md.

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = path.resolve("prisma", "migrations")): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** The migrations not yet applied, in order; refuses to go on when an applied one was edited since. */
function pending(migrations: Migration[], applied: Map<string, string>): Migration[] {
  for (const migration of migrations) {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined && checksum !== migration.checksum) {
      throw new Error(`Migratie ${migration.name} is gewijzigd nadat hij is toegepast; maak een nieuwe migratie.`);
    }
  }
  return migrations.filter((m) => !applied.has(m.name));
}

const bookkeeping = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** Returns the names of the migrations it applied. */
export function migrateSqlite(file: string, migrations = readMigrations()): string[] {
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(bookkeeping);
    const applied = new Map(
      sqlite
        .prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
        .all()
        .map((row) => {
          const r = row as { migration_name: string; checksum: string };
          return [r.migration_name, r.checksum] as const;
        }),
    );
    const done: string[] = [];
    for (const migration of pending(migrations, applied)) {
      // Prisma rebuilds a table to alter it (create new, copy, drop old). Foreign keys must be off while it
      // does, or dropping the old table cascades into its children; the pragma is ignored inside a
      // transaction, so it is set around it, and the keys are checked before the commit
      // (https://www.sqlite.org/lang_altertable.html#otheralter).
      sqlite.pragma("foreign_keys = OFF");
      try {
        sqlite.transaction(() => {
          sqlite.exec(migration.sql);
          const broken = sqlite.pragma("foreign_key_check") as unknown[];
          if (broken.length) throw new Error(`Migratie ${migration.name} laat ${broken.length} verbroken verwijzingen achter.`);
          sqlite
            .prepare(
              `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES (?, ?, ?, current_timestamp, 1)`,
            )
            .run(randomUUID(), migration.checksum, migration.name);
        })();
      } finally {
        sqlite.pragma("foreign_keys = ON");
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    sqlite.close();
  }
}

const postgresBookkeeping = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Several nodes may start at once; an advisory lock lets one of them migrate while the others wait.
const migrationLock = 72_614_001;

export async function migratePostgres(
  url: string,
  migrations = readMigrations(path.resolve("prisma", "postgres", "migrations")),
): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [migrationLock]);
    await client.query(postgresBookkeeping);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const done: string[] = [];
    for (const migration of pending(migrations, applied)) {
      try {
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [migrationLock]).catch(() => {});
    await client.end();
  }
}

export async function migrate(url = databaseUrl()): Promise<string[]> {
  return isPostgres(url) ? migratePostgres(url) : migrateSqlite(sqliteFile(url));
}
