// Shared set-up for the intervisie tests: a content folder with the test library plus the roddelmethode,
// socket.io clients that log in like a browser, and a read-only look into the server's database.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { io, type Socket } from "socket.io-client";
import { Browserish } from "../helpers/http";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/content");

const roddelmethode = `---
titel: Roddelmethode
samenvatting: De groep bespreekt de casus terwijl de inbrenger met de rug naar de groep luistert en niet mag reageren.
duur_totaal: 50
fasen:
  - naam: Introductie
    duur: 5
    spreekrecht: inbrenger
    instructie: De inbrenger vertelt de casus en de hulpvraag.
  - naam: Verkenning
    duur: 10
    spreekrecht: iedereen
    instructie: De groep stelt open vragen; de inbrenger antwoordt.
  - naam: Roddelfase
    duur: 20
    spreekrecht: groep
    instructie: De groep praat over de casus alsof de inbrenger er niet is. De inbrenger luistert en zwijgt.
  - naam: Reactie inbrenger
    duur: 10
    spreekrecht: inbrenger
    instructie: De inbrenger vertelt wat hem of haar raakte en wat bruikbaar is.
  - naam: Evaluatie
    duur: 5
    spreekrecht: iedereen
    instructie: Wat nemen we mee?
bijgewerkt: 2025-04-01
---
Testversie van de roddelmethode.
`;

/** A content folder for the server: the test library plus the roddelmethode. */
export function contentDirWithRoddelmethode(): string {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? "/tmp"), "edl-content-"));
  fs.cpSync(fixtures, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, "intervisiemethoden"), { recursive: true });
  fs.writeFileSync(path.join(dir, "intervisiemethoden", "roddelmethode.md"), roddelmethode);
  return dir;
}

export async function loggedIn(base: string, email: string): Promise<Browserish> {
  const b = new Browserish(base);
  await b.login(email);
  return b;
}

export type TestSocket = Socket & { received: Record<string, unknown[]> };

/** A real socket.io client with the browser's session cookie; records every event it receives. */
export function connectSocket(base: string, cookie?: string): TestSocket {
  const socket = io(base, { transports: ["websocket"], extraHeaders: cookie ? { Cookie: cookie } : {}, reconnectionDelay: 200, reconnectionDelayMax: 500 }) as TestSocket;
  socket.received = {};
  socket.onAny((event: string, payload: unknown) => (socket.received[event] ??= []).push(payload));
  return socket;
}

export function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
}

export function ask<T = Record<string, unknown>>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return socket.timeout(10_000).emitWithAck(event, payload) as Promise<T>;
}

/** Read-only look at the server's SQLite file, for facts a user cannot see directly (audit details, counts). */
export function query<T = Record<string, unknown>>(dir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(path.join(dir, "app.db"), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function execute(dir: string, sql: string, ...params: unknown[]): void {
  const db = new Database(path.join(dir, "app.db"), { fileMustExist: true });
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

export async function demoThreadId(user: Browserish): Promise<string> {
  const threads = (await (await user.get("/api/threads")).json()) as { id: string; titel: string }[];
  return threads[0].id;
}

/** Case id in a page link such as /intervisie/<id>. */
export function caseIdFrom(location: string | null): string {
  const match = /\/intervisie\/([^/?#]+)/.exec(location ?? "");
  if (!match) throw new Error(`Geen casus in ${location}`);
  return match[1];
}
