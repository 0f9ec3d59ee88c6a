// Contract §6: "repeated failures are slowed down". Per key, a few failures
// are free, then each locks the key for a delay that doubles up to a cap;
// all on an injected clock.
import { describe, expect, it } from "vitest";
import { createLoginThrottle } from "./login-throttle.ts";

function clockAt(start = 0) {
  let now = start;
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe("login throttle", () => {
  it("lets the free failures through, then doubles the delay up to the cap", () => {
    const time = clockAt();
    const throttle = createLoginThrottle({
      freeFailures: 2,
      baseDelayMs: 1000,
      maxDelayMs: 4000,
      clock: time.clock,
    });
    const keys = ["id:admin"];
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      throttle.failed(keys);
      delays.push(throttle.waitFor(keys));
      time.advance(throttle.waitFor(keys));
    }
    expect(delays).toEqual([0, 0, 1000, 2000, 4000, 4000]);
  });

  it("locks through any of the keys, and a success forgets only that key", () => {
    const time = clockAt();
    const throttle = createLoginThrottle({ freeFailures: 0, baseDelayMs: 500, clock: time.clock });
    throttle.failed(["id:a", "addr:1"]);
    expect(throttle.waitFor(["id:b", "addr:1"])).toBe(500);
    expect(throttle.waitFor(["id:b", "addr:2"])).toBe(0);
    throttle.succeeded("id:a");
    expect(throttle.waitFor(["id:a", "addr:2"])).toBe(0);
    expect(throttle.waitFor(["id:a", "addr:1"])).toBe(500);
    time.advance(200);
    expect(throttle.waitFor(["addr:1"])).toBe(300);
  });

  it("forgets failures after a quiet hour, and remembers a bounded number of keys", () => {
    const time = clockAt();
    const throttle = createLoginThrottle({
      freeFailures: 1,
      baseDelayMs: 1000,
      forgetAfterMs: 3_600_000,
      maxKeys: 2,
      clock: time.clock,
    });
    throttle.failed(["k"]);
    time.advance(3_600_000);
    throttle.failed(["k"]);
    expect(throttle.waitFor(["k"])).toBe(0);
    throttle.failed(["k"]);
    expect(throttle.waitFor(["k"])).toBe(1000);
    throttle.failed(["x", "y"]);
    expect(throttle.waitFor(["k"])).toBe(0);
  });

  it("refuses bad settings at once", () => {
    expect(() => createLoginThrottle({ baseDelayMs: 0 })).toThrow(RangeError);
    expect(() => createLoginThrottle({ baseDelayMs: 10, maxDelayMs: 5 })).toThrow(
      "maxDelayMs must be an integer of at least 10: got 5",
    );
  });
});
