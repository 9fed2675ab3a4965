import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browserish } from "../helpers/http";
import { startServer, type TestServer } from "../helpers/server";

describe("a fresh installation without demo data", () => {
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "edl-admin-"));
    const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "app.db")}`, ADMIN_PASSWORD: "eerste beheerder wachtwoord" };
    execFileSync(process.execPath, ["--import", "tsx", "scripts/admin-create.ts", "--email", "Beheer@Gemeente.nl", "--naam", "Eerste Beheerder", "--organisatie", "Gemeente Testdorp"], { env, stdio: "pipe" });
    server = await startServer({ DATABASE_URL: env.DATABASE_URL, SEED_DEMO: "0" });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("has no demo accounts and says nothing about them", async () => {
    const html = await (await fetch(`${server.url}/login`)).text();
    expect(html).not.toContain("Demo-accounts");
    expect(html).not.toContain("demonstratie-omgeving");
    const anna = await new Browserish(server.url).post("/login", { email: "anna@demo.test", password: "welkom-demo" });
    expect(anna.status).toBe(401);
  });

  it("lets the beheerder made by admin:create log in and manage users", async () => {
    const admin = new Browserish(server.url);
    await admin.login("beheer@gemeente.nl", "eerste beheerder wachtwoord");
    const page = await admin.get("/beheer");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Eerste Beheerder");
  });
});
