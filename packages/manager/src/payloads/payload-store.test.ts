// Contract §7: payloads live in the data directory, addressed by SHA-256.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PayloadDigestMismatchError, PayloadTooLargeError } from "../errors.ts";
import { createPayloadStore } from "./payload-store.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "patchcast-payloads-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha = (data: string) => createHash("sha256").update(data).digest("hex");

describe("payload store", () => {
  it("stores by SHA-256 and reads whole or by range", async () => {
    const store = await createPayloadStore(dir);
    const data = "0123456789".repeat(1000);
    const stored = await store.put(
      Readable.from([Buffer.from(data.slice(0, 3333)), Buffer.from(data.slice(3333))]),
    );
    expect(stored).toEqual({ sha256: sha(data), size: 10_000 });
    expect(await store.sizeOf(stored.sha256)).toBe(10_000);
    expect(await text(store.read(stored.sha256))).toBe(data);
    expect(await text(store.read(stored.sha256, { start: 5, end: 14 }))).toBe("5678901234");
  });

  it("refuses a payload over the limit and leaves nothing behind", async () => {
    const store = await createPayloadStore(dir, { maxBytes: 10 });
    await expect(store.put(Readable.from([Buffer.alloc(11)]))).rejects.toBeInstanceOf(
      PayloadTooLargeError,
    );
    expect(await readdir(join(dir, "payloads", "tmp"))).toEqual([]);
    expect(await store.sizeOf(sha("\0".repeat(11)))).toBeUndefined();
  });

  it("refuses a payload whose digest is not the one expected", async () => {
    const store = await createPayloadStore(dir);
    await expect(store.put(Readable.from([Buffer.from("abc")]), sha("abd"))).rejects.toBeInstanceOf(
      PayloadDigestMismatchError,
    );
    expect(await store.sizeOf(sha("abc"))).toBeUndefined();
  });

  it("stages a payload out of place until it is placed; a staged copy discarded leaves nothing", async () => {
    const store = await createPayloadStore(dir);
    const staged = await store.stage(Readable.from([Buffer.from("staged")]), sha("staged"));
    expect([staged.sha256, staged.size]).toEqual([sha("staged"), 6]);
    expect(await store.sizeOf(staged.sha256)).toBeUndefined();
    await staged.place();
    await staged.discard();
    expect(await text(store.read(staged.sha256))).toBe("staged");

    const dropped = await store.stage(Readable.from([Buffer.from("dropped")]));
    await dropped.discard();
    await dropped.discard();
    expect(await store.sizeOf(dropped.sha256)).toBeUndefined();
    expect(await readdir(join(dir, "payloads", "tmp"))).toEqual([]);
  });

  it("removes temporary files a crash left behind when it opens", async () => {
    await createPayloadStore(dir);
    await writeFile(join(dir, "payloads", "tmp", "partial"), "half");
    await createPayloadStore(dir);
    expect(await readdir(join(dir, "payloads", "tmp"))).toEqual([]);
  });

  it("refuses names that are not SHA-256 digests (no path tricks)", async () => {
    const store = await createPayloadStore(dir);
    expect(() => store.read("../../etc/passwd")).toThrow(TypeError);
  });
});
