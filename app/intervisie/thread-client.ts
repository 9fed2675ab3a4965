// Browser side of a live thread: the socket, an outbox that survives reloads, and catch-up after every
// reconnect. A message is shown once: as a local echo until the server's ack (or its `message:new`)
// arrives with the same clientId, then as the stored message.
import { io, type Socket } from "socket.io-client";
import type { ThreadMessage } from "./message";
import type { PiiSpan, PiiUitzondering } from "./pii";

export type WireError = { code: string; message: string; spans?: PiiSpan[] };
export type OutboxEntry = { clientId: string; body: string; uitzonderingen: PiiUitzondering[]; createdAt: string; fout?: WireError };
export type Connection = "verbinden" | "verbonden" | "offline" | "uitgelogd";
export type Presence = { id: string; naam: string }[];

export type ThreadSnapshot = {
  messages: ThreadMessage[];
  outbox: OutboxEntry[];
  connection: Connection;
  presence: Presence;
  typing: { userId: string; naam: string; until: number }[];
  session: unknown;
};

type Ack = { ok: true; [key: string]: unknown } | { ok: false; error: WireError };

const ACK_TIMEOUT_MS = 8_000;
const RETRY_MS = 2_000;
// Errors a retry cannot fix: the writer has to change the message first.
const PERMANENT = new Set(["pii", "phase", "leeg", "te_lang", "ongeldig", "forbidden", "not_found", "status"]);

export function newClientId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

export class ThreadClient {
  private socket: Socket | null = null;
  private messages = new Map<number, ThreadMessage>();
  private outbox: OutboxEntry[] = [];
  private inflight = new Set<string>();
  private listeners = new Set<() => void>();
  private retryTimer: ReturnType<typeof setInterval> | null = null;
  private snapshot: ThreadSnapshot;
  private state: Omit<ThreadSnapshot, "messages" | "outbox"> = { connection: "verbinden", presence: [], typing: [], session: undefined };

  constructor(
    readonly threadId: string,
    readonly userId: string,
    initial: ThreadMessage[] = [],
    private storage: Storage | null = typeof localStorage !== "undefined" ? localStorage : null,
  ) {
    for (const m of initial) this.messages.set(m.id, m);
    this.outbox = this.load();
    this.snapshot = this.build();
  }

  private get key() {
    return `edl:outbox:${this.userId}:${this.threadId}`;
  }

  private load(): OutboxEntry[] {
    try {
      return JSON.parse(this.storage?.getItem(this.key) ?? "[]") as OutboxEntry[];
    } catch {
      return [];
    }
  }

  private persist() {
    try {
      if (this.outbox.length) this.storage?.setItem(this.key, JSON.stringify(this.outbox));
      else this.storage?.removeItem(this.key);
    } catch {
      // Storage full or blocked: the outbox still lives in memory until the page closes.
    }
  }

  connect(url?: string) {
    const socket = (this.socket = url ? io(url, { transports: ["websocket"] }) : io({ transports: ["websocket"] }));
    socket.on("connect", () => {
      this.set({ connection: "verbinden" });
      void this.join();
    });
    socket.on("disconnect", (reason) => {
      this.inflight.clear();
      this.set({ connection: "offline", presence: [] });
      // The server closes a user's sockets when their access changed (Beheer); reconnect to be re-authorised.
      if (reason === "io server disconnect") setTimeout(() => this.socket === socket && socket.connect(), 500);
    });
    socket.on("connect_error", (error: Error & { data?: { code?: string } }) => {
      this.set({ connection: error.data?.code === "niet_ingelogd" ? "uitgelogd" : "offline" });
    });
    socket.on("message:new", ({ message }: { message: ThreadMessage }) => {
      if (message.threadId === this.threadId) this.accept(message);
    });
    socket.on("presence", ({ threadId, users }: { threadId: string; users: Presence }) => {
      if (threadId === this.threadId) this.set({ presence: users });
    });
    socket.on("typing", ({ threadId, userId, naam }: { threadId: string; userId: string; naam: string }) => {
      if (threadId !== this.threadId || userId === this.userId) return;
      const until = Date.now() + 3_000;
      this.set({ typing: [...this.state.typing.filter((t) => t.userId !== userId && t.until > Date.now()), { userId, naam, until }] });
      setTimeout(() => this.set({ typing: this.state.typing.filter((t) => t.until > Date.now()) }), 3_100);
    });
    socket.on("session:state", ({ threadId, session }: { threadId: string; session: unknown }) => {
      if (threadId === this.threadId) this.set({ session });
    });
    this.retryTimer = setInterval(() => this.flush(), RETRY_MS);
  }

