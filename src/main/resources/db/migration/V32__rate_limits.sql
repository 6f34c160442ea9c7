-- Limits on what the public can make the force do (send a message, queue a call, create a record), counted in fixed
-- windows across every instance (platform.limits.RateLimits). Who and whom are keyed hashes (HMAC under the secrets
-- key) of the client address or the normalised recipient, never the values themselves.
CREATE TABLE rate_limit (
    bucket       TEXT        NOT NULL,  -- the action and what is counted, e.g. 'save-for-later:recipient-day'
    subject_hash BYTEA       NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    window_end   TIMESTAMPTZ NOT NULL,
    count        INT         NOT NULL,
    PRIMARY KEY (bucket, subject_hash, window_start)
);

-- The sweep deletes windows that have ended.
CREATE INDEX rate_limit_window_end ON rate_limit (window_end);

-- "Check your report" now counts its requests here too.
DROP TABLE tracking_request_count;
