/** Signers for challenges (device key) and job offers (manager key). */
import { createPrivateKey, type KeyObject } from "node:crypto";
import { challengeSigningInput, type SignatureAlgorithm } from "../signing.ts";
import { describeKey, signatureAlgorithmFor, signBytes } from "./keys.ts";
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
