-- Issue 27, insight (docs/insight.md): management figures for supervisors, performance analysts and the public.

-- The role that reads the force's figures and nothing else.
ALTER TABLE staff_account DROP CONSTRAINT staff_account_roles_known;
ALTER TABLE staff_account
    ADD CONSTRAINT staff_account_roles_known CHECK (roles <@ ARRAY ['CONTACT_HANDLER', 'CRIME_BUREAU_ASSESSOR',
        'SUPERVISOR', 'OFFICER', 'INTERPRETER', 'PLOD_OFFICER', 'DATA_PROTECTION_OFFICER', 'ADMIN',
        'PERFORMANCE_ANALYST']::TEXT[]);

-- Contacts whose figures may have changed since the last count are found by their last activity.
CREATE INDEX contact_by_last_activity ON contact (last_activity_at);

-- The figures of the contacts received on one UK day, by how they came, what they are about and the team holding
-- them now ('' when no team holds them), so a page reads a few hundred rows a day however many contacts there are.
-- insight.InsightRefresh counts a day again from the contacts whenever one of them changes; nothing here names anyone.
-- Each service-level clock is counted three ways: met by its deadline, met after it, and still running past it when
-- counted (overdue). Victims' Code updates count every update owed, so a contact may count several times.
CREATE TABLE insight_contact_day
(
    day                     DATE   NOT NULL,
    channel                 TEXT   NOT NULL,
    service_id              TEXT   NOT NULL,
    team                    TEXT   NOT NULL,
    received                INT    NOT NULL,
    first_contact_in_time   INT    NOT NULL,
    first_contact_late      INT    NOT NULL,
    first_contact_overdue   INT    NOT NULL,
    -- the time from receipt to first contact, added up over the contacts that have had it, for an average
    first_contact_seconds   BIGINT NOT NULL,
    crime_decision_in_time  INT    NOT NULL,
    crime_decision_late     INT    NOT NULL,
    crime_decision_overdue  INT    NOT NULL,
    grading_in_time         INT    NOT NULL,
    grading_late            INT    NOT NULL,
    grading_overdue         INT    NOT NULL,
    update_in_time          INT    NOT NULL,
    update_late             INT    NOT NULL,
    update_overdue          INT    NOT NULL,
    PRIMARY KEY (day, channel, service_id, team)
);

-- Contacts received in each hour (UK) of a day, for the heat map of hour by day of the week.
CREATE TABLE insight_contact_hour
(
    day      DATE     NOT NULL,
    hour     SMALLINT NOT NULL CHECK (hour BETWEEN 0 AND 23),
    channel  TEXT     NOT NULL,
    team     TEXT     NOT NULL,
    received INT      NOT NULL,
    PRIMARY KEY (day, hour, channel, team)
);

-- How the contacts received on a day ended so far: closed (label: the closing category), filed (the closing
-- category) or referred (the organisation). Not by report type, which no outcome figure needs: with it, a day of a
-- large force's closed contacts is nearly a row each.
CREATE TABLE insight_outcome_day
(
    day        DATE NOT NULL,
    channel    TEXT NOT NULL,
    team       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('closed', 'filed', 'referred')),
    label      TEXT NOT NULL,
    contacts   INT  NOT NULL,
    PRIMARY KEY (day, channel, team, kind, label)
);

-- Open contacts past a deadline when last counted, by team ('' for none) and clock: counted with the figures, as
-- counting them for every page would read every open contact.
CREATE TABLE insight_overdue_now
(
    team           TEXT                     PRIMARY KEY,
    first_contact  INT                      NOT NULL,
    crime_decision INT                      NOT NULL,
    grading        INT                      NOT NULL,
    victim_update  INT                      NOT NULL,
    reply          INT                      NOT NULL,
    contacts       INT                      NOT NULL,
    counted_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Where the counting has got to: contacts active after activity_seen are counted again at the next refresh. No row
-- until the first count: migrations add no rows, as a back-up is restored into the schema they make.
CREATE TABLE insight_refresh
(
    id            BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    activity_seen TIMESTAMP WITH TIME ZONE,
    refreshed_at  TIMESTAMP WITH TIME ZONE
);

-- Repeats (insight.RepeatCandidates): each contact that shares an email or phone (kind person) or a postcode (kind
-- address) with at least two other contacts received within 91 days of it, by a keyed hash of that detail, never the
-- detail. Counting repeats straight from contact reads every contact of the 90 days (over a million in a large
-- force, seconds); these rows are the few that can be repeats, so a 90 days' figures are counted from them at once.
-- Team and channel are as at the last refresh.
CREATE TABLE insight_repeat_contact
(
    kind        TEXT                     NOT NULL CHECK (kind IN ('person', 'address')),
    key_hash    BIGINT                   NOT NULL,
    contact_id  UUID                     NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    team        TEXT                     NOT NULL,
    channel     TEXT                     NOT NULL,
    PRIMARY KEY (kind, key_hash, contact_id)
);
CREATE INDEX insight_repeat_contact_by_received ON insight_repeat_contact (kind, received_at);
CREATE INDEX insight_repeat_contact_by_contact ON insight_repeat_contact (contact_id);

-- How far the repeats have been brought up to date: contacts active after activity_seen are looked at again.
CREATE TABLE insight_repeat_refresh
(
    id            BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    activity_seen TIMESTAMP WITH TIME ZONE,
    refreshed_at  TIMESTAMP WITH TIME ZONE
);
