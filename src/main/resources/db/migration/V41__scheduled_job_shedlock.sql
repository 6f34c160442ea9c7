-- Job leases are ShedLock's (platform.scheduling.JobLeases), on the same table, by the database's clock: ShedLock's
-- columns are name, lock_until, locked_at, locked_by. Its database-time statements compare and write UTC wall-clock
-- times (timezone('utc', CURRENT_TIMESTAMP)), so lock_until is a timestamp without a time zone, in UTC.
-- It is added beside the old leases' locked_until, not renamed from it, so that instances of the previous release
-- keep running their jobs during a rolling release (docs/deployment.md); a later release drops locked_until.
alter table scheduled_job add column lock_until timestamp;
update scheduled_job set lock_until = locked_until at time zone 'UTC';
alter table scheduled_job alter column locked_until set default now();

-- When the job's work last finished without throwing, by the database's clock: bluelamp_job_last_success_seconds.
alter table scheduled_job add column last_success timestamptz;
