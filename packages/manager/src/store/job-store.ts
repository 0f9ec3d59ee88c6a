/** The `jobs` table: job definitions, kept to run again when saved (contract §4). */
import type { Queryable } from "../db/database.ts";
import type { JobTypeName } from "../jobs/job-types.ts";
import { type JobSettings, jobSettingsFromJson, jobSettingsToJson } from "./job-settings.ts";

export interface JobRecord {
  readonly id: number;
  readonly name: string;
  readonly type: JobTypeName;
  readonly groupId: number;
  readonly packageId: number;
  /** What the administrator asked for (before the destination's rules). */
  readonly settings: JobSettings;
  /** Kept as a definition to run again (Save and Execute). */
  readonly saved: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type JobInsert = Pick<
  JobRecord,
  "name" | "type" | "groupId" | "packageId" | "settings" | "saved"
>;

interface JobRow {
  id: number;
  name: string;
  type: JobTypeName;
  group_id: number;
  package_id: number;
  settings: Record<string, unknown>;
  saved: boolean;
  created_at: Date;
  updated_at: Date;
}

const JOB_COLUMNS = "id, name, type, group_id, package_id, settings, saved, created_at, updated_at";

const toJobRecord = (row: JobRow): JobRecord => ({
  id: row.id,
  name: row.name,
  type: row.type,
  groupId: row.group_id,
  packageId: row.package_id,
  settings: jobSettingsFromJson(row.settings),
  saved: row.saved,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface JobStore {
  insert(job: JobInsert, at: Date): Promise<JobRecord>;
  byId(id: number): Promise<JobRecord | undefined>;
  /** Every job, or the saved ones only, newest first. */
  list(options?: { savedOnly?: boolean }): Promise<JobRecord[]>;
  /** IDs of the jobs whose destination is the group. */
  usingGroup(groupId: number): Promise<number[]>;
  delete(id: number): Promise<boolean>;
}

export function createJobStore(q: Queryable): JobStore {
  return {
    async insert(job, at) {
      const { rows } = await q.query<JobRow>(
        `INSERT INTO jobs (name, type, group_id, package_id, settings, saved, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $7) RETURNING ${JOB_COLUMNS}`,
        [
          job.name,
          job.type,
          job.groupId,
          job.packageId,
          jobSettingsToJson(job.settings),
          job.saved,
          at,
        ],
      );
      const row = rows[0];
      if (row === undefined) throw new Error("INSERT … RETURNING gave no row");
      return toJobRecord(row);
    },
    async byId(id) {
      const { rows } = await q.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE id = $1`, [id]);
      return rows[0] === undefined ? undefined : toJobRecord(rows[0]);
    },
    async list(options = {}) {
      const { rows } = await q.query<JobRow>(
        `SELECT ${JOB_COLUMNS} FROM jobs WHERE saved OR NOT $1::boolean ORDER BY id DESC`,
        [options.savedOnly === true],
      );
      return rows.map(toJobRecord);
    },
    async usingGroup(groupId) {
      const { rows } = await q.query<{ id: number }>(
        "SELECT id FROM jobs WHERE group_id = $1 ORDER BY id",
        [groupId],
      );
      return rows.map((r) => r.id);
    },
    async delete(id) {
      const { rowCount } = await q.query("DELETE FROM jobs WHERE id = $1", [id]);
      return rowCount > 0;
    },
  };
}
