/**
 * The authentication device on disk (contract §3): which files, who may
 * read the key, how much memory reading them takes, and reading them.
 *
 * The calls are synchronous on purpose: a device is four small local
 * files, and Node's thread pool costs several times more CPU per file than
 * the direct calls (about 300 µs against 40 µs for a whole device here),
 * which is most of an authentication once the rest is fast.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from "node:fs";
import { join } from "node:path";
import { type AuthCodeName, type AuthFailure, authFailure } from "./result.ts";

export const DeviceFile = Object.freeze({
  CERTIFICATE: "device.crt",
  KEY: "device.key",
  CA: "ca.crt",
  CRL: "crl.pem",
} as const);
export type DeviceFileName = (typeof DeviceFile)[keyof typeof DeviceFile];

const ALL_FILES: readonly DeviceFileName[] = Object.values(DeviceFile);

/** Fixed working memory of one authentication (parsers, keys, buffers). */
export const AUTHENTICATION_BASE_MEMORY_BYTES = 256 * 1024;
/** Each byte read costs about this many bytes while it is decoded and parsed. */
const MEMORY_PER_FILE_BYTE = 4;
/** The default budget: ample for any real device, small enough to refuse a runaway file. */
export const DEFAULT_MEMORY_BUDGET_BYTES = 16 * 1024 * 1024;

/** Byte sizes of the device files that exist. */
export type DeviceFileSizes = Partial<Record<DeviceFileName, number>>;

/** Memory one authentication of a device with these files needs. */
export function authenticationMemoryBytes(sizes: DeviceFileSizes): number {
  const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
  return AUTHENTICATION_BASE_MEMORY_BYTES + MEMORY_PER_FILE_BYTE * total;
}

