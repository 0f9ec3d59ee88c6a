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
  });
});
