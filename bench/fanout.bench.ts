// Where the realtime bench's gap comes from: the same fan-out (100 receivers, 20 messages/s) through a raw
// `ws` relay, a bare socket.io relay (no app, no database), and a bare socket.io relay that first spends
// BENCH_WORK_MS of CPU (standing in for the app's validation, PII check and commit) or waits that long idle.
// Every side runs in its own server process, measured in the same run; ratios are against the ws relay.
//   npm run bench:fanout            (BENCH_SECONDS=8 per side, BENCH_WORK_MS=0.6)
import fs from "node:fs";
import os from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { io, type Socket } from "socket.io-client";
import WebSocket from "ws";
import { launch, percentile, sleep } from "./lib";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const WORK_MS = Number(process.env.BENCH_WORK_MS ?? 0.6);

const resolved = (name: string) => pathToFileURL(createRequire(import.meta.url).resolve(name)).href;
// One server script for every side; the side is chosen by argv. The message is the app's `message:new` shape.
const serverSource = `
import http from "node:http";
import ws from ${JSON.stringify(resolved("ws"))};
import { Server } from ${JSON.stringify(resolved("socket.io"))};
const [side, workMs] = [process.argv[2], Number(process.argv[3])];
const message = (seq) => ({ id: seq, threadId: "cm0threadabcdefghijklmno", clientId: "bench-" + seq, authorId: "cm0userabcdefghijklmnopq",
  authorNaam: "Anna de Wit", body: "Benchbericht " + seq + " over [Klant] en de volgende afspraak.", createdAt: new Date().toISOString(),
  sessionId: null, fase: null, schriftelijk: false, verborgen: false });
const busy = (ms) => { const end = performance.now() + ms; while (performance.now() < end); };
const idle = (ms) => new Promise((r) => setTimeout(r, ms));
const server = http.createServer();
if (side === "ws") {
  const wss = new ws.WebSocketServer({ server });
  wss.on("connection", (s) => s.on("message", (data) => { for (const c of wss.clients) c.send(data); }));
} else {
  const io = new Server(server, { serveClient: false });
  io.on("connection", (s) => {
    s.on("join", (ack) => { s.join("room"); ack({ ok: true }); });
    s.on("message:send", async ({ seq }, ack) => {
      if (side === "sio-busy") busy(workMs);
      if (side === "sio-idle") await idle(workMs);
      const m = message(seq);
      io.to("room").emit("message:new", { message: m });
      ack({ ok: true, message: m });
    });
  });
}
server.listen(0, "127.0.0.1", () => console.log("klaar op http://127.0.0.1:" + server.address().port));
`;

type Side = { name: string; arg: string; title: string };
const sides: Side[] = [
  { name: "ws", arg: "ws", title: "ws-relay (basislijn)" },
  { name: "sio", arg: "sio", title: "socket.io-relay, kaal" },
  { name: "sio-busy", arg: "sio-busy", title: `socket.io-relay na ${WORK_MS} ms rekenwerk` },
  { name: "sio-idle", arg: "sio-idle", title: `socket.io-relay na ${WORK_MS} ms wachten (timer)` },
];


async function measure(port: number, side: Side): Promise<number[]> {
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  const received = (seq: number) => {
    const t = sentAt.get(seq);
    if (t !== undefined) latencies.push(performance.now() - t);
  };
  let send: (seq: number) => void;
  let close: () => void;
  if (side.name === "ws") {
    const open = () => new Promise<WebSocket>((resolve, reject) => {
      const c = new WebSocket(`ws://127.0.0.1:${port}`);
      c.once("open", () => resolve(c));
      c.once("error", reject);
    });
    const clients = await Promise.all(Array.from({ length: CLIENTS + 1 }, open));
    const sender = clients.pop()!;
    for (const c of clients) c.on("message", (data) => received(JSON.parse(String(data)).seq));
    send = (seq) => sender.send(JSON.stringify({ seq, body: `Benchbericht ${seq} over [Klant] en de volgende afspraak.` }));
    close = () => [...clients, sender].forEach((c) => c.close());
  } else {
    const open = () => new Promise<Socket>((resolve, reject) => {
      const s = io(`http://127.0.0.1:${port}`, { transports: ["websocket"], forceNew: true, reconnection: false });
      s.once("connect", () => resolve(s));
      s.once("connect_error", reject);
    });
    const clients = await Promise.all(Array.from({ length: CLIENTS + 1 }, open));
    const sender = clients.pop()!;
    await Promise.all(clients.map((c) => c.emitWithAck("join")));
    for (const c of clients) c.on("message:new", ({ message }: { message: { id: number } }) => received(message.id));
    send = (seq) => void sender.emitWithAck("message:send", { seq });
    close = () => [...clients, sender].forEach((c) => c.disconnect());
  }
  const total = Math.round((SECONDS + 2) * RATE);
  const start = performance.now();
  for (let seq = 0; seq < total; seq++) {
    const wait = start + seq * (1000 / RATE) - performance.now();
    if (wait > 0) await sleep(wait);
    // The first two seconds warm the server up and are not measured.
    if (seq >= 2 * RATE) sentAt.set(seq, performance.now());
    send(seq);
  }
  await sleep(1000);
  close();
  return latencies.sort((a, b) => a - b);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edl-fanout-"));
const file = path.join(dir, "server.mjs");
fs.writeFileSync(file, serverSource);
console.error(`Fan-out: ${CLIENTS} ontvangers, ${RATE} berichten/s, ${SECONDS} s per kant (na 2 s opwarmen).`);
const results: { side: Side; p50: number; p99: number; n: number }[] = [];
try {
  for (const side of sides) {
    const server = await launch([file, side.arg, String(WORK_MS)], {}, /klaar op (http:\/\/127\.0\.0\.1:\d+)/);
    const latencies = await measure(Number(new URL(server.url).port), side);
    await server.stop();
    results.push({ side, p50: percentile(latencies, 50), p99: percentile(latencies, 99), n: latencies.length });
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
const [base] = results;
console.log(`\n### Fan-out zonder app (${CLIENTS} ontvangers, ${RATE} berichten/s, ${SECONDS} s per kant; ${os.cpus().length} cores, Node ${process.version})\n`);
console.log("| server | p50 (ms) | p99 (ms) | p50 t.o.v. ws | p99 t.o.v. ws | afgeleverd |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const r of results) {
  console.log(`| ${r.side.title} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${(r.p50 / base.p50).toFixed(2)}× | ${(r.p99 / base.p99).toFixed(2)}× | ${r.n} |`);
}
process.exit(0);
