/**
 * Crash-safe state files: a file is written whole to a temporary name,
 * flushed to disk, renamed over the old one and the directory flushed, so
 * that a crash at any moment leaves the old content or the new, never a mix.
 *
 * Without fsync (`durable: false`: simulated PCs, which do not lose power)
 * state files are written and read with synchronous calls: a few hundred
 * bytes into the page cache cost less than the round trips to the thread
 * pool that would wait for them, and a fleet makes thousands of them.
 */
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { AgentError } from "../errors.ts";

const TEMP_SUFFIX = ".tmp";

export interface WriteOptions {
  /** fsync the file and its directory (default true). Simulations may trade it for speed. */
  readonly durable?: boolean;
}

/** Not durable: state files read and written with synchronous calls, without fsync. */
const isInline = (options: WriteOptions) => options.durable === false;

// Temporary names: unique in the process by the counter, across processes by the tag.
const processTag = randomBytes(6).toString("hex");
let written = 0;

function temporaryPathOf(path: string): string {
  written += 1;
  return join(
    dirname(path),
    `.${basename(path)}.${processTag}-${written.toString(36)}${TEMP_SUFFIX}`,
  );
}

/** Flushes a directory's entries (a file created or renamed in it). */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Replaces `path` with `data` atomically. */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const temp = temporaryPathOf(path);
  if (isInline(options)) {
    try {
      writeFileSync(temp, data, { mode: 0o600 });
      renameSync(temp, path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    return;
  }
  try {
    const handle = await open(temp, "w", 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    await syncDirectory(dirname(path));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Removes a state file; one already gone is no error (synchronously when not durable). */
export async function removeFile(path: string, options: WriteOptions = {}): Promise<void> {
  try {
    // unlink, not rm: rm's retries and directory checks cost more than the file's removal.
    if (isInline(options)) unlinkSync(path);
    else await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/** Creates `dir` (0700) and its parents when missing; synchronously when not durable. */
export async function ensureDirectory(dir: string, options: WriteOptions = {}): Promise<void> {
  if (isInline(options)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  else await mkdir(dir, { recursive: true, mode: 0o700 });
}

/**
 * Opens a state directory: creates it (0700) when it is missing, removes the
 * temporary files a crash in the middle of `writeFileAtomic` left there, and
 * answers the names of the other entries, so that a store opening it need
 * not list it again. Synchronously when not durable.
 */
export async function openStateDirectory(
  dir: string,
  options: WriteOptions = {},
): Promise<string[]> {
  await ensureDirectory(dir, options);
  const names: string[] = [];
  for (const name of isInline(options) ? readdirSync(dir) : await readdir(dir)) {
    if (name.startsWith(".") && name.endsWith(TEMP_SUFFIX))
      await removeFile(join(dir, name), options);
    else names.push(name);
  }
  return names;
}

/** The file's bytes, or undefined when it does not exist (read synchronously when not durable). */
export async function readIfExists(
  path: string,
  options: WriteOptions = {},
): Promise<Buffer | undefined> {
  try {
    if (!isInline(options)) return await readFile(path);
    // A new simulated PC has none of its state files yet: asking first costs
    // less than the exception a failed read builds.
    return existsSync(path) ? readFileSync(path) : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Parses a JSON state file and checks its shape with `accept`; anything
 * else is AGENT_ERR_STATE_CORRUPT naming the file.
 */
export function parseStateJson<T>(
  path: string,
  bytes: Uint8Array,
  accept: (value: unknown) => value is T,
  format: string,
): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch (cause) {
    throw new AgentError("AGENT_ERR_STATE_CORRUPT", `${path} is not readable JSON`, { cause });
  }
  if (!accept(value))
    throw new AgentError("AGENT_ERR_STATE_CORRUPT", `${path} is not a ${format} file`);
  return value;
}

/** An object with a `format` field equal to `format`. */
export function hasFormat(value: unknown, format: string): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && (value as { format?: unknown }).format === format
  );
}
