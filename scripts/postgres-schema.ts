// prisma/postgres/schema.prisma is derived from prisma/schema.prisma: same models, PostgreSQL provider,
// its own generated client. Run by `npm run db:migration`; never edit the PostgreSQL copy by hand.
import fs from "node:fs";

export function postgresSchema(sqliteSchema: string): string {
  return (
    "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.ts. Do not edit; edit the SQLite schema.\n" +
    sqliteSchema
      .replace('provider = "sqlite"', 'provider = "postgresql"')
      // The connection comes from the driver adapter; this URL only satisfies the schema syntax.
      .replace(/url\s+= "file:[^"]+"/, 'url      = "postgresql://localhost/via-adapter"')
      .replace('output     = "../app/generated/prisma"', 'output     = "../../app/generated/prisma-pg"')
  );
}

export function writePostgresSchema(): string {
  const out = "prisma/postgres/schema.prisma";
  fs.mkdirSync("prisma/postgres", { recursive: true });
  fs.writeFileSync(out, postgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8")));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`Geschreven: ${writePostgresSchema()}`);
