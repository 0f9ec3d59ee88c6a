-- 004_status_events_destination: a transition belongs to a destination.
--
-- Every row of status_events is a transition of one destination of one
-- execution, and is written by a transaction that holds that destination's
-- execution_status row. One foreign key to the destination says exactly
-- that, where two (to the execution and to the client) said it twice and
-- cost a second check per row: status reports are written at tens of
-- thousands of rows a second, and each check is a lookup. Deleting a
-- destination (its execution, its job or its client) deletes its
-- transitions, as before.
ALTER TABLE status_events DROP CONSTRAINT status_events_execution_id_fkey;
ALTER TABLE status_events DROP CONSTRAINT status_events_client_id_fkey;
ALTER TABLE status_events ADD CONSTRAINT status_events_destination_fkey
  FOREIGN KEY (execution_id, client_id)
  REFERENCES execution_status (execution_id, client_id) ON DELETE CASCADE;
