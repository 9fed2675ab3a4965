// Realtime benchmark: delivery latency of the intervisie thread (socket.io, real server, message committed
// to SQLite before it is emitted) next to a raw `ws` broadcast measured in the same run, and server RSS
// with many idle authenticated connections.
//   npm run bench:realtime                       (needs a production build: npm run build)
//   BENCH_SECONDS=5 BENCH_IDLE=500 npm run bench:realtime   (quick check)
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { io, type Socket } from "socket.io-client";
import WebSocket from "ws";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const IDLE = Number(process.env.BENCH_IDLE ?? 2000);
const root = path.resolve(import.meta.dirname, "..");

type Server = { url: string; pid: number; child: ChildProcess; stop: () => Promise<void> };

function launch(command: string[], env: Record<string, string>, ready: RegExp): Promise<Server> {
  const child = spawn(process.execPath, command, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server startte niet:\n${log}`)), 60_000);
    child.stdout!.on("data", (c: Buffer) => {
      log += c.toString();
      const m = ready.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1].replace("localhost", "127.0.0.1"),
          pid: child.pid!,
          child,
          stop: () => new Promise((done) => (child.exitCode !== null ? done() : (child.once("exit", () => done()), child.kill("SIGTERM")))),
        });
      }
    });
    child.stderr!.on("data", (c: Buffer) => (log += c.toString()));
    child.on("exit", (code) => reject(new Error(`server stopte (${code}):\n${log}`)));
  });
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

/** Sends RATE messages per second for SECONDS; `send(seq)` starts one, `onDeliver` is called per receipt. */
async function drive(send: (seq: number) => void): Promise<void> {
  const total = SECONDS * RATE;
  const interval = 1000 / RATE;
  const start = performance.now();
  for (let seq = 0; seq < total; seq++) {
    const due = start + seq * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    send(seq);
  }
  await sleep(1500); // let the last messages arrive
}

async function socketIoLatency(base: string): Promise<Result> {
  const [anna, bram] = await Promise.all([login(base, "anna@demo.test"), login(base, "bram@demo.test")]);
  const threads = (await (await fetch(`${base}/api/threads`, { headers: { Cookie: anna } })).json()) as { id: string }[];
  const threadId = threads[0].id;
  const receivers = await inBatches(CLIENTS, 50, (i) => socketFor(base, i % 2 ? bram : anna));
  await Promise.all(receivers.map((s) => s.timeout(10_000).emitWithAck("thread:join", { threadId })));
  const sender = await socketFor(base, anna);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  for (const r of receivers) {
    r.on("message:new", ({ message }: { message: { clientId: string } }) => {
      const t = sentAt.get(message.clientId);
      if (t !== undefined) latencies.push(performance.now() - t);
    });
  }
  const runId = Date.now().toString(36);
  let refused = 0;
  await drive((seq) => {
    const clientId = `bench-${runId}-${seq}`;
    sentAt.set(clientId, performance.now());
    sender
      .timeout(10_000)
      .emitWithAck("message:send", { threadId, clientId, body: `Benchbericht ${seq} over [Klant] en de volgende afspraak.` })
      .then((ack: { ok: boolean }) => void (ack.ok || refused++))
      .catch(() => refused++);
  });
  if (refused) console.warn(`socket.io: ${refused} berichten geweigerd of zonder ack`);
  for (const s of [...receivers, sender]) s.disconnect();
  return summarise(latencies, SECONDS * RATE * CLIENTS);
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

async function wsLatency(base: string): Promise<Result> {
  const url = base.replace("http", "ws");
  const open = () => new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });
  const receivers = await inBatches(CLIENTS, 50, open);
  const sender = await open();
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  for (const r of receivers) {
    r.on("message", (data) => {
      const t = sentAt.get(JSON.parse(String(data)).seq);
      if (t !== undefined) latencies.push(performance.now() - t);
    });
  }
  await drive((seq) => {
    sentAt.set(seq, performance.now());
    sender.send(JSON.stringify({ seq, body: `Benchbericht ${seq} over [Klant] en de volgende afspraak.` }));
  });
  for (const s of [...receivers, sender]) s.close();
  return summarise(latencies, SECONDS * RATE * CLIENTS);
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

async function main() {
  if (!fs.existsSync(path.join(root, "build/host/index.js"))) throw new Error("build/ ontbreekt: draai eerst `npm run build`.");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edl-bench-"));
  const wsFile = path.join(dir, "ws-server.mjs");
  fs.writeFileSync(wsFile, wsServerSource);
  console.error(`Benchmark: ${CLIENTS} ontvangers, ${RATE} berichten/s, ${SECONDS} s; ${IDLE} inactieve verbindingen.`);

  const startApp = (name: string) =>
    launch(["build/host/index.js"], {
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
    const baseline = await wsLatency(ws.url);
    const socketio = await socketIoLatency(app.url);

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

    const f = (n: number) => n.toFixed(1);
    const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");
    console.log(`\n### Realtime (${CLIENTS} ontvangers in één gesprek, ${RATE} berichten/s, ${SECONDS} s; ${os.cpus().length} cores, Node ${process.version})\n`);
    console.log("| meting | p50 (ms) | p99 (ms) | afgeleverd |");
    console.log("| --- | ---: | ---: | ---: |");
    console.log(`| ws-broadcast (basislijn) | ${f(baseline.p50)} | ${f(baseline.p99)} | ${baseline.delivered} / ${baseline.expected} |`);
    console.log(`| socket.io intervisie (opslaan + PII-controle + emit) | ${f(socketio.p50)} | ${f(socketio.p99)} | ${socketio.delivered} / ${socketio.expected} |`);
    console.log(`| verhouding | ${ratio(socketio.p50, baseline.p50)} | ${ratio(socketio.p99, baseline.p99)} (doel ≤ 2×) | |`);
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
