-- Issue 28, integration (docs/integration.md): webhooks, the feed's events pushed to a client's address, signed.

-- A client's one webhook: where its events go and the secret they are signed with, sealed with the secrets key (a
-- copy of the database alone cannot sign). fanned_out_to is the feed position up to which its deliveries have been
-- written: a new webhook starts at the newest position, so it receives events from then on.
CREATE TABLE api_webhook
(
    client_id     UUID PRIMARY KEY REFERENCES api_client (id) ON DELETE CASCADE,
    url           TEXT        NOT NULL CHECK (length(url) <= 2000),
    secret        BYTEA       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    fanned_out_to BIGINT      NOT NULL
);

-- The outbox of webhook calls: one row per event and client, so an event is delivered once per client however
-- often the fan-out runs. A worker leases due rows (next_attempt_at moves to the lease's end while it calls), calls
-- with no transaction open, and records the outcome: delivered, or another attempt later, or failed 72 hours after
-- the event. Only a short error is kept, never what the receiver answered.
CREATE TABLE webhook_delivery
(
    id               UUID PRIMARY KEY,
    client_id        UUID        NOT NULL REFERENCES api_webhook (client_id) ON DELETE CASCADE,
    event_id         UUID        NOT NULL REFERENCES api_event (event_id) ON DELETE CASCADE,
    position         BIGINT      NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         INT         NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ,
    leased_until     TIMESTAMPTZ,
    last_status_code INT,
    last_error       TEXT CHECK (length(last_error) <= 300),
    delivered_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT webhook_delivery_once UNIQUE (client_id, event_id),
    CONSTRAINT webhook_delivery_pending_is_due CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
);
-- The worker's question: pending rows due now, soonest first.
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
-- The staff delivery log: a client's deliveries, newest first.
CREATE INDEX webhook_delivery_by_client ON webhook_delivery (client_id, position DESC);
-- Deleting events (a contact's disposal) finds their deliveries.
CREATE INDEX webhook_delivery_by_event ON webhook_delivery (event_id);
