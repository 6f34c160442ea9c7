-- Codes and links are never stored in a message's words, nor shown to staff (notify, docs/messages.md "Codes and
-- links"): the words keep ((code)), ((resumeLink)) or ((answerLink)) where the secret goes, and the secret values
-- are kept sealed (AES-256-GCM with the shared secrets key) only until the provider has the message, it fails, or
-- the code or link expires, whichever comes first.
ALTER TABLE message
    ADD COLUMN secrets           BYTEA,
    ADD COLUMN secrets_expire_at TIMESTAMP WITH TIME ZONE;

-- Messages written before this: take every code and link out of the stored words. One still waiting to be sent
-- cannot be sent without its secret, so it is failed (a code lasts minutes; the person can ask again).
UPDATE message
SET body    = regexp_replace(regexp_replace(regexp_replace(body,
                  '\m\d{6}\M', '((code))', 'g'),
                  'https?://\S*/resume/\S+', '((resumeLink))', 'g'),
                  'https?://\S*/your-data/answer/\S+', '((answerLink))', 'g'),
    subject = regexp_replace(subject, '\m\d{6}\M', '((code))', 'g')
WHERE kind IN ('tracking-code', 'resume-code', 'resume-link', 'data-request-answer', 'data-answer-code');

UPDATE message
SET status = 'failed', next_attempt_at = NULL, lease_until = NULL,
    last_error = 'not sent: written before codes and links were sealed, and its code or link has not been kept'
WHERE kind IN ('tracking-code', 'resume-code', 'resume-link', 'data-request-answer', 'data-answer-code')
  AND status IN ('queued', 'sending');

-- Sealed secrets live only while a message is still to be sent, and always with the time they stop working.
ALTER TABLE message
    ADD CONSTRAINT message_secrets_only_until_sent CHECK (secrets IS NULL OR status IN ('queued', 'sending')),
    ADD CONSTRAINT message_secrets_expire CHECK (secrets IS NULL OR secrets_expire_at IS NOT NULL);

-- The disposal job (notify.MessageDisposalJob): messages with no contact, or that carried a code or link, by age.
CREATE INDEX message_short_lived ON message (created_at)
    WHERE reference IS NULL
       OR kind IN ('tracking-code', 'resume-code', 'resume-link', 'data-request-received', 'data-request-answer',
                   'data-answer-code');
