/**
 * Certificate revocation lists (RFC 5280 §5): parsed with a DER walk that
 * keeps the exact signed bytes, verified with Node's native crypto against
 * the certification office's key.
 */
import { verify } from "node:crypto";
import type { ParsedCertificate } from "./certificate.ts";
import {
  children,
  DerError,
  DerTag,
  decodeOid,
  expectTag,
  integerHex,
  readRoot,
  whole,
} from "./der.ts";

export interface ParsedCrl {
  readonly issuerName: Uint8Array;
  readonly signedBytes: Uint8Array;
  readonly signatureAlgorithm: string;
  readonly signature: Uint8Array;
  /** Canonical hex serial numbers of the revoked certificates. */
  readonly revoked: ReadonlySet<string>;
}

/** Signature algorithms a CRL or certificate may use, with their digest. */
const DIGESTS: Readonly<Record<string, string>> = Object.freeze({
  "1.2.840.113549.1.1.5": "sha1",
  "1.2.840.113549.1.1.11": "sha256",
  "1.2.840.113549.1.1.12": "sha384",
  "1.2.840.113549.1.1.13": "sha512",
  "1.2.840.10045.4.3.2": "sha256",
  "1.2.840.10045.4.3.3": "sha384",
  "1.2.840.10045.4.3.4": "sha512",
});

/** Parses one DER CRL; throws `DerError` on anything that is not one. */
export function parseCrl(der: Uint8Array): ParsedCrl {
  const root = expectTag(readRoot(der), DerTag.SEQUENCE, "CertificateList");
  const [tbs, algorithm, signatureValue] = children(der, root);
  const tbsList = expectTag(tbs, DerTag.SEQUENCE, "tbsCertList");
  const algorithmFields = children(
    der,
    expectTag(algorithm, DerTag.SEQUENCE, "signatureAlgorithm"),
  );
  const oid = expectTag(algorithmFields[0], DerTag.OID, "signature algorithm");
  const bits = expectTag(signatureValue, DerTag.BIT_STRING, "signatureValue");
  if (bits.end - bits.contentStart < 2 || der[bits.contentStart] !== 0) {
    throw new DerError("signatureValue has unused bits");
  }
  const fields = children(der, tbsList);
  let at = fields[0]?.tag === DerTag.INTEGER ? 1 : 0;
  at++; // signature AlgorithmIdentifier
  const issuer = expectTag(fields[at++], DerTag.SEQUENCE, "issuer");
  at++; // thisUpdate
  const maybeNext = fields[at];
  if (
    maybeNext &&
    (maybeNext.tag === DerTag.UTC_TIME || maybeNext.tag === DerTag.GENERALIZED_TIME)
  ) {
    at++;
  }
  const revoked = new Set<string>();
  const list = fields[at];
  if (list?.tag === DerTag.SEQUENCE) {
    for (const entry of children(der, list)) {
      const serial = expectTag(children(der, entry)[0], DerTag.INTEGER, "revoked serial");
      revoked.add(integerHex(der.subarray(serial.contentStart, serial.end)));
    }
  }
  return {
    issuerName: whole(der, issuer),
    signedBytes: whole(der, tbsList),
    signatureAlgorithm: decodeOid(der.subarray(oid.contentStart, oid.end)),
    signature: der.subarray(bits.contentStart + 1, bits.end),
    revoked,
  };
}

/** Whether `crl` was issued and signed by `issuer`. */
export function crlIssuedBy(crl: ParsedCrl, issuer: ParsedCertificate): boolean {
  if (!Buffer.from(crl.issuerName).equals(issuer.subjectName)) return false;
  const digest = DIGESTS[crl.signatureAlgorithm];
  if (!digest) return false;
  try {
    return verify(digest, crl.signedBytes, issuer.publicKey, crl.signature);
  } catch {
    return false;
  }
}
