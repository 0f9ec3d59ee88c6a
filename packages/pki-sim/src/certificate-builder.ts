/** X.509 v3 certificates (RFC 5280), encoded with forge's ASN.1 and signed natively. */
import { type KeyObject, randomBytes } from "node:crypto";
import { isIP } from "node:net";
import {
  type Asn1,
  bits,
  bool,
  explicit,
  fromDer,
  implicit,
  octets,
  oid,
  seq,
  smallInt,
  time,
  toBinary,
  toDer,
  unsigned,
} from "./der-builder.ts";
import { keyIdentifier, signatureAlgorithm, signDer } from "./keys.ts";

export interface CertificateSpec {
  /** The subject Name, DER. */
  readonly subjectName: Uint8Array;
  /** The issuer's subject Name, DER (the same bytes as in the issuer's certificate). */
  readonly issuerName: Uint8Array;
  readonly issuerKey: KeyObject;
  /** The issuer's key identifier (its certificate's subjectKeyIdentifier). */
  readonly issuerKeyId: Uint8Array;
  /** The subject's SubjectPublicKeyInfo, DER. */
  readonly spki: Uint8Array;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly ca?: boolean;
  /** Extended key usage OIDs; none means the extension is left out. */
  readonly extendedKeyUsage?: readonly string[];
  /** Host names and IP addresses for subjectAltName. */
  readonly hosts?: readonly string[];
  readonly serialNumber?: Uint8Array;
}

export interface BuiltCertificate {
  readonly der: Uint8Array;
  /** Canonical lower-case hex of the serial number. */
  readonly serialNumber: string;
}

/** A random positive 16-byte serial number (RFC 5280 allows up to 20). */
export function newSerialNumber(): Uint8Array {
  const serial = randomBytes(16);
  serial[0] = ((serial[0] as number) & 0x7f) | 0x01;
  return serial;
}

function extension(id: string, critical: boolean, value: Asn1): Asn1 {
  return seq([oid(id), ...(critical ? [bool(true)] : []), octets(toDer(value))]);
}

function subjectAltName(hosts: readonly string[]): Asn1 {
  return seq(
    hosts.map((host) => {
      if (isIP(host) === 4)
        return implicit(7, toBinary(Uint8Array.from(host.split(".").map(Number))));
      return implicit(2, host);
    }),
  );
}

function extensions(spec: CertificateSpec): Asn1[] {
  const list = [
    extension("2.5.29.19", true, seq(spec.ca ? [bool(true)] : [])),
    // keyCertSign + cRLSign (bits 5, 6) for a CA, digitalSignature (bit 0) for an end entity
    extension(
      "2.5.29.15",
      true,
      spec.ca ? bits(Uint8Array.of(0x06), 1) : bits(Uint8Array.of(0x80), 7),
    ),
    extension("2.5.29.14", false, octets(keyIdentifier(spec.spki))),
    extension("2.5.29.35", false, seq([implicit(0, toBinary(spec.issuerKeyId))])),
  ];
  if (spec.extendedKeyUsage && spec.extendedKeyUsage.length > 0) {
    list.push(extension("2.5.29.37", false, seq(spec.extendedKeyUsage.map(oid))));
  }
  if (spec.hosts && spec.hosts.length > 0) {
    list.push(extension("2.5.29.17", false, subjectAltName(spec.hosts)));
  }
  return list;
}

export function buildCertificate(spec: CertificateSpec): BuiltCertificate {
  const serial = spec.serialNumber ?? newSerialNumber();
  const algorithm = signatureAlgorithm(spec.issuerKey);
  const list = extensions(spec);
  const tbs = seq([
    explicit(0, smallInt(2)),
    unsigned(serial),
    algorithm,
    fromDer(spec.issuerName),
    seq([time(spec.notBefore), time(spec.notAfter)]),
    fromDer(spec.subjectName),
    fromDer(spec.spki),
    explicit(3, seq(list)),
  ]);
  const tbsDer = toDer(tbs);
  const signature = signDer(spec.issuerKey, tbsDer);
  const der = toDer(seq([fromDer(tbsDer), signatureAlgorithm(spec.issuerKey), bits(signature)]));
  return { der, serialNumber: serialHex(serial) };
}

/** Canonical hex of a serial number, as the authenticator compares them. */
export function serialHex(serial: Uint8Array): string {
  let start = 0;
  while (start < serial.byteLength - 1 && serial[start] === 0) start++;
  return Buffer.from(serial.subarray(start)).toString("hex");
}
