/**
 * The jobs of one PC (contract §4, seed 001): an offer is authenticated and
 * stored; on a security PC the restart-confirm prompt follows (Yes: the
 * reports are flushed and the PC restarts; No: the job waits for the next
 * start); after the restart, or at once on a standard PC, the stored offer
 * is authenticated again, then downloaded, installed and reported (a job
 * that ends in error has its partial download deleted; one broken off by
 * the agent's stop keeps it, to resume at the next start). Every
 * change of a job but its download and install goes through one queue;
 * downloads and installs, one job at a time, go through a second one, so
 * that a long install holds up no offer, answer or cancel of another job.
 * The two never touch the same job at once: the job being installed is
 * claimed (`#running`) before its record is read, a cancel of it aborts it
 * instead of going through the first queue, and a job cancelled before its
 * turn is skipped by the second queue and ended by the first.
 *
 * Before its package goes to the installer a job's record is marked
 * `installing`. A start that finds a job there (the agent was stopped, or
 * the PC lost power, in the middle of its install or before its outcome was
 * recorded) asks the installer whether the package is installed: if it is,
 * the job is reported COMPLETED without installing it again; if not, it is
 * downloaded (unless its checked payload is still there) and installed again.
 *
 * The manager may withdraw a job (JobCancel): one not yet downloading ends
 * at once (not after the install of another) in error with the cancelled
 * code and is never prompted for or installed
 * (a prompt on screen about it is withdrawn, and shown again for the rest);
 * the one downloading has its download aborted at once, not after the
 * queue, and ends the same way; one whose install has started is left to
 * finish and reports what the installer reports ("unless it already
 * completed"). So is one whose install a stop interrupted: COMPLETED if
 * the installer has its package, else it ends as cancelled. A cancel of a
 * job the PC never received leaves a finished record, so that the offer,
 * should it still come, is dropped, and is reported all the same so that
 * the manager's status of the job ends.
 */

import { type BodyOf, Limits, MaintenanceCode, toTimestamp, v1 } from "@patchcast/protocol";
import { restartMessage } from "../confirm/confirm.ts";
import { JobFailure } from "../errors.ts";
import type { Installer } from "../installer/installer.ts";
import { type DownloadRequestOptions, isInterruption } from "../jobs/download.ts";
import { partPathOf, runJob } from "../jobs/run-job.ts";
import { peekJobId, verifyJob } from "../jobs/verify-job.ts";
import type { AgentLog } from "../log.ts";
import { removeFile } from "../state/atomic-file.ts";
import {
  type JobRecord,
  type JobStore,
  jobFileName,
  type StoredOffer,
} from "../state/job-store.ts";
import type { AgentOptions, ResolvedUrls } from "./agent-options.ts";
import { LATE_CANCEL, settleInterruptedInstall } from "./interrupted-install.ts";
import type { Reporter } from "./reporter.ts";
import { RestartPrompt } from "./restart-prompt.ts";
import type { Timers } from "./timers.ts";

const S = v1.JobState;
const stateName = (state: number) =>
  (S[state] ?? String(state)).replace(/^JOB_STATE_/, "").toLowerCase();
const clip = (text: string) => (text.length > 1000 ? `${text.slice(0, 997)}...` : text);

/** The detail of a cancel that gives no reason. */
const CANCELLED_DETAIL = "cancelled by the manager";

/** The record of a job known by its ID alone: finished, so that its offer, should it come, is dropped. */
function tombstone(jobId: string, receivedAt: string): JobRecord {
  const empty = new Uint8Array();
  return {
    jobId,
    stage: "finished",
    packageName: "",
    receivedAt,
    signed: { offer: empty, algorithm: 0, signature: empty, certificates: [] },
  };
}

