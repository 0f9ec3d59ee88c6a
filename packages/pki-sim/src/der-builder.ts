/**
 * Building X.509 structures as DER: every helper returns the encoded
 * element, so a structure is built by concatenating bytes. (node-forge's
 * ASN.1 objects cost more than the whole rest of issuing a device, and a
 * fleet issues thousands.) Keys and signatures are Node's native crypto.
 */

/** One encoded DER element (tag, length and content). */
export type Asn1 = Uint8Array;

export const toBinary = (bytes: Uint8Array): string => Buffer.from(bytes).toString("binary");
export const fromBinary = (bytes: string): Uint8Array =>
  new Uint8Array(Buffer.from(bytes, "binary"));

const lengthOf = (length: number): number[] => {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return [0x80 | bytes.length, ...bytes];
};

/** The element of identifier octet `tag` around `content`. */
export function tlv(tag: number, content: Uint8Array): Asn1 {
  const head = lengthOf(content.byteLength);
  const out = new Uint8Array(1 + head.length + content.byteLength);
  out[0] = tag;
  out.set(head, 1);
  out.set(content, 1 + head.length);
  return out;
}

const joined = (items: readonly Uint8Array[]) => Buffer.concat(items);

export const seq = (items: Asn1[]): Asn1 => tlv(0x30, joined(items));
export const set = (items: Asn1[]): Asn1 => tlv(0x31, joined(items));
export const nul = (): Asn1 => Uint8Array.of(0x05, 0x00);
export const bool = (value: boolean): Asn1 => Uint8Array.of(0x01, 0x01, value ? 0xff : 0x00);
export const utf8 = (value: string): Asn1 => tlv(0x0c, Buffer.from(value, "utf8"));
export const octets = (bytes: Uint8Array): Asn1 => tlv(0x04, bytes);
/** A BIT STRING of whole bytes, or of `bytes` whose last `unusedBits` bits are unused. */
export const bits = (bytes: Uint8Array, unusedBits = 0): Asn1 =>
  tlv(0x03, joined([Uint8Array.of(unusedBits), bytes]));
/** `[tag]` EXPLICIT: a constructed context-specific element around `inner`. */
export const explicit = (tag: number, inner: Asn1): Asn1 => tlv(0xa0 | tag, inner);
/** `[tag]` IMPLICIT of a primitive value: its content octets (bytes, or ASCII text). */
export const implicit = (tag: number, content: Uint8Array | string): Asn1 =>
  tlv(0x80 | tag, typeof content === "string" ? Buffer.from(content, "latin1") : content);

const oids = new Map<string, Asn1>();

/** An OBJECT IDENTIFIER from its dotted form (encodings are kept: a fleet repeats a few). */
export function oid(dotted: string): Asn1 {
  const known = oids.get(dotted);
  if (known) return known;
  const arcs = dotted.split(".").map(Number);
  if (arcs.length < 2 || arcs.some((arc) => !Number.isSafeInteger(arc) || arc < 0)) {
    throw new RangeError(`not an object identifier: ${JSON.stringify(dotted)}`);
  }
  const [first, second, ...rest] = arcs as [number, number, ...number[]];
  const content: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const base128 = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) {
      base128.unshift(0x80 | (value & 0x7f));
    }
    content.push(...base128);
  }
  const encoded = tlv(0x06, Uint8Array.from(content));
  oids.set(dotted, encoded);
  return encoded;
}

/** A positive INTEGER from big-endian bytes. */
export function unsigned(bytes: Uint8Array): Asn1 {
  let start = 0;
  while (start < bytes.byteLength - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  const pad = ((trimmed[0] ?? 0) & 0x80) !== 0;
  return tlv(0x02, pad ? joined([Uint8Array.of(0), trimmed]) : trimmed);
}

/** A non-negative INTEGER that fits a JavaScript number. */
export function smallInt(value: number): Asn1 {
  if (!(Number.isSafeInteger(value) && value >= 0)) {
    throw new RangeError(`smallInt takes a non-negative safe integer: got ${value}`);
  }
  const bytes: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return unsigned(Uint8Array.from(bytes.length > 0 ? bytes : [0]));
}

const two = (value: number) => String(value).padStart(2, "0");

/** UTCTime through 2049, GeneralizedTime after (RFC 5280 §4.1.2.5), to the second, in UTC. */
export function time(date: Date): Asn1 {
  const year = date.getUTCFullYear();
  const rest = [
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  ]
    .map(two)
    .join("");
  return year < 2050
    ? tlv(0x17, Buffer.from(`${two(year % 100)}${rest}Z`, "latin1"))
    : tlv(0x18, Buffer.from(`${String(year).padStart(4, "0")}${rest}Z`, "latin1"));
}

/** A Name of common name and, optionally, organization. */
export function name(commonName: string, organization?: string): Asn1 {
  const rdn = (type: string, value: string) => set([seq([oid(type), utf8(value)])]);
  const rdns = organization === undefined ? [] : [rdn("2.5.4.10", organization)];
  return seq([...rdns, rdn("2.5.4.3", commonName)]);
}

/** An element already encoded (kept for the builders' symmetry). */
export const fromDer = (der: Uint8Array): Asn1 => der;
export const toDer = (value: Asn1): Uint8Array => value;
