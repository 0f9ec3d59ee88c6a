/**
 * The `acquisition_log_lines` table: the DPT.LOG lines of each run, as the
 * admin API shows them. A line written outside a run (none is, but for a
 * database that cannot be reached) is only in the file.
 */
import type { Queryable } from "../db/database.ts";
import type { DptLogLine } from "../dpt/dpt-log-line.ts";
import type { DptMessageId } from "../dpt/messages.ts";

export interface DptLogRecord extends DptLogLine {
  readonly id: number;
  readonly runId: number;
}

interface Row {
  id: number;
  logged_at: Date;
  message_id: DptMessageId;
  text: string;
  run_id: number;
}

const toRecord = (r: Row): DptLogRecord => ({
  id: r.id,
  at: r.logged_at,
  messageId: r.message_id,
  text: r.text,
  runId: r.run_id,
});

export interface DptLogQuery {
  readonly runId?: number;
  /** Lines with a higher ID only (to follow the log). */
  readonly afterId?: number;
  readonly limit: number;
}

export interface DptLogStore {
  insert(line: DptLogLine, runId: number | null): Promise<void>;
  /** In the order written; without afterId, the newest `limit` lines. */
  list(query: DptLogQuery): Promise<DptLogRecord[]>;
}

export function createDptLogStore(q: Queryable): DptLogStore {
  return {
    async insert(line, runId) {
      if (runId === null) return;
      await q.query(
        "INSERT INTO acquisition_log_lines (logged_at, message_id, text, run_id) VALUES ($1, $2, $3, $4)",
        [line.at, line.messageId, line.text, runId],
      );
    },
    async list({ runId, afterId, limit }) {
      const where: string[] = [];
      const params: number[] = [limit];
      if (runId !== undefined) where.push(`run_id = $${params.push(runId)}`);
      if (afterId !== undefined) where.push(`id > $${params.push(afterId)}`);
      const filter = where.length > 0 ? `WHERE ${where.join(" AND ")}` : "";
      const order = afterId === undefined ? "DESC" : "ASC";
      const { rows } = await q.query<Row>(
        `SELECT id, logged_at, message_id, text, run_id FROM acquisition_log_lines ${filter}
         ORDER BY id ${order} LIMIT $1`,
        params,
      );
      const records = rows.map(toRecord);
      return afterId === undefined ? records.reverse() : records;
    },
  };
}
