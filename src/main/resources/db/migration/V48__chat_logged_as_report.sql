-- issue 26, the chat console: a 101 live chat logged on the call-logging screens ("Log this chat") carries its chat
-- to the report, as a relay call does, so the contact opened from it gets the chat's transcript on its timeline.
ALTER TABLE report_draft
    ADD COLUMN chat_id UUID;
ALTER TABLE report
    ADD COLUMN chat_id UUID;

-- The handlers' console: why a handler closed a chat (kept with it, whether or not it became a report), and each time
-- a chat was handed on, to another handler or (to_handler null) to the BSL video relay's queue.
ALTER TABLE chat
    ADD COLUMN closed_reason TEXT CHECK (closed_reason IN ('reported', 'advice-given', 'signposted',
                                                           'not-a-police-matter', 'already-reported', 'no-reply',
                                                           'misuse', 'bsl-relay'));

CREATE TABLE chat_handover (
    id           BIGSERIAL PRIMARY KEY,
    chat_id      UUID                     NOT NULL REFERENCES chat (id),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    from_handler TEXT                     NOT NULL,
    to_handler   TEXT
);
CREATE INDEX chat_handover_chat ON chat_handover (chat_id, at);
