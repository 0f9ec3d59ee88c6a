/**
 * Download and install of one verified job (after the restart on a
 * security PC, at once on a standard PC), each step reported: DOWNLOADING
 * with progress, INSTALLING, COMPLETED. A failure is a JobFailure whose
 * maintenance code the caller reports; an install that outlasts its time
 * limit is TIMED_OUT.
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
  readonly signal: AbortSignal;
  readonly request?: DownloadRequestOptions;
  readonly retries?: number;
  readonly retryDelayMs?: number;
  /** The longest an install may take before the job ends with TIMED_OUT (default 2 h). */
  readonly installTimeoutMs?: number;
  report(state: number, detail?: string): Promise<void>;
  progress(phase: number, done: number, total: number): void;
}

/** The partial (then verified) payload of a job in the state directory. */
export const partPathOf = (stateDir: string, jobFile: string) =>
  join(stateDir, DOWNLOADS_DIR, `${jobFile.replace(/\.json$/, "")}.part`);

export async function runJob(
  jobId: string,
  jobFile: string,
  offer: JobOffer,
  ctx: RunJobContext,
): Promise<string> {
  const pkg = offer.package ?? {};
  const expires = fromTimestamp(offer.conditions?.relayExpiresAt);
  if (expires !== undefined && expires <= ctx.now()) {
    throw new JobFailure(
      MaintenanceCode.RELAY_PACKAGE_EXPIRED,
      `the package expired at the relay system on ${new Date(expires).toISOString()}`,
    );
  }
  const size = Number(pkg.size ?? 0);
  const sha256 = Buffer.from(pkg.sha256 ?? []).toString("hex");
  const partPath = partPathOf(ctx.stateDir, jobFile);
  await ctx.report(v1.JobState.JOB_STATE_DOWNLOADING);
  await downloadPackage({
    url: new URL(pkg.downloadUrl ?? "", ctx.httpBase),
    partPath,
    size,
    sha256,
    timers: ctx.timers,
    signal: ctx.signal,
    ...(ctx.request ? { request: ctx.request } : {}),
    ...(ctx.retries === undefined ? {} : { retries: ctx.retries }),
    ...(ctx.retryDelayMs === undefined ? {} : { retryDelayMs: ctx.retryDelayMs }),
    onProgress: createDownloadProgress({
      now: ctx.now,
      send: (done, total) => ctx.progress(ProgressPhase.PROGRESS_PHASE_DOWNLOAD, done, total),
    }),
  });
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
