import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.server";

describe("password hashing (scrypt)", () => {
  it("accepts the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("welkom-demo");
    expect(hash.startsWith("scrypt$32768$8$1$")).toBe(true);
    expect(await verifyPassword("welkom-demo", hash)).toBe(true);
    expect(await verifyPassword("welkom-Demo", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("zelfde")).not.toBe(await hashPassword("zelfde"));
  });

  it("treats composed and decomposed accents as the same password", async () => {
    const hash = await hashPassword("café-geheim"); // é as one code point
    expect(await verifyPassword("cafe\u0301-geheim", hash)).toBe(true);
  });

  it("rejects stored values in an unknown format", async () => {
    expect(await verifyPassword("x", "md5$abc")).toBe(false);
  });
});
