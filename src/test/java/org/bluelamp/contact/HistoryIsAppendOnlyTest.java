package org.bluelamp.contact;

import com.zaxxer.hikari.HikariDataSource;
import org.bluelamp.BluelampTest;
import org.bluelamp.DatabaseOwner;
import org.bluelamp.OnlineReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A contact's timeline and its assessments are history: the application's own database role can add to them but
 * not change or remove a line, whatever the code asks; and triggers refuse even the tables' owner.
 */
@BluelampTest
class HistoryIsAppendOnlyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource pool;

    @Test
    void aTimelineLineCannotBeChangedOrDeletedOrTruncated() {
        String reference = OnlineReports.crime(port, jdbc, "History: my bike was stolen.");
        long id = jdbc.sql("""
                        SELECT t.id FROM contact_timeline t JOIN contact c ON c.id = t.contact_id
                        WHERE c.reference = :r AND t.kind = 'received'""")
                .param("r", reference).query(Long.class).single();

        refusesChanges(jdbc, id, "permission denied");
        DatabaseOwner.use(pool, owner -> refusesChanges(owner, id, "append-only"));

        assertThat(jdbc.sql("SELECT actor FROM contact_timeline WHERE id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("system");
    }

    @Test
    void anAssessmentCannotBeChangedOrDeleted() {
        String reference = OnlineReports.crime(port, jdbc, "History: my shed was broken into.");
        jdbc.sql("""
                        INSERT INTO contact_assessment (id, contact_id, assessed_by, assessed_at, threat, harm, risk,
                            investigation, vulnerability, engagement, risk_level, grading, opening_category)
                        SELECT gen_random_uuid(), id, 'assessor', now(), 't', 'h', 'r', 'i', 'v', 'e', 'low',
                               'scheduled', 'Crime' FROM contact WHERE reference = :r""")
                .param("r", reference).update();

        assertThatThrownBy(() -> jdbc.sql("UPDATE contact_assessment SET risk_level = 'high'").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM contact_assessment").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
        DatabaseOwner.use(pool, owner -> {
            assertThatThrownBy(() -> owner.sql("UPDATE contact_assessment SET risk_level = 'high'").update())
                    .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
            assertThatThrownBy(() -> owner.sql("DELETE FROM contact_assessment").update())
                    .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        });
    }

    /** The application's role is refused by its grants; the owner, who could grant itself anything, by triggers. */
    private static void refusesChanges(JdbcClient as, long id, String refusal) {
        assertThatThrownBy(() -> as.sql("UPDATE contact_timeline SET actor = 'someone else' WHERE id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining(refusal);
        assertThatThrownBy(() -> as.sql("DELETE FROM contact_timeline WHERE id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining(refusal);
        assertThatThrownBy(() -> as.sql("TRUNCATE contact_timeline CASCADE").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining(refusal);
    }
}