function errno(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * The 9100 checks: the directory exists, and device.key (when present) is
 * readable by nobody but its owner, who is `uid`. Returns the files' sizes.
 */
export function inspectDevice(
  dir: string,
  uid: number | undefined,
): { ok: true; sizes: DeviceFileSizes } | AuthFailure {
  try {
    const info = statSync(dir);
    if (!info.isDirectory()) {
      return authFailure(
        "AUTH_ENVIRONMENT_UNAUTHORIZED",
        `the authentication device ${dir} is not a directory`,
      );
    }
  } catch (error) {
    return authFailure(
      "AUTH_ENVIRONMENT_UNAUTHORIZED",
      `no authentication device is configured: ${dir} cannot be opened (${errno(error) ?? String(error)})`,
    );
  }
  const sizes: DeviceFileSizes = {};
  for (const name of ALL_FILES) {
    try {
      // An absent file is common (crl.pem is optional): no exception for it.
      const info = statSync(join(dir, name), { throwIfNoEntry: false });
      if (info === undefined) continue;
      sizes[name] = info.size;
      if (name !== DeviceFile.KEY || !info.isFile()) continue;
      const mode = info.mode & 0o777;
      if ((mode & 0o077) !== 0) {
        return authFailure(
          "AUTH_ENVIRONMENT_UNAUTHORIZED",
          `device.key has mode 0${mode.toString(8)}: it must not be accessible to group or others (0600 or 0400)`,
        );
      }
      if (uid !== undefined && info.uid !== uid) {
        return authFailure(
          "AUTH_ENVIRONMENT_UNAUTHORIZED",
          `device.key is owned by uid ${info.uid}, not by the agent's user (uid ${uid})`,
        );
      }
    } catch (error) {
      if (errno(error) !== "ENOENT") throw error;
    }
  }
  return { ok: true, sizes };
}

/**
 * The code for a device file that exists but is not a regular file (a FIFO,
 * a device such as /dev/zero, a socket, or a symbolic link to one): such a
 * file is never read, since reading it may block for ever or never end.
 * Each is the code for that file being unusable, at its place in the
 * contract's order (§3):
 *
 * - ca.crt: 8600, "no certification from the certification office" (ca.crt
 *   holds no certificate);
 * - device.crt: 8400, "not a valid certification" (unreadable as a
 *   certificate; 8300 is for a device.crt that is absent or empty);
 * - device.key: 8400, as for a device.key that is absent or unreadable;
 * - crl.pem: 8400, as for a crl.pem that holds no revocation list; the
 *   caller defers it to the revocation check, after 8300 and 8500.
 *
 * A directory is left to the read, which fails with EISDIR: an unexpected
 * failure inside the authenticator (8700), as it always was.
 */
export const NOT_A_FILE_CODE: Readonly<Record<DeviceFileName, AuthCodeName>> = Object.freeze({
  [DeviceFile.CA]: "AUTH_NO_CA_CERTIFICATE",
  [DeviceFile.CERTIFICATE]: "AUTH_INVALID_CERTIFICATE",
  [DeviceFile.KEY]: "AUTH_INVALID_CERTIFICATE",
  [DeviceFile.CRL]: "AUTH_INVALID_CERTIFICATE",
});

/** Largest file Node reads in one go (readFileSync's own limit, 2 GiB - 1). */
const MAX_READ_BYTES = 2 ** 31 - 1;

/** Opens without waiting for a FIFO's writer, and without taking a terminal as this process's own. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * A device file's text (`undefined` when it does not exist), or the code
 * for a file that cannot be used: not a regular file (`NOT_A_FILE_CODE`),
 * or more bytes than the memory budget leaves to read (8200).
 */
export type DeviceFileText = { readonly ok: true; readonly text: string | undefined } | AuthFailure;

/** Reads the files of one device, all of them together within one memory budget. */
export interface DeviceReader {
  /** Other I/O errors (EISDIR, EACCES) throw. */
  read(name: DeviceFileName): DeviceFileText;
}

/**
 * A reader of `dir`'s files. The budget that `authenticationMemoryBytes`
 * checked against the files' sizes caps the bytes actually read, all files
 * together: a file that grew after it was measured is read only while it
 * fits, and is 8200 beyond.
 */
export function createDeviceReader(dir: string, memoryBudgetBytes: number): DeviceReader {
  let allowance = Math.min(
    MAX_READ_BYTES,
    Math.max(
      0,
      Math.floor((memoryBudgetBytes - AUTHENTICATION_BASE_MEMORY_BYTES) / MEMORY_PER_FILE_BYTE),
    ),
  );
  return {
    read(name) {
      const text = readDeviceFile(join(dir, name), name, allowance, memoryBudgetBytes);
      if (text.ok && text.text !== undefined) allowance -= text.text.length;
      return text;
    },
  };
}

function readDeviceFile(
  path: string,
  name: DeviceFileName,
  limit: number,
  budget: number,
): DeviceFileText {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    if (errno(error) === "ENOENT") return { ok: true, text: undefined };
    throw new Error(`${name} cannot be read: ${errno(error) ?? String(error)}`, { cause: error });
  }
  try {
    // the file opened, not the name: it cannot be swapped for a FIFO after this check
    const info = fstatSync(fd);
    if (!info.isFile() && !info.isDirectory()) {
      return authFailure(
        NOT_A_FILE_CODE[name],
        `${name} is ${describeFileType(info)}, not a regular file: it is not read`,
      );
    }
    const bytes = readUpTo(fd, Math.min(info.size, limit) + 1, limit);
    if (bytes === undefined) {
      return authFailure(
        "AUTH_MEMORY_SHORTAGE",
        `${name} grew to more than the ${limit} bytes left to read within the memory budget of ${budget} bytes`,
      );
    }
    return { ok: true, text: bytes.toString("latin1") };
  } catch (error) {
    throw new Error(`${name} cannot be read: ${errno(error) ?? String(error)}`, { cause: error });
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes, read into a buffer of `expected` bytes first (its size
 * plus one, to see the end), grown only while the total stays within
 * `limit`; `undefined` as soon as there are more than `limit`.
 */
function readUpTo(fd: number, expected: number, limit: number): Buffer | undefined {
  let buffer = Buffer.allocUnsafe(expected);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return undefined;
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const count = readSync(fd, buffer, length, buffer.length - length, null);
    if (count === 0) return buffer.subarray(0, length);
    length += count;
  }
}

function describeFileType(info: Stats): string {
  if (info.isFIFO()) return "a FIFO";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "an unknown kind of file";
}
