/**
 * Keys and the two signature algorithms of the wire (`SignatureAlgorithm`
 * in signing.ts), with Node's native crypto.
 */
import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from "node:crypto";
import { SignatureAlgorithm } from "../signing.ts";

/** The wire algorithm a key signs with, or `undefined` when patchcast cannot use it. */
export function signatureAlgorithmFor(key: KeyObject): SignatureAlgorithm | undefined {
  if (key.asymmetricKeyType === "rsa") return SignatureAlgorithm.RSA_PKCS1_SHA256;
  if (key.asymmetricKeyType === "ec" && key.asymmetricKeyDetails?.namedCurve === "prime256v1") {
    return SignatureAlgorithm.ECDSA_P256_SHA256;
  }
  return undefined;
}

export function describeKey(key: KeyObject): string {
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === "rsa") return `RSA-${details?.modulusLength ?? "?"}`;
  if (key.asymmetricKeyType === "ec") return `EC ${details?.namedCurve ?? "?"}`;
  return key.asymmetricKeyType ?? key.type;
}

/** Signs with SHA-256 (RSA PKCS#1 v1.5, or ECDSA with a DER-encoded signature). */
export function signBytes(key: KeyObject, data: Uint8Array): Uint8Array {
  return sign("sha256", data, key);
}

/**
 * Whether `signature` over `data` verifies with `publicKey` under the wire
 * `algorithm`. An algorithm that does not fit the key is a failure, not an
 * exception.
 */
export function verifyBytes(
  publicKey: KeyObject,
  algorithm: number,
  data: Uint8Array,
  signature: Uint8Array,
): boolean {
  if (signatureAlgorithmFor(publicKey) !== algorithm) return false;
  try {
    return verify("sha256", data, publicKey, signature);
  } catch {
    return false;
  }
}

/** Parses a PEM private key: PKCS#8, PKCS#1 (RSA) or SEC1 (EC). Throws on anything else. */
export function parsePrivateKey(pem: string): KeyObject {
  return createPrivateKey({ key: pem, format: "pem" });
}

/** Whether two keys (private or public) have the same public key. */
export function samePublicKey(a: KeyObject, b: KeyObject): boolean {
  const der = (key: KeyObject) =>
    (key.type === "private" ? createPublicKey(key) : key).export({ type: "spki", format: "der" });
  return der(a).equals(der(b));
}
