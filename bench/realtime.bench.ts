// Realtime benchmark: delivery latency of the intervisie thread (socket.io, real server, message committed
// to SQLite before it is emitted) next to a raw `ws` broadcast measured in the same run, and server RSS
// with many idle authenticated connections.
//   npm run bench:realtime                       (needs a production build: npm run build)
//   BENCH_SECONDS=5 BENCH_IDLE=500 npm run bench:realtime   (quick check)
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { io, type Socket } from "socket.io-client";
import WebSocket from "ws";
import { launch, percentile, sleep, type Server } from "./lib";

// SECONDS of measured traffic per side, split over ROUNDS rounds that alternate between the two sides,
// each side first warmed up for WARMUP seconds (same rate, not measured).
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const IDLE = Number(process.env.BENCH_IDLE ?? 2000);
const root = path.resolve(import.meta.dirname, "..");
// Extra node flags for the app server only (e.g. BENCH_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof").
const SERVER_FLAGS = (process.env.BENCH_SERVER_FLAGS ?? "").split(" ").filter(Boolean);
function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function login(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/login`, {
    method: "POST",
    body: new URLSearchParams({ email, password: "welkom-demo" }),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
    redirect: "manual",
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("edl_session="));
  if (!cookie) throw new Error(`inloggen als ${email} mislukte (${response.status})`);
  return cookie.split(";")[0];
}

function socketFor(base: string, cookie: string): Promise<Socket> {
  const socket = io(base, { transports: ["websocket"], extraHeaders: { Cookie: cookie }, reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

async function inBatches<T>(n: number, size: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += size) out.push(...(await Promise.all(Array.from({ length: Math.min(size, n - i) }, (_, k) => make(i + k)))));
  return out;
}

type Result = { p50: number; p99: number; delivered: number; expected: number };

function summarise(latencies: number[], expected: number): Result {
  const sorted = latencies.sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), delivered: sorted.length, expected };
}

/** The text of bench message `seq`, the same on both sides. */
const benchBody = (seq: number) => `Benchbericht ${seq} over [Klant] en de volgende afspraak.`;

/** Sends RATE messages per second for `seconds`, numbering them from `first`; `send(seq)` starts one. */
async function drive(seconds: number, first: number, send: (seq: number) => void): Promise<void> {
  const total = Math.round(seconds * RATE);
  const interval = 1000 / RATE;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    send(first + i);
  }
  await sleep(1500); // let the last messages arrive
}

/**
 * One side of the comparison, connected once: `run` sends `seconds` of traffic and returns the delivery
 * latencies of every receiver (an unmeasured warm-up is the same call with its result thrown away).
 */
type Side = { run: (seconds: number) => Promise<Result>; close: () => void };

/** Per-receipt bookkeeping shared by both sides: send times by key, latencies of the current run. */
function recorder<K>() {
  const sentAt = new Map<K, number>();
  let latencies: number[] = [];
  return {
    sent: (key: K) => sentAt.set(key, performance.now()),
    received: (key: K) => {
      const t = sentAt.get(key);
      if (t !== undefined) latencies.push(performance.now() - t);
    },
    take: (expected: number) => {
      const out = summarise(latencies, expected);
      latencies = [];
      sentAt.clear();
      return out;
    },
  };
}

async function socketIoSide(base: string): Promise<Side> {
  const [anna, bram] = await Promise.all([login(base, "anna@demo.test"), login(base, "bram@demo.test")]);
  const threads = (await (await fetch(`${base}/api/threads`, { headers: { Cookie: anna } })).json()) as { id: string }[];
  const threadId = threads[0].id;
  const receivers = await inBatches(CLIENTS, 50, (i) => socketFor(base, i % 2 ? bram : anna));
  await Promise.all(receivers.map((s) => s.timeout(10_000).emitWithAck("thread:join", { threadId })));
  const sender = await socketFor(base, anna);
  const rec = recorder<string>();
  for (const r of receivers) r.on("message:new", ({ message }: { message: { clientId: string } }) => rec.received(message.clientId));
  const runId = Date.now().toString(36);
  let next = 0;
  return {
    async run(seconds) {
      let refused = 0;
      await drive(seconds, next, (seq) => {
        const clientId = `bench-${runId}-${seq}`;
        rec.sent(clientId);
        sender
          .timeout(10_000)
          .emitWithAck("message:send", { threadId, clientId, body: benchBody(seq) })
          .then((ack: { ok: boolean }) => void (ack.ok || refused++))
          .catch(() => refused++);
      });
      next += Math.round(seconds * RATE);
      if (refused) console.warn(`socket.io: ${refused} berichten geweigerd of zonder ack`);
      return rec.take(Math.round(seconds * RATE) * CLIENTS);
    },
    close: () => [...receivers, sender].forEach((s) => s.disconnect()),
  };
}

// The baseline: a bare ws server in its own process that relays every message to every client.
// The script lives in a temporary folder, so it imports ws by its resolved path.
const wsModule = pathToFileURL(createRequire(import.meta.url).resolve("ws")).href;
const wsServerSource = `
import ws from ${JSON.stringify(wsModule)};
const { WebSocketServer } = ws;
const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
wss.on("listening", () => console.log("ws draait op http://127.0.0.1:" + wss.address().port));
wss.on("connection", (socket) => socket.on("message", (data) => { for (const c of wss.clients) c.send(data); }));
`;

// The baseline relays the same bytes a member receives from the app: the `message:new` payload with fields of
// the app's sizes (cuid ids, a name, an ISO time), so both sides parse the same message.
const wireMessage = (seq: number, clientId: string) => ({
  id: 1000 + seq,
  threadId: "cmb0thread0000000000000000",
  clientId,
  authorId: "cmb0author0000000000000000",
  authorNaam: "Anna de Vries",
  body: benchBody(seq),
  createdAt: new Date().toISOString(),
  sessionId: null,
  fase: null,
  schriftelijk: false,
  verborgen: false,
});

async function wsSide(base: string): Promise<Side> {
  const url = base.replace("http", "ws");
  const open = () => new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
  const receivers = await inBatches(CLIENTS, 50, open);
  const sender = await open();
  const runId = Date.now().toString(36);
  const rec = recorder<string>();
  for (const r of receivers) r.on("message", (data) => rec.received(JSON.parse(String(data)).message.clientId));
  let next = 0;
  return {
    async run(seconds) {
      await drive(seconds, next, (seq) => {
        const clientId = `bench-${runId}-${seq}`;
        rec.sent(clientId);
        sender.send(JSON.stringify({ message: wireMessage(seq, clientId) }));
      });
      next += Math.round(seconds * RATE);
      return rec.take(Math.round(seconds * RATE) * CLIENTS);
    },
    close: () => [...receivers, sender].forEach((s) => s.close()),
  };
}

async function idleRss(server: Server, connect: () => Promise<{ close: () => void }>): Promise<{ before: number; after: number }> {
  await sleep(1000);
  const before = rssMb(server.pid);
  const conns = await inBatches(IDLE, 100, connect);
  await sleep(2000);
  const after = rssMb(server.pid);
  for (const c of conns) c.close();
  return { before, after };
}

const f = (n: number) => n.toFixed(1);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");

async function main() {
  if (!fs.existsSync(path.join(root, "build/host/index.js"))) throw new Error("build/ ontbreekt: draai eerst `npm run build`.");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edl-bench-"));
  const wsFile = path.join(dir, "ws-server.mjs");
  fs.writeFileSync(wsFile, wsServerSource);
  console.error(`Benchmark: ${CLIENTS} ontvangers, ${RATE} berichten/s, ${SECONDS} s per kant in ${ROUNDS} rondes (na ${WARMUP} s opwarmen); ${IDLE} inactieve verbindingen.`);

  const startApp = (name: string) =>
    launch([...SERVER_FLAGS, "build/host/index.js"], {
      NODE_ENV: "production",
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${path.join(dir, `${name}.db`)}`,
      SESSION_SECRET: "bench-geheim-dat-lang-genoeg-is",
    }, /draait op (http:\/\/localhost:\d+)/);
  const startWs = () => launch([wsFile], {}, /ws draait op (http:\/\/127\.0\.0\.1:\d+)/);
  const app = await startApp("latency");
  const ws = await startWs();
  const servers = [app, ws];

  try {
    // Same procedure for both sides: connect, warm up, then measured rounds alternating ws / socket.io,
    // so a busy moment on the machine does not fall on one side only.
    const sides = { ws: await wsSide(ws.url), sio: await socketIoSide(app.url) };
    if (WARMUP > 0) {
      await sides.ws.run(WARMUP);
      await sides.sio.run(WARMUP);
    }
    const rounds: { ws: Result; sio: Result }[] = [];
    for (let r = 0; r < ROUNDS; r++) rounds.push({ ws: await sides.ws.run(SECONDS / ROUNDS), sio: await sides.sio.run(SECONDS / ROUNDS) });
    sides.ws.close();
    sides.sio.close();

    // Memory on fresh processes, so the latency run's garbage does not count.
    await Promise.all([app.stop(), ws.stop()]);
    const idleApp = await startApp("idle");
    const idleWs = await startWs();
    servers.push(idleApp, idleWs);
    const cookie = await login(idleApp.url, "bram@demo.test");
    const appIdle = await idleRss(idleApp, async () => {
      const s = await socketFor(idleApp.url, cookie);
      return { close: () => s.disconnect() };
    });
    const wsIdle = await idleRss(idleWs, () => new Promise((resolve, reject) => {
      const c = new WebSocket(idleWs.url.replace("http", "ws"));
      c.once("open", () => resolve({ close: () => c.close() }));
      c.once("error", reject);
    }));

    const median = (xs: number[]) => {
      const sorted = [...xs].sort((x, y) => x - y);
      const mid = sorted.length >> 1;
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    const total = (pick: (r: { ws: Result; sio: Result }) => Result) => ({
      delivered: rounds.reduce((n, r) => n + pick(r).delivered, 0),
      expected: rounds.reduce((n, r) => n + pick(r).expected, 0),
    });
    const [wsAll, sioAll] = [total((r) => r.ws), total((r) => r.sio)];
    const wsMed = { p50: median(rounds.map((r) => r.ws.p50)), p99: median(rounds.map((r) => r.ws.p99)) };
    const sioMed = { p50: median(rounds.map((r) => r.sio.p50)), p99: median(rounds.map((r) => r.sio.p99)) };
    console.log(`\n### Realtime (${CLIENTS} ontvangers in één gesprek, ${RATE} berichten/s; ${ROUNDS} rondes van ${f(SECONDS / ROUNDS)} s per kant, afwisselend, na ${WARMUP} s opwarmen per kant; ${os.cpus().length} cores, Node ${process.version})\n`);
    console.log("| ronde | ws p50 / p99 (ms) | socket.io p50 / p99 (ms) | verhouding p50 / p99 |");
    console.log("| --- | ---: | ---: | ---: |");
    rounds.forEach((r, i) => console.log(`| ${i + 1} | ${f(r.ws.p50)} / ${f(r.ws.p99)} | ${f(r.sio.p50)} / ${f(r.sio.p99)} | ${ratio(r.sio.p50, r.ws.p50)} / ${ratio(r.sio.p99, r.ws.p99)} |`));
    console.log("\n| meting (mediaan van de rondes) | p50 (ms) | p99 (ms) | afgeleverd |");
    console.log("| --- | ---: | ---: | ---: |");
    console.log(`| ws-broadcast (basislijn) | ${f(wsMed.p50)} | ${f(wsMed.p99)} | ${wsAll.delivered} / ${wsAll.expected} |`);
    console.log(`| socket.io intervisie (opslaan + PII-controle + emit) | ${f(sioMed.p50)} | ${f(sioMed.p99)} | ${sioAll.delivered} / ${sioAll.expected} |`);
    console.log(`| verhouding | ${ratio(sioMed.p50, wsMed.p50)} | ${ratio(sioMed.p99, wsMed.p99)} (doel ≤ 2×) | |`);
    console.log(`\n| ${IDLE} inactieve verbindingen | RSS vooraf (MB) | RSS met verbindingen (MB) | erbij (MB) |`);
    console.log("| --- | ---: | ---: | ---: |");
    console.log(`| ws (basislijn) | ${f(wsIdle.before)} | ${f(wsIdle.after)} | ${f(wsIdle.after - wsIdle.before)} |`);
    console.log(`| app-server, socket.io, ingelogd (doel < 300 MB) | ${f(appIdle.before)} | ${f(appIdle.after)} | ${f(appIdle.after - appIdle.before)} |`);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
