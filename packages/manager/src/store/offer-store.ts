/**
 * What a PC still has to run, with everything a job offer needs: the
 * executions of which it is a destination, not over, whose server
 * execution date has come (contract §4: "when the security PC is started").
 * A cancelled execution stays in the list, with its `cancellation`, while a PC
 * still holds it: that PC is told JobCancel instead of being offered it,
 * and may finish the download it had started.
 */
import type { Queryable } from "../db/database.ts";
import type { ClientRole } from "../jobs/job-rules.ts";
import type { JobTypeName } from "../jobs/job-types.ts";
import { type ExecutionState, PENDING_STATES } from "./execution-states.ts";
import type { Cancellation } from "./execution-store.ts";
import { effectiveSettingsFromJson } from "./job-settings.ts";
import type { PackageRecord } from "./package-store.ts";

export interface PendingOfferRow {
  readonly executionId: number;
  readonly jobId: number;
  readonly jobName: string;
  readonly jobType: JobTypeName;
  readonly clientId: number;
  readonly pcId: string;
  readonly role: ClientRole;
  readonly state: ExecutionState;
  readonly executeAt: Date | null;
  readonly replaceExisting: boolean;
  readonly relayExpiresAt: Date | null;
  /** Set when an administrator cancelled the execution: the PC is to be told, never offered it. */
  readonly cancellation: Cancellation | null;
  readonly package: Pick<
    PackageRecord,
    | "id"
    | "cabinetId"
    | "packageCode"
    | "name"
    | "version"
    | "generation"
    | "updateData"
    | "sha256"
    | "size"
  >;
}

/** What an execution puts into each of its offers. */
interface ExecutionRow {
  execution_id: number;
  job_id: number;
  job_name: string;
  job_type: JobTypeName;
  execute_at: Date | null;
  settings: Record<string, unknown>;
  package_id: number;
  cabinet_id: string;
  package_code: string;
  package_name: string;
  version: string;
  generation: number;
  update_data: boolean;
  sha256: string;
  size_bytes: number;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
}

/** One destination's share of an offer. */
interface Row extends ExecutionRow {
  client_id: number;
  pc_id: string;
  role: ClientRole;
  state: ExecutionState;
}

type ExecutionDetails = Omit<PendingOfferRow, "clientId" | "pcId" | "role" | "state">;

function detailsOf(r: ExecutionRow): ExecutionDetails {
  const settings = effectiveSettingsFromJson(r.settings);
  return {
    executionId: r.execution_id,
    jobId: r.job_id,
    jobName: r.job_name,
    jobType: r.job_type,
    executeAt: r.execute_at,
    replaceExisting: settings.conditions.replaceExisting === true,
    relayExpiresAt: settings.conditions.relayExpiresAt ?? null,
    cancellation:
      r.cancelled_at === null
        ? null
        : { at: r.cancelled_at, by: r.cancelled_by, reason: r.cancel_reason },
    package: {
      id: r.package_id,
      cabinetId: r.cabinet_id,
      packageCode: r.package_code,
      name: r.package_name,
      version: r.version,
      generation: r.generation,
      updateData: r.update_data,
      sha256: r.sha256,
      size: r.size_bytes,
    },
  };
}

const toOffer = (r: Row): PendingOfferRow => ({
  ...detailsOf(r),
  clientId: r.client_id,
  pcId: r.pc_id,
  role: r.role,
  state: r.state,
});

const EXECUTION_COLUMNS = `j.id AS job_id, j.name AS job_name, j.type AS job_type, e.execute_at,
  e.settings, p.id AS package_id, p.cabinet_id, p.package_code, p.name AS package_name, p.version,
  p.generation, p.update_data, p.sha256, p.size_bytes, e.cancelled_at, e.cancelled_by,
  e.cancel_reason`;

const OFFER_SELECT = `SELECT s.execution_id, s.client_id, c.pc_id, c.role, s.state, ${EXECUTION_COLUMNS}
  FROM execution_status s
  JOIN clients c ON c.id = s.client_id
  JOIN job_executions e ON e.id = s.execution_id
  JOIN jobs j ON j.id = e.job_id
  JOIN packages p ON p.id = j.package_id`;

/** A cancelled execution that PCs still hold. */
export interface HeldCancelled {
  readonly executionId: number;
  readonly cancellation: Cancellation;
  /** The clients whose destinations are not over, in order. */
  readonly clientIds: readonly number[];
}

/** A destination as `pendingForClients` reads it: execution, client, PC ID, role, state. */
type DestinationTuple = [number, number, string, ClientRole, ExecutionState];

