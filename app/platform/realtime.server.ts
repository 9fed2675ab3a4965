import type { Server, Socket } from "socket.io";
import { loadUser, type CurrentUser } from "~/accounts/auth.server";
import { userIdFromCookieHeader } from "~/accounts/session.server";

export type AuthedSocket = Socket & { data: { user: CurrentUser } };
export type RealtimeModule = (io: Server) => void;

// Domains register their socket handlers here; the HTTP server only calls attachRealtime(io).
const modules: RealtimeModule[] = [];
export function registerRealtime(module: RealtimeModule) {
  modules.push(module);
}

export function attachRealtime(io: Server): void {
  // Every connection is authenticated by the session cookie; without one it is refused (connect_error).
  io.use(async (socket, next) => {
    try {
      const userId = await userIdFromCookieHeader(socket.handshake.headers.cookie);
      const user = userId ? await loadUser(userId) : null;
      if (!user) return next(Object.assign(new Error("Niet ingelogd"), { data: { code: "niet_ingelogd" } }));
      socket.data.user = user;
      next();
    } catch (error) {
      next(error as Error);
    }
  });
  for (const module of modules) module(io);
}
