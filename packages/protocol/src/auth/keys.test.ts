import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SignatureAlgorithm } from "../signing.ts";
import {
  parsePrivateKey,
  samePublicKey,
  signatureAlgorithmFor,
  signBytes,
  verifyBytes,
} from "./keys.ts";
import { createSigner } from "./signer.ts";

const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
const data = new TextEncoder().encode("challenge");

describe("keys", () => {
  it("maps keys to wire algorithms (signing.ts SignatureAlgorithm)", () => {
    expect(signatureAlgorithmFor(rsa.publicKey)).toBe(SignatureAlgorithm.RSA_PKCS1_SHA256);
    expect(signatureAlgorithmFor(ec.privateKey)).toBe(SignatureAlgorithm.ECDSA_P256_SHA256);
    expect(
      signatureAlgorithmFor(generateKeyPairSync("ec", { namedCurve: "P-384" }).publicKey),
    ).toBeUndefined();
    expect(signatureAlgorithmFor(generateKeyPairSync("ed25519").publicKey)).toBeUndefined();
  });

  it.each([
    ["RSA", rsa, SignatureAlgorithm.RSA_PKCS1_SHA256],
    ["EC P-256", ec, SignatureAlgorithm.ECDSA_P256_SHA256],
  ] as const)(
    "%s signatures verify only with the right key, data and algorithm",
    (_, pair, algorithm) => {
      const signature = signBytes(pair.privateKey, data);
      expect(verifyBytes(pair.publicKey, algorithm, data, signature)).toBe(true);
      expect(verifyBytes(pair.publicKey, 3 - algorithm, data, signature)).toBe(false);
      expect(verifyBytes(pair.publicKey, algorithm, Uint8Array.of(1), signature)).toBe(false);
      expect(verifyBytes(pair.publicKey, algorithm, data, signature.subarray(1))).toBe(false);
    },
  );

  it("reads PKCS#1, PKCS#8 and SEC1 private keys and compares public keys", () => {
    const pkcs1 = rsa.privateKey.export({ type: "pkcs1", format: "pem" }).toString();
    const sec1 = ec.privateKey.export({ type: "sec1", format: "pem" }).toString();
    const pkcs8 = ec.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(samePublicKey(parsePrivateKey(pkcs1), rsa.publicKey)).toBe(true);
    expect(samePublicKey(parsePrivateKey(sec1), ec.publicKey)).toBe(true);
    expect(samePublicKey(parsePrivateKey(pkcs8), rsa.publicKey)).toBe(false);
  });

  it("createSigner refuses keys no wire algorithm signs with, at once", () => {
    expect(() =>
      createSigner({
        privateKey: generateKeyPairSync("ed25519").privateKey,
        certificates: [Uint8Array.of(1)],
      }),
    ).toThrow(TypeError);
    expect(() => createSigner({ privateKey: ec.privateKey, certificates: [] })).toThrow(TypeError);
  });
});
