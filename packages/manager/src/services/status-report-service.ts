/**
 * Status reports from PCs (contract §2, §4). A report is stored once: its
 * (client, agent state ID, seq) is UNIQUE, so a report sent again after a
 * reconnect is a no-op that the endpoint still acknowledges. Every new
 * report is kept as a transition; the destination's current status only
 * moves forward (store/execution-states.ts), so a late report of an earlier
 * state never undoes a later one, and `completed` and `error` are final.
 *
 * Reports are checked one by one, then written in batches (group commit,
 * batcher.ts): the reports of every PC that arrive together
 * go into one transaction (status-report-batch.ts), and each report's
 * promise settles once that transaction has committed. When the batch
 * fails, every report of it is rejected with the database error: none of
 * them is stored, and the PCs send them again.
 *
 * A transaction costs the embedded database about 2 ms whatever its size,
 * against about 25 µs a report. While thousands of PCs run a job, each at
 * its own step, reports trickle in: batched as they came, 3,000 PCs made
 * batches of about 13, and the database spent most of its time on
 * statements. Under load a batch therefore starts at most every
 * REPORT_SPACING_MS (an acknowledgement comes that much later at most),
 * unless REPORT_EAGER_SIZE reports are already waiting.
 */
import { MAINTENANCE_CODE_PATTERN } from "@patchcast/protocol";
import { InvalidInputError } from "../errors.ts";
import { REPORTED_STATES, type ReportedState } from "../store/execution-states.ts";
import type { ReportRow } from "../store/status-batch-store.ts";
import { type BatcherOptions, createBatcher } from "./batcher.ts";
import { type ServiceDeps, systemClock } from "./service-deps.ts";
import { applyStatusBatch, type StoredReport } from "./status-report-batch.ts";
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

export type { StoredReport } from "./status-report-batch.ts";

export interface StatusReportService {
  /** A NotADestinationError when the PC is not a destination of the execution. */
  storeStatusReport(report: StatusReportInput): Promise<StoredReport>;
  /** Resolves once every report submitted so far is stored or refused (before closing the database). */
  settled(): Promise<void>;
}

/** Least time between the starts of two batches of reports under load, in ms. */
export const REPORT_SPACING_MS = 25;
/** Reports waiting at which a batch starts without waiting for the spacing. */
export const REPORT_EAGER_SIZE = 100;

/**
 * How reports are gathered into batches (defaults: up to 1,000, one batch
 * written at a time, REPORT_SPACING_MS and REPORT_EAGER_SIZE).
 */
export type StatusReportOptions = Pick<
  BatcherOptions<ReportRow, StoredReport>,
  "maxBatchSize" | "maxInFlight" | "spacingMs" | "eagerSize" | "defer"
>;

/** The earliest time PostgreSQL's timestamptz holds: 4714-11-24 00:00:00 UTC BC. */
const EARLIEST_TIMESTAMP_MS = -210_866_803_200_000;

function checkReport(report: StatusReportInput): ReportRow {
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
  const clientId = checkId("client", report.clientId);
  const executionId = checkId("job execution", report.executionId);
  // What the database would refuse is refused here, so that it cannot fail a whole batch.
  const detail = report.detail === null || report.detail === "" ? null : report.detail;
  if (detail?.includes("\u0000")) {
    throw new InvalidInputError("detail", "must not hold NUL characters");
  }
  const occurredAt = checkDate("occurredAt", report.occurredAt);
  if (occurredAt.getTime() < EARLIEST_TIMESTAMP_MS) {
    throw new InvalidInputError(
      "occurredAt",
      `must not be before 4714 BC: got ${occurredAt.toISOString()}`,
    );
  }
  return {
    clientId,
    executionId,
    state,
    maintenanceCode: code,
    detail,
    occurredAt,
    agentStateId: checkText("agent state ID", report.agentStateId, { max: 128 }),
    seq: checkInteger("seq", report.seq, 1, Number.MAX_SAFE_INTEGER),
  };
}

export function createStatusReportService(
  deps: ServiceDeps,
  options: StatusReportOptions = {},
): StatusReportService {
  const { db } = deps;
  const clock = deps.clock ?? systemClock;
  const batches = createBatcher({
    ...options,
    spacingMs: options.spacingMs ?? REPORT_SPACING_MS,
    eagerSize: options.eagerSize ?? REPORT_EAGER_SIZE,
    write: (reports: readonly ReportRow[]) =>
      db.transaction((tx) => applyStatusBatch(tx, reports, clock())),
  });
  return {
    async storeStatusReport(input) {
      return batches.submit(checkReport(input));
    },
    settled: () => batches.settled(),
  };
}
