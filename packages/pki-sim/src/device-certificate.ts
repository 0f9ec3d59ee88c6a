/**
 * A device's key and certificate, signed by a CA given as plain values
 * (its name, key identifier and key), so that a worker thread can issue
 * devices as well as the office itself.
 */
import type { KeyObject } from "node:crypto";
import { encodePem, PemLabel } from "@patchcast/protocol/auth";
import { buildCertificate } from "./certificate-builder.ts";
import { name } from "./der-builder.ts";
import { generateKeyMaterial, type KeyMaterial, type KeyType } from "./keys.ts";

/** The organization of every device's subject name. */
export const DEVICE_ORGANIZATION = "patchcast security PC";

/** The CA that signs devices: what of a `CaCredential` issuing needs. */
export interface DeviceSigningCa {
  /** Its subject Name, DER, exactly as in its certificate. */
  readonly subjectName: Uint8Array;
  /** Its subjectKeyIdentifier. */
  readonly keyId: Uint8Array;
  readonly privateKey: KeyObject;
}

export interface DeviceCertificateRequest {
  readonly pcId: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly keyType: KeyType;
  readonly extendedKeyUsage: readonly string[];
}

export interface DeviceKeyAndCertificate {
  readonly serialNumber: string;
  readonly certificatePem: string;
  readonly keyPem: string;
  readonly keys: KeyMaterial;
}

/** Generates the device's key and has `ca` sign its certificate. */
export function issueDeviceCertificate(
  ca: DeviceSigningCa,
  request: DeviceCertificateRequest,
): DeviceKeyAndCertificate {
  const keys = generateKeyMaterial(request.keyType);
  const cert = buildCertificate({
    subjectName: name(request.pcId, DEVICE_ORGANIZATION),
    issuerName: ca.subjectName,
    issuerKey: ca.privateKey,
    issuerKeyId: ca.keyId,
    spki: keys.spki,
    notBefore: request.notBefore,
    notAfter: request.notAfter,
    extendedKeyUsage: request.extendedKeyUsage,
  });
  return {
    serialNumber: cert.serialNumber,
    certificatePem: encodePem(PemLabel.CERTIFICATE, cert.der),
    keyPem: keys.privateKeyPem,
    keys,
  };
}
