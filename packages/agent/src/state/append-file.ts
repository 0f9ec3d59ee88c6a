/**
 * An append-only state file, opened at its first append and kept open
 * until it is emptied or closed. Appends are whole or not at all: one that
 * fails is cut off again, and if even that fails the file is marked
 * `damaged` for its owner to write anew. Durable (the default), appends
 * go through the thread pool and may be flushed with fdatasync, and the
 * directory is flushed once the file is created; not durable, the calls are
 * synchronous (atomic-file.ts). Calls run one at a time, in order.
 */
import {
  close,
  closeSync,
  fdatasync,
  fdatasyncSync,
  ftruncate,
  ftruncateSync,
  open,
  openSync,
  write,
  writeSync,
} from "node:fs";
import { dirname } from "node:path";
import { promisify } from "node:util";
import { syncDirectory, type WriteOptions, writeFileAtomic } from "./atomic-file.ts";

interface FdCalls {
  open(path: string): Promise<number>;
  write(fd: number, bytes: Uint8Array): Promise<number>;
  datasync(fd: number): Promise<void>;
  truncate(fd: number, length: number): Promise<void>;
  close(fd: number): Promise<void>;
}

const MODE = 0o600;

const syncCalls: FdCalls = {
  open: async (path) => openSync(path, "a", MODE),
  write: async (fd, bytes) => writeSync(fd, bytes),
  datasync: async (fd) => fdatasyncSync(fd),
  truncate: async (fd, length) => ftruncateSync(fd, length),
  close: async (fd) => closeSync(fd),
};

const writeAsync = promisify(write);
const asyncCalls: FdCalls = {
  open: (path) => promisify(open)(path, "a", MODE),
  write: async (fd, bytes) => (await writeAsync(fd, bytes)).bytesWritten,
  datasync: promisify(fdatasync),
  truncate: promisify(ftruncate),
  close: promisify(close),
};

export interface AppendFile {
  /** Bytes the file holds. */
  readonly size: number;
  /** True once an append failed and could not be cut off: the file must be written anew. */
  readonly damaged: boolean;
  /** Appends `bytes` whole; with `flush`, durable files are flushed before it resolves. */
  append(bytes: Uint8Array, flush: boolean): Promise<void>;
  /** Empties the file and closes it until the next append. */
  empty(): Promise<void>;
  /** Replaces the whole content (atomic-file.ts), closed until the next append. */
  replace(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** `size` is what the file holds now; `exists` false when it is yet to be created. */
export function appendFile(
  path: string,
  state: { readonly size: number; readonly exists: boolean },
  options: WriteOptions = {},
): AppendFile {
  const durable = options.durable !== false;
  const calls = durable ? asyncCalls : syncCalls;
  let fd: number | undefined;
  let size = state.size;
  let directorySynced = state.exists;
  let damaged = false;
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  const shut = async () => {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    await calls.close(open);
  };

  const appendNow = async (bytes: Uint8Array, flush: boolean) => {
    if (damaged) throw new Error(`${path} is damaged: it must be written anew first`);
    fd ??= await calls.open(path);
    const before = size;
    try {
      const written = await calls.write(fd, bytes);
      if (written !== bytes.byteLength) {
        throw new Error(`${path}: ${written} of ${bytes.byteLength} bytes appended`);
      }
      if (durable && flush) await calls.datasync(fd);
    } catch (error) {
      await calls.truncate(fd, before).catch(() => {
        damaged = true;
      });
      throw error;
    }
    size = before + bytes.byteLength;
    if (durable && !directorySynced) {
      await syncDirectory(dirname(path));
      directorySynced = true;
    }
  };

  return {
    get size() {
      return size;
    },
    get damaged() {
      return damaged;
    },
    append: (bytes, flush) => inOrder(() => appendNow(bytes, flush)),
    empty: () =>
      inOrder(async () => {
        if (fd !== undefined) await calls.truncate(fd, 0);
        else if (size > 0) await replaceNow(new Uint8Array());
        size = 0;
        await shut();
      }),
    replace: (bytes) => inOrder(() => replaceNow(bytes)),
    close: () => inOrder(shut),
  };

  async function replaceNow(bytes: Uint8Array) {
    await shut();
    await writeFileAtomic(path, bytes, options);
    size = bytes.byteLength;
    damaged = false;
    directorySynced = true;
  }
}
