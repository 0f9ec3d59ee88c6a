// The gate in front of the embedded database: one unit at a time, in call
// order, each after a turn of the event loop; a failed unit holds up nothing.
import { describe, expect, it } from "vitest";
import { nextTurn, TurnGate } from "./turn-gate.ts";

describe("TurnGate", () => {
  it("runs one unit at a time, in the order they came, each after a turn", async () => {
    const log: string[] = [];
    const turns: (() => void)[] = [];
    const gate = new TurnGate(() => new Promise((resolve) => turns.push(resolve)));
    const unit = (name: string) => async () => {
      log.push(`start ${name}`);
      await Promise.resolve();
      log.push(`end ${name}`);
      return name;
    };
    const results = [gate.run(unit("a")), gate.run(unit("b"))];
    await Promise.resolve();
    expect(log).toEqual([]);
    turns.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(["start a", "end a"]);
    turns.shift()?.();
    expect(await Promise.all(results)).toEqual(["a", "b"]);
    expect(log).toEqual(["start a", "end a", "start b", "end b"]);
  });

  it("goes on after a unit that failed", async () => {
    const gate = new TurnGate();
    const failed = gate.run(async () => {
      throw new Error("refused");
    });
    const next = gate.run(async () => "next");
    await expect(failed).rejects.toThrow("refused");
    expect(await next).toBe("next");
  });

  it("lets timers and I/O in between units that were queued together", async () => {
    const gate = new TurnGate();
    const order: string[] = [];
    // Each unit holds the thread for a few milliseconds, as a statement of the embedded database does.
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const units = Array.from({ length: 5 }, (_, i) =>
      gate.run(async () => {
        busy(3);
        order.push(`unit ${i}`);
      }),
    );
    setTimeout(() => order.push("timer"), 1);
    await Promise.all(units);
    // Run back to back, all five would come before the timer.
    expect(order.indexOf("timer")).toBeGreaterThan(-1);
    expect(order.indexOf("timer")).toBeLessThan(order.length - 1);
    await nextTurn();
  });
});
