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

/** A step that never finishes, keeping the signal it was given. */
function hangingStep() {
  const seen: { signal?: AbortSignal } = {};
  const work = (signal: AbortSignal) => {
    seen.signal = signal;
    return new Promise<never>(() => undefined);
  };
  return { seen, work };
}

it("fails with expired() when the limit passes, and aborts the step's signal", async () => {
  const { timers, fire } = manualTimers();
  const { seen, work } = hangingStep();
  const step = withinTimeLimit(timers, 10, work, () => new Error("too late"));
  fire();
  await expect(step).rejects.toThrow("too late");
  expect(seen.signal?.aborted).toBe(true);
});

it("drops the limit when the agent stops, aborting the step's signal", async () => {
  const { timers, pending } = manualTimers();
  const outer = new AbortController();
  const { seen, work } = hangingStep();
  void withinTimeLimit(timers, 10, work, () => new Error("too late"), outer.signal);
  await Promise.resolve();
  outer.abort();
  expect(seen.signal?.aborted).toBe(true);
  expect(pending.size).toBe(0);
});

it("settles a step that throws at once as a rejection, and refuses a limit a timer cannot keep", async () => {
  const { timers, pending } = manualTimers();
  const throwsAtOnce = () => {
    throw new Error("at once");
  };
  await expect(withinTimeLimit(timers, 10, throwsAtOnce, () => new Error("x"))).rejects.toThrow(
    "at once",
  );
  expect(pending.size).toBe(0);
  expect(() =>
    withinTimeLimit(
      timers,
      2 ** 31,
      async () => 1,
      () => new Error("x"),
    ),
  ).toThrow(RangeError);
});
