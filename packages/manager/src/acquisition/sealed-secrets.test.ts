import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSecretSealer, isSealed, SEALED_PREFIX } from "./sealed-secrets.ts";

describe("sealed secrets", () => {
  const sealer = createSecretSealer(randomBytes(32));

  it("seals a password so that it opens again, and only with its field", () => {
    const sealed = sealer.seal("proxyPassword", "pässwörd with spaces");
    expect(isSealed(sealed)).toBe(true);
    expect(sealed.startsWith(SEALED_PREFIX)).toBe(true);
    expect(sealed).not.toContain("pässwörd");
    expect(sealer.open("proxyPassword", sealed)).toBe("pässwörd with spaces");
    // Copied into another field, it does not open.
    expect(sealer.open("supportSitePassword", sealed)).toBeUndefined();
  });

  it("seals the same password differently each time", () => {
    const a = sealer.seal("proxyPassword", "same");
    const b = sealer.seal("proxyPassword", "same");
    expect(a).not.toBe(b);
    expect([sealer.open("proxyPassword", a), sealer.open("proxyPassword", b)]).toEqual([
      "same",
      "same",
    ]);
  });

  it("does not open under another key, altered, or cut short", () => {
    const sealed = sealer.seal("packagerPassword", "secret");
    expect(createSecretSealer(randomBytes(32)).open("packagerPassword", sealed)).toBeUndefined();
    const bytes = Buffer.from(sealed.slice(SEALED_PREFIX.length), "base64");
    bytes[14] = (bytes[14] ?? 0) ^ 1;
    expect(
      sealer.open("packagerPassword", `${SEALED_PREFIX}${bytes.toString("base64")}`),
    ).toBeUndefined();
    // A tag cut short does not pass for a shorter tag.
    const whole = Buffer.from(sealed.slice(SEALED_PREFIX.length), "base64");
    for (const cut of [1, 4, 12]) {
      const shorter = whole.subarray(0, whole.byteLength - cut).toString("base64");
      expect(sealer.open("packagerPassword", `${SEALED_PREFIX}${shorter}`)).toBeUndefined();
    }
    expect(sealer.open("packagerPassword", `${SEALED_PREFIX}AAAA`)).toBeUndefined();
    expect(sealer.open("packagerPassword", `${SEALED_PREFIX}not base64 at all!`)).toBeUndefined();
  });

  it("reads a password stored in the clear (before sealing) as it is", () => {
    expect(isSealed("plain")).toBe(false);
    expect(sealer.open("proxyPassword", "plain")).toBe("plain");
  });

  it("takes only a 256-bit key", () => {
    expect(() => createSecretSealer(randomBytes(16))).toThrow(/32 bytes: got 16/);
  });
});
