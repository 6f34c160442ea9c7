-- Issue 27, insight (docs/insight.md): how online reports end, counted from the drafts themselves, with no cookie
-- or tracking of anyone. A public draft is deleted when its time runs out, when the person leaves the site or starts
-- again, so each one leaves a line here as it ends: the UK day it was started, its kind of report, and whether it
-- was sent or left (and then the page the person would have come back to). Nothing here names anyone: no token, no
-- answer. Lines are only ever added, one per draft, so 256 people sending at once never wait on one another.
-- Drafts that were already sent when this ran leave no line; drafts still open when it ran leave one when they end.
CREATE TABLE journey_end
(
    started_on    DATE NOT NULL,
    service_id    TEXT NOT NULL,
    ended         TEXT NOT NULL CHECK (ended IN ('sent', 'left')),
    -- where a left draft would have resumed: a question's id, 'check-answers', or null if it never got to one
    last_question TEXT CHECK (ended = 'left' OR last_question IS NULL)
);
-- The figures read a range of days from this index alone. No key: no row is ever looked up on its own.
CREATE INDEX journey_end_by_day ON journey_end (started_on) INCLUDE (service_id, ended, last_question);
REVOKE UPDATE ON journey_end FROM ${appRole};

CREATE FUNCTION journey_sent() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO journey_end (started_on, service_id, ended)
    VALUES ((NEW.created_at AT TIME ZONE 'Europe/London')::DATE, NEW.service_id, 'sent');
    RETURN NULL;
END
$$;

CREATE FUNCTION journey_left() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO journey_end (started_on, service_id, ended, last_question)
    VALUES ((OLD.created_at AT TIME ZONE 'Europe/London')::DATE, OLD.service_id, 'left', OLD.position);
    RETURN NULL;
END
$$;

-- Staff drafts (calls logged, staff_owner set) are not journeys of the public. Saving an answer never sets
-- report_id, so the sent trigger is not even considered then; a sent draft deleted later leaves nothing more.
CREATE TRIGGER report_draft_sent
    AFTER UPDATE OF report_id ON report_draft FOR EACH ROW
    WHEN (OLD.report_id IS NULL AND NEW.report_id IS NOT NULL AND NEW.staff_owner IS NULL)
EXECUTE FUNCTION journey_sent();
CREATE TRIGGER report_draft_left
    AFTER DELETE ON report_draft FOR EACH ROW
    WHEN (OLD.report_id IS NULL AND OLD.staff_owner IS NULL)
EXECUTE FUNCTION journey_left();

-- The public drafts still open, by the day they were started, without reading every sent draft kept to its expiry.
CREATE INDEX report_draft_public_open ON report_draft (created_at) WHERE report_id IS NULL AND staff_owner IS NULL;
