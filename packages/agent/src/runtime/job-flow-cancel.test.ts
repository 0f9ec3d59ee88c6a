// JobCancel on a PC (job.proto: "the PC reports it as an error with the
// 'cancelled' maintenance code unless it already completed"), end to end:
// the real agent runtime, its state directory in a temporary directory,
// against a scripted manager on 127.0.0.1 that speaks the wire protocol,
// with offers signed by the manager credential of a pki-sim certification
// office and packages served over real HTTP (__fixtures__/scripted-manager.ts).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { dirname } from "node:path";
import { MaintenanceCode, v1 } from "@patchcast/protocol";
import { expect, it, vi } from "vitest";
import type { RestartQuestion } from "../confirm/confirm.ts";
import type { Installer, InstallRequest } from "../installer/installer.ts";
import { createSimulatedInstaller } from "../installer/simulated-installer.ts";
import { partPathOf } from "../jobs/run-job.ts";
import { jobFileName } from "../state/job-store.ts";
import {
  cancel,
  cleanups,
  newPc,
  offer,
  payload,
  serveWhole,
  started,
  startManager,
  statesOf,
  useScriptedManagers,
  WAIT_MS,
} from "./__fixtures__/scripted-manager.ts";
import { runAgent } from "./run-agent.ts";

const S = v1.JobState;

useScriptedManagers();

it("a job waiting for the restart ends cancelled, is not prompted for again and never downloaded", async () => {
  const manager = await startManager(serveWhole);
  const pc = newPc();
  const agent = await started(pc.options(manager.url, false));
  await manager.authenticated(1);
  manager.send(offer("J-WAIT", pc.pcId, true));
  await manager.report((r) => r.jobId === "J-WAIT" && r.detail?.startsWith("answered No") === true);

  manager.send(cancel("J-WAIT"));
  expect(await manager.ended("J-WAIT")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "cancelled by the manager",
  });
  expect(await pc.stageOf("J-WAIT")).toBe("finished");

  // The next start: the prompt is about the new job alone.
  await agent.stop();
  await started(pc.options(manager.url, false));
  await manager.authenticated(2);
  manager.send(offer("J-NEXT", pc.pcId, true));
  await manager.report((r) => r.jobId === "J-NEXT" && r.detail?.startsWith("answered No") === true);
  expect(pc.questions.map((q) => q.jobs.map((j) => j.jobId))).toEqual([["J-WAIT"], ["J-NEXT"]]);
  expect(statesOf(manager.reports, "J-WAIT")).toEqual([
    "JOB_STATE_RECEIVED",
    "JOB_STATE_AWAITING_RESTART",
    "JOB_STATE_AWAITING_RESTART",
    "JOB_STATE_ERROR",
  ]);
  expect(manager.downloads).toEqual([]);
});

it("a job cancelled just after the restart, before its queued download starts, is never downloaded", async () => {
  // The manager tells the PC at once when it comes back: in the same tick as its AuthResult.
  const manager = await startManager(serveWhole, (connection) =>
    connection === 2 ? [cancel("J-BOOT", "withdrawn by admin")] : [],
  );
  const pc = newPc();
  const run = await runAgent(pc.options(manager.url, true));
  cleanups.push(() => run.stop());
  await manager.authenticated(1);
  manager.send(offer("J-BOOT", pc.pcId, true));

  expect(await manager.ended("J-BOOT")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "withdrawn by admin",
  });
  expect(run.boots).toBe(2);
  expect(statesOf(manager.reports, "J-BOOT")).not.toContain("JOB_STATE_DOWNLOADING");
  expect(manager.downloads).toEqual([]);
  expect(await pc.installed()).toEqual([]);
  expect(await pc.stageOf("J-BOOT")).toBe("finished");
});

it("a partial download an earlier start left is dropped when its job is cancelled", async () => {
  const pc = newPc();
  const part = partPathOf(pc.stateDir, jobFileName("J-PART"));
  // Back from the restart, the PC holds part of the package (the power went off mid-download, say).
  const manager = await startManager(serveWhole, (connection) => {
    if (connection !== 2) return [];
    mkdirSync(dirname(part), { recursive: true });
    writeFileSync(part, payload.subarray(0, 1000));
    return [cancel("J-PART")];
  });
  const run = await runAgent(pc.options(manager.url, true));
  cleanups.push(() => run.stop());
  await manager.authenticated(1);
  manager.send(offer("J-PART", pc.pcId, true));
  expect(await manager.ended("J-PART")).toMatchObject({
    maintenanceCode: MaintenanceCode.CANCELLED,
  });
  expect(existsSync(part)).toBe(false);
  expect(manager.downloads).toEqual([]);
});

