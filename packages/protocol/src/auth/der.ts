/**
 * A minimal DER reader: enough to find the exact bytes of a CRL's signed
 * part and a certificate's fields. Every read is bounds-checked; malformed
 * input raises `DerError`, which callers turn into a maintenance code.
 */

export class DerError extends Error {
  override name = "DerError";
}

/** One tag-length-value element inside `bytes`. */
export interface Tlv {
  /** The identifier octet (class, constructed bit and tag number < 31). */
  readonly tag: number;
  /** Offset of the identifier octet. */
  readonly start: number;
  /** Offset of the first content octet. */
  readonly contentStart: number;
  /** Offset just past the last content octet. */
  readonly end: number;
}

export const DerTag = Object.freeze({
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
  CONTEXT_0: 0xa0,
} as const);

/** Reads the element that starts at `offset` and must end at or before `limit`. */
export function readTlv(bytes: Uint8Array, offset: number, limit = bytes.byteLength): Tlv {
  if (offset + 2 > limit) throw new DerError(`truncated element at offset ${offset}`);
  const tag = bytes[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError(`multi-byte tag at offset ${offset}`);
  let at = offset + 1;
  const first = bytes[at++] as number;
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) throw new DerError(`unsupported length at offset ${offset}`);
    if (at + count > limit) throw new DerError(`truncated length at offset ${offset}`);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[at++] as number);
  }
  const end = at + length;
  if (end > limit) throw new DerError(`element at offset ${offset} overruns its container`);
  return { tag, start: offset, contentStart: at, end };
}

/** The elements directly inside a constructed element. */
export function children(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let at = parent.contentStart;
  while (at < parent.end) {
    const child = readTlv(bytes, at, parent.end);
    out.push(child);
    at = child.end;
  }
  return out;
}

/** Reads the single top-level element that must span all of `bytes`. */
export function readRoot(bytes: Uint8Array): Tlv {
  const root = readTlv(bytes, 0);
  if (root.end !== bytes.byteLength) throw new DerError("trailing bytes after the element");
  return root;
}

export function expectTag(tlv: Tlv | undefined, tag: number, what: string): Tlv {
  if (tlv?.tag !== tag) {
    throw new DerError(
      `${what}: expected tag 0x${tag.toString(16)}, got ${tlv ? `0x${tlv.tag.toString(16)}` : "nothing"}`,
    );
  }
  return tlv;
}

export function content(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.contentStart, tlv.end);
}

export function whole(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.start, tlv.end);
}

/** Dotted form of an OBJECT IDENTIFIER's content octets. */
export function decodeOid(value: Uint8Array): string {
  if (value.byteLength === 0) throw new DerError("empty object identifier");
  const arcs: number[] = [];
  let acc = 0;
  for (const byte of value) {
    acc = acc * 128 + (byte & 0x7f);
    if (acc > Number.MAX_SAFE_INTEGER / 128) throw new DerError("object identifier arc too large");
    if ((byte & 0x80) === 0) {
      arcs.push(acc);
      acc = 0;
    }
  }
  if (value[value.byteLength - 1] && ((value[value.byteLength - 1] as number) & 0x80) !== 0) {
    throw new DerError("truncated object identifier");
  }
  const head = arcs.shift() ?? 0;
  const first = head < 40 ? 0 : head < 80 ? 1 : 2;
  return [first, head - first * 40, ...arcs].join(".");
}

/**
 * Canonical hex of an INTEGER's content (a serial number): lower case,
 * without the sign-padding zero bytes, so that "00ab" and "ab" compare equal.
 */
export function integerHex(value: Uint8Array): string {
  let start = 0;
  while (start < value.byteLength - 1 && value[start] === 0) start++;
  return Buffer.from(value.subarray(start)).toString("hex");
}
