/**
 * Slows down password guessing (contract §6: "repeated failures are slowed
 * down"). Failures are counted per key (the administrator ID tried, and
 * the remote address); after `freeFailures` of them, each further failure
 * locks that key for `baseDelayMs`, doubling every time, up to
 * `maxDelayMs`. While a key is locked, logins through it are refused
 * before any password is checked. A key's failures are forgotten after
 * `forgetAfterMs` without a new one, or when a login with that ID
 * succeeds. Time comes from the injected clock; nothing here sleeps.
 */

export interface LoginThrottleOptions {
  /** Failures allowed before the first delay (default 3). */
  readonly freeFailures?: number;
  /** The first delay (default 1 s). */
  readonly baseDelayMs?: number;
  /** The longest delay (default 10 min). */
  readonly maxDelayMs?: number;
  /** Failures are forgotten this long after the last one (default 1 h). */
  readonly forgetAfterMs?: number;
  /** Keys remembered at most; the oldest are dropped first (default 10,000). */
  readonly maxKeys?: number;
  readonly clock?: () => Date;
}

export interface LoginThrottle {
  /** Milliseconds until a login through all of `keys` may be tried; 0: now. */
  waitFor(keys: readonly string[]): number;
  /** Counts a failed login against every key. */
  failed(keys: readonly string[]): void;
  /** Forgets the failures of `key` (the ID that logged in). */
  succeeded(key: string): void;
}

interface Entry {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
}

function positiveInteger(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer of at least ${min}: got ${value}`);
  }
  return value;
}

export function createLoginThrottle(options: LoginThrottleOptions = {}): LoginThrottle {
  const freeFailures = positiveInteger("freeFailures", options.freeFailures ?? 3, 0);
  const baseDelayMs = positiveInteger("baseDelayMs", options.baseDelayMs ?? 1000, 1);
  const maxDelayMs = positiveInteger("maxDelayMs", options.maxDelayMs ?? 600_000, baseDelayMs);
  const forgetAfterMs = positiveInteger("forgetAfterMs", options.forgetAfterMs ?? 3_600_000, 1);
  const maxKeys = positiveInteger("maxKeys", options.maxKeys ?? 10_000, 1);
  const clock = options.clock ?? (() => new Date());
  const entries = new Map<string, Entry>();

  const live = (key: string, now: number): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && now - entry.lastFailureAt >= forgetAfterMs && now >= entry.lockedUntil) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const delayAfter = (failures: number) => {
    const over = failures - freeFailures;
    if (over <= 0) return 0;
    // 2 ** 40 ms is decades: beyond it the cap applies anyway.
    return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(over - 1, 40));
  };

  return {
    waitFor(keys) {
      const now = clock().getTime();
      let wait = 0;
      for (const key of keys) {
        const entry = live(key, now);
        if (entry) wait = Math.max(wait, entry.lockedUntil - now);
      }
      return wait;
    },
    failed(keys) {
      const now = clock().getTime();
      for (const key of keys) {
        const entry = live(key, now) ?? { failures: 0, lastFailureAt: now, lockedUntil: 0 };
        entry.failures += 1;
        entry.lastFailureAt = now;
        entry.lockedUntil = now + delayAfter(entry.failures);
        // Re-insert so that Map order is the order of last failure.
        entries.delete(key);
        entries.set(key, entry);
        while (entries.size > maxKeys) {
          const oldest = entries.keys().next();
          if (oldest.done) break;
          entries.delete(oldest.value);
        }
      }
    },
    succeeded(key) {
      entries.delete(key);
    },
  };
}
