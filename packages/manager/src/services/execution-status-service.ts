/**
 * Job execution status (contract §4; seed 001 Appendix B.5 (2)): per job
 * execution and per destination, the current state, the time of each
 * transition, and for errors the maintenance code with its cause and
 * action from the catalogue (`describeMaintenanceCode`), plus a count of
 * destinations by state.
 */
import { describeMaintenanceCode } from "@patchcast/protocol";
import { NotFoundError } from "../errors.ts";
import type { ClientRole } from "../jobs/job-rules.ts";
import { EXECUTION_STATES, type ExecutionState } from "../store/execution-states.ts";
import { createExecutionStore, type ExecutionRecord } from "../store/execution-store.ts";
import { createJobStore, type JobRecord } from "../store/job-store.ts";
import { createStatusStore, type StatusEvent } from "../store/status-store.ts";
import type { ServiceDeps } from "./service-deps.ts";
import { checkId } from "./validation.ts";
import { wireJobId } from "./wire-job-id.ts";

/** A maintenance code with what the Detailed Information dialog box shows for it. */
export interface MaintenanceInfo {
  readonly maintenanceCode: string | null;
  /** From the catalogue; null for no code or a code the catalogue does not know. */
  readonly cause: string | null;
  readonly action: string | null;
  readonly detail: string | null;
}

export interface TransitionView extends MaintenanceInfo {
  readonly state: ExecutionState;
  /** When it happened (the PC's time for its reports). */
  readonly at: Date;
  /** When the manager recorded it. */
  readonly recordedAt: Date;
}

export interface DestinationStatusView extends MaintenanceInfo {
  readonly clientId: number;
  readonly pcId: string;
  readonly hostName: string;
  readonly role: ClientRole;
  readonly state: ExecutionState;
  readonly updatedAt: Date;
  /** Every transition, oldest first. */
  readonly transitions: readonly TransitionView[];
}

export type StateCounts = Readonly<Record<ExecutionState, number>>;

export interface ExecutionStatusView {
  readonly execution: ExecutionRecord;
  readonly wireJobId: string;
  readonly summary: StateCounts;
  readonly destinations: readonly DestinationStatusView[];
}

export interface JobStatusView {
  readonly job: JobRecord;
  /** Oldest first. */
  readonly executions: readonly ExecutionStatusView[];
  /** Destinations by state, added up over every execution of the job. */
  readonly summary: StateCounts;
}

export interface ExecutionStatusService {
  getExecutionStatus(executionId: number): Promise<ExecutionStatusView>;
  getJobStatus(jobId: number): Promise<JobStatusView>;
}

export function maintenanceInfo(code: string | null, detail: string | null): MaintenanceInfo {
  const entry = code === null ? undefined : describeMaintenanceCode(code);
  return {
    maintenanceCode: code,
    cause: entry?.cause ?? null,
    action: entry?.action ?? null,
    detail,
  };
}

function emptyCounts(): Record<ExecutionState, number> {
  return Object.fromEntries(EXECUTION_STATES.map((s) => [s, 0])) as Record<ExecutionState, number>;
}

function toTransition(event: StatusEvent): TransitionView {
  return {
    state: event.state,
    at: event.occurredAt,
    recordedAt: event.receivedAt,
    ...maintenanceInfo(event.maintenanceCode, event.detail),
  };
}

export function createExecutionStatusService(deps: ServiceDeps): ExecutionStatusService {
  const { db } = deps;

  const view = async (execution: ExecutionRecord): Promise<ExecutionStatusView> => {
    const statuses = createStatusStore(db);
    const [rows, events] = await Promise.all([
      statuses.forExecution(execution.id),
      statuses.eventsForExecution(execution.id),
    ]);
    const byClient = new Map<number, TransitionView[]>();
    for (const event of events) {
      const list = byClient.get(event.clientId) ?? [];
      list.push(toTransition(event));
      byClient.set(event.clientId, list);
    }
    const summary = emptyCounts();
    const destinations = rows.map((row) => {
      summary[row.state] += 1;
      return {
        clientId: row.clientId,
        pcId: row.pcId,
        hostName: row.hostName,
        role: row.role,
        state: row.state,
        updatedAt: row.updatedAt,
        ...maintenanceInfo(row.maintenanceCode, row.detail),
        transitions: byClient.get(row.clientId) ?? [],
      };
    });
    return { execution, wireJobId: wireJobId(execution.id), summary, destinations };
  };

  return {
    async getExecutionStatus(executionId) {
      const id = checkId("job execution", executionId);
      const execution = await createExecutionStore(db).byId(id);
      if (execution === undefined) throw new NotFoundError("job execution", id);
      return view(execution);
    },
    async getJobStatus(jobId) {
      const id = checkId("job", jobId);
      const job = await createJobStore(db).byId(id);
      if (job === undefined) throw new NotFoundError("job", id);
      const executions = [];
      for (const execution of await createExecutionStore(db).forJob(id)) {
        executions.push(await view(execution));
      }
      const summary = emptyCounts();
      for (const e of executions) {
        for (const state of EXECUTION_STATES) summary[state] += e.summary[state];
      }
      return { job, executions, summary };
    },
  };
}
