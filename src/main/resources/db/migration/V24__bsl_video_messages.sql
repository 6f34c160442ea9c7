-- BSL video messages (services/bsl-video-message.yaml) waiting for an interpreter: one row per message, from the
-- moment it is sent until it is translated. The video is the report's file (report_file, in the file store); the
-- translation is written on the contact's timeline, so this table holds only the queue's state.
CREATE TABLE bsl_video_message
(
    report_id     UUID PRIMARY KEY REFERENCES report (id),
    reference     TEXT                     NOT NULL UNIQUE,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    translated_at TIMESTAMP WITH TIME ZONE,
    translated_by TEXT,
    CHECK ((translated_at IS NULL) = (translated_by IS NULL))
);
-- The interpreters' queue: waiting messages, oldest first.
CREATE INDEX bsl_video_message_waiting_idx ON bsl_video_message (received_at) WHERE translated_at IS NULL;
