/**
 * Cancelling a job execution (contract §3: "cancelled" is one of the
 * product's own maintenance codes; job.proto's JobCancel). In one
 * transaction the execution is marked cancelled, so that no PC is offered
 * it from then on, and its destinations still `waiting` (never offered)
 * end at once in error with the cancelled code. The destinations a PC
 * already holds are left to the PC: the agent endpoint tells it JobCancel,
 * at once when it is online, else when it next connects, and the PC ends
 * the job with its own report (cancelled; or completed, when the install
 * had already begun). Cancelling again changes nothing; an execution over
 * on every destination is not cancelled (ExecutionEndedError).
 */
import { MaintenanceCode } from "@patchcast/protocol";
import { ExecutionEndedError, NotFoundError } from "../errors.ts";
import { type Cancellation, createExecutionStore } from "../store/execution-store.ts";
import { createStatusBatchStore, type StatusChange } from "../store/status-batch-store.ts";
import { createStatusStore } from "../store/status-store.ts";
import { type ServiceDeps, systemClock } from "./service-deps.ts";
import { checkId, checkText } from "./validation.ts";
import { wireJobId } from "./wire-job-id.ts";

/** The longest reason kept (characters). */
export const MAX_CANCEL_REASON_CHARS = 1000;

export interface CancelRequest {
  /** The administrator cancelling. */
  readonly by: string;
  /** Shown in every destination's detailed information; optional. */
  readonly reason?: string | null;
}

export interface ExecutionCancelled {
  readonly executionId: number;
  readonly wireJobId: string;
  readonly cancellation: Cancellation;
  /** False when the execution had been cancelled before: nothing changed. */
  readonly cancelledNow: boolean;
  /** Destinations never offered, ended at once in error with the cancelled code. */
  readonly ended: number;
  /** Destinations a PC holds: it is told JobCancel, and ends them with its report. */
  readonly told: number;
  /**
   * The PCs to tell now, those online: the ones that hold the job, and the
   * ones just ended, since an offer may be on its way to them.
   */
  readonly clientIds: readonly number[];
}

export interface ExecutionCancelService {
  cancel(executionId: number, request: CancelRequest): Promise<ExecutionCancelled>;
}

const byWhom = (by: string | null) => (by === null ? "an administrator" : `administrator ${by}`);
const because = (reason: string | null) => (reason ? `: ${reason}` : "");

/** What a destination ended by the manager itself shows as its detail. */
export function cancelDetail(by: string | null, reason: string | null): string {
  return `cancelled by ${byWhom(by)} before it was offered${because(reason)}`;
}

/** JobCancel.reason: what the PC reports back as the detail of its cancelled job. */
export function cancelMessage(cancellation: Pick<Cancellation, "by" | "reason">): string {
  return `cancelled by ${byWhom(cancellation.by)}${because(cancellation.reason)}`;
}

export function createExecutionCancelService(deps: ServiceDeps): ExecutionCancelService {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;
  return {
    async cancel(executionId, request) {
      const id = checkId("job execution", executionId);
      const reason =
        request.reason === undefined || request.reason === null || request.reason === ""
          ? null
          : checkText("reason", request.reason, { max: MAX_CANCEL_REASON_CHARS });
      return db.transaction(async (tx) => {
        const executions = createExecutionStore(tx);
        const execution = await executions.lock(id);
        if (execution === undefined) throw new NotFoundError("job execution", id);
        const pending = await createStatusStore(tx).lockPendingOfExecution(id);
        const answer = (cancellation: Cancellation, cancelledNow: boolean, ended: number) => ({
          executionId: id,
          wireJobId: wireJobId(id),
          cancellation,
          cancelledNow,
          ended,
          told: pending.length - ended,
          clientIds: pending.map((d) => d.clientId),
        });
        if (execution.cancellation) return answer(execution.cancellation, false, 0);
        // Over everywhere: a cancellation would withdraw nothing, and only mislead.
        if (pending.length === 0) throw new ExecutionEndedError(id);
        const cancellation: Cancellation = { at: clock(), by: request.by, reason };
        await executions.markCancelled(id, cancellation);
        const ended: StatusChange[] = pending
          .filter((d) => d.state === "waiting")
          .map((d) => ({
            executionId: id,
            clientId: d.clientId,
            state: "error",
            maintenanceCode: MaintenanceCode.CANCELLED,
            detail: cancelDetail(request.by, reason),
          }));
        const statuses = createStatusBatchStore(tx);
        await statuses.setStatuses(ended, cancellation.at);
        await statuses.insertTransitions(ended, cancellation.at);
        return answer(cancellation, true, ended.length);
      });
    },
  };
}
