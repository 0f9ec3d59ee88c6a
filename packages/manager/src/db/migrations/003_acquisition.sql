-- 003_acquisition: what the automatic acquisition (seed 000, contract §5)
-- needs beyond the tables of 001.
--
-- Settings live in `settings` under the keys acquisition.automatic,
-- acquisition.network, acquisition.security-policy and
-- acquisition.schedule-since. A run's DPT.LOG lines go to
-- acquisition_log_lines; its counts and detail to its summary.

-- A run made for a scheduled slot that was missed while the manager was
-- down is a catch-up run; a run that went on past a failed update file
-- ended partly.
ALTER TABLE acquisition_runs DROP CONSTRAINT acquisition_runs_trigger_check;
ALTER TABLE acquisition_runs ADD CONSTRAINT acquisition_runs_trigger_check
  CHECK (trigger IN ('scheduled', 'catch-up', 'manual', 'security-policy'));
ALTER TABLE acquisition_runs DROP CONSTRAINT acquisition_runs_state_check;
ALTER TABLE acquisition_runs ADD CONSTRAINT acquisition_runs_state_check
  CHECK (state IN ('running', 'succeeded', 'partial', 'failed', 'refused'));

-- The scheduled execution time a run is for: one run per slot, across every
-- manager sharing the database. NULL for runs on demand.
ALTER TABLE acquisition_runs ADD COLUMN slot timestamptz;
CREATE UNIQUE INDEX acquisition_runs_slot_key ON acquisition_runs (slot) WHERE slot IS NOT NULL;

-- What a run did with each update file it selected.
CREATE TABLE acquisition_run_items (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id       bigint NOT NULL REFERENCES acquisition_runs (id) ON DELETE CASCADE,
  update_id    text NOT NULL,
  file_name    text NOT NULL,
  package_name text NOT NULL,
  package_code text NOT NULL,
  outcome      text NOT NULL CHECK (outcome IN ('packaged', 'exists', 'failed')),
  -- The package made (no foreign key: the package may be deleted later).
  package_id   bigint,
  detail       text NOT NULL DEFAULT '',
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX acquisition_run_items_run_idx ON acquisition_run_items (run_id, id);
