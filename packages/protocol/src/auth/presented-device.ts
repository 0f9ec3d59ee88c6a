/**
 * The manager's side of PKI authentication: a PC presents its certificate
 * chain and a signature over the manager's challenge; the manager checks
 * both against its own trust store. Same codes as on the PC.
 */
import { challengeSigningInput } from "../signing.ts";
import { ExtendedKeyUsage } from "./certificate.ts";
import type { CertificateCache } from "./certificate-cache.ts";
import { parseChain, validatePath } from "./chain.ts";
import { verifyBytes } from "./keys.ts";
import { authFailure, type IdentityResult, unexpectedFailure } from "./result.ts";
import type { TrustStore } from "./trust-store.ts";

export interface PresentedDevice {
  /** The PC ID the agent claimed in its hello. */
  readonly pcId: string;
  /** The nonce of the manager's challenge. */
  readonly nonce: Uint8Array;
  /** The device certificate chain, DER, leaf first. */
  readonly certificates: readonly Uint8Array[];
  /** `SignatureAlgorithm` number. */
  readonly algorithm: number;
  readonly signature: Uint8Array;
}

export interface VerifyOptions {
  /** The clock the validity dates are checked against. Default: the current time. */
  readonly now?: Date;
  /**
   * Parsed certificates to reuse across calls (`createCertificateCache`):
   * the same verdicts, without parsing and checking the same chain again.
   */
  readonly cache?: CertificateCache;
}

/** Verifies a challenge response. Never throws. */
export function verifyPresentedDevice(
  presented: PresentedDevice,
  trust: TrustStore,
  options: VerifyOptions = {},
): IdentityResult {
  try {
    const chain = parseChain(
      presented.certificates,
      "the device certificate",
      options.cache?.parse,
    );
    if (!chain.ok) return chain;
    const path = validatePath(chain, trust, {
      now: options.now ?? new Date(),
      usage: ExtendedKeyUsage.CLIENT_AUTH,
      usageName: "client authentication",
      subject: "the device certificate",
    });
    if (!path.ok) return path;
    if (path.identity.pcId !== presented.pcId) {
      return authFailure(
        "AUTH_DATA_ALTERED",
        `the PC claims ID "${presented.pcId}" but its certificate is for "${path.identity.pcId}"`,
      );
    }
    const input = challengeSigningInput(presented.nonce, presented.pcId);
    if (!verifyBytes(path.identity.publicKey, presented.algorithm, input, presented.signature)) {
      return authFailure(
        "AUTH_DATA_ALTERED",
        `the challenge signature (algorithm ${presented.algorithm}) does not verify with the device certificate`,
      );
    }
    return path;
  } catch (error) {
    return unexpectedFailure("challenge verification", error);
  }
}
