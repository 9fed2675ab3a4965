import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type TestServer = { url: string; dir: string; stop: () => Promise<void>; restart: () => Promise<void>; output: () => string };

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Starts the real production server (build/ must exist: `npm test` builds first) on an ephemeral port
 * against a fresh SQLite file in a temporary folder.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<TestServer> {
  if (!fs.existsSync(path.join(root, "build/host/index.js"))) {
    throw new Error("build/ ontbreekt: draai de tests met `npm test` (dat bouwt eerst de app).");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "edl-test-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: "0",
    HOST: "127.0.0.1",
    DATABASE_URL: `file:${path.join(dir, "app.db")}`,
    SESSION_SECRET: "test-geheim-dat-lang-genoeg-is",
    ...extraEnv,
  };
  let child: ChildProcess;
  let log = "";
  let url = "";

  async function launch(port: string) {
    child = spawn(process.execPath, ["--enable-source-maps", "build/host/index.js"], {
      cwd: root,
      env: { ...env, PORT: port },
      stdio: ["ignore", "pipe", "pipe"],
    });
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Server startte niet binnen 60 s:\n${log}`)), 60_000);
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        const match = /draait op (http:\/\/localhost:\d+)/.exec(log.slice(-2000));
        if (match) {
          clearTimeout(timer);
          resolve(match[1].replace("localhost", "127.0.0.1"));
        }
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", (c: Buffer) => (log += c.toString()));
      child.on("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`Server stopte met code ${code}:\n${log}`));
      });
    });
  }

  async function stop() {
    if (child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  }

  await launch("0");
  return {
    get url() {
      return url;
    },
    dir,
    stop: async () => {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    // Same database, same port: for tests of reconnects and catch-up across a restart.
    restart: async () => {
      const port = new URL(url).port;
      await stop();
      await launch(port);
    },
    output: () => log,
  };
}
