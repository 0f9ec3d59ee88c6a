/**
 * The key of the PCs' download tokens (agent-endpoint/download-token.ts),
 * kept in `<data-dir>/download.key` (0600) so that the download paths in
 * offers a PC stored before a restart of the manager still work after it.
 * Managers that share a database should share this file too.
 */
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ConfigError } from "../errors.ts";

export const DOWNLOAD_KEY_FILE = "download.key";
const KEY_BYTES = 32;

export async function loadDownloadSecret(dataDir: string): Promise<Buffer> {
  const path = join(dataDir, DOWNLOAD_KEY_FILE);
  try {
    const hex = (await readFile(path, "utf8")).trim();
    if (!/^[0-9a-f]{64}$/.test(hex)) {
      throw new ConfigError(path, "must hold 64 hex digits (delete it to make a new key)");
    }
    return Buffer.from(hex, "hex");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secret = randomBytes(KEY_BYTES);
  try {
    await writeFile(path, `${secret.toString("hex")}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    // Another manager on the same data directory made it first.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return loadDownloadSecret(dataDir);
    throw error;
  }
}
