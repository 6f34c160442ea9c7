-- The control room's figures (platform.monitoring, docs/operations.md "Watching it") are read every half minute from
-- the open work only. Subject access requests still to answer, by due date: without this the figure would read every
-- answered request the retention period keeps.
CREATE INDEX subject_access_request_open_by_due ON subject_access_request (due_on)
    WHERE status IN ('received', 'checked');
