/**
 * A step of a job under a time limit: `work` gets a signal that aborts when
 * the limit passes (a step that can stop should), and the step fails at once
 * with `expired()` then, whether or not `work` stops. Timers are injected.
 */
import type { Timers } from "../runtime/timers.ts";

export function withinTimeLimit<T>(
  timers: Timers,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
  expired: () => Error,
): Promise<T> {
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const timer = timers.setTimeout(() => {
      controller.abort();
      reject(expired());
    }, ms);
    work(controller.signal).then(
      (value) => {
        timers.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        timers.clearTimeout(timer);
        reject(error);
      },
    );
  });
}
