-- Files people upload with a report (photos, documents). The bytes are kept outside the database, in the file
-- store, under the same id. A file belongs to a draft until the report is sent, then to the report; one that
-- belongs to neither (its draft expired or was left) is deleted with its bytes.
CREATE TABLE report_file
(
    id          UUID PRIMARY KEY,
    draft_id    UUID REFERENCES report_draft (id) ON DELETE SET NULL,
    report_id   UUID REFERENCES report (id),
    question_id TEXT                     NOT NULL,
    file_name   TEXT                     NOT NULL,
    kind        TEXT                     NOT NULL,
    size_bytes  BIGINT                   NOT NULL,
    sha256      TEXT                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_file_draft_idx ON report_file (draft_id);
CREATE INDEX report_file_report_idx ON report_file (report_id);
CREATE INDEX report_file_orphan_idx ON report_file (created_at) WHERE draft_id IS NULL AND report_id IS NULL;
