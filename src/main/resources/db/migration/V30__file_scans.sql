-- Virus scanning of the files the public upload (platform.files.VirusScanner, docs/operations.md "Virus scanning").
-- A file kept while scanning is on has a row here: clean, or pending (clamd could not be reached: kept, not yet
-- scanned, staff cannot open it) until the rescan job settles it as clean or infected (its content then deleted).
-- A file with no row arrived while scanning was off and opens as before. No file names: ids and states only.
CREATE TABLE file_scan
(
    file_id     UUID PRIMARY KEY,
    state       TEXT                     NOT NULL CHECK (state IN ('pending', 'clean', 'infected')),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    checked_at  TIMESTAMP WITH TIME ZONE,
    attempts    INTEGER                  NOT NULL DEFAULT 0
);
CREATE INDEX file_scan_pending ON file_scan (received_at) WHERE state = 'pending';
