/**
 * The `acquisition_runs` table (its counts and detail in `summary`) and
 * `acquisition_run_items`: each run and what it did with each update file.
 */
import type { Queryable, SqlParam } from "../db/database.ts";

export type RunTrigger = "scheduled" | "catch-up" | "manual";
export type RunOutcome = "running" | "succeeded" | "partial" | "failed" | "refused";
export type ItemOutcome = "packaged" | "exists" | "failed";

export interface RunCounts {
  readonly selected: number;
  readonly packaged: number;
  readonly existing: number;
  readonly failed: number;
}

export interface RunRecord extends RunCounts {
  readonly id: number;
  readonly trigger: RunTrigger;
  readonly slot: Date | null;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly outcome: RunOutcome;
  readonly detail: string;
}

export interface RunItemInput {
  readonly updateId: string;
  readonly fileName: string;
  readonly packageName: string;
  readonly packageCode: string;
  readonly outcome: ItemOutcome;
  readonly packageId: number | null;
  readonly detail: string;
}

export interface RunItemRecord extends RunItemInput {
  readonly id: number;
  readonly createdAt: Date;
}

interface RunRow {
  id: number;
  trigger: RunTrigger;
  slot: Date | null;
  started_at: Date;
  finished_at: Date | null;
  state: RunOutcome;
  summary: Partial<RunCounts> & { detail?: string };
}

interface ItemRow {
  id: number;
  update_id: string;
  file_name: string;
  package_name: string;
  package_code: string;
  outcome: ItemOutcome;
  package_id: number | null;
  detail: string;
  created_at: Date;
}

const RUN_COLUMNS = "id, trigger, slot, started_at, finished_at, state, summary";

const count = (value: unknown) => (typeof value === "number" ? value : 0);

const toRun = (r: RunRow): RunRecord => ({
  id: r.id,
  trigger: r.trigger,
  slot: r.slot,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  outcome: r.state,
  selected: count(r.summary.selected),
  packaged: count(r.summary.packaged),
  existing: count(r.summary.existing),
  failed: count(r.summary.failed),
  detail: typeof r.summary.detail === "string" ? r.summary.detail : "",
});

const toItem = (r: ItemRow): RunItemRecord => ({
  id: r.id,
  updateId: r.update_id,
  fileName: r.file_name,
  packageName: r.package_name,
  packageCode: r.package_code,
  outcome: r.outcome,
  packageId: r.package_id,
  detail: r.detail,
  createdAt: r.created_at,
});

export interface AcquisitionRunStore {
  /** A new run; for a slot another run has claimed, undefined. */
  start(trigger: RunTrigger, startedAt: Date, slot: Date | null): Promise<RunRecord | undefined>;
  finish(
    id: number,
    outcome: Exclude<RunOutcome, "running">,
    at: Date,
    counts: RunCounts,
    detail: string,
  ): Promise<RunRecord>;
  /**
   * Runs older than `beforeId` still marked running, ended as failed with
   * `detail`: only for a caller that holds the run lock, when no other run
   * can be going on. Answers their IDs.
   */
  failInterrupted(beforeId: number, at: Date, detail: string): Promise<number[]>;
  addItem(runId: number, item: RunItemInput): Promise<void>;
  byId(id: number): Promise<RunRecord | undefined>;
  items(runId: number): Promise<RunItemRecord[]>;
  /** Newest first. */
  list(limit: number): Promise<RunRecord[]>;
}

export function createAcquisitionRunStore(q: Queryable): AcquisitionRunStore {
  const one = async (sql: string, params: readonly SqlParam[]) =>
    (await q.query<RunRow>(sql, params)).rows.map(toRun)[0];
  return {
    start: (trigger, startedAt, slot) =>
      one(
        `INSERT INTO acquisition_runs (trigger, started_at, slot) VALUES ($1, $2, $3)
         ON CONFLICT (slot) WHERE slot IS NOT NULL DO NOTHING RETURNING ${RUN_COLUMNS}`,
        [trigger, startedAt, slot],
      ),
    async finish(id, outcome, at, counts, detail) {
      const run = await one(
        `UPDATE acquisition_runs SET state = $2, finished_at = $3, summary = $4::jsonb
         WHERE id = $1 RETURNING ${RUN_COLUMNS}`,
        [id, outcome, at, JSON.stringify({ ...counts, detail })],
      );
      if (!run) throw new Error(`acquisition run ${id} is missing`);
      return run;
    },
    async failInterrupted(beforeId, at, detail) {
      const { rows } = await q.query<{ id: number }>(
        `UPDATE acquisition_runs SET state = 'failed', finished_at = $2,
           summary = summary || jsonb_build_object('detail', $3::text)
         WHERE state = 'running' AND id < $1 RETURNING id`,
        [beforeId, at, detail],
      );
      return rows.map((row) => row.id).sort((a, b) => a - b);
    },
    async addItem(runId, item) {
      await q.query(
        `INSERT INTO acquisition_run_items
           (run_id, update_id, file_name, package_name, package_code, outcome, package_id, detail)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          runId,
          item.updateId,
          item.fileName,
          item.packageName,
          item.packageCode,
          item.outcome,
          item.packageId,
          item.detail,
        ],
      );
    },
    byId: (id) => one(`SELECT ${RUN_COLUMNS} FROM acquisition_runs WHERE id = $1`, [id]),
    async items(runId) {
      const { rows } = await q.query<ItemRow>(
        `SELECT id, update_id, file_name, package_name, package_code, outcome, package_id, detail,
           created_at FROM acquisition_run_items WHERE run_id = $1 ORDER BY id`,
        [runId],
      );
      return rows.map(toItem);
    },
    async list(limit) {
      const { rows } = await q.query<RunRow>(
        `SELECT ${RUN_COLUMNS} FROM acquisition_runs ORDER BY started_at DESC, id DESC LIMIT $1`,
        [limit],
      );
      return rows.map(toRun);
    },
  };
}
