import type { Server } from "socket.io";
import { loadUser, type CurrentUser } from "~/accounts/auth.server";
import { userIdFromCookieHeader } from "~/accounts/session.server";
import { attachIntervisie } from "~/intervisie/realtime.server";
import { setRealtimeServer, userRoom } from "./realtime-hub.server";

export function attachRealtime(io: Server): void {
  setRealtimeServer(io);
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
  // The user's own room lets disconnectUser() reach every socket of this user, on every node.
  io.on("connection", (socket) => void socket.join(userRoom((socket.data.user as CurrentUser).id)));
  // Each domain with socket handlers adds one line here.
  attachIntervisie(io);
}
