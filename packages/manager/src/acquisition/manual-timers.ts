/**
 * Fake timers for tests, injected where the acquisition takes `Timers`:
 * time moves only when `advanceTo` says, on the clock the test gives (the
 * services' clock), firing every timer that falls due, in order, each at
 * its own time. Nothing else of the process is faked.
 */
import type { Timers } from "./timers.ts";

export interface ManualClock {
  now(): Date;
  setTime(at: Date): void;
}

export interface ManualTimers {
  readonly timers: Timers;
  /** Timers waiting, by due time. */
  pending(): Date[];
  /** Moves the clock to `at`, firing due timers on the way; `settle` runs after each. */
  advanceTo(at: Date, settle?: () => Promise<void>): Promise<void>;
}

export function createManualTimers(clock: ManualClock): ManualTimers {
  const waiting = new Map<number, { at: number; callback: () => void }>();
  let next = 0;
  return {
    timers: {
      setTimeout(callback, ms) {
        next += 1;
        waiting.set(next, { at: clock.now().getTime() + ms, callback });
        return next;
      },
      clearTimeout(handle) {
        waiting.delete(handle as number);
      },
    },
    pending: () =>
      [...waiting.values()].map((t) => new Date(t.at)).sort((a, b) => a.getTime() - b.getTime()),
    async advanceTo(at, settle) {
      for (;;) {
        const due = [...waiting.entries()]
          .filter(([, t]) => t.at <= at.getTime())
          .sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        waiting.delete(due[0]);
        clock.setTime(new Date(Math.max(due[1].at, clock.now().getTime())));
        due[1].callback();
        await settle?.();
      }
      clock.setTime(at);
    },
  };
}
