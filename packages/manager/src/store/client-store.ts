/**
 * The `clients` table: PCs registered on their first authenticated
 * connection (contract §4). Thin SQL; the rules live in the services.
 */
import type { Queryable } from "../db/database.ts";
import type { ClientRole } from "../jobs/job-rules.ts";

export interface ClientRecord {
  readonly id: number;
  readonly pcId: string;
  readonly role: ClientRole;
  readonly hostName: string;
  readonly os: string;
  readonly agentVersion: string;
  readonly certificateFingerprint: string | null;
  readonly registeredAt: Date;
  readonly lastSeenAt: Date;
  readonly lastAuthAt: Date | null;
  /** Null after a successful authentication, else its maintenance code. */
  readonly lastAuthCode: string | null;
  readonly lastAuthDetail: string | null;
}

export interface ClientUpsert {
  readonly pcId: string;
  readonly role: ClientRole;
  readonly hostName: string;
  readonly os: string;
  readonly agentVersion: string;
  readonly certificateFingerprint: string | null;
  readonly at: Date;
}

export interface ClientRow {
  id: number;
  pc_id: string;
  role: ClientRole;
  host_name: string;
  os: string;
  agent_version: string;
  certificate_fingerprint: string | null;
  registered_at: Date;
  last_seen_at: Date;
  last_auth_at: Date | null;
  last_auth_code: string | null;
  last_auth_detail: string | null;
}

/** A client row as json_agg gives it: the times as ISO text. */
type JsonClientRow = Omit<ClientRow, "registered_at" | "last_seen_at" | "last_auth_at"> & {
  registered_at: string;
  last_seen_at: string;
  last_auth_at: string | null;
};

export const CLIENT_COLUMNS = `c.id, c.pc_id, c.role, c.host_name, c.os, c.agent_version,
  c.certificate_fingerprint, c.registered_at, c.last_seen_at, c.last_auth_at, c.last_auth_code,
  c.last_auth_detail`;

export function toClientRecord(row: ClientRow): ClientRecord {
  return {
    id: row.id,
    pcId: row.pc_id,
    role: row.role,
    hostName: row.host_name,
    os: row.os,
    agentVersion: row.agent_version,
    certificateFingerprint: row.certificate_fingerprint,
    registeredAt: row.registered_at,
    lastSeenAt: row.last_seen_at,
    lastAuthAt: row.last_auth_at,
    lastAuthCode: row.last_auth_code,
    lastAuthDetail: row.last_auth_detail,
  };
}

export interface ClientStore {
  /** Inserts the PC or refreshes it; either way its last authentication is a success at `at`. */
  upsertAuthenticated(client: ClientUpsert): Promise<{ client: ClientRecord; created: boolean }>;
  /**
   * `upsertAuthenticated` for many PCs in one statement (distinct PC IDs:
   * one statement cannot change a row twice); answers the records by PC ID.
   */
  upsertAuthenticatedMany(clients: readonly ClientUpsert[]): Promise<Map<string, ClientRecord>>;
  /** Records a failed authentication on a known PC; undefined when the PC is unknown. */
  recordAuthFailure(
    pcId: string,
    code: string,
    detail: string | null,
    at: Date,
  ): Promise<ClientRecord | undefined>;
  byId(id: number): Promise<ClientRecord | undefined>;
  byPcId(pcId: string): Promise<ClientRecord | undefined>;
  /** PC IDs that exist among `pcIds`, with their row IDs. */
  idsByPcId(pcIds: readonly string[]): Promise<Map<string, number>>;
  list(): Promise<ClientRecord[]>;
}

