-- Scheduled work runs once across all instances: a job runs only on the instance that holds its lease, taken by an
-- UPDATE that succeeds only once locked_until has passed (platform.scheduling.JobLeases).
create table scheduled_job (
    name         text primary key,
    locked_until timestamptz not null,
    locked_by    text,
    locked_at    timestamptz
);

-- "Save and come back later": a link sent to the person's email or mobile that reopens their draft, after a one-time
-- code sent to the same address. Only the hash of the link's token is kept; links go when their draft goes.
create table draft_resume_link (
    id              uuid primary key,
    token_hash      text        not null unique,
    draft_id        uuid        not null references report_draft (id) on delete cascade,
    email           text,
    phone           text,
    created_at      timestamptz not null,
    -- The one-time code challenge sent for this link, and when: a fresh one is started only after an hour.
    challenge_id    uuid,
    code_sent_at    timestamptz,
    used_at         timestamptz,
    check (email is not null or phone is not null)
);
create index draft_resume_link_draft on draft_resume_link (draft_id, created_at desc);
