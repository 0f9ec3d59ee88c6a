/**
 * Building X.509 structures as DER with node-forge's ASN.1 helpers. Only
 * the encoding is forge's: keys and signatures are Node's native crypto,
 * which is many times faster and handles EC keys.
 */
import forge from "node-forge";

const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const T = asn1.Type;

export type Asn1 = forge.asn1.Asn1;

export const toBinary = (bytes: Uint8Array): string => Buffer.from(bytes).toString("binary");
export const fromBinary = (bytes: string): Uint8Array =>
  new Uint8Array(Buffer.from(bytes, "binary"));

export const seq = (items: Asn1[]): Asn1 => asn1.create(U, T.SEQUENCE, true, items);
export const set = (items: Asn1[]): Asn1 => asn1.create(U, T.SET, true, items);
export const oid = (dotted: string): Asn1 =>
  asn1.create(U, T.OID, false, asn1.oidToDer(dotted).getBytes());
export const nul = (): Asn1 => asn1.create(U, T.NULL, false, "");
export const bool = (value: boolean): Asn1 =>
  asn1.create(U, T.BOOLEAN, false, value ? "\xff" : "\x00");
export const utf8 = (value: string): Asn1 =>
  asn1.create(U, T.UTF8, false, forge.util.encodeUtf8(value));
export const octets = (bytes: Uint8Array): Asn1 =>
  asn1.create(U, T.OCTETSTRING, false, toBinary(bytes));
/** A BIT STRING of whole bytes, or of `bytes` whose last `unusedBits` bits are unused. */
export const bits = (bytes: Uint8Array, unusedBits = 0): Asn1 =>
  asn1.create(U, T.BITSTRING, false, String.fromCharCode(unusedBits) + toBinary(bytes));
export const explicit = (tag: number, inner: Asn1): Asn1 =>
  asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, true, [inner]);
export const implicit = (tag: number, bytes: string): Asn1 =>
  asn1.create(asn1.Class.CONTEXT_SPECIFIC, tag, false, bytes);

/** A positive INTEGER from big-endian bytes. */
export function unsigned(bytes: Uint8Array): Asn1 {
  let start = 0;
  while (start < bytes.byteLength - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  const pad = ((trimmed[0] ?? 0) & 0x80) !== 0 ? "\x00" : "";
  return asn1.create(U, T.INTEGER, false, pad + toBinary(trimmed));
}

export const smallInt = (value: number): Asn1 =>
  asn1.create(U, T.INTEGER, false, asn1.integerToDer(value).getBytes());

/** UTCTime through 2049, GeneralizedTime after (RFC 5280 §4.1.2.5). */
export function time(date: Date): Asn1 {
  return date.getUTCFullYear() < 2050
    ? asn1.create(U, T.UTCTIME, false, asn1.dateToUtcTime(date))
    : asn1.create(U, T.GENERALIZEDTIME, false, asn1.dateToGeneralizedTime(date));
}

/** A Name of common name and, optionally, organization. */
export function name(commonName: string, organization?: string): Asn1 {
  const rdn = (type: string, value: string) => set([seq([oid(type), utf8(value)])]);
  const rdns = organization === undefined ? [] : [rdn("2.5.4.10", organization)];
  return seq([...rdns, rdn("2.5.4.3", commonName)]);
}

export const fromDer = (der: Uint8Array): Asn1 => asn1.fromDer(toBinary(der));
export const toDer = (value: Asn1): Uint8Array => fromBinary(asn1.toDer(value).getBytes());
