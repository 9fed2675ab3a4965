import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  plugins: [remix(remixConfig)],
  optimizeDeps: { include: ["socket.io-client"] },
  build: { target: "es2022" },
  worker: { format: "es" },
  ssr: { external: ["better-sqlite3", "pg", "pdfkit", "lunr", "lunr-languages"] },
});
