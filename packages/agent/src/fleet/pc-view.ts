/**
 * What a fleet knows of one simulated PC, from the events its agent
 * reports: where its connection is, each job's state (and code), the jobs
 * it said No to, and whether it has settled.
 */
import type { AgentEvent } from "../runtime/agent-options.ts";

export type ConnectionPhase = "starting" | "connecting" | "online" | "auth-failed" | "offline";

export interface JobView {
  readonly state: string;
  readonly code?: string;
}

const FINAL_JOB_STATES = new Set(["completed", "error"]);

export class PcView {
  phase: ConnectionPhase = "starting";
  /** The maintenance code of a failed authentication. */
  authCode: string | undefined;
  readonly jobs = new Map<string, JobView>();
  /** Jobs this PC answered No for, and has not been asked again since. */
  readonly declined = new Set<string>();
  /** The job reported last, for display. */
  lastJob: string | undefined;

  apply(event: AgentEvent): void {
    if (event.type === "connection") {
      if (event.state === "authenticated") {
        this.phase = "online";
        this.authCode = undefined;
      } else if (event.state === "auth-failed") {
        this.phase = "auth-failed";
        this.authCode = event.code;
      } else if (event.state === "connecting") {
        if (this.phase !== "auth-failed") this.phase = "connecting";
      } else if (this.phase === "online") {
        this.phase = "offline";
      }
      return;
    }
    if (event.type === "job") {
      this.jobs.set(event.jobId, {
        state: event.state,
        ...(event.maintenanceCode ? { code: event.maintenanceCode } : {}),
      });
      this.lastJob = event.jobId;
      if (event.state !== "awaiting_restart") this.declined.delete(event.jobId);
      return;
    }
    for (const jobId of event.jobIds) {
      if (event.answer === false) this.declined.add(jobId);
      else this.declined.delete(jobId);
    }
  }

  /** The state shown for the PC: its last job's, else its connection's. */
  get state(): string {
    const job = this.lastJob === undefined ? undefined : this.jobs.get(this.lastJob);
    if (job === undefined) return this.phase;
    return this.declined.has(this.lastJob as string) ? "declined" : job.state;
  }

  /** The maintenance code to show: the failed authentication's, else the last job's. */
  get code(): string | undefined {
    if (this.authCode !== undefined) return this.authCode;
    return this.lastJob === undefined ? undefined : this.jobs.get(this.lastJob)?.code;
  }

  /**
   * Nothing more will happen without someone acting: its authentication
   * failed, or every job it has is completed, in error, or declined.
   */
  get settled(): boolean {
    if (this.phase === "auth-failed") return true;
    if (this.jobs.size === 0) return false;
    for (const [jobId, job] of this.jobs) {
      if (!FINAL_JOB_STATES.has(job.state) && !this.declined.has(jobId)) return false;
    }
    return true;
  }
}
