/** The `cabinets` table: where packages are kept (contract §5). */
import type { Queryable } from "../db/database.ts";

export interface CabinetRecord {
  readonly id: string;
  readonly name: string;
  readonly createdAt: Date;
  readonly packageCount: number;
}

interface CabinetRow {
  id: string;
  name: string;
  created_at: Date;
  package_count: number;
}

const toCabinetRecord = (row: CabinetRow): CabinetRecord => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  packageCount: row.package_count,
});

const CABINET_SELECT = `SELECT k.id, k.name, k.created_at,
  (SELECT count(*) FROM packages p WHERE p.cabinet_id = k.id) AS package_count
  FROM cabinets k`;

export interface CabinetStore {
  insert(id: string, name: string): Promise<CabinetRecord>;
  byId(id: string): Promise<CabinetRecord | undefined>;
  /**
   * Locks the cabinet until the transaction ends, so that packages are added
   * to it one at a time; its package count, or undefined when it does not exist.
   */
  lockForPackaging(id: string): Promise<number | undefined>;
  list(): Promise<CabinetRecord[]>;
}

export function createCabinetStore(q: Queryable): CabinetStore {
  return {
    async insert(id, name) {
      const { rows } = await q.query<CabinetRow>(
        `INSERT INTO cabinets (id, name) VALUES ($1, $2)
         RETURNING id, name, created_at, 0 AS package_count`,
        [id, name],
      );
      const row = rows[0];
      if (row === undefined) throw new Error("INSERT … RETURNING gave no row");
      return toCabinetRecord(row);
    },
    async byId(id) {
      const { rows } = await q.query<CabinetRow>(`${CABINET_SELECT} WHERE k.id = $1`, [id]);
      return rows[0] === undefined ? undefined : toCabinetRecord(rows[0]);
    },
    async lockForPackaging(id) {
      const locked = await q.query("SELECT id FROM cabinets WHERE id = $1 FOR UPDATE", [id]);
      if (locked.rowCount === 0) return undefined;
      const { rows } = await q.query<{ n: number }>(
        "SELECT count(*) AS n FROM packages WHERE cabinet_id = $1",
        [id],
      );
      return rows[0]?.n ?? 0;
    },
    async list() {
      const { rows } = await q.query<CabinetRow>(`${CABINET_SELECT} ORDER BY k.id`);
      return rows.map(toCabinetRecord);
    },
  };
}
