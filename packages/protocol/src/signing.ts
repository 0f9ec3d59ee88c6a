/**
 * What exactly is signed on the wire (contract §3).
 *
 * Each input starts with a context string so that a signature made for one
 * purpose can never be replayed as another: a device key signs challenges,
 * the manager's key signs job offers.
 */

const encoder = new TextEncoder();

const CHALLENGE_CONTEXT = encoder.encode("patchcast.v1/challenge\0");
const JOB_OFFER_CONTEXT = encoder.encode("patchcast.v1/job-offer\0");

/** Signature algorithms, numbered as `patchcast.v1.SignatureAlgorithm` in the schema. */
export const SignatureAlgorithm = Object.freeze({
  UNSPECIFIED: 0,
  RSA_PKCS1_SHA256: 1,
  ECDSA_P256_SHA256: 2,
} as const);
export type SignatureAlgorithm = (typeof SignatureAlgorithm)[keyof typeof SignatureAlgorithm];

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/**
 * The bytes a PC signs with its device key to answer a challenge: the
 * context, the manager's nonce, then the PC ID it claimed in its hello
 * (so a response cannot be reused for another PC).
 */
export function challengeSigningInput(nonce: Uint8Array, pcId: string): Uint8Array {
  return concat([CHALLENGE_CONTEXT, nonce, encoder.encode(pcId)]);
}

/**
 * The bytes the manager signs for a job offer: the context, then the
 * serialized `JobOffer` exactly as carried in `SignedJobOffer.offer`.
 * Signing the serialized bytes (not a re-encoding) keeps verification
 * independent of any encoder's field order.
 */
export function offerSigningInput(offerBytes: Uint8Array): Uint8Array {
  return concat([JOB_OFFER_CONTEXT, offerBytes]);
}
