/**
 * Set-based SQL for a batch of status reports (one statement each, whatever
 * the batch's size): lock the destinations involved, insert the reports'
 * transitions once per (client, agent state ID, seq), and set the current
 * statuses that moved. Rows travel as parallel arrays (`unnest`), so the
 * statements keep the same few parameters on both backends, and the rows
 * they answer come back as one JSON array. Which transitions are allowed
 * is decided by the services.
 */
import type { Queryable } from "../db/database.ts";
import type { ExecutionState, ReportedState } from "./execution-states.ts";

export interface DestinationKey {
  readonly executionId: number;
  readonly clientId: number;
}

/** A status report as it is stored: one row of `status_events`. */
export interface ReportRow extends DestinationKey {
  readonly state: ReportedState;
  readonly maintenanceCode: string | null;
  readonly detail: string | null;
  readonly occurredAt: Date;
  /** The agent's Hello.state_id and the report's Envelope.seq. */
  readonly agentStateId: string;
  readonly seq: number;
}

/** A destination's new current status. */
export interface StatusChange extends DestinationKey {
  readonly state: ExecutionState;
  readonly maintenanceCode: string | null;
  readonly detail: string | null;
}

export const destinationKey = (d: DestinationKey): string => `${d.executionId}:${d.clientId}`;

/** What makes a report unique: (client, agent state ID, seq). */
export const reportKey = (r: {
  readonly clientId: number;
  readonly seq: number;
  readonly agentStateId: string;
}): string => `${r.clientId}:${r.seq}:${r.agentStateId}`;

export interface StatusBatchStore {
  /**
   * Locks the status rows of `destinations` until the transaction ends (in
   * key order, so that batches never deadlock each other) and answers their
   * current state by `destinationKey`; a pair that is no destination is absent.
   */
  lockDestinations(destinations: readonly DestinationKey[]): Promise<Map<string, ExecutionState>>;
  /**
   * Inserts the transitions of `reports` (distinct by `reportKey`) in their
   * order; answers the `reportKey`s of those that were not stored before.
   */
  insertReports(reports: readonly ReportRow[], receivedAt: Date): Promise<Set<string>>;
  setStatuses(changes: readonly StatusChange[], at: Date): Promise<void>;
  /** Records the manager's own transitions (no agent state ID or seq), at `at`. */
  insertTransitions(changes: readonly StatusChange[], at: Date): Promise<void>;
}

/**
 * A statement's rows come back as one JSON array in one row: both backends
 * turn one text value into JavaScript much faster than a thousand rows.
 */
function parseRows<T>(json: string | undefined): T[] {
  return json === undefined ? [] : (JSON.parse(json) as T[]);
}

/** NULL travels in a text array as '' (never a stored value: the services store '' as NULL). */
const orEmpty = (value: string | null): string => value ?? "";

/** Changes as the parallel arrays $1 to $5, and `at` as $6. */
const changeColumns = (changes: readonly StatusChange[], at: Date) => [
  changes.map((c) => c.executionId),
  changes.map((c) => c.clientId),
  changes.map((c) => c.state),
  changes.map((c) => orEmpty(c.maintenanceCode)),
  changes.map((c) => orEmpty(c.detail)),
  at,
];

export function createStatusBatchStore(q: Queryable): StatusBatchStore {
  return {
    async lockDestinations(destinations) {
      const locked = new Map<string, ExecutionState>();
      if (destinations.length === 0) return locked;
      const { rows } = await q.query<{ locked: string }>(
        `WITH locked AS (
           SELECT s.execution_id, s.client_id, s.state
           FROM execution_status s
           JOIN unnest($1::bigint[], $2::bigint[]) AS d (execution_id, client_id)
             ON s.execution_id = d.execution_id AND s.client_id = d.client_id
           ORDER BY s.execution_id, s.client_id
           FOR UPDATE OF s)
         SELECT coalesce(json_agg(json_build_array(execution_id, client_id, state)), '[]')::text
           AS locked
         FROM locked`,
        [destinations.map((d) => d.executionId), destinations.map((d) => d.clientId)],
      );
      for (const [executionId, clientId, state] of parseRows<[number, number, ExecutionState]>(
        rows[0]?.locked,
      )) {
        locked.set(destinationKey({ executionId, clientId }), state);
      }
      return locked;
    },
    async insertReports(reports, receivedAt) {
      const stored = new Set<string>();
      if (reports.length === 0) return stored;
      const { rows } = await q.query<{ stored: string }>(
        `WITH stored AS (
           INSERT INTO status_events (execution_id, client_id, state, maintenance_code, detail,
             occurred_at, received_at, agent_state_id, seq)
           SELECT r.execution_id, r.client_id, r.state, NULLIF(r.code, ''), NULLIF(r.detail, ''),
             to_timestamp(r.occurred_ms / 1000), $9, r.agent_state_id, r.seq
           FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[],
             $6::float8[], $7::text[], $8::bigint[])
             WITH ORDINALITY AS r (execution_id, client_id, state, code, detail, occurred_ms,
               agent_state_id, seq, n)
           ORDER BY r.n
           ON CONFLICT ON CONSTRAINT status_events_client_seq_key DO NOTHING
           RETURNING client_id, agent_state_id, seq)
         SELECT coalesce(json_agg(json_build_array(client_id, seq, agent_state_id)), '[]')::text
           AS stored
         FROM stored`,
        [
          reports.map((r) => r.executionId),
          reports.map((r) => r.clientId),
          reports.map((r) => r.state),
          reports.map((r) => orEmpty(r.maintenanceCode)),
          reports.map((r) => orEmpty(r.detail)),
          reports.map((r) => r.occurredAt.getTime()),
          reports.map((r) => r.agentStateId),
          reports.map((r) => r.seq),
          receivedAt,
        ],
      );
      for (const [clientId, seq, agentStateId] of parseRows<[number, number, string]>(
        rows[0]?.stored,
      )) {
        stored.add(reportKey({ clientId, seq, agentStateId }));
      }
      return stored;
    },
    async setStatuses(changes, at) {
      if (changes.length === 0) return;
      await q.query(
        `UPDATE execution_status s
         SET state = v.state, maintenance_code = NULLIF(v.code, ''),
           detail = NULLIF(v.detail, ''), updated_at = $6
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[])
           AS v (execution_id, client_id, state, code, detail)
         WHERE s.execution_id = v.execution_id AND s.client_id = v.client_id`,
        changeColumns(changes, at),
      );
    },
    async insertTransitions(changes, at) {
      if (changes.length === 0) return;
      await q.query(
        `INSERT INTO status_events (execution_id, client_id, state, maintenance_code, detail,
           occurred_at, received_at)
         SELECT v.execution_id, v.client_id, v.state, NULLIF(v.code, ''), NULLIF(v.detail, ''),
           $6, $6
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[])
           WITH ORDINALITY AS v (execution_id, client_id, state, code, detail, n)
         ORDER BY v.n`,
        changeColumns(changes, at),
      );
    },
  };
}
