import { expect, it } from "vitest";
import type { Timers } from "../runtime/timers.ts";
import { withinTimeLimit } from "./time-limit.ts";

/** Timers the test fires by hand. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    setTimeout: (fn) => {
      next += 1;
      pending.set(next, fn);
      return next;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
  };
  const fire = () => {
    for (const fn of [...pending.values()]) fn();
  };
  return { timers, pending, fire };
}

it("gives the step's own outcome when it settles in time, and clears the limit", async () => {
  const { timers, pending } = manualTimers();
  const expired = () => new Error("too late");
  await expect(withinTimeLimit(timers, 10, async () => "done", expired)).resolves.toBe("done");
  await expect(
    withinTimeLimit(timers, 10, async () => Promise.reject(new Error("its own")), expired),
  ).rejects.toThrow("its own");
  expect(pending.size).toBe(0);
});

it("fails with expired() when the limit passes, and aborts the step's signal", async () => {
  const { timers, fire } = manualTimers();
  let signal: AbortSignal | undefined;
  const step = withinTimeLimit(
    timers,
    10,
    (s) => {
      signal = s;
      return new Promise(() => undefined);
    },
    () => new Error("too late"),
  );
  fire();
  await expect(step).rejects.toThrow("too late");
  expect(signal?.aborted).toBe(true);
});
