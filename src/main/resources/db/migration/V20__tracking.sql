-- "Check your report": the public following and answering their report online (docs/tracking.md).

-- Requests for a code, counted per typed reference and per client address in fixed windows, so every instance
-- applies the same limits. Keys are SHA-256 hashes: the counts need no address or reference in the clear.
create table tracking_request_count (
    key          text        not null,
    window_start timestamptz not null,
    requests     int         not null,
    primary key (key, window_start)
);
create index tracking_request_count_age on tracking_request_count (window_start);

-- A browser's access to one report after its code passed: only the SHA-256 of the cookie's token is kept.
create table tracking_access (
    token_hash   text primary key,
    report_id    uuid        not null references report (id),
    created_at   timestamptz not null,
    last_used_at timestamptz not null
);
create index tracking_access_age on tracking_access (last_used_at);

-- What a reporter added to a sent report online: their words, the files with it (rows in report_file with the
-- report's id, so staff see them with the report's files) and the question it answers, if any.
create table report_addition (
    id           uuid primary key,
    report_id    uuid        not null references report (id),
    information  text        not null,
    file_ids     uuid[]      not null default '{}',
    request_id   uuid,
    added_at     timestamptz not null
);
create index report_addition_by_report on report_addition (report_id, added_at);
