// Writes a new migration in Prisma's folder format without `prisma migrate dev` (which needs a native
// engine): the SQL is the diff between the schema snapshot of the newest migration and prisma/schema.prisma.
//   npm run db:migration -- <naam>
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Gebruik: npm run db:migration -- <naam>, bijvoorbeeld: npm run db:migration -- plan_notities");
  process.exit(1);
}

const dir = path.resolve("prisma", "migrations");
const latest = fs
  .readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .at(-1);
const snapshot = latest ? path.join(dir, latest, "schema.prisma") : null;
if (snapshot && !fs.existsSync(snapshot)) {
  console.error(`De nieuwste migratie ${latest} heeft geen schema.prisma-snapshot.`);
  process.exit(1);
}

const prisma = path.resolve("node_modules", ".bin", "prisma");
fs.mkdirSync("data", { recursive: true });
const sql = execFileSync(
  prisma,
  ["migrate", "diff", ...(snapshot ? ["--from-schema-datamodel", snapshot] : ["--from-empty"]), "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
if (/This is an empty migration/.test(sql)) {
  console.log("Geen wijzigingen in prisma/schema.prisma sinds de laatste migratie.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const target = path.join(dir, `${stamp}_${name}`);
fs.mkdirSync(target);
fs.writeFileSync(path.join(target, "migration.sql"), sql);
fs.copyFileSync("prisma/schema.prisma", path.join(target, "schema.prisma"));
execFileSync(prisma, ["generate"], { stdio: "inherit" });
console.log(`Migratie geschreven: ${path.relative(process.cwd(), target)}/migration.sql`);
