-- contact: the support a reporter asked for to talk to us (SupportNeed codes: bsl, language, other), so the queue can
-- show it without reading each report. The reporter's own words (which language, what support) stay in the report.
ALTER TABLE contact ADD COLUMN support_needs text[] NOT NULL DEFAULT '{}';

-- Contacts already open: every definition asks it as the question 'support-needs' today.
UPDATE contact c
SET support_needs = ARRAY(SELECT need FROM jsonb_array_elements_text(r.answers -> 'support-needs' -> 'values') AS need
                          WHERE need IN ('bsl', 'language', 'other'))
FROM report r
WHERE r.id = c.report_id AND jsonb_typeof(r.answers -> 'support-needs' -> 'values') = 'array';
