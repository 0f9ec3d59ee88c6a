/** The `destination_groups` and `destination_group_members` tables (contract §4). */
import type { Queryable } from "../db/database.ts";
import {
  CLIENT_COLUMNS,
  type ClientRecord,
  type ClientRow,
  toClientRecord,
} from "./client-store.ts";

export interface GroupRecord {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly createdAt: Date;
  readonly memberCount: number;
}

interface GroupRow {
  id: number;
  name: string;
  description: string;
  created_at: Date;
  member_count: number;
}

const toGroupRecord = (row: GroupRow): GroupRecord => ({
  id: row.id,
  name: row.name,
  description: row.description,
  createdAt: row.created_at,
  memberCount: row.member_count,
});

const GROUP_SELECT = `SELECT g.id, g.name, g.description, g.created_at,
  (SELECT count(*) FROM destination_group_members m WHERE m.group_id = g.id) AS member_count
  FROM destination_groups g`;

export interface GroupStore {
  insert(name: string, description: string): Promise<GroupRecord>;
  byId(id: number): Promise<GroupRecord | undefined>;
  /** Locks the group row until the transaction ends; false when it does not exist. */
  lock(id: number): Promise<boolean>;
  list(): Promise<GroupRecord[]>;
  members(groupId: number): Promise<ClientRecord[]>;
  /** Adds clients by row ID; returns how many were not members yet. */
  addMembers(groupId: number, clientIds: readonly number[]): Promise<number>;
  /** Removes clients by row ID; returns how many were members. */
  removeMembers(groupId: number, clientIds: readonly number[]): Promise<number>;
  /** Deletes the group; false when it did not exist. */
  delete(id: number): Promise<boolean>;
}

export function createGroupStore(q: Queryable): GroupStore {
  return {
    async insert(name, description) {
      const { rows } = await q.query<GroupRow>(
        `INSERT INTO destination_groups (name, description) VALUES ($1, $2)
         RETURNING id, name, description, created_at, 0 AS member_count`,
        [name, description],
      );
      const row = rows[0];
      if (row === undefined) throw new Error("INSERT … RETURNING gave no row");
      return toGroupRecord(row);
    },
    async byId(id) {
      const { rows } = await q.query<GroupRow>(`${GROUP_SELECT} WHERE g.id = $1`, [id]);
      return rows[0] === undefined ? undefined : toGroupRecord(rows[0]);
    },
    async lock(id) {
      const { rowCount } = await q.query(
        "SELECT id FROM destination_groups WHERE id = $1 FOR UPDATE",
        [id],
      );
      return rowCount > 0;
    },
    async list() {
      const { rows } = await q.query<GroupRow>(`${GROUP_SELECT} ORDER BY g.name`);
      return rows.map(toGroupRecord);
    },
    async members(groupId) {
      const { rows } = await q.query<ClientRow>(
        `SELECT ${CLIENT_COLUMNS} FROM destination_group_members m
         JOIN clients c ON c.id = m.client_id WHERE m.group_id = $1 ORDER BY c.pc_id`,
        [groupId],
      );
      return rows.map(toClientRecord);
    },
    async addMembers(groupId, clientIds) {
      const { rowCount } = await q.query(
        `INSERT INTO destination_group_members (group_id, client_id)
         SELECT $1, unnest($2::bigint[]) ON CONFLICT DO NOTHING`,
        [groupId, clientIds],
      );
      return rowCount;
    },
    async removeMembers(groupId, clientIds) {
      const { rowCount } = await q.query(
        "DELETE FROM destination_group_members WHERE group_id = $1 AND client_id = ANY($2::bigint[])",
        [groupId, clientIds],
      );
      return rowCount;
    },
    async delete(id) {
      const { rowCount } = await q.query("DELETE FROM destination_groups WHERE id = $1", [id]);
      return rowCount > 0;
    },
  };
}
