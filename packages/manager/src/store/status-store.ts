/**
 * The `execution_status` table (the current state of an execution on each
 * destination) and `status_events` (every transition, with its time).
 * Thin SQL: which transitions are allowed is decided by the services.
 */
import type { Queryable } from "../db/database.ts";
import type { ClientRole } from "../jobs/job-rules.ts";
import { type ExecutionState, PENDING_STATES } from "./execution-states.ts";

export interface DestinationStatus {
  readonly executionId: number;
  readonly clientId: number;
  readonly pcId: string;
  readonly hostName: string;
  readonly role: ClientRole;
  readonly state: ExecutionState;
  readonly maintenanceCode: string | null;
  readonly detail: string | null;
  readonly updatedAt: Date;
}

export interface StatusEvent {
  readonly id: number;
  readonly executionId: number;
  readonly clientId: number;
  readonly state: ExecutionState;
  readonly maintenanceCode: string | null;
  readonly detail: string | null;
  /** When it happened (the PC's time for a report, the manager's for its own). */
  readonly occurredAt: Date;
  /** When the manager recorded it. */
  readonly receivedAt: Date;
}

export interface StatusEventInsert {
  readonly executionId: number;
  readonly clientId: number;
  readonly state: ExecutionState;
  readonly maintenanceCode: string | null;
  readonly detail: string | null;
  readonly occurredAt: Date;
  readonly receivedAt: Date;
  /** The agent's Hello.state_id and the report's Envelope.seq; absent for the manager's own. */
  readonly report?: { readonly agentStateId: string; readonly seq: number };
}

interface StatusRow {
  execution_id: number;
  client_id: number;
  pc_id: string;
  host_name: string;
  role: ClientRole;
  state: ExecutionState;
  maintenance_code: string | null;
  detail: string | null;
  updated_at: Date;
}

const toStatus = (r: StatusRow): DestinationStatus => ({
  executionId: r.execution_id,
  clientId: r.client_id,
  pcId: r.pc_id,
  hostName: r.host_name,
  role: r.role,
  state: r.state,
  maintenanceCode: r.maintenance_code,
  detail: r.detail,
  updatedAt: r.updated_at,
});

interface EventRow {
  id: number;
  execution_id: number;
  client_id: number;
  state: ExecutionState;
  maintenance_code: string | null;
  detail: string | null;
  occurred_at: Date;
  received_at: Date;
}

const toEvent = (r: EventRow): StatusEvent => ({
  id: r.id,
  executionId: r.execution_id,
  clientId: r.client_id,
  state: r.state,
  maintenanceCode: r.maintenance_code,
  detail: r.detail,
  occurredAt: r.occurred_at,
  receivedAt: r.received_at,
});

const STATUS_SELECT = `SELECT s.execution_id, s.client_id, c.pc_id, c.host_name, c.role, s.state,
  s.maintenance_code, s.detail, s.updated_at
  FROM execution_status s JOIN clients c ON c.id = s.client_id`;

export interface StatusStore {
  /** One `waiting` row per destination, each with its `waiting` event. */
  insertWaiting(executionId: number, clientIds: readonly number[], at: Date): Promise<void>;
  /** The row of one destination, locked until the transaction ends. */
  lock(executionId: number, clientId: number): Promise<DestinationStatus | undefined>;
  set(
    executionId: number,
    clientId: number,
    change: {
      state: ExecutionState;
      maintenanceCode: string | null;
      detail: string | null;
      at: Date;
    },
  ): Promise<void>;
  /** Records a transition; false when that report (agent state ID + seq) is already stored. */
  insertEvent(event: StatusEventInsert): Promise<boolean>;
  /** An execution's destinations that are not over, locked in key order (as status batches lock them). */
  lockPendingOfExecution(executionId: number): Promise<DestinationStatus[]>;
  /** A PC's executions that are not over and whose execution date has come, locked. */
  lockDuePending(clientId: number, now: Date): Promise<DestinationStatus[]>;
  forExecution(executionId: number): Promise<DestinationStatus[]>;
  eventsForExecution(executionId: number): Promise<StatusEvent[]>;
}

export function createStatusStore(q: Queryable): StatusStore {
  return {
    async insertWaiting(executionId, clientIds, at) {
      await q.query(
        `INSERT INTO execution_status (execution_id, client_id, state, updated_at)
         SELECT $1, unnest($2::bigint[]), 'waiting', $3`,
        [executionId, clientIds, at],
      );
      await q.query(
        `INSERT INTO status_events (execution_id, client_id, state, occurred_at, received_at)
         SELECT $1, unnest($2::bigint[]), 'waiting', $3, $3`,
        [executionId, clientIds, at],
      );
    },
    async lock(executionId, clientId) {
      const { rows } = await q.query<StatusRow>(
        `${STATUS_SELECT} WHERE s.execution_id = $1 AND s.client_id = $2 FOR UPDATE OF s`,
        [executionId, clientId],
      );
      return rows[0] === undefined ? undefined : toStatus(rows[0]);
    },
    async set(executionId, clientId, c) {
      await q.query(
        `UPDATE execution_status SET state = $3, maintenance_code = $4, detail = $5, updated_at = $6
         WHERE execution_id = $1 AND client_id = $2`,
        [executionId, clientId, c.state, c.maintenanceCode, c.detail, c.at],
      );
    },
    async insertEvent(e) {
      const { rowCount } = await q.query(
        `INSERT INTO status_events (execution_id, client_id, state, maintenance_code, detail,
           occurred_at, received_at, agent_state_id, seq)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT ON CONSTRAINT status_events_client_seq_key DO NOTHING`,
        [
          e.executionId,
          e.clientId,
          e.state,
          e.maintenanceCode,
          e.detail,
          e.occurredAt,
          e.receivedAt,
          e.report?.agentStateId ?? null,
          e.report?.seq ?? null,
        ],
      );
      return rowCount > 0;
    },
    async lockPendingOfExecution(executionId) {
      const { rows } = await q.query<StatusRow>(
        `${STATUS_SELECT} WHERE s.execution_id = $1 AND s.state = ANY($2::text[])
         ORDER BY s.client_id FOR UPDATE OF s`,
        [executionId, PENDING_STATES],
      );
      return rows.map(toStatus);
    },
    async lockDuePending(clientId, now) {
      const { rows } = await q.query<StatusRow>(
        `${STATUS_SELECT} JOIN job_executions e ON e.id = s.execution_id
         WHERE s.client_id = $1 AND s.state = ANY($2::text[])
           AND (e.execute_at IS NULL OR e.execute_at <= $3)
         ORDER BY s.execution_id FOR UPDATE OF s`,
        [clientId, PENDING_STATES, now],
      );
      return rows.map(toStatus);
    },
    async forExecution(executionId) {
      const { rows } = await q.query<StatusRow>(
        `${STATUS_SELECT} WHERE s.execution_id = $1 ORDER BY c.pc_id`,
        [executionId],
      );
      return rows.map(toStatus);
    },
    async eventsForExecution(executionId) {
      const { rows } = await q.query<EventRow>(
        `SELECT id, execution_id, client_id, state, maintenance_code, detail, occurred_at,
           received_at
         FROM status_events WHERE execution_id = $1 ORDER BY client_id, occurred_at, id`,
        [executionId],
      );
      return rows.map(toEvent);
    },
  };
}
