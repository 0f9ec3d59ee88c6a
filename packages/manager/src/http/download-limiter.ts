/**
 * How many package downloads the manager serves at once. Each download
 * holds a payload file open and a share of the bandwidth; past
 * `maxActive`, a request waits its turn (first come, first served) and,
 * past `maxQueued` waiting, is answered 503 with Retry-After so that the PC
 * comes back later instead of holding a connection that would time out.
 * Ten thousand PCs that restart together then download in waves, never
 * running the manager out of file descriptors.
 */

export interface DownloadLimiterOptions {
  /** Downloads served at the same time (default 200). */
  readonly maxActive?: number | undefined;
  /** Downloads waiting for a turn before the next is told to come back later (default 4 × maxActive). */
  readonly maxQueued?: number | undefined;
  /** The Retry-After of a 503, in seconds (default 2). */
  readonly retryAfterSeconds?: number | undefined;
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
  readonly retryAfterSeconds: number;
}

export const DEFAULT_MAX_ACTIVE_DOWNLOADS = 200;

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
  const retryAfterSeconds = positiveInteger("retryAfterSeconds", options.retryAfterSeconds ?? 2);
  let active = 0;
  const waiting = new Set<(release: Release) => void>();

  const turn = (): Release => {
    active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      active -= 1;
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
    retryAfterSeconds,
  };
}
