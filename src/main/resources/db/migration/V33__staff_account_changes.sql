-- Four eyes on staff accounts (docs/staff.md): a change that could hand an account to someone else (resetting its
-- second factor, a new set-up link, its roles, its email address) is asked for by one admin and applied only when a
-- different admin approves it, within a day. Rows are kept as the record of who asked and who approved.
CREATE TABLE staff_account_change
(
    id           UUID PRIMARY KEY,
    username     TEXT                     NOT NULL REFERENCES staff_account (username) ON DELETE CASCADE,
    kind         TEXT                     NOT NULL CHECK (kind IN ('SECOND_FACTOR_RESET', 'SET_UP_LINK', 'ROLES', 'EMAIL')),
    -- What a ROLES or EMAIL change sets.
    roles        TEXT[],
    email        TEXT,
    requested_by TEXT                     NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status       TEXT                     NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'applied', 'cancelled', 'expired')),
    decided_by   TEXT,
    decided_at   TIMESTAMP WITH TIME ZONE,
    -- The rule the code keeps, kept by the database too: nobody approves their own request.
    CONSTRAINT staff_account_change_four_eyes CHECK (status <> 'applied' OR decided_by <> requested_by),
    CONSTRAINT staff_account_change_what CHECK ((kind = 'ROLES') = (roles IS NOT NULL)
        AND (kind = 'EMAIL') = (email IS NOT NULL))
);
-- One waiting change of each kind per account.
CREATE UNIQUE INDEX staff_account_change_one_waiting ON staff_account_change (username, kind) WHERE status = 'pending';
CREATE INDEX staff_account_change_waiting ON staff_account_change (expires_at) WHERE status = 'pending';
