-- Issue 28, write-back (docs/integration.md): what the force's records system tells us about a contact, through the
-- API: its crime number, the officer in charge of the investigation and its result. Each is the latest the system
-- sent, with when it arrived; the contact's timeline keeps every one of them. The API checks each value before it is
-- stored; these checks are the last guard against a value nobody could show.
ALTER TABLE contact
    ADD COLUMN crime_number          TEXT CHECK (crime_number ~ '^[A-Za-z0-9/-]{1,30}$'),
    ADD COLUMN crime_number_at       TIMESTAMPTZ,
    ADD COLUMN officer_in_charge     TEXT CHECK (char_length(officer_in_charge) BETWEEN 1 AND 100),
    ADD COLUMN officer_collar_number TEXT CHECK (char_length(officer_collar_number) BETWEEN 1 AND 20),
    ADD COLUMN officer_named_at      TIMESTAMPTZ,
    -- A code of contact.ResultOutcome (after the Home Office's crime outcome groups).
    ADD COLUMN result_outcome        TEXT CHECK (result_outcome ~ '^[a-z-]{1,40}$'),
    ADD COLUMN result_description    TEXT CHECK (char_length(result_description) BETWEEN 1 AND 1000),
    ADD COLUMN result_at             TIMESTAMPTZ,
    ADD CONSTRAINT contact_crime_number_when CHECK ((crime_number IS NULL) = (crime_number_at IS NULL)),
    ADD CONSTRAINT contact_officer_in_charge_when CHECK ((officer_in_charge IS NULL) = (officer_named_at IS NULL)),
    ADD CONSTRAINT contact_result_when CHECK ((result_outcome IS NULL) = (result_at IS NULL));
