/**
 * PKI authentication of a security PC's authentication device (contract
 * §3): success, or exactly one maintenance code. The checks run in the
 * contract's order, the first failure wins; nothing here throws.
 */
import { type KeyObject, randomBytes } from "node:crypto";
import { ExtendedKeyUsage, type ParsedCertificate } from "./certificate.ts";
import type { CertificateCache } from "./certificate-cache.ts";
import { parseChain, validatePath } from "./chain.ts";
import {
  authenticationMemoryBytes,
  createDeviceReader,
  DEFAULT_MEMORY_BUDGET_BYTES,
  DeviceFile,
  type DeviceFileSizes,
  type DeviceReader,
  inspectDevice,
} from "./device-files.ts";
import { proveP256Key } from "./device-key.ts";
import {
  describeKey,
  parsePrivateKey,
  samePublicKey,
  signatureAlgorithmFor,
  signBytes,
  verifyBytes,
} from "./keys.ts";
import { p256PointOf } from "./p256.ts";
import { PemLabel, readPemLabelled } from "./pem.ts";
import {
  type AuthenticatedDevice,
  type AuthFailure,
  authFailure,
  type DeviceAuthResult,
  type Signer,
  unexpectedFailure,
  type VerifiedIdentity,
} from "./result.ts";
import { createP256Signer, createSigner } from "./signer.ts";
import type { TrustStore, TrustStoreResult } from "./trust-store.ts";
import { sharedTrustStores } from "./trust-store-cache.ts";

export interface AuthenticateOptions {
  /** The clock the validity dates are checked against. Default: the current time. */
  readonly now?: Date;
  /** Memory the authenticator may use; below what the device needs it is 8200. Default 16 MiB. */
  readonly memoryBudgetBytes?: number;
  /** The user that must own device.key. Default: this process's uid (none on Windows). */
  readonly uid?: number;
  /**
   * Parsed device certificates to reuse across checks (`createCertificateCache`):
   * a device checked again (at each connection, at each job offer) is not
   * parsed again, nor its signature by the certification office verified
   * again, nor its key proven again while device.key is the same text.
   * Dates, usage and revocation are checked, and the files read, every time.
   */
  readonly cache?: CertificateCache;
}

/**
 * Authenticates the device directory `dir`. Resolves to the device (its PC
 * ID, validated chain and a signer for challenges) or to one code.
 */
export async function authenticateDevice(
  dir: string,
  options: AuthenticateOptions = {},
): Promise<DeviceAuthResult> {
  try {
    return await authenticate(dir, options);
  } catch (error) {
    return unexpectedFailure("authentication", error);
  }
}

async function authenticate(dir: string, options: AuthenticateOptions): Promise<DeviceAuthResult> {
  const now = options.now ?? new Date();
  const budget = options.memoryBudgetBytes ?? DEFAULT_MEMORY_BUDGET_BYTES;
  if (Number.isNaN(now.getTime()) || !(budget >= 0)) {
    return authFailure(
      "AUTH_INTERNAL_ERROR",
      "invalid authenticator options (now or memoryBudgetBytes)",
    );
  }
  const inspected = inspectDevice(dir, options.uid ?? process.getuid?.());
  if (!inspected.ok) return inspected;

  const needed = authenticationMemoryBytes(inspected.sizes);
  if (needed > budget) {
    return authFailure(
      "AUTH_MEMORY_SHORTAGE",
      `authentication needs ${needed} bytes of memory but its budget is ${budget} bytes`,
    );
  }
  // reads the files within the budget, whatever they grew to since they were measured
  const files = createDeviceReader(dir, budget);
  const trusted = loadTrust(files, inspected.sizes);
  if (!trusted.ok) return trusted;
  const identity = loadIdentity(files, trusted.trust, now, options.cache);
  if (!identity.ok) return identity;
  return proveKey(files, identity.identity, identity.leaf, trusted.trust, options.cache);
}

/**
 * 8600: ca.crt (and crl.pem, whose problems are 8400 later); parsed once per
 * content. crl.pem is read only when `inspectDevice` saw it.
 */
function loadTrust(files: DeviceReader, sizes: DeviceFileSizes): TrustStoreResult {
  const ca = files.read(DeviceFile.CA);
  if (!ca.ok) return ca;
  const caText = ca.text;
  if (caText === undefined || caText.trim() === "") {
    return authFailure(
      "AUTH_NO_CA_CERTIFICATE",
      `ca.crt is ${caText === undefined ? "absent" : "empty"}`,
    );
  }
  const crl = sizes[DeviceFile.CRL] === undefined ? undefined : files.read(DeviceFile.CRL);
  if (crl !== undefined && !crl.ok && crl.name === "AUTH_MEMORY_SHORTAGE") return crl;
  // a crl.pem that is not a file holds no revocation list: 8400 at the revocation check
  return sharedTrustStores.get({ ca: caText, crl: crl === undefined || crl.ok ? crl?.text : "" });
}

