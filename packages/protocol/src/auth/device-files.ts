/**
 * The authentication device on disk (contract §3): which files, who may
 * read the key, how much memory reading them takes, and reading them.
 *
 * The calls are synchronous on purpose: a device is four small local
 * files, and Node's thread pool costs several times more CPU per file than
 * the direct calls (about 300 µs against 40 µs for a whole device here),
 * which is most of an authentication once the rest is fast.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type AuthFailure, authFailure } from "./result.ts";

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

/** A device file's text, `undefined` when it does not exist. Other I/O errors throw. */
export function readDeviceFile(dir: string, name: DeviceFileName): string | undefined {
  try {
    return readFileSync(join(dir, name)).toString("latin1");
  } catch (error) {
    if (errno(error) === "ENOENT") return undefined;
    throw new Error(`${name} cannot be read: ${errno(error) ?? String(error)}`, { cause: error });
  }
}
