-- Where each contact is worked: the team's queue, its priority, and the clock for a crime-recording decision.
ALTER TABLE contact
    ADD COLUMN queue              TEXT NOT NULL DEFAULT 'contact-management',
    ADD COLUMN priority           TEXT NOT NULL DEFAULT 'standard' CHECK (priority IN ('high', 'standard', 'low')),
    ADD COLUMN crime_decision_due TIMESTAMP WITH TIME ZONE;
CREATE INDEX contact_queue_idx ON contact (queue, first_response_due);
