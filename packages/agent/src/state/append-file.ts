/**
 * An append-only state file, opened at its first append and kept open
 * until it is emptied or closed. Appends are whole or not at all: one that
 * fails is cut off again, and if even that fails the file is written anew
 * from its owner's `contents` before the next append. Durable (the
 * default), the calls go through the thread pool, appends may be flushed
 * with fdatasync, and the directory is flushed once the file is created;
 * not durable, the calls are synchronous (atomic-file.ts). Calls run one at
 * a time, in order; once `close` is called, what is still queued does
 * nothing and appends are refused.
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

/** The system calls of an append file (injected by tests to make them fail). */
export interface FdCalls {
  open(path: string): Promise<number>;
  write(fd: number, bytes: Uint8Array): Promise<number>;
  datasync(fd: number): Promise<void>;
  truncate(fd: number, length: number): Promise<void>;
  close(fd: number): Promise<void>;
}

const MODE = 0o600;

export const syncCalls: FdCalls = {
  open: async (path) => openSync(path, "a", MODE),
  write: async (fd, bytes) => writeSync(fd, bytes),
  datasync: async (fd) => fdatasyncSync(fd),
  truncate: async (fd, length) => ftruncateSync(fd, length),
  close: async (fd) => closeSync(fd),
};

const writeAsync = promisify(write);
export const asyncCalls: FdCalls = {
  open: (path) => promisify(open)(path, "a", MODE),
  write: async (fd, bytes) => (await writeAsync(fd, bytes)).bytesWritten,
  datasync: promisify(fdatasync),
  truncate: promisify(ftruncate),
  close: promisify(close),
};

export interface AppendFileOptions extends WriteOptions {
  /** Bytes the file holds now. */
  readonly size: number;
  /** False when the file is yet to be created (durable: its directory is flushed then). */
  readonly exists: boolean;
  /** What the file must hold, when it is written anew. */
  contents(): Uint8Array;
  readonly calls?: FdCalls;
}

export interface AppendFile {
  /** Bytes the file holds. */
  readonly size: number;
  /** Appends `bytes` whole; with `flush`, a durable file is flushed before it resolves. */
  append(bytes: Uint8Array, flush: boolean): Promise<void>;
  /** Empties the file and closes it until the next append. */
  empty(): Promise<void>;
  /** Writes the file anew from `contents` (atomic-file.ts); closed until the next append. */
  rewrite(): Promise<void>;
  close(): Promise<void>;
}

export function appendFile(path: string, options: AppendFileOptions): AppendFile {
  const durable = options.durable !== false;
  const calls = options.calls ?? (durable ? asyncCalls : syncCalls);
  let fd: number | undefined;
  let size = options.size;
  let directorySynced = options.exists;
  /** An append failed and could not be cut off: written anew before the next one. */
  let damaged = false;
  let closed = false;
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
  const rewriteNow = async () => {
    await shut();
    const bytes = options.contents();
    await writeFileAtomic(path, bytes, options);
    size = bytes.byteLength;
    damaged = false;
    directorySynced = true;
  };

  const appendNow = async (bytes: Uint8Array, flush: boolean) => {
    if (closed) throw new Error(`${path} is closed`);
    if (damaged) await rewriteNow();
    fd ??= await calls.open(path);
    const before = size;
    try {
      const written = await calls.write(fd, bytes);
      if (written !== bytes.byteLength) {
        throw new Error(`${path}: ${written} of ${bytes.byteLength} bytes appended`);
      }
      if (durable && flush) await calls.datasync(fd);
      if (durable && !directorySynced) {
        await syncDirectory(dirname(path));
        directorySynced = true;
      }
    } catch (error) {
      await calls.truncate(fd, before).catch(() => {
        damaged = true;
      });
      throw error;
    }
    size = before + bytes.byteLength;
  };

  return {
    get size() {
      return size;
    },
    append: (bytes, flush) => inOrder(() => appendNow(bytes, flush)),
    empty: () =>
      inOrder(async () => {
        if (closed) return;
        if (fd !== undefined) await calls.truncate(fd, 0);
        else if (size > 0) await writeFileAtomic(path, new Uint8Array(), options);
        size = 0;
        damaged = false;
        await shut();
      }),
    rewrite: () => inOrder(async () => (closed ? undefined : rewriteNow())),
    close: () => {
      closed = true;
      return inOrder(shut);
    },
  };
}
