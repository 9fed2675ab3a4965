import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server";
import type { Browserish } from "../helpers/http";
import { ask, caseIdFrom, connectSocket, connected, contentDirWithRoddelmethode, demoThreadId, execute, loggedIn, query, type TestSocket } from "./intervisie-fixtures";

type Message = { id: number; threadId: string; clientId: string; authorId: string; authorNaam: string; body: string; createdAt: string; verborgen: boolean };
type Ok<T> = { ok: true } & T;
type Err = { ok: false; error: { code: string; message: string; spans?: { label: string; text: string }[] } };

let server: TestServer;
let anna: Browserish;
let bram: Browserish;
let chris: Browserish;
let lotte: Browserish;
let threadId: string;
const sockets: TestSocket[] = [];

function open(user?: Browserish): TestSocket {
  const socket = connectSocket(server.url, user?.cookieHeader);
  sockets.push(socket);
  return socket;
}

async function joined(user: Browserish, after?: number) {
  const socket = open(user);
  await connected(socket);
  const ack = await ask<Ok<{ messages: Message[] }>>(socket, "thread:join", { threadId, after });
  expect(ack.ok).toBe(true);
  return { socket, ack };
}

function waitFor<T>(socket: TestSocket, event: string, match: (payload: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    const seen = (socket.received[event] ?? []) as T[];
    const hit = seen.find(match);
    if (hit) return resolve(hit);
    const on = (payload: T) => {
      if (match(payload)) {
        socket.off(event, on);
        resolve(payload);
      }
    };
    socket.on(event, on);
  });
}

beforeAll(async () => {
  server = await startServer({ CONTENT_DIR: contentDirWithRoddelmethode() });
  [anna, bram, chris, lotte] = await Promise.all(["anna", "bram", "chris", "lotte"].map((n) => loggedIn(server.url, `${n}@demo.test`)));
  threadId = await demoThreadId(anna);
});
afterEach(() => {
  while (sockets.length) sockets.pop()!.disconnect();
});
afterAll(async () => {
  await server?.stop();
});

