// Group commit (batcher.ts) without a database: what goes into
// a batch, when a batch starts, and how each item's promise settles. The
// batch's start is deferred by hand, so nothing here depends on timing.
import { describe, expect, it } from "vitest";
import { type BatchOutcome, createBatcher } from "./batcher.ts";

interface Write {
  readonly items: readonly number[];
  answer(outcomes: readonly BatchOutcome<string>[]): void;
  fail(error: unknown): void;
}

function harness(
  options: {
    maxBatchSize?: number;
    maxInFlight?: number;
    spacingMs?: number;
    eagerSize?: number;
    now?: () => number;
  } = {},
) {
  const writes: Write[] = [];
  const starts: (() => void)[] = [];
  /** The delay asked with each deferred start. */
  const delays: number[] = [];
  const batcher = createBatcher<number, string>({
    ...options,
    defer: (start, delayMs) => {
      starts.push(start);
      delays.push(delayMs);
    },
    write: (items) =>
      new Promise((resolve, reject) => writes.push({ items, answer: resolve, fail: reject })),
  });
  const runDeferred = () => {
    for (const start of starts.splice(0)) start();
  };
  const ok = (items: readonly number[]) =>
    items.map((n): BatchOutcome<string> => ({ ok: true, value: `v${n}` }));
  return { batcher, writes, starts, delays, runDeferred, ok };
}

