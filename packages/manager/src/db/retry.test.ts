// Issue 4: "the manager retries rather than dies": transient database
// failures are retried with exponential backoff, under fake timers here.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DatabaseConnectionError, DatabaseQueryError } from "../errors.ts";
import { backoffDelay, type RetryEvent, retryWithBackoff } from "./retry.ts";

const transient = () => new DatabaseConnectionError("connect ECONNREFUSED", { transient: true });
const noJitter = { jitter: 0 } as const;

describe("backoffDelay", () => {
  it("doubles from the initial delay up to the cap", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => backoffDelay(n, noJitter));
    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it("randomises the given fraction of the delay", () => {
    expect(backoffDelay(3, { jitter: 0.5, random: () => 0 })).toBe(500);
    expect(backoffDelay(3, { jitter: 0.5, random: () => 0.999_999 })).toBe(1000);
  });
});

describe("retryWithBackoff", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("retries transient failures, waiting longer each time, until it succeeds", async () => {
    const events: RetryEvent[] = [];
    const operation = vi
      .fn<(attempt: number) => Promise<string>>()
      .mockRejectedValueOnce(transient())
      .mockRejectedValueOnce(transient())
      .mockResolvedValue("connected");
    const result = retryWithBackoff(operation, { ...noJitter, onRetry: (e) => events.push(e) });

    await vi.advanceTimersByTimeAsync(0);
    expect(operation).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(249);
    expect(operation).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(operation).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(500);
    await expect(result).resolves.toBe("connected");
    expect(operation.mock.calls.map(([attempt]) => attempt)).toEqual([1, 2, 3]);
    expect(events.map((e) => [e.attempt, e.delayMs])).toEqual([
      [1, 250],
      [2, 500],
    ]);
  });

  it("does not retry a failure that will not pass", async () => {
    const failure = new DatabaseQueryError("syntax error");
    const operation = vi.fn(() => Promise.reject(failure));
    await expect(retryWithBackoff(operation)).rejects.toBe(failure);
    expect(operation).toHaveBeenCalledTimes(1);
  });

  it("gives up after maxAttempts with the last failure", async () => {
    const failures = [transient(), transient(), transient()];
    let call = 0;
    const result = retryWithBackoff(() => Promise.reject(failures[call++]), {
      ...noJitter,
      maxAttempts: 3,
    });
    const settled = expect(result).rejects.toBe(failures[2]);
    await vi.advanceTimersByTimeAsync(250 + 500);
    await settled;
    expect(call).toBe(3);
  });

  it("gives up when the next attempt would start after maxElapsedMs", async () => {
    let calls = 0;
    const result = retryWithBackoff(
      () => {
        calls++;
        return Promise.reject(transient());
      },
      { ...noJitter, maxElapsedMs: 1_000 },
    );
    const settled = expect(result).rejects.toBeInstanceOf(DatabaseConnectionError);
    await vi.advanceTimersByTimeAsync(250 + 500);
    await settled;
    // 0, 250, 750: a fourth attempt would start at 1,750.
    expect(calls).toBe(3);
  });

  it("stops waiting when aborted", async () => {
    const controller = new AbortController();
    const result = retryWithBackoff(() => Promise.reject(transient()), {
      signal: controller.signal,
    });
    const settled = expect(result).rejects.toThrow("shutting down");
    await vi.advanceTimersByTimeAsync(0);
    controller.abort(new Error("shutting down"));
    await settled;
    expect(vi.getTimerCount()).toBe(0);
  });

  it("uses the timers and clock it is given", async () => {
    vi.useRealTimers();
    const requested: number[] = [];
    let now = 0;
    const timers = {
      setTimeout: (callback: () => void, ms: number) => {
        requested.push(ms);
        now += ms;
        queueMicrotask(callback);
        return requested.length;
      },
      clearTimeout: () => undefined,
    };
    let calls = 0;
    const result = await retryWithBackoff(
      async () => {
        if (++calls < 4) throw transient();
        return now;
      },
      { ...noJitter, timers, now: () => now, initialDelayMs: 100, factor: 3 },
    );
    expect(requested).toEqual([100, 300, 900]);
    expect(result).toBe(1300);
  });

  it("refuses nonsensical options at once", async () => {
    const ok = () => Promise.resolve(1);
    await expect(retryWithBackoff(ok, { maxAttempts: 0 })).rejects.toBeInstanceOf(RangeError);
    await expect(retryWithBackoff(ok, { factor: 0.5 })).rejects.toBeInstanceOf(RangeError);
    await expect(retryWithBackoff(ok, { jitter: 2 })).rejects.toBeInstanceOf(RangeError);
  });
});
