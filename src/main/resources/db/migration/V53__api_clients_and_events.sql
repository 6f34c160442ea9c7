-- Issue 28, integration (docs/integration.md): clients of the force's API and Open311, and the feed of contact events.

-- A system allowed to use the API. Its secrets are kept only as hashes: the client secret (OAuth 2.0 client
-- credentials) as bcrypt, an Open311 api_key as a keyed hash, a client certificate (mutual TLS) as the SHA-256 of its
-- DER encoding. A client of an external issuer is known by the subject its tokens carry. A client with scopes that
-- read or change contacts is usable only once a second admin has approved it.
CREATE TABLE api_client
(
    id                     UUID PRIMARY KEY,
    client_id              TEXT        NOT NULL UNIQUE,
    name                   TEXT        NOT NULL,
    scopes                 TEXT[]      NOT NULL,
    secret_hash            TEXT,
    api_key_hash           BYTEA UNIQUE,
    certificate_thumbprint TEXT UNIQUE,
    issuer_subject         TEXT UNIQUE,
    requests_per_minute    INT         NOT NULL DEFAULT 600 CHECK (requests_per_minute > 0),
    created_at             TIMESTAMPTZ NOT NULL,
    created_by             TEXT        NOT NULL,
    approved_at            TIMESTAMPTZ,
    approved_by            TEXT,
    disabled_at            TIMESTAMPTZ,
    disabled_by            TEXT,
    CONSTRAINT api_client_scopes_known CHECK (scopes <@ ARRAY ['contacts:read', 'results:write', 'reports:submit']::TEXT[]),
    CONSTRAINT api_client_approved_by_another CHECK (approved_by IS NULL OR approved_by <> created_by)
);

-- The keys Bluelamp's authorization server signs tokens with, shared by every instance: the private key sealed with
-- the secrets key, the public one as a JWK for the key set. The newest unretired key signs; retired ones still check
-- tokens until those have expired.
CREATE TABLE api_signing_key
(
    kid         TEXT PRIMARY KEY,
    private_key BYTEA       NOT NULL,
    public_jwk  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    retired_at  TIMESTAMPTZ
);

-- Calls counted per client and minute, so every instance limits a client together.
CREATE TABLE api_call_count
(
    client_id    UUID        NOT NULL REFERENCES api_client (id) ON DELETE CASCADE,
    minute_start TIMESTAMPTZ NOT NULL,
    calls        INT         NOT NULL,
    PRIMARY KEY (client_id, minute_start)
);

-- The feed of contact events (received, assessed, crime decision, allocated, closed, reopened), in the order they
-- were committed: position 1, 2, 3... with no gaps at the time of writing, so a client that remembers the last
-- position it read misses nothing and sees nothing twice. Written by integration's listeners, one at a time (an
-- advisory lock), as the event_id is unique an event replayed by the outbox is not written twice. Nothing here
-- names anyone: the client reads the contact for that, and that read is logged. Goes with the contact at disposal.
CREATE TABLE api_event
(
    position    BIGINT PRIMARY KEY,
    event_id    UUID        NOT NULL UNIQUE,
    kind        TEXT        NOT NULL,
    contact_id  UUID        NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    reference   TEXT        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    data        JSONB       NOT NULL DEFAULT '{}'
);
CREATE INDEX api_event_by_contact ON api_event (contact_id);
CREATE INDEX api_event_by_recorded_at ON api_event (recorded_at);
