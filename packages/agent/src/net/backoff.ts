/**
 * Reconnect delays: exponential backoff with full jitter (a uniformly
 * random delay between 0 and min(max, initial * 2^attempt)), so that after
 * a manager restart thousands of PCs do not come back in the same second.
 */
export interface BackoffOptions {
  /** The first attempt's ceiling (default 1 s). */
  readonly initialMs?: number;
  /** The largest ceiling (default 60 s). */
  readonly maxMs?: number;
  /** Uniform in [0, 1) (default Math.random). */
  readonly random?: () => number;
}

export interface Backoff {
  /** The delay before the next attempt; each call raises the ceiling. */
  next(): number;
  /** After a success: the next delay starts from the first ceiling again. */
  reset(): void;
  readonly attempt: number;
}

export function createBackoff(options: BackoffOptions = {}): Backoff {
  const initialMs = options.initialMs ?? 1000;
  const maxMs = options.maxMs ?? 60_000;
  const random = options.random ?? Math.random;
  if (!(Number.isFinite(initialMs) && initialMs > 0))
    throw new RangeError(`backoff initialMs must be positive: got ${initialMs}`);
  if (!(Number.isFinite(maxMs) && maxMs >= initialMs))
    throw new RangeError(`backoff maxMs must be at least initialMs (${initialMs}): got ${maxMs}`);
  let attempt = 0;
  return {
    get attempt() {
      return attempt;
    },
    next() {
      const ceiling = Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
      attempt += 1;
      return Math.floor(random() * ceiling);
    },
    reset() {
      attempt = 0;
    },
  };
}
