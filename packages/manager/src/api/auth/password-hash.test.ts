// Contract §6 and issue 4: administrator passwords are stored hashed
// (scrypt, salted, parameters in the stored string, compared in constant time).
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password-hash.ts";

const FAST = { logN: 10, r: 8, p: 1 };

describe("password hashing", () => {
  it("stores scrypt with its parameters and a salt of its own, and verifies", async () => {
    const a = await hashPassword("s3cret-password", FAST);
    const b = await hashPassword("s3cret-password", FAST);
    expect(a).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("s3cret-password", a)).toBe(true);
    expect(await verifyPassword("s3cret-passwore", a)).toBe(false);
    expect(await verifyPassword("", a)).toBe(false);
  });

  it("verifies with the parameters stored, whatever the default is now", async () => {
    const stored = await hashPassword("pw-of-old", { logN: 11, r: 4, p: 2 });
    expect(stored.startsWith("$scrypt$ln=11,r=4,p=2$")).toBe(true);
    expect(await verifyPassword("pw-of-old", stored)).toBe(true);
  });

  it("never matches a stored string that is not such a hash, nor one with absurd parameters", async () => {
    const good = await hashPassword("x", FAST);
    for (const stored of ["", "plain", good.replace("ln=10", "ln=31"), good.slice(0, -4)]) {
      expect(await verifyPassword("x", stored)).toBe(false);
    }
  });

  it("refuses absurd parameters when hashing", async () => {
    await expect(hashPassword("x", { logN: 4, r: 8, p: 1 })).rejects.toThrow(RangeError);
  });
});
