/**
 * The threads the embedded database runs in (embedded-worker.ts). Starting
 * one costs about half a second (Node's start, tsx, PGlite's code), as
 * much as opening a database in it; so a thread whose database was closed
 * cleanly waits a while for the next database this process opens, and
 * ends after `IDLE_THREAD_MS` unused. A waiting thread keeps no process
 * alive.
 */
import { Worker } from "node:worker_threads";

const WORKER_URL = new URL("./embedded-worker.mjs", import.meta.url);

/** How long a thread whose database was closed waits to be used again. */
export const IDLE_THREAD_MS = 10_000;

interface IdleThread {
  readonly worker: Worker;
  readonly heapLimitMb: number;
  readonly timer: NodeJS.Timeout;
  readonly ended: () => void;
  readonly failed: () => void;
}

const idle: IdleThread[] = [];

function forget(thread: IdleThread): void {
  const index = idle.indexOf(thread);
  if (index >= 0) idle.splice(index, 1);
  clearTimeout(thread.timer);
  thread.worker.off("exit", thread.ended);
  thread.worker.off("error", thread.failed);
}

/** A waiting thread with this heap limit, if there is one. */
export function takeIdleThread(heapLimitMb: number): Worker | undefined {
  const waiting = idle.find((thread) => thread.heapLimitMb === heapLimitMb);
  if (waiting === undefined) return undefined;
  forget(waiting);
  return waiting.worker;
}

/** A new thread. */
export const startThread = (heapLimitMb: number): Worker =>
  new Worker(WORKER_URL, {
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb },
  });

/** A thread whose database was closed cleanly, with no listener of its own left on it. */
export function giveBackThread(worker: Worker, heapLimitMb: number): void {
  worker.unref();
  const thread: IdleThread = {
    worker,
    heapLimitMb,
    timer: setTimeout(() => {
      forget(thread);
      void worker.terminate();
    }, IDLE_THREAD_MS).unref(),
    ended: () => forget(thread),
    // An error in a waiting thread (an "error" event no one listens to would end the process).
    failed: () => {
      forget(thread);
      void worker.terminate();
    },
  };
  worker.once("exit", thread.ended);
  worker.on("error", thread.failed);
  idle.push(thread);
}
