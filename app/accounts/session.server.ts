import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createCookie, createSessionStorage, type Session, type SessionStorage } from "@remix-run/node";
import { db } from "~/platform/db.server";
import { disconnectUser } from "~/platform/realtime-hub.server";
import { env } from "~/platform/env.server";

export type SessionData = { userId?: string; csrf?: string };
export type AppSession = Session<SessionData, { melding: string }>;

const maxAgeSeconds = 60 * 60 * 12;

/** SESSION_SECRET, or for the embedded set-up a random secret kept next to the database. */
function sessionSecret(): string {
  const configured = env().SESSION_SECRET;
  if (configured) return configured;
  const file = path.resolve("data", ".session-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

function createStorage(secure: boolean): SessionStorage<SessionData, { melding: string }> {
  const cookie = createCookie("edl_session", {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: maxAgeSeconds,
    secrets: [sessionSecret()],
  });
  // Server-side sessions: the cookie holds only a random id, so logging out or deactivating a user
  // ends the session everywhere at once.
  return createSessionStorage({
    cookie,
    async createData(data, expires) {
      const id = randomBytes(24).toString("base64url");
      await db.session.create({
        data: {
          id,
          userId: data.userId ?? null,
          data: JSON.stringify(data),
          expiresAt: expires ?? new Date(Date.now() + maxAgeSeconds * 1000),
        },
      });
      return id;
    },
    async readData(id) {
      const row = await db.session.findUnique({ where: { id } });
      if (!row || row.expiresAt < new Date()) return null;
      return JSON.parse(row.data);
    },
    async updateData(id, data, expires) {
      const expiresAt = expires ?? new Date(Date.now() + maxAgeSeconds * 1000);
      await db.session.upsert({
        where: { id },
        create: { id, userId: data.userId ?? null, data: JSON.stringify(data), expiresAt },
        update: { userId: data.userId ?? null, data: JSON.stringify(data), expiresAt },
      });
    },
    async deleteData(id) {
      await db.session.deleteMany({ where: { id } });
    },
  });
}

const storages = new Map<boolean, ReturnType<typeof createStorage>>();

/** Secure cookies when the request came in over https (directly or via a trusted proxy). */
export function sessionStorageFor(request: Request) {
  const secure = new URL(request.url).protocol === "https:";
  let storage = storages.get(secure);
  if (!storage) storages.set(secure, (storage = createStorage(secure)));
  return storage;
}

// One read of the session row per request, however many loaders ask for it.
const sessionsByRequest = new WeakMap<Request, Promise<AppSession>>();

export function getSession(request: Request): Promise<AppSession> {
  let session = sessionsByRequest.get(request);
  if (!session) {
    session = sessionStorageFor(request).getSession(request.headers.get("Cookie"));
    sessionsByRequest.set(request, session);
  }
  return session;
}

export function commitSession(request: Request, session: AppSession): Promise<string> {
  return sessionStorageFor(request).commitSession(session, { expires: new Date(Date.now() + maxAgeSeconds * 1000) });
}

export function destroySession(request: Request, session: AppSession): Promise<string> {
  return sessionStorageFor(request).destroySession(session);
}

/** The user id behind a raw Cookie header (used by the socket.io handshake). */
export async function userIdFromCookieHeader(cookieHeader: string | undefined): Promise<string | null> {
  if (!cookieHeader) return null;
  // The secure flag only matters when writing the cookie; either storage reads it.
  const session = await sessionStorageFor(new Request("http://localhost/")).getSession(cookieHeader);
  return session.get("userId") ?? null;
}

/** Logs a user out everywhere: their sessions and their open live connections. */
export async function endSessionsOf(userId: string): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
  disconnectUser(userId);
}

export async function purgeExpiredSessions(): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  return count;
}

/** Redirect with a one-time Dutch confirmation, shown by the layout on the next page. */
export async function redirectWithMessage(request: Request, to: string, melding: string): Promise<Response> {
  const session = await getSession(request);
  session.flash("melding", melding);
  return new Response(null, { status: 302, headers: { Location: to, "Set-Cookie": await commitSession(request, session) } });
}
