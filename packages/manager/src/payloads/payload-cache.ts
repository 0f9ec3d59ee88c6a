/**
 * The payloads PCs are downloading, kept in memory: one job sends the same
 * payload to thousands of PCs, and reading it from disk for each of them
 * (sixteen reads per MiB, each a round trip to the thread pool) costs the
 * manager more than sending it. A payload is addressed by its SHA-256 and
 * never changes, so a kept one is never stale. Payloads over
 * `maxEntryBytes` are not kept (they are streamed from disk); past
 * `maxBytes` in all, the least recently used are dropped.
 */
import type { PayloadStore } from "./payload-store.ts";

export interface PayloadCacheOptions {
  /** Bytes kept at most, all payloads together (default 64 MiB). */
  readonly maxBytes?: number;
  /** Largest payload kept (default 8 MiB). */
  readonly maxEntryBytes?: number;
}

export interface PayloadCache {
  /** The payload's bytes, if kept. */
  peek(sha256: string): Buffer | undefined;
  /**
   * The payload's bytes, read from the store on first use (by one reader
   * however many ask at once); undefined when it is too large to keep or
   * the store did not hold `size` bytes of it.
   */
  load(sha256: string, size: number): Promise<Buffer | undefined>;
  /** Bytes kept now. */
  readonly bytes: number;
}

const MiB = 1024 * 1024;

function positive(name: string, value: number): number {
  if (!(Number.isSafeInteger(value) && value > 0))
    throw new RangeError(`${name} must be a positive integer: got ${value}`);
  return value;
}

/** The stored payload, or undefined when it is not `size` bytes long (not what the job announced). */
async function readWhole(
  store: PayloadStore,
  sha256: string,
  size: number,
): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of store.read(sha256)) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).byteLength;
    if (length > size) return undefined;
  }
  return length === size ? Buffer.concat(chunks, size) : undefined;
}

export function createPayloadCache(
  store: PayloadStore,
  options: PayloadCacheOptions = {},
): PayloadCache {
  const maxBytes = positive("maxBytes", options.maxBytes ?? 64 * MiB);
  const maxEntryBytes = Math.min(
    maxBytes,
    positive("maxEntryBytes", options.maxEntryBytes ?? 8 * MiB),
  );
  // Insertion order is recency: an entry used is moved to the end.
  const kept = new Map<string, Buffer>();
  const loading = new Map<string, Promise<Buffer | undefined>>();
  let bytes = 0;

  const keep = (sha256: string, payload: Buffer) => {
    kept.set(sha256, payload);
    bytes += payload.byteLength;
    for (const [oldest, old] of kept) {
      if (bytes <= maxBytes) break;
      kept.delete(oldest);
      bytes -= old.byteLength;
    }
  };

  return {
    peek(sha256) {
      const payload = kept.get(sha256);
      if (payload === undefined) return undefined;
      kept.delete(sha256);
      kept.set(sha256, payload);
      return payload;
    },
    load(sha256, size) {
      const payload = this.peek(sha256);
      if (payload !== undefined) return Promise.resolve(payload);
      if (size > maxEntryBytes) return Promise.resolve(undefined);
      const pending = loading.get(sha256);
      if (pending) return pending;
      const read = readWhole(store, sha256, size)
        .then((whole) => {
          if (whole) keep(sha256, whole);
          return whole;
        })
        // Not kept: the download is streamed from the store, which tells its own error.
        .catch(() => undefined)
        .finally(() => loading.delete(sha256));
      loading.set(sha256, read);
      return read;
    },
    get bytes() {
      return bytes;
    },
  };
}
