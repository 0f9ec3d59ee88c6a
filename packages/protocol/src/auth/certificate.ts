/**
 * A parsed X.509 certificate: Node's native parser for the signature and
 * the public key (it reads RSA and EC alike), and a DER walk for the
 * fields Node does not expose exactly (serial, raw names, common name).
 */
import { type KeyObject, X509Certificate } from "node:crypto";
import {
  children,
  DerTag,
  decodeOid,
  expectTag,
  integerHex,
  readRoot,
  type Tlv,
  whole,
} from "./der.ts";

export const ExtendedKeyUsage = Object.freeze({
  SERVER_AUTH: "1.3.6.1.5.5.7.3.1",
  CLIENT_AUTH: "1.3.6.1.5.5.7.3.2",
  CODE_SIGNING: "1.3.6.1.5.5.7.3.3",
  ANY: "2.5.29.37.0",
} as const);

const COMMON_NAME = "2.5.4.3";

export interface ParsedCertificate {
  readonly der: Uint8Array;
  readonly x509: X509Certificate;
  /** The subject public key (Node builds a new KeyObject on each `x509.publicKey` read). */
  readonly publicKey: KeyObject;
  /** Canonical lower-case hex, as `crl.ts` records revoked serials. */
  readonly serialNumber: string;
  readonly issuerName: Uint8Array;
  readonly subjectName: Uint8Array;
  /** The subject's most specific common name, or "" when it has none. */
  readonly commonName: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly isCa: boolean;
  readonly selfIssued: boolean;
}

/** Parses one DER certificate; throws on anything that is not one. */
export function parseCertificate(der: Uint8Array): ParsedCertificate {
  const x509 = new X509Certificate(der);
  const root = readRoot(der);
  const [tbs] = children(der, expectTag(root, DerTag.SEQUENCE, "certificate"));
  const fields = children(der, expectTag(tbs, DerTag.SEQUENCE, "tbsCertificate"));
  const offset = fields[0]?.tag === DerTag.CONTEXT_0 ? 1 : 0;
  const serial = expectTag(fields[offset], DerTag.INTEGER, "serialNumber");
  const issuer = expectTag(fields[offset + 2], DerTag.SEQUENCE, "issuer");
  const subject = expectTag(fields[offset + 4], DerTag.SEQUENCE, "subject");
  const notBefore = new Date(x509.validFrom);
  const notAfter = new Date(x509.validTo);
  if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime())) {
    throw new Error("unreadable validity dates");
  }
  const issuerName = whole(der, issuer);
  const subjectName = whole(der, subject);
  return {
    der,
    x509,
    publicKey: x509.publicKey,
    serialNumber: integerHex(der.subarray(serial.contentStart, serial.end)),
    issuerName,
    subjectName,
    commonName: commonName(der, subject),
    notBefore,
    notAfter,
    isCa: x509.ca,
    selfIssued: Buffer.from(issuerName).equals(subjectName),
  };
}

function commonName(der: Uint8Array, name: Tlv): string {
  let found = "";
  for (const rdn of children(der, name)) {
    for (const attribute of children(der, rdn)) {
      const [type, value] = children(der, attribute);
      if (type?.tag !== DerTag.OID || !value) continue;
      if (decodeOid(der.subarray(type.contentStart, type.end)) !== COMMON_NAME) continue;
      found = decodeString(value.tag, der.subarray(value.contentStart, value.end));
    }
  }
  return found;
}

function decodeString(tag: number, bytes: Uint8Array): string {
  if (tag === 0x1e) return Buffer.from(bytes).swap16().toString("utf16le");
  if (tag === 0x14) return Buffer.from(bytes).toString("latin1");
  return Buffer.from(bytes).toString("utf8");
}

/** Whether `issuer` is named as the issuer of `cert` (exact DER, or Node's normalized text). */
export function namesIssuer(issuer: ParsedCertificate, cert: ParsedCertificate): boolean {
  return (
    Buffer.from(issuer.subjectName).equals(cert.issuerName) ||
    issuer.x509.subject === cert.x509.issuer
  );
}

/**
 * Whether the certificate may be used for `usage`: no extended key usage
 * extension means any usage (RFC 5280 §4.2.1.12).
 */
export function allowsUsage(cert: ParsedCertificate, usage: string): boolean {
  const usages = cert.x509.keyUsage as readonly string[] | undefined;
  if (!usages || usages.length === 0) return true;
  return usages.includes(usage) || usages.includes(ExtendedKeyUsage.ANY);
}

export function describeUsages(cert: ParsedCertificate): string {
  const usages = cert.x509.keyUsage as readonly string[] | undefined;
  return usages && usages.length > 0 ? usages.join(", ") : "any";
}
