import { randomBytes } from "node:crypto";
import { mkdtemp, rm, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPayloadCache } from "./payload-cache.ts";
import { createPayloadStore, type PayloadStore } from "./payload-store.ts";

let dir: string;
let store: PayloadStore;
/** How many times the store was read, by payload. */
let reads: Map<string, number>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-payload-cache-"));
  const real = await createPayloadStore(dir);
  reads = new Map();
  store = {
    ...real,
    read(sha256, range) {
      reads.set(sha256, (reads.get(sha256) ?? 0) + 1);
      return real.read(sha256, range);
    },
  };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const put = async (bytes: number) => {
  const payload = randomBytes(bytes);
  const { sha256 } = await store.put(Readable.from([payload]));
  return { payload, sha256 };
};

describe("payload cache", () => {
  it("reads a payload once for however many ask at once, then serves it from memory", async () => {
    const { payload, sha256 } = await put(300_000);
    const cache = createPayloadCache(store);
    expect(cache.peek(sha256)).toBeUndefined();
    const loaded = await Promise.all([1, 2, 3].map(() => cache.load(sha256, payload.byteLength)));
    for (const bytes of loaded) expect(bytes?.equals(payload)).toBe(true);
    expect(cache.peek(sha256)?.equals(payload)).toBe(true);
    expect(await cache.load(sha256, payload.byteLength)).toBe(loaded[0]);
    expect(reads.get(sha256)).toBe(1);
    expect(cache.bytes).toBe(300_000);
  });

  it("keeps no payload over maxEntryBytes", async () => {
    const { payload, sha256 } = await put(2_000);
    const cache = createPayloadCache(store, { maxEntryBytes: 1_000 });
    expect(await cache.load(sha256, payload.byteLength)).toBeUndefined();
    expect(reads.get(sha256)).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it("drops the least recently used past maxBytes", async () => {
    const [a, b, c] = [await put(1_000), await put(1_000), await put(1_000)];
    const cache = createPayloadCache(store, { maxBytes: 2_500 });
    await cache.load(a.sha256, 1_000);
    await cache.load(b.sha256, 1_000);
    cache.peek(a.sha256); // a is now more recent than b
    await cache.load(c.sha256, 1_000);
    expect(cache.peek(b.sha256)).toBeUndefined();
    expect(cache.peek(a.sha256)).toBeDefined();
    expect(cache.peek(c.sha256)).toBeDefined();
    expect(cache.bytes).toBe(2_000);
  });

  it("keeps nothing of a payload missing or not of the size asked", async () => {
    const { payload, sha256 } = await put(1_000);
    const cache = createPayloadCache(store);
    expect(await cache.load(sha256, payload.byteLength + 1)).toBeUndefined();
    expect(await cache.load(sha256, payload.byteLength - 1)).toBeUndefined();
    await truncate(join(store.root, sha256.slice(0, 2), sha256), 10);
    expect(await cache.load(sha256, payload.byteLength)).toBeUndefined();
    await store.remove(sha256);
    expect(await cache.load(sha256, payload.byteLength)).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it("refuses sizes that are not positive integers", () => {
    expect(() => createPayloadCache(store, { maxBytes: 0 })).toThrow(RangeError);
    expect(() => createPayloadCache(store, { maxEntryBytes: 1.5 })).toThrow(RangeError);
  });
});
