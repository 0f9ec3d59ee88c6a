// Contract §6: "repeated failures are slowed down". Per key, a few failures
// are free, then each locks the key for a delay that doubles up to a cap;
// a key is held while a login through it is checked; a full table drops
// unlocked keys first. All on an injected clock.
import { describe, expect, it } from "vitest";
import { BUSY_RETRY_MS, createLoginThrottle, MAX_WAITING } from "./login-throttle.ts";

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

  it("forgets failures after a quiet hour", () => {
    const time = clockAt();
    const throttle = createLoginThrottle({
      freeFailures: 1,
      baseDelayMs: 1000,
      forgetAfterMs: 3_600_000,
      clock: time.clock,
    });
    throttle.failed(["k"]);
    time.advance(3_600_000);
    throttle.failed(["k"]);
    expect(throttle.waitFor(["k"])).toBe(0);
    throttle.failed(["k"]);
    expect(throttle.waitFor(["k"])).toBe(1000);
  });

  it("holds the keys of a login being checked: others through any of them wait their turn", async () => {
    const throttle = createLoginThrottle({ clock: clockAt().clock });
    expect(await throttle.begin(["id:a", "addr:1"])).toBe(0);
    const order: string[] = [];
    const second = throttle.begin(["id:a", "addr:2"]).then((wait) => {
      order.push("second");
      return wait;
    });
    const third = throttle.begin(["id:b", "addr:1"]).then((wait) => {
      order.push("third");
      return wait;
    });
    // Keys no login holds: at once.
    expect(await throttle.begin(["id:b", "addr:2"])).toBe(0);
    throttle.end(["id:b", "addr:2"]);
    await Promise.resolve();
    expect(order).toEqual([]);
    throttle.end(["id:a", "addr:1"]);
    expect(await second).toBe(0);
    expect(await third).toBe(0);
    expect(order).toEqual(["second", "third"]);
  });

  it("refuses logins past MAX_WAITING behind one key, and those waiting once the key is locked", async () => {
    const throttle = createLoginThrottle({ freeFailures: 0, clock: clockAt().clock });
    expect(await throttle.begin(["id:a"])).toBe(0);
    const queued = Array.from({ length: MAX_WAITING }, () => throttle.begin(["id:a"]));
    expect(await throttle.begin(["id:a"])).toBe(BUSY_RETRY_MS);
    // The login being checked fails: the key is locked, and those waiting are told so.
    throttle.failed(["id:a"]);
    throttle.end(["id:a"]);
    expect(await Promise.all(queued)).toEqual(Array(MAX_WAITING).fill(1000));
  });

  it("makes room by dropping keys that are not locked, the fewest failures first", () => {
    const time = clockAt();
    const throttle = createLoginThrottle({
      freeFailures: 2,
      baseDelayMs: 1000,
      maxKeys: 3,
      clock: time.clock,
    });
    for (let i = 0; i < 3; i++) throttle.failed(["locked"]);
    throttle.failed(["two"]);
    throttle.failed(["two"]);
    // Full: each new key drops the throwaway before it, never "two" or "locked".
    for (let i = 0; i < 50; i++) throttle.failed([`throwaway-${i}`]);
    expect(throttle.waitFor(["locked"])).toBe(1000);
    throttle.failed(["two"]);
    expect(throttle.waitFor(["two"])).toBe(1000);
    // Once its lock is over, a key may go like any other: "locked" and
    // "two" have 3 failures each, "locked" the longest ago.
    time.advance(1000);
    for (let i = 0; i < 3; i++) throttle.failed(["x"]);
    throttle.failed(["y"]);
    throttle.failed(["locked"]);
    expect(throttle.waitFor(["locked"])).toBe(0);
    throttle.failed(["two"]);
    expect(throttle.waitFor(["two"])).toBe(2000);
  });

  it("drops the lock that ends first only when every key is locked, so memory stays bounded", () => {
    const time = clockAt();
    const throttle = createLoginThrottle({
      freeFailures: 0,
      baseDelayMs: 1000,
      maxKeys: 2,
      clock: time.clock,
    });
    throttle.failed(["a"]);
    throttle.failed(["a"]); // 2 s
    time.advance(100);
    throttle.failed(["b"]); // 1 s: ends first
    time.advance(100);
    throttle.failed(["c"]);
    expect(throttle.waitFor(["a"])).toBe(1800);
    expect(throttle.waitFor(["b"])).toBe(0);
    expect(throttle.waitFor(["c"])).toBe(1000);
  });

  it("refuses bad settings at once", () => {
    expect(() => createLoginThrottle({ baseDelayMs: 0 })).toThrow(RangeError);
    expect(() => createLoginThrottle({ baseDelayMs: 10, maxDelayMs: 5 })).toThrow(
      "maxDelayMs must be an integer of at least 10: got 5",
    );
  });
});
