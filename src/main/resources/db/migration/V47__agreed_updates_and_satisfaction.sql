-- Issue 26, "Check your report" (docs/tracking.md): how often the reporter agreed to be kept updated, and the one
-- satisfaction question after a contact is closed.

-- Recorded by the officer on the contact page; null until then (the reporter is told the force's usual frequency).
alter table contact add column agreed_updates text
    check (agreed_updates in ('weekly', 'every-2-weeks', 'every-4-weeks', 'when-something-changes'));

-- One row per contact, ever: a second close (after a reopen) finds it and asks nothing. Only the SHA-256 of the
-- link's token is kept. Goes with the contact when it is disposed of.
create table satisfaction_invitation (
    contact_id  uuid primary key references contact (id) on delete cascade,
    token_hash  text        not null unique,
    service_id  text        not null,
    channel     text        not null,
    asked_at    timestamptz not null,
    expires_at  timestamptz not null,
    answered_at timestamptz
);

-- The answers, for management information: the kind of report, how it came, the month, and the answers. Nothing
-- names the person or the contact. Deleted bluelamp.tracking.satisfaction.keep-answers after their month.
create table satisfaction_answer (
    id            uuid primary key,
    service_id    text not null,
    channel       text not null,
    month         date not null check (extract(day from month) = 1),
    overall       text check (overall in ('very-satisfied', 'satisfied', 'neither', 'dissatisfied', 'very-dissatisfied')),
    easy          text check (easy in ('very-easy', 'easy', 'neither', 'difficult', 'very-difficult')),
    kept_informed text check (kept_informed in ('yes', 'partly', 'no')),
    better        text check (char_length(better) <= 1000)
);
create index satisfaction_answer_by_month on satisfaction_answer (month);
