/**
 * One batch of status reports in one transaction, with exactly the rules of
 * storing them one at a time in arrival order (README "Idempotent reports",
 * "State order"):
 *
 * - a report for a PC that is not a destination of the execution gets its
 *   own NotADestinationError; the others of the batch still go in;
 * - a report is stored once per (client, agent state ID, seq): sent again,
 *   in this batch or an earlier one, it changes nothing (`stored: false`);
 * - each new report is kept as a transition, and moves its destination's
 *   status only forward (store/execution-states.ts), several reports for one
 *   destination being applied in arrival order.
 */
import type { Queryable } from "../db/database.ts";
import { NotADestinationError } from "../errors.ts";
import { type ExecutionState, movesForward } from "../store/execution-states.ts";
import {
  createStatusBatchStore,
  type DestinationKey,
  destinationKey,
  type ReportRow,
  reportKey,
  type StatusChange,
} from "../store/status-batch-store.ts";
import type { BatchOutcome } from "./batcher.ts";

export interface StoredReport {
  /** False when this report was already stored (sent again): nothing changed. */
  readonly stored: boolean;
  /** True when it moved the destination's current status. */
  readonly applied: boolean;
  /** The destination's status after the report. */
  readonly state: ExecutionState;
}

function distinctBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Stores `reports` (in arrival order) inside the transaction `tx`: one outcome per report. */
export async function applyStatusBatch(
  tx: Queryable,
  reports: readonly ReportRow[],
  receivedAt: Date,
): Promise<BatchOutcome<StoredReport>[]> {
  const store = createStatusBatchStore(tx);
  const current = await store.lockDestinations(distinctBy<DestinationKey>(reports, destinationKey));
  const valid = reports.filter((r) => current.has(destinationKey(r)));
  // The first of several copies in the batch is the one inserted; the later ones are resends.
  const fresh = await store.insertReports(distinctBy(valid, reportKey), receivedAt);
  const changes = new Map<string, StatusChange>();
  const outcomes = reports.map((report): BatchOutcome<StoredReport> => {
    const destination = destinationKey(report);
    const state = current.get(destination);
    if (state === undefined) {
      return { ok: false, error: new NotADestinationError(report.executionId, report.clientId) };
    }
    const stored = fresh.delete(reportKey(report));
    if (!stored || !movesForward(state, report.state)) {
      return { ok: true, value: { stored, applied: false, state } };
    }
    current.set(destination, report.state);
    changes.set(destination, report);
    return { ok: true, value: { stored, applied: true, state: report.state } };
  });
  await store.setStatuses([...changes.values()], receivedAt);
  return outcomes;
}
