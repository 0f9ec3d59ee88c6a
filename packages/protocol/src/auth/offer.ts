/**
 * Job offers signed by the manager (contract §3): the signature covers
 * `offerSigningInput(offer)` exactly, and the signer's certificate must
 * come from the certification office and name code signing in its extended
 * key usage. A certificate of the office without that extension (as OpenSSL
 * issues by default, for a device say) may authenticate, but never sign offers.
 */
import type { BodyOf } from "../messages.ts";
import { offerSigningInput, type SignatureAlgorithm } from "../signing.ts";
import { ExtendedKeyUsage } from "./certificate.ts";
import { parseChain, validatePath } from "./chain.ts";
import { verifyBytes } from "./keys.ts";
import type { VerifyOptions } from "./presented-device.ts";
import { authFailure, type IdentityResult, type Signer, unexpectedFailure } from "./result.ts";
import type { TrustStore } from "./trust-store.ts";

/** The fields of `SignedJobOffer`, with the chain as `certificates`. */
export interface SignedOffer {
  /** The serialized `JobOffer`. */
  readonly offer: Uint8Array;
  readonly algorithm: SignatureAlgorithm | number;
  readonly signature: Uint8Array;
  /** The signer's certificate chain, DER, leaf first. */
  readonly certificates: readonly Uint8Array[];
}

export function signOffer(offer: Uint8Array, signer: Signer): SignedOffer {
  return {
    offer,
    algorithm: signer.algorithm,
    signature: signer.sign(offerSigningInput(offer)),
    certificates: signer.certificates,
  };
}

/** The wire message of a signed offer (SignedJobOffer in an Envelope's body). */
export function jobOfferBody(signed: SignedOffer): BodyOf<"jobOffer"> {
  return {
    case: "jobOffer",
    value: {
      offer: signed.offer,
      algorithm: signed.algorithm,
      signature: signed.signature,
      signerCertificates: [...signed.certificates],
    },
  };
}

/**
 * Verifies a signed offer, or its stored copy after a restart. A missing
 * chain or a signature that does not verify is 8100; the signer's
 * certificate is checked like a device's (8500, 8400). Never throws.
 */
export function verifyOffer(
  signed: SignedOffer,
  trust: TrustStore,
  options: VerifyOptions = {},
): IdentityResult {
  try {
    if (signed.certificates.length === 0) {
      return authFailure("AUTH_DATA_ALTERED", "the job offer carries no signer certificate");
    }
    const chain = parseChain(
      signed.certificates,
      "the job offer's signer certificate",
      options.cache?.parse,
    );
    if (!chain.ok) return chain;
    const path = validatePath(chain, trust, {
      now: options.now ?? new Date(),
      usage: ExtendedKeyUsage.CODE_SIGNING,
      usageListed: true,
      usageName: "signing job offers (code signing)",
      subject: "the job offer's signer certificate",
    });
    if (!path.ok) return path;
    const input = offerSigningInput(signed.offer);
    if (!verifyBytes(path.identity.publicKey, signed.algorithm, input, signed.signature)) {
      return authFailure(
        "AUTH_DATA_ALTERED",
        `the job offer's signature (algorithm ${signed.algorithm}) does not verify: the offer has been altered`,
      );
    }
    return path;
  } catch (error) {
    return unexpectedFailure("job offer verification", error);
  }
}
