/**
 * The restart-confirm prompt of a security PC (seed 001): shown for every
 * job waiting for it that has not been asked about since this start (at
 * start, and on each new offer); No leaves the jobs waiting for the next
 * start, Yes confirms them, flushes the reports and restarts the PC once
 * the downloads and installs already queued are over (`#installs` in
 * job-flow.ts), holding back those queued after; the restart is called off
 * when every job it was for has been cancelled meanwhile. A
 * prompt whose job the manager cancels is withdrawn (the person's answer,
 * should it come, counts for nothing) and shown again for the jobs that
 * still wait. A restart that fails ends its jobs in error (RESTART_FAILED,
 * final for the manager): nothing of them is installed later. The jobs'
 * changes go through the job flow's queue (job-flow.ts), which owns the
 * jobs and their cancels.
 */
import { MaintenanceCode, RestartAnswer, toTimestamp, v1 } from "@patchcast/protocol";
import { restartMessage } from "../confirm/confirm.ts";
import type { AgentLog } from "../log.ts";
import type { JobRecord, JobStore, JobSummary } from "../state/job-store.ts";
import type { AgentOptions } from "./agent-options.ts";
import type { Reporter } from "./reporter.ts";
import type { Timers } from "./timers.ts";
import { sleep } from "./timers.ts";

const S = v1.JobState;

export interface RestartPromptDeps {
  readonly options: AgentOptions;
  readonly jobs: JobStore;
  readonly reporter: Reporter;
  readonly log: AgentLog;
  readonly timers: Timers;
  readonly now: () => number;
  readonly signal: AbortSignal;
  readonly restartFlushMs: number;
  /** Ends the runtime after a successful restart. */
  endForRestart(): void;
  /** Runs `work` in the job flow's queue, after what is queued before it. */
  queue(work: () => Promise<void>): Promise<unknown>;
  /** Runs `work` once the downloads and installs queued so far are over, holding back those queued after. */
  afterInstalls(work: () => Promise<unknown>): void;
  /** True while the manager's cancel of the job has not ended it yet. */
  cancelled(jobId: string): boolean;
  reportState(jobId: string, state: number, code?: string, detail?: string): Promise<void>;
  /** Ends a job: reported in `state` and its record finished, so that no later start takes it up. */
  finish(record: JobRecord, state: number, code?: string, detail?: string): Promise<void>;
}

export class RestartPrompt {
  readonly #d: RestartPromptDeps;
  /** Jobs asked about since this start. */
  readonly #asked = new Set<string>();
  #prompting = false;
  /** The prompt on screen: the jobs it asks about, and how to withdraw it. */
  #shown: { readonly jobIds: readonly string[]; readonly withdraw: AbortController } | undefined;

  constructor(deps: RestartPromptDeps) {
    this.#d = deps;
  }

