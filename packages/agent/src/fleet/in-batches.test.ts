import { expect, it } from "vitest";
import { inBatches } from "./in-batches.ts";

it("runs the items a batch at a time, telling how many are done", async () => {
  const seen: string[] = [];
  await inBatches(
    [1, 2, 3, 4, 5],
    2,
    async (n) => seen.push(`work ${n}`),
    (done) => seen.push(`done ${done}`),
  );
  expect(seen).toEqual([
    "work 1",
    "work 2",
    "done 2",
    "work 3",
    "work 4",
    "done 4",
    "work 5",
    "done 5",
  ]);
});

it("lets the event loop turn to its I/O between batches of work that never waits on it", async () => {
  const seen: string[] = [];
  await inBatches([1, 2, 3, 4], 2, async (n) => {
    // What a socket's callback would do once the loop turns to it.
    if (n === 1) setImmediate(() => seen.push("the loop turned"));
    seen.push(`work ${n}`);
  });
  expect(seen).toEqual(["work 1", "work 2", "the loop turned", "work 3", "work 4"]);
});
