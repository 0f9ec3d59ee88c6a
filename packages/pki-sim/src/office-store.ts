/**
 * A certification office on disk, so that `patchcast-pki` sub-commands can
 * share it: its CA certificates and keys (0600), ca.crt, crl.pem and the
 * list of revoked serial numbers.
 */
import { createPrivateKey, createPublicKey } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PemLabel, parseCertificate, readPemLabelled } from "@patchcast/protocol/auth";
import { PkiSimError } from "./errors.ts";
import { keyIdentifier, privateKeyPem } from "./keys.ts";
import { assembleOffice, type CaCredential, type CertificationOffice } from "./office.ts";

export const OFFICE_FILES = Object.freeze({
  META: "office.json",
  ROOT_CERTIFICATE: "root.crt",
  ROOT_KEY: "root.key",
  INTERMEDIATE_CERTIFICATE: "intermediate.crt",
  INTERMEDIATE_KEY: "intermediate.key",
  CA: "ca.crt",
  CRL: "crl.pem",
} as const);

const FORMAT = "patchcast-pki-office/1";

interface OfficeMeta {
  format: string;
  name: string;
  intermediate: boolean;
  revoked: { serialNumber: string; revokedAt: string }[];
}

export function officeExists(dir: string): boolean {
  return existsSync(join(dir, OFFICE_FILES.META));
}

/** Writes (or rewrites) the office into `dir`, with a fresh crl.pem. */
export function saveOffice(dir: string, office: CertificationOffice, now = new Date()): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const write = (name: string, text: string, mode = 0o644) =>
    writeFileSync(join(dir, name), text, { mode });
  write(OFFICE_FILES.ROOT_CERTIFICATE, office.root.certificatePem);
  write(OFFICE_FILES.ROOT_KEY, privateKeyPem(office.root.privateKey), 0o600);
  if (office.intermediate) {
    write(OFFICE_FILES.INTERMEDIATE_CERTIFICATE, office.intermediate.certificatePem);
    write(OFFICE_FILES.INTERMEDIATE_KEY, privateKeyPem(office.intermediate.privateKey), 0o600);
  }
  write(OFFICE_FILES.CA, office.caPem);
  write(OFFICE_FILES.CRL, office.crlPem(now));
  const meta: OfficeMeta = {
    format: FORMAT,
    name: office.name,
    intermediate: office.intermediate !== undefined,
    revoked: [...office.revoked].map(([serialNumber, when]) => ({
      serialNumber,
      revokedAt: when.toISOString(),
    })),
  };
  write(OFFICE_FILES.META, `${JSON.stringify(meta, null, 2)}\n`);
}

export function loadOffice(dir: string): CertificationOffice {
  if (!officeExists(dir)) {
    throw new PkiSimError(
      "PKI_ERR_OFFICE_NOT_FOUND",
      `no certification office in ${dir} (run: patchcast-pki init --office ${dir})`,
    );
  }
  try {
    const meta = JSON.parse(readFileSync(join(dir, OFFICE_FILES.META), "utf8")) as OfficeMeta;
    if (meta.format !== FORMAT)
      throw new Error(`format must be "${FORMAT}": got ${JSON.stringify(meta.format)}`);
    const root = loadCredential(dir, OFFICE_FILES.ROOT_CERTIFICATE, OFFICE_FILES.ROOT_KEY);
    const intermediate = meta.intermediate
      ? loadCredential(dir, OFFICE_FILES.INTERMEDIATE_CERTIFICATE, OFFICE_FILES.INTERMEDIATE_KEY)
      : undefined;
    const revoked = new Map(meta.revoked.map((r) => [r.serialNumber, new Date(r.revokedAt)]));
    return assembleOffice(meta.name, root, intermediate, revoked);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PkiSimError(
      "PKI_ERR_OFFICE_UNREADABLE",
      `the certification office in ${dir} is damaged: ${reason}`,
      { cause: error },
    );
  }
}

function loadCredential(dir: string, certFile: string, keyFile: string): CaCredential {
  const certificatePem = readFileSync(join(dir, certFile), "latin1");
  const [der] = readPemLabelled(certificatePem, [PemLabel.CERTIFICATE]);
  if (!der) throw new Error(`${certFile} holds no certificate`);
  const parsed = parseCertificate(der);
  const privateKey = createPrivateKey(readFileSync(join(dir, keyFile), "latin1"));
  const publicKey = createPublicKey(privateKey);
  return Object.freeze({
    commonName: parsed.commonName,
    certificate: der,
    certificatePem,
    subjectName: parsed.subjectName,
    privateKey,
    publicKey,
    keyId: keyIdentifier(publicKey.export({ type: "spki", format: "der" })),
  });
}
