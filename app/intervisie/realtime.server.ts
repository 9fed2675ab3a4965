import type { Server, Socket } from "socket.io";
import type { CurrentUser } from "~/accounts/auth.server";
import { db } from "~/platform/db.server";
import { realtimeServer, userRoom } from "~/platform/realtime-hub.server";
import { z } from "~/platform/validation";
import { IntervisieError, type IntervisieErrorBody } from "./errors";
import { sessionState, type SessionState } from "./sessions.server";
import type { ThreadMessage } from "./message";
import { messagesAfter, messagesByIds, sendMessage, sendSchema } from "./threads.server";

// Socket handlers of the intervisie domain (protocol: docs/realtime.md). Each handler validates with zod,
// authorises with the same guard as pages and the API, calls the same service a route would, and only
// then emits. Acks are `{ok:true, …}` or `{ok:false, error:{code, message}}`.

type Ack = (answer: Record<string, unknown>) => void;
const threadRoom = (threadId: string) => `thread:${threadId}`;

const joinSchema = z.object({ threadId: z.string().min(1).max(64), after: z.number().int().min(0).optional() });
const threadOnly = z.object({ threadId: z.string().min(1).max(64) });

const invalid: IntervisieErrorBody = { code: "ongeldig", message: "Het verzoek is onvolledig of ongeldig." };
const internal: IntervisieErrorBody = { code: "intern", message: "Er ging iets mis aan onze kant. Probeer het opnieuw." };

export function attachIntervisie(io: Server): void {
  io.on("connection", (socket: Socket) => {
    const user = socket.data.user as CurrentUser;

    handle(socket, "thread:join", joinSchema, async ({ threadId, after }) => {
      const messages = await messagesAfter(user, threadId, after); // guards access
      const session = await sessionOfThread(threadId);
      await socket.join(threadRoom(threadId));
      void emitPresence(io, threadId);
      return { messages, session };
    });

    handle(socket, "thread:leave", threadOnly, async ({ threadId }) => {
      await socket.leave(threadRoom(threadId));
      void emitPresence(io, threadId);
      return {};
    });

    handle(socket, "message:send", sendSchema, async (input) => {
      const { message, created } = await sendMessage(user, input);
      if (created) await announceMessage(message);
      return { message };
    });

    socket.on("typing", (payload: unknown) => {
      const parsed = threadOnly.safeParse(payload);
      // Only a socket that joined the thread (and so passed the guard) may signal typing there.
      if (!parsed.success || !socket.rooms.has(threadRoom(parsed.data.threadId))) return;
      socket.to(threadRoom(parsed.data.threadId)).emit("typing", { threadId: parsed.data.threadId, userId: user.id, naam: user.naam });
    });

    socket.on("disconnecting", () => {
      const threads = [...socket.rooms].filter((r) => r.startsWith("thread:")).map((r) => r.slice("thread:".length));
      // After the socket has left its rooms, the others get the new presence list.
      setImmediate(() => threads.forEach((id) => void emitPresence(io, id)));
    });
  });
}

function handle<S extends z.ZodType>(socket: Socket, event: string, schema: S, run: (input: z.infer<S>) => Promise<Record<string, unknown>>) {
  socket.on(event, async (payload: unknown, ack?: unknown) => {
    const reply: Ack = typeof ack === "function" ? (ack as Ack) : () => {};
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return reply({ ok: false, error: invalid });
    try {
      reply({ ok: true, ...(await run(parsed.data)) });
    } catch (error) {
      if (error instanceof IntervisieError) return reply({ ok: false, error: error.body });
      console.error(`[intervisie] ${event}:`, error);
      reply({ ok: false, error: internal });
    }
  });
}

async function emitPresence(io: Server, threadId: string) {
  const sockets = await io.in(threadRoom(threadId)).fetchSockets();
  const users = new Map<string, { id: string; naam: string }>();
  for (const s of sockets) {
    const u = s.data.user as CurrentUser;
    users.set(u.id, { id: u.id, naam: u.naam });
  }
  io.to(threadRoom(threadId)).emit("presence", { threadId, users: [...users.values()] });
}

async function sessionOfThread(threadId: string): Promise<SessionState | null> {
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { caseId: true } });
  return thread ? sessionState(thread.caseId) : null;
}

/** After the commit: everyone in the thread gets the message, or only its author while it is a hidden written contribution. */
export async function announceMessage(message: ThreadMessage) {
  const io = realtimeServer();
  if (!io) return;
  if (message.verborgen) {
    io.to(userRoom(message.authorId)).emit("message:new", { message });
    await announceSession(message.threadId);
  } else {
    io.to(threadRoom(message.threadId)).emit("message:new", { message });
  }
}

/** After a session changed (started, next phase, revealed, closed): the new state, plus the messages it revealed. */
export async function announceSession(threadId: string, revealedIds: number[] = []) {
  const io = realtimeServer();
  if (!io) return;
  const session = await sessionOfThread(threadId);
  io.to(threadRoom(threadId)).emit("session:state", { threadId, session });
  for (const message of await messagesByIds(revealedIds)) io.to(threadRoom(threadId)).emit("message:new", { message });
}
