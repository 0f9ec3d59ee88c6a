/**
 * Gathers the chunks of a download before they are written: the socket
 * hands them over 64 KiB at a time and each write to the partial file is a
 * round trip to the thread pool, so a fast download is written in batches
 * of `maxBytes`. A slow one is not held back: what came is passed on after
 * `maxDelayMs`, so the partial file (what a resume starts from) is never
 * more than that behind the network.
 */
import { Transform } from "node:stream";
import type { Timers } from "../runtime/timers.ts";

export interface WriteBatchOptions {
  readonly timers: Timers;
  /** Bytes passed on together (default 256 KiB). */
  readonly maxBytes?: number;
  /** Longest a chunk waits for others (default 100 ms). */
  readonly maxDelayMs?: number;
}

export function batchWrites(options: WriteBatchOptions): Transform {
  const maxBytes = options.maxBytes ?? 256 * 1024;
  const maxDelayMs = options.maxDelayMs ?? 100;
  const { timers } = options;
  let chunks: Buffer[] = [];
  let bytes = 0;
  let timer: unknown;

  const take = (): Buffer | undefined => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    if (bytes === 0) return undefined;
    const batch = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, bytes);
    chunks = [];
    bytes = 0;
    return batch;
  };

  const stream: Transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      bytes += chunk.byteLength;
      if (bytes >= maxBytes) this.push(take());
      else timer ??= timers.setTimeout(() => stream.push(take()), maxDelayMs);
      callback();
    },
    flush(callback) {
      callback(null, take());
    },
    destroy(error, callback) {
      chunks = [];
      bytes = 0;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      callback(error);
    },
  });
  return stream;
}
