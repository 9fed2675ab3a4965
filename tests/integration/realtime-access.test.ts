import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browserish } from "../helpers/http";
import { startServer, type TestServer } from "../helpers/server";
import { ask, connectSocket, connected, demoThreadId, loggedIn, query, type TestSocket } from "./intervisie-fixtures";

// Access lost through Beheer is lost on the live connection at once, not at the next reconnect.
describe("live connections follow changes in Beheer", () => {
  let server: TestServer;
  let admin: Browserish;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    server = await startServer();
    admin = await loggedIn(server.url, "beheer@demo.test");
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await server?.stop();
  });

  async function joinedAs(email: string) {
    const user = await loggedIn(server.url, email);
    const threadId = await demoThreadId(user);
    const socket = connectSocket(server.url, user.cookieHeader);
    sockets.push(socket);
    await connected(socket);
    expect(await ask(socket, "thread:join", { threadId })).toMatchObject({ ok: true });
    return { socket, threadId };
  }

  async function editUser(email: string, fields: Record<string, string | string[]>) {
    const id = query<{ id: string }>(server.dir, "SELECT id FROM User WHERE email = ?", email)[0].id;
    const csrf = await admin.csrfToken(`/beheer/gebruikers/${id}`);
    return admin.post(`/beheer/gebruikers/${id}`, { csrf, ...fields });
  }

  it("removing bram from the group stops anna's messages reaching his open socket", async () => {
    const anna = await joinedAs("anna@demo.test");
    const bram = await joinedAs("bram@demo.test");
    const gone = new Promise((resolve) => bram.socket.once("disconnect", resolve));
    const response = await editUser("bram@demo.test", { intent: "opslaan", naam: "Bram Visser", email: "bram@demo.test", rol: "klantmanager", teamId: "" });
    expect(response.status).toBe(302);
    await gone;
    const sent = await ask<{ ok: boolean }>(anna.socket, "message:send", { threadId: anna.threadId, clientId: "na-verwijderen-1", body: "Alleen voor de groep." });
    expect(sent.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    const seen = (bram.socket.received["message:new"] ?? []) as { message: { clientId: string } }[];
    expect(seen.map((m) => m.message.clientId)).not.toContain("na-verwijderen-1");
    // Reconnecting with the same session (the browser client does so by itself), the socket is
    // re-authorised and refused the thread.
    bram.socket.connect();
    await connected(bram.socket);
    expect(await ask(bram.socket, "thread:join", { threadId: bram.threadId })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("deactivating anna closes her live connection and refuses it from then on", async () => {
    const anna = await joinedAs("anna@demo.test");
    const gone = new Promise((resolve) => anna.socket.once("disconnect", resolve));
    expect((await editUser("anna@demo.test", { intent: "deactiveren" })).status).toBe(302);
    await gone;
    const refused = new Promise<Error>((resolve) => anna.socket.once("connect_error", resolve));
    anna.socket.connect();
    expect((await refused).message).toBe("Niet ingelogd");
  });
});