/** Lets settled promises run their callbacks. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("status report batcher", () => {
  it("writes everything submitted in one round as one batch, and settles each item after it", async () => {
    const { batcher, writes, runDeferred, ok } = harness();
    const results = [1, 2, 3].map((n) => batcher.submit(n));
    expect(writes).toEqual([]);
    runDeferred();
    expect(writes.map((w) => w.items)).toEqual([[1, 2, 3]]);
    expect(batcher.pending).toBe(3);
    writes[0]?.answer(ok([1, 2, 3]));
    expect(await Promise.all(results)).toEqual(["v1", "v2", "v3"]);
    expect(batcher.pending).toBe(0);
  });

  it("gathers the next batch while one is being written, to start in the round after", async () => {
    const { batcher, writes, starts, runDeferred, ok } = harness();
    const first = batcher.submit(1);
    runDeferred();
    const later = [2, 3].map((n) => batcher.submit(n));
    expect(starts).toEqual([]);
    expect(writes).toHaveLength(1);
    writes[0]?.answer(ok([1]));
    expect(await first).toBe("v1");
    expect(writes).toHaveLength(1);
    runDeferred();
    expect(writes.map((w) => w.items)).toEqual([[1], [2, 3]]);
    writes[1]?.answer(ok([2, 3]));
    expect(await Promise.all(later)).toEqual(["v2", "v3"]);
    expect(batcher.pending).toBe(0);
  });

  it("settles `settled()` once every batch waiting or being written is done, failed ones included", async () => {
    const { batcher, writes, runDeferred, ok } = harness({ maxBatchSize: 2 });
    await batcher.settled();
    const results = [1, 2, 3].map((n) => batcher.submit(n).catch((error: unknown) => error));
    let done = false;
    const idle = batcher.settled().then(() => {
      done = true;
    });
    runDeferred();
    writes[0]?.answer(ok([1, 2]));
    await settle();
    expect(done).toBe(false);
    runDeferred();
    writes[1]?.fail(new Error("database closed"));
    await idle;
    expect(await Promise.all(results)).toEqual(["v1", "v2", new Error("database closed")]);
    expect(batcher.pending).toBe(0);
  });

  it("holds at most maxBatchSize items in a batch, and writes maxInFlight batches at once", async () => {
    const { batcher, writes, runDeferred, ok } = harness({ maxBatchSize: 2, maxInFlight: 2 });
    const results = [1, 2, 3, 4, 5].map((n) => batcher.submit(n));
    runDeferred();
    expect(writes.map((w) => w.items)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    writes[1]?.answer(ok([3, 4]));
    await settle();
    runDeferred();
    expect(writes.map((w) => w.items)).toEqual([[1, 2], [3, 4], [5]]);
    writes[0]?.answer(ok([1, 2]));
    writes[2]?.answer(ok([5]));
    expect(await Promise.all(results)).toEqual(["v1", "v2", "v3", "v4", "v5"]);
  });

  it("under load, starts the next batch spacingMs after the last one began, with all that came meanwhile", async () => {
    let now = 1_000;
    const { batcher, writes, delays, runDeferred, ok } = harness({ spacingMs: 10, now: () => now });
    const first = batcher.submit(1);
    expect(delays).toEqual([0]);
    runDeferred();
    now = 1_003;
    const later = [2, 3].map((n) => batcher.submit(n));
    writes[0]?.answer(ok([1]));
    expect(await first).toBe("v1");
    expect(delays).toEqual([0, 7]);
    now = 1_010;
    const last = batcher.submit(4);
    runDeferred();
    expect(writes.map((w) => w.items)).toEqual([[1], [2, 3, 4]]);
    writes[1]?.answer(ok([2, 3, 4]));
    expect(await Promise.all([...later, last])).toEqual(["v2", "v3", "v4"]);
  });

  it("after a quiet spell longer than spacingMs, starts a batch at once", async () => {
    let now = 0;
    const { batcher, writes, delays, runDeferred, ok } = harness({ spacingMs: 10, now: () => now });
    const first = batcher.submit(1);
    runDeferred();
    writes[0]?.answer(ok([1]));
    await first;
    now = 25;
    const second = batcher.submit(2);
    runDeferred();
    writes[1]?.answer(ok([2]));
    expect(await second).toBe("v2");
    expect(delays).toEqual([0, 0]);
  });

  it("under load, starts at once a batch that reaches eagerSize, and the start it replaced does nothing", async () => {
    let now = 1_000;
    const { batcher, writes, starts, delays, runDeferred, ok } = harness({
      spacingMs: 25,
      eagerSize: 3,
      now: () => now,
    });
    const first = batcher.submit(1);
    runDeferred();
    now = 1_002;
    writes[0]?.answer(ok([1]));
    await first;
    // A trickle waits for the spacing, with what comes meanwhile.
    const trickle = batcher.submit(2);
    expect(delays).toEqual([0, 23]);
    const waitedFor = starts.splice(0);
    // A crowd does not.
    const crowd = [3, 4].map((n) => batcher.submit(n));
    expect(delays).toEqual([0, 23, 0]);
    runDeferred();
    expect(writes.map((w) => w.items)).toEqual([[1], [2, 3, 4]]);
    for (const start of waitedFor) start();
    expect(writes).toHaveLength(2);
    writes[1]?.answer(ok([2, 3, 4]));
    expect(await Promise.all([trickle, ...crowd])).toEqual(["v2", "v3", "v4"]);
  });

  it("treats an eagerSize above maxBatchSize as a full batch", async () => {
    const { batcher, writes, delays, runDeferred, ok } = harness({
      spacingMs: 25,
      eagerSize: 1_000,
      maxBatchSize: 2,
      now: () => 0,
    });
    const first = batcher.submit(1);
    runDeferred();
    const next = [2, 3].map((n) => batcher.submit(n));
    writes[0]?.answer(ok([1]));
    await first;
    expect(delays).toEqual([0, 0]);
    runDeferred();
    expect(writes.map((w) => w.items)).toEqual([[1], [2, 3]]);
    writes[1]?.answer(ok([2, 3]));
    expect(await Promise.all(next)).toEqual(["v2", "v3"]);
  });

  it("refuses a spacing that is negative or not a number", () => {
    for (const spacingMs of [-1, Number.NaN, 120_000]) {
      expect(() => createBatcher({ spacingMs, write: async () => [] })).toThrow(RangeError);
    }
  });

  it("gives each item its own outcome: one item's error leaves the others resolved", async () => {
    const { batcher, writes, runDeferred } = harness();
    const results = [1, 2].map((n) => batcher.submit(n));
    runDeferred();
    const refused = new Error("not this one");
    writes[0]?.answer([
      { ok: false, error: refused },
      { ok: true, value: "v2" },
    ]);
    await expect(results[0]).rejects.toBe(refused);
    await expect(results[1]).resolves.toBe("v2");
  });

  it("rejects every item of a batch whose write fails, and carries on with the next", async () => {
    const { batcher, writes, runDeferred, ok } = harness();
    const results = [1, 2].map((n) => batcher.submit(n));
    runDeferred();
    const failure = new Error("database down");
    writes[0]?.fail(failure);
    for (const result of results) await expect(result).rejects.toBe(failure);
    const next = batcher.submit(3);
    runDeferred();
    writes[1]?.answer(ok([3]));
    expect(await next).toBe("v3");
  });

  it("rejects every item when a write answers the wrong number of outcomes", async () => {
    const { batcher, writes, runDeferred, ok } = harness();
    const results = [1, 2].map((n) => batcher.submit(n));
    runDeferred();
    writes[0]?.answer(ok([1]));
    for (const result of results) await expect(result).rejects.toThrow(/batch of 2.*1 outcomes/);
  });

  it("refuses an eagerSize that is not a positive integer", () => {
    for (const eagerSize of [0, -1, 2.5, Number.NaN]) {
      expect(() => createBatcher({ eagerSize, write: async () => [] })).toThrow(RangeError);
    }
  });

  it("refuses bad bounds when it is made", () => {
    const write = async () => [];
    expect(() => createBatcher({ write, maxBatchSize: 0 })).toThrow(RangeError);
    expect(() => createBatcher({ write, maxInFlight: 1.5 })).toThrow(
      "maxInFlight must be a positive integer: got 1.5",
    );
  });
});