export function createClientStore(q: Queryable): ClientStore {
  const one = async (where: string, params: readonly (string | number)[]) => {
    const { rows } = await q.query<ClientRow>(
      `SELECT ${CLIENT_COLUMNS} FROM clients c WHERE ${where}`,
      params,
    );
    return rows[0] === undefined ? undefined : toClientRecord(rows[0]);
  };
  return {
    async upsertAuthenticated(c) {
      const { rows } = await q.query<ClientRow & { created: boolean }>(
        `INSERT INTO clients AS c (pc_id, role, host_name, os, agent_version,
           certificate_fingerprint, registered_at, last_seen_at, last_auth_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7)
         ON CONFLICT (pc_id) DO UPDATE SET role = EXCLUDED.role, host_name = EXCLUDED.host_name,
           os = EXCLUDED.os, agent_version = EXCLUDED.agent_version,
           certificate_fingerprint = EXCLUDED.certificate_fingerprint,
           last_seen_at = EXCLUDED.last_seen_at, last_auth_at = EXCLUDED.last_auth_at,
           last_auth_code = NULL, last_auth_detail = NULL
         RETURNING ${CLIENT_COLUMNS}, (c.xmax = 0) AS created`,
        [c.pcId, c.role, c.hostName, c.os, c.agentVersion, c.certificateFingerprint, c.at],
      );
      const row = rows[0];
      if (row === undefined) throw new Error("INSERT … RETURNING gave no row");
      return { client: toClientRecord(row), created: row.created };
    },
    async upsertAuthenticatedMany(clients) {
      const records = new Map<string, ClientRecord>();
      if (clients.length === 0) return records;
      const { rows } = await q.query<{ upserted: string }>(
        `WITH upserted AS (
           INSERT INTO clients AS c (pc_id, role, host_name, os, agent_version,
             certificate_fingerprint, registered_at, last_seen_at, last_auth_at)
           SELECT i.pc_id, i.role, i.host_name, i.os, i.agent_version,
             NULLIF(i.fingerprint, ''), to_timestamp(i.at_ms / 1000), to_timestamp(i.at_ms / 1000),
             to_timestamp(i.at_ms / 1000)
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
             $7::float8[]) AS i (pc_id, role, host_name, os, agent_version, fingerprint, at_ms)
           ORDER BY i.pc_id
           ON CONFLICT (pc_id) DO UPDATE SET role = EXCLUDED.role,
             host_name = EXCLUDED.host_name, os = EXCLUDED.os,
             agent_version = EXCLUDED.agent_version,
             certificate_fingerprint = EXCLUDED.certificate_fingerprint,
             last_seen_at = EXCLUDED.last_seen_at, last_auth_at = EXCLUDED.last_auth_at,
             last_auth_code = NULL, last_auth_detail = NULL
           RETURNING ${CLIENT_COLUMNS})
         SELECT coalesce(json_agg(upserted), '[]')::text AS upserted FROM upserted`,
        [
          clients.map((c) => c.pcId),
          clients.map((c) => c.role),
          clients.map((c) => c.hostName),
          clients.map((c) => c.os),
          clients.map((c) => c.agentVersion),
          clients.map((c) => c.certificateFingerprint ?? ""),
          clients.map((c) => c.at.getTime()),
        ],
      );
      for (const row of JSON.parse(rows[0]?.upserted ?? "[]") as JsonClientRow[]) {
        const record = toClientRecord({
          ...row,
          registered_at: new Date(row.registered_at),
          last_seen_at: new Date(row.last_seen_at),
          last_auth_at: row.last_auth_at === null ? null : new Date(row.last_auth_at),
        });
        records.set(record.pcId, record);
      }
      return records;
    },
    async recordAuthFailure(pcId, code, detail, at) {
      const { rows } = await q.query<ClientRow>(
        `UPDATE clients c SET last_seen_at = $2, last_auth_at = $2, last_auth_code = $3,
           last_auth_detail = $4
         WHERE c.pc_id = $1 RETURNING ${CLIENT_COLUMNS}`,
        [pcId, at, code, detail],
      );
      return rows[0] === undefined ? undefined : toClientRecord(rows[0]);
    },
    byId: (id) => one("c.id = $1", [id]),
    byPcId: (pcId) => one("c.pc_id = $1", [pcId]),
    async idsByPcId(pcIds) {
      const { rows } = await q.query<{ id: number; pc_id: string }>(
        "SELECT id, pc_id FROM clients WHERE pc_id = ANY($1::text[])",
        [pcIds],
      );
      return new Map(rows.map((r) => [r.pc_id, r.id]));
    },
    async list() {
      const { rows } = await q.query<ClientRow>(
        `SELECT ${CLIENT_COLUMNS} FROM clients c ORDER BY c.pc_id`,
      );
      return rows.map(toClientRecord);
    },
  };
}
