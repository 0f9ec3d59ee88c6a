/**
 * How many package downloads the manager serves at once. Each download
 * holds a payload file open and a share of the bandwidth; past
 * `maxActive`, a request waits its turn (first come, first served) and,
 * past `maxQueued` waiting, is answered 503 with Retry-After so that the PC
 * comes back later instead of holding a connection that would time out.
 * Ten thousand PCs that restart together then download in waves, never
 * running the manager out of file descriptors.
 *
 * Retry-After is the time the downloads ahead (served and waiting) take at
 * the pace of the last ones served, between `retryAfterSeconds` and
 * `maxRetryAfterSeconds`: PCs told to come back after a fixed 2 seconds
 * found the queue as full as they had left it, and asked again and again.
 */

export interface DownloadLimiterOptions {
  /** Downloads served at the same time (default 200). */
  readonly maxActive?: number | undefined;
  /** Downloads waiting for a turn before the next is told to come back later (default 4 × maxActive). */
  readonly maxQueued?: number | undefined;
  /** The shortest Retry-After of a 503, in seconds (default 2). */
  readonly retryAfterSeconds?: number | undefined;
  /** The longest Retry-After of a 503, in seconds (default 60). */
  readonly maxRetryAfterSeconds?: number | undefined;
  /** The clock the pace is measured on, in ms (default `performance.now`). */
  readonly now?: (() => number) | undefined;
}

/** Frees the turn; calling it again does nothing. */
export type Release = () => void;

export interface DownloadLimiter {
  /**
   * A turn to download: at once, after the downloads ahead, or `undefined`
   * when too many are waiting (answer 503). `gone` resolves when the
   * requester leaves; a requester that leaves while waiting loses its place.
   */
  acquire(gone: Promise<unknown>): Promise<Release | undefined> | undefined;
  readonly active: number;
  readonly queued: number;
  /** The Retry-After for a 503 now: the downloads ahead at the recent pace, in whole seconds. */
  readonly retryAfterSeconds: number;
}

export const DEFAULT_MAX_ACTIVE_DOWNLOADS = 200;
/** Ends of downloads the pace is measured over; a pace older than PACE_MAX_AGE_MS is not used. */
const PACE_SAMPLES = 64;
const PACE_MAX_AGE_MS = 30_000;

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer: got ${value}`);
  return value;
}

export function createDownloadLimiter(options: DownloadLimiterOptions = {}): DownloadLimiter {
  const maxActive = positiveInteger("maxActive", options.maxActive ?? DEFAULT_MAX_ACTIVE_DOWNLOADS);
  const maxQueued = options.maxQueued ?? 4 * maxActive;
  if (!Number.isSafeInteger(maxQueued) || maxQueued < 0)
    throw new RangeError(`maxQueued must be a non-negative integer: got ${maxQueued}`);
  const minRetry = positiveInteger("retryAfterSeconds", options.retryAfterSeconds ?? 2);
  const maxRetry = positiveInteger("maxRetryAfterSeconds", options.maxRetryAfterSeconds ?? 60);
  if (maxRetry < minRetry) {
    throw new RangeError(
      `maxRetryAfterSeconds must not be below retryAfterSeconds: got ${maxRetry} < ${minRetry}`,
    );
  }
  const now = options.now ?? (() => performance.now());
  /** When the last downloads ended, oldest first (at most PACE_SAMPLES). */
  const ends: number[] = [];
  let active = 0;
  const waiting = new Set<(release: Release) => void>();

  const turn = (): Release => {
    active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      active -= 1;
      ends.push(now());
      if (ends.length > PACE_SAMPLES) ends.shift();
      const [next] = waiting;
      if (next) {
        waiting.delete(next);
        next(turn());
      }
    };
  };

  return {
    acquire(gone) {
      if (active < maxActive && waiting.size === 0) return Promise.resolve(turn());
      if (waiting.size >= maxQueued) return undefined;
      return new Promise<Release | undefined>((resolve) => {
        waiting.add(resolve);
        void gone.then(() => {
          if (waiting.delete(resolve)) resolve(undefined);
        });
      });
    },
    get active() {
      return active;
    },
    get queued() {
      return waiting.size;
    },
    get retryAfterSeconds() {
      const first = ends[0];
      const last = ends.at(-1);
      if (first === undefined || last === undefined || ends.length < 8) return minRetry;
      if (now() - last > PACE_MAX_AGE_MS || last <= first) return minRetry;
      const perSecond = ((ends.length - 1) * 1000) / (last - first);
      const seconds = Math.ceil((active + waiting.size) / perSecond);
      return Math.min(maxRetry, Math.max(minRetry, seconds));
    },
  };
}
