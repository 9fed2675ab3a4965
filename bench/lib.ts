// What the realtime benchmarks share: starting a server process and reading latencies.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
// Where the app server's output goes (e.g. with --trace-gc); by default it is only shown when the start fails.
const SERVER_LOG = process.env.BENCH_SERVER_LOG;

export type Server = { url: string; pid: number; child: ChildProcess; stop: () => Promise<void> };

/** Starts `node …command` in the project root and resolves once its output matches `ready` (group 1: the URL). */
export function launch(command: string[], env: Record<string, string>, ready: RegExp): Promise<Server> {
  const child = spawn(process.execPath, command, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server startte niet:\n${log}`)), 60_000);
    child.stdout!.on("data", (c: Buffer) => {
      if (SERVER_LOG && command.includes("build/host/index.js")) fs.appendFileSync(SERVER_LOG, c);
      log += c.toString();
      const m = ready.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1].replace("localhost", "127.0.0.1"),
          pid: child.pid!,
          child,
          // (a process ended by a signal has no exit code, only a signal code: then it is gone too)
          stop: () => new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done() : (child.once("exit", () => done()), child.kill("SIGTERM")))),
        });
      }
    });
    child.stderr!.on("data", (c: Buffer) => (log += c.toString()));
    child.on("exit", (code) => reject(new Error(`server stopte (${code}):\n${log}`)));
  });
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
