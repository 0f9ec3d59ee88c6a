/**
 * A job whose install a stop interrupted (its record at stage
 * `installing`: the agent was stopped, or the PC lost power, in the middle
 * of its install or before its outcome was recorded). The installer is
 * asked whether the package is there: if it is, the job is reported
 * COMPLETED without installing it again; if not, the job flow installs it
 * again (job-flow.ts). An installer that cannot tell ends the job in
 * error, rather than installing the package a second time.
 */
import { decodeJobOffer, type JobOffer, MaintenanceCode, v1 } from "@patchcast/protocol";
import { findInstalled, jobPackageOf } from "../installer/find-installed.ts";
import type { InstalledPackage, Installer } from "../installer/installer.ts";
import type { AgentLog } from "../log.ts";
import type { JobRecord } from "../state/job-store.ts";

const S = v1.JobState;

/** What the log says of a cancel that came once a job's install had started. */
export const LATE_CANCEL = "cancelled after its install had started: its outcome stands";

/** The detail of a job whose package a stop in the middle of its install left installed. */
const INSTALLED_BEFORE_STOP = "installed before the agent stopped";

export interface InterruptedInstallDeps {
  readonly installer: Installer;
  readonly log: AgentLog;
  /** Deletes the job's partial download, if any. */
  dropPayload(jobId: string): Promise<void>;
  /** Ends a job: reported in `state` and its record finished. */
  finish(record: JobRecord, state: number, code?: string, detail?: string): Promise<void>;
}

/**
 * Settles the job of `record` when the installer has its package (reported
 * COMPLETED and finished, whatever cancel came since: its install had
 * started) or cannot tell (ended in error); true then. False when the
 * package is not there: the job is installed again, or ended as cancelled.
 */
export async function settleInterruptedInstall(
  d: InterruptedInstallDeps,
  record: JobRecord,
  cancelled: boolean,
): Promise<boolean> {
  const { jobId } = record;
  let found: InstalledPackage | undefined;
  try {
    found = await installedPackage(d.installer, record);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const detail = `the installer cannot tell whether the interrupted install took place: ${why}`;
    await d.finish(record, S.JOB_STATE_ERROR, MaintenanceCode.INSTALL_FAILED, detail);
    return true;
  }
  if (!found) {
    d.log.info(`job ${jobId}: its interrupted install is not there`, { jobId });
    return false;
  }
  d.log.info(`job ${jobId}: ${INSTALLED_BEFORE_STOP}`, { jobId, installed: found });
  if (cancelled) d.log.info(`job ${jobId}: ${LATE_CANCEL}`, { jobId });
  // The payload, checked and installed: runJob deletes it once the installer is done.
  await d.dropPayload(jobId);
  await d.finish(record, S.JOB_STATE_COMPLETED, "", INSTALLED_BEFORE_STOP);
  return true;
}

/**
 * The installer's record of the package of the job's stored offer. The offer
 * is not authenticated again for this (nothing is installed from it; it
 * was before its install started); one that cannot be decoded is left to
 * the install path, which refuses it.
 */
async function installedPackage(
  installer: Installer,
  record: JobRecord,
): Promise<InstalledPackage | undefined> {
  let offer: JobOffer;
  try {
    offer = decodeJobOffer(record.signed.offer);
  } catch {
    return undefined;
  }
  return findInstalled(installer, jobPackageOf(record.jobId, offer));
}
