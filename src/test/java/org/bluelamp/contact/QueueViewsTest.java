package org.bluelamp.contact;

import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ReportSubmitted;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The queues: possible emergencies on top with their words marked, counts, filters, pages and breaches. */
@BluelampTest
class QueueViewsTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ROW = Pattern.compile("<tr class=\"govuk-table__row[^\"]*\">\\s*<td");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    OnlineReportIntake intake;

    @Test
    void aPossibleEmergencyIsAtTheTopOfTheQueueWithTheWordsThatTriggeredItMarked() {
        String plain = OnlineReports.crime(port, jdbc, "Queue: my bike was stolen from the shed last week.");
        String danger = OnlineReports.crime(port, jdbc, "He's outside my door right now with a knife");
        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);

        var queue = handler.get("/staff/contacts?view=new").body();
        assertThat(queue).as("on the first page, with the words marked").contains(danger, "Possible emergency",
                "<mark class=\"bluelamp-mark\">knife</mark>");
        assertThat(handler.get("/staff/contacts/" + danger + "/report").body())
                .contains("<mark class=\"bluelamp-mark\">knife</mark>");
        assertThat(handler.get("/staff/contacts/" + plain + "/report").body()).doesNotContain("bluelamp-mark");
        assertThat(jdbc.sql("SELECT possible_emergency FROM contact WHERE reference = :r").param("r", plain)
                .query(Boolean.class).single()).isFalse();

        String team = "flagged-" + RANDOM.nextInt(1_000_000);
        jdbc.sql("UPDATE contact SET allocated_team = :team WHERE reference IN (:r)").param("team", team)
                .param("r", java.util.List.of(plain, danger)).update();
        var officer = new WebSession(port);
        staffAccounts.signIn(officer, staffAccounts.create(team, StaffRole.OFFICER));
        var theirs = officer.get("/staff/contacts?view=new").body();
        assertThat(theirs.indexOf(danger)).as("before the older, plain report").isPositive()
                .isLessThan(theirs.indexOf(plain));
    }

    @Test
    void onceAssessedAFlaggedContactTakesItsPlaceByRisk() {
        String team = "assessed-" + RANDOM.nextInt(1_000_000);
        String flagged = OnlineReports.crime(port, jdbc, "He's outside my door right now with a knife");
        String plain = OnlineReports.crime(port, jdbc, "Queue: my shed was broken into, they took my tools.");
        jdbc.sql("""
                        UPDATE contact SET allocated_team = :team, status = 'allocated', grading = 'scheduled',
                               risk = CASE WHEN reference = :flagged THEN 'low' ELSE 'high' END
                        WHERE reference IN (:flagged, :plain)""")
                .param("team", team).param("flagged", flagged).param("plain", plain).update();
        var supervisor = new WebSession(port);
        staffAccounts.signIn(supervisor, staffAccounts.create(team, StaffRole.SUPERVISOR));

        var queue = supervisor.get("/staff/contacts?view=team").body();
        assertThat(queue.indexOf(plain)).as("high risk first").isPositive().isLessThan(queue.indexOf(flagged));
        assertThat(queue).contains("Possible emergency");
    }

    @Test
    void aTeamQueueCountsItsContactsAndShowsThemAPageAtATimeFilteredByChannel() {
        String team = "paging-" + RANDOM.nextInt(1_000_000);
        var references = new ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            String reference = contact(Instant.now().minus(Duration.ofMinutes(i)));
            jdbc.sql("UPDATE contact SET allocated_team = :team, status = 'allocated', channel = :channel WHERE reference = :r")
                    .param("team", team).param("channel", i < 3 ? "phone" : "online").param("r", reference).update();
            references.add(reference);
        }
        var supervisor = new WebSession(port);
        staffAccounts.signIn(supervisor, staffAccounts.create(team, StaffRole.SUPERVISOR));

        var first = supervisor.get("/staff/contacts?view=team").body();
        assertThat(first).contains("My team <span class=\"bluelamp-count\">(30)</span>", "Contacts 1 to 25 of 30");
        assertThat(rows(first)).isEqualTo(25);
        var second = supervisor.get("/staff/contacts?view=team&page=2").body();
        assertThat(rows(second)).isEqualTo(5);
        assertThat(first + second).contains(references.toArray(String[]::new));

        var phone = supervisor.get("/staff/contacts?view=team&channel=phone").body();
        assertThat(rows(phone)).isEqualTo(3);
        assertThat(phone).contains("<option value=\"phone\" selected>", references.get(0), references.get(2))
                .doesNotContain(references.get(3));
        assertThat(supervisor.get("/staff/contacts?view=team&channel=carrier-pigeon&page=x").body())
                .as("an unknown filter or page is ignored").contains("Contacts 1 to 25 of 30");
    }

    @Test
    void theBreachesViewListsContactsPastADeadlineAndWhoHoldsThem() {
        String team = "breach-" + RANDOM.nextInt(1_000_000);
        var officer = staffAccounts.create(team, StaffRole.OFFICER);
        String late = contact(Instant.now().minus(Duration.ofHours(30)));
        String onTime = contact(Instant.now().minus(Duration.ofHours(1)));
        jdbc.sql("UPDATE contact SET allocated_team = :team, allocated_to = :officer, status = 'allocated' WHERE reference IN (:r)")
                .param("team", team).param("officer", officer.username()).param("r", java.util.List.of(late, onTime))
                .update();
        var supervisor = new WebSession(port);
        staffAccounts.signIn(supervisor, staffAccounts.create(team, StaffRole.SUPERVISOR));

        var breaches = supervisor.get("/staff/contacts?view=breaches").body();
        assertThat(breaches).contains(late, "Held by", officer.username(), "First contact with the reporter", ">Overdue<")
                .doesNotContain(onTime);
        assertThat(breaches).containsPattern("Breaches <span class=\"moj-notification-badge\">[1-9]");
    }

    private String contact(Instant received) {
        String reference = Reference.random("TS", RANDOM).value();
        intake.on(new ReportSubmitted(UUID.randomUUID(), Reference.stored(reference), "crime", "Report a crime", received,
                "crime-bureau", Priority.STANDARD, false));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM contact WHERE reference = :r")
                .param("r", reference).query(Integer.class).single() == 1);
        return reference;
    }

    private static int rows(String page) {
        var matcher = ROW.matcher(page);
        int rows = 0;
        while (matcher.find()) {
            rows++;
        }
        return rows;
    }
}