describe("socket authentication and access", () => {
  it("refuses a connection without a valid session (connect_error)", async () => {
    const anonymous = open();
    await expect(connected(anonymous)).rejects.toMatchObject({ message: "Niet ingelogd" });
    const forged = connectSocket(server.url, "edl_session=vervalst");
    sockets.push(forged);
    await expect(connected(forged)).rejects.toBeTruthy();
  });

  it("refuses chris and lotte the thread on the socket: join and send answer forbidden", async () => {
    for (const outsider of [chris, lotte]) {
      const socket = open(outsider);
      await connected(socket);
      expect(await ask<Err>(socket, "thread:join", { threadId })).toMatchObject({ ok: false, error: { code: "forbidden" } });
      const sent = await ask<Err>(socket, "message:send", { threadId, clientId: "buitenstaander-1", body: "Mag ik meelezen?" });
      expect(sent).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(await ask<Err>(socket, "thread:join", { threadId: "bestaat-niet" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    const messages = await (await anna.get(`/api/threads/${threadId}/messages`)).json();
    expect(messages.map((m: Message) => m.body)).not.toContain("Mag ik meelezen?");
  });

  it("answers invalid payloads with a Dutch error instead of crashing", async () => {
    const socket = open(anna);
    await connected(socket);
    expect(await ask<Err>(socket, "thread:join", { threadId: 42 })).toMatchObject({ ok: false, error: { code: "ongeldig", message: expect.stringContaining("ongeldig") } });
  });
});

describe("live thread", () => {
  it("delivers a committed message to everyone in the thread, sender included, in id order", async () => {
    const a = await joined(anna);
    const b = await joined(bram);
    expect(a.ack.messages.length).toBeGreaterThanOrEqual(4);
    const ack = await ask<Ok<{ message: Message }>>(a.socket, "message:send", { threadId, clientId: "anna-live-0001", body: "Ik heb gebeld en [Klant] komt donderdag." });
    expect(ack).toMatchObject({ ok: true, message: { threadId, clientId: "anna-live-0001", authorNaam: "Anna de Wit", body: "Ik heb gebeld en [Klant] komt donderdag." } });
    expect(ack.message.id).toBeGreaterThan(Math.max(...a.ack.messages.map((m) => m.id)));
    // The ack came after the commit: the API (another connection) already has it.
    const stored = await (await bram.get(`/api/threads/${threadId}/messages?after=${ack.message.id - 1}`)).json();
    expect(stored.map((m: Message) => m.id)).toContain(ack.message.id);
    for (const socket of [a.socket, b.socket]) {
      const got = await waitFor<{ message: Message }>(socket, "message:new", (p) => p.message.id === ack.message.id);
      expect(got.message).toEqual(ack.message);
    }
  });

  it("returns the same message for a repeated clientId and stores no duplicate", async () => {
    const { socket } = await joined(bram);
    const payload = { threadId, clientId: "bram-retry-0001", body: "Zullen we dit in de sessie bespreken?" };
    const [first, second] = await Promise.all([ask<Ok<{ message: Message }>>(socket, "message:send", payload), ask<Ok<{ message: Message }>>(socket, "message:send", payload)]);
    const third = await ask<Ok<{ message: Message }>>(socket, "message:send", payload);
    expect(first.message.id).toBe(second.message.id);
    expect(third.message).toEqual(first.message);
    expect(query(server.dir, "SELECT count(*) AS n FROM Message WHERE clientId = 'bram-retry-0001'")[0]).toEqual({ n: 1 });
  });

  it("refuses PII (code pii with spans), empty and over-long bodies in Dutch", async () => {
    const { socket } = await joined(anna);
    const pii = await ask<Err>(socket, "message:send", { threadId, clientId: "anna-pii-00001", body: "Zijn BSN is 111222333, bel hem op 06-12345678." });
    expect(pii.ok).toBe(false);
    expect(pii.error.code).toBe("pii");
    expect(pii.error.spans!.map((s) => s.label)).toEqual(expect.arrayContaining(["bsn", "telefoon"]));
    expect(await ask<Err>(socket, "message:send", { threadId, clientId: "anna-leeg-0001", body: "   " })).toMatchObject({ ok: false, error: { code: "leeg", message: "Schrijf eerst een bericht." } });
    const long = await ask<Err>(socket, "message:send", { threadId, clientId: "anna-lang-0001", body: "a".repeat(4001) });
    expect(long).toMatchObject({ ok: false, error: { code: "te_lang", message: expect.stringContaining("hoogstens 4000 tekens") } });
    expect(query(server.dir, "SELECT count(*) AS n FROM Message WHERE body LIKE '%111222333%'")[0]).toEqual({ n: 0 });
  });

  it("shows presence on join and leave, and typing to the others", async () => {
    const a = await joined(anna);
    const b = await joined(bram);
    const both = await waitFor<{ users: { naam: string }[] }>(a.socket, "presence", (p) => p.users.length === 2);
    expect(both.users.map((u) => u.naam).sort()).toEqual(["Anna de Wit", "Bram Visser"]);
    b.socket.emit("typing", { threadId });
    expect(await waitFor<{ userId: string }>(a.socket, "typing", () => true)).toMatchObject({ threadId, userId: expect.any(String) });
    b.socket.disconnect();
    const alone = await waitFor<{ users: { naam: string }[] }>(a.socket, "presence", (p) => p.users.length === 1);
    expect(alone.users.map((u) => u.naam)).toEqual(["Anna de Wit"]);
  });

  it("catches up after a server restart: a message sent while the other was away arrives once", async () => {
    const a = await joined(anna);
    const b = await joined(bram);
    const before = await ask<Ok<{ message: Message }>>(a.socket, "message:send", { threadId, clientId: "anna-herstart-01", body: "Voor de herstart." });
    await waitFor<{ message: Message }>(b.socket, "message:new", (p) => p.message.id === before.message.id);
    const lastSeenByBram = before.message.id;
    b.socket.disconnect(); // bram's connection drops
    const during = await ask<Ok<{ message: Message }>>(a.socket, "message:send", { threadId, clientId: "anna-herstart-02", body: "Terwijl Bram weg was." });

    await server.restart();
    // anna's socket reconnects by itself; a retry of the same clientId after the restart gives the same message.
    await connected(a.socket).catch(() => undefined);
    await new Promise<void>((resolve) => (a.socket.connected ? resolve() : a.socket.once("connect", () => resolve())));
    const retried = await ask<Ok<{ message: Message }>>(a.socket, "message:send", { threadId, clientId: "anna-herstart-02", body: "Terwijl Bram weg was." });
    expect(retried.message).toEqual(during.message);

    const back = await joined(bram, lastSeenByBram);
    expect(back.ack.messages.filter((m) => m.clientId === "anna-herstart-02")).toHaveLength(1);
    expect(back.ack.messages.every((m) => m.id > lastSeenByBram)).toBe(true);
    expect(query(server.dir, "SELECT count(*) AS n FROM Message WHERE clientId = 'anna-herstart-02'")[0]).toEqual({ n: 1 });
  });
});

describe("structured session (roddelmethode)", () => {
  it("runs through all phases, mutes the inbrenger in the roddelfase, and records hours on close", async () => {
    // anna brings in a case, bram facilitates
    const csrf = await anna.csrfToken("/intervisie/nieuw");
    const created = await anna.post("/intervisie/nieuw", {
      csrf,
      intent: "delen",
      titel: "Jongere wil niet naar de werkplaats",
      hulpvraag: "Hoe motiveer ik [Klant] zonder druk te zetten?",
      situatie: "[Klant] weigert sinds twee weken naar de leerwerkplaats te gaan. Thuis is het onrustig.",
    });
    const caseId = caseIdFrom(created.headers.get("location"));
    const thread = ((await (await anna.get("/api/threads")).json()) as { id: string; titel: string }[]).find((t) => t.titel.startsWith("Jongere"))!;
    const start = await anna.post(`/intervisie/${caseId}`, { csrf, intent: "sessie-starten", methode: "roddelmethode", facilitator: userId("bram@demo.test") });
    expect(start.status).toBe(302);

    const a = open(anna);
    const b = open(bram);
    await Promise.all([connected(a), connected(b)]);
    const joinedA = await ask<Ok<{ session: { fase: number; fasen: { naam: string }[] } }>>(a, "thread:join", { threadId: thread.id });
    await ask(b, "thread:join", { threadId: thread.id });
    expect(joinedA.session).toMatchObject({ fase: 0, fasen: expect.arrayContaining([expect.objectContaining({ naam: "Roddelfase" })]) });

    const say = (s: TestSocket, body: string) => ask<Ok<{ message: Message }> | Err>(s, "message:send", { threadId: thread.id, clientId: `c-${Math.random().toString(36).slice(2, 12)}`, body });
    const bramCsrf = await bram.csrfToken(`/intervisie/${caseId}`);
    const sessionId = query<{ id: string }>(server.dir, "SELECT id FROM IntervisieSession WHERE caseId = ?", caseId)[0].id;
    const next = async () => {
      const response = await bram.post(`/intervisie/${caseId}`, { csrf: bramCsrf, intent: "volgende-fase", sessionId });
      expect(response.status).toBe(302);
    };

    // 1 Introductie: only the inbrenger
    expect((await say(a, "Mijn vraag gaat over motivatie.")).ok).toBe(true);
    expect(await say(b, "Mag ik al iets vragen?")).toMatchObject({ ok: false, error: { code: "phase" } });
    // anna is not the facilitator and cannot move the session on
    expect((await anna.post(`/intervisie/${caseId}`, { csrf, intent: "volgende-fase", sessionId })).status).toBe(403);
    await next();
    expect(await waitFor<{ session: { fase: number } }>(a, "session:state", (p) => p.session?.fase === 1)).toBeTruthy();
    // 2 Verkenning: everyone
    expect((await say(b, "Wat zegt [Klant] zelf over de werkplaats?")).ok).toBe(true);
    expect((await say(a, "Dat het saai is en dat niemand hem kent.")).ok).toBe(true);
    await next();
    // 3 Roddelfase: the inbrenger listens
    await waitFor<{ session: { fase: number } }>(a, "session:state", (p) => p.session?.fase === 2);
    const muted = await say(a, "Maar zo bedoel ik het niet!");
    expect(muted).toMatchObject({ ok: false, error: { code: "phase", message: expect.stringContaining("Roddelfase") } });
    expect((await say(b, "Ik denk dat hij vooral iemand mist die hem ziet.")).ok).toBe(true);
    await next();
    // 4 Reactie inbrenger, 5 Evaluatie
    expect((await say(a, "Dat raakte me: ik ga een maatje zoeken op de werkplaats.")).ok).toBe(true);
    expect(await say(b, "Mooi.")).toMatchObject({ ok: false, error: { code: "phase" } });
    await next();
    expect((await say(b, "Goede sessie.")).ok).toBe(true);
    expect((await bram.post(`/intervisie/${caseId}`, { csrf: bramCsrf, intent: "volgende-fase", sessionId })).status).toBe(409);

    const closed = await bram.post(`/intervisie/${caseId}`, { csrf: bramCsrf, intent: "sessie-sluiten", sessionId, lessen: "Zoek bij weerstand eerst naar wie de jongere mist.", uren: "1", methoden: ["motiverende-gespreksvoering"] });
    expect(closed.status).toBe(302);
    await waitFor<{ session: { status: string } }>(a, "session:state", (p) => p.session?.status === "gesloten");
    const page = await (await anna.get(`/intervisie/${caseId}`)).text();
    expect(page).toContain("Zoek bij weerstand eerst naar wie de jongere mist.");
    expect(page).toContain("Afgerond");
    const hours = query<{ naam: string; uren: number; titel: string }>(
      server.dir,
      "SELECT u.naam, a.uren, a.titel FROM Activity a JOIN Plan p ON p.id = a.planId JOIN User u ON u.id = p.userId WHERE a.intervisieSessionId = ? ORDER BY u.naam",
      sessionId,
    );
    expect(hours).toEqual([
      { naam: "Anna de Wit", uren: 1, titel: "Intervisie (roddelmethode)" },
      { naam: "Bram Visser", uren: 1, titel: "Intervisie (roddelmethode)" },
    ]);
    // the thread is closed with the case
    expect(await say(b, "Nog een nabrander.")).toMatchObject({ ok: false, error: { code: "status" } });
  });

  it("keeps written contributions hidden until the facilitator reveals them together", async () => {
    const csrf = await bram.csrfToken("/intervisie/nieuw");
    const created = await bram.post("/intervisie/nieuw", { csrf, intent: "delen", titel: "Incident bij de balie", hulpvraag: "Wat had ik anders kunnen doen aan de balie?", situatie: "[Klant] werd boos aan de balie omdat de uitkering later kwam. Ik bleef rustig maar voelde me onveilig." });
    const caseId = caseIdFrom(created.headers.get("location"));
    const thread = ((await (await bram.get("/api/threads")).json()) as { id: string; titel: string }[]).find((t) => t.titel === "Incident bij de balie")!;
    await bram.post(`/intervisie/${caseId}`, { csrf, intent: "sessie-starten", methode: "incidentmethode", facilitator: userId("bram@demo.test") });
    const sessionId = query<{ id: string }>(server.dir, "SELECT id FROM IntervisieSession WHERE caseId = ?", caseId)[0].id;
    for (let i = 0; i < 3; i++) await bram.post(`/intervisie/${caseId}`, { csrf, intent: "volgende-fase", sessionId }); // → Stelling nemen (schriftelijk)

    const a = open(anna);
    const b = open(bram);
    await Promise.all([connected(a), connected(b)]);
    await ask(a, "thread:join", { threadId: thread.id });
    await ask(b, "thread:join", { threadId: thread.id });
    const written = await ask<Ok<{ message: Message }>>(a, "message:send", { threadId: thread.id, clientId: "anna-stelling-01", body: "Ik zou de collega van de beveiliging erbij roepen." });
    expect(written).toMatchObject({ ok: true, message: { verborgen: true } });
    const bramsView = await (await bram.get(`/api/threads/${thread.id}/messages`)).json();
    expect(bramsView.map((m: Message) => m.body)).not.toContain("Ik zou de collega van de beveiliging erbij roepen.");
    const annasView = await (await anna.get(`/api/threads/${thread.id}/messages`)).json();
    expect(annasView.map((m: Message) => m.body)).toContain("Ik zou de collega van de beveiliging erbij roepen.");

    await bram.post(`/intervisie/${caseId}`, { csrf, intent: "onthullen", sessionId });
    const revealed = await waitFor<{ message: Message }>(b, "message:new", (p) => p.message.clientId === "anna-stelling-01");
    expect(revealed.message.verborgen).toBe(false);
    // a client that catches up with `after` past the contribution still gets it once it is revealed
    const late = await ask<Ok<{ messages: Message[] }>>(b, "thread:join", { threadId: thread.id, after: written.message.id });
    expect(late.messages.filter((m) => m.clientId === "anna-stelling-01")).toHaveLength(1);
  });
});

// The server keeps a thread's case and session facts between messages; these tests change them in every
// way that must count for the very next message: through the app on this node, and straight in the
// database as another node would (no event reaches this process then).
describe("changes count for the very next message", () => {
  it("a session started, a phase moved on (here or on another node) and a case closed elsewhere", async () => {
    const csrf = await anna.csrfToken("/intervisie/nieuw");
    const created = await anna.post("/intervisie/nieuw", {
      csrf,
      intent: "delen",
      titel: "Vader wil geen hulp bij de schulden",
      hulpvraag: "Hoe bespreek ik de schulden zonder dat [Klant] dichtklapt?",
      situatie: "[Klant] heeft al maanden betalingsachterstanden en zegt dat hij het zelf oplost. Hij komt wel op afspraken.",
    });
    const caseId = caseIdFrom(created.headers.get("location"));
    const thread = ((await (await anna.get("/api/threads")).json()) as { id: string; titel: string }[]).find((t) => t.titel.startsWith("Vader wil"))!;
    const a = open(anna);
    const b = open(bram);
    await Promise.all([connected(a), connected(b)]);
    await ask(a, "thread:join", { threadId: thread.id });
    await ask(b, "thread:join", { threadId: thread.id });
    type Sent = Ok<{ message: Message & { sessionId: string | null; fase: number | null } }>;
    const say = (s: TestSocket, body: string, clientId = `n-${Math.random().toString(36).slice(2, 12)}`) =>
      ask<Sent | Err>(s, "message:send", { threadId: thread.id, clientId, body });
    const stored = (clientId: string) => query<{ n: number }>(server.dir, "SELECT COUNT(*) AS n FROM Message WHERE clientId = ?", clientId)[0].n;

    // free conversation first: both write, outside any session
    expect(await say(b, "Wat weet je over zijn inkomsten?")).toMatchObject({ ok: true, message: { sessionId: null, fase: null } });

    // a session started on this node: the next message belongs to it, and its phase rules apply at once
    await anna.post(`/intervisie/${caseId}`, { csrf, intent: "sessie-starten", methode: "roddelmethode", facilitator: userId("bram@demo.test") });
    const sessionId = query<{ id: string }>(server.dir, "SELECT id FROM IntervisieSession WHERE caseId = ?", caseId)[0].id;
    expect(await say(b, "Mag ik iets vragen?", "n-bram-introductie")).toMatchObject({ ok: false, error: { code: "phase" } });
    expect(stored("n-bram-introductie")).toBe(0);
    expect(await say(a, "Ik wil vooral weten hoe ik begin.")).toMatchObject({ ok: true, message: { sessionId, fase: 0 } });

    // the phase moved on by another node (straight in the database): the inbrenger is muted in the roddelfase
    execute(server.dir, "UPDATE IntervisieSession SET fase = 2 WHERE id = ?", sessionId);
    const muted = await say(a, "Zo zit het niet!", "n-anna-roddel");
    expect(muted).toMatchObject({ ok: false, error: { code: "phase", message: expect.stringContaining("Roddelfase") } });
    expect(stored("n-anna-roddel")).toBe(0);
    expect(await say(b, "Ik denk dat hij zich schaamt.")).toMatchObject({ ok: true, message: { sessionId, fase: 2 } });

    // the facilitator moves on here: right after the redirect, the group is muted and the inbrenger writes
    const bramCsrf = await bram.csrfToken(`/intervisie/${caseId}`);
    expect((await bram.post(`/intervisie/${caseId}`, { csrf: bramCsrf, intent: "volgende-fase", sessionId })).status).toBe(302);
    expect(await say(b, "Nog één gedachte.", "n-bram-reactie")).toMatchObject({ ok: false, error: { code: "phase" } });
    expect(stored("n-bram-reactie")).toBe(0);
    const reactie = (await say(a, "Schaamte, ja. Daar begin ik.", "n-anna-reactie")) as Sent;
    expect(reactie).toMatchObject({ ok: true, message: { fase: 3 } });

    // the case closed on another node: the thread is read-only from the next message on
    execute(server.dir, "UPDATE \"Case\" SET status = 'afgerond' WHERE id = ?", caseId);
    expect(await say(a, "Nog een nabrander.", "n-anna-afgerond")).toMatchObject({ ok: false, error: { code: "status" } });
    expect(stored("n-anna-afgerond")).toBe(0);
    // a retry of a message stored before still answers with that message, and stores nothing new
    expect(await say(a, "Schaamte, ja. Daar begin ik.", "n-anna-reactie")).toMatchObject({ ok: true, message: { id: reactie.message.id } });
    expect(stored("n-anna-reactie")).toBe(1);
  });

  it("a member removed from the group on another node is refused at the next message, with nothing stored", async () => {
    const { socket } = await joined(anna);
    expect((await ask<Ok<{ message: Message }>>(socket, "message:send", { threadId, clientId: "anna-voor-verwijderen", body: "Even een vraag." })).ok).toBe(true);
    const groupId = query<{ groupId: string }>(server.dir, 'SELECT c.groupId FROM Thread t JOIN "Case" c ON c.id = t.caseId WHERE t.id = ?', threadId)[0].groupId;
    const annaId = userId("anna@demo.test");
    execute(server.dir, "DELETE FROM GroupMember WHERE userId = ? AND groupId = ?", annaId, groupId);
    try {
      expect(await ask<Err>(socket, "message:send", { threadId, clientId: "anna-na-verwijderen", body: "Hoort iemand mij?" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(query<{ n: number }>(server.dir, "SELECT COUNT(*) AS n FROM Message WHERE clientId = ?", "anna-na-verwijderen")[0].n).toBe(0);
    } finally {
      execute(server.dir, "INSERT INTO GroupMember (userId, groupId) VALUES (?, ?)", annaId, groupId);
    }
  });
});

describe("deactivation", () => {
  it("an open socket of a deactivated user can no longer read or write the thread", async () => {
    const { socket } = await joined(bram);
    execute(server.dir, 'UPDATE "User" SET actief = 0 WHERE email = ?', "bram@demo.test");
    expect(await ask<Err>(socket, "message:send", { threadId, clientId: "bram-na-uitdienst", body: "Nog één ding." })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await ask<Err>(socket, "thread:join", { threadId })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});

function userId(email: string): string {
  return query<{ id: string }>(server.dir, "SELECT id FROM User WHERE email = ?", email)[0].id;
}
