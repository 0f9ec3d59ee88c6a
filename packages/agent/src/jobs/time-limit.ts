/**
 * A step of a job under a time limit: `work` gets a signal that aborts when
 * the limit passes (a step that can stop should), and the step fails at once
 * with `expired()` then, whether or not `work` stops. When `outer` aborts
 * (the agent stops), the limit is dropped and the step's signal aborts too.
 * Timers are injected.
 */
import type { Timers } from "../runtime/timers.ts";

/** The longest delay a Node timer keeps (about 24.8 days); a longer one would fire at once. */
export const MAX_TIME_LIMIT_MS = 2 ** 31 - 1;

export function withinTimeLimit<T>(
  timers: Timers,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
  expired: () => Error,
  outer?: AbortSignal,
): Promise<T> {
  if (!(Number.isSafeInteger(ms) && ms >= 1 && ms <= MAX_TIME_LIMIT_MS)) {
    throw new RangeError(`a time limit must be 1 to ${MAX_TIME_LIMIT_MS} ms: got ${ms}`);
  }
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      timers.clearTimeout(timer);
      controller.abort();
    };
    const settle = () => {
      timers.clearTimeout(timer);
      outer?.removeEventListener("abort", stop);
    };
    const timer = timers.setTimeout(() => {
      outer?.removeEventListener("abort", stop);
      controller.abort();
      reject(expired());
    }, ms);
    outer?.addEventListener("abort", stop, { once: true });
    if (outer?.aborted) stop();
    // Started from a promise, so that a step that throws at once settles as a rejection.
    Promise.resolve()
      .then(() => work(controller.signal))
      .then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: unknown) => {
          settle();
          reject(error);
        },
      );
  });
}
