/**
 * Package payloads on disk, addressed by SHA-256 (contract §7):
 * `<data-dir>/payloads/ab/abcdef…`. A payload is written to a temporary file
 * while its hash is computed, flushed to disk, then renamed into place and
 * its directory flushed, so a reader never sees a partial payload, a crash
 * leaves at most a temporary file, which the next start removes, and a
 * package committed to the database never names a payload a power loss
 * took away. `stage` keeps the temporary file until its caller places it:
 * the package service places a payload inside the transaction that
 * commits its package, under the payload's lock (package-service.ts), so
 * that a payload being removed as unused by another request never takes
 * away the file of a package committed meanwhile.
 */
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { readdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PayloadDigestMismatchError, PayloadTooLargeError } from "../errors.ts";
import { makeDirectory, syncDirectory } from "../files/sync-directory.ts";

export interface StoredPayload {
  sha256: string;
  size: number;
}

/** A payload written and checked, not in place yet. */
export interface StagedPayload extends StoredPayload {
  /** Moves it into place (where the same payload is already, the staged copy is dropped). */
  place(): Promise<void>;
  /** Removes the staged copy, unless placed; calling it again does nothing. */
  discard(): Promise<void>;
}

export interface PayloadStoreOptions {
  /** Largest payload accepted, in bytes. */
  maxBytes?: number;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const DEFAULT_MAX_BYTES = 4 * 1024 ** 3;

export function isSha256Hex(value: string): boolean {
  return SHA256_HEX.test(value);
}

export interface PayloadStore {
  readonly root: string;
  /** Stores a stream; when `expectedSha256` is given, a different digest is refused. */
  put(source: Readable, expectedSha256?: string): Promise<StoredPayload>;
  /** Writes and checks a stream as `put` does, and leaves it to the caller to place or discard. */
  stage(source: Readable, expectedSha256?: string): Promise<StagedPayload>;
  /** Size of a stored payload, or undefined. */
  sizeOf(sha256: string): Promise<number | undefined>;
  /** Bytes `start` to `end` inclusive (the whole payload by default). */
  read(sha256: string, range?: { start: number; end: number }): Readable;
  remove(sha256: string): Promise<void>;
}

export async function createPayloadStore(
  dataDir: string,
  options: PayloadStoreOptions = {},
): Promise<PayloadStore> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new RangeError(`maxBytes must be a positive integer: got ${maxBytes}`);
  }
  const root = join(dataDir, "payloads");
  const tmpDir = join(root, "tmp");
  await makeDirectory(tmpDir);
  for (const leftover of await readdir(tmpDir)) await rm(join(tmpDir, leftover), { force: true });

  const pathOf = (sha256: string) => {
    if (!isSha256Hex(sha256))
      throw new TypeError(`not a SHA-256 in hex: ${JSON.stringify(sha256)}`);
    return join(root, sha256.slice(0, 2), sha256);
  };

  const stage = async (source: Readable, expectedSha256?: string): Promise<StagedPayload> => {
    const tmp = join(tmpDir, randomUUID());
    const hash = createHash("sha256");
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.byteLength;
        if (size > maxBytes) return callback(new PayloadTooLargeError(maxBytes));
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    const discard = () => rm(tmp, { force: true });
    try {
      await pipeline(source, meter, createWriteStream(tmp, { flags: "wx", flush: true }));
      const sha256 = hash.digest("hex");
      if (expectedSha256 !== undefined && expectedSha256 !== sha256) {
        throw new PayloadDigestMismatchError(expectedSha256, sha256);
      }
      const target = pathOf(sha256);
      return {
        sha256,
        size,
        async place() {
          await makeDirectory(join(root, sha256.slice(0, 2)));
          await rename(tmp, target);
          await syncDirectory(dirname(target));
        },
        discard,
      };
    } catch (error) {
      await discard();
      throw error;
    }
  };

  return {
    root,
    stage,
    async put(source, expectedSha256) {
      const staged = await stage(source, expectedSha256);
      try {
        await staged.place();
        return { sha256: staged.sha256, size: staged.size };
      } finally {
        await staged.discard();
      }
    },
    async sizeOf(sha256) {
      try {
        return (await stat(pathOf(sha256))).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
    read(sha256, range) {
      return createReadStream(pathOf(sha256), range ? { start: range.start, end: range.end } : {});
    },
    async remove(sha256) {
      await rm(pathOf(sha256), { force: true });
    },
  };
}
