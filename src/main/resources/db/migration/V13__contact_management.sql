-- The back office's work on a contact: its state, the latest assessment's headline, the decisions and clocks.
ALTER TABLE contact
    ADD COLUMN status                TEXT    NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'in-progress', 'awaiting-information', 'allocated', 'referred', 'filed', 'closed')),
    ADD COLUMN possible_emergency    BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN emergency_terms       TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN risk                  TEXT CHECK (risk IN ('high', 'medium', 'low')),
    ADD COLUMN vulnerabilities       TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN grading               TEXT
        CHECK (grading IN ('emergency', 'priority', 'scheduled', 'resolution-without-deployment')),
    ADD COLUMN grading_due           TIMESTAMP WITH TIME ZONE,
    ADD COLUMN opening_category      TEXT,
    ADD COLUMN closing_category      TEXT,
    ADD COLUMN first_contact_at      TIMESTAMP WITH TIME ZONE,
    ADD COLUMN crime_decision        TEXT CHECK (crime_decision IN ('recorded', 'not-a-crime')),
    ADD COLUMN crime_classification  TEXT,
    ADD COLUMN crime_decided_at      TIMESTAMP WITH TIME ZONE,
    ADD COLUMN victim_update_due     TIMESTAMP WITH TIME ZONE,
    ADD COLUMN referred_to           TEXT,
    ADD COLUMN outcome               TEXT,
    ADD COLUMN closed_at             TIMESTAMP WITH TIME ZONE,
    ADD COLUMN last_activity_at      TIMESTAMP WITH TIME ZONE;
UPDATE contact SET last_activity_at = received_at;
ALTER TABLE contact ALTER COLUMN last_activity_at SET NOT NULL;
CREATE INDEX contact_unassessed ON contact (possible_emergency DESC, first_response_due) WHERE status = 'new';
CREATE INDEX contact_open ON contact (first_response_due) WHERE status NOT IN ('filed', 'closed');

-- Rows that are history: the application adds them and never changes or removes them, whatever its database
-- role (a trigger refuses it, as REVOKE would not stop the table's owner).
CREATE FUNCTION refuse_change_to_history() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Everything that happened to a contact and everyone who looked at it, in order.
CREATE TABLE contact_timeline
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contact_id UUID                     NOT NULL REFERENCES contact (id),
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      TEXT                     NOT NULL,
    kind       TEXT                     NOT NULL,
    details    JSONB                    NOT NULL DEFAULT '{}'
);
CREATE INDEX contact_timeline_by_contact ON contact_timeline (contact_id, id);
CREATE TRIGGER contact_timeline_append_only
    BEFORE UPDATE OR DELETE ON contact_timeline FOR EACH ROW EXECUTE FUNCTION refuse_change_to_history();
CREATE TRIGGER contact_timeline_no_truncate
    BEFORE TRUNCATE ON contact_timeline FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_history();
REVOKE UPDATE, DELETE, TRUNCATE ON contact_timeline FROM PUBLIC;

-- Each THRIVE assessment as made: a re-assessment is a new row, the earlier ones stay as they were.
CREATE TABLE contact_assessment
(
    id               UUID PRIMARY KEY,
    contact_id       UUID                     NOT NULL REFERENCES contact (id),
    assessed_by      TEXT                     NOT NULL,
    assessed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    threat           TEXT                     NOT NULL,
    harm             TEXT                     NOT NULL,
    risk             TEXT                     NOT NULL,
    investigation    TEXT                     NOT NULL,
    vulnerability    TEXT                     NOT NULL,
    engagement       TEXT                     NOT NULL,
    risk_level       TEXT                     NOT NULL CHECK (risk_level IN ('high', 'medium', 'low')),
    vulnerabilities  TEXT[]                   NOT NULL DEFAULT '{}',
    grading          TEXT                     NOT NULL,
    opening_category TEXT                     NOT NULL
);
CREATE INDEX contact_assessment_by_contact ON contact_assessment (contact_id, assessed_at DESC);
CREATE TRIGGER contact_assessment_append_only
    BEFORE UPDATE OR DELETE ON contact_assessment FOR EACH ROW EXECUTE FUNCTION refuse_change_to_history();

-- A question put to the reporter, and their answer once it comes (online later, or taken by phone).
CREATE TABLE information_request
(
    id           UUID PRIMARY KEY,
    contact_id   UUID                     NOT NULL REFERENCES contact (id),
    question     TEXT                     NOT NULL,
    requested_by TEXT                     NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    answer       TEXT,
    answered_at  TIMESTAMP WITH TIME ZONE,
    answered_how TEXT CHECK (answered_how IN ('phone', 'online', 'email', 'in-person')),
    recorded_by  TEXT
);
CREATE INDEX information_request_by_contact ON information_request (contact_id, requested_at);

-- Contacts about the same thing: related, or one a duplicate of the other. Stored once each way round.
CREATE TABLE contact_link
(
    contact_id UUID                     NOT NULL REFERENCES contact (id),
    linked_id  UUID                     NOT NULL REFERENCES contact (id),
    kind       TEXT                     NOT NULL CHECK (kind IN ('related', 'duplicate')),
    linked_by  TEXT                     NOT NULL,
    linked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (contact_id, linked_id),
    CHECK (contact_id <> linked_id)
);
