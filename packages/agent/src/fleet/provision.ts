/**
 * Gives each simulated PC its own authentication device, issued by the
 * fleet's certification office (with the PC's planned fault, if any), and
 * its state directory: `<work-dir>/<pc-id>/device` and `…/state`. The
 * device is issued anew at each start; the state directory is kept, so a
 * fleet started again on the same work directory carries on like PCs
 * switched on again.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { type CertificationOffice, issueDevice, issueFaultyDevice } from "@patchcast/pki-sim";
import type { PcPlan } from "./fleet-plan.ts";

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
  const deviceDir = join(workDir, plan.pcId, "device");
  const stateDir = join(workDir, plan.pcId, "state");
  await rm(deviceDir, { recursive: true, force: true });
  const deviceFaults = sound ? [] : plan.faults.filter((kind) => !BEHAVIOUR_FAULTS.has(kind));
  let authenticate: ProvisionedPc["authenticate"] = {};
  if (deviceFaults.length === 0) {
    issueDevice(office, { dir: deviceDir, pcId: plan.pcId });
  } else {
    const device = await issueFaultyDevice(office, {
      dir: deviceDir,
      pcId: plan.pcId,
      faults: deviceFaults,
    });
    authenticate = device.authenticateOptions;
  }
  return {
    plan,
    deviceDir,
    stateDir,
    authenticate,
    tamperStoredJob: plan.faults.some((kind) => BEHAVIOUR_FAULTS.has(kind)),
  };
}
