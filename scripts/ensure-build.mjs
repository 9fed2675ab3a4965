// `npm start` serves the production build; (re)build it when it is missing or older than the sources.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const target = "build/host/index.js";

function newestMtime(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

const sources = ["app", "server", "vite.config.ts", "vite.server.config.ts", "remix.config.js", "package-lock.json"].filter((p) => existsSync(p));
const stale = !existsSync(target) || Math.max(...sources.map(newestMtime)) > statSync(target).mtimeMs;

if (stale) {
  console.log("De app wordt gebouwd (dat duurt even)…");
  execSync("npm run -s build", { stdio: "inherit" });
}
