-- Search by reference, name, email, phone, postcode, vehicle registration or words in the account, and the
-- suggested links between contacts, all in PostgreSQL: trigram and full-text indexes, no search server.
-- pg_trgm ships with PostgreSQL (and the embedded binaries); an external server must allow the extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- What a report is searched by, worked out at submission from the answers and the definition in hand, so a
-- later version of the definition never changes it. Null for reports sent before this column existed.
ALTER TABLE report ADD COLUMN particulars JSONB;

-- A contact's particulars in the forms searched: emails lower-case, phones E.164 (+447700900982), postcodes and
-- registrations upper-case without spaces; the account as English words.
ALTER TABLE contact
    ADD COLUMN reporter_names TEXT     NOT NULL DEFAULT '',
    ADD COLUMN emails         TEXT[]   NOT NULL DEFAULT '{}',
    ADD COLUMN phones         TEXT[]   NOT NULL DEFAULT '{}',
    ADD COLUMN postcodes      TEXT[]   NOT NULL DEFAULT '{}',
    ADD COLUMN vehicles       TEXT[]   NOT NULL DEFAULT '{}',
    ADD COLUMN search_words   TSVECTOR NOT NULL DEFAULT ''::tsvector;

-- Contacts opened before now: their words from the report's summary lines, so words in the account find them.
UPDATE contact c
SET search_words = to_tsvector('english', coalesce((
    SELECT string_agg(line, ' ')
    FROM report r, jsonb_array_elements(r.summary) q, jsonb_array_elements_text(q -> 'answer') line
    WHERE r.id = c.report_id), ''));

CREATE INDEX contact_reporter_names_trgm ON contact USING gin (reporter_names gin_trgm_ops);
CREATE INDEX contact_emails ON contact USING gin (emails);
CREATE INDEX contact_phones ON contact USING gin (phones);
CREATE INDEX contact_postcodes ON contact USING gin (postcodes);
CREATE INDEX contact_vehicles ON contact USING gin (vehicles);
CREATE INDEX contact_search_words ON contact USING gin (search_words);