it("a prompt on screen is withdrawn when a job in it is cancelled, and asked again about the rest", async () => {
  const manager = await startManager(serveWhole);
  const pc = newPc();
  // Two jobs answered No: both wait for the prompt of the next start.
  const first = await started(pc.options(manager.url, false));
  await manager.authenticated(1);
  for (const jobId of ["J-SHOWN", "J-STAYS"]) {
    manager.send(offer(jobId, pc.pcId, true));
    await manager.report((r) => r.jobId === jobId && r.detail?.startsWith("answered No") === true);
  }
  await first.stop();

  // The next start: nobody answers until the prompt is taken away, then a late Yes comes.
  const shown: { question: RestartQuestion; signal: AbortSignal; answer(yes: boolean): void }[] =
    [];
  await started(
    pc.options(manager.url, false, {
      confirm: (question, signal) =>
        new Promise<boolean>((resolve) => {
          shown.push({ question, signal, answer: resolve });
          signal.addEventListener("abort", () => resolve(true));
        }),
    }),
  );
  await vi.waitFor(() => expect(shown).toHaveLength(1), { timeout: WAIT_MS });
  expect(shown[0]?.question.jobs.map((j) => j.jobId)).toEqual(["J-SHOWN", "J-STAYS"]);
  // The prompt comes at start, before the connection: the cancel goes to the new one.
  await manager.authenticated(2);

  manager.send(cancel("J-SHOWN", "superseded\n\u001b[2Jby KB-2"));
  expect(await manager.ended("J-SHOWN")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "superseded\n\u001b[2Jby KB-2",
  });
  // The manager's words reach the person's screen without their control characters.
  expect(shown[0]?.signal.reason).toBe(
    "withdrawn: the update was cancelled by the manager (superseded [2Jby KB-2)",
  );
  // Asked again about the job that still waits, alone; answered No this time.
  await vi.waitFor(() => expect(shown).toHaveLength(2), { timeout: WAIT_MS });
  expect(shown[1]?.question.jobs.map((j) => j.jobId)).toEqual(["J-STAYS"]);
  shown[1]?.answer(false);
  await vi.waitFor(
    () => expect(pc.events).toContainEqual({ type: "prompt", jobIds: ["J-STAYS"], answer: false }),
    { timeout: WAIT_MS },
  );
  expect(pc.events).toContainEqual({
    type: "prompt",
    jobIds: ["J-SHOWN", "J-STAYS"],
    withdrawn: true,
  });
  // The late Yes to the withdrawn prompt restarted nothing.
  expect(statesOf(manager.reports, "J-STAYS")).not.toContain("JOB_STATE_RESTARTING");
  expect(await pc.stageOf("J-STAYS")).toBe("awaiting-restart");
  expect(manager.downloads).toEqual([]);
});

it("a cancel that comes while the restart's reports are flushed calls the restart off", async () => {
  // The manager cancels as soon as it hears Yes: before the PC's reports are all acknowledged.
  const manager = await startManager(
    serveWhole,
    () => [],
    (report) => (report.case === "restartConfirmResult" ? [cancel("J-FLUSH", "called off")] : []),
  );
  const pc = newPc();
  const run = await runAgent(pc.options(manager.url, true));
  cleanups.push(() => run.stop());
  await manager.authenticated(1);
  manager.send(offer("J-FLUSH", pc.pcId, true));
  expect(await manager.ended("J-FLUSH")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "called off",
  });
  await vi.waitFor(
    () =>
      expect(pc.logs.map((l) => l.msg)).toContain(
        "the restart was called off: its jobs were cancelled",
      ),
    { timeout: WAIT_MS },
  );
  expect(run.boots).toBe(1);
  expect(manager.downloads).toEqual([]);
  expect(await pc.installed()).toEqual([]);
});

