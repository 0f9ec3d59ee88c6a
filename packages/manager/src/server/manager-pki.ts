/**
 * The manager's PKI directory: `ca.crt` (the certification office that
 * issues the PCs' certificates), optional `crl.pem`, and the manager's own
 * signing credential `manager.crt` (chain, leaf first) and `manager.key`.
 * `patchcast-pki manager --office DIR --out <data-dir>/pki` writes it;
 * certificates of any PKI tool work.
 */
import { createPublicKey, X509Certificate } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  createSigner,
  loadTrustStore,
  type Signer,
  type TrustStore,
} from "@patchcast/protocol/auth";
import { ManagerPkiError } from "../errors.ts";

export const MANAGER_PKI_FILES = Object.freeze({
  CA: "ca.crt",
  CRL: "crl.pem",
  CERTIFICATE: "manager.crt",
  KEY: "manager.key",
} as const);

export interface ManagerPki {
  readonly dir: string;
  /** To verify the PCs' certificates. */
  readonly trust: TrustStore;
  /** To sign job offers. */
  readonly signer: Signer;
  /** Whether crl.pem was there. */
  readonly hasCrl: boolean;
}

const HINT =
  "make one with `patchcast-pki manager --office OFFICE_DIR --out DIR`, or copy ca.crt, manager.crt and manager.key there";

async function readRequired(dir: string, name: string): Promise<string> {
  try {
    return await readFile(join(dir, name), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === "ENOENT" ? `${name} is absent (${HINT})` : `${name} is unreadable: ${code}`;
    throw new ManagerPkiError(dir, problem, { cause: error });
  }
}

/** Reads and checks the whole directory; throws ManagerPkiError naming the file at fault. */
export async function loadManagerPki(dir: string): Promise<ManagerPki> {
  const crlFile = join(dir, MANAGER_PKI_FILES.CRL);
  const hasCrl = existsSync(crlFile);
  const certificates = await readRequired(dir, MANAGER_PKI_FILES.CERTIFICATE);
  const key = await readRequired(dir, MANAGER_PKI_FILES.KEY);
  await readRequired(dir, MANAGER_PKI_FILES.CA);
  const trusted = await loadTrustStore({
    caFile: join(dir, MANAGER_PKI_FILES.CA),
    crlFile: hasCrl ? crlFile : undefined,
  });
  if (!trusted.ok) throw new ManagerPkiError(dir, `ca.crt cannot be used: ${trusted.detail}`);
  if (trusted.trust.crlProblem !== undefined) {
    throw new ManagerPkiError(dir, `crl.pem cannot be used: ${trusted.trust.crlProblem}`);
  }
  let signer: Signer;
  try {
    signer = createSigner({ privateKey: key, certificates });
  } catch (error) {
    throw new ManagerPkiError(
      dir,
      `manager.crt and manager.key cannot sign offers: ${(error as Error).message}`,
      { cause: error },
    );
  }
  assertKeyMatches(dir, signer, key);
  return { dir, trust: trusted.trust, signer, hasCrl };
}

/** Offers signed with a key that is not the certificate's would fail on every PC. */
function assertKeyMatches(dir: string, signer: Signer, keyPem: string): void {
  const leaf = new X509Certificate(signer.certificates[0] as Uint8Array);
  const spki = (key: ReturnType<typeof createPublicKey>) =>
    key.export({ type: "spki", format: "der" }).toString("base64");
  if (spki(leaf.publicKey) !== spki(createPublicKey(keyPem))) {
    throw new ManagerPkiError(
      dir,
      "manager.key is not the key of manager.crt (the first certificate)",
    );
  }
}
