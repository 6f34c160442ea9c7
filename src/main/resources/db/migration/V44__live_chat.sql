-- Issue 26: 101 live chat. A person types to a contact handler; no account: the chat's own key (only its hash kept
-- here) opens that one chat from that browser, as a relay caller's does.
CREATE TABLE chat (
    id            UUID PRIMARY KEY,
    key_hash      TEXT NOT NULL UNIQUE,
    status        TEXT NOT NULL CHECK (status IN ('waiting', 'answered', 'ended', 'abandoned')),
    -- What the person gave before joining: a name if they wished, and what it is about in a sentence.
    name          TEXT CHECK (length(name) <= 100),
    about         TEXT NOT NULL CHECK (length(about) BETWEEN 1 AND 200),
    language      TEXT NOT NULL DEFAULT 'en',
    queued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The person's page says it is still there; a chat not heard from for a few minutes is ended by a job.
    last_heard_at TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE,
    answered_by   TEXT,
    ended_at      TIMESTAMP WITH TIME ZONE,
    end_reason    TEXT CHECK (end_reason IN ('person-ended', 'person-left-site', 'handler-ended', 'dropped')),
    -- The first time the possible-emergency rules matched a line the person typed, and every word they matched.
    flagged_at    TIMESTAMP WITH TIME ZONE,
    flagged_words TEXT[] NOT NULL DEFAULT '{}',
    -- The sequence number of the chat's last line: lines are numbered 1, 2, 3... within a chat.
    last_seq      INTEGER NOT NULL DEFAULT 0,
    -- The contact the chat was logged as, once a handler logs it.
    reference     TEXT,
    CHECK ((status = 'waiting') = (answered_at IS NULL AND ended_at IS NULL) OR status = 'abandoned'),
    CHECK ((status IN ('ended', 'abandoned')) = (ended_at IS NOT NULL)),
    CHECK ((answered_at IS NULL) = (answered_by IS NULL))
);

-- The queue, oldest first; each handler's chats; today's figures.
CREATE INDEX chat_waiting ON chat (queued_at, id) WHERE status = 'waiting';
CREATE INDEX chat_answered_by ON chat (answered_by, answered_at) WHERE status = 'answered';
CREATE INDEX chat_queued ON chat (queued_at);
CREATE INDEX chat_live_heard ON chat (last_heard_at) WHERE status IN ('waiting', 'answered');

-- What was said, in order. "system" lines are the service's own (the chat was answered, ended).
CREATE TABLE chat_line (
    chat_id       UUID NOT NULL REFERENCES chat (id),
    seq           INTEGER NOT NULL,
    speaker       TEXT NOT NULL CHECK (speaker IN ('person', 'handler', 'system')),
    staff_username TEXT,
    body          TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    -- The words the possible-emergency rules matched in this line (only the person's lines are scanned).
    flagged_words TEXT[] NOT NULL DEFAULT '{}',
    said_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (chat_id, seq),
    CHECK ((speaker = 'handler') = (staff_username IS NOT NULL))
);