  close() {
    if (this.retryTimer) clearInterval(this.retryTimer);
    this.socket?.disconnect();
    this.socket = null;
  }

  /** Catch-up: everything after the newest stored message we hold, then the outbox. */
  private async join() {
    const socket = this.socket;
    if (!socket) return;
    const after = Math.max(0, ...this.messages.keys());
    try {
      const ack = (await socket.timeout(ACK_TIMEOUT_MS).emitWithAck("thread:join", { threadId: this.threadId, after: after || undefined })) as Ack;
      if (!ack.ok) {
        this.set({ connection: "offline" });
        return;
      }
      for (const m of ack.messages as ThreadMessage[]) this.accept(m, false);
      this.set({ connection: "verbonden", session: ack.session });
      this.flush();
    } catch {
      // No answer in time: the next reconnect or retry tick tries again.
      if (socket.connected) setTimeout(() => void this.join(), RETRY_MS);
    }
  }

  /** Local echo at once; the outbox is stored before anything goes over the wire. */
  send(body: string, uitzonderingen: PiiUitzondering[] = []): OutboxEntry {
    const entry: OutboxEntry = { clientId: newClientId(), body, uitzonderingen, createdAt: new Date().toISOString() };
    this.outbox.push(entry);
    this.persist();
    this.changed();
    this.flush();
    return entry;
  }

  /** Removes a message the server refused for good (the writer keeps its text to edit). */
  discard(clientId: string) {
    this.outbox = this.outbox.filter((e) => e.clientId !== clientId);
    this.persist();
    this.changed();
  }

  typing() {
    if (this.state.connection === "verbonden") this.socket?.emit("typing", { threadId: this.threadId });
  }

  private flush() {
    const socket = this.socket;
    if (!socket?.connected || this.state.connection !== "verbonden") return;
    for (const entry of this.outbox) {
      if (entry.fout || this.inflight.has(entry.clientId)) continue;
      this.inflight.add(entry.clientId);
      const payload = { threadId: this.threadId, clientId: entry.clientId, body: entry.body, uitzonderingen: entry.uitzonderingen.map(({ text: _t, ...u }) => u) };
      socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck("message:send", payload)
        .then((ack: Ack) => {
          if (ack.ok) this.accept(ack.message as ThreadMessage);
          else if (PERMANENT.has(ack.error.code)) this.fail(entry.clientId, ack.error);
        })
        .catch(() => {
          // Timed out: the same clientId goes again on the next tick; the server answers with the stored message.
        })
        .finally(() => this.inflight.delete(entry.clientId));
    }
  }

  private fail(clientId: string, fout: WireError) {
    this.outbox = this.outbox.map((e) => (e.clientId === clientId ? { ...e, fout } : e));
    this.persist();
    this.changed();
  }

  private accept(message: ThreadMessage, notify = true) {
    this.messages.set(message.id, message);
    if (message.authorId === this.userId && this.outbox.some((e) => e.clientId === message.clientId)) {
      this.outbox = this.outbox.filter((e) => e.clientId !== message.clientId);
      this.persist();
    }
    if (notify) this.changed();
    else this.snapshot = this.build();
  }

  private set(partial: Partial<typeof this.state>) {
    this.state = { ...this.state, ...partial };
    this.changed();
  }

  private build(): ThreadSnapshot {
    return { ...this.state, messages: [...this.messages.values()].sort((a, b) => a.id - b.id), outbox: [...this.outbox] };
  }

  private changed() {
    this.snapshot = this.build();
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;
}
