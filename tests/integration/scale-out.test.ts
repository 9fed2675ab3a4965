import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browserish } from "../helpers/http";
import { startServer, type TestServer } from "../helpers/server";
import { createTempDatabase, hasPostgres, hasRedis, redisUrl } from "../helpers/services";
import { ask, connectSocket, connected, demoThreadId, type TestSocket } from "./intervisie-fixtures";

describe.skipIf(!hasPostgres)("two nodes on one PostgreSQL database", () => {
  let database: Awaited<ReturnType<typeof createTempDatabase>>;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    database = await createTempDatabase();
    const env = { DATABASE_URL: database.url, SEED_DEMO: "1", ...(hasRedis ? { REDIS_URL: redisUrl } : {}) };
    // Both nodes start at once: migrations and demo data must be applied exactly once.
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it("both nodes are healthy", async () => {
    for (const node of [a, b]) {
      const response = await fetch(`${node.url}/healthz`);
      expect(await response.json()).toEqual({ status: "ok", db: "ok" });
    }
  });

  it("a session started on one node is valid on the other", async () => {
    const anna = new Browserish(a.url);
    await anna.login("anna@demo.test");
    const elsewhere = await fetch(`${b.url}/`, { headers: { Cookie: anna.cookieHeader }, redirect: "manual" });
    expect(elsewhere.status).toBe(200);
    expect(await elsewhere.text()).toContain("Anna de Wit");
  });

  it.skipIf(!hasRedis)("a message sent on one node reaches a member connected to the other, once, in order", async () => {
    const anna = new Browserish(a.url);
    const bram = new Browserish(b.url);
    await Promise.all([anna.login("anna@demo.test"), bram.login("bram@demo.test")]);
    const threadId = await demoThreadId(anna);
    const sockets: TestSocket[] = [connectSocket(a.url, anna.cookieHeader), connectSocket(b.url, bram.cookieHeader)];
    try {
      await Promise.all(sockets.map(connected));
      for (const s of sockets) expect(await ask(s, "thread:join", { threadId })).toMatchObject({ ok: true });
      const arrived = new Promise<{ message: { body: string; id: number } }>((resolve) => sockets[1].once("message:new", resolve));
      const sent = await ask<{ ok: boolean; message: { id: number } }>(sockets[0], "message:send", { threadId, clientId: "pg-bericht-1", body: "Via twee nodes." });
      expect(sent.ok).toBe(true);
      const received = await arrived;
      expect(received.message).toMatchObject({ id: sent.message.id, body: "Via twee nodes." });
      // The same clientId again (a retry): the same message, nothing new stored.
      const again = await ask<{ ok: boolean; message: { id: number } }>(sockets[0], "message:send", { threadId, clientId: "pg-bericht-1", body: "Via twee nodes." });
      expect(again.message.id).toBe(sent.message.id);
      const listed = (await (await bram.get(`/api/threads/${threadId}/messages`)).json()) as { clientId: string }[];
      expect(listed.filter((m) => m.clientId === "pg-bericht-1")).toHaveLength(1);
    } finally {
      sockets.forEach((s) => s.disconnect());
    }
  });

  it("a user created on one node logs in on the other, and the demo data exists once", async () => {
    const admin = new Browserish(b.url);
    await admin.login("beheer@demo.test");
    const csrf = await admin.csrfToken("/beheer/gebruikers/nieuw");
    const created = await admin.post("/beheer/gebruikers/nieuw", {
      csrf,
      naam: "Noor Haddou",
      email: "noor@voorbeeldstad.nl",
      rol: "klantmanager",
      wachtwoord: "postgres werkt ook prima",
    });
    expect(created.status).toBe(302);
    const noor = new Browserish(a.url);
    await noor.login("noor@voorbeeldstad.nl", "postgres werkt ook prima");
    const list = await (await admin.get("/beheer")).text();
    expect(list).toMatch(/>7(<!-- -->)? gebruikers in jouw organisatie/); // six demo accounts, seeded once, plus Noor
  });
});

describe.skipIf(!hasPostgres || !hasRedis)("login limits shared through Redis", () => {
  let database: Awaited<ReturnType<typeof createTempDatabase>>;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    database = await createTempDatabase();
    const env = { DATABASE_URL: database.url, SEED_DEMO: "1", REDIS_URL: redisUrl };
    a = await startServer(env);
    b = await startServer(env);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it("counts failures on every node together", async () => {
    // A unique account name per run: the counters live in the shared Redis.
    const email = `raad-${Date.now()}@demo.test`;
    for (let i = 0; i < 5; i++) {
      const node = i % 2 === 0 ? a : b;
      expect((await new Browserish(node.url).post("/login", { email, password: `fout-${i}` })).status).toBe(401);
    }
    expect((await new Browserish(a.url).post("/login", { email, password: "nog-een" })).status).toBe(429);
    expect((await new Browserish(b.url).post("/login", { email, password: "nog-een" })).status).toBe(429);
  });
});

describe.skipIf(!hasPostgres)("health when the database goes away", () => {
  it("answers 503 once PostgreSQL can no longer be reached", async () => {
    const database = await createTempDatabase();
    const node = await startServer({ DATABASE_URL: database.url, SEED_DEMO: "0" });
    try {
      expect((await fetch(`${node.url}/healthz`)).status).toBe(200);
      await database.drop(); // WITH (FORCE) also ends the node's open connections
      const response = await fetch(`${node.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "error" });
    } finally {
      await node.stop();
    }
  });
});
