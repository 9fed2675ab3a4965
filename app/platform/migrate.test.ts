import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrateSqlite, readMigrations } from "./migrate.server";

function tempDb() {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "edl-migrate-")), "app.db");
}

describe("migration applier", () => {
  it("applies the project's migrations once, in Prisma's bookkeeping table", () => {
    const file = tempDb();
    const names = readMigrations().map((m) => m.name);
    expect(migrateSqlite(file)).toEqual(names);
    expect(migrateSqlite(file)).toEqual([]);
    const sqlite = new Database(file);
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["User", "AuditEvent", "Message", "Plan", "_prisma_migrations"]));
    const rows = sqlite.prepare(`SELECT migration_name, finished_at FROM "_prisma_migrations"`).all() as { finished_at: string }[];
    expect(rows).toHaveLength(names.length);
    expect(rows.every((r) => r.finished_at)).toBe(true);
    sqlite.close();
  });

  it("refuses to run when an applied migration was edited afterwards", () => {
    const file = tempDb();
    const migrations = [{ name: "001_a", sql: "CREATE TABLE a (x INTEGER);", checksum: "een" }];
    migrateSqlite(file, migrations);
    expect(() => migrateSqlite(file, [{ ...migrations[0], checksum: "twee" }])).toThrow(/is gewijzigd/);
  });

  it("rolls back a failing migration completely", () => {
    const file = tempDb();
    const broken = [{ name: "001_kapot", sql: "CREATE TABLE b (x INTEGER); INSERT INTO bestaat_niet VALUES (1);", checksum: "c" }];
    expect(() => migrateSqlite(file, broken)).toThrow();
    const sqlite = new Database(file);
    expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name='b'").get()).toBeUndefined();
    expect(sqlite.prepare(`SELECT count(*) AS n FROM "_prisma_migrations"`).get()).toEqual({ n: 0 });
    sqlite.close();
  });
});

describe("migrations that rebuild a table", () => {
  it("keep the rows that refer to the rebuilt table (no cascade on the temporary drop)", () => {
    const file = tempDb();
    const [init, ...later] = readMigrations();
    migrateSqlite(file, [init]);
    const sqlite = new Database(file);
    sqlite.exec(`
      INSERT INTO "Organisation" (id, naam) VALUES ('o', 'Gemeente');
      INSERT INTO "Group" (id, naam, organisationId) VALUES ('g', 'Noord', 'o');
      INSERT INTO "User" (id, email, naam, passwordHash, organisationId, updatedAt) VALUES ('u', 'a@x.nl', 'A', 'x', 'o', CURRENT_TIMESTAMP);
      INSERT INTO "Case" (id, groupId, authorId, titel, hulpvraag, situatie, status, updatedAt) VALUES ('c', 'g', 'u', 'T', 'H', 'S', 'gedeeld', CURRENT_TIMESTAMP);
      INSERT INTO "Thread" (id, caseId, titel) VALUES ('t', 'c', 'T');
      INSERT INTO "Message" (threadId, clientId, authorId, body) VALUES ('t', 'k1', 'u', 'Hallo');
    `);
    sqlite.close();
    expect(later.some((m) => /DROP TABLE "Case"/.test(m.sql))).toBe(true); // the case this test is about
    migrateSqlite(file, [init, ...later]);
    const after = new Database(file);
    expect(after.prepare(`SELECT count(*) AS n FROM "Message"`).get()).toEqual({ n: 1 });
    expect(after.prepare(`SELECT count(*) AS n FROM "Thread"`).get()).toEqual({ n: 1 });
    expect(after.pragma("foreign_keys", { simple: true })).toBe(1);
    after.close();
  });
});
