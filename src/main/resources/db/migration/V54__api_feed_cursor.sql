-- Issue 28, the feed of contact events (docs/integration.md).

-- Where each client has read the feed to, as it acknowledged: GET /api/v1/events with no "after" starts here. A
-- client may move it back to read again.
CREATE TABLE api_feed_cursor
(
    client_id       UUID PRIMARY KEY REFERENCES api_client (id) ON DELETE CASCADE,
    position        BIGINT      NOT NULL CHECK (position >= 0),
    acknowledged_at TIMESTAMPTZ NOT NULL
);

-- The last position the feed gave out, so positions only ever go up: once old events are pruned, or the newest
-- ones go with their contact at disposal, max(api_event.position) alone could fall back and give a position twice.
-- One row, written by the feed's writer (under its lock) with the first event: migrations add no rows.
CREATE TABLE api_feed_head
(
    id            SMALLINT PRIMARY KEY CHECK (id = 1),
    last_position BIGINT NOT NULL
);
