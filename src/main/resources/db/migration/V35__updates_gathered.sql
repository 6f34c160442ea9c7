-- An update to a reporter waits a short while (bluelamp.notify.updates.window), so that several actions on one report
-- close together go as one message (docs/messages.md, "Updates close together go as one"). While it waits, a later
-- update on the same report to the same recipient is folded into it.
ALTER TABLE message
    -- What has happened, one code each, in the order it first happened (allocated, crime-decision, referred, reopened):
    -- the same news twice is listed once.
    ADD COLUMN news   TEXT[],
    -- The events folded into it, so an event handled twice is folded once.
    ADD COLUMN causes TEXT[];

-- Finding the update still waiting for a report's recipient.
CREATE INDEX message_update_waiting ON message (reference, channel, recipient)
    WHERE kind = 'update' AND status = 'queued' AND attempts = 0;