type LeafIdentityResult =
  | { readonly ok: true; readonly identity: VerifiedIdentity; readonly leaf: ParsedCertificate }
  | AuthFailure;

/** 8300, then 8500 and 8400: device.crt and its path to the certification office. */
function loadIdentity(
  files: DeviceReader,
  trust: TrustStore,
  now: Date,
  cache: CertificateCache | undefined,
): LeafIdentityResult {
  const cert = files.read(DeviceFile.CERTIFICATE);
  if (!cert.ok) return cert;
  const certText = cert.text;
  if (certText === undefined || certText.trim() === "") {
    return authFailure(
      "AUTH_NO_CERTIFICATE",
      `device.crt is ${certText === undefined ? "absent" : "empty"}`,
    );
  }
  const blocks = readPemLabelled(certText, [PemLabel.CERTIFICATE]);
  if (blocks.length === 0) {
    return authFailure("AUTH_INVALID_CERTIFICATE", "device.crt holds no PEM certificate");
  }
  const chain = parseChain(blocks, "device.crt", cache?.parse);
  if (!chain.ok) return chain;
  const path = validatePath(chain, trust, {
    now,
    usage: ExtendedKeyUsage.CLIENT_AUTH,
    usageName: "client authentication",
    subject: "device.crt",
  });
  return path.ok ? { ...path, leaf: chain.leaf } : path;
}

/** 8400 (key absent, unreadable, mismatched), FF00 (unusable algorithm), 8100 (self-test). */
function proveKey(
  files: DeviceReader,
  identity: VerifiedIdentity,
  leaf: ParsedCertificate,
  trust: TrustStore,
  cache: CertificateCache | undefined,
): DeviceAuthResult {
  const key = files.read(DeviceFile.KEY);
  if (!key.ok) return key;
  const keyText = key.text;
  if (keyText === undefined || keyText.trim() === "") {
    return authFailure(
      "AUTH_INVALID_CERTIFICATE",
      `device.key is ${keyText === undefined ? "absent" : "empty"}`,
    );
  }
  // The usual device (P-256) is proven without OpenSSL's decoders and a
  // signature; anything else, and every failure, takes the generic path.
  const point = p256PointOf(leaf.subjectPublicKeyInfo);
  const d = point && (cache ?? { proveP256Key }).proveP256Key(keyText, point);
  if (point && d) {
    return authenticated(
      identity,
      createP256Signer({ d, point, certificates: identity.certificates }),
      trust,
    );
  }
  return proveAnyKey(keyText, identity, trust);
}

/** The generic path: OpenSSL reads the key, compares it and signs a probe with it. */
function proveAnyKey(
  keyText: string,
  identity: VerifiedIdentity,
  trust: TrustStore,
): DeviceAuthResult {
  let key: KeyObject;
  try {
    key = parsePrivateKey(keyText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return authFailure(
      "AUTH_INVALID_CERTIFICATE",
      `device.key is not a readable unencrypted private key: ${reason}`,
    );
  }
  if (!samePublicKey(key, identity.publicKey)) {
    return authFailure("AUTH_INVALID_CERTIFICATE", "device.key does not match device.crt");
  }
  const algorithm = signatureAlgorithmFor(key);
  if (algorithm === undefined) {
    return authFailure(
      "AUTH_OTHER_ERROR",
      `device.key is ${describeKey(key)}: challenges can only be signed with RSA or EC P-256 keys`,
    );
  }
  const probe = randomBytes(32);
  if (!verifyBytes(identity.publicKey, algorithm, probe, signBytes(key, probe))) {
    return authFailure(
      "AUTH_DATA_ALTERED",
      "a signature made with device.key does not verify with device.crt: the key data has been altered",
    );
  }
  return authenticated(
    identity,
    createSigner({ privateKey: key, certificates: identity.certificates }),
    trust,
  );
}

/** The device: the identity as it is (its public key made on first read), a signer, its office. */
function authenticated(
  identity: VerifiedIdentity,
  signer: Signer,
  trust: TrustStore,
): DeviceAuthResult {
  const device: AuthenticatedDevice = {
    pcId: identity.pcId,
    certificates: identity.certificates,
    serialNumber: identity.serialNumber,
    notAfter: identity.notAfter,
    get publicKey() {
      return identity.publicKey;
    },
    signer,
    trust,
  };
  return { ok: true, device: Object.freeze(device) };
}
