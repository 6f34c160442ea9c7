-- The retention review reads each kind of record a page at a time, each page in its own transaction
-- (docs/retention.md): every open review a run finds again is stamped with the run's start, and those it did not find
-- leave the list when the run ends, so no run holds every open review, or every lapsed record, in memory.
ALTER TABLE retention_review ADD COLUMN found_at TIMESTAMP WITH TIME ZONE;
UPDATE retention_review SET found_at = listed_at WHERE status = 'due';

-- Relay calls and chats never logged as contacts are paged through in the order they ended.
CREATE INDEX relay_call_unlogged_by_end ON relay_call (ended_at, (id::text))
    WHERE reference IS NULL AND status IN ('ended', 'abandoned');
CREATE INDEX chat_unlogged_by_end ON chat (ended_at, (id::text))
    WHERE reference IS NULL AND status IN ('ended', 'abandoned');
