/**
 * Whether two distinguished names that differ in their DER bytes may still
 * print as the same text in OpenSSL (the same values in other string
 * types). Asking OpenSSL means parsing both certificates natively: this
 * answers "no" without it whenever the names surely differ.
 */
import { children, DerTag, readRoot } from "./der.ts";

/** One attribute's type (its OID bytes, as hex) and value, decoded where that is exact. */
interface Attribute {
  readonly type: string;
  /** The value as text, or `undefined` when this reader cannot tell how OpenSSL prints it. */
  readonly text: string | undefined;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });
/** One-byte string types OpenSSL converts byte for byte (as Latin-1) before printing. */
const ONE_BYTE_TYPES = new Set([0x13, 0x14, 0x16]); // PrintableString, T61String, IA5String

function decode(tag: number, bytes: Uint8Array): string | undefined {
  if (ONE_BYTE_TYPES.has(tag)) return Buffer.from(bytes).toString("latin1");
  if (tag !== 0x0c) return undefined; // UTF8String; BMP and others are left to OpenSSL
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

function attributes(name: Uint8Array): Attribute[][] {
  return children(name, readRoot(name)).map((rdn) => {
    const members = rdn.tag === DerTag.SET ? children(name, rdn) : [];
    if (members.length === 0) throw new Error("not a relative distinguished name");
    return members.map((attribute) => {
      const [type, value, ...rest] = children(name, attribute);
      if (type?.tag !== DerTag.OID || !value || rest.length > 0)
        throw new Error("not an attribute");
      return {
        type: Buffer.from(name.subarray(type.contentStart, type.end)).toString("hex"),
        text: decode(value.tag, name.subarray(value.contentStart, value.end)),
      };
    });
  });
}

/**
 * `false` only when the two names surely print differently: another
 * number of attributes, other attribute types, or values that decode
 * exactly to different text. Anything unusual answers `true`.
 */
export function mayPrintAlike(a: Uint8Array, b: Uint8Array): boolean {
  let left: Attribute[][];
  let right: Attribute[][];
  try {
    left = attributes(a);
    right = attributes(b);
  } catch {
    return true;
  }
  if (left.length !== right.length) return false;
  return left.every((rdn, i) => {
    const other = right[i] as Attribute[];
    if (rdn.length !== other.length) return false;
    return rdn.every((attribute, j) => {
      const peer = other[j] as Attribute;
      if (attribute.type !== peer.type) return false;
      return (
        attribute.text === undefined || peer.text === undefined || attribute.text === peer.text
      );
    });
  });
}
