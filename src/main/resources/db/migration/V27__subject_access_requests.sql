-- Subject access requests (issue 13): a person asks for what the force holds about them. The public form keeps its
-- progress in a draft found by its cookie token's hash; the request itself, what is in scope (a snapshot, so the
-- answer does not change under the team), redactions, refusals and the released answer. The request's timeline is
-- append-only, like contact_timeline.
CREATE TABLE subject_access_draft
(
    token_hash         TEXT PRIMARY KEY,
    answers            JSONB                    NOT NULL DEFAULT '{}',
    identity_file_id   UUID,
    identity_file_name TEXT,
    identity_file_type TEXT,
    submitted_as       UUID,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX subject_access_draft_by_age ON subject_access_draft (updated_at);

CREATE TABLE subject_access_request
(
    id                   UUID PRIMARY KEY,
    reference            TEXT                     NOT NULL UNIQUE,
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    full_name            TEXT                     NOT NULL,
    other_names          TEXT,
    date_of_birth        DATE                     NOT NULL,
    email                TEXT,
    phone                TEXT,
    address              TEXT,
    postcode             TEXT,
    wants                TEXT                     NOT NULL CHECK (wants IN ('everything', 'period', 'reference')),
    wants_period         TEXT,
    wants_reference      TEXT,
    identity             TEXT                     NOT NULL CHECK (identity IN ('upload', 'station')),
    identity_file_id     UUID,
    identity_file_name   TEXT,
    identity_file_type   TEXT,
    receive_by           TEXT                     NOT NULL CHECK (receive_by IN ('link', 'post')),
    status               TEXT                     NOT NULL
        CHECK (status IN ('awaiting-identity', 'received', 'checked', 'answered', 'refused')),
    -- The statutory clock starts the day identity proof is received; until then due_on is null.
    identity_received_on DATE,
    due_on               DATE,
    identity_checked_by  TEXT,
    identity_checked_at  TIMESTAMP WITH TIME ZONE,
    identity_method      TEXT CHECK (identity_method IN ('seen-at-station', 'checked-upload')),
    identity_note        TEXT,
    answered_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX subject_access_request_by_due ON subject_access_request (due_on NULLS FIRST, received_at);

CREATE TABLE subject_access_timeline
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id UUID                     NOT NULL REFERENCES subject_access_request (id),
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      TEXT                     NOT NULL,
    kind       TEXT                     NOT NULL,
    detail     JSONB                    NOT NULL DEFAULT '{}'
);
CREATE INDEX subject_access_timeline_by_request ON subject_access_timeline (request_id, id);
CREATE TRIGGER subject_access_timeline_append_only
    BEFORE UPDATE OR DELETE ON subject_access_timeline FOR EACH ROW EXECUTE FUNCTION refuse_change_to_history();
CREATE TRIGGER subject_access_timeline_no_truncate
    BEFORE TRUNCATE ON subject_access_timeline FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_history();
REVOKE UPDATE, DELETE, TRUNCATE ON subject_access_timeline FROM PUBLIC;

-- What the last search found, and which of it is in the answer: the record as it was found (a HeldRecord as JSON).
CREATE TABLE subject_access_item
(
    request_id UUID                     NOT NULL REFERENCES subject_access_request (id),
    kind       TEXT                     NOT NULL,
    record_id  TEXT                     NOT NULL,
    reference  TEXT,
    held       JSONB                    NOT NULL,
    in_scope   BOOLEAN                  NOT NULL DEFAULT FALSE,
    found_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (request_id, kind, record_id)
);

CREATE TABLE subject_access_redaction
(
    id          UUID PRIMARY KEY,
    request_id  UUID                     NOT NULL REFERENCES subject_access_request (id),
    text        TEXT                     NOT NULL,
    reason_code TEXT                     NOT NULL,
    added_by    TEXT                     NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX subject_access_redaction_by_request ON subject_access_redaction (request_id);

CREATE TABLE subject_access_refusal
(
    id          UUID PRIMARY KEY,
    request_id  UUID                     NOT NULL REFERENCES subject_access_request (id),
    whole       BOOLEAN                  NOT NULL,
    what        TEXT                     NOT NULL,
    reason_code TEXT                     NOT NULL,
    note        TEXT,
    refused_by  TEXT                     NOT NULL,
    refused_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX subject_access_refusal_by_request ON subject_access_refusal (request_id);

-- The answer as released: its files, the link (only the token's hash), the code step and the downloads.
CREATE TABLE subject_access_release
(
    id                UUID PRIMARY KEY,
    request_id        UUID                     NOT NULL REFERENCES subject_access_request (id),
    token_hash        TEXT                     NOT NULL UNIQUE,
    pdf_file_id       UUID                     NOT NULL,
    json_file_id      UUID                     NOT NULL,
    released_by       TEXT                     NOT NULL,
    released_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    challenge_id      UUID,
    codes_sent        INT                      NOT NULL DEFAULT 0,
    opened_token_hash TEXT,
    opened_until      TIMESTAMP WITH TIME ZONE,
    downloaded_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX subject_access_release_by_request ON subject_access_release (request_id);

-- Disposal of a request under its retention rule removes its timeline with it (the only way history goes).
CREATE FUNCTION dispose_subject_access_history(request UUID) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
BEGIN
    PERFORM set_config('bluelamp.disposing', 'on', true);
    DELETE FROM subject_access_timeline WHERE request_id = request;
    PERFORM set_config('bluelamp.disposing', 'off', true);
END
$$;
REVOKE ALL ON FUNCTION dispose_subject_access_history(UUID) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dispose_subject_access_history(UUID) TO ${appRole};

DO
$$
    BEGIN
        IF '${separateAppRole}' = 'true' THEN
            REVOKE UPDATE, DELETE, TRUNCATE ON subject_access_timeline FROM ${appRole};
        END IF;
    END
$$;
