/**
 * Jobs with a server-side execution date (contract §4): when the date comes,
 * the PCs that are online get their offer at once; the others get it when
 * they connect. The scheduler looks for offers that became due every
 * `intervalMs`, on injected timers. It also tells the PCs online that
 * still hold a cancelled job: the manager whose API cancelled it told its
 * own PCs at once, but managers sharing the database learn of it here.
 */
import type { Logger } from "pino";
import { cancelMessage } from "../services/execution-cancel-service.ts";
import type { OfferService } from "../services/offer-service.ts";

export interface SchedulerTimers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface OfferSchedulerOptions {
  offers: Pick<OfferService, "dueOffers" | "heldCancelled">;
  /** Pushes pending offers to those of the clients that are online. */
  notify(clientIds: readonly number[]): Promise<void>;
  /** Tells those of the clients that are online (and not told yet) of a cancelled execution. */
  notifyCancelled?(
    executionId: number,
    clientIds: readonly number[],
    reason: string,
  ): Promise<void>;
  log: Pick<Logger, "warn">;
  intervalMs?: number;
  timers?: SchedulerTimers;
  now?: () => Date;
}

export interface OfferScheduler {
  /** Looks once for offers that became due and notifies their PCs; answers how many PCs. */
  runOnce(): Promise<number>;
  stop(): void;
}

const defaultTimers: SchedulerTimers = {
  setInterval: (fn, ms) => setInterval(fn, ms).unref(),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

export function startOfferScheduler(options: OfferSchedulerOptions): OfferScheduler {
  const intervalMs = options.intervalMs ?? 15_000;
  if (!(intervalMs > 0)) throw new RangeError(`intervalMs must be positive: got ${intervalMs}`);
  const timers = options.timers ?? defaultTimers;
  const now = options.now ?? (() => new Date());
  let running: Promise<number> | undefined;

  const runOnce = async (): Promise<number> => {
    const due = await options.offers.dueOffers(now());
    const clientIds = [...new Set(due.map((offer) => offer.clientId))];
    if (clientIds.length > 0) await options.notify(clientIds);
    if (options.notifyCancelled) {
      for (const held of await options.offers.heldCancelled()) {
        await options.notifyCancelled(
          held.executionId,
          held.clientIds,
          cancelMessage(held.cancellation),
        );
      }
    }
    return clientIds.length;
  };
  const tick = () => {
    if (running) return;
    running = runOnce()
      .catch((error: unknown) => {
        options.log.warn(
          { err: error },
          "looking for due offers failed; trying again at the next tick",
        );
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
  };
  const handle = timers.setInterval(tick, intervalMs);
  return { runOnce, stop: () => timers.clearInterval(handle) };
}
