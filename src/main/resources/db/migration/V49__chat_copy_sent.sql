-- Issue 26: the person can have a copy of their chat emailed to them once, only if they ask. When it was asked for is
-- kept here (so a second ask sends nothing); the address is not: it is only in the outbox message.
ALTER TABLE chat
    ADD COLUMN copy_sent_at TIMESTAMP WITH TIME ZONE;
