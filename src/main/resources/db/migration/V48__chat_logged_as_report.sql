-- issue 26, the chat console: a 101 live chat logged on the call-logging screens ("Log this chat") carries its chat
-- to the report, as a relay call does, so the contact opened from it gets the chat's transcript on its timeline.
ALTER TABLE report_draft
    ADD COLUMN chat_id UUID;
ALTER TABLE report
    ADD COLUMN chat_id UUID;
