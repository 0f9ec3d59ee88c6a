/** Key pairs and signatures with Node's native crypto (fast, RSA and EC alike). */
import {
  createECDH,
  createHash,
  createPrivateKey,
  createPublicKey,
  type ECDH,
  generateKeyPairSync,
  type KeyObject,
  sign,
} from "node:crypto";
import { encodePem } from "@patchcast/protocol/auth";
import { type Asn1, nul, oid, seq } from "./der-builder.ts";
import { PkiSimError } from "./errors.ts";

/** Key types pki-sim issues. `ed25519` exists only to produce the unsupported-key fault. */
export const KEY_TYPES = Object.freeze(["ec", "rsa", "ed25519"] as const);
export type KeyType = (typeof KEY_TYPES)[number];

export interface KeyPair {
  readonly publicKey: KeyObject;
  readonly privateKey: KeyObject;
}

export function generateKeyPair(type: KeyType): KeyPair {
  switch (type) {
    case "ec":
      return generateKeyPairSync("ec", { namedCurve: "P-256" });
    case "rsa":
      return generateKeyPairSync("rsa", { modulusLength: 2048 });
    case "ed25519":
      return generateKeyPairSync("ed25519");
    default:
      throw new PkiSimError(
        "PKI_ERR_INVALID_OPTION",
        `key type must be one of ${KEY_TYPES.join(", ")}: got ${String(type)}`,
      );
  }
}

export function parseKeyType(value: string): KeyType {
  if ((KEY_TYPES as readonly string[]).includes(value)) return value as KeyType;
  throw new PkiSimError(
    "PKI_ERR_INVALID_OPTION",
    `key type must be one of ${KEY_TYPES.join(", ")}: got "${value}"`,
  );
}

/** The AlgorithmIdentifier for signatures made by `signingKey`. */
export function signatureAlgorithm(signingKey: KeyObject): Asn1 {
  switch (signingKey.asymmetricKeyType) {
    case "rsa":
      return seq([oid("1.2.840.113549.1.1.11"), nul()]);
    case "ec":
      return seq([oid("1.2.840.10045.4.3.2")]);
    case "ed25519":
      return seq([oid("1.3.101.112")]);
    default:
      throw new PkiSimError(
        "PKI_ERR_INVALID_OPTION",
        `cannot sign with a ${String(signingKey.asymmetricKeyType)} key`,
      );
  }
}

export function signDer(signingKey: KeyObject, data: Uint8Array): Uint8Array {
  return sign(signingKey.asymmetricKeyType === "ed25519" ? null : "sha256", data, signingKey);
}

/** A key identifier (RFC 5280 §4.2.1.2): the SHA-1 of the whole SubjectPublicKeyInfo here. */
export function keyIdentifier(spki: Uint8Array): Uint8Array {
  return createHash("sha1").update(spki).digest();
}

export function privateKeyPem(privateKey: KeyObject): string {
  return privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

/** A key pair with the encodings a certificate and a key file need. */
export interface KeyMaterial extends KeyPair {
  /** SubjectPublicKeyInfo, DER. */
  readonly spki: Uint8Array;
  /** The private key as PKCS#8 PEM. */
  readonly privateKeyPem: string;
}

// Fixed DER around a P-256 key: SPKI and PKCS#8 (RFC 5480, RFC 5915) as OpenSSL writes them.
const P256_SPKI_PREFIX = Buffer.from("3059301306072a8648ce3d020106082a8648ce3d030107034200", "hex");
const P256_PKCS8_PREFIX = Buffer.from(
  "308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420",
  "hex",
);
const P256_PKCS8_PUBLIC = Buffer.from("a144034200", "hex");
const P256_SCALAR_BYTES = 32;

/**
 * Generates a key with its encodings. A P-256 key is generated as its raw
 * scalar and point (ECDH) and encoded here; its Node keys are imported on
 * first use, which a device written to disk never needs. (Node 20's JWK
 * export of EC keys can also hang after some thousand calls.)
 */
export function generateKeyMaterial(type: KeyType): KeyMaterial {
  if (type !== "ec") {
    const pair = generateKeyPair(type);
    return {
      ...pair,
      spki: pair.publicKey.export({ type: "spki", format: "der" }),
      privateKeyPem: privateKeyPem(pair.privateKey),
    };
  }
  generator ??= createECDH("prime256v1");
  const ecdh = generator;
  const point = ecdh.generateKeys();
  const d = leftPad(ecdh.getPrivateKey(), P256_SCALAR_BYTES);
  const pkcs8 = Buffer.concat([P256_PKCS8_PREFIX, d, P256_PKCS8_PUBLIC, point]);
  const jwk = {
    kty: "EC",
    crv: "P-256",
    x: point.subarray(1, 33).toString("base64url"),
    y: point.subarray(33).toString("base64url"),
  };
  let privateKey: KeyObject | undefined;
  let publicKey: KeyObject | undefined;
  return {
    spki: Buffer.concat([P256_SPKI_PREFIX, point]),
    privateKeyPem: encodePem("PRIVATE KEY", pkcs8),
    get privateKey() {
      privateKey ??= createPrivateKey({
        key: { ...jwk, d: d.toString("base64url") },
        format: "jwk",
      });
      return privateKey;
    },
    get publicKey() {
      publicKey ??= createPublicKey({ key: jwk, format: "jwk" });
      return publicKey;
    },
  };
}

/** One ECDH object makes every P-256 key: `generateKeys` replaces its key each time. */
let generator: ECDH | undefined;

function leftPad(bytes: Buffer, length: number): Buffer {
  if (bytes.byteLength > length)
    throw new Error(`unexpected P-256 scalar length ${bytes.byteLength}`);
  return bytes.byteLength === length
    ? bytes
    : Buffer.concat([Buffer.alloc(length - bytes.byteLength), bytes]);
}
