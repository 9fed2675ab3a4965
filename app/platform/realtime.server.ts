import type { Server, Socket } from "socket.io";
import { loadUser, type CurrentUser } from "~/accounts/auth.server";
import { userIdFromCookieHeader } from "~/accounts/session.server";
import { attachIntervisie } from "~/intervisie/realtime.server";

export type AuthedSocket = Socket & { data: { user: CurrentUser } };

// Kept on globalThis so a route action (same process) can emit after its commit; with REDIS_URL the
// adapter carries the emit to the other nodes.
const holder = globalThis as typeof globalThis & { __edlIo?: Server };

/** The socket.io server, once the HTTP server has attached it (null in scripts and unit tests). */
export function realtimeServer(): Server | null {
  return holder.__edlIo ?? null;
}

export function attachRealtime(io: Server): void {
  holder.__edlIo = io;
  // Every connection is authenticated by the session cookie; without one it is refused (connect_error).
  io.use(async (socket, next) => {
    try {
      const userId = await userIdFromCookieHeader(socket.handshake.headers.cookie);
      const user = userId ? await loadUser(userId) : null;
      if (!user) return next(Object.assign(new Error("Niet ingelogd"), { data: { code: "niet_ingelogd", message: "Je bent niet ingelogd. Log opnieuw in." } }));
      socket.data.user = user;
      next();
    } catch (error) {
      next(error as Error);
    }
  });
  // Each domain with socket handlers adds one line here.
  attachIntervisie(io);
}
