package org.bluelamp.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** The trail of what was done to staff accounts, and by whom. Rows are only ever added. */
@Repository
class StaffAudit {

    enum Action {
        ACCOUNT_CREATED, SET_UP_LINK_MADE, PASSWORD_CHOSEN, AUTHENTICATOR_SET_UP, RECOVERY_CODE_USED,
        ACCOUNT_DISABLED, ACCOUNT_ENABLED, SECOND_FACTOR_RESET, ACCOUNT_UNLOCKED, SIGNED_OUT_EVERYWHERE,
        /** Four eyes: a change asked for, approved by a second admin, or cancelled; the detail names its kind. */
        CHANGE_REQUESTED, CHANGE_APPROVED, CHANGE_CANCELLED,
        ROLES_CHANGED, EMAIL_CHANGED
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String actor, Action action, String account) {
        record(actor, action, account, null);
    }

    /** @param detail the kind of change a four-eyes line is about; never personal data or a secret */
    void record(String actor, Action action, String account, AccountChangeKind detail) {
        jdbc.sql("""
                        INSERT INTO staff_audit (at, actor, action, account, detail)
                        VALUES (:at, :actor, :action, :account, :detail)""")
                .param("at", Timestamp.from(clock.instant())).param("actor", actor).param("action", action.name())
                .param("account", account).param("detail", detail == null ? null : detail.name()).update();
    }

    /** The account's trail, newest first. */
    List<AuditEntry> of(String account) {
        return jdbc.sql("""
                        SELECT at, actor, action, detail FROM staff_audit WHERE account = :a
                        ORDER BY at DESC, id DESC""")
                .param("a", account)
                .query((rs, row) -> new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("detail")))
                .list();
    }
}
