-- Retention (privacy module, docs/retention.md): records whose rule's period has passed since their last activity are
-- listed for review; a reviewer keeps one (with a reason and the date of its next review) or disposes of it.
-- Only references, rules, dates and the reviewer's words are kept here: never a name, an address or an answer.
CREATE TABLE retention_review
(
    id               UUID PRIMARY KEY,
    record_kind      TEXT                     NOT NULL,
    record_ref       TEXT                     NOT NULL,
    rule             TEXT                     NOT NULL,
    last_activity_on DATE                     NOT NULL,
    due_on           DATE                     NOT NULL,
    listed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status           TEXT                     NOT NULL CHECK (status IN ('due', 'kept', 'disposed')),
    decided_by       TEXT,
    decided_at       TIMESTAMP WITH TIME ZONE,
    reason           TEXT,
    next_review_on   DATE,
    CHECK ((status = 'due') = (decided_at IS NULL)),
    CHECK ((status = 'kept') = (next_review_on IS NOT NULL))
);
-- One open review per record; the list, oldest due first; a record's decisions.
CREATE UNIQUE INDEX retention_review_open ON retention_review (record_kind, record_ref) WHERE status = 'due';
CREATE INDEX retention_review_due ON retention_review (due_on, id) WHERE status = 'due';
CREATE INDEX retention_review_by_record ON retention_review (record_kind, record_ref, decided_at DESC);

-- What is left of a disposed record: that it existed, under which rule, and who disposed of it when. Append-only.
CREATE TABLE disposed_record
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_kind      TEXT                     NOT NULL,
    record_ref       TEXT                     NOT NULL,
    rule             TEXT                     NOT NULL,
    last_activity_on DATE                     NOT NULL,
    disposed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    disposed_by      TEXT                     NOT NULL,
    UNIQUE (record_kind, record_ref)
);
CREATE TRIGGER disposed_record_append_only
    BEFORE UPDATE OR DELETE ON disposed_record FOR EACH ROW EXECUTE FUNCTION refuse_change_to_history();
CREATE TRIGGER disposed_record_no_truncate
    BEFORE TRUNCATE ON disposed_record FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_history();
REVOKE UPDATE, DELETE, TRUNCATE ON disposed_record FROM PUBLIC;

DO
$$
    BEGIN
        IF '${separateAppRole}' = 'true' THEN
            REVOKE UPDATE, DELETE, TRUNCATE ON disposed_record FROM ${appRole};
        END IF;
    END
$$;
