CREATE TABLE staff_account
(
    username      TEXT PRIMARY KEY CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
    display_name  TEXT                     NOT NULL,
    password_hash TEXT                     NOT NULL,
    roles         TEXT[]                   NOT NULL,
    enabled       BOOLEAN                  NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
