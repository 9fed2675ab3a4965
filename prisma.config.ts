import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// Prisma 6.19's WebAssembly schema engine runs through the driver adapter, so no native engine is
// downloaded (see docs/decisions/0002-database-en-migraties.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    const url = process.env.PRISMA_SQLITE_FILE ?? path.join("data", "prisma-cli.db");
    return new PrismaBetterSQLite3({ url });
  },
});
