/** Reading a trust store from files (the manager's ca.crt and crl.pem). */
import { readFile } from "node:fs/promises";
import { authFailure, unexpectedFailure } from "./result.ts";
import type { TrustStoreResult } from "./trust-store.ts";
import { sharedTrustStores } from "./trust-store-cache.ts";

export interface TrustStoreFiles {
  readonly caFile: string;
  readonly crlFile?: string | undefined;
}

/**
 * Reads `caFile` (8600 when absent or empty) and `crlFile` when given; the
 * same text gives the same store, parsed once (`sharedTrustStores`). Never throws.
 */
export async function loadTrustStore(files: TrustStoreFiles): Promise<TrustStoreResult> {
  try {
    const ca = await readOptional(files.caFile);
    if (ca === undefined || ca.trim() === "") {
      return authFailure(
        "AUTH_NO_CA_CERTIFICATE",
        `${files.caFile} is ${ca === undefined ? "absent" : "empty"}`,
      );
    }
    const crl = files.crlFile === undefined ? undefined : await readOptional(files.crlFile);
    return sharedTrustStores.get({ ca, crl });
  } catch (error) {
    return unexpectedFailure("loading the trust store", error);
  }
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "latin1");
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return undefined;
    throw error;
  }
}
