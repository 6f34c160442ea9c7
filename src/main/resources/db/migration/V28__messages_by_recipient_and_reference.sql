-- A subject access search finds the messages sent to a person's email or phone, or about their contacts; disposal
-- removes a contact's messages by reference. Without these both read the whole outbox.
CREATE INDEX message_by_recipient ON message (lower(recipient));
CREATE INDEX message_by_reference ON message (reference) WHERE reference IS NOT NULL;
