/**
 * Gives each simulated PC its own authentication device, issued by the
 * fleet's certification office (with the PC's planned fault, if any), and
 * its state directory: `<work-dir>/<pc-id>/device` and `…/state`. The
 * device is issued anew at each start; the state directory is kept, so a
 * fleet started again on the same work directory carries on like PCs
 * switched on again.
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import {
  type CertificationOffice,
  issueDevice,
  issueDevices,
  issueFaultyDevice,
} from "@patchcast/pki-sim";
import type { PcPlan } from "./fleet-plan.ts";
import { inBatches } from "./in-batches.ts";

export interface ProvisionedPc {
  readonly plan: PcPlan;
  readonly deviceDir: string;
  readonly stateDir: string;
  /** For the authenticator (the memory-budget fault lives here). */
  readonly authenticate: { readonly memoryBudgetBytes?: number };
  /** The tampered-job fault: the stored job is altered on disk during the restart. */
  readonly tamperStoredJob: boolean;
}

/** Faults that are not on the device but happen to the PC. */
const BEHAVIOUR_FAULTS = new Set(["tampered-job"]);

/** PCs whose faulty devices are issued at the same time (each is issued on this thread). */
const FAULTY_CONCURRENCY = 100;

const deviceDirOf = (workDir: string, plan: PcPlan) => join(workDir, plan.pcId, "device");
const deviceFaultsOf = (plan: PcPlan, sound: boolean) =>
  sound ? [] : plan.faults.filter((kind) => !BEHAVIOUR_FAULTS.has(kind));

function provisioned(
  plan: PcPlan,
  workDir: string,
  authenticate: ProvisionedPc["authenticate"] = {},
): ProvisionedPc {
  return {
    plan,
    deviceDir: deviceDirOf(workDir, plan),
    stateDir: join(workDir, plan.pcId, "state"),
    authenticate,
    tamperStoredJob: plan.faults.some((kind) => BEHAVIOUR_FAULTS.has(kind)),
  };
}

/** Issues the device of a PC with device faults; the directory must be free. */
async function provisionFaulty(
  office: CertificationOffice,
  plan: PcPlan,
  workDir: string,
): Promise<ProvisionedPc> {
  const device = await issueFaultyDevice(office, {
    dir: deviceDirOf(workDir, plan),
    pcId: plan.pcId,
    faults: deviceFaultsOf(plan, false),
  });
  return provisioned(plan, workDir, device.authenticateOptions);
}

/**
 * `sound`: issue a sound device whatever the plan says (a PC whose fault
 * comes later: its certificate expires, is revoked, its CA file is lost).
 */
export async function provisionPc(
  office: CertificationOffice,
  plan: PcPlan,
  workDir: string,
  sound = false,
): Promise<ProvisionedPc> {
  await rm(deviceDirOf(workDir, plan), { recursive: true, force: true });
  if (deviceFaultsOf(plan, sound).length > 0) return provisionFaulty(office, plan, workDir);
  issueDevice(office, { dir: deviceDirOf(workDir, plan), pcId: plan.pcId });
  return provisioned(plan, workDir);
}

export interface ProvisionFleetOptions {
  /** Issue every PC a sound device, whatever its plan says (see `provisionPc`). */
  readonly sound?: boolean;
  /** Worker threads that issue sound devices besides this one (default: `issueDevices`'s). */
  readonly workers?: number;
  /** Told how many PCs have their device so far. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Provisions every PC of a fleet, like `provisionPc` for each, faster: the
 * devices left from an earlier start are found with one directory read and
 * removed, the faulty devices are issued first (a revoked one changes the
 * office's CRL, which every sound device then carries), and the sound
 * devices are issued together, in worker threads as well as this one.
 * Resolves with the PCs in the plans' order.
 */
export async function provisionFleet(
  office: CertificationOffice,
  plans: readonly PcPlan[],
  workDir: string,
  options: ProvisionFleetOptions = {},
): Promise<ProvisionedPc[]> {
  const sound = options.sound === true;
  const progress = options.onProgress ?? (() => undefined);
  const existing = new Set(await readdir(workDir).catch(() => [] as string[]));
  const earlier = plans.filter((plan) => existing.has(plan.pcId));
  await inBatches(earlier, FAULTY_CONCURRENCY, (plan) =>
    rm(deviceDirOf(workDir, plan), { recursive: true, force: true }),
  );
  const faulty = plans.filter((plan) => deviceFaultsOf(plan, sound).length > 0);
  const soundPlans = plans.filter((plan) => deviceFaultsOf(plan, sound).length === 0);
  const result: ProvisionedPc[] = [];
  await inBatches(faulty, FAULTY_CONCURRENCY, async (plan) => {
    result[plan.index] = await provisionFaulty(office, plan, workDir);
  });
  progress(faulty.length);
  await issueDevices(
    office,
    soundPlans.map((plan) => ({ dir: deviceDirOf(workDir, plan), pcId: plan.pcId })),
    {
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      onProgress: (done) => progress(faulty.length + done),
    },
  );
  for (const plan of soundPlans) result[plan.index] = provisioned(plan, workDir);
  return plans.map((plan) => result[plan.index] as ProvisionedPc);
}
