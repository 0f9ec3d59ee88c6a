import { describe, expect, it } from "vitest";
import { createDownloadLimiter, type Release } from "./download-limiter.ts";

const never = new Promise<never>(() => undefined);

describe("download limiter", () => {
  it("serves maxActive at once, queues the next in order, then turns the rest away", async () => {
    const limiter = createDownloadLimiter({ maxActive: 2, maxQueued: 2, retryAfterSeconds: 3 });
    const first = (await limiter.acquire(never)) as Release;
    const second = (await limiter.acquire(never)) as Release;
    expect(limiter.active).toBe(2);
    const served: string[] = [];
    const third = limiter.acquire(never)?.then((release) => {
      served.push("third");
      return release;
    });
    const fourth = limiter.acquire(never)?.then((release) => {
      served.push("fourth");
      return release;
    });
    expect(limiter.queued).toBe(2);
    expect(limiter.acquire(never)).toBeUndefined();
    expect(limiter.retryAfterSeconds).toBe(3);

    first();
    first(); // a second call frees nothing more
    expect(typeof (await third)).toBe("function");
    expect(served).toEqual(["third"]);
    expect(limiter.active).toBe(2);
    second();
    await fourth;
    expect(served).toEqual(["third", "fourth"]);
    expect(limiter.queued).toBe(0);
  });

  it("drops a requester that leaves while waiting, and gives its turn to the next", async () => {
    const limiter = createDownloadLimiter({ maxActive: 1, maxQueued: 5 });
    const holder = (await limiter.acquire(never)) as Release;
    let leave: (value?: unknown) => void = () => undefined;
    const leaving = limiter.acquire(new Promise((resolve) => (leave = resolve)));
    const staying = limiter.acquire(never);
    leave();
    expect(await leaving).toBeUndefined();
    expect(limiter.queued).toBe(1);
    holder();
    expect(typeof (await staying)).toBe("function");
    expect(limiter.active).toBe(1);
  });

  it("refuses options that make no sense", () => {
    expect(() => createDownloadLimiter({ maxActive: 0 })).toThrow(/maxActive must be/);
    expect(() => createDownloadLimiter({ maxQueued: -1 })).toThrow(/maxQueued must be/);
    expect(() => createDownloadLimiter({ retryAfterSeconds: 0.5 })).toThrow(/retryAfterSeconds/);
    expect(() => createDownloadLimiter({ retryAfterSeconds: 10, maxRetryAfterSeconds: 5 })).toThrow(
      /maxRetryAfterSeconds/,
    );
  });

  /** 10 downloads served and `maxQueued` waiting, on a clock the test moves. */
  async function fullLimiter(maxQueued: number, maxRetryAfterSeconds: number) {
    const clock = { now: 0 };
    const limiter = createDownloadLimiter({
      maxActive: 10,
      maxQueued,
      maxRetryAfterSeconds,
      now: () => clock.now,
    });
    const turns = await Promise.all(
      Array.from({ length: 10 }, () => limiter.acquire(never) as Promise<Release>),
    );
    for (let i = 0; i < maxQueued; i++) void limiter.acquire(never);
    /** Ends the ten downloads served, one every `everyMs`. */
    const endTurns = (everyMs: number) => {
      for (const release of turns) {
        clock.now += everyMs;
        release();
      }
    };
    return { limiter, clock, endTurns };
  }

  it("tells a PC turned away to come back when the downloads ahead will have been served", async () => {
    const { limiter, clock, endTurns } = await fullLimiter(30, 60);
    // No pace measured yet: the shortest wait.
    expect(limiter.acquire(never)).toBeUndefined();
    expect(limiter.retryAfterSeconds).toBe(2);
    // One download ends every 200 ms: 5 a second, with 30 served or waiting ahead.
    endTurns(200);
    await new Promise((resolve) => setImmediate(resolve));
    expect(limiter.active + limiter.queued).toBe(30);
    expect(limiter.retryAfterSeconds).toBe(6);
    // A pace of long ago says nothing: the shortest wait again.
    clock.now += 60_000;
    expect(limiter.retryAfterSeconds).toBe(2);
  });

  it("never tells a PC to wait longer than maxRetryAfterSeconds", async () => {
    const { limiter, endTurns } = await fullLimiter(500, 20);
    endTurns(1_000);
    expect(limiter.retryAfterSeconds).toBe(20);
  });
});
