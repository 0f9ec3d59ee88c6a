/**
 * A 256-bit key kept in a file of the data directory (0600, 64 hex digits
 * and a newline), made on first use. Two managers starting together on one
 * data directory end up with the same key: the file is created exclusively,
 * and the one that loses the race reads the winner's.
 */
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { ConfigError } from "../errors.ts";

const KEY_BYTES = 32;

/**
 * The key in `path`, made there when the file does not exist. A file that
 * holds anything else is a ConfigError ending with `remedy` (what to do
 * about it depends on what the key protects).
 */
export async function loadKeyFile(path: string, remedy: string): Promise<Buffer> {
  try {
    const hex = (await readFile(path, "utf8")).trim();
    if (!/^[0-9a-f]{64}$/.test(hex))
      throw new ConfigError(path, `must hold 64 hex digits (${remedy})`);
    return Buffer.from(hex, "hex");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const key = randomBytes(KEY_BYTES);
  try {
    await writeFile(path, `${key.toString("hex")}\n`, { mode: 0o600, flag: "wx" });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return loadKeyFile(path, remedy);
    throw error;
  }
}
