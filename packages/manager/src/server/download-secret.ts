/**
 * The key of the PCs' download tokens (agent-endpoint/download-token.ts),
 * kept in `<data-dir>/download.key` (0600) so that the download paths in
 * offers a PC stored before a restart of the manager still work after it.
 * Managers that share a database should share this file too. Deleting it
 * makes a new key: the download paths of offers already sent stop working.
 */
import { join } from "node:path";
import { type KeyFileOptions, loadKeyFile } from "./key-file.ts";

export const DOWNLOAD_KEY_FILE = "download.key";

export const loadDownloadSecret = (
  dataDir: string,
  options: Pick<KeyFileOptions, "onLooseMode"> = {},
): Promise<Buffer> =>
  loadKeyFile(join(dataDir, DOWNLOAD_KEY_FILE), {
    ...options,
    remedy: "delete it to make a new key",
  });
