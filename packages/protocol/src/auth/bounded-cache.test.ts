import { describe, expect, it } from "vitest";
import { createBoundedCache } from "./bounded-cache.ts";

describe("bounded cache", () => {
  it("forgets the least recently used entry first", () => {
    const cache = createBoundedCache<number>(2, "test cache");
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // "b" is now the least recently used
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect([cache.get("a"), cache.get("c"), cache.size]).toEqual([1, 3, 2]);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it("refuses a size that is not a positive integer (RangeError)", () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => createBoundedCache(bad, "test cache")).toThrow(RangeError);
    }
  });
});