/** What a failure of the agent itself (not of the job) is reported as. */
function failureCode(error: unknown): { code: string; detail: string } {
  if (error instanceof JobFailure) return { code: error.maintenanceCode, detail: error.message };
  const errno = (error as NodeJS.ErrnoException).code;
  const detail = error instanceof Error ? error.message : String(error);
  if (errno === "ENOSPC" || errno === "EDQUOT")
    return { code: MaintenanceCode.NO_DISK_SPACE, detail };
  return { code: MaintenanceCode.STATE_UNUSABLE, detail };
}

export interface JobFlowDeps {
  readonly options: AgentOptions;
  readonly urls: ResolvedUrls;
  readonly jobs: JobStore;
  readonly reporter: Reporter;
  readonly installer: Installer;
  readonly log: AgentLog;
  readonly timers: Timers;
  readonly now: () => number;
  readonly signal: AbortSignal;
  readonly pcId: string;
  readonly restartFlushMs: number;
  /** Connection options for downloads (localAddress, ca). */
  readonly request: DownloadRequestOptions;
  /** Ends the runtime after a successful restart. */
  endForRestart(): void;
}

export class JobFlow {
  readonly #d: JobFlowDeps;
  #queue: Promise<void> = Promise.resolve();
  /** Downloads and installs, one at a time. */
  #installs: Promise<void> = Promise.resolve();
  /**
   * Jobs the manager has cancelled and that are not finished yet, with the
   * detail to report: noted at once, before the queue gets to them, so that
   * work already queued (a download after the restart, the prompt) leaves
   * them alone, and so that a cancel sent again is not handled twice.
   */
  readonly #cancels = new Map<string, string>();
  /** The job being downloaded or installed (one at a time: `#installs`), and how to withdraw it. */
  #running: { readonly jobId: string; readonly cancel: AbortController } | undefined;
  readonly #prompt: RestartPrompt;

