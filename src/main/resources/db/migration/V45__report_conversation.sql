-- A conversation about a report (docs/tracking.md, docs/contacts.md): the reporter's messages from "Check your
-- report" and staff replies, in order. A reporter's message is unread until whoever holds the contact opens it, and
-- starts the reply clock (contact.reply_due), which a reply stops. The reporter's words and files are also kept as a
-- report_addition (with its report_file rows), so subject access, retention and disposal find them with the report.
create table contact_message (
    id            uuid primary key,
    contact_id    uuid        not null references contact (id),
    at            timestamptz not null,
    from_reporter boolean     not null,
    words         text        not null,
    -- the names of the files sent with a reporter's message, as the reporter named them
    file_names    text[]      not null default '{}',
    -- a staff reply: who wrote it (username, for staff and audit) and how the reporter is told who wrote it
    written_by    text,
    signed_as     text,
    read_at       timestamptz,
    read_by       text
);
create index contact_message_in_order on contact_message (contact_id, at);
create index contact_message_unread on contact_message (contact_id) where from_reporter and read_at is null;

-- The reply clock joins the others in the work order: the soonest running deadline, and breaches.
alter table contact add column reply_due timestamptz;
alter table contact drop column next_due;
alter table contact add column next_due timestamptz generated always as
    (least(case when first_contact_at is null then first_response_due end,
           case when crime_decision is null then crime_decision_due end,
           case when status in ('new', 'in-progress', 'awaiting-information') then grading_due end,
           victim_update_due,
           reply_due)) stored;
create index contact_work_order on contact (urgent_rank, risk_rank, next_due, received_at)
    where status not in ('filed', 'closed');
create index contact_open_by_next_due on contact (next_due) where status not in ('filed', 'closed');
