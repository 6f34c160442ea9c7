-- Visits by a Police Link Officer for Deaf people (appointments module, docs/appointments.md).

-- btree_gist lets one exclusion constraint compare an officer's name (=) and a time range (&&) together. It is a
-- trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- When an officer can visit: one row a slot, offered to handlers until a visit is booked into it.
CREATE TABLE plod_slot
(
    id         UUID PRIMARY KEY,
    officer    TEXT                     NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Taken back by the officer; kept while a visit (even a cancelled one) refers to it.
    withdrawn_at TIMESTAMP WITH TIME ZONE,
    CHECK (ends_at > starts_at),
    -- An officer cannot be in two places at once: their slots never overlap.
    CONSTRAINT plod_slot_no_overlap EXCLUDE USING gist (officer WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (withdrawn_at IS NULL)
);
CREATE INDEX plod_slot_by_start ON plod_slot (starts_at);

CREATE TABLE plod_visit
(
    id                 UUID PRIMARY KEY,
    contact_reference  TEXT                     NOT NULL,
    report_id          UUID,
    status             TEXT                     NOT NULL
        CHECK (status IN ('booked', 'no-suitable-time', 'cancelled', 'visited')),
    -- The slot it is booked into; kept when cancelled, for the record, but then it no longer holds the slot.
    slot_id            UUID REFERENCES plod_slot (id),
    -- Where the officer will go: the address or place the person chose, as the handler typed it.
    place              TEXT,
    -- How the person asked to be told: email, text or email-and-text (reporting.ContactPreference codes).
    confirm_by         TEXT,
    -- "No suitable time": when the person said they could be visited instead, in the handler's words.
    preferred_times    TEXT,
    booked_by          TEXT                     NOT NULL,
    booked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at         TIMESTAMP WITH TIME ZONE,
    cancelled_by       TEXT,
    cancelled_at       TIMESTAMP WITH TIME ZONE,
    cancel_reason      TEXT,
    -- When the reminder is due (6pm UK time the day before), null when there is none to send; and when it was queued.
    reminder_due_at    TIMESTAMP WITH TIME ZONE,
    reminder_queued_at TIMESTAMP WITH TIME ZONE,
    outcome            TEXT,
    outcome_note       TEXT,
    outcome_at         TIMESTAMP WITH TIME ZONE,
    CHECK ((status IN ('booked', 'visited')) = (slot_id IS NOT NULL) OR status = 'cancelled')
);

-- No double booking: a slot holds at most one visit that is not cancelled, whatever the application does.
CREATE UNIQUE INDEX plod_visit_one_per_slot ON plod_visit (slot_id) WHERE status IN ('booked', 'visited');
CREATE INDEX plod_visit_by_contact ON plod_visit (contact_reference, booked_at DESC);
-- The reminder job's search: booked visits whose reminder is due and not yet queued.
CREATE INDEX plod_visit_reminder_due ON plod_visit (reminder_due_at)
    WHERE status = 'booked' AND reminder_queued_at IS NULL AND reminder_due_at IS NOT NULL;
