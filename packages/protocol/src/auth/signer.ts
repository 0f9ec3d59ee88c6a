/** Signers for challenges (device key) and job offers (manager key). */
import { createPrivateKey, type KeyObject } from "node:crypto";
import { challengeSigningInput, SignatureAlgorithm } from "../signing.ts";
import { describeKey, signatureAlgorithmFor, signBytes } from "./keys.ts";
import { p256Jwk } from "./p256.ts";
import { PemLabel, readPemLabelled } from "./pem.ts";
import type { Signer } from "./result.ts";

export interface SignerOptions {
  /** The private key, as a KeyObject or PEM (PKCS#8, PKCS#1 or SEC1). */
  readonly privateKey: KeyObject | string;
  /** The certificate chain, leaf first: DER certificates, or PEM text holding them. */
  readonly certificates: readonly Uint8Array[] | string;
}

/**
 * A signer for a key patchcast can sign with (RSA, or EC P-256). Throws
 * `TypeError` at once for any other key or for a chain without a certificate.
 */
export function createSigner(options: SignerOptions): Signer {
  const key =
    typeof options.privateKey === "string"
      ? createPrivateKey(options.privateKey)
      : options.privateKey;
  if (key.type !== "private")
    throw new TypeError(`privateKey must be a private key: got ${key.type}`);
  const algorithm = signatureAlgorithmFor(key);
  if (algorithm === undefined) {
    throw new TypeError(`privateKey must be RSA or EC P-256: got ${describeKey(key)}`);
  }
  const certificates = Object.freeze(
    typeof options.certificates === "string"
      ? readPemLabelled(options.certificates, [PemLabel.CERTIFICATE])
      : [...options.certificates],
  );
  if (certificates.length === 0)
    throw new TypeError("certificates must hold at least one certificate");
  return Object.freeze({
    algorithm,
    certificates,
    sign: (data: Uint8Array) => signBytes(key, data),
  });
}

export interface P256SignerOptions {
  /** The private scalar, 32 bytes. */
  readonly d: Uint8Array;
  /** Its public point (d·G), uncompressed: the caller has checked that they belong together. */
  readonly point: Uint8Array;
  /** The certificate chain, leaf first, DER. */
  readonly certificates: readonly Uint8Array[];
}

/**
 * A P-256 signer whose Node key is imported at its first signature: the
 * import costs as much as proving the key, and a PC that authenticates to
 * check a job offer never signs anything.
 */
export function createP256Signer(options: P256SignerOptions): Signer {
  if (options.certificates.length === 0) {
    throw new TypeError("certificates must hold at least one certificate");
  }
  let jwk: ReturnType<typeof p256Jwk> | undefined = p256Jwk(options.point, options.d);
  let key: KeyObject | undefined;
  const privateKey = () => {
    key ??= createPrivateKey({ key: jwk as ReturnType<typeof p256Jwk>, format: "jwk" });
    jwk = undefined;
    return key;
  };
  return Object.freeze({
    algorithm: SignatureAlgorithm.ECDSA_P256_SHA256,
    certificates: Object.freeze([...options.certificates]),
    sign: (data: Uint8Array) => signBytes(privateKey(), data),
  });
}

/** What a PC sends back for a challenge (`ChallengeResponse` without a code). */
export interface ChallengeSignature {
  readonly algorithm: SignatureAlgorithm;
  readonly signature: Uint8Array;
  readonly certificates: readonly Uint8Array[];
}

/** Signs the manager's `nonce` for `pcId` over `challengeSigningInput`. */
export function signChallenge(signer: Signer, nonce: Uint8Array, pcId: string): ChallengeSignature {
  return {
    algorithm: signer.algorithm,
    signature: signer.sign(challengeSigningInput(nonce, pcId)),
    certificates: signer.certificates,
  };
}
