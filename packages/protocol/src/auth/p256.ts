/**
 * EC P-256 (prime256v1), the key of nearly every device: its points read
 * straight from a SubjectPublicKeyInfo, checked to lie on the curve, and
 * turned into Node keys through JWK, the cheapest import Node has.
 */
import { createECDH, createPublicKey, type ECDH, type KeyObject } from "node:crypto";

/** SubjectPublicKeyInfo of a P-256 key with an uncompressed point, before the 65 point bytes. */
const SPKI_PREFIX = Buffer.from("3059301306072a8648ce3d020106082a8648ce3d030107034200", "hex");
/** An uncompressed point: 0x04, x, y. */
export const P256_POINT_BYTES = 65;

const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;

/**
 * The uncompressed point of a P-256 SubjectPublicKeyInfo in its one usual
 * encoding, or `undefined` for any other key or encoding (left to OpenSSL).
 */
export function p256PointOf(spki: Uint8Array): Uint8Array | undefined {
  if (spki.byteLength !== SPKI_PREFIX.byteLength + P256_POINT_BYTES) return undefined;
  if (!SPKI_PREFIX.equals(spki.subarray(0, SPKI_PREFIX.byteLength))) return undefined;
  const point = spki.subarray(SPKI_PREFIX.byteLength);
  return point[0] === 0x04 ? point : undefined;
}

const bigint = (bytes: Uint8Array) => BigInt(`0x${Buffer.from(bytes).toString("hex")}`);

/** Whether an uncompressed point lies on P-256 (y² = x³ − 3x + b, coordinates below p). */
export function isOnP256(point: Uint8Array): boolean {
  if (point.byteLength !== P256_POINT_BYTES || point[0] !== 0x04) return false;
  const x = bigint(point.subarray(1, 33));
  const y = bigint(point.subarray(33));
  if (x >= P || y >= P) return false;
  return (y * y - (x * x * x - 3n * x + B)) % P === 0n;
}

/** The public key of an uncompressed P-256 point that `isOnP256` accepted. */
export function p256PublicKey(point: Uint8Array): KeyObject {
  return createPublicKey({ key: p256Jwk(point), format: "jwk" });
}

/** The JWK of a P-256 point, with the private scalar `d` when given. */
export function p256Jwk(point: Uint8Array, d?: Uint8Array) {
  const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
  return {
    kty: "EC",
    crv: "P-256",
    x: b64(point.subarray(1, 33)),
    y: b64(point.subarray(33)),
    ...(d ? { d: b64(d) } : {}),
  };
}

let ecdh: ECDH | undefined;

/**
 * The point d·G of the private scalar `d`, uncompressed: what the public key
 * of `d` must be. `undefined` when `d` is no valid P-256 scalar (0, or not
 * below the group order).
 */
export function p256PublicPointOf(d: Uint8Array): Uint8Array | undefined {
  try {
    // One ECDH object serves every call: setPrivateKey replaces its key.
    ecdh ??= createECDH("prime256v1");
    ecdh.setPrivateKey(d);
    return ecdh.getPublicKey();
  } catch {
    return undefined;
  }
}
