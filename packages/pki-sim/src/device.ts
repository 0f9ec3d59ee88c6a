/**
 * Authentication devices (contract §3): the PC's key and certificate, the
 * office's ca.crt, and crl.pem when there is one, as a directory.
 */
import type { KeyObject } from "node:crypto";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DeviceFile, ExtendedKeyUsage, encodePem, PemLabel } from "@patchcast/protocol/auth";
import { buildCertificate } from "./certificate-builder.ts";
import { name, toDer } from "./der-builder.ts";
import { PkiSimError } from "./errors.ts";
import { generateKeyMaterial, type KeyType } from "./keys.ts";
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

export function issueDeviceMaterial(
  office: CertificationOffice,
  options: DeviceOptions,
): DeviceMaterial {
  const pcId = assertPcId(options.pcId);
  const now = options.now ?? new Date();
  const days = assertDays(options.validityDays ?? 825, "validityDays");
  const keys = generateKeyMaterial(options.keyType ?? "ec");
  const issuer = options.issuer ?? office.issuer;
  const cert = buildCertificate({
    subjectName: toDer(name(pcId, "patchcast security PC")),
    issuerName: issuer.subjectName,
    issuerKey: issuer.privateKey,
    issuerKeyId: issuer.keyId,
    spki: keys.spki,
    notBefore: options.notBefore ?? new Date(now.getTime() - 60_000),
    notAfter: options.notAfter ?? new Date(now.getTime() + days * DAY_MS),
    extendedKeyUsage: options.extendedKeyUsage ?? [ExtendedKeyUsage.CLIENT_AUTH],
  });
  return {
    pcId,
    serialNumber: cert.serialNumber,
    certificatePem: encodePem(PemLabel.CERTIFICATE, cert.der),
    keyPem: keys.privateKeyPem,
    caPem: office.caPem,
    crlPem: office.revoked.size > 0 ? office.crlPem(now) : undefined,
    privateKey: keys.privateKey,
  };
}

/**
 * Writes the device directory: the directory 0700, device.key 0600, the
 * rest 0644. Synchronous on purpose: a fleet writes thousands of small
 * files, and direct writes are several times faster than the thread pool.
 */
export function writeDevice(dir: string, material: DeviceMaterial): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const keyPath = join(dir, DeviceFile.KEY);
  writeFileSync(keyPath, material.keyPem, { mode: 0o600 });
  chmodSync(keyPath, 0o600);
  writeFileSync(join(dir, DeviceFile.CERTIFICATE), material.certificatePem, { mode: 0o644 });
  writeFileSync(join(dir, DeviceFile.CA), material.caPem, { mode: 0o644 });
  if (material.crlPem !== undefined) {
    writeFileSync(join(dir, DeviceFile.CRL), material.crlPem, { mode: 0o644 });
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
