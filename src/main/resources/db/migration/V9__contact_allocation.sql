-- A contact allocated to a team, or to one officer, leaves the open queues and is seen by that team or officer.
ALTER TABLE contact
    ADD COLUMN allocated_team TEXT,
    ADD COLUMN allocated_to   TEXT;
CREATE INDEX contact_by_team ON contact (allocated_team) WHERE allocated_team IS NOT NULL;
CREATE INDEX contact_by_officer ON contact (allocated_to) WHERE allocated_to IS NOT NULL;
