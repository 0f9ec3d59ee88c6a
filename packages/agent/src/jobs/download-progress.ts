/**
 * Which download progress is worth a message: one at each tenth of the
 * package, but no more often than every `intervalMs` (the last tenth
 * always), so that a download faster than that does not flood the manager
 * with messages nobody can watch.
 */

/** Download progress is sent no more often than this (the completed download always). */
export const PROGRESS_INTERVAL_MS = 1000;

export interface DownloadProgressOptions {
  readonly now: () => number;
  readonly intervalMs?: number;
  send(done: number, total: number): void;
}

/** Returns the `onProgress` of a download. */
export function createDownloadProgress(
  options: DownloadProgressOptions,
): (done: number, total: number) => void {
  const intervalMs = options.intervalMs ?? PROGRESS_INTERVAL_MS;
  let tenthSent = -1;
  let sentAt = Number.NEGATIVE_INFINITY;
  return (done, total) => {
    const tenth = total === 0 ? 10 : Math.floor((done * 10) / total);
    if (tenth === tenthSent) return;
    const now = options.now();
    if (tenth < 10 && now - sentAt < intervalMs) return;
    tenthSent = tenth;
    sentAt = now;
    options.send(done, total);
  };
}
