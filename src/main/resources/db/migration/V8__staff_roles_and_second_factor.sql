-- Every account has roles from a fixed list (org.bluelamp.staff.StaffRole); "STAFF" is no longer a role but what
-- every account is.
ALTER TABLE staff_account
    ADD COLUMN email TEXT,
    ADD COLUMN team  TEXT;
UPDATE staff_account SET roles = array_remove(roles, 'STAFF');
ALTER TABLE staff_account
    ADD CONSTRAINT staff_account_roles_known CHECK (roles <@ ARRAY ['CONTACT_HANDLER', 'CRIME_BUREAU_ASSESSOR',
        'SUPERVISOR', 'OFFICER', 'INTERPRETER', 'PLOD_OFFICER', 'DATA_PROTECTION_OFFICER', 'ADMIN']::TEXT[]);

-- An authenticator app's secret, sealed (AES-GCM, key from configuration). Unconfirmed until the first code from
-- the app is accepted; last_used_step refuses a code used before.
CREATE TABLE staff_authenticator
(
    username       TEXT PRIMARY KEY REFERENCES staff_account (username) ON DELETE CASCADE,
    secret_sealed  BYTEA                    NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE,
    last_used_step BIGINT
);

-- Ten single-use codes for when the phone is lost, stored only as hashes.
CREATE TABLE staff_recovery_code
(
    username  TEXT NOT NULL REFERENCES staff_account (username) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (username, code_hash)
);

-- What was done to staff accounts and by whom: never updated, never deleted.
CREATE TABLE staff_audit
(
    id      BIGSERIAL PRIMARY KEY,
    at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor   TEXT                     NOT NULL,
    action  TEXT                     NOT NULL,
    account TEXT                     NOT NULL,
    detail  TEXT
);
CREATE INDEX staff_audit_by_account ON staff_audit (account, at);
