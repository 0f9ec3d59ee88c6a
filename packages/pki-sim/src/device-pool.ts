/**
 * Many sound devices at once (a fleet): issued and written by the calling
 * thread together with worker threads, in chunks taken from one queue, so
 * every core signs certificates and creates files. The office's issuing
 * key goes to the workers as a KeyObject (cloned, never written anywhere).
 * Workers that cannot start (or start after the work is done) leave their
 * share to the others; a failure while writing rejects the whole batch.
 */
import { availableParallelism, loadavg } from "node:os";
import { setImmediate as nextTurn } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import { assertPcId, type IssuedDevice } from "./device.ts";
import {
  type DeviceBatchContext,
  type DeviceBatchOptions,
  type DeviceTarget,
  deviceBatchContext,
  issueDeviceBatch,
} from "./device-batch.ts";
import { PkiSimError } from "./errors.ts";
import type { CertificationOffice } from "./office.ts";

/** A chunk of targets sent to a worker. */
export interface DeviceWorkerRequest {
  readonly targets: readonly DeviceTarget[];
}

/** A worker's message: started, a chunk done, or a chunk failed. */
export type DeviceWorkerReply =
  | { readonly type: "ready" }
  | { readonly type: "done"; readonly devices: readonly IssuedDevice[] }
  | { readonly type: "failed"; readonly message: string; readonly code?: string };

export interface IssueDevicesOptions extends DeviceBatchOptions {
  /**
   * Worker threads besides the calling thread; 0 issues everything on the
   * calling thread. Default: one for each core that is idle besides this
   * thread's (cores less the load average), for a batch large enough to
   * repay a worker's start (about 0.3 s: tsx loads the code anew in each
   * thread); none for a smaller batch. A worker on a busy core only slows
   * the batch down.
   */
  readonly workers?: number;
  /** Told, after each chunk, how many devices are written so far. */
  readonly onProgress?: (done: number) => void;
}

/** Devices per chunk: small enough to share the work out evenly, large enough to cost little. */
const CHUNK = 64;
/** Below this many devices a worker's start costs more than it saves (by default). */
const MIN_DEVICES_FOR_WORKERS = 2048;
const WORKER_URL = new URL("./device-worker.mjs", import.meta.url);

/**
 * Issues a sound device (EC P-256, client authentication, the office's
 * ca.crt and current crl.pem) for each target and writes it to its
 * directory. Resolves with the devices in the targets' order.
 */
export async function issueDevices(
  office: CertificationOffice,
  targets: readonly DeviceTarget[],
  options: IssueDevicesOptions = {},
): Promise<IssuedDevice[]> {
  const wanted =
    options.workers ?? (targets.length < MIN_DEVICES_FOR_WORKERS ? 0 : idleCoresBesidesThis());
  if (!(Number.isSafeInteger(wanted) && wanted >= 0)) {
    throw new PkiSimError(
      "PKI_ERR_INVALID_OPTION",
      `workers must be a non-negative integer: got ${wanted}`,
    );
  }
  for (const target of targets) assertPcId(target.pcId);
  const context = deviceBatchContext(office, options);
  const chunks: DeviceTarget[][] = [];
  for (let at = 0; at < targets.length; at += CHUNK) chunks.push(targets.slice(at, at + CHUNK));
  const results: (readonly IssuedDevice[])[] = [];
  let next = 0;
  let done = 0;
  const queue = {
    take: () => (next < chunks.length ? next++ : undefined),
    chunk: (index: number) => chunks[index] as DeviceTarget[],
    record(index: number, devices: readonly IssuedDevice[]) {
      results[index] = devices;
      done += devices.length;
      options.onProgress?.(done);
    },
  };
  // this thread takes a chunk at once: a worker more than the other chunks would idle
  const count = Math.max(0, Math.min(wanted, chunks.length - 1));
  const workers = Array.from({ length: count }, () => startWorker(context, queue));
  try {
    for (let index = queue.take(); index !== undefined; index = queue.take()) {
      queue.record(index, issueDeviceBatch(context, queue.chunk(index)));
      // let the workers' messages (and anything else of this process) in
      await nextTurn();
    }
    await Promise.all(workers.map((worker) => worker.finish()));
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
  return results.flat();
}

/**
 * Cores no process is using now, less this thread's (Windows has no load
 * average: there every core counts as idle).
 */
function idleCoresBesidesThis(): number {
  const load = loadavg()[0] ?? 0;
  return Math.max(0, Math.round(availableParallelism() - load) - 1);
}

interface ChunkQueue {
  take(): number | undefined;
  chunk(index: number): DeviceTarget[];
  record(index: number, devices: readonly IssuedDevice[]): void;
}

interface PoolWorker {
  /** Resolves once the worker holds no chunk and the queue is empty; rejects on its failure. */
  finish(): Promise<void>;
  stop(): Promise<void>;
}

function startWorker(context: DeviceBatchContext, queue: ChunkQueue): PoolWorker {
  const worker = new Worker(WORKER_URL, { workerData: context, execArgv: [] });
  let holding: number | undefined;
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  let outcome: { error?: Error } | undefined;
  const end = (error?: Error) => {
    if (outcome) return;
    outcome = error ? { error } : {};
    if (error) settle?.reject(error);
    else settle?.resolve();
  };
  const feed = () => {
    holding = queue.take();
    if (holding === undefined) end();
    else worker.postMessage({ targets: queue.chunk(holding) } satisfies DeviceWorkerRequest);
  };
  worker.on("message", (reply: DeviceWorkerReply) => {
    if (reply.type === "failed") {
      end(new Error(`a device worker could not issue devices: ${reply.message}`));
      return;
    }
    if (reply.type === "done" && holding !== undefined) queue.record(holding, reply.devices);
    feed();
  });
  // A worker that never started leaves its share to the others; one that held a chunk fails the batch.
  worker.on("error", (error) => end(holding === undefined ? undefined : error));
  worker.on("exit", () =>
    end(holding === undefined ? undefined : new Error("a device worker ended")),
  );
  return {
    finish() {
      if (holding === undefined && !outcome) end();
      if (outcome) return outcome.error ? Promise.reject(outcome.error) : Promise.resolve();
      return new Promise((resolve, reject) => {
        settle = { resolve, reject };
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
}
