import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import type { Timers } from "../runtime/timers.ts";
import { batchWrites } from "./write-batch.ts";

/** Timers that fire when told to. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    setTimeout(fn) {
      next += 1;
      pending.set(next, fn);
      return next;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  const fire = () => {
    const due = [...pending.values()];
    pending.clear();
    for (const fn of due) fn();
  };
  return { timers, fire, pending };
}

const sink = () => {
  const writes: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      writes.push(chunk);
      callback();
    },
  });
  return { writes, stream };
};

describe("batchWrites", () => {
  it("passes chunks on in batches of maxBytes, and the rest at the end", async () => {
    const { timers, pending } = manualTimers();
    const { writes, stream } = sink();
    const chunks = Array.from({ length: 10 }, (_, i) => Buffer.alloc(64, i));
    await pipeline(Readable.from(chunks), batchWrites({ timers, maxBytes: 256 }), stream);
    expect(writes.map((w) => w.byteLength)).toEqual([256, 256, 128]);
    expect(Buffer.concat(writes).equals(Buffer.concat(chunks))).toBe(true);
    expect(pending.size).toBe(0);
  });

  it("passes on what came once maxDelayMs has passed, without waiting for a full batch", async () => {
    const { timers, fire } = manualTimers();
    const { writes, stream } = sink();
    const batch = batchWrites({ timers, maxBytes: 1024, maxDelayMs: 100 });
    batch.pipe(stream);
    batch.write(Buffer.alloc(10, 1));
    batch.write(Buffer.alloc(20, 2));
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual([]);
    fire();
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes.map((w) => w.byteLength)).toEqual([30]);
    batch.write(Buffer.alloc(5, 3));
    batch.end();
    await new Promise((resolve) => stream.once("finish", resolve));
    expect(writes.map((w) => w.byteLength)).toEqual([30, 5]);
  });

  it("drops what it holds and its timer when destroyed", async () => {
    const { timers, pending } = manualTimers();
    const { writes, stream } = sink();
    const batch = batchWrites({ timers, maxBytes: 1024 });
    batch.pipe(stream);
    batch.write(Buffer.alloc(10));
    expect(pending.size).toBe(1);
    const failed = new Promise((resolve) => batch.once("error", resolve));
    batch.destroy(new Error("broken off"));
    expect(String(await failed)).toMatch(/broken off/);
    expect(pending.size).toBe(0);
    expect(writes).toEqual([]);
  });
});
