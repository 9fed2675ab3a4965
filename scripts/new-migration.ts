// Writes a new migration in Prisma's folder format for SQLite and PostgreSQL without `prisma migrate dev`
// (which needs a native engine): the SQL is the diff between the schema snapshot stored with the newest
// migration and the current schema. PostgreSQL's diff needs a reachable server (DATABASE_URL_PG or the
// local default); without one only the SQLite migration is written and the command says so.
//   npm run db:migration -- <naam>
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { writePostgresSchema } from "./postgres-schema";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Gebruik: npm run db:migration -- <naam>, bijvoorbeeld: npm run db:migration -- plan_notities");
  process.exit(1);
}

const prisma = path.resolve("node_modules", ".bin", "prisma");
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);

type Target = { label: string; schema: string; migrations: string; config: string; env?: Record<string, string> };

function writeMigration(t: Target): void {
  const latest = fs
    .readdirSync(t.migrations, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .at(-1);
  const snapshot = latest ? path.join(t.migrations, latest, "schema.prisma") : null;
  if (snapshot && !fs.existsSync(snapshot)) throw new Error(`${t.label}: migratie ${latest} heeft geen schema.prisma-snapshot.`);
  const sql = execFileSync(
    prisma,
    ["migrate", "diff", "--config", t.config, ...(snapshot ? ["--from-schema-datamodel", snapshot] : ["--from-empty"]), "--to-schema-datamodel", t.schema, "--script"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, ...t.env } },
  );
  if (/This is an empty migration/.test(sql)) {
    console.log(`${t.label}: geen wijzigingen sinds de laatste migratie.`);
    return;
  }
  const target = path.join(t.migrations, `${stamp}_${name}`);
  fs.mkdirSync(target);
  fs.writeFileSync(path.join(target, "migration.sql"), sql);
  fs.copyFileSync(t.schema, path.join(target, "schema.prisma"));
  console.log(`${t.label}: ${path.relative(process.cwd(), target)}/migration.sql geschreven.`);
}

fs.mkdirSync("data", { recursive: true });
writeMigration({ label: "SQLite", schema: "prisma/schema.prisma", migrations: "prisma/migrations", config: "prisma.config.ts" });
writePostgresSchema();
try {
  writeMigration({
    label: "PostgreSQL",
    schema: "prisma/postgres/schema.prisma",
    migrations: "prisma/postgres/migrations",
    config: "prisma.postgres.config.ts",
    env: { DATABASE_URL: process.env.DATABASE_URL_PG ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
  });
} catch (error) {
  console.error(`PostgreSQL-migratie niet geschreven (${(error as Error).message.split("\n")[0]}). Start PostgreSQL of zet DATABASE_URL_PG en draai het opnieuw.`);
  process.exitCode = 1;
}
execFileSync(prisma, ["generate"], { stdio: "inherit" });
execFileSync(prisma, ["generate", "--config", "prisma.postgres.config.ts"], { stdio: "inherit" });
