/**
 * PKI authentication of a security PC's authentication device (contract
 * §3): success, or exactly one maintenance code. The checks run in the
 * contract's order, the first failure wins; nothing here throws.
 */
import { type KeyObject, randomBytes } from "node:crypto";
import { ExtendedKeyUsage } from "./certificate.ts";
import { parseChain, validatePath } from "./chain.ts";
import {
  authenticationMemoryBytes,
  DEFAULT_MEMORY_BUDGET_BYTES,
  DeviceFile,
  inspectDevice,
  readDeviceFile,
} from "./device-files.ts";
import {
  describeKey,
  parsePrivateKey,
  samePublicKey,
  signatureAlgorithmFor,
  verifyBytes,
} from "./keys.ts";
import { PemLabel, readPemLabelled } from "./pem.ts";
import {
  authFailure,
  type DeviceAuthResult,
  type IdentityResult,
  unexpectedFailure,
  type VerifiedIdentity,
} from "./result.ts";
import { createSigner } from "./signer.ts";
import { createTrustStore, type TrustStore, type TrustStoreResult } from "./trust-store.ts";

export interface AuthenticateOptions {
  /** The clock the validity dates are checked against. Default: the current time. */
  readonly now?: Date;
  /** Memory the authenticator may use; below what the device needs it is 8200. Default 16 MiB. */
  readonly memoryBudgetBytes?: number;
  /** The user that must own device.key. Default: this process's uid (none on Windows). */
  readonly uid?: number;
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
  const inspected = await inspectDevice(dir, options.uid ?? process.getuid?.());
  if (!inspected.ok) return inspected;

  const needed = authenticationMemoryBytes(inspected.sizes);
  if (needed > budget) {
    return authFailure(
      "AUTH_MEMORY_SHORTAGE",
      `authentication needs ${needed} bytes of memory but its budget is ${budget} bytes`,
    );
  }
  const trusted = await loadTrust(dir);
  if (!trusted.ok) return trusted;
  const identity = await loadIdentity(dir, trusted.trust, now);
  if (!identity.ok) return identity;
  return proveKey(dir, identity.identity);
}

/** 8600: ca.crt (and crl.pem, whose problems are 8400 later). */
async function loadTrust(dir: string): Promise<TrustStoreResult> {
  const caText = await readDeviceFile(dir, DeviceFile.CA);
  if (caText === undefined || caText.trim() === "") {
    return authFailure(
      "AUTH_NO_CA_CERTIFICATE",
      `ca.crt is ${caText === undefined ? "absent" : "empty"}`,
    );
  }
  return createTrustStore({ ca: caText, crl: await readDeviceFile(dir, DeviceFile.CRL) });
}

/** 8300, then 8500 and 8400: device.crt and its path to the certification office. */
async function loadIdentity(dir: string, trust: TrustStore, now: Date): Promise<IdentityResult> {
  const certText = await readDeviceFile(dir, DeviceFile.CERTIFICATE);
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
  const chain = parseChain(blocks, "device.crt");
  if (!chain.ok) return chain;
  return validatePath(chain.leaf, chain.extras, trust, {
    now,
    usage: ExtendedKeyUsage.CLIENT_AUTH,
    usageName: "client authentication",
    subject: "device.crt",
  });
}

/** 8400 (key absent, unreadable, mismatched), FF00 (unusable algorithm), 8100 (self-test). */
async function proveKey(dir: string, identity: VerifiedIdentity): Promise<DeviceAuthResult> {
  const keyText = await readDeviceFile(dir, DeviceFile.KEY);
  if (keyText === undefined || keyText.trim() === "") {
    return authFailure(
      "AUTH_INVALID_CERTIFICATE",
      `device.key is ${keyText === undefined ? "absent" : "empty"}`,
    );
  }
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
  const signer = createSigner({ privateKey: key, certificates: identity.certificates });
  const probe = randomBytes(32);
  if (!verifyBytes(identity.publicKey, algorithm, probe, signer.sign(probe))) {
    return authFailure(
      "AUTH_DATA_ALTERED",
      "a signature made with device.key does not verify with device.crt: the key data has been altered",
    );
  }
  return { ok: true, device: Object.freeze({ ...identity, signer }) };
}