  /** The manager cancelled `jobId`: a prompt on screen that asks about it is taken away, saying `reason`. */
  withdraw(jobId: string, reason: string): void {
    if (this.#shown?.jobIds.includes(jobId)) this.#shown.withdraw.abort(reason);
  }

  /**
   * Shows the restart-confirm prompt for every job waiting for it that has
   * not been asked about since this start; called at start and on each new
   * offer. A prompt whose job the manager cancels is withdrawn (the
   * person's answer, should it come, counts for nothing), and asked again
   * about the jobs that still wait, if any.
   */
  async show(): Promise<void> {
    if (this.#prompting) return;
    this.#prompting = true;
    try {
      for (;;) {
        const waiting = (await this.#d.jobs.summaries()).filter(
          (job) =>
            job.stage === "awaiting-restart" &&
            !this.#asked.has(job.jobId) &&
            !this.#d.cancelled(job.jobId),
        );
        if (waiting.length === 0 || this.#d.signal.aborted) return;
        if (await this.#ask(waiting)) return;
      }
    } finally {
      this.#prompting = false;
    }
  }

  /** Asks once; true when the answer ends the prompting (Yes, or the agent stopping). */
  async #ask(waiting: readonly JobSummary[]): Promise<boolean> {
    const { options, log, signal } = this.#d;
    for (const record of waiting) this.#asked.add(record.jobId);
    const jobIds = waiting.map((r) => r.jobId);
    const message = restartMessage(waiting.map((r) => r.packageName));
    options.onEvent?.({ type: "prompt", jobIds });
    log.info("restart-confirm prompt shown", { jobIds });
    const withdraw = new AbortController();
    this.#shown = { jobIds, withdraw };
    let yes = false;
    try {
      yes = await options.confirm(
        { jobs: waiting.map(({ jobId, packageName }) => ({ jobId, packageName })), message },
        AbortSignal.any([signal, withdraw.signal]),
      );
    } catch (error) {
      log.error("the restart-confirm prompt failed: taken as No", { err: error });
    } finally {
      this.#shown = undefined;
    }
    if (signal.aborted) return true;
    if (withdraw.signal.aborted) {
      // Asked again about the jobs not cancelled; a cancelled one stays asked even once it has ended.
      for (const jobId of jobIds) if (!this.#d.cancelled(jobId)) this.#asked.delete(jobId);
      options.onEvent?.({ type: "prompt", jobIds, withdrawn: true });
      log.info("restart-confirm prompt withdrawn: a job in it was cancelled", {
        jobIds,
        cancelled: jobIds.filter((jobId) => this.#d.cancelled(jobId)),
      });
      return false;
    }
    options.onEvent?.({ type: "prompt", jobIds, answer: yes });
    log.info(`restart-confirm answer: ${yes ? "Yes" : "No"}`, { jobIds });
    await this.#d.queue(() => (yes ? this.#confirmed(jobIds) : this.#declined(jobIds)));
    return yes;
  }

  async #answer(jobId: string, answer: number): Promise<void> {
    await this.#d.reporter.report({
      case: "restartConfirmResult",
      value: { jobId, answer, answeredAt: toTimestamp(this.#d.now()) },
    });
  }

  async #stillWaiting(jobIds: readonly string[]): Promise<JobRecord[]> {
    const records: JobRecord[] = [];
    for (const jobId of jobIds) {
      const entry = await this.#d.jobs.get(jobId);
      if (
        entry &&
        "record" in entry &&
        entry.record.stage === "awaiting-restart" &&
        !this.#d.cancelled(jobId)
      )
        records.push(entry.record);
    }
    return records;
  }

  async #declined(jobIds: readonly string[]): Promise<void> {
    for (const record of await this.#stillWaiting(jobIds)) {
      await this.#answer(record.jobId, RestartAnswer.RESTART_ANSWER_NO);
      await this.#d.reportState(
        record.jobId,
        S.JOB_STATE_AWAITING_RESTART,
        "",
        "answered No: the prompt returns at the next start",
      );
    }
  }

  async #confirmed(jobIds: readonly string[]): Promise<void> {
    const records = await this.#stillWaiting(jobIds);
    for (const record of records) {
      await this.#answer(record.jobId, RestartAnswer.RESTART_ANSWER_YES);
      await this.#d.reportState(record.jobId, S.JOB_STATE_RESTARTING);
    }
    if (records.length === 0) return;
    // The restart comes once the downloads and installs queued before it are over (never
    // cut short), and holds back those queued after it; meanwhile the jobs' queue goes on
    // taking offers, answers and cancels. The jobs are marked confirmed only then, so that
    // an agent stopped before the restart asks again at its next start rather than
    // installing without a restart.
    this.#d.log.info("restarting once the downloads and installs under way are over", {
      jobIds: records.map((r) => r.jobId),
    });
    const confirmed = records.map((r) => r.jobId);
    this.#d.afterInstalls(() => this.#d.queue(() => this.#restart(confirmed)));
  }

  /** Flushes the reports and restarts, in the jobs' queue, unless every job has been cancelled. */
  async #restart(confirmed: readonly string[]): Promise<void> {
    if (this.#d.signal.aborted) return;
    const flush = new AbortController();
    await Promise.race([
      this.#d.reporter.drained(),
      sleep(
        this.#d.timers,
        this.#d.restartFlushMs,
        AbortSignal.any([flush.signal, this.#d.signal]),
      ),
    ]);
    flush.abort();
    // A job cancelled meanwhile (ended already, or its cancel waiting behind this) is no reason to restart.
    const records = await this.#stillWaiting(confirmed);
    if (records.length === 0) {
      this.#d.log.info("the restart was called off: its jobs were cancelled", {
        jobIds: confirmed,
      });
      return;
    }
    // The agent stopped meanwhile: no restart, and the jobs are asked about again at the next start.
    if (this.#d.signal.aborted) return;
    for (const record of records) await this.#d.jobs.put({ ...record, stage: "restart-confirmed" });
    try {
      await this.#d.options.restart?.();
    } catch (error) {
      // RESTART_FAILED ends the job for the manager: its record ends too, so that no
      // later start installs what the manager no longer follows.
      const detail = `the restart failed: ${error instanceof Error ? error.message : String(error)}`;
      for (const record of records)
        await this.#d.finish(record, S.JOB_STATE_ERROR, MaintenanceCode.RESTART_FAILED, detail);
      return;
    }
    this.#d.endForRestart();
  }
}
