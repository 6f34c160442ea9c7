-- Every contact from the public, whatever the channel, with the clock for its first response.
CREATE TABLE contact
(
    id                 UUID PRIMARY KEY,
    reference          TEXT                     NOT NULL UNIQUE,
    report_id          UUID UNIQUE,
    channel            TEXT                     NOT NULL,
    service_id         TEXT                     NOT NULL,
    service_title      TEXT                     NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    first_response_due TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_received_at_idx ON contact (received_at DESC);
