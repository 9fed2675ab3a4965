import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server";

describe("behind a reverse proxy that terminates https (TRUST_PROXY=1)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ TRUST_PROXY: "1" });
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function login(headers: Record<string, string>) {
    return fetch(`${server.url}/login`, {
      method: "POST",
      body: new URLSearchParams({ email: "anna@demo.test", password: "welkom-demo" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      redirect: "manual",
    });
  }

  it("marks the session cookie Secure when the visitor came over https", async () => {
    const response = await login({ "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9" });
    expect(response.status).toBe(302);
    expect(response.headers.getSetCookie().join()).toMatch(/edl_session=.*; Secure/i);
  });

  it("limits failed logins per client address taken from X-Forwarded-For", async () => {
    for (let i = 0; i < 30; i++) {
      await fetch(`${server.url}/login`, {
        method: "POST",
        body: new URLSearchParams({ email: `iemand${i}@demo.test`, password: "fout" }),
        headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": "198.51.100.7" },
      });
    }
    expect((await login({ "X-Forwarded-For": "198.51.100.7" })).status).toBe(429);
    expect((await login({ "X-Forwarded-For": "198.51.100.8" })).status).toBe(302);
  }, 120_000); // 32 logins, each a deliberately slow password hash (also for unknown users): ~30 s on a loaded 2-core machine
});
