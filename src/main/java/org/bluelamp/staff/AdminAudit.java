package org.bluelamp.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * The staff audit trail for what admins do to things other than staff accounts (a client of the force's API, say),
 * so that everything admins do is in the one trail that is never changed. A subject is named "kind:id", with a
 * colon no username has, so its lines are never taken for an account's.
 */
@Service
public class AdminAudit {

    private final JdbcClient jdbc;
    private final StaffAudit audit;
    private final Clock clock;

    AdminAudit(JdbcClient jdbc, StaffAudit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param subject "kind:id", e.g. "api-client:api-7k3m9q"
     * @param action  a code for what was done, e.g. API_CLIENT_APPROVED
     * @param detail  what else says what was done, or null; never personal data or a secret
     */
    public void record(String admin, String subject, String action, String detail) {
        if (subject.indexOf(':') < 1) {
            throw new IllegalArgumentException("A subject is kind:id");
        }
        jdbc.sql("""
                        INSERT INTO staff_audit (at, actor, action, account, detail)
                        VALUES (:at, :actor, :action, :subject, :detail)""")
                .param("at", Timestamp.from(clock.instant())).param("actor", admin).param("action", action)
                .param("subject", subject).param("detail", detail).update();
    }

    /** The subject's trail, newest first. */
    public List<AuditEntry> of(String subject) {
        return audit.of(subject);
    }
}
