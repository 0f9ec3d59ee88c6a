/**
 * The key the passwords of the network settings are sealed with in the
 * database (acquisition/sealed-secrets.ts), kept in `<data-dir>/secrets.key`
 * (0600). Managers that share a database must share this file too; without
 * it the stored passwords cannot be read, and must be set again.
 */
import { join } from "node:path";
import { type KeyFileOptions, loadKeyFile } from "./key-file.ts";

export const SECRETS_KEY_FILE = "secrets.key";

export const loadSecretsKey = (
  dataDir: string,
  options: Pick<KeyFileOptions, "onLooseMode"> = {},
): Promise<Buffer> =>
  loadKeyFile(join(dataDir, SECRETS_KEY_FILE), {
    ...options,
    remedy: "restore it from a backup, or delete it and set the network settings' passwords again",
  });
