-- Issue 27, insight (docs/insight.md): every service-level deadline a contact met, with when it was due, so the
-- figures can say whether each was met in time. A contact's own columns keep only the clocks running now.

-- One row per deadline met, added by the trigger below and never changed. Disposal of the contact removes its rows
-- with it (ON DELETE CASCADE: contact.ContactDisposal deletes the contact last).
CREATE TABLE contact_deadline
(
    contact_id UUID                     NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    clock      TEXT                     NOT NULL
        CHECK (clock IN ('first-contact', 'crime-decision', 'grading', 'victim-update', 'reply')),
    due        TIMESTAMP WITH TIME ZONE NOT NULL,
    met_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_deadline_by_contact ON contact_deadline (contact_id);
-- Rows are never rewritten (deleting stays open for the cascade of a disposal).
CREATE TRIGGER contact_deadline_unchanged
    BEFORE UPDATE ON contact_deadline FOR EACH ROW EXECUTE FUNCTION refuse_change_to_history();
CREATE TRIGGER contact_deadline_no_truncate
    BEFORE TRUNCATE ON contact_deadline FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_history();
DO
$$
    BEGIN
        IF '${separateAppRole}' = 'true' THEN
            REVOKE UPDATE, TRUNCATE ON contact_deadline FROM ${appRole};
        END IF;
    END
$$;

-- Written by the database whenever a contact changes, so every way the application changes one is covered. A clock
-- is met at the change's last_activity_at, which contact.Contacts sets to the time of the action.
--   first-contact:  first contact made.
--   crime-decision: the first crime-recording decision.
--   grading:        someone sent (allocated), passed on (referred), filed or closed (contact.ContactClocks).
--   victim-update:  the update owed moved or stopped: an update, a decision, an agreed frequency or the close each
--                   tell the victim something, and each sets the next one (or none).
--   reply:          the reporter's message answered (or the contact finished).
CREATE FUNCTION record_contact_deadlines() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF OLD.first_contact_at IS NULL AND NEW.first_contact_at IS NOT NULL THEN
        INSERT INTO contact_deadline VALUES (NEW.id, 'first-contact', OLD.first_response_due, NEW.first_contact_at);
    END IF;
    IF OLD.crime_decided_at IS NULL AND NEW.crime_decided_at IS NOT NULL AND NEW.crime_decision_due IS NOT NULL THEN
        INSERT INTO contact_deadline VALUES (NEW.id, 'crime-decision', NEW.crime_decision_due, NEW.crime_decided_at);
    END IF;
    IF OLD.grading_due IS NOT NULL AND OLD.status IN ('new', 'in-progress', 'awaiting-information')
        AND NEW.status NOT IN ('new', 'in-progress', 'awaiting-information') THEN
        INSERT INTO contact_deadline VALUES (NEW.id, 'grading', OLD.grading_due, NEW.last_activity_at);
    END IF;
    IF OLD.victim_update_due IS NOT NULL AND NEW.victim_update_due IS DISTINCT FROM OLD.victim_update_due THEN
        INSERT INTO contact_deadline VALUES (NEW.id, 'victim-update', OLD.victim_update_due, NEW.last_activity_at);
    END IF;
    IF OLD.reply_due IS NOT NULL AND NEW.reply_due IS NULL THEN
        INSERT INTO contact_deadline VALUES (NEW.id, 'reply', OLD.reply_due, NEW.last_activity_at);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER contact_deadlines_met
    AFTER UPDATE ON contact FOR EACH ROW
    WHEN (OLD.first_contact_at IS DISTINCT FROM NEW.first_contact_at
        OR OLD.crime_decided_at IS DISTINCT FROM NEW.crime_decided_at
        OR OLD.status IS DISTINCT FROM NEW.status
        OR OLD.victim_update_due IS DISTINCT FROM NEW.victim_update_due
        OR OLD.reply_due IS DISTINCT FROM NEW.reply_due)
EXECUTE FUNCTION record_contact_deadlines();

-- The deadlines contacts met before this table: first contact and the crime decision from their columns, grading
-- from the first allocation, referral, filing or close on the timeline after the first assessment. Earlier updates
-- and replies left no trace of when they were due, so they are not here.
INSERT INTO contact_deadline
SELECT id, 'first-contact', first_response_due, first_contact_at FROM contact WHERE first_contact_at IS NOT NULL;
INSERT INTO contact_deadline
SELECT id, 'crime-decision', crime_decision_due, crime_decided_at
FROM contact WHERE crime_decided_at IS NOT NULL AND crime_decision_due IS NOT NULL;
INSERT INTO contact_deadline
SELECT c.id, 'grading', c.grading_due, met.at
FROM contact c
         CROSS JOIN LATERAL (SELECT t.at FROM contact_timeline t
                             WHERE t.contact_id = c.id
                               AND t.kind IN ('allocated', 'referred', 'filed', 'closed')
                               AND t.at >= (SELECT min(a.assessed_at) FROM contact_assessment a
                                            WHERE a.contact_id = c.id)
                             ORDER BY t.id LIMIT 1) met
WHERE c.grading_due IS NOT NULL AND c.status NOT IN ('new', 'in-progress', 'awaiting-information');

-- A supervisor's pages read one team's rows over up to three years: by team, then day.
CREATE INDEX insight_contact_day_by_team ON insight_contact_day (team, day);
CREATE INDEX insight_contact_hour_by_team ON insight_contact_hour (team, day);
CREATE INDEX insight_outcome_day_by_team ON insight_outcome_day (team, day);

-- A deadline passing changes the figures (overdue) with nobody touching the contact: insight.InsightRefresh finds
-- the running clocks whose deadline passed since its last count by these, and contact_open (first contact), each a
-- short range of open contacts however large the backlog already overdue.
CREATE INDEX contact_open_by_crime_decision_due ON contact (crime_decision_due)
    WHERE status NOT IN ('filed', 'closed') AND crime_decided_at IS NULL;
CREATE INDEX contact_grading_running_by_due ON contact (grading_due)
    WHERE status IN ('new', 'in-progress', 'awaiting-information');
CREATE INDEX contact_open_by_update_due ON contact (victim_update_due) WHERE status NOT IN ('filed', 'closed');
