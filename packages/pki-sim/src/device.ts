/**
 * Authentication devices (contract §3): the PC's key and certificate, the
 * office's ca.crt, and crl.pem when there is one, as a directory.
 */
import type { KeyObject } from "node:crypto";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DeviceFile, ExtendedKeyUsage } from "@patchcast/protocol/auth";
import { issueDeviceCertificate } from "./device-certificate.ts";
import { PkiSimError } from "./errors.ts";
import type { KeyType } from "./keys.ts";
import { assertDays, type CaCredential, type CertificationOffice } from "./office.ts";

const DAY_MS = 86_400_000;
const PC_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface DeviceOptions {
  /** The PC ID: the certificate's subject common name. */
  readonly pcId: string;
  /** The clock the validity starts from. Default: the current time. */
  readonly now?: Date;
  /** Validity in days from `now` (default 825). */
  readonly validityDays?: number;
  /** Explicit validity, overriding `now`/`validityDays`. */
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  /** Device key type (default `ec`: P-256, generated in well under a millisecond). */
  readonly keyType?: KeyType;
  /** Extended key usages (default: client authentication). */
  readonly extendedKeyUsage?: readonly string[];
  /** The CA that signs (default: the office's issuing CA). */
  readonly issuer?: CaCredential;
}

/** A device's files as text, before they are written anywhere. */
export interface DeviceMaterial {
  readonly pcId: string;
  readonly serialNumber: string;
  readonly certificatePem: string;
  readonly keyPem: string;
  readonly caPem: string;
  readonly crlPem: string | undefined;
  readonly privateKey: KeyObject;
}

export function assertPcId(pcId: string): string {
  if (!PC_ID.test(pcId)) {
    throw new PkiSimError(
      "PKI_ERR_INVALID_OPTION",
      `PC ID must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit: got ${JSON.stringify(pcId)}`,
    );
  }
  return pcId;
}

/** A device's default validity: from a minute before `now`, for `days` days. */
export function deviceValidity(now: Date, days: number): { notBefore: Date; notAfter: Date } {
  return {
    notBefore: new Date(now.getTime() - 60_000),
    notAfter: new Date(now.getTime() + days * DAY_MS),
  };
}

export function issueDeviceMaterial(
  office: CertificationOffice,
  options: DeviceOptions,
): DeviceMaterial {
  const pcId = assertPcId(options.pcId);
  const now = options.now ?? new Date();
  const days = assertDays(options.validityDays ?? 825, "validityDays");
  const window = deviceValidity(now, days);
  const issued = issueDeviceCertificate(options.issuer ?? office.issuer, {
    pcId,
    notBefore: options.notBefore ?? window.notBefore,
    notAfter: options.notAfter ?? window.notAfter,
    keyType: options.keyType ?? "ec",
    extendedKeyUsage: options.extendedKeyUsage ?? [ExtendedKeyUsage.CLIENT_AUTH],
  });
  const { keys } = issued;
  return {
    pcId,
    serialNumber: issued.serialNumber,
    certificatePem: issued.certificatePem,
    keyPem: issued.keyPem,
    caPem: office.caPem,
    crlPem: office.revoked.size > 0 ? office.crlPem(now) : undefined,
    // imported on first read: writing the device needs only the PEM
    get privateKey() {
      return keys.privateKey;
    },
  };
}

/** The device files' text: what `writeDevice` writes. */
export type DeviceFiles = Pick<DeviceMaterial, "certificatePem" | "keyPem" | "caPem" | "crlPem">;

let keyModeSurvivesUmask: boolean | undefined;

/**
 * Writes the device directory: the directory 0700, device.key 0600, the
 * rest 0644. Synchronous on purpose: a fleet writes thousands of small
 * files, and direct writes are several times faster than the thread pool.
 * Each file costs the file system most of the time: device.key's chmod is
 * made only when the file already existed or the umask takes bits of 0600
 * away.
 */
export function writeDevice(dir: string, material: DeviceFiles): void {
  // recursive: Node handles a missing parent in C++, without an exception to build
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const keyPath = join(dir, DeviceFile.KEY);
  keyModeSurvivesUmask ??= (process.umask() & 0o600) === 0;
  if (!(createFile(keyPath, material.keyPem, 0o600) && keyModeSurvivesUmask)) {
    chmodSync(keyPath, 0o600);
  }
  writeFileSync(join(dir, DeviceFile.CERTIFICATE), material.certificatePem, { mode: 0o644 });
  writeFileSync(join(dir, DeviceFile.CA), material.caPem, { mode: 0o644 });
  if (material.crlPem !== undefined) {
    writeFileSync(join(dir, DeviceFile.CRL), material.crlPem, { mode: 0o644 });
  }
}

/** Writes `text` to `path`; true when the file was created now (and so has `mode`, less the umask). */
function createFile(path: string, text: string, mode: number): boolean {
  try {
    writeFileSync(path, text, { mode, flag: "wx" });
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code !== "EEXIST") throw error;
    writeFileSync(path, text, { mode });
    return false;
  }
}

export interface IssuedDevice {
  readonly dir: string;
  readonly pcId: string;
  readonly serialNumber: string;
}

/** Issues a device and writes it to `dir`. */
export function issueDevice(
  office: CertificationOffice,
  options: DeviceOptions & { readonly dir: string },
): IssuedDevice {
  const material = issueDeviceMaterial(office, options);
  writeDevice(options.dir, material);
  return { dir: options.dir, pcId: material.pcId, serialNumber: material.serialNumber };
}
