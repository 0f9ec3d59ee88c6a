/**
 * The partial file a download is written to: each chunk the socket hands
 * over is written before the next is asked for, synchronously, so the file
 * (what a resume starts from) holds everything received, and the chunk is
 * let go at once.
 *
 * Synchronous on purpose. A write into the page cache takes microseconds,
 * less than the round trip to the thread pool it would otherwise make.
 * Written asynchronously, the chunks are kept until the thread pool gets to
 * them; kept that long, they outlive a minor garbage collection or two, and
 * only a full collection frees them. V8 starts a full collection for every
 * 64 MiB of such memory. In a fleet of 3,000 simulated PCs downloading
 * 1 MiB each, the process spent 37 s of CPU, 16 s of it marking its heap on
 * V8's helper threads, against 22 s when written this way. The price: a
 * disk that stalls (write-back throttling, a scanner hooked into the file
 * system) stalls the agent's event loop as long, heartbeats and timers
 * included; a PC downloads one package at a time, so that is one agent
 * waiting for its own disk.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { Writable } from "node:stream";

export interface PartFileOptions {
  /** "w" starts the file anew, "a" appends to what a broken-off download left. */
  readonly flags: "w" | "a";
}

/** A Writable over `path` (created 0600); it ends once everything is written and the file closed. */
export function openPartFile(path: string, options: PartFileOptions): Writable {
  let fd: number | undefined;
  const close = () => {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    closeSync(open);
  };
  return new Writable({
    construct(callback) {
      try {
        fd = openSync(path, options.flags, 0o600);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    write(chunk: Buffer, _encoding, callback) {
      try {
        for (let offset = 0; offset < chunk.byteLength; ) {
          const written = writeSync(fd as number, chunk, offset);
          if (written === 0) throw new Error(`nothing could be written to ${path}`);
          offset += written;
        }
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    final(callback) {
      try {
        close();
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    destroy(error, callback) {
      try {
        close();
      } catch {
        // The download's own error, if any, is what is reported.
      }
      callback(error);
    },
  });
}
