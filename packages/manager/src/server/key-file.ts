/**
 * A 256-bit key kept in a file of the data directory (0600, 64 hex digits
 * and a newline), made on first use. A new key is written whole to a
 * temporary file and flushed to disk, then linked into place: the file is
 * never seen empty or half written, not by a manager starting beside this
 * one (the one that loses the race reads the winner's key) and not after a
 * power loss (data sealed under the key may already be committed).
 */
import { randomBytes } from "node:crypto";
import { link, open, readFile, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ConfigError } from "../errors.ts";
import { syncDirectory } from "../files/sync-directory.ts";

const KEY_BYTES = 32;

export interface KeyFileOptions {
  /** What to do about a file that holds anything but a key (depends on what the key protects). */
  readonly remedy: string;
  /** Told of a key file that others than its owner may read or write (mode & 0o077). */
  onLooseMode?(path: string, mode: number): void;
}

async function readKey(path: string, options: KeyFileOptions): Promise<Buffer> {
  const hex = (await readFile(path, "utf8")).trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new ConfigError(path, `must hold 64 hex digits (${options.remedy})`);
  }
  const { mode } = await stat(path);
  if (mode & 0o077) options.onLooseMode?.(path, mode & 0o777);
  return Buffer.from(hex, "hex");
}

/** Writes a new key to `path` unless one is there already; resolves with the key in the file. */
async function makeKey(path: string, options: KeyFileOptions): Promise<Buffer> {
  const key = randomBytes(KEY_BYTES);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}`);
  const handle = await open(temporary, "wx", 0o600);
  try {
    await handle.writeFile(`${key.toString("hex")}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readKey(path, options);
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
  await syncDirectory(dirname(path));
  return key;
}

/** The key in `path`, made there when the file does not exist. */
export async function loadKeyFile(path: string, options: KeyFileOptions): Promise<Buffer> {
  try {
    return await readKey(path, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  return makeKey(path, options);
}
