-- 002_admin_sessions: the tokens of the admin API (contract §6).
--
-- A token is handed out once by POST /api/v1/login and kept here only as
-- its SHA-256, so a copy of the database lets no one in. A session ends at
-- expires_at, at logout, or when its administrator is deleted.
CREATE TABLE admin_sessions (
  token_sha256 text PRIMARY KEY CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
  admin_id     text NOT NULL REFERENCES admins (id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  -- The address the login came from, for the administrator's own review.
  remote_addr  text NOT NULL DEFAULT '',
  CHECK (expires_at > created_at)
);
CREATE INDEX admin_sessions_admin_idx ON admin_sessions (admin_id);
CREATE INDEX admin_sessions_expires_idx ON admin_sessions (expires_at);
