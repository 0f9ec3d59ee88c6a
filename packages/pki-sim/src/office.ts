/**
 * The certification office: a root CA, optionally an intermediate that
 * issues the devices, and the revocation list of the issuing CA.
 */
import type { KeyObject } from "node:crypto";
import { encodePem, PemLabel } from "@patchcast/protocol/auth";
import { buildCertificate } from "./certificate-builder.ts";
import { buildCrl } from "./crl-builder.ts";
import { name, toDer } from "./der-builder.ts";
import { PkiSimError } from "./errors.ts";
import { generateKeyMaterial, keyIdentifier } from "./keys.ts";

const DAY_MS = 86_400_000;
export const DEFAULT_OFFICE_NAME = "patchcast Certification Office";
const ORGANIZATION = "patchcast";

/** A CA: its certificate and its key. */
export interface CaCredential {
  readonly commonName: string;
  readonly certificate: Uint8Array;
  readonly certificatePem: string;
  /** The subject Name, DER, exactly as in the certificate. */
  readonly subjectName: Uint8Array;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The subjectKeyIdentifier of its certificate. */
  readonly keyId: Uint8Array;
}

export interface CaOptions {
  readonly commonName: string;
  readonly keyType?: "ec" | "rsa";
  /** The CA that signs this one; none makes a self-signed root. */
  readonly parent?: CaCredential;
  readonly now?: Date;
  readonly validityDays?: number;
}

export function assertDays(days: number, what: string): number {
  if (!Number.isInteger(days) || days < 1 || days > 36_500) {
    throw new PkiSimError(
      "PKI_ERR_INVALID_OPTION",
      `${what} must be an integer from 1 to 36500: got ${days}`,
    );
  }
  return days;
}

export function createCaCredential(options: CaOptions): CaCredential {
  const now = options.now ?? new Date();
  const days = assertDays(options.validityDays ?? 3650, "validityDays");
  const keys = generateKeyMaterial(options.keyType ?? "ec");
  const keyId = keyIdentifier(keys.spki);
  const subjectName = toDer(name(options.commonName, ORGANIZATION));
  const parent = options.parent;
  const { der } = buildCertificate({
    subjectName,
    issuerName: parent?.subjectName ?? subjectName,
    issuerKey: parent?.privateKey ?? keys.privateKey,
    issuerKeyId: parent?.keyId ?? keyId,
    spki: keys.spki,
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + days * DAY_MS),
    ca: true,
  });
  return Object.freeze({
    commonName: options.commonName,
    certificate: der,
    certificatePem: encodePem(PemLabel.CERTIFICATE, der),
    subjectName,
    privateKey: keys.privateKey,
    publicKey: keys.publicKey,
    keyId,
  });
}

export interface CertificationOffice {
  readonly name: string;
  readonly root: CaCredential;
  readonly intermediate: CaCredential | undefined;
  /** The CA that issues devices and the manager's certificate. */
  readonly issuer: CaCredential;
  /** ca.crt: the root, then the intermediate when there is one. */
  readonly caPem: string;
  /** Revoked serial numbers (hex) of certificates from `issuer`. */
  readonly revoked: ReadonlyMap<string, Date>;
  /** Adds a serial number (hex) to the revocation list. */
  revoke(serialNumber: string, when?: Date): void;
  /** crl.pem: the issuing CA's revocation list, signed now. */
  crlPem(now?: Date): string;
}

export interface OfficeOptions {
  readonly name?: string;
  readonly intermediate?: boolean;
  readonly keyType?: "ec" | "rsa";
  readonly now?: Date;
  readonly validityDays?: number;
}

export function createCertificationOffice(options: OfficeOptions = {}): CertificationOffice {
  const officeName = options.name ?? DEFAULT_OFFICE_NAME;
  const common = {
    ...(options.keyType ? { keyType: options.keyType } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.validityDays ? { validityDays: options.validityDays } : {}),
  };
  const root = createCaCredential({ commonName: officeName, ...common });
  const intermediate = options.intermediate
    ? createCaCredential({ commonName: `${officeName} Issuing CA`, parent: root, ...common })
    : undefined;
  return assembleOffice(officeName, root, intermediate, new Map());
}

/** Builds the office object around existing credentials (also used when loading one from disk). */
export function assembleOffice(
  officeName: string,
  root: CaCredential,
  intermediate: CaCredential | undefined,
  revoked: Map<string, Date>,
): CertificationOffice {
  const issuer = intermediate ?? root;
  return Object.freeze({
    name: officeName,
    root,
    intermediate,
    issuer,
    caPem: root.certificatePem + (intermediate?.certificatePem ?? ""),
    revoked,
    revoke(serialNumber: string, when = new Date()) {
      revoked.set(serialNumber.toLowerCase().replace(/^(00)+(?=.)/, ""), when);
    },
    crlPem(now = new Date()) {
      const der = buildCrl({
        issuerName: issuer.subjectName,
        issuerKey: issuer.privateKey,
        issuerKeyId: issuer.keyId,
        thisUpdate: new Date(now.getTime() - 60_000),
        nextUpdate: new Date(now.getTime() + 30 * DAY_MS),
        number: Math.max(1, Math.floor(now.getTime() / 1000)),
        revoked,
      });
      return encodePem(PemLabel.X509_CRL, der);
    },
  });
}
