-- "Send us your evidence" links (docs/tracking.md): a one-time link to upload files for one report, sent by staff
-- from its contact. Only the SHA-256 of the link's token is kept. A link opens nothing once used, replaced by a newer
-- one for the same contact, or past its expiry; the use is claimed here, so two browsers cannot both use it.
create table evidence_link (
    id          uuid primary key,
    contact_id  uuid        not null references contact (id),
    report_id   uuid        not null references report (id),
    token_hash  text        not null unique,
    note        text,
    sent_by     text        not null,
    sent_at     timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    replaced_at timestamptz
);
create index evidence_link_by_contact on evidence_link (contact_id);
