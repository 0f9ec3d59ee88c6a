// The gate in front of the embedded database: one unit at a time, in call
// order; a failed unit holds up nothing.
import { describe, expect, it } from "vitest";
import { SerialGate } from "./serial-gate.ts";

describe("SerialGate", () => {
  it("runs one unit at a time, in the order they came", async () => {
    const log: string[] = [];
    const gate = new SerialGate();
    const releases: (() => void)[] = [];
    const unit = (name: string) => async () => {
      log.push(`start ${name}`);
      await new Promise<void>((resolve) => releases.push(resolve));
      log.push(`end ${name}`);
      return name;
    };
    const results = [gate.run(unit("a")), gate.run(unit("b"))];
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(["start a"]);
    releases.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(["start a", "end a", "start b"]);
    releases.shift()?.();
    expect(await Promise.all(results)).toEqual(["a", "b"]);
    expect(log).toEqual(["start a", "end a", "start b", "end b"]);
  });

  it("goes on after a unit that failed", async () => {
    const gate = new SerialGate();
    const failed = gate.run(async () => {
      throw new Error("refused");
    });
    const next = gate.run(async () => "next");
    await expect(failed).rejects.toThrow("refused");
    expect(await next).toBe("next");
  });
});
