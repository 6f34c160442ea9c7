-- Staff log calls (101, front counter, email and later video relay) as reports from the same definitions.
-- A staff draft belongs to the member of staff who started it; its token is never a browser's cookie.
ALTER TABLE report_draft
    ADD COLUMN staff_owner     TEXT,
    ADD COLUMN channel         TEXT,
    ADD COLUMN call_started_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE report
    ADD COLUMN channel         TEXT NOT NULL DEFAULT 'online',
    ADD COLUMN call_started_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN call_ended_at   TIMESTAMP WITH TIME ZONE,
    ADD COLUMN logged_by       TEXT;

ALTER TABLE contact
    ADD COLUMN call_started_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN call_ended_at   TIMESTAMP WITH TIME ZONE,
    ADD COLUMN logged_by       TEXT;
