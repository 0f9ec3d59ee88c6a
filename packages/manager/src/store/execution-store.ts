/** The `job_executions` table: each Execute or Save-and-Execute of a job (contract §4). */
import type { Queryable } from "../db/database.ts";
import type { RuleNotice } from "../jobs/job-rules.ts";
import {
  type EffectiveSettings,
  effectiveSettingsFromJson,
  effectiveSettingsToJson,
} from "./job-settings.ts";

export type ExecutionMode = "execute" | "save-and-execute";

export interface ExecutionRecord {
  readonly id: number;
  readonly jobId: number;
  readonly jobName: string;
  readonly mode: ExecutionMode;
  /** What runs, after the destination's rules. */
  readonly settings: EffectiveSettings;
  /** The forced and ignored settings the answer reported. */
  readonly warnings: readonly RuleNotice[];
  /** The server execution date; null: at once. */
  readonly executeAt: Date | null;
  readonly createdAt: Date;
  /** Set when an administrator cancelled the execution; null while it runs. */
  readonly cancellation: Cancellation | null;
}

/** Who cancelled an execution, when, and why. */
export interface Cancellation {
  readonly at: Date;
  /** The administrator; null once that administrator is deleted. */
  readonly by: string | null;
  readonly reason: string | null;
}

export interface ExecutionInsert {
  readonly jobId: number;
  readonly mode: ExecutionMode;
  readonly settings: EffectiveSettings;
  readonly warnings: readonly RuleNotice[];
  readonly executeAt: Date | null;
}

interface ExecutionRow {
  id: number;
  job_id: number;
  job_name: string;
  mode: ExecutionMode;
  settings: Record<string, unknown>;
  warnings: RuleNotice[];
  execute_at: Date | null;
  created_at: Date;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
}

const EXECUTION_SELECT = `SELECT e.id, e.job_id, j.name AS job_name, e.mode, e.settings, e.warnings,
  e.execute_at, e.created_at, e.cancelled_at, e.cancelled_by, e.cancel_reason
  FROM job_executions e JOIN jobs j ON j.id = e.job_id`;

const toExecutionRecord = (row: ExecutionRow): ExecutionRecord => ({
  id: row.id,
  jobId: row.job_id,
  jobName: row.job_name,
  mode: row.mode,
  settings: effectiveSettingsFromJson(row.settings),
  warnings: row.warnings,
  executeAt: row.execute_at,
  createdAt: row.created_at,
  cancellation:
    row.cancelled_at === null
      ? null
      : { at: row.cancelled_at, by: row.cancelled_by, reason: row.cancel_reason },
});

export interface ExecutionStore {
  insert(execution: ExecutionInsert, at: Date): Promise<number>;
  byId(id: number): Promise<ExecutionRecord | undefined>;
  /** `byId`, its row locked until the transaction ends. */
  lock(id: number): Promise<ExecutionRecord | undefined>;
  /** Records the cancellation of an execution not cancelled before; false when it was. */
  markCancelled(id: number, cancellation: Cancellation): Promise<boolean>;
  /** A job's executions, oldest first. */
  forJob(jobId: number): Promise<ExecutionRecord[]>;
}

export function createExecutionStore(q: Queryable): ExecutionStore {
  return {
    async insert(e, at) {
      const { rows } = await q.query<{ id: number }>(
        `INSERT INTO job_executions (job_id, mode, settings, warnings, execute_at, created_at)
         VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6) RETURNING id`,
        [
          e.jobId,
          e.mode,
          effectiveSettingsToJson(e.settings),
          JSON.stringify(e.warnings),
          e.executeAt,
          at,
        ],
      );
      const row = rows[0];
      if (row === undefined) throw new Error("INSERT … RETURNING gave no row");
      return row.id;
    },
    async byId(id) {
      const { rows } = await q.query<ExecutionRow>(`${EXECUTION_SELECT} WHERE e.id = $1`, [id]);
      return rows[0] === undefined ? undefined : toExecutionRecord(rows[0]);
    },
    async lock(id) {
      const { rows } = await q.query<ExecutionRow>(
        `${EXECUTION_SELECT} WHERE e.id = $1 FOR NO KEY UPDATE OF e`,
        [id],
      );
      return rows[0] === undefined ? undefined : toExecutionRecord(rows[0]);
    },
    async markCancelled(id, c) {
      const { rowCount } = await q.query(
        `UPDATE job_executions SET cancelled_at = $2, cancelled_by = $3, cancel_reason = $4
         WHERE id = $1 AND cancelled_at IS NULL`,
        [id, c.at, c.by, c.reason],
      );
      return rowCount > 0;
    },
    async forJob(jobId) {
      const { rows } = await q.query<ExecutionRow>(
        `${EXECUTION_SELECT} WHERE e.job_id = $1 ORDER BY e.id`,
        [jobId],
      );
      return rows.map(toExecutionRecord);
    },
  };
}
