-- Failed sign-in attempts (a wrong password, or a wrong authenticator or recovery code), to slow guessing per account
-- and per client address. The account is an HMAC of the normalised username, never the username itself: people
-- type passwords into the username box. account_key is emptied, not the row deleted, when the account signs in or
-- is unlocked, so the address's count still stands. Rows older than a day are purged.
CREATE TABLE sign_in_failure
(
    id          BIGSERIAL PRIMARY KEY,
    account_key BYTEA,
    address     TEXT                     NOT NULL,
    failed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_failure_by_account ON sign_in_failure (account_key, failed_at);
CREATE INDEX sign_in_failure_by_address ON sign_in_failure (address, failed_at);
