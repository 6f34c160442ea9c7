-- Issue 28, Open311 (docs/open311.md): the service requests each client sent, so GET requests answers a client about
-- its own requests and no others. No personal data: the report holds what was sent, and a report disposed of by
-- retention takes its row with it.
CREATE TABLE open311_request
(
    report_id    UUID PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    reference    TEXT        NOT NULL UNIQUE,
    client_id    UUID        NOT NULL REFERENCES api_client (id) ON DELETE CASCADE,
    service_code TEXT        NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX open311_request_by_client ON open311_request (client_id, requested_at DESC);
