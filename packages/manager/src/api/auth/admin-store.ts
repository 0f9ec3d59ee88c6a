/**
 * The `admins` table (migration 001) and `admin_sessions` (migration 002):
 * administrators of the admin API and the tokens they logged in with, kept
 * as SHA-256 only. Thin SQL over a Queryable.
 */
import type { Queryable } from "../../db/database.ts";

export interface AdminRecord {
  readonly id: string;
  readonly passwordHash: string;
  readonly createdAt: Date;
}

export interface SessionRecord {
  readonly adminId: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export interface SessionInsert extends SessionRecord {
  readonly tokenSha256: string;
  readonly remoteAddress: string;
}

export interface AdminStore {
  byId(id: string): Promise<AdminRecord | undefined>;
  /** True when at least one administrator exists. */
  any(): Promise<boolean>;
  /** Inserts the administrator only when there is none at all; false when one exists. */
  insertFirst(id: string, passwordHash: string): Promise<boolean>;
  insertSession(session: SessionInsert): Promise<void>;
  /** The session of a token that has not expired at `now`. */
  sessionByToken(tokenSha256: string, now: Date): Promise<SessionRecord | undefined>;
  /** False when there was no such session. */
  deleteSession(tokenSha256: string): Promise<boolean>;
  deleteExpiredSessions(now: Date): Promise<number>;
}

interface AdminRow {
  id: string;
  password_hash: string;
  created_at: Date;
}

interface SessionRow {
  admin_id: string;
  created_at: Date;
  expires_at: Date;
}

export function createAdminStore(q: Queryable): AdminStore {
  return {
    async byId(id) {
      const { rows } = await q.query<AdminRow>(
        "SELECT id, password_hash, created_at FROM admins WHERE id = $1",
        [id],
      );
      const row = rows[0];
      return row && { id: row.id, passwordHash: row.password_hash, createdAt: row.created_at };
    },
    async any() {
      const { rowCount } = await q.query("SELECT 1 FROM admins LIMIT 1");
      return rowCount > 0;
    },
    async insertFirst(id, passwordHash) {
      const { rowCount } = await q.query(
        `INSERT INTO admins (id, password_hash)
         SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM admins)
         ON CONFLICT (id) DO NOTHING`,
        [id, passwordHash],
      );
      return rowCount > 0;
    },
    async insertSession(s) {
      await q.query(
        `INSERT INTO admin_sessions (token_sha256, admin_id, created_at, expires_at, remote_addr)
         VALUES ($1, $2, $3, $4, $5)`,
        [s.tokenSha256, s.adminId, s.createdAt, s.expiresAt, s.remoteAddress],
      );
    },
    async sessionByToken(tokenSha256, now) {
      const { rows } = await q.query<SessionRow>(
        `SELECT admin_id, created_at, expires_at FROM admin_sessions
         WHERE token_sha256 = $1 AND expires_at > $2`,
        [tokenSha256, now],
      );
      const row = rows[0];
      return row && { adminId: row.admin_id, createdAt: row.created_at, expiresAt: row.expires_at };
    },
    async deleteSession(tokenSha256) {
      const { rowCount } = await q.query("DELETE FROM admin_sessions WHERE token_sha256 = $1", [
        tokenSha256,
      ]);
      return rowCount > 0;
    },
    async deleteExpiredSessions(now) {
      const { rowCount } = await q.query("DELETE FROM admin_sessions WHERE expires_at <= $1", [
        now,
      ]);
      return rowCount;
    },
  };
}