export interface OfferStore {
  /** A PC's pending executions whose execution date has come (NULL or ≤ now), oldest first. */
  pendingFor(clientId: number, now: Date): Promise<PendingOfferRow[]>;
  /** `pendingFor` of several PCs in one query, by client and execution. */
  pendingForClients(clientIds: readonly number[], now: Date): Promise<PendingOfferRow[]>;
  /** The cancelled executions that PCs still hold (destinations not over), with those PCs. */
  heldCancelled(): Promise<HeldCancelled[]>;
  /** Every destination still `waiting` whose execution date has come, oldest first (none cancelled). */
  due(now: Date): Promise<PendingOfferRow[]>;
}

export function createOfferStore(q: Queryable): OfferStore {
  return {
    async pendingFor(clientId, now) {
      const { rows } = await q.query<Row>(
        `${OFFER_SELECT} WHERE s.client_id = $1 AND s.state = ANY($2::text[])
           AND (e.execute_at IS NULL OR e.execute_at <= $3)
         ORDER BY s.execution_id`,
        [clientId, PENDING_STATES, now],
      );
      return rows.map(toOffer);
    },
    async pendingForClients(clientIds, now) {
      if (clientIds.length === 0) return [];
      // Most PCs that connect have nothing pending: a look at one table spares
      // them the planning of the five-table join (milliseconds per statement,
      // embedded), which then runs only for those that have something.
      const { rows: holding } = await q.query<{ client_id: number }>(
        `SELECT DISTINCT client_id FROM execution_status
         WHERE client_id = ANY($1::bigint[]) AND state = ANY($2::text[])`,
        [clientIds, PENDING_STATES],
      );
      if (holding.length === 0) return [];
      // The destinations, then each execution's details once: thousands of
      // PCs offered one job share one row of settings and package, where a
      // row per PC would carry it thousands of times. The destinations come
      // back as one JSON array, which both backends read much faster than
      // as rows.
      const { rows: listed } = await q.query<{ destinations: string }>(
        `SELECT coalesce(json_agg(json_build_array(s.execution_id, s.client_id, c.pc_id, c.role,
             s.state) ORDER BY s.client_id, s.execution_id), '[]')::text AS destinations
         FROM execution_status s
         JOIN clients c ON c.id = s.client_id
         JOIN job_executions e ON e.id = s.execution_id
         WHERE s.client_id = ANY($1::bigint[]) AND s.state = ANY($2::text[])
           AND (e.execute_at IS NULL OR e.execute_at <= $3)`,
        [holding.map((r) => r.client_id), PENDING_STATES, now],
      );
      const destinations = JSON.parse(listed[0]?.destinations ?? "[]") as DestinationTuple[];
      if (destinations.length === 0) return [];
      const { rows } = await q.query<ExecutionRow>(
        `SELECT e.id AS execution_id, ${EXECUTION_COLUMNS}
         FROM job_executions e
         JOIN jobs j ON j.id = e.job_id
         JOIN packages p ON p.id = j.package_id
         WHERE e.id = ANY($1::bigint[])`,
        [[...new Set(destinations.map(([executionId]) => executionId))]],
      );
      const details = new Map(rows.map((r) => [r.execution_id, detailsOf(r)]));
      return destinations.flatMap(([executionId, clientId, pcId, role, state]) => {
        const execution = details.get(executionId);
        return execution ? [{ ...execution, clientId, pcId, role, state }] : [];
      });
    },
    async heldCancelled() {
      const { rows } = await q.query<{
        execution_id: number;
        cancelled_at: Date;
        cancelled_by: string | null;
        cancel_reason: string | null;
        client_ids: string;
      }>(
        `SELECT e.id AS execution_id, e.cancelled_at, e.cancelled_by, e.cancel_reason,
           json_agg(s.client_id ORDER BY s.client_id)::text AS client_ids
         FROM job_executions e JOIN execution_status s ON s.execution_id = e.id
         WHERE e.cancelled_at IS NOT NULL AND s.state = ANY($1::text[])
         GROUP BY e.id ORDER BY e.id`,
        [PENDING_STATES],
      );
      return rows.map((r) => ({
        executionId: r.execution_id,
        cancellation: { at: r.cancelled_at, by: r.cancelled_by, reason: r.cancel_reason },
        clientIds: JSON.parse(r.client_ids) as number[],
      }));
    },
    async due(now) {
      const { rows } = await q.query<Row>(
        `${OFFER_SELECT} WHERE s.state = 'waiting' AND e.cancelled_at IS NULL
           AND (e.execute_at IS NULL OR e.execute_at <= $1)
         ORDER BY s.execution_id, c.pc_id`,
        [now],
      );
      return rows.map(toOffer);
    },
  };
}
