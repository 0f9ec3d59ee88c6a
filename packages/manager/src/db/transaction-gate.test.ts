// The gate in front of the embedded database: statements go at once, a
// transaction has the connection to itself, and what comes while one is
// open or waiting goes after it; a failure holds up nothing.
import { describe, expect, it } from "vitest";
import { TransactionGate } from "./transaction-gate.ts";

/** A unit that logs its start and end, and ends when released. */
function units(log: string[]) {
  const releases = new Map<string, () => void>();
  const unit = (name: string) => async () => {
    log.push(`start ${name}`);
    await new Promise<void>((resolve) => releases.set(name, resolve));
    log.push(`end ${name}`);
    return name;
  };
  const release = async (name: string) => {
    releases.get(name)?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { unit, release };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("TransactionGate", () => {
  it("sends statements at once, without waiting for each other", async () => {
    const log: string[] = [];
    const { unit, release } = units(log);
    const gate = new TransactionGate();
    const results = [gate.statement(unit("a")), gate.statement(unit("b"))];
    await settle();
    expect(log).toEqual(["start a", "start b"]);
    await release("b");
    await release("a");
    expect(await Promise.all(results)).toEqual(["a", "b"]);
  });

  it("starts a transaction after what came before, and holds back what comes after", async () => {
    const log: string[] = [];
    const { unit, release } = units(log);
    const gate = new TransactionGate();
    const results = [
      gate.statement(unit("s1")),
      gate.transaction(unit("t1")),
      gate.statement(unit("s2")),
      gate.transaction(unit("t2")),
      gate.statement(unit("s3")),
    ];
    await settle();
    // s1 is on its way; t1 is sent after it (the connection keeps the order).
    expect(log).toEqual(["start s1", "start t1"]);
    await release("t1");
    expect(log.slice(2)).toEqual(["end t1", "start s2", "start t2"]);
    await release("t2");
    expect(log.slice(5)).toEqual(["end t2", "start s3"]);
    await release("s1");
    await release("s2");
    await release("s3");
    expect(await Promise.all(results)).toEqual(["s1", "t1", "s2", "t2", "s3"]);
  });

  it("keeps a statement that comes as a transaction ends behind those it held back", async () => {
    const log: string[] = [];
    const { unit, release } = units(log);
    const gate = new TransactionGate();
    const transaction = gate.transaction(unit("t"));
    const held = gate.statement(unit("held"));
    // Issued as soon as the transaction has ended, before the held statement has gone.
    const late = transaction.then(() => gate.statement(unit("late")));
    await settle();
    await release("t");
    expect(log).toEqual(["start t", "end t", "start held", "start late"]);
    await release("held");
    await release("late");
    expect(await Promise.all([transaction, held, late])).toEqual(["t", "held", "late"]);
  });

  it("goes on after a transaction that failed", async () => {
    const gate = new TransactionGate();
    const failed = gate.transaction(async () => {
      throw new Error("refused");
    });
    const next = gate.statement(async () => "next");
    const after = gate.transaction(async () => "after");
    await expect(failed).rejects.toThrow("refused");
    expect(await next).toBe("next");
    expect(await after).toBe("after");
    expect(await gate.statement(async () => "at once")).toBe("at once");
  });
});
