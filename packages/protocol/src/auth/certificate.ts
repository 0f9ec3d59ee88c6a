/**
 * A parsed X.509 certificate. A DER walk reads the fields the checks need;
 * Node's native parser (X509Certificate, several times dearer than the walk)
 * is made only when a field is in a form the walk is not sure of, when a
 * check needs OpenSSL's own answer (is it a CA), or for a failure's detail.
 */
import { type KeyObject, X509Certificate } from "node:crypto";
import {
  readExtendedKeyUsage,
  readSignedParts,
  readTime,
  type SignedParts,
} from "./certificate-fields.ts";
import {
  children,
  DerError,
  DerTag,
  decodeOid,
  expectTag,
  integerHex,
  readRoot,
  type Tlv,
  whole,
} from "./der.ts";
import { mayPrintAlike } from "./names.ts";
import { isOnP256, p256PointOf, p256PublicKey } from "./p256.ts";

export const ExtendedKeyUsage = Object.freeze({
  SERVER_AUTH: "1.3.6.1.5.5.7.3.1",
  CLIENT_AUTH: "1.3.6.1.5.5.7.3.2",
  CODE_SIGNING: "1.3.6.1.5.5.7.3.3",
  ANY: "2.5.29.37.0",
} as const);

const COMMON_NAME = "2.5.4.3";

/**
 * A certificate as the checks read it. Made by `parseCertificate` only,
 * immutable (Node's parse and the public key are made on first read).
 */
class ParsedCertificate {
  /** The certificate, DER (a copy of the bytes given to `parseCertificate`). */
  readonly der: Uint8Array;
  /** The SubjectPublicKeyInfo, DER. */
  readonly subjectPublicKeyInfo: Uint8Array;
  /** Canonical lower-case hex, as `crl.ts` records revoked serials. */
  readonly serialNumber: string;
  readonly issuerName: Uint8Array;
  readonly subjectName: Uint8Array;
  /** The subject's most specific common name, or "" when it has none. */
  readonly commonName: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly selfIssued: boolean;
  /** What the issuer's signature covers, or `undefined` when only OpenSSL can check it. */
  readonly signed: SignedParts | undefined;
  #x509: X509Certificate | undefined;
  #publicKey: KeyObject | undefined;
  #isCa: boolean | undefined;
  readonly #p256Point: Uint8Array | undefined;
  readonly #usages: readonly string[] | null | undefined;

