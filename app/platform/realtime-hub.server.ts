import type { Server } from "socket.io";

// The process's socket.io server, reachable from any domain without importing the socket handlers.
// Kept on globalThis so a route action (same process) can emit after its commit; with REDIS_URL the
// adapter carries emits and disconnects to the other nodes.
const holder = globalThis as typeof globalThis & { __edlIo?: Server };

export const userRoom = (userId: string) => `user:${userId}`;

export function setRealtimeServer(io: Server): void {
  holder.__edlIo = io;
}

/** The socket.io server, once the HTTP server has attached it (null in scripts and unit tests). */
export function realtimeServer(): Server | null {
  return holder.__edlIo ?? null;
}

/**
 * Ends a user's open sockets on every node, e.g. after deactivation or a change of groups. The browser
 * reconnects and is authorised afresh, so access lost now is also lost on the live connection.
 */
export function disconnectUser(userId: string): void {
  realtimeServer()?.in(userRoom(userId)).disconnectSockets(true);
}
