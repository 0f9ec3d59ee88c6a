// downloads/<job>.part (contract §4: the package is downloaded, its size and
// SHA-256 checked, then installed): a job that ends in error never resumes
// its download, so its partial file is deleted, whatever ended it (the
// download broken off for good, a mismatch, a refusal, the stored offer
// refused after the restart); a download broken off because the agent
// stops keeps it, to resume with Range at the next start. The real agent
// runtime against a scripted manager (__fixtures__/scripted-manager.ts).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname } from "node:path";
import { MaintenanceCode, v1 } from "@patchcast/protocol";
import { expect, it, vi } from "vitest";
import { tamperStoredJobs } from "../fleet/tamper-stored-job.ts";
import { partPathOf } from "../jobs/run-job.ts";
import { jobFileName } from "../state/job-store.ts";
import {
  cleanups,
  newPc,
  offer,
  payload,
  started,
  startManager,
  statesOf,
  useScriptedManagers,
  WAIT_MS,
} from "./__fixtures__/scripted-manager.ts";
import { runAgent } from "./run-agent.ts";

const S = v1.JobState;

useScriptedManagers();

/** How the manager serves the package; each ends the download for good (retries: 0). */
const FAILURES: [string, string, (req: IncomingMessage, res: ServerResponse) => void][] = [
  [
    "broken off after a quarter of the package",
    MaintenanceCode.DOWNLOAD_BROKEN_OFF,
    (_req, res) => {
      res.writeHead(200, { "content-length": payload.byteLength });
      res.write(payload.subarray(0, payload.byteLength / 4), () => res.destroy());
    },
  ],
  [
    "a package of the announced size whose SHA-256 differs",
    MaintenanceCode.DOWNLOAD_HASH_MISMATCH,
    (_req, res) => {
      res.writeHead(200, { "content-length": payload.byteLength });
      res.end(Buffer.alloc(payload.byteLength, 7));
    },
  ],
  [
    "refused with 404, after an earlier start left part of it",
    MaintenanceCode.DOWNLOAD_REFUSED,
    (_req, res) => {
      res.writeHead(404);
      res.end();
    },
  ],
];

it.each(FAILURES)(
  "a download that ends its job in error (%s) leaves no partial file",
  async (_how, code, serve) => {
    const manager = await startManager(serve);
    const pc = newPc();
    await started(pc.options(manager.url, true, { role: "standard" }));
    await manager.authenticated(1);
    const part = partPathOf(pc.stateDir, jobFileName("J-FAIL"));
    // What an earlier start may have left (the 404 case resumes from it with Range).
    writeFileSync(part, payload.subarray(0, 1000));

    manager.send(offer("J-FAIL", pc.pcId, false));
    expect(await manager.ended("J-FAIL")).toMatchObject({
      state: S.JOB_STATE_ERROR,
      maintenanceCode: code,
    });
    expect(statesOf(manager.reports, "J-FAIL")).toContain("JOB_STATE_DOWNLOADING");
    expect(existsSync(part)).toBe(false);
    expect(await pc.stageOf("J-FAIL")).toBe("finished");
  },
);

it("a stored offer refused after the restart (altered on disk) leaves no partial file", async () => {
  const manager = await startManager((_req, res) => res.destroy());
  const pc = newPc();
  const part = partPathOf(pc.stateDir, jobFileName("J-ALTERED"));
  const run = await runAgent(pc.options(manager.url, true), {
    // While the PC restarts: its offer is altered, and part of the package is there already.
    async beforeReboot() {
      await tamperStoredJobs(pc.stateDir);
      mkdirSync(dirname(part), { recursive: true });
      writeFileSync(part, payload.subarray(0, 1000));
    },
  });
  cleanups.push(() => run.stop());
  await manager.authenticated(1);
  manager.send(offer("J-ALTERED", pc.pcId, true));

  expect(await manager.ended("J-ALTERED")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.AUTH_DATA_ALTERED,
  });
  expect(run.boots).toBe(2);
  expect(manager.downloads).toEqual([]);
  expect(existsSync(part)).toBe(false);
});

it("a download broken off because the agent stops keeps its partial file, to resume", async () => {
  let stalled: ServerResponse | undefined;
  const manager = await startManager((_req, res) => {
    // A quarter of the package, then nothing: the download is under way when the agent stops.
    res.writeHead(200, { "content-length": payload.byteLength });
    res.write(payload.subarray(0, payload.byteLength / 4));
    stalled = res;
  });
  const pc = newPc();
  const agent = await started(pc.options(manager.url, true, { role: "standard" }));
  await manager.authenticated(1);
  manager.send(offer("J-STOP", pc.pcId, false));
  const part = partPathOf(pc.stateDir, jobFileName("J-STOP"));
  await vi.waitFor(async () => expect((await stat(part)).size).toBeGreaterThan(0), {
    timeout: WAIT_MS,
  });
  expect(stalled).toBeDefined();

  await agent.stop();
  expect(existsSync(part)).toBe(true);
  expect(statesOf(manager.reports, "J-STOP")).toEqual([
    "JOB_STATE_RECEIVED",
    "JOB_STATE_DOWNLOADING",
  ]);
  expect(await pc.stageOf("J-STOP")).toBe("ready");
});
