// The one HTTP process: Express carries the Remix request handler and socket.io shares the port.
// In development Vite's middleware (with HMR on the same server) builds the app on demand.
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { Server as SocketServer } from "socket.io";
import { attachRedisAdapter } from "./redis";
import { securityHeaders, sameOriginMutations } from "./security";

type Entry = {
  prepare: () => Promise<{ migrations: string[]; seeded: boolean }>;
  attachRealtime: (io: SocketServer) => void;
};

const production = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

const app = express();
const httpServer = http.createServer(app);
app.disable("x-powered-by");
app.set("trust proxy", process.env.TRUST_PROXY === "1");

// Routes read the client address from this header; whatever a client sends under that name is replaced.
app.use((req, _res, next) => {
  req.headers["x-edl-client-ip"] = req.ip ?? "onbekend";
  next();
});
app.use((_req, res, next) => {
  res.locals.cspNonce = production ? randomBytes(16).toString("base64") : "";
  next();
});
app.use(securityHeaders(production));
app.use(sameOriginMutations);
app.use(compression());

// Production hands Remix the build object itself: a function would make it re-derive the routes per request.
let build: ServerBuild | (() => Promise<ServerBuild>);
if (production) {
  const buildUrl = pathToFileURL(path.resolve("build/server/index.js")).href;
  build = (await import(buildUrl)) as ServerBuild;
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h", index: false }));
} else {
  const vite = await import("vite").then((v) =>
    v.createServer({ server: { middlewareMode: true, hmr: { server: httpServer } }, appType: "custom" }),
  );
  app.use(vite.middlewares);
  build = () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
}

const entry = (typeof build === "function" ? await build() : build).entry.module as unknown as Entry;
const report = await entry.prepare();
if (report.migrations.length) console.log(`Migraties toegepast: ${report.migrations.join(", ")}`);
if (report.seeded) console.log("Demodata aangemaakt (wachtwoord van alle demo-accounts: welkom-demo).");

const io = new SocketServer(httpServer, { serveClient: false, maxHttpBufferSize: 256 * 1024 });
await attachRedisAdapter(io);
entry.attachRealtime(io);

app.all(
  "*",
  createRequestHandler({
    build,
    mode: production ? "production" : "development",
    getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string }),
  }),
);

app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
  console.error(error);
  res.status(500).type("text/plain; charset=utf-8").send("Er ging iets mis aan onze kant. Probeer het later opnieuw.");
});

httpServer.listen(port, host, () => {
  const address = httpServer.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  console.log(`Elke dag leren draait op http://localhost:${actualPort}`);
});

function shutdown(signal: string) {
  console.log(`${signal} ontvangen, server stopt.`);
  io.close();
  httpServer.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
