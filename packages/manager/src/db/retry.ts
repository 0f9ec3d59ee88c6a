/**
 * Retries an operation that failed for a reason that may pass (a database
 * that is down or restarting), waiting longer each time: exponential backoff
 * with jitter, capped. Timers, clock and randomness are injected so tests run
 * it under fake time.
 */
import { isTransientDatabaseError } from "../errors.ts";

export interface RetryTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RetryEvent {
  /** The attempt that just failed, from 1. */
  readonly attempt: number;
  readonly error: unknown;
  /** How long until the next attempt. */
  readonly delayMs: number;
}

export interface RetryOptions {
  /** Attempts in all, the first included (default: unlimited). */
  readonly maxAttempts?: number;
  /** Give up when the next attempt would start later than this after the first (default: never). */
  readonly maxElapsedMs?: number;
  /** Delay after the first failure (default 250 ms). */
  readonly initialDelayMs?: number;
  /** Upper bound of any delay (default 30 s). */
  readonly maxDelayMs?: number;
  /** Growth of the delay per attempt (default 2). */
  readonly factor?: number;
  /** Fraction of each delay that is randomised, 0 to 1 (default 0.2). */
  readonly jitter?: number;
  /** Which failures to retry (default: transient database connection failures). */
  readonly shouldRetry?: (error: unknown, attempt: number) => boolean;
  /** Told of each failure that will be retried, for logging. */
  readonly onRetry?: (event: RetryEvent) => void;
  readonly signal?: AbortSignal;
  readonly timers?: RetryTimers;
  readonly now?: () => number;
  /** Returns [0, 1) (default Math.random). */
  readonly random?: () => number;
}

type BackoffOptions = Pick<
  RetryOptions,
  "initialDelayMs" | "maxDelayMs" | "factor" | "jitter" | "random"
>;

function checkOptions(options: RetryOptions): void {
  const { maxAttempts, initialDelayMs, maxDelayMs, factor, jitter } = options;
  if (maxAttempts !== undefined && !(maxAttempts >= 1)) {
    throw new RangeError(`maxAttempts must be at least 1: got ${maxAttempts}`);
  }
  if (initialDelayMs !== undefined && !(initialDelayMs >= 0)) {
    throw new RangeError(`initialDelayMs must be 0 or more: got ${initialDelayMs}`);
  }
  if (maxDelayMs !== undefined && !(maxDelayMs >= 0)) {
    throw new RangeError(`maxDelayMs must be 0 or more: got ${maxDelayMs}`);
  }
  if (factor !== undefined && !(factor >= 1)) {
    throw new RangeError(`factor must be at least 1: got ${factor}`);
  }
  if (jitter !== undefined && !(jitter >= 0 && jitter <= 1)) {
    throw new RangeError(`jitter must be between 0 and 1: got ${jitter}`);
  }
}

/** The delay before attempt `attempt + 1`, after `attempt` failures (from 1). */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const initial = options.initialDelayMs ?? 250;
  const max = options.maxDelayMs ?? 30_000;
  const factor = options.factor ?? 2;
  const jitter = options.jitter ?? 0.2;
  const random = options.random ?? Math.random;
  const base = Math.min(max, initial * factor ** Math.max(0, attempt - 1));
  return Math.round(base * (1 - jitter + jitter * random()));
}

function wait(ms: number, timers: RetryTimers, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      timers.clearTimeout(handle);
      reject(signal?.reason);
    };
    const handle = timers.setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Runs `operation` until it succeeds, a failure is not retryable, or the
 * attempts or time run out; then rejects with the last failure. An abort
 * rejects with the signal's reason.
 */
export async function retryWithBackoff<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  checkOptions(options);
  const timers = options.timers ?? { setTimeout, clearTimeout };
  const now = options.now ?? Date.now;
  const shouldRetry = options.shouldRetry ?? isTransientDatabaseError;
  const maxAttempts = options.maxAttempts ?? Number.POSITIVE_INFINITY;
  const maxElapsedMs = options.maxElapsedMs ?? Number.POSITIVE_INFINITY;
  const { signal } = options;
  const started = now();
  for (let attempt = 1; ; attempt++) {
    signal?.throwIfAborted();
    try {
      return await operation(attempt);
    } catch (error) {
      const delayMs = backoffDelay(attempt, options);
      const outOfTime = now() + delayMs - started > maxElapsedMs;
      if (attempt >= maxAttempts || outOfTime || !shouldRetry(error, attempt)) throw error;
      options.onRetry?.({ attempt, error, delayMs });
      await wait(delayMs, timers, signal);
    }
  }
}
