-- A search is kept as the kinds of detail searched by ({"email": "given"}), never the details: the access log is read
-- by supervisors, who may not see subject access requests. Each detail is kept only as an HMAC-SHA256 under a key the
-- application holds, so the data protection team can still ask who searched for a detail by typing it again.
ALTER TABLE access_log ADD COLUMN term_hashes TEXT[];
CREATE INDEX access_log_by_term ON access_log USING GIN (term_hashes) WHERE term_hashes IS NOT NULL;

-- Rows written before this kept the terms as typed. They are redacted here, once, by the owner: the append-only
-- trigger is set aside for this transaction only (ALTER TABLE takes the table's lock until the migration commits,
-- so nothing else writes meanwhile) and put back before it ends. Their hashes cannot be made (the key is not in the
-- database), so those searches cannot be found by detail; who searched, when and for what kind stays.
ALTER TABLE access_log DISABLE TRIGGER access_log_append_only;

-- A subject access request's search: each detail becomes "given"; the request's reference is the row's own.
UPDATE access_log
SET detail = (SELECT coalesce(jsonb_object_agg(key, 'given'), '{}'::jsonb)
              FROM jsonb_each_text(detail)
              WHERE key <> 'request' AND value <> '')
WHERE action = 'search' AND record_kind = 'subject';

-- A contact search kept the words as typed under "terms": what kind they were is not known now.
UPDATE access_log
SET detail = jsonb_build_object('terms', 'given')
WHERE action = 'search' AND record_kind <> 'subject' AND detail ? 'terms';

-- A look at a requester's proof of identity named the file as they named it (often their own name): it becomes the
-- kind it is, without the name.
UPDATE access_log
SET record_kind = 'identity-proof',
    detail      = detail - 'file'
WHERE record_kind = 'file' AND detail ->> 'page' = 'identity-proof';

ALTER TABLE access_log ENABLE TRIGGER access_log_append_only;
