/**
 * device.key in its usual form (one unencrypted EC P-256 key, PKCS#8 or
 * SEC1 PEM, as OpenSSL, Node and pki-sim write it), proven to belong to
 * device.crt without OpenSSL's slow PEM decoders: the public point is
 * computed from the private scalar and compared with the certificate's.
 * Anything else is left to the generic path, which gives every verdict.
 */
import { children, DerTag, readRoot, type Tlv } from "./der.ts";
import { P256_POINT_BYTES, p256PublicPointOf } from "./p256.ts";

/** One PEM block and nothing but white space around it; body lines of 64 characters. */
const KEY_PEM =
  /^\s*-----BEGIN (EC )?PRIVATE KEY-----\r?\n((?:[A-Za-z0-9+/]{64}\r?\n)*(?:[A-Za-z0-9+/]{2,64}={0,2}\r?\n)?)-----END \1PRIVATE KEY-----\s*$/;

const EC_PUBLIC_KEY_ALGORITHM = Buffer.from("301306072a8648ce3d020106082a8648ce3d030107", "hex");
const P256_CURVE = Buffer.from("06082a8648ce3d030107", "hex");
const SCALAR_BYTES = 32;

export interface P256PrivateKey {
  /** The private scalar, 32 bytes. */
  readonly d: Uint8Array;
  /** The public point the file carries with it, uncompressed, when it carries one. */
  readonly publicPoint: Uint8Array | undefined;
}

const bytesOf = (der: Uint8Array, tlv: Tlv) => der.subarray(tlv.contentStart, tlv.end);

/** ECPrivateKey (RFC 5915) on P-256: version 1, 32-byte scalar, optional curve and point. */
function readEcPrivateKey(
  der: Uint8Array,
  key: Tlv,
  curveRequired: boolean,
): P256PrivateKey | undefined {
  if (key.tag !== DerTag.SEQUENCE) return undefined;
  const [version, scalar, ...optional] = children(der, key);
  if (version?.tag !== DerTag.INTEGER || !Buffer.from(bytesOf(der, version)).equals(Buffer.of(1))) {
    return undefined;
  }
  if (scalar?.tag !== DerTag.OCTET_STRING || scalar.end - scalar.contentStart !== SCALAR_BYTES) {
    return undefined;
  }
  const [curve, point, ...rest] = optional[0]?.tag === 0xa0 ? optional : [undefined, ...optional];
  if (rest.length > 0 || (curveRequired && !curve)) return undefined;
  if (curve && !P256_CURVE.equals(bytesOf(der, curve))) return undefined;
  let publicPoint: Uint8Array | undefined;
  if (point) {
    if (point.tag !== 0xa1) return undefined;
    const bits = children(der, point);
    const value = bits[0];
    if (bits.length !== 1 || value?.tag !== DerTag.BIT_STRING) return undefined;
    const content = bytesOf(der, value);
    if (content.byteLength !== P256_POINT_BYTES + 1 || content[0] !== 0 || content[1] !== 0x04) {
      return undefined;
    }
    publicPoint = content.subarray(1);
  }
  return { d: bytesOf(der, scalar), publicPoint };
}

/** The P-256 key of device.key's text, or `undefined` when it is in any other form. */
export function readP256PrivateKey(text: string): P256PrivateKey | undefined {
  const match = KEY_PEM.exec(text);
  if (!match) return undefined;
  try {
    const der = new Uint8Array(Buffer.from((match[2] as string).replace(/\s+/g, ""), "base64"));
    const root = readRoot(der);
    if (match[1]) return readEcPrivateKey(der, root, true);
    if (root.tag !== DerTag.SEQUENCE) return undefined;
    const [version, algorithm, privateKey, ...rest] = children(der, root);
    if (version?.tag !== DerTag.INTEGER || der[version.contentStart] !== 0) return undefined;
    if (version.end - version.contentStart !== 1 || rest.length > 0) return undefined;
    if (
      !algorithm ||
      !EC_PUBLIC_KEY_ALGORITHM.equals(der.subarray(algorithm.start, algorithm.end))
    ) {
      return undefined;
    }
    if (privateKey?.tag !== DerTag.OCTET_STRING) return undefined;
    const inner = bytesOf(der, privateKey);
    return readEcPrivateKey(inner, readRoot(inner), false);
  } catch {
    return undefined;
  }
}

/**
 * The private scalar of `text` when it is a P-256 key whose public point
 * (the one it carries, and the one its scalar makes) is `certificatePoint`;
 * `undefined` when that is not so or not known here. A scalar that makes
 * the certificate's point signs what the certificate verifies: this is the
 * key self-test, without a signature.
 */
export function proveP256Key(text: string, certificatePoint: Uint8Array): Uint8Array | undefined {
  const key = readP256PrivateKey(text);
  if (!key) return undefined;
  if (key.publicPoint && !Buffer.from(key.publicPoint).equals(certificatePoint)) return undefined;
  const derived = p256PublicPointOf(key.d);
  if (!derived || !Buffer.from(derived).equals(certificatePoint)) return undefined;
  return key.d;
}
