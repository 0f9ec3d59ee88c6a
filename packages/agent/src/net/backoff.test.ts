// Issue 5: reconnects "with exponential backoff and jitter so that a manager
// restart does not bring every PC back in the same second": full jitter,
// a uniform delay under a doubling ceiling.
import { describe, expect, it } from "vitest";
import { createBackoff } from "./backoff.ts";

describe("createBackoff", () => {
  it("doubles the ceiling up to the maximum; random 1 reaches just under it", () => {
    const backoff = createBackoff({ initialMs: 100, maxMs: 1000, random: () => 0.999999 });
    const delays = Array.from({ length: 6 }, () => backoff.next());
    expect(delays).toEqual([99, 199, 399, 799, 999, 999]);
  });

  it("full jitter: random 0 reconnects at once, and the spread covers the whole interval", () => {
    expect(createBackoff({ random: () => 0 }).next()).toBe(0);
    const values = [0.1, 0.5, 0.9];
    const spread = values.map((r) => createBackoff({ initialMs: 1000, random: () => r }).next());
    expect(spread).toEqual([100, 500, 900]);
  });

  it("reset starts again from the first ceiling", () => {
    const backoff = createBackoff({ initialMs: 100, maxMs: 10_000, random: () => 0.5 });
    backoff.next();
    backoff.next();
    backoff.reset();
    expect(backoff.next()).toBe(50);
    expect(backoff.attempt).toBe(1);
  });

  it("bad options are RangeErrors at construction", () => {
    expect(() => createBackoff({ initialMs: 0 })).toThrow(RangeError);
    expect(() => createBackoff({ initialMs: 100, maxMs: 50 })).toThrow(RangeError);
  });
});
