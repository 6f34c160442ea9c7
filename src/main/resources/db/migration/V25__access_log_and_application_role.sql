-- The application runs as its own role (${appRole}), not as the tables' owner: it may read and write what it is
-- granted here, and history tables refuse it UPDATE, DELETE and TRUNCATE, so no page or bug in the application can
-- rewrite who looked at what. Migrations run as the owner. With a single user on an external server (no
-- BLUELAMP_DB_OWNER_USER) ${appRole} is the owner, and the triggers alone keep history append-only.
GRANT USAGE ON SCHEMA public TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${appRole};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${appRole};

-- History may be removed only by disposal under a retention rule, through the functions below, which run as the
-- owner and say so for their own transaction.
CREATE OR REPLACE FUNCTION refuse_change_to_history() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('bluelamp.disposing', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Every staff read of personal data, every search with its terms, and every export: who, in which roles, when,
-- what (the kind of record and its reference), and why where a reason was asked.
CREATE TABLE access_log
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       TEXT                     NOT NULL,
    roles       TEXT                     NOT NULL,
    action      TEXT                     NOT NULL CHECK (action IN ('read', 'search', 'export', 'dispose', 'keep')),
    record_kind TEXT                     NOT NULL,
    record_ref  TEXT,
    detail      JSONB                    NOT NULL DEFAULT '{}',
    reason      TEXT
);
CREATE INDEX access_log_by_record ON access_log (record_ref, id) WHERE record_ref IS NOT NULL;
CREATE INDEX access_log_by_actor ON access_log (actor, id);
CREATE INDEX access_log_by_time ON access_log (at);
CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE ON access_log FOR EACH ROW EXECUTE FUNCTION refuse_change_to_history();
CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON access_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_history();
REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM PUBLIC;

-- The access log's own retention: entries older than the rule are removed, never newer than a year.
CREATE FUNCTION prune_access_log(before TIMESTAMP WITH TIME ZONE) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
DECLARE
    removed BIGINT;
BEGIN
    IF before > now() - INTERVAL '1 year' THEN
        RAISE EXCEPTION 'The access log keeps at least a year: % is too recent', before
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('bluelamp.disposing', 'on', true);
    DELETE FROM access_log WHERE at < before;
    GET DIAGNOSTICS removed = ROW_COUNT;
    PERFORM set_config('bluelamp.disposing', 'off', true);
    RETURN removed;
END
$$;
REVOKE ALL ON FUNCTION prune_access_log(TIMESTAMP WITH TIME ZONE) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION prune_access_log(TIMESTAMP WITH TIME ZONE) TO ${appRole};

-- Disposal of a contact under its retention rule removes its history with it (a tombstone stays: see privacy).
CREATE FUNCTION dispose_contact_history(contact UUID) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$
BEGIN
    PERFORM set_config('bluelamp.disposing', 'on', true);
    DELETE FROM contact_timeline WHERE contact_id = contact;
    DELETE FROM contact_assessment WHERE contact_id = contact;
    PERFORM set_config('bluelamp.disposing', 'off', true);
END
$$;
REVOKE ALL ON FUNCTION dispose_contact_history(UUID) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dispose_contact_history(UUID) TO ${appRole};

-- What the application role may not do (skipped when it is the owner, which must keep running migrations).
DO
$$
    BEGIN
        IF '${separateAppRole}' = 'true' THEN
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM ${appRole};
            REVOKE UPDATE, DELETE, TRUNCATE ON contact_timeline, contact_assessment, staff_audit FROM ${appRole};
            REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM ${appRole};
        END IF;
    END
$$;
