/**
 * "Is this certificate signed by that CA's key", as OpenSSL's X509_verify
 * answers it, with Node's one-shot verify on the signed bytes where the
 * algorithm is one this file knows exactly, and remembered per pair of
 * parsed certificates: both are immutable, so the answer never changes.
 */
import { verify } from "node:crypto";
import type { ParsedCertificate } from "./certificate.ts";

/** Signature algorithms verified here: their digest and the key type they need. */
const ALGORITHMS: Readonly<Record<string, { digest: string; keyType: string; nullOk: boolean }>> =
  Object.freeze({
    "1.2.840.10045.4.3.2": { digest: "sha256", keyType: "ec", nullOk: false },
    "1.2.840.10045.4.3.3": { digest: "sha384", keyType: "ec", nullOk: false },
    "1.2.840.10045.4.3.4": { digest: "sha512", keyType: "ec", nullOk: false },
    "1.2.840.113549.1.1.11": { digest: "sha256", keyType: "rsa", nullOk: true },
    "1.2.840.113549.1.1.12": { digest: "sha384", keyType: "rsa", nullOk: true },
    "1.2.840.113549.1.1.13": { digest: "sha512", keyType: "rsa", nullOk: true },
  });

const NULL_PARAMETERS = Buffer.of(0x05, 0x00);

const verdicts = new WeakMap<ParsedCertificate, WeakMap<ParsedCertificate, boolean>>();

/** Whether `issuer`'s key signed `cert`. Never throws. */
export function signedBy(cert: ParsedCertificate, issuer: ParsedCertificate): boolean {
  let known = verdicts.get(cert);
  const remembered = known?.get(issuer);
  if (remembered !== undefined) return remembered;
  const verdict = check(cert, issuer);
  if (!known) {
    known = new WeakMap();
    verdicts.set(cert, known);
  }
  known.set(issuer, verdict);
  return verdict;
}

function check(cert: ParsedCertificate, issuer: ParsedCertificate): boolean {
  try {
    const signed = cert.signed;
    const algorithm = signed ? ALGORITHMS[signed.algorithm] : undefined;
    // The wrong key type for the algorithm, or unexpected parameters, is OpenSSL's to judge.
    if (
      !signed ||
      !algorithm ||
      issuer.publicKey.asymmetricKeyType !== algorithm.keyType ||
      (signed.parameters && !(algorithm.nullOk && NULL_PARAMETERS.equals(signed.parameters)))
    ) {
      return cert.x509.verify(issuer.publicKey);
    }
    return verify(algorithm.digest, signed.tbs, issuer.publicKey, signed.signature);
  } catch {
    return false;
  }
}
