-- 006_execution_cancel: an administrator may cancel a job execution.
--
-- `cancelled_at` is set once, when the execution is cancelled; from then on
-- it is offered to no PC. Its destinations still waiting (never offered)
-- end at once in error with the "cancelled" maintenance code; those a PC
-- already holds are told JobCancel, at once or when the PC next connects,
-- and end with the PC's report (cancelled, or completed when it was
-- already installing). `cancelled_by` is the administrator who did it,
-- `cancel_reason` what they gave as the reason.
ALTER TABLE job_executions
  ADD COLUMN cancelled_at  timestamptz,
  ADD COLUMN cancelled_by  text REFERENCES admins (id) ON DELETE SET NULL,
  ADD COLUMN cancel_reason text CHECK (char_length(cancel_reason) <= 1000),
  ADD CONSTRAINT job_executions_cancellation_check
    CHECK (cancelled_at IS NOT NULL OR (cancelled_by IS NULL AND cancel_reason IS NULL));
