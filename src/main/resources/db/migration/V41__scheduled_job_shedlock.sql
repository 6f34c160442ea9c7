-- Job leases are ShedLock's (platform.scheduling.JobLeases), on the same table, by the database's clock. ShedLock's
-- columns: name, lock_until, locked_at, locked_by. Its database-time statements write UTC wall-clock times
-- (timezone('utc', CURRENT_TIMESTAMP)), so lock_until and locked_at are timestamps without a time zone, in UTC.
alter table scheduled_job rename column locked_until to lock_until;
alter table scheduled_job alter column lock_until type timestamp using lock_until at time zone 'UTC';
alter table scheduled_job alter column locked_at type timestamp using locked_at at time zone 'UTC';
update scheduled_job set locked_at = lock_until where locked_at is null;
update scheduled_job set locked_by = '' where locked_by is null;
alter table scheduled_job alter column locked_at set not null;
alter table scheduled_job alter column locked_by set not null;

-- When the job's work last finished without throwing, by the database's clock: bluelamp_job_last_success_seconds.
alter table scheduled_job add column last_success timestamptz;
