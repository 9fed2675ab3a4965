import { describe, expect, it } from "vitest";
import { loginBlockedFor, recordFailedLogin, resetLoginFailures } from "./rate-limit.server";

describe("login rate limits", () => {
  it("blocks an account after five failures and frees it after a successful login resets it", async () => {
    for (let i = 0; i < 4; i++) await recordFailedLogin("a@x.nl", `10.0.0.${i}`);
    expect(await loginBlockedFor("a@x.nl", "10.0.0.99")).toBe(0);
    await recordFailedLogin("a@x.nl", "10.0.0.5");
    expect(await loginBlockedFor("a@x.nl", "10.0.0.99")).toBeGreaterThan(0);
    await resetLoginFailures("a@x.nl");
    expect(await loginBlockedFor("a@x.nl", "10.0.0.99")).toBe(0);
  });

  it("blocks an IP that tries many different accounts", async () => {
    for (let i = 0; i < 30; i++) await recordFailedLogin(`gebruiker${i}@x.nl`, "192.0.2.7");
    expect(await loginBlockedFor("nieuw@x.nl", "192.0.2.7")).toBeGreaterThan(0);
    expect(await loginBlockedFor("nieuw@x.nl", "192.0.2.8")).toBe(0);
  });
});
