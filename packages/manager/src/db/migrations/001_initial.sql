-- 001_initial: the manager's object model (contract §4-§6).
--
-- Surrogate keys are `id bigint GENERATED ALWAYS AS IDENTITY`; a foreign key
-- is named `<thing>_id` and points at that `id`. The identifiers the product
-- shows (PC ID, cabinet ID, package ID) are their own columns with their
-- own rules. Times are `timestamptz`. Job types, states and roles are text
-- with CHECK constraints, so a value a later version adds is one migration.

-- Administrators of the admin API (contract §6).
CREATE TABLE admins (
  id            text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9_.@-]{1,64}$'),
  password_hash text NOT NULL CHECK (password_hash <> ''),
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- PCs, registered on their first authenticated connection (contract §4).
CREATE TABLE clients (
  id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pc_id                   text NOT NULL UNIQUE CHECK (char_length(pc_id) BETWEEN 1 AND 128),
  role                    text NOT NULL CHECK (role IN ('security_pc', 'standard')),
  host_name               text NOT NULL DEFAULT '',
  os                      text NOT NULL DEFAULT '',
  agent_version           text NOT NULL DEFAULT '',
  -- SHA-256 of the DER certificate the PC authenticated with.
  certificate_fingerprint text CHECK (certificate_fingerprint ~ '^[0-9a-f]{64}$'),
  registered_at           timestamptz NOT NULL DEFAULT now(),
  last_seen_at            timestamptz NOT NULL DEFAULT now(),
  -- The last PKI authentication: NULL code for success, else its maintenance code.
  last_auth_at            timestamptz,
  last_auth_code          text CHECK (last_auth_code ~ '^[0-9A-F]{12}$'),
  last_auth_detail        text
);

CREATE TABLE destination_groups (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        text NOT NULL UNIQUE CHECK (char_length(name) BETWEEN 1 AND 64),
  description text NOT NULL DEFAULT '',
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE destination_group_members (
  group_id  bigint NOT NULL REFERENCES destination_groups (id) ON DELETE CASCADE,
  client_id bigint NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  added_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, client_id)
);
CREATE INDEX destination_group_members_client_idx ON destination_group_members (client_id);

-- Cabinets: ID two upper-case letters or digits; name 1-32 characters
-- without \ / * " : ; or space (contract §5).
CREATE TABLE cabinets (
  id         text PRIMARY KEY CHECK (id ~ '^[A-Z0-9]{2}$'),
  name       text NOT NULL UNIQUE CHECK (
    char_length(name) BETWEEN 1 AND 32 AND name !~ '[\\/*":;[:space:]]'
  ),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Packages in cabinets. `package_code` is the product's package ID (at most
-- 44 characters); the payload is stored in the data directory under its
-- SHA-256. At most 5,000 packages per cabinet is enforced by the manager.
CREATE TABLE packages (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cabinet_id   text NOT NULL REFERENCES cabinets (id) ON DELETE RESTRICT,
  package_code text NOT NULL CHECK (char_length(package_code) BETWEEN 1 AND 44),
  name         text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 47),
  version      text NOT NULL CHECK (char_length(version) BETWEEN 1 AND 32),
  generation   integer NOT NULL DEFAULT 0 CHECK (generation BETWEEN 0 AND 9999),
  update_data  boolean NOT NULL DEFAULT false,
  file_name    text,
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes   bigint NOT NULL CHECK (size_bytes >= 0),
  created_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT packages_identity_key UNIQUE (cabinet_id, package_code, version, generation)
);
CREATE INDEX packages_sha256_idx ON packages (sha256);

-- Job definitions. `settings` holds what was asked: distribution attributes,
-- installation conditions, schedule (server and client execution dates),
-- client control. `saved` marks a definition kept to run again.
CREATE TABLE jobs (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name       text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 128),
  type       text NOT NULL CHECK (
    type IN ('install-package', 'transfer-to-relay', 'collect-files', 'get-system-information')
  ),
  group_id   bigint NOT NULL REFERENCES destination_groups (id) ON DELETE RESTRICT,
  package_id bigint REFERENCES packages (id) ON DELETE RESTRICT,
  settings   jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(settings) = 'object'),
  saved      boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_group_idx ON jobs (group_id);
CREATE INDEX jobs_package_idx ON jobs (package_id);
CREATE INDEX jobs_saved_idx ON jobs (saved, id) WHERE saved;

