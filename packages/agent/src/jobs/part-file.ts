/**
 * The partial file a download is written to. The socket hands the body over
 * 64 KiB at a time and each write is a round trip to the thread pool, so a
 * fast download is written in batches of `maxBytes`, the chunks of a batch
 * passed to one `writev` as they are (no copy into a larger buffer). A slow
 * one is not held back: what came is written after `maxDelayMs`, so the
 * file (what a resume starts from) is never more than that behind the
 * network.
 */
import { type FileHandle, open } from "node:fs/promises";
import { Writable } from "node:stream";
import type { Timers } from "../runtime/timers.ts";

export interface PartFileOptions {
  /** "w" starts the file anew, "a" appends to what a broken-off download left. */
  readonly flags: "w" | "a";
  readonly timers: Timers;
  /** Bytes written together (default 256 KiB). */
  readonly maxBytes?: number;
  /** Longest a chunk waits for others (default 100 ms). */
  readonly maxDelayMs?: number;
}

/** A Writable over `path` (created 0600); it ends once everything is written and the file closed. */
export function openPartFile(path: string, options: PartFileOptions): Writable {
  const maxBytes = options.maxBytes ?? 256 * 1024;
  const maxDelayMs = options.maxDelayMs ?? 100;
  const { timers } = options;
  let handle: FileHandle | undefined;
  let chunks: Buffer[] = [];
  let bytes = 0;
  let timer: unknown;
  /** The writes in order: each batch is written after the one before it. */
  let written: Promise<void> = Promise.resolve();

  const writeAll = async (file: FileHandle, batch: Buffer[]) => {
    let rest = batch;
    while (rest.length > 0) {
      const { bytesWritten } = await file.writev(rest);
      if (bytesWritten === 0) throw new Error(`nothing could be written to ${path}`);
      rest = after(rest, bytesWritten);
    }
  };
  const flush = (): Promise<void> => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    if (bytes === 0 || !handle) return written;
    const file = handle;
    const batch = chunks;
    chunks = [];
    bytes = 0;
    written = written.then(() => writeAll(file, batch));
    return written;
  };

  const stream: Writable = new Writable({
    construct(callback) {
      open(path, options.flags, 0o600).then((opened) => {
        handle = opened;
        callback();
      }, callback);
    },
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      bytes += chunk.byteLength;
      if (bytes >= maxBytes) {
        flush().then(() => callback(), callback);
        return;
      }
      timer ??= timers.setTimeout(() => {
        flush().catch((error: unknown) => stream.destroy(error as Error));
      }, maxDelayMs);
      callback();
    },
    final(callback) {
      flush()
        .then(() => handle?.close())
        .then(() => {
          handle = undefined;
          callback();
        }, callback);
    },
    destroy(error, callback) {
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      chunks = [];
      bytes = 0;
      const file = handle;
      handle = undefined;
      // What is being written finishes first: the file is closed after it.
      written
        .catch(() => undefined)
        .then(() => file?.close())
        .then(
          () => callback(error),
          () => callback(error),
        );
    },
  });
  return stream;
}

/** The buffers of `batch` from byte `offset` on. */
function after(batch: Buffer[], offset: number): Buffer[] {
  let skip = offset;
  let index = 0;
  while (index < batch.length && skip >= (batch[index] as Buffer).byteLength) {
    skip -= (batch[index] as Buffer).byteLength;
    index += 1;
  }
  const rest = batch.slice(index);
  if (skip > 0 && rest.length > 0) rest[0] = (rest[0] as Buffer).subarray(skip);
  return rest;
}
