/**
 * The daily schedule (seed 000 (1): "Execution Time of Package and
 * Download", UTC): slot times, and the rule for which slot is due. A slot
 * is due when it has come, has not been run for (one run per slot across
 * every manager sharing the database: the runs table enforces it), and is
 * not older than the moment the schedule was switched on or moved. A slot
 * missed while the manager was down is therefore run at the next start
 * (a catch-up run), once, however many days were missed.
 */
const DAY_MS = 86_400_000;

/** The latest slot at or before `now`, for a daily time of `minute` minutes after 0:00 UTC. */
export function latestSlot(now: Date, minute: number): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const today = midnight + minute * 60_000;
  return new Date(today <= now.getTime() ? today : today - DAY_MS);
}

/** The first slot after `now`. */
export const nextSlot = (now: Date, minute: number): Date =>
  new Date(latestSlot(now, minute).getTime() + DAY_MS);

/** A slot run this long after its time or later is a catch-up run. */
export const CATCH_UP_AFTER_MS = 60_000;
