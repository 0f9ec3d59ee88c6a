/**
 * Status reports from PCs (contract §2, §4). A report is stored once: its
 * (client, agent state ID, seq) is UNIQUE, so a report sent again after a
 * reconnect is a no-op that the endpoint still acknowledges. Every new
 * report is kept as a transition; the destination's current status only
 * moves forward (store/execution-states.ts), so a late report of an earlier
 * state never undoes a later one, and `completed` and `error` are final.
 */
import { MAINTENANCE_CODE_PATTERN } from "@patchcast/protocol";
import { InvalidInputError, NotADestinationError } from "../errors.ts";
import {
  type ExecutionState,
  movesForward,
  REPORTED_STATES,
  type ReportedState,
} from "../store/execution-states.ts";
import { createStatusStore } from "../store/status-store.ts";
import { type ServiceDeps, systemClock } from "./service-deps.ts";
import { checkDate, checkId, checkInteger, checkOneOf, checkText } from "./validation.ts";

export interface StatusReportInput {
  readonly clientId: number;
  /** Hello.state_id of the agent that sent it. */
  readonly agentStateId: string;
  /** Envelope.seq of the report (> 0). */
  readonly seq: number;
  readonly executionId: number;
  readonly state: ReportedState;
  /** Required when `state` is `error`. */
  readonly maintenanceCode: string | null;
  readonly detail: string | null;
  /** When it happened on the PC. */
  readonly occurredAt: Date;
}

export interface StoredReport {
  /** False when this report was already stored (sent again): nothing changed. */
  readonly stored: boolean;
  /** True when it moved the destination's current status. */
  readonly applied: boolean;
  /** The destination's status after the report. */
  readonly state: ExecutionState;
}

export interface StatusReportService {
  /** A NotADestinationError when the PC is not a destination of the execution. */
  storeStatusReport(report: StatusReportInput): Promise<StoredReport>;
}

function checkReport(report: StatusReportInput) {
  const state = checkOneOf("state", report.state, REPORTED_STATES);
  const code = report.maintenanceCode === "" ? null : report.maintenanceCode;
  if (code !== null && !MAINTENANCE_CODE_PATTERN.test(code)) {
    throw new InvalidInputError(
      "maintenance code",
      `must be 12 upper-case hexadecimal digits: got ${JSON.stringify(code)}`,
    );
  }
  if (state === "error" && code === null) {
    throw new InvalidInputError(
      "maintenance code",
      "an error report must carry its maintenance code",
    );
  }
  return {
    clientId: checkId("client", report.clientId),
    executionId: checkId("job execution", report.executionId),
    state,
    maintenanceCode: code,
    detail: report.detail === null || report.detail === "" ? null : report.detail,
    occurredAt: checkDate("occurredAt", report.occurredAt),
    report: {
      agentStateId: checkText("agent state ID", report.agentStateId, { max: 128 }),
      seq: checkInteger("seq", report.seq, 1, Number.MAX_SAFE_INTEGER),
    },
  };
}

export function createStatusReportService(deps: ServiceDeps): StatusReportService {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;
  return {
    async storeStatusReport(input) {
      const report = checkReport(input);
      const { executionId, clientId } = report;
      return db.transaction(async (tx) => {
        const statuses = createStatusStore(tx);
        const current = await statuses.lock(executionId, clientId);
        if (current === undefined) throw new NotADestinationError(executionId, clientId);
        const at = clock();
        const stored = await statuses.insertEvent({ ...report, receivedAt: at });
        if (!stored || !movesForward(current.state, report.state)) {
          return { stored, applied: false, state: current.state };
        }
        await statuses.set(executionId, clientId, {
          state: report.state,
          maintenanceCode: report.maintenanceCode,
          detail: report.detail,
          at,
        });
        return { stored, applied: true, state: report.state };
      });
    },
  };
}
