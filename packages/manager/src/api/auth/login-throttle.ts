/**
 * Slows down password guessing (contract §6: "repeated failures are slowed
 * down"). Failures are counted per key (the administrator ID tried, and
 * the remote address); after `freeFailures` of them, each further failure
 * locks that key for `baseDelayMs`, doubling every time, up to
 * `maxDelayMs`. While a key is locked, logins through it are refused
 * before any password is checked. A key's failures are forgotten after
 * `forgetAfterMs` without a new one, or when a login with that ID
 * succeeds. Time comes from the injected clock; nothing here sleeps.
 *
 * A login is counted before its password is checked: `begin()` holds its
 * keys until `end()`, and while one login through a key is being checked,
 * the others through it wait their turn (at most `MAX_WAITING` of them per
 * key; more are refused as if the key were locked, for `BUSY_RETRY_MS`).
 * So guesses sent all at once are checked one at a time per ID and per
 * address, each seeing the failures of those before it (once they lock the
 * key, those still waiting are refused), instead of all passing the gate
 * before the first failure is counted; and two administrators' tools that
 * log in at the same moment from one address both get in.
 *
 * At most `maxKeys` keys are remembered. When a failure needs room, the
 * key dropped is one that is not locked (the fewest failures, then the
 * longest ago); a locked key is dropped only when every other one is
 * locked too (the one whose lock ends first). So failures with throwaway
 * IDs from many addresses cannot push a locked ID out and lift its lock.
 */

/** Logins that may wait for their turn behind the one being checked through a key. */
export const MAX_WAITING = 16;
/** What a login refused only because too many wait for the same key is told to wait. */
export const BUSY_RETRY_MS = 1000;

export interface LoginThrottleOptions {
  /** Failures allowed before the first delay (default 3). */
  readonly freeFailures?: number;
  /** The first delay (default 1 s). */
  readonly baseDelayMs?: number;
  /** The longest delay (default 10 min). */
  readonly maxDelayMs?: number;
  /** Failures are forgotten this long after the last one (default 1 h). */
  readonly forgetAfterMs?: number;
  /** Keys remembered at most; unlocked ones are dropped first (default 10,000). */
  readonly maxKeys?: number;
  readonly clock?: () => Date;
}

export interface LoginThrottle {
  /** Milliseconds until a login through all of `keys` may be tried, as far as locks go; 0: now. */
  waitFor(keys: readonly string[]): number;
  /**
   * Starts a login through `keys`: once no other login through them is
   * being checked (its turn), resolves with its waitFor(); when that is 0,
   * every key is held until end(keys). Resolves with BUSY_RETRY_MS, holding
   * nothing, when MAX_WAITING logins already wait for a key. Call end()
   * once, whatever the check's outcome, only after a 0.
   */
  begin(keys: readonly string[]): Promise<number>;
  /** Lets go of the keys of a login that begin() let through. */
  end(keys: readonly string[]): void;
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
  /** In the order of last failure: oldest first. */
  const entries = new Map<string, Entry>();
  /** Keys of the logins being checked now (between begin and end). */
  const busy = new Set<string>();
  /** Logins waiting for a key held by another, in arrival order. */
  const waiting = new Map<string, (() => void)[]>();

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

  /**
   * How much dropping `entry` would give away, lowest first: a forgotten
   * key nothing; an unlocked one its failures; a locked one its lock.
   */
  const cost = (entry: Entry, now: number): readonly [number, number] => {
    if (now < entry.lockedUntil) return [2, entry.lockedUntil];
    return now - entry.lastFailureAt >= forgetAfterMs ? [0, 0] : [1, entry.failures];
  };

  /**
   * Makes room for `keep`: drops a forgotten key, else the unlocked key
   * with the fewest failures, or, only when every other key is locked, the
   * one whose lock ends first; the longest ago among equals (Map order).
   */
  const evict = (now: number, keep: string) => {
    let drop: string | undefined;
    let least: readonly [number, number] = [3, 0];
    for (const [key, entry] of entries) {
      if (key === keep) continue;
      const c = cost(entry, now);
      if (c[0] < least[0] || (c[0] === least[0] && c[1] < least[1])) {
        drop = key;
        least = c;
      }
      // Nothing later is forgotten (it failed more recently): one failure is the least.
      if (least[0] === 0 || (least[0] === 1 && least[1] <= 1)) break;
    }
    if (drop !== undefined) entries.delete(drop);
  };

  const waitFor = (keys: readonly string[]) => {
    const now = clock().getTime();
    let wait = 0;
    for (const key of keys) {
      const entry = live(key, now);
      if (entry) wait = Math.max(wait, entry.lockedUntil - now);
    }
    return wait;
  };

  return {
    waitFor,
    async begin(keys) {
      for (;;) {
        const wait = waitFor(keys);
        if (wait > 0) return wait;
        const held = keys.find((key) => busy.has(key));
        if (held === undefined) {
          for (const key of keys) busy.add(key);
          return 0;
        }
        const queue = waiting.get(held) ?? [];
        if (queue.length >= MAX_WAITING) return BUSY_RETRY_MS;
        waiting.set(held, queue);
        // Woken when that login ends; then the locks and the keys are looked at again.
        await new Promise<void>((resolve) => queue.push(resolve));
      }
    },
    end(keys) {
      for (const key of keys) {
        busy.delete(key);
        // Every login waiting for it looks again, in arrival order: the first takes the key and
        // the others wait anew behind it, or all are refused once the key is locked.
        const queue = waiting.get(key) ?? [];
        waiting.delete(key);
        for (const wake of queue) wake();
      }
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
        if (entries.size > maxKeys) evict(now, key);
      }
    },
    succeeded(key) {
      entries.delete(key);
    },
  };
}
