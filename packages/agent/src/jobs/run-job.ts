/**
 * Download and install of one verified job (after the restart on a
 * security PC, at once on a standard PC), each step reported: DOWNLOADING
 * with progress, INSTALLING, COMPLETED. A failure is a JobFailure whose
 * maintenance code the caller reports; an install that outlasts its time
 * limit is TIMED_OUT. A job the manager withdraws (JobCancel) before its
 * install starts is CANCELLED, its partial payload dropped; once INSTALLING
 * is reported the cancel is no longer looked at, since an installer stopped
 * half-way could leave the PC worse off than either outcome.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import {
  fromTimestamp,
  type JobOffer,
  MaintenanceCode,
  ProgressPhase,
  v1,
} from "@patchcast/protocol";
import { JobFailure } from "../errors.ts";
import type { Installer } from "../installer/installer.ts";
import type { Timers } from "../runtime/timers.ts";
import { type DownloadRequestOptions, downloadPackage } from "./download.ts";
import { createDownloadProgress } from "./download-progress.ts";
import { withinTimeLimit } from "./time-limit.ts";

export const DOWNLOADS_DIR = "downloads";
export const DEFAULT_INSTALL_TIMEOUT_MS = 2 * 3_600_000;

export interface RunJobContext {
  readonly stateDir: string;
  /** The manager's http(s) origin: relative download paths resolve against it. */
  readonly httpBase: URL;
  readonly installer: Installer;
  readonly timers: Timers;
  readonly now: () => number;
  /** The agent stopping: the download breaks off (and resumes at the next start), the install is told. */
  readonly signal: AbortSignal;
  /**
   * The manager withdrawing the job: until INSTALLING it stops the download
   * and runJob rejects with a CANCELLED JobFailure whose message is the
   * signal's reason; from then on it is ignored and the install runs to its end.
   */
  readonly cancel?: AbortSignal;
  readonly request?: DownloadRequestOptions;
  readonly retries?: number;
  readonly retryDelayMs?: number;
  /** The longest an install may take before the job ends with TIMED_OUT (default 2 h). */
  readonly installTimeoutMs?: number;
  /**
   * Called once the payload is checked, before the cancel is looked at for
   * the last time and INSTALLING reported: the job's record notes that its
   * install may start, so that a start after a stop in the middle of the
   * install does not run it blindly again.
   */
  installing?(): Promise<void>;
  report(state: number, detail?: string): Promise<void>;
  progress(phase: number, done: number, total: number): void;
}

/** The partial (then verified) payload of a job in the state directory. */
export const partPathOf = (stateDir: string, jobFile: string) =>
  join(stateDir, DOWNLOADS_DIR, `${jobFile.replace(/\.json$/, "")}.part`);

/** Ends the job if the manager has withdrawn it; its partial payload would never be resumed. */
async function stopIfCancelled(ctx: RunJobContext, partPath: string, cause?: unknown) {
  const cancel = ctx.cancel;
  if (!cancel?.aborted) return;
  await rm(partPath, { force: true });
  const reason = typeof cancel.reason === "string" ? cancel.reason : "cancelled by the manager";
  throw new JobFailure(MaintenanceCode.CANCELLED, reason, cause === undefined ? {} : { cause });
}

export async function runJob(
  jobId: string,
  jobFile: string,
  offer: JobOffer,
  ctx: RunJobContext,
): Promise<string> {
  const pkg = offer.package ?? {};
  const partPath = partPathOf(ctx.stateDir, jobFile);
  await stopIfCancelled(ctx, partPath);
  const expires = fromTimestamp(offer.conditions?.relayExpiresAt);
  if (expires !== undefined && expires <= ctx.now()) {
    throw new JobFailure(
      MaintenanceCode.RELAY_PACKAGE_EXPIRED,
      `the package expired at the relay system on ${new Date(expires).toISOString()}`,
    );
  }
  const size = Number(pkg.size ?? 0);
  const sha256 = Buffer.from(pkg.sha256 ?? []).toString("hex");
  await ctx.report(v1.JobState.JOB_STATE_DOWNLOADING);
  try {
    await downloadPackage({
      url: new URL(pkg.downloadUrl ?? "", ctx.httpBase),
      partPath,
      size,
      sha256,
      timers: ctx.timers,
      signal: ctx.cancel ? AbortSignal.any([ctx.signal, ctx.cancel]) : ctx.signal,
      ...(ctx.request ? { request: ctx.request } : {}),
      ...(ctx.retries === undefined ? {} : { retries: ctx.retries }),
      ...(ctx.retryDelayMs === undefined ? {} : { retryDelayMs: ctx.retryDelayMs }),
      onProgress: createDownloadProgress({
        now: ctx.now,
        send: (done, total) => ctx.progress(ProgressPhase.PROGRESS_PHASE_DOWNLOAD, done, total),
      }),
    });
  } catch (error) {
    // Whatever broke the download off, a withdrawn job ends as cancelled, not as a download error.
    await stopIfCancelled(ctx, partPath, error);
    throw error;
  }
  await ctx.installing?.();
  await stopIfCancelled(ctx, partPath);
  await ctx.report(v1.JobState.JOB_STATE_INSTALLING);
  const installTimeoutMs = ctx.installTimeoutMs ?? DEFAULT_INSTALL_TIMEOUT_MS;
  try {
    const result = await withinTimeLimit(
      ctx.timers,
      installTimeoutMs,
      (signal) =>
        ctx.installer.install({
          jobId,
          packageId: pkg.packageId ?? "",
          name: pkg.name ?? "",
          version: pkg.version ?? "",
          generation: pkg.generation ?? 0,
          sha256,
          size,
          payloadPath: partPath,
          replaceExisting: offer.conditions?.replaceExisting === true,
          signal,
        }),
      () =>
        new JobFailure(
          MaintenanceCode.TIMED_OUT,
          `the installer did not finish within ${Math.round(installTimeoutMs / 1000)} s`,
        ),
      ctx.signal,
    );
    return result.detail ?? `installed ${pkg.packageId}`;
  } catch (error) {
    if (error instanceof JobFailure) throw error;
    throw new JobFailure(
      MaintenanceCode.INSTALL_FAILED,
      `the installer failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  } finally {
    await rm(partPath, { force: true });
  }
}
