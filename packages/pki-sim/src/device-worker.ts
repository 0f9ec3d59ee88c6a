/**
 * A device worker thread: receives the batch context once (workerData),
 * then issues and writes each chunk of devices it is sent, answering with
 * the devices or the error. Started by `device-pool.ts`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type DeviceBatchContext, type DeviceTarget, issueDeviceBatch } from "./device-batch.ts";
import type { DeviceWorkerReply, DeviceWorkerRequest } from "./device-pool.ts";

const port = parentPort;
if (!port) throw new Error("device-worker.ts runs only as a worker thread");
const context = workerData as DeviceBatchContext;

const reply = (message: DeviceWorkerReply) => port.postMessage(message);

port.on("message", (request: DeviceWorkerRequest) => {
  try {
    const devices = issueDeviceBatch(context, request.targets as readonly DeviceTarget[]);
    reply({ type: "done", devices });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    reply({
      type: "failed",
      message: error instanceof Error ? error.message : String(error),
      ...(typeof code === "string" ? { code } : {}),
    });
  }
});
reply({ type: "ready" });