it("a cancel aborts the download in progress at once: cancelled, nothing installed, the queue free again", async () => {
  let stalled: ServerResponse | undefined;
  let hungUp = false;
  const manager = await startManager((req, res) => {
    if (!req.url?.endsWith("/J-DL")) return serveWhole(req, res);
    // A quarter of the package, then nothing: only the cancel can end this download soon.
    res.writeHead(200, { "content-length": payload.byteLength });
    res.write(payload.subarray(0, payload.byteLength / 4));
    res.on("close", () => {
      hungUp = true;
    });
    stalled = res;
  });
  const pc = newPc();
  await started(pc.options(manager.url, true, { role: "standard" }));
  await manager.authenticated(1);
  manager.send(offer("J-DL", pc.pcId, false));
  const part = partPathOf(pc.stateDir, jobFileName("J-DL"));
  await vi.waitFor(async () => expect((await stat(part)).size).toBeGreaterThan(0), {
    timeout: WAIT_MS,
  });
  expect(stalled).toBeDefined();

  manager.send(cancel("J-DL", "withdrawn mid-download"));
  expect(await manager.ended("J-DL")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "withdrawn mid-download",
  });
  expect(statesOf(manager.reports, "J-DL")).toEqual([
    "JOB_STATE_RECEIVED",
    "JOB_STATE_DOWNLOADING",
    "JOB_STATE_ERROR",
  ]);
  await vi.waitFor(() => expect(hungUp).toBe(true), { timeout: WAIT_MS });
  expect(existsSync(part)).toBe(false);
  expect(await pc.installed()).toEqual([]);
  expect(await pc.stageOf("J-DL")).toBe("finished");

  // The next job downloads and installs; cancels of jobs over change nothing.
  manager.send(cancel("J-DL", "again"));
  manager.send(offer("J-AFTER", pc.pcId, false));
  expect(await manager.ended("J-AFTER")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  manager.send(cancel("J-AFTER"));
  // Cancels are handled in order: once this one is reported, the ones before it are done.
  manager.send(cancel("J-BARRIER"));
  await manager.ended("J-BARRIER");
  expect(statesOf(manager.reports, "J-DL")).toHaveLength(3);
  expect(statesOf(manager.reports, "J-AFTER")).not.toContain("JOB_STATE_ERROR");
  expect(await pc.installed()).toEqual(["KB-J-AFTER"]);
});

it("a cancel of a job waiting behind another's download ends it at once, not after that install", async () => {
  let stalled: ServerResponse | undefined;
  const manager = await startManager((req, res) => {
    if (!req.url?.endsWith("/J-SLOW")) return serveWhole(req, res);
    // Half of the package, then nothing until the test lets the rest go.
    res.writeHead(200, { "content-length": payload.byteLength });
    res.write(payload.subarray(0, payload.byteLength / 2));
    stalled = res;
  });
  const pc = newPc();
  const agent = await started(pc.options(manager.url, true, { role: "standard" }));
  await manager.authenticated(1);
  manager.send(offer("J-SLOW", pc.pcId, false));
  await vi.waitFor(() => expect(stalled).toBeDefined(), { timeout: WAIT_MS });
  // Received while the other downloads, and waiting its turn.
  manager.send(offer("J-WAIT", pc.pcId, false));
  await manager.report((r) => r.jobId === "J-WAIT" && r.state === S.JOB_STATE_RECEIVED);

  manager.send(cancel("J-WAIT", "superseded"));
  expect(await manager.ended("J-WAIT")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "superseded",
  });
  expect(statesOf(manager.reports, "J-SLOW")).toEqual([
    "JOB_STATE_RECEIVED",
    "JOB_STATE_DOWNLOADING",
  ]);

  // The download goes on, and its job alone is installed.
  stalled?.end(payload.subarray(payload.byteLength / 2));
  expect(await manager.ended("J-SLOW")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  // Once the agent has settled, J-WAIT's turn in the downloads' queue has come and gone.
  await agent.stop();
  expect(manager.downloads.filter((url) => url.endsWith("/J-WAIT"))).toEqual([]);
  expect(statesOf(manager.reports, "J-WAIT")).toEqual(["JOB_STATE_RECEIVED", "JOB_STATE_ERROR"]);
  expect(await pc.installed()).toEqual(["KB-J-SLOW"]);
  expect(await pc.stageOf("J-WAIT")).toBe("finished");
});

/**
 * A security PC back from its restart, downloading J-FIRST (stalled until
 * `release`), and J-NEXT offered and answered Yes meanwhile.
 */
async function yesWhileDownloading() {
  let stalled: ServerResponse | undefined;
  const manager = await startManager((req, res) => {
    if (!req.url?.endsWith("/J-FIRST")) return serveWhole(req, res);
    res.writeHead(200, { "content-length": payload.byteLength });
    res.write(payload.subarray(0, payload.byteLength / 2));
    stalled = res;
  });
  const pc = newPc();
  const run = await runAgent(pc.options(manager.url, true));
  cleanups.push(() => run.stop());
  await manager.authenticated(1);
  manager.send(offer("J-FIRST", pc.pcId, true));
  await vi.waitFor(() => expect(stalled).toBeDefined(), { timeout: WAIT_MS });
  manager.send(offer("J-NEXT", pc.pcId, true));
  await manager.report((r) => r.jobId === "J-NEXT" && r.state === S.JOB_STATE_RESTARTING);
  const release = () => stalled?.end(payload.subarray(payload.byteLength / 2));
  return { manager, pc, run, release };
}

