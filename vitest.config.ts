import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["app/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Integration and browser tests each start a real server; two cores cannot run many at once.
    maxWorkers: 2,
    // A browser test polls for what a user would see (connected, a message arrived). While the anonymiser's guards check
    // keeps the other core busy, loading, hydrating and connecting can take longer than expect.poll's default 1 s; a
    // poll still passes the moment its condition holds.
    expect: { poll: { timeout: 10_000 } },
  },
});
