-- The queues' work order kept with each contact, so a page of a queue reads its rows from an index in order instead
-- of sorting every open contact: possible emergencies nobody has assessed, then risk (before assessment the report's
-- priority stands in), then the soonest running deadline (first contact, crime decision, grading target, update).
ALTER TABLE contact
    ADD COLUMN urgent_rank SMALLINT GENERATED ALWAYS AS
        (CASE WHEN possible_emergency AND grading IS NULL THEN 0 ELSE 1 END) STORED,
    ADD COLUMN risk_rank   SMALLINT GENERATED ALWAYS AS
        (CASE COALESCE(risk, CASE priority WHEN 'high' THEN 'high' WHEN 'standard' THEN 'medium' ELSE 'low' END)
             WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END) STORED,
    ADD COLUMN next_due    TIMESTAMP WITH TIME ZONE GENERATED ALWAYS AS
        (LEAST(CASE WHEN first_contact_at IS NULL THEN first_response_due END,
               CASE WHEN crime_decision IS NULL THEN crime_decision_due END,
               CASE WHEN status IN ('new', 'in-progress', 'awaiting-information') THEN grading_due END,
               victim_update_due)) STORED;
CREATE INDEX contact_work_order ON contact (urgent_rank, risk_rank, next_due, received_at)
    WHERE status NOT IN ('filed', 'closed');
CREATE INDEX contact_open_by_next_due ON contact (next_due) WHERE status NOT IN ('filed', 'closed');
