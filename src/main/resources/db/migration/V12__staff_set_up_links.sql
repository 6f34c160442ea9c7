-- A one-time link a new member of staff uses to choose their password: only its hash is kept.
CREATE TABLE staff_set_up_link
(
    token_hash TEXT PRIMARY KEY,
    username   TEXT                     NOT NULL REFERENCES staff_account (username) ON DELETE CASCADE,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX staff_set_up_link_by_account ON staff_set_up_link (username);
