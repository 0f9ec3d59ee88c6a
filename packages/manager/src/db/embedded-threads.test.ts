// The embedded database's threads are used again: a thread whose database
// was closed waits for the next one (with the same heap limit), and one
// that ended or failed while it waited is never handed out.
import { once } from "node:events";
import type { Worker } from "node:worker_threads";
import { afterEach, expect, it } from "vitest";
import { giveBackThread, startThread, takeIdleThread } from "./embedded-threads.ts";

const started: Worker[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((worker) => worker.terminate()));
});

const take = (heapLimitMb: number) => {
  const worker = takeIdleThread(heapLimitMb) ?? startThread(heapLimitMb);
  started.push(worker);
  return worker;
};

it("hands a thread given back to the next database with the same heap limit", () => {
  const first = take(96);
  giveBackThread(first, 96);
  const other = take(128);
  expect(other).not.toBe(first);
  expect(take(96)).toBe(first);
  // Taken: no longer waiting.
  expect(take(96)).not.toBe(first);
});

it("never hands out a thread that ended while it waited", async () => {
  const first = take(96);
  giveBackThread(first, 96);
  const ended = once(first, "exit");
  await first.terminate();
  await ended;
  expect(take(96)).not.toBe(first);
});

it("ends a waiting thread that fails, without an unheard error ending the process", async () => {
  const first = take(96);
  giveBackThread(first, 96);
  // (events.once would reject on the "error" below.)
  const ended = new Promise((resolve) => first.once("exit", resolve));
  // What Node emits for an uncaught error in the thread: with no listener, it would throw here.
  first.emit("error", new Error("thrown in the thread"));
  await ended;
  expect(take(96)).not.toBe(first);
});
