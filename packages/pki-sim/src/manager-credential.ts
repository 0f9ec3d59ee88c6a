/** The manager's signing certificate: signs job offers, and may serve wss://. */
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  createSigner,
  ExtendedKeyUsage,
  encodePem,
  PemLabel,
  type Signer,
} from "@patchcast/protocol/auth";
import { buildCertificate } from "./certificate-builder.ts";
import { name, toDer } from "./der-builder.ts";
import { generateKeyMaterial, type KeyType } from "./keys.ts";
import { assertDays, type CaCredential, type CertificationOffice } from "./office.ts";

const DAY_MS = 86_400_000;

export interface ManagerCredentialOptions {
  /** Subject common name (default "patchcast manager"). */
  readonly commonName?: string;
  /** subjectAltName hosts (default localhost and 127.0.0.1). */
  readonly hosts?: readonly string[];
  readonly keyType?: Exclude<KeyType, "ed25519">;
  readonly now?: Date;
  readonly validityDays?: number;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly extendedKeyUsage?: readonly string[];
  /** The CA that signs (default: the office's issuing CA). */
  readonly issuer?: CaCredential;
}

export interface ManagerCredential {
  /** The chain, leaf first (the intermediate follows when there is one). */
  readonly certificatePem: string;
  readonly keyPem: string;
  readonly caPem: string;
  readonly serialNumber: string;
  /** Signs job offers (`signOffer`). */
  readonly signer: Signer;
}

export const MANAGER_FILES = Object.freeze({
  CERTIFICATE: "manager.crt",
  KEY: "manager.key",
  CA: "ca.crt",
} as const);

export function issueManagerCredential(
  office: CertificationOffice,
  options: ManagerCredentialOptions = {},
): ManagerCredential {
  const now = options.now ?? new Date();
  const days = assertDays(options.validityDays ?? 825, "validityDays");
  const keys = generateKeyMaterial(options.keyType ?? "ec");
  const issuer = options.issuer ?? office.issuer;
  const cert = buildCertificate({
    subjectName: toDer(name(options.commonName ?? "patchcast manager", "patchcast")),
    issuerName: issuer.subjectName,
    issuerKey: issuer.privateKey,
    issuerKeyId: issuer.keyId,
    spki: keys.spki,
    notBefore: options.notBefore ?? new Date(now.getTime() - 60_000),
    notAfter: options.notAfter ?? new Date(now.getTime() + days * DAY_MS),
    extendedKeyUsage: options.extendedKeyUsage ?? [
      ExtendedKeyUsage.CODE_SIGNING,
      ExtendedKeyUsage.SERVER_AUTH,
    ],
    hosts: options.hosts ?? ["localhost", "127.0.0.1"],
  });
  const chain = [cert.der, ...(issuer === office.intermediate ? [issuer.certificate] : [])];
  return {
    certificatePem: chain.map((der) => encodePem(PemLabel.CERTIFICATE, der)).join(""),
    keyPem: keys.privateKeyPem,
    caPem: office.caPem,
    serialNumber: cert.serialNumber,
    signer: createSigner({ privateKey: keys.privateKey, certificates: chain }),
  };
}

/** Writes manager.crt, manager.key (0600) and ca.crt into `dir`. */
export async function writeManagerCredential(
  dir: string,
  credential: ManagerCredential,
): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const keyPath = join(dir, MANAGER_FILES.KEY);
  await writeFile(keyPath, credential.keyPem, { mode: 0o600 });
  await chmod(keyPath, 0o600);
  await writeFile(join(dir, MANAGER_FILES.CERTIFICATE), credential.certificatePem);
  await writeFile(join(dir, MANAGER_FILES.CA), credential.caPem);
}
