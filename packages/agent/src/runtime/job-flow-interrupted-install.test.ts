// A job whose install a kill -9 or a power cut interrupted (contract §4:
// "after the restart the package is downloaded and installed … -> completed";
// README step 4): before its package goes to the installer the job's record
// is marked "installing", and the next start asks the installer whether the
// package is there. Installed: COMPLETED, not installed a second time (the
// simulated installer would refuse it with ALREADY_INSTALLED, a final error
// for a PC that has the update). Not installed: installed again. The crash
// is the state directory copied at the moment the installer is asked (every
// state file is written atomically, so a kill -9 leaves exactly that), and
// the next start is the real agent runtime on the copy, against a scripted
// manager (__fixtures__/scripted-manager.ts).
import { existsSync } from "node:fs";
import { cp, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { type Body, MaintenanceCode, v1 } from "@patchcast/protocol";
import { expect, it } from "vitest";
import type { Installer, InstallRequest } from "../installer/installer.ts";
import { createSimulatedInstaller, INVENTORY_FILE } from "../installer/simulated-installer.ts";
import { partPathOf } from "../jobs/run-job.ts";
import { jobFileName } from "../state/job-store.ts";
import {
  cancel,
  newPc,
  offer,
  serveWhole,
  started,
  startManager,
  statesOf,
  useScriptedManagers,
} from "./__fixtures__/scripted-manager.ts";
import type { AgentRole } from "./agent-options.ts";
import { runAgent } from "./run-agent.ts";

const S = v1.JobState;

useScriptedManagers();

/** The simulated installer of `stateDir`, each install it is asked for recorded. */
function recordingInstaller(stateDir: string) {
  const simulated = createSimulatedInstaller({ stateDir, durable: false });
  const installs: InstallRequest[] = [];
  const installer: Installer = {
    inventory: () => simulated.inventory(),
    updates: () => simulated.updates(),
    install(request) {
      installs.push(request);
      return simulated.install(request);
    },
  };
  return { installer, installs, simulated };
}

/**
 * Runs `jobId` on a PC of `role` (a security PC answers Yes and restarts)
 * and returns its state directory as a kill -9 would have left it at its
 * install: copied once the simulated installer has installed the package
 * (`installed`) or just before it does. The agent that ran it goes on in
 * its own directory, and is stopped.
 */
async function crashedAtInstall(jobId: string, role: AgentRole, installed: boolean) {
  const manager = await startManager(serveWhole);
  const pc = newPc();
  const crashDir = `${pc.stateDir}-crashed`;
  const simulated = createSimulatedInstaller({ stateDir: pc.stateDir, durable: false });
  const installer: Installer = {
    inventory: () => simulated.inventory(),
    async install(request) {
      const result = installed ? await simulated.install(request) : undefined;
      await cp(pc.stateDir, crashDir, { recursive: true });
      return result ?? simulated.install(request);
    },
  };
  const run = await runAgent(pc.options(manager.url, true, { role, installer }));
  try {
    await manager.authenticated(1);
    manager.send(offer(jobId, pc.pcId, role === "security-pc"));
    expect(await manager.ended(jobId)).toMatchObject({ state: S.JOB_STATE_COMPLETED });
  } finally {
    await run.stop();
  }
  const stored = JSON.parse(await readFile(join(crashDir, "jobs", jobFileName(jobId)), "utf8"));
  // Written before the installer was asked, and nothing after it.
  expect(stored.stage).toBe("installing");
  return { pc, crashDir };
}

/** The next start of the PC on the state directory the crash left, against a new manager. */
async function restartAfterCrash(
  pc: ReturnType<typeof newPc>,
  crashDir: string,
  role: AgentRole,
  afterAuth: (connection: number) => Body[] = () => [],
) {
  const manager = await startManager(serveWhole, afterAuth);
  const recording = recordingInstaller(crashDir);
  await started(
    pc.options(manager.url, true, { role, stateDir: crashDir, installer: recording.installer }),
  );
  return { manager, ...recording };
}

const ends = (reports: readonly { jobId?: string; state?: number }[], jobId: string) =>
  reports.filter(
    (r) =>
      r.jobId === jobId && (r.state === S.JOB_STATE_COMPLETED || r.state === S.JOB_STATE_ERROR),
  );

it.each([
  ["security-pc" as const, "J-SEC"],
  ["standard" as const, "J-STD"],
])(
  "a %s job stopped once its package was installed is reported COMPLETED at the next start, not installed again",
  async (role, jobId) => {
    const { pc, crashDir } = await crashedAtInstall(jobId, role, true);
    const inventoryBefore = await readFile(join(crashDir, INVENTORY_FILE), "utf8");

    const next = await restartAfterCrash(pc, crashDir, role);
    expect(await next.manager.ended(jobId)).toMatchObject({
      state: S.JOB_STATE_COMPLETED,
      maintenanceCode: "",
      detail: "installed before the agent stopped",
    });
    expect(ends(next.manager.reports, jobId)).toHaveLength(1);
    expect(next.installs).toEqual([]);
    expect(next.manager.downloads).toEqual([]);
    expect(await readFile(join(crashDir, INVENTORY_FILE), "utf8")).toBe(inventoryBefore);
    expect(
      JSON.parse(await readFile(join(crashDir, "jobs", jobFileName(jobId)), "utf8")).stage,
    ).toBe("finished");
    expect(existsSync(partPathOf(crashDir, jobFileName(jobId)))).toBe(false);
  },
);

it.each([
  ["still there", false],
  ["gone", true],
])(
  "a job stopped before its package was installed is installed at the next start and completes (its checked payload %s)",
  async (_how, payloadGone) => {
    const jobId = payloadGone ? "J-REFETCH" : "J-AGAIN";
    const { pc, crashDir } = await crashedAtInstall(jobId, "standard", false);
    const part = partPathOf(crashDir, jobFileName(jobId));
    expect(existsSync(part)).toBe(true);
    if (payloadGone) await rm(part);

    const next = await restartAfterCrash(pc, crashDir, "standard");
    expect(await next.manager.ended(jobId)).toMatchObject({
      state: S.JOB_STATE_COMPLETED,
      maintenanceCode: "",
      detail: `installed KB-${jobId}`,
    });
    expect(ends(next.manager.reports, jobId)).toHaveLength(1);
    expect(next.installs.map((r) => r.jobId)).toEqual([jobId]);
    expect(next.manager.downloads).toEqual(payloadGone ? [`/packages/${jobId}`] : []);
    expect(statesOf(next.manager.reports, jobId)).toEqual(
      expect.arrayContaining(["JOB_STATE_DOWNLOADING", "JOB_STATE_INSTALLING"]),
    );
    expect((await next.simulated.updates()).map((u) => [u.id, u.jobId])).toEqual([
      [`KB-${jobId}`, jobId],
    ]);
    expect(existsSync(part)).toBe(false);
  },
);

it.each([
  ["installed: its outcome stands, COMPLETED", true],
  ["not installed: it ends cancelled", false],
])(
  "a cancel that comes at the next start of a job stopped in its install (package %s)",
  async (_how, installed) => {
    const jobId = installed ? "J-CANCEL-DONE" : "J-CANCEL-UNDONE";
    const { pc, crashDir } = await crashedAtInstall(jobId, "standard", installed);

    const next = await restartAfterCrash(pc, crashDir, "standard", (connection) =>
      connection === 1 ? [cancel(jobId, "withdrawn")] : [],
    );
    expect(await next.manager.ended(jobId)).toMatchObject(
      installed
        ? { state: S.JOB_STATE_COMPLETED, detail: "installed before the agent stopped" }
        : {
            state: S.JOB_STATE_ERROR,
            maintenanceCode: MaintenanceCode.CANCELLED,
            detail: "withdrawn",
          },
    );
    expect(ends(next.manager.reports, jobId)).toHaveLength(1);
    expect(next.installs).toEqual([]);
    expect(next.manager.downloads).toEqual([]);
    expect(await next.simulated.inventory()).toEqual(installed ? [`KB-${jobId}`] : []);
    expect(existsSync(partPathOf(crashDir, jobFileName(jobId)))).toBe(false);
  },
);
