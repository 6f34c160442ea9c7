-- The BSL video relay: calls from Deaf callers, answered by an interpreter who may bring in a contact handler.
-- A caller has no account: the call's own token (only its hash kept here) is their key to it, for one call.
CREATE TABLE relay_call (
    id             UUID PRIMARY KEY,
    token_hash     TEXT NOT NULL UNIQUE,
    status         TEXT NOT NULL CHECK (status IN ('waiting', 'answered', 'ended', 'abandoned')),
    queued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The caller's page says it is still there every few seconds; a call not heard from is a dropped call,
    -- kept for the caller to rejoin for a few minutes, then abandoned (waiting) or ended (answered).
    caller_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at    TIMESTAMP WITH TIME ZONE,
    ended_at       TIMESTAMP WITH TIME ZONE,
    end_reason     TEXT CHECK (end_reason IN ('caller-left', 'interpreter-ended', 'dropped')),
    interpreter    TEXT,
    handler        TEXT,
    handler_wanted BOOLEAN NOT NULL DEFAULT FALSE,
    note           TEXT,
    reference      TEXT,
    CHECK ((status = 'waiting') = (answered_at IS NULL AND ended_at IS NULL) OR status = 'abandoned'),
    CHECK ((status IN ('ended', 'abandoned')) = (ended_at IS NOT NULL))
);

-- The queue, oldest first, and today's service levels.
CREATE INDEX relay_call_waiting ON relay_call (queued_at) WHERE status = 'waiting';
CREATE INDEX relay_call_queued ON relay_call (queued_at);
CREATE INDEX relay_call_reference ON relay_call (reference) WHERE reference IS NOT NULL;

-- What the caller and the interpreter typed to each other: the text fallback when video fails.
CREATE TABLE relay_call_message (
    id      BIGSERIAL PRIMARY KEY,
    call_id UUID NOT NULL REFERENCES relay_call (id),
    sender  TEXT NOT NULL CHECK (sender IN ('caller', 'interpreter', 'handler')),
    body    TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 1000),
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX relay_call_message_call ON relay_call_message (call_id, id);

-- The call's recording, in the pieces the console uploads during the call; the content is in the file store.
CREATE TABLE relay_recording_chunk (
    call_id     UUID NOT NULL REFERENCES relay_call (id),
    seq         INTEGER NOT NULL CHECK (seq >= 0),
    file_id     UUID NOT NULL UNIQUE,
    bytes       INTEGER NOT NULL CHECK (bytes > 0),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (call_id, seq)
);

-- Every playback of a recording, whether or not the call became a contact yet.
CREATE TABLE relay_recording_playback (
    id        BIGSERIAL PRIMARY KEY,
    call_id   UUID NOT NULL REFERENCES relay_call (id),
    username  TEXT NOT NULL,
    played_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A call logged from the relay carries its interpreter and which relay call it was.
ALTER TABLE report_draft
    ADD COLUMN interpreter   TEXT,
    ADD COLUMN relay_call_id UUID;
ALTER TABLE report
    ADD COLUMN interpreter   TEXT,
    ADD COLUMN relay_call_id UUID;
ALTER TABLE contact
    ADD COLUMN interpreter TEXT;

-- Signalling between instances goes by NOTIFY; a message too large for NOTIFY (offers with many network candidates)
-- waits here for the other instances to read it, for a minute.
CREATE TABLE relay_signal (
    id         BIGSERIAL PRIMARY KEY,
    body       TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