it("a Yes while another job downloads restarts the PC once that job is installed", async () => {
  const { manager, run, release } = await yesWhileDownloading();
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(run.boots).toBe(2);

  release();
  expect(await manager.ended("J-FIRST")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  expect(await manager.ended("J-NEXT")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  expect(run.boots).toBe(3);
  // J-FIRST was downloaded once, never cut short by the restart.
  const downloading = statesOf(manager.reports, "J-FIRST").filter(
    (s) => s === "JOB_STATE_DOWNLOADING",
  );
  expect(downloading).toHaveLength(1);
});

it("a cancel while a restart waits for a download ends its job at once, and calls the restart off", async () => {
  const { manager, pc, run, release } = await yesWhileDownloading();
  manager.send(cancel("J-NEXT", "superseded"));
  expect(await manager.ended("J-NEXT")).toMatchObject({
    state: S.JOB_STATE_ERROR,
    maintenanceCode: MaintenanceCode.CANCELLED,
  });
  expect(statesOf(manager.reports, "J-FIRST")).not.toContain("JOB_STATE_COMPLETED");

  release();
  expect(await manager.ended("J-FIRST")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  await vi.waitFor(
    () =>
      expect(pc.logs.map((l) => l.msg)).toContain(
        "the restart was called off: its jobs were cancelled",
      ),
    { timeout: WAIT_MS },
  );
  expect(run.boots).toBe(2);
  expect(manager.downloads.filter((url) => url.endsWith("/J-NEXT"))).toEqual([]);
});

it("an agent stopped while its restart waits does not restart, and asks again at its next start", async () => {
  const { pc, run } = await yesWhileDownloading();
  await run.stop();
  expect(run.boots).toBe(2);
  // Not marked confirmed: the next start asks again instead of installing without a restart.
  expect(await pc.stageOf("J-NEXT")).toBe("awaiting-restart");
  expect(await pc.stageOf("J-FIRST")).toBe("restart-confirmed");
});

it("a cancel of a job never received is reported once and its offer, coming after all, is dropped", async () => {
  const manager = await startManager(serveWhole);
  const pc = newPc();
  await started(pc.options(manager.url, false));
  await manager.authenticated(1);
  manager.send(cancel("J-LOST"));
  manager.send(cancel("J-LOST"));
  manager.send(offer("J-LOST", pc.pcId, true));
  // Handled after the three above: once it waits for the restart, they are done.
  manager.send(offer("J-OTHER", pc.pcId, true));
  await manager.report(
    (r) => r.jobId === "J-OTHER" && r.detail?.startsWith("answered No") === true,
  );

  expect(manager.reports.filter((r) => r.jobId === "J-LOST")).toMatchObject([
    {
      state: S.JOB_STATE_ERROR,
      maintenanceCode: MaintenanceCode.CANCELLED,
      detail: "cancelled by the manager",
    },
  ]);
  expect(pc.events).toContainEqual({
    type: "job",
    jobId: "J-LOST",
    state: "error",
    maintenanceCode: MaintenanceCode.CANCELLED,
    detail: "cancelled by the manager",
  });
  expect(await pc.stageOf("J-LOST")).toBe("finished");
  expect(pc.questions.map((q) => q.jobs.map((j) => j.jobId))).toEqual([["J-OTHER"]]);
  expect(manager.downloads).toEqual([]);
});

it("a cancel that comes once the install has started lets it finish and report COMPLETED", async () => {
  const manager = await startManager(serveWhole);
  const pc = newPc();
  // The simulated installer, held at its start until the cancel has reached the agent.
  const simulated = createSimulatedInstaller({ stateDir: pc.stateDir, durable: false });
  let installing: (request: InstallRequest) => void = () => undefined;
  const installStarted = new Promise<InstallRequest>((resolve) => {
    installing = resolve;
  });
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const installer: Installer = {
    inventory: () => simulated.inventory(),
    async install(request) {
      installing(request);
      await gate;
      return simulated.install(request);
    },
  };
  await started(pc.options(manager.url, true, { role: "standard", installer }));
  // Run before the agent stops (cleanups run last first), or a failing test would hang there.
  cleanups.push(async () => release());
  await manager.authenticated(1);
  manager.send(offer("J-INST", pc.pcId, false));
  const request = await installStarted;

  manager.send(cancel("J-INST", "too late"));
  await vi.waitFor(
    () => expect(pc.logs.map((l) => l.msg)).toContain("job J-INST: cancelled by the manager"),
    { timeout: WAIT_MS },
  );
  release();
  expect(await manager.ended("J-INST")).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  expect(request.signal?.aborted).toBe(false);
  expect(await pc.installed()).toEqual(["KB-J-INST"]);
  expect(pc.logs).toContainEqual(
    expect.objectContaining({
      level: "info",
      msg: "job J-INST: cancelled after its install had started: its outcome stands",
    }),
  );
  manager.send(cancel("J-BARRIER"));
  await manager.ended("J-BARRIER");
  expect(statesOf(manager.reports, "J-INST")).toEqual([
    "JOB_STATE_RECEIVED",
    "JOB_STATE_DOWNLOADING",
    "JOB_STATE_INSTALLING",
    "JOB_STATE_COMPLETED",
  ]);
});