  constructor(der: Uint8Array) {
    this.der = der;
    const root = expectTag(readRoot(der), DerTag.SEQUENCE, "certificate");
    const [tbs, outerAlgorithm, signature, ...trailing] = children(der, root);
    const fields = children(der, expectTag(tbs, DerTag.SEQUENCE, "tbsCertificate"));
    const at = fields[0]?.tag === DerTag.CONTEXT_0 ? 1 : 0;
    const serial = expectTag(fields[at], DerTag.INTEGER, "serialNumber");
    const issuer = expectTag(fields[at + 2], DerTag.SEQUENCE, "issuer");
    const validity = fields[at + 3];
    const subject = expectTag(fields[at + 4], DerTag.SEQUENCE, "subject");
    const spki = expectTag(fields[at + 5], DerTag.SEQUENCE, "subjectPublicKeyInfo");
    this.serialNumber = integerHex(der.subarray(serial.contentStart, serial.end));
    this.issuerName = whole(der, issuer);
    this.subjectName = whole(der, subject);
    this.commonName = commonName(der, subject);
    this.selfIssued = Buffer.from(this.issuerName).equals(this.subjectName);
    this.subjectPublicKeyInfo = whole(der, spki);
    [this.notBefore, this.notAfter] = this.#validity(validity);
    this.#p256Point = p256PointOf(this.subjectPublicKeyInfo);
    // OpenSSL refuses a certificate whose key it cannot decode: so does this parse.
    if (this.#p256Point && !isOnP256(this.#p256Point)) {
      throw new DerError("the subject public key is not a point of P-256");
    }
    if (!this.#p256Point) this.#publicKey = this.x509.publicKey;
    const extensions = fields.slice(at + 6).find((field) => field.tag === 0xa3);
    this.#usages = readExtendedKeyUsage(der, extensions);
    this.signed =
      trailing.length === 0
        ? readSignedParts(der, tbs as Tlv, fields[at + 1], outerAlgorithm, signature)
        : undefined;
    Object.freeze(this);
  }

  /** Node's parse, made on first read; throws when OpenSSL cannot read the certificate. */
  get x509(): X509Certificate {
    this.#x509 ??= new X509Certificate(this.der);
    return this.#x509;
  }

  /** The subject public key, made on first read. */
  get publicKey(): KeyObject {
    this.#publicKey ??= p256PublicKey(this.#p256Point as Uint8Array);
    return this.#publicKey;
  }

  /** OpenSSL's verdict (X509_check_ca); false when OpenSSL cannot read the certificate. */
  get isCa(): boolean {
    if (this.#isCa === undefined) {
      try {
        this.#isCa = this.x509.ca;
      } catch {
        this.#isCa = false;
      }
    }
    return this.#isCa;
  }

  /** The extended key usage OIDs; `undefined` when there is no such extension. */
  get extendedKeyUsage(): readonly string[] | undefined {
    if (this.#usages !== undefined) return this.#usages ?? undefined;
    const usages = this.x509.keyUsage as readonly string[] | undefined;
    return usages && usages.length > 0 ? usages : usages ? [] : undefined;
  }

  #validity(validity: Tlv | undefined): [Date, Date] {
    const [from, to] =
      validity?.tag === DerTag.SEQUENCE ? children(this.der, validity) : [undefined, undefined];
    const notBefore = readTime(this.der, from) ?? new Date(this.x509.validFrom);
    const notAfter = readTime(this.der, to) ?? new Date(this.x509.validTo);
    if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime())) {
      throw new Error("unreadable validity dates");
    }
    return [notBefore, notAfter];
  }
}

/**
 * Parses one DER certificate; throws on anything that is not one. The bytes
 * are copied: the result never changes under its holder.
 */
export function parseCertificate(der: Uint8Array): ParsedCertificate {
  return new ParsedCertificate(Uint8Array.from(der));
}

export type { ParsedCertificate };

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

/**
 * Whether `issuer` is named as the issuer of `cert`: exact DER, or Node's
 * normalized text (asked of OpenSSL only when the two names may print alike).
 */
export function namesIssuer(issuer: ParsedCertificate, cert: ParsedCertificate): boolean {
  if (Buffer.from(issuer.subjectName).equals(cert.issuerName)) return true;
  if (!mayPrintAlike(issuer.subjectName, cert.issuerName)) return false;
  try {
    return issuer.x509.subject === cert.x509.issuer;
  } catch {
    return false;
  }
}

/** The issuer's name as OpenSSL prints it (one line), for a failure's detail. */
export function describeIssuer(cert: ParsedCertificate): string {
  try {
    return cert.x509.issuer.replace(/\n/g, ", ");
  } catch {
    return "unreadable";
  }
}

/**
 * Whether the certificate may be used for `usage` (RFC 5280 §4.2.1.12): an
 * extended key usage extension allows what it lists (anything, when it
 * lists anyExtendedKeyUsage), so an empty one allows nothing; without the
 * extension the certificate may be used for anything. With `listed`, the
 * extension must be there and name `usage` itself: neither its absence nor
 * anyExtendedKeyUsage is enough.
 */
export function allowsUsage(cert: ParsedCertificate, usage: string, listed = false): boolean {
  const usages = cert.extendedKeyUsage;
  if (usages === undefined) return !listed;
  return usages.includes(usage) || (!listed && usages.includes(ExtendedKeyUsage.ANY));
}

export function describeUsages(cert: ParsedCertificate): string {
  try {
    const usages = cert.extendedKeyUsage;
    if (usages === undefined) return "no extension";
    return usages.length > 0 ? usages.join(", ") : "an empty extension";
  } catch {
    return "unreadable";
  }
}
