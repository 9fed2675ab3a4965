// HTTP throughput of the production server: the rendered login page and an authenticated page against a
// static file served by the same process (the baseline, measured in the same run).
//   npm run bench:http     (BENCH_SECONDS=10 by default)
import fs from "node:fs";
import autocannon from "autocannon";
import { Browserish } from "../tests/helpers/http";
import { startServer } from "../tests/helpers/server";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const server = await startServer({ LOGIN_LIMIT_PER_IP: "100000" });

async function run(title: string, path: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url: server.url + path, connections: 20, duration: seconds, headers });
  return { title, path, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

try {
  // The smallest built asset: the baseline measures per-request overhead, not bandwidth.
  const asset = fs
    .readdirSync("build/client/assets")
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ f, size: fs.statSync(`build/client/assets/${f}`).size }))
    .filter((a) => a.size > 100)
    .sort((a, b) => a.size - b.size)[0].f;
  const anna = new Browserish(server.url);
  await anna.login("anna@demo.test");
  const rows = [
    await run("statisch bestand (basislijn)", `/assets/${asset}`),
    await run("inlogpagina (SSR)", "/login"),
    await run("startpagina, ingelogd (SSR + sessie + DB)", "/", { Cookie: anna.cookieHeader }),
    await run("healthz (DB-query)", "/healthz"),
  ];
  const base = rows[0].rps;
  console.log(`\n| verzoek | req/s | p50 ms | p99 ms | fouten | t.o.v. statisch |\n| --- | ---: | ---: | ---: | ---: | ---: |`);
  for (const r of rows) {
    console.log(`| ${r.title} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${(r.rps / base).toFixed(2)}× |`);
  }
} finally {
  await server.stop();
}
