/** The `packages` table: packages in cabinets, their payloads named by SHA-256 (contract §5, §7). */
import type { Queryable } from "../db/database.ts";

export interface PackageRecord {
  readonly id: number;
  readonly cabinetId: string;
  /** The product's package ID: upper case, at most 44 characters. */
  readonly packageCode: string;
  readonly name: string;
  readonly version: string;
  readonly generation: number;
  readonly updateData: boolean;
  readonly fileName: string | null;
  readonly sha256: string;
  readonly size: number;
  readonly createdAt: Date;
}

export type PackageInsert = Omit<PackageRecord, "id" | "createdAt">;

interface PackageRow {
  id: number;
  cabinet_id: string;
  package_code: string;
  name: string;
  version: string;
  generation: number;
  update_data: boolean;
  file_name: string | null;
  sha256: string;
  size_bytes: number;
  created_at: Date;
}

const PACKAGE_COLUMNS = `id, cabinet_id, package_code, name, version, generation, update_data,
  file_name, sha256, size_bytes, created_at`;

const toPackageRecord = (row: PackageRow): PackageRecord => ({
  id: row.id,
  cabinetId: row.cabinet_id,
  packageCode: row.package_code,
  name: row.name,
  version: row.version,
  generation: row.generation,
  updateData: row.update_data,
  fileName: row.file_name,
  sha256: row.sha256,
  size: row.size_bytes,
  createdAt: row.created_at,
});

export interface PackageStore {
  /** Inserts the package; undefined when its cabinet already holds that ID + version + generation. */
  insert(pkg: PackageInsert): Promise<PackageRecord | undefined>;
  /** True when the cabinet holds that package ID + version + generation. */
  exists(
    cabinetId: string,
    packageCode: string,
    version: string,
    generation: number,
  ): Promise<boolean>;
  byId(id: number): Promise<PackageRecord | undefined>;
  /** Every package, or a cabinet's, by cabinet, package ID, version and generation. */
  list(cabinetId?: string): Promise<PackageRecord[]>;
  /** IDs of the jobs that refer to the package. */
  jobsUsing(id: number): Promise<number[]>;
  /** How many packages name this payload. */
  payloadUsers(sha256: string): Promise<number>;
  /**
   * Locks the payload until the transaction ends (an advisory lock, so
   * managers sharing a server meet too): a package naming it is committed,
   * or the payload removed as unused, one at a time.
   */
  lockPayload(sha256: string): Promise<void>;
  delete(id: number): Promise<boolean>;
}

export function createPackageStore(q: Queryable): PackageStore {
  return {
    async insert(p) {
      const { rows } = await q.query<PackageRow>(
        `INSERT INTO packages (cabinet_id, package_code, name, version, generation, update_data,
           file_name, sha256, size_bytes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT ON CONSTRAINT packages_identity_key DO NOTHING
         RETURNING ${PACKAGE_COLUMNS}`,
        [
          p.cabinetId,
          p.packageCode,
          p.name,
          p.version,
          p.generation,
          p.updateData,
          p.fileName,
          p.sha256,
          p.size,
        ],
      );
      return rows[0] === undefined ? undefined : toPackageRecord(rows[0]);
    },
    async exists(cabinetId, packageCode, version, generation) {
      const { rowCount } = await q.query(
        `SELECT 1 FROM packages
         WHERE cabinet_id = $1 AND package_code = $2 AND version = $3 AND generation = $4`,
        [cabinetId, packageCode, version, generation],
      );
      return rowCount > 0;
    },
    async byId(id) {
      const { rows } = await q.query<PackageRow>(
        `SELECT ${PACKAGE_COLUMNS} FROM packages WHERE id = $1`,
        [id],
      );
      return rows[0] === undefined ? undefined : toPackageRecord(rows[0]);
    },
    async list(cabinetId) {
      const { rows } = await q.query<PackageRow>(
        `SELECT ${PACKAGE_COLUMNS} FROM packages WHERE $1::text IS NULL OR cabinet_id = $1
         ORDER BY cabinet_id, package_code, version, generation`,
        [cabinetId ?? null],
      );
      return rows.map(toPackageRecord);
    },
    async jobsUsing(id) {
      const { rows } = await q.query<{ id: number }>(
        "SELECT id FROM jobs WHERE package_id = $1 ORDER BY id",
        [id],
      );
      return rows.map((r) => r.id);
    },
    async payloadUsers(sha256) {
      const { rows } = await q.query<{ n: number }>(
        "SELECT count(*) AS n FROM packages WHERE sha256 = $1",
        [sha256],
      );
      return rows[0]?.n ?? 0;
    },
    async lockPayload(sha256) {
      await q.query(
        "SELECT pg_advisory_xact_lock(hashtext('payload:' || $1 || ':' || current_schema()))",
        [sha256],
      );
    },
    async delete(id) {
      const { rowCount } = await q.query("DELETE FROM packages WHERE id = $1", [id]);
      return rowCount > 0;
    },
  };
}