-- Each Execute or Save-and-Execute of a job. `settings` is what runs after
-- the security-PC rules (forced distribution attributes, ignored client
-- date), `warnings` what the answer reported; `execute_at` is the server
-- execution date (NULL: at once).
CREATE TABLE job_executions (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  job_id       bigint NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  mode         text NOT NULL CHECK (mode IN ('execute', 'save-and-execute')),
  settings     jsonb NOT NULL CHECK (jsonb_typeof(settings) = 'object'),
  warnings     jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(warnings) = 'array'),
  execute_at   timestamptz,
  requested_by text REFERENCES admins (id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_executions_job_idx ON job_executions (job_id);

-- The current state of an execution on each destination PC. `waiting`: not
-- yet offered (PC off, or before execute_at); `offered`: sent, not yet
-- confirmed; the rest are the PC's own states (JobState in job.proto).
CREATE TABLE execution_status (
  execution_id     bigint NOT NULL REFERENCES job_executions (id) ON DELETE CASCADE,
  client_id        bigint NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  state            text NOT NULL DEFAULT 'waiting' CHECK (
    state IN ('waiting', 'offered', 'received', 'awaiting_restart', 'restarting',
              'downloading', 'installing', 'completed', 'error')
  ),
  maintenance_code text CHECK (maintenance_code ~ '^[0-9A-F]{12}$'),
  detail           text,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (execution_id, client_id)
);
-- The jobs a PC still has to run, looked up whenever it connects.
CREATE INDEX execution_status_pending_idx ON execution_status (client_id, execution_id)
  WHERE state NOT IN ('completed', 'error');

-- Every transition, with its time. Reports from a PC carry the agent's
-- Hello.state_id and Envelope.seq: UNIQUE (client_id, agent_state_id, seq)
-- makes a report sent again after a reconnect a no-op (INSERT … ON CONFLICT
-- DO NOTHING), while an agent whose state directory was wiped numbers its
-- reports afresh under a new state_id. Transitions the manager records
-- itself (waiting, offered) have neither.
CREATE TABLE status_events (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  execution_id     bigint NOT NULL REFERENCES job_executions (id) ON DELETE CASCADE,
  client_id        bigint NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  state            text NOT NULL CHECK (
    state IN ('waiting', 'offered', 'received', 'awaiting_restart', 'restarting',
              'downloading', 'installing', 'completed', 'error')
  ),
  maintenance_code text CHECK (maintenance_code ~ '^[0-9A-F]{12}$'),
  detail           text,
  occurred_at      timestamptz NOT NULL,
  received_at      timestamptz NOT NULL DEFAULT now(),
  agent_state_id   text CHECK (char_length(agent_state_id) BETWEEN 1 AND 128),
  seq              bigint CHECK (seq > 0),
  CHECK ((agent_state_id IS NULL) = (seq IS NULL)),
  CONSTRAINT status_events_client_seq_key UNIQUE (client_id, agent_state_id, seq)
);
CREATE INDEX status_events_execution_idx ON status_events (execution_id, client_id, occurred_at);

-- Automatic settings, network settings and the like: one JSON object per key.
CREATE TABLE settings (
  key        text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_.-]{0,63}$'),
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Automatic acquisition of updates (contract §5): one row per run, and the
-- DPT.LOG lines it wrote. A run refused because another one was going on
-- is kept too, with its DPT001-W line.
CREATE TABLE acquisition_runs (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  trigger     text NOT NULL CHECK (trigger IN ('scheduled', 'manual', 'security-policy')),
  state       text NOT NULL DEFAULT 'running' CHECK (
    state IN ('running', 'succeeded', 'failed', 'refused')
  ),
  started_at  timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  -- Counts and names: updates listed, selected, downloaded, packaged, skipped.
  summary     jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(summary) = 'object'),
  CHECK ((state = 'running') = (finished_at IS NULL))
);
CREATE INDEX acquisition_runs_started_idx ON acquisition_runs (started_at DESC);

CREATE TABLE acquisition_log_lines (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id     bigint NOT NULL REFERENCES acquisition_runs (id) ON DELETE CASCADE,
  logged_at  timestamptz NOT NULL,
  message_id text NOT NULL CHECK (message_id ~ '^DPT[0-9]{3}-[EW]$'),
  text       text NOT NULL
);
CREATE INDEX acquisition_log_lines_run_idx ON acquisition_log_lines (run_id, id);

-- "One acquisition at a time", across every manager sharing the database:
-- a single row, taken with
--   UPDATE acquisition_lock SET holder = $1, run_id = $2, acquired_at = now(),
--          expires_at = now() + $3::interval
--   WHERE holder IS NULL OR expires_at < now() RETURNING run_id
-- (no row back: "Another instance of the application is already running.").
-- The holder renews expires_at while its run goes on and clears holder when
-- it ends; a lock whose holder died expires and can be taken.
CREATE TABLE acquisition_lock (
  singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  holder      text,
  run_id      bigint REFERENCES acquisition_runs (id) ON DELETE SET NULL,
  acquired_at timestamptz,
  expires_at  timestamptz,
  CHECK ((holder IS NULL) = (expires_at IS NULL))
);
INSERT INTO acquisition_lock (singleton) VALUES (true);
