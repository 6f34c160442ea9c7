package org.bluelamp.privacy;

import com.zaxxer.hikari.HikariDataSource;
import org.bluelamp.BluelampTest;
import org.bluelamp.DatabaseOwner;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Every staff read of personal data, every search (the kinds of detail, not the details) and every look at the log
 * itself is in the access log, which a supervisor can read and nobody can change.
 */
@BluelampTest
class AccessLogTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource pool;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Test
    void eachReadAndSearchIsLoggedAndASupervisorSeesWhoLooked() {
        String reference = OnlineReports.crime(port, jdbc, "Access log: my bike was taken from the station.");
        var handler = new WebSession(port);
        var handlerAccount = staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);

        assertThat(handler.get("/staff/contacts/" + reference).status()).isEqualTo(200);
        assertThat(handler.get("/staff/contacts/" + reference + "/report").status()).isEqualTo(200);
        assertThat(handler.get("/staff/contacts/search?q=bike%20station").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> messageOf(reference) != null);
        assertThat(handler.get("/staff/outbox/" + messageOf(reference)).status()).isEqualTo(200);

        assertThat(entries(handlerAccount.username())).containsExactly(
                "read contact " + reference + " {\"page\": \"overview\"}",
                "read contact " + reference + " {\"page\": \"report\"}",
                "search contact null {\"words\": \"given\"}",
                "read contact " + reference + " {\"page\": \"message\"}",
                "read message " + reference + " {\"words\": \"shown\", \"message\": \"" + messageOf(reference)
                        + "\"}");
        assertThat(jdbc.sql("SELECT DISTINCT roles FROM access_log WHERE actor = :a")
                .param("a", handlerAccount.username()).query(String.class).list()).containsExactly("CONTACT_HANDLER");

        assertThat(handler.get("/staff/access-log?reference=" + reference).status())
                .as("a handler may not read the log").isEqualTo(403);

        var supervisor = new WebSession(port);
        var supervisorAccount = staffAccounts.signedIn(supervisor, StaffRole.SUPERVISOR);
        assertThat(supervisor.get("/staff/contacts/" + reference).body()).contains("Who has looked at this contact");
        var log = supervisor.get("/staff/access-log?reference=" + reference.toLowerCase());
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("Who has looked at " + reference, handlerAccount.username(),
                "Contact handler", "page: report", supervisorAccount.username(), "The access log");
        assertThat(log.body()).doesNotContain("CONTACT_HANDLER");
        assertThat(entries(supervisorAccount.username())).containsExactly(
                "read contact " + reference + " {\"page\": \"overview\"}",
                "read access-log " + reference + " {}");

        var trail = supervisor.get("/staff/access-log?username=" + handlerAccount.username());
        assertThat(trail.body()).contains("What " + handlerAccount.username() + " has looked at", "words: given")
                .doesNotContain("bike station");
    }

    @Test
    void theLogCannotBeChangedByTheApplicationNorItsOwner() {
        jdbc.sql("""
                        INSERT INTO access_log (at, actor, roles, action, record_kind, record_ref)
                        VALUES (now(), 'someone', 'SUPERVISOR', 'read', 'contact', 'LP-0000-0000-0001')""").update();
        for (String change : List.of("UPDATE access_log SET actor = 'nobody'", "DELETE FROM access_log",
                "TRUNCATE access_log")) {
            assertThatThrownBy(() -> jdbc.sql(change).update()).as(change)
                    .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
            DatabaseOwner.use(pool, owner -> assertThatThrownBy(() -> owner.sql(change).update()).as(change)
                    .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE actor = 'someone'").query(Integer.class).single())
                .isOne();
    }

    @Test
    void onlyEntriesOlderThanAYearCanBePruned() {
        jdbc.sql("""
                        INSERT INTO access_log (at, actor, roles, action, record_kind, record_ref) VALUES
                        (now() - INTERVAL '8 years', 'pruned', 'SUPERVISOR', 'read', 'contact', 'LP-0000-0000-0002'),
                        (now() - INTERVAL '2 months', 'kept', 'SUPERVISOR', 'read', 'contact', 'LP-0000-0000-0002')""")
                .update();

        assertThatThrownBy(() -> jdbc.sql("SELECT prune_access_log(now() - INTERVAL '1 month')").query(Long.class)
                .single()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("keeps at least a year");
        long removed = jdbc.sql("SELECT prune_access_log(now() - INTERVAL '7 years')").query(Long.class).single();

        assertThat(removed).isOne();
        assertThat(jdbc.sql("SELECT actor FROM access_log WHERE record_ref = 'LP-0000-0000-0002'")
                .query(String.class).list()).containsExactly("kept");
    }

    @Test
    void theExampleReferencesInTheHintAreInTheRealFormats() {
        var supervisor = new WebSession(port);
        staffAccounts.signedIn(supervisor, StaffRole.SUPERVISOR);
        var hint = supervisor.get("/staff/access-log").body().replaceAll("(?s).*id=\"reference-hint\">([^<]*)<.*", "$1");
        var contactExample = hint.replaceAll(".*for example (\\S+), or.*", "$1");
        assertThat(org.bluelamp.reporting.Reference.parse(contactExample)).as(hint).isPresent();
        assertThat(hint).containsPattern("for example DSR-\\d{4}-\\d{4}$");
    }

    private List<String> entries(String actor) {
        return jdbc.sql("SELECT action, record_kind, record_ref, detail::text FROM access_log WHERE actor = :a ORDER BY id")
                .param("a", actor)
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
                .list();
    }

    private String messageOf(String reference) {
        return jdbc.sql("SELECT id::text FROM message WHERE reference = :r ORDER BY created_at LIMIT 1")
                .param("r", reference).query(String.class).optional().orElse(null);
    }
}
