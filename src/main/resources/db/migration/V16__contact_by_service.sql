-- The queues' filter lists each report type that holds a contact; this index lets that be read in a few steps
-- (one per type) rather than by reading every contact.
CREATE INDEX contact_by_service ON contact (service_id, service_title);
