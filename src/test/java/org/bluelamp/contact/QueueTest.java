package org.bluelamp.contact;

import org.bluelamp.platform.language.Language;
import org.bluelamp.QueuePages;
import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.staff.StaffRole;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ReportSubmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Staff work contacts by priority then due time, one team's queue at a time if they choose. */
@BluelampTest
class QueueTest {

    @Autowired
    StaffAccountsForTests staffAccounts;

    private static final SecureRandom RANDOM = new SecureRandom();

    @LocalServerPort
    int port;

    @Autowired
    OnlineReportIntake intake;

    @Autowired
    JdbcClient jdbc;

    WebSession staff;

    /** Each test's contacts are its own team's, so the queue holds only them whatever other tests left. */
    String team;

    @BeforeEach
    void signIn() {
        team = "queue-" + RANDOM.nextInt(1_000_000);
        staff = new WebSession(port);
        staffAccounts.signIn(staff, staffAccounts.create(team, StaffRole.OFFICER));
    }

    @Test
    void highPriorityComesFirstThenWhateverIsDueSoonest() {
        var now = Instant.now();
        String oldLow = report("lost-property", Priority.LOW, false, now.minus(Duration.ofHours(30)));
        String standard = report("crime-bureau", Priority.STANDARD, true, now.minus(Duration.ofHours(2)));
        String newHigh = report("missing-persons", Priority.HIGH, false, now);

        var body = staff.get("/staff/contacts?view=team").body();
        assertThat(body).contains(oldLow, standard, newHigh);
        assertThat(body.indexOf(newHigh)).isLessThan(body.indexOf(standard));
        assertThat(body.indexOf(standard)).isLessThan(body.indexOf(oldLow));
        assertThat(body).contains("Missing persons", "Crime Bureau", "Lost and found property",
                "govuk-tag--red\">High<", "govuk-tag--grey\">Low<", ">Overdue<");
    }

    @Test
    void oneQueueShowsOnlyItsOwnContacts() {
        String crime = report("crime-bureau", Priority.STANDARD, true, Instant.now());
        String roads = report("roads-policing", Priority.STANDARD, false, Instant.now());

        var page = staff.get("/staff/contacts?view=team&queue=roads-policing");
        assertThat(page.body()).contains(roads, "<option value=\"roads-policing\" selected>").doesNotContain(crime);
        assertThat(staff.get("/staff/contacts?view=team&queue=no-such-queue").body()).as("an unknown queue shows them all")
                .contains(roads, crime);
    }

    @Test
    void aContactThatMayBeACrimeShowsWhenTheRecordingDecisionIsDue() {
        var received = Instant.parse("2026-11-02T10:15:00Z");
        String crime = report("crime-bureau", Priority.HIGH, true, received);
        String lost = report("lost-property", Priority.LOW, false, received);

        assertThat(staff.get("/staff/contacts/" + crime).body()).contains("Crime Bureau",
                "Crime-recording decision</th>", "3 November 2026 at 10:15am", ">Overdue<");
        assertThat(staff.get("/staff/contacts/" + lost).body()).contains("Lost and found property")
                .doesNotContain("Crime-recording decision</th>");
    }

    /** Issue 25: the test profile offers English and Welsh, so staff can narrow the queue to Welsh reporters. */
    @Test
    void theQueueShowsAndFiltersByTheReportersLanguage() {
        String welsh = report("crime-bureau", Priority.STANDARD, false, Instant.now(), new Language("cy"));
        String english = report("crime-bureau", Priority.STANDARD, false, Instant.now());

        var all = staff.get("/staff/contacts?view=team").body();
        assertThat(all).contains(welsh, english, "<option value=\"cy\">Welsh</option>", "Reporter's language");
        assertThat(QueuePages.row(staff, "/staff/contacts?view=team", welsh)).hasValueSatisfying(row -> assertThat(row).contains(">Welsh<"));
        assertThat(QueuePages.row(staff, "/staff/contacts?view=team", english)).hasValueSatisfying(row -> assertThat(row).doesNotContain(">Welsh<"));

        var filtered = staff.get("/staff/contacts?view=team&language=cy").body();
        assertThat(filtered).contains(welsh, "<option value=\"cy\" selected>Welsh</option>").doesNotContain(english);
        assertThat(staff.get("/staff/contacts?view=team&language=xx").body()).as("an unknown language shows them all")
                .contains(welsh, english);
    }

    private String report(String queue, Priority priority, boolean crimeDecision, Instant submitted) {
        return report(queue, priority, crimeDecision, submitted, Language.ENGLISH);
    }

    private String report(String queue, Priority priority, boolean crimeDecision, Instant submitted, Language language) {
        String reference = Reference.random("TS", RANDOM).value();
        intake.on(new ReportSubmitted(UUID.randomUUID(), Reference.stored(reference), "crime", "Report a crime", submitted, queue,
                priority, crimeDecision, "online", null, null, null, null, null, language));
        // the listener runs asynchronously, as it does for real events
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM contact WHERE reference = :r")
                .param("r", reference).query(Integer.class).single() == 1);
        jdbc.sql("UPDATE contact SET allocated_team = :team WHERE reference = :r").param("team", team)
                .param("r", reference).update();
        return reference;
    }
}
