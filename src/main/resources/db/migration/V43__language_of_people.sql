-- Issue 25: the language a person used travels with what they send, so that messages go in it and staff see it.
-- An ISO 639 code ('en', 'cy'); everything before this was English.
ALTER TABLE report_draft ADD COLUMN language text NOT NULL DEFAULT 'en';
ALTER TABLE report ADD COLUMN language text NOT NULL DEFAULT 'en';
ALTER TABLE contact ADD COLUMN language text NOT NULL DEFAULT 'en';
ALTER TABLE subject_access_request ADD COLUMN language text NOT NULL DEFAULT 'en';
-- The language each message was written in, shown in the staff outbox ('cy+en' for a bilingual message).
ALTER TABLE message ADD COLUMN language text NOT NULL DEFAULT 'en';
