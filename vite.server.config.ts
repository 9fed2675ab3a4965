import { defineConfig } from "vite";

// Compiles the HTTP host (server/*.ts) to plain JavaScript, so production runs on `node` without a
// TypeScript loader (that loader alone cost ~140 MB of memory per process).
export default defineConfig({
  build: {
    ssr: "server/index.ts",
    outDir: "build/host",
    target: "node20",
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: "index.js" } },
  },
  logLevel: "warn",
});
