package org.bluelamp.staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The staff HTTP sessions Spring Session keeps in the database, as far as ending them goes. */
@Repository
class StaffSessions {

    private final JdbcClient jdbc;
    private final StaffAudit audit;

    StaffSessions(JdbcClient jdbc, StaffAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Ends every session of the account, on every device, in one statement (attributes go with them, ON DELETE
     * CASCADE). Not Spring Session's findByPrincipalName and deleteById: they take a second connection each.
     */
    @Transactional
    int endAll(String username) {
        int ended = jdbc.sql("DELETE FROM spring_session WHERE principal_name = :username")
                .param("username", username).update();
        audit.record(username, StaffAudit.Action.SIGNED_OUT_EVERYWHERE, username);
        return ended;
    }
}
