-- A member of the public's answers while they go through a report; found by the hash of the token in their cookie.
CREATE TABLE report_draft
(
    id                 UUID PRIMARY KEY,
    token_hash         TEXT                     NOT NULL,
    service_id         TEXT                     NOT NULL,
    definition_version INT                      NOT NULL,
    answers            JSONB                    NOT NULL DEFAULT '{}',
    position           TEXT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    report_id          UUID,
    UNIQUE (token_hash, service_id)
);
CREATE INDEX report_draft_expires_at_idx ON report_draft (expires_at);

-- A submitted report never changes: the answers, the definition version they answered, and what they were shown.
CREATE TABLE report
(
    id                 UUID PRIMARY KEY,
    reference          TEXT                     NOT NULL UNIQUE,
    service_id         TEXT                     NOT NULL,
    service_title      TEXT                     NOT NULL,
    definition_version INT                      NOT NULL,
    answers            JSONB                    NOT NULL,
    summary            JSONB                    NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_submitted_at_idx ON report (submitted_at DESC);