  constructor(deps: JobFlowDeps) {
    this.#d = deps;
    this.#prompt = new RestartPrompt({
      ...deps,
      queue: (work) => this.#run(work),
      afterInstalls: (work) => this.#afterInstalls(work),
      cancelled: (jobId) => this.#cancels.has(jobId),
      reportState: (jobId, state, code, detail) => this.reportState(jobId, state, code, detail),
      finish: (record, state, code, detail) => this.#finish(record, state, code, detail),
    });
  }

  /** Resolves once the queued work has run (for a clean stop). */
  async settled(): Promise<void> {
    await Promise.all([this.#queue, this.#installs]);
  }

  #run<T>(work: () => Promise<T>): Promise<T | undefined> {
    const run = this.#queue.then(work);
    this.#queue = this.#logged(run);
    return run.catch(() => undefined);
  }

  /** Runs `work` in the downloads' and installs' queue, after what is queued there before it. */
  #afterInstalls(work: () => Promise<unknown>): void {
    this.#installs = this.#logged(this.#installs.then(work));
  }

  #logged(run: Promise<unknown>): Promise<void> {
    return run.then(
      () => undefined,
      (error: unknown) => this.#d.log.error("job work failed", { err: error }),
    );
  }

  async reportState(jobId: string, state: number, code = "", detail = ""): Promise<void> {
    await this.#d.reporter.report({
      case: "statusReport",
      value: {
        jobId,
        state,
        occurredAt: toTimestamp(this.#d.now()),
        maintenanceCode: code,
        detail: clip(detail),
      },
    });
    const event = {
      type: "job" as const,
      jobId,
      state: stateName(state),
      ...(code ? { maintenanceCode: code } : {}),
      ...(detail ? { detail } : {}),
    };
    this.#d.options.onEvent?.(event);
    (code ? this.#d.log.warn : this.#d.log.info)(`job ${jobId}: ${event.state}`, {
      jobId,
      ...(code ? { maintenanceCode: code } : {}),
      ...(detail ? { detail } : {}),
    });
  }

  /** A job file that could not be read at start: moved aside and reported. */
  async unreadable(jobId: string, detail: string): Promise<void> {
    await this.#run(async () => {
      await this.#d.jobs.quarantine(jobId);
      // A tombstone, so that the same job offered again is not taken for a new one.
      await this.#finish(
        tombstone(jobId, new Date(this.#d.now()).toISOString()),
        S.JOB_STATE_ERROR,
        MaintenanceCode.STATE_UNUSABLE,
        detail,
      );
    });
  }

  offered(signed: BodyOf<"jobOffer">["value"]): void {
    void this.#run(() => this.#receive(signed));
  }

  /**
   * The manager withdrew a job. The job downloading now is aborted at once
   * (its #process ends it); waiting behind it in the queue could take as
   * long as the whole download. Any other job is ended through the queue.
   */
  cancelled(cancel: BodyOf<"jobCancel">["value"]): void {
    const jobId = cancel.jobId ?? "";
    if (jobId === "" || jobId.length > Limits.MAX_ID_CHARS) {
      this.#d.log.warn("a cancel without a readable job ID was dropped");
      return;
    }
    if (this.#cancels.has(jobId)) {
      this.#d.log.debug(`job ${jobId} cancelled again: already being cancelled`, { jobId });
      return;
    }
    const detail = cancel.reason || CANCELLED_DETAIL;
    this.#cancels.set(jobId, detail);
    this.#d.log.info(`job ${jobId}: cancelled by the manager`, { jobId, detail });
    if (this.#running?.jobId === jobId) {
      this.#running.cancel.abort(detail);
      return;
    }
    // A question about a withdrawn update is not left on the screen.
    // The manager's words on the person's screen: one line, no control characters.
    const reason = clip(detail.replace(/\p{Cc}+/gu, " "));
    this.#prompt.withdraw(jobId, `withdrawn: the update was cancelled by the manager (${reason})`);
    void this.#run(async () => {
      try {
        await this.#withdraw(jobId, detail);
      } catch (error) {
        // Not ended (its report could not be written, say): a cancel sent again may try anew.
        this.#cancels.delete(jobId);
        throw error;
      }
    });
  }

  /** Ends a job as cancelled (`#finish` drops the partial download an earlier start may have left). */
  async #endCancelled(record: JobRecord, detail: string): Promise<void> {
    await this.#finish(record, S.JOB_STATE_ERROR, MaintenanceCode.CANCELLED, detail);
  }

  /** A cancelled job that is not running: ended, unless it is over already. */
  async #withdraw(jobId: string, detail: string): Promise<void> {
    const entry = await this.#d.jobs.get(jobId);
    if (entry && "record" in entry) {
      const { record } = entry;
      // Its install had started before a stop: the installer's outcome stands, if it has one.
      if (record.stage === "installing" && (await this.#installedBeforeStop(record, true))) return;
      if (record.stage !== "finished") return this.#endCancelled(record, detail);
      // Completed or in error before the cancel came: that report stands, and was sent once.
      this.#cancels.delete(jobId);
      this.#d.log.info(`job ${jobId}: already over, the cancel changes nothing`, { jobId });
      return;
    }
    if (entry) {
      // A job file damaged since the start: kept aside, as at the start.
      this.#d.log.error("a job file is unreadable: moved aside", { jobId, err: entry.error });
      await this.#d.jobs.quarantine(jobId);
    } else {
      // The offer was lost or never sent: the manager waits for this PC's word on the job all the same.
      this.#d.log.warn(`job ${jobId}: cancelled before its offer arrived`, { jobId });
    }
    await this.#finish(
      tombstone(jobId, new Date(this.#d.now()).toISOString()),
      S.JOB_STATE_ERROR,
      MaintenanceCode.CANCELLED,
      detail,
    );
  }

  /** Download and install a confirmed job (after the restart) or a standard PC's job. */
  process(jobId: string): void {
    this.#afterInstalls(() => this.#process(jobId));
  }

  async #receive(signed: BodyOf<"jobOffer">["value"]): Promise<void> {
    const stored: StoredOffer = {
      offer: signed.offer ?? new Uint8Array(),
      algorithm: signed.algorithm ?? 0,
      signature: signed.signature ?? new Uint8Array(),
      certificates: signed.signerCertificates ?? [],
    };
    const jobId = peekJobId(stored.offer);
    if (jobId === undefined || jobId.length > Limits.MAX_ID_CHARS) {
      this.#d.log.warn("an offer without a readable job ID was dropped");
      return;
    }
    if (await this.#d.jobs.get(jobId)) {
      this.#d.log.debug(`job ${jobId} offered again: already known`, { jobId });
      return;
    }
    const base = { jobId, receivedAt: new Date(this.#d.now()).toISOString(), signed: stored };
    try {
      const verdict = await this.#verify(stored);
      if (!verdict.ok) {
        return await this.#finish(
          { ...base, stage: "finished", packageName: "" },
          S.JOB_STATE_ERROR,
          verdict.code,
          verdict.detail,
        );
      }
      const pkg = verdict.offer.package ?? {};
      const security = this.#d.options.role !== "standard" || verdict.offer.restartConfirm === true;
      const record: JobRecord = {
        ...base,
        stage: security ? "awaiting-restart" : "ready",
        packageName: pkg.name || pkg.packageId || "(unnamed package)",
      };
      await this.#d.jobs.put(record);
      await this.reportState(jobId, S.JOB_STATE_RECEIVED);
      if (!security) return this.process(jobId);
      await this.reportState(
        jobId,
        S.JOB_STATE_AWAITING_RESTART,
        "",
        restartMessage([record.packageName]),
      );
      void this.prompt();
    } catch (error) {
      const { code, detail } = failureCode(error);
      await this.reportState(jobId, S.JOB_STATE_ERROR, code, detail);
    }
  }

  #verify(signed: StoredOffer) {
    const { options, pcId } = this.#d;
    return verifyJob(signed, {
      deviceDir: options.deviceDir,
      pcId,
      ...(options.authenticate ? { authenticate: options.authenticate } : {}),
      now: new Date(this.#d.now()),
    });
  }

  /**
   * Ends a job: reported, and its record finished. A job ending in error
   * never resumes its download: its partial payload is deleted first, so
   * that one that filled the disk leaves room for the report.
   */
  async #finish(record: JobRecord, state: number, code = "", detail = ""): Promise<void> {
    if (state === S.JOB_STATE_ERROR) await this.#dropPayload(record.jobId);
    await this.reportState(record.jobId, state, code, detail);
    await this.#d.jobs.put({
      ...record,
      stage: "finished",
      finishedAt: new Date(this.#d.now()).toISOString(),
    });
    // Over: a cancel coming now finds the finished record and changes nothing.
    this.#cancels.delete(record.jobId);
  }

  /** Deletes the job's partial download, if any; a failure to is logged, and the job ends all the same. */
  async #dropPayload(jobId: string): Promise<void> {
    const path = partPathOf(this.#d.options.stateDir, jobFileName(jobId));
    try {
      await removeFile(path, { durable: this.#d.options.durable ?? true });
    } catch (error) {
      this.#d.log.error("the partial download of an ended job cannot be deleted", {
        jobId,
        path,
        err: error,
      });
    }
  }

  async #process(jobId: string): Promise<void> {
    if (this.#d.signal.aborted) return;
    // Cancelled before its turn came: the cancel's own work in the first queue ends it.
    if (this.#cancels.has(jobId)) return;
    // From here a cancel aborts this job (see `cancelled`) instead of ending it in the first
    // queue: the record read below can then not be one that a cancel has just ended.
    const running = { jobId, cancel: new AbortController() };
    this.#running = running;
    try {
      const entry = await this.#d.jobs.get(jobId);
      if (!entry || !("record" in entry)) {
        // A cancel that came meanwhile is still answered: the first queue ends the job as one it cannot read.
        const detail = this.#cancels.get(jobId);
        if (detail !== undefined) void this.#run(() => this.#withdraw(jobId, detail));
        return;
      }
      const record = entry.record;
      if (record.stage === "installing") {
        if (await this.#installedBeforeStop(record, running.cancel.signal.aborted)) return;
      } else if (record.stage !== "restart-confirmed" && record.stage !== "ready") return;
      // Cancelled while its record was read (just after the restart, say): nothing is fetched.
      if (running.cancel.signal.aborted) {
        return await this.#endCancelled(record, this.#cancels.get(jobId) ?? CANCELLED_DETAIL);
      }
      await this.#install(record, running.cancel.signal);
    } finally {
      this.#running = undefined;
      // Ended, or failed to: a cancel sent again is handled anew.
      this.#cancels.delete(jobId);
    }
  }

  async #install(record: JobRecord, cancel: AbortSignal): Promise<void> {
    const { jobId } = record;
    const verdict = await this.#verify(record.signed);
    if (!verdict.ok) return this.#finish(record, S.JOB_STATE_ERROR, verdict.code, verdict.detail);
    try {
      const detail = await runJob(jobId, jobFileName(jobId), verdict.offer, {
        stateDir: this.#d.options.stateDir,
        httpBase: this.#d.urls.httpBase,
        installer: this.#d.installer,
        timers: this.#d.timers,
        now: this.#d.now,
        signal: this.#d.signal,
        cancel,
        request: this.#d.request,
        ...this.#d.options.download,
        ...(this.#d.options.installTimeoutMs === undefined
          ? {}
          : { installTimeoutMs: this.#d.options.installTimeoutMs }),
        // One write more per job: a start after a stop in the middle of the install asks the installer first.
        installing: () =>
          record.stage === "installing"
            ? Promise.resolve()
            : this.#d.jobs.put({ ...record, stage: "installing" }),
        report: (state, text) => this.reportState(jobId, state, "", text),
        progress: (phase, done, total) =>
          this.#d.reporter.sendBestEffort({
            case: "progress",
            value: { jobId, phase, done, total },
          }),
      });
      this.#lateCancel(jobId, cancel);
      await this.#finish(record, S.JOB_STATE_COMPLETED, "", detail);
    } catch (error) {
      // The agent stopping: the download resumes at the next start. A cancel is no
      // interruption (runJob rejects with CANCELLED), even when the agent stops as well.
      if (isInterruption(error) && this.#d.signal.aborted) return;
      const { code, detail } = failureCode(error);
      if (code !== MaintenanceCode.CANCELLED) this.#lateCancel(jobId, cancel);
      await this.#finish(record, S.JOB_STATE_ERROR, code, detail);
    }
  }

  /** Settles a job whose install a stop interrupted (interrupted-install.ts); true when it is over. */
  #installedBeforeStop(record: JobRecord, cancelled: boolean): Promise<boolean> {
    return settleInterruptedInstall(
      {
        installer: this.#d.installer,
        log: this.#d.log,
        dropPayload: (jobId) => this.#dropPayload(jobId),
        finish: (ended, state, code, detail) => this.#finish(ended, state, code, detail),
      },
      record,
      cancelled,
    );
  }

  /** A cancel that came once the install had started: the installer's outcome is what counts. */
  #lateCancel(jobId: string, cancel: AbortSignal): void {
    if (!cancel.aborted) return;
    this.#d.log.info(`job ${jobId}: ${LATE_CANCEL}`, { jobId });
  }

  /**
   * Shows the restart-confirm prompt for the jobs waiting for it
   * (restart-prompt.ts). Never rejects: a failure (the job records cannot
   * be read, say) is logged, and the prompt is tried again at the next
   * offer or start.
   */
  prompt(): Promise<void> {
    return this.#prompt
      .show()
      .catch((error: unknown) =>
        this.#d.log.error("the restart-confirm prompt cannot be shown", { err: error }),
      );
  }
}
