-- Email and text messages to the public (notify module, docs/messages.md): each is written here in the transaction
-- of its cause and delivered by the worker, which claims due rows with FOR UPDATE SKIP LOCKED and a lease, so several
-- instances never send one message at once and a crash mid-send is retried when the lease runs out.
CREATE TABLE message
(
    id                   UUID PRIMARY KEY,
    -- Queuing the same key again (a listener retried) stores nothing.
    dedupe_key           TEXT                     NOT NULL UNIQUE,
    kind                 TEXT                     NOT NULL,
    channel              TEXT                     NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient            TEXT                     NOT NULL,
    subject              TEXT,
    body                 TEXT                     NOT NULL,
    reference            TEXT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    not_before           TIMESTAMP WITH TIME ZONE NOT NULL,
    status               TEXT                     NOT NULL DEFAULT 'queued'
        CHECK (status IN ('queued', 'sending', 'sent', 'delivered', 'failed')),
    attempts             INTEGER                  NOT NULL DEFAULT 0,
    -- When the worker may take it next: when queued, its next try; when sending, the end of the lease.
    next_attempt_at      TIMESTAMP WITH TIME ZONE,
    lease_until          TIMESTAMP WITH TIME ZONE,
    -- The last attempt may have reached the provider (a timeout, or a lease that ran out): ask before sending again.
    check_before_sending BOOLEAN                  NOT NULL DEFAULT FALSE,
    provider_id          TEXT,
    provider_status      TEXT,
    sent_at              TIMESTAMP WITH TIME ZONE,
    delivered_at         TIMESTAMP WITH TIME ZONE,
    -- Never personal data: an HTTP status, the provider's error code, a reason in our words.
    last_error           TEXT
);

-- The worker's claim: due rows in order, only among those still to send.
CREATE INDEX message_due ON message (next_attempt_at) WHERE status IN ('queued', 'sending');
-- The outbox page, newest first.
CREATE INDEX message_newest ON message (created_at DESC, id);

CREATE TABLE message_attempt
(
    message_id  UUID                     NOT NULL REFERENCES message (id),
    number      INTEGER                  NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- sent, found (already at the provider after an unknown outcome), retry, unknown, rejected, failed
    outcome     TEXT                     NOT NULL,
    http_status INTEGER,
    detail      TEXT,
    PRIMARY KEY (message_id, number)
);
