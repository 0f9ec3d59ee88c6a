import { createECDH, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isOnP256, p256PointOf, p256PublicKey, p256PublicPointOf } from "./p256.ts";

const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
const spki = publicKey.export({ type: "spki", format: "der" });
const ORDER = Buffer.from(
  "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551",
  "hex",
);

describe("P-256 points", () => {
  it("reads the point of a P-256 SubjectPublicKeyInfo, and of nothing else", () => {
    const point = p256PointOf(spki);
    expect(point && Buffer.from(point).equals(spki.subarray(-65))).toBe(true);
    const p384 = generateKeyPairSync("ec", { namedCurve: "P-384" }).publicKey;
    expect(p256PointOf(p384.export({ type: "spki", format: "der" }))).toBeUndefined();
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey;
    expect(p256PointOf(rsa.export({ type: "spki", format: "der" }))).toBeUndefined();
  });

  it("knows a point on the curve from one off it", () => {
    const point = Buffer.from(spki.subarray(-65));
    expect(isOnP256(point)).toBe(true);
    point[64] = (point[64] as number) ^ 0x01;
    expect(isOnP256(point)).toBe(false);
    expect(isOnP256(Buffer.concat([Buffer.of(4), Buffer.alloc(64, 0xff)]))).toBe(false);
  });

  it("imports a point as the same public key", () => {
    const imported = p256PublicKey(spki.subarray(-65));
    expect(imported.export({ type: "spki", format: "der" }).equals(spki)).toBe(true);
  });

  it("computes d·G of a scalar, and nothing for 0 or the group order", () => {
    const ecdh = createECDH("prime256v1");
    const point = ecdh.generateKeys();
    const derived = p256PublicPointOf(ecdh.getPrivateKey());
    expect(derived && Buffer.from(derived).equals(point)).toBe(true);
    expect(p256PublicPointOf(Buffer.alloc(32))).toBeUndefined();
    expect(p256PublicPointOf(ORDER)).toBeUndefined();
  });
});
