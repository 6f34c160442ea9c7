-- A code sent to a person's email or phone to prove they can read it: to follow a report, or to reopen a draft on
-- another device. Only a hash of the code is kept. A challenge with no recipient is a decoy: the pages answer the
-- same whether or not a reference and contact matched, so it can never be passed.
create table one_time_code (
    id               uuid primary key,
    purpose          text        not null,
    subject          text,
    code_hash        text        not null,
    recipient_email  text,
    recipient_phone  text,
    reference        text,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    attempts         int         not null default 0,
    sends            int         not null default 1,
    last_sent_at     timestamptz not null,
    passed_at        timestamptz
);
create index one_time_code_expiry on one_time_code (expires_at);

-- Who made a report and how they may be reached, worked out at submission from the answers whose definition names
-- their role (reporter name, email, mobile, how and when it is safe to contact them).
alter table report add column reporter jsonb;

-- The questions the definition marked private when the report was sent: left out of the copy emailed to the reporter.
alter table report add column private_questions text[] not null default '{}';
