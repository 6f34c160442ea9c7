package org.bluelamp.insight;

import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repeats page lists a repeat group's contacts a member of staff may open, and writes each to the access log;
 * never the email that joins them; and not at all for an analyst who sees figures only.
 */
@InsightTest
class RepeatsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    RepeatCandidates candidates;

    @Test
    void aSupervisorSeesTheOpenQueuesAndTheirTeamsContactsOfEachGroupAndEachIsLogged() {
        // 90 days ending 300 days ago, which no other test's contacts fall in
        var to = LocalDate.now(clock.withZone(LondonTime.ZONE)).minusDays(300);
        var mid = to.minusDays(10).atTime(12, 0).atZone(LondonTime.ZONE).toInstant();
        var mine = RepeatGroupsTest.unique("mine-");
        var theirs = RepeatGroupsTest.unique("theirs-");
        String email = RepeatGroupsTest.unique("sam.") + "@example.com";
        String phone = "+447700" + String.format("%06d", new java.util.Random().nextInt(1_000_000));
        var unallocated = RepeatGroupsTest.contact(jdbc, mid, "phone", null, List.of(email), List.of(), List.of());
        var myTeams = RepeatGroupsTest.contact(jdbc, mid.plusSeconds(60), "online", mine, List.of(email), List.of(),
                List.of());
        var otherTeams = RepeatGroupsTest.contact(jdbc, mid.plusSeconds(120), "online", theirs, List.of(email),
                List.of(), List.of());
        var allTheirs = List.of(
                RepeatGroupsTest.contact(jdbc, mid, "online", theirs, List.of(), List.of(phone), List.of()),
                RepeatGroupsTest.contact(jdbc, mid, "online", theirs, List.of(), List.of(phone), List.of()),
                RepeatGroupsTest.contact(jdbc, mid, "online", theirs, List.of(), List.of(phone), List.of()));

        var made = new java.util.ArrayList<>(allTheirs);
        made.addAll(List.of(unallocated, myTeams, otherTeams));
        candidates.refresh(made.stream().map(RepeatGroupsTest.Made::id).toList());

        var supervisor = staffAccounts.create(mine, StaffRole.SUPERVISOR);
        var session = new WebSession(port);
        staffAccounts.signIn(session, supervisor);
        var page = session.get("/staff/insight/repeats?kind=person&to=" + to);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/staff/contacts/" + unallocated.reference() + "\"",
                "href=\"/staff/contacts/" + myTeams.reference() + "\"", "Group 1: 3 contacts",
                "Groups with contacts you can see: 1", "1 more contacts in this group");
        assertThat(page.body()).doesNotContain(otherTeams.reference(), email, phone, "Group 2");
        allTheirs.forEach(c -> assertThat(page.body()).doesNotContain(c.reference()));

        var logged = jdbc.sql("""
                        SELECT record_ref FROM access_log
                        WHERE actor = :actor AND action = 'read' AND record_kind = 'contact'
                          AND detail ->> 'page' = 'insight-repeats' AND detail ->> 'kind' = 'person'""")
                .param("actor", supervisor.username()).query(String.class).list();
        assertThat(logged).containsExactlyInAnyOrder(unallocated.reference(), myTeams.reference());

        // the same days, counted by postcode: nothing given, nothing listed, nothing more logged
        var addresses = session.get("/staff/insight/repeats?kind=address&to=" + to);
        assertThat(addresses.body()).contains("No postcode came up 3 or more times");
    }

    @Test
    void anAnalystWhoSeesFiguresOnlyIsRefused() {
        var session = new WebSession(port);
        staffAccounts.signedIn(session, StaffRole.PERFORMANCE_ANALYST);

        assertThat(session.get("/staff/insight/repeats?kind=person").status()).isEqualTo(403);
        assertThat(session.get("/staff/insight/repeats?kind=address").status()).isEqualTo(403);
    }

    @Test
    void aDayOutOfBoundsOrAnUnknownKindIsABadRequest() {
        var session = new WebSession(port);
        staffAccounts.signedIn(session, StaffRole.SUPERVISOR);
        var today = LocalDate.now(clock.withZone(LondonTime.ZONE));

        assertThat(session.get("/staff/insight/repeats?kind=person&to=" + today.plusDays(2)).status())
                .isEqualTo(400);
        assertThat(session.get("/staff/insight/repeats?kind=person&to=" + today.minusDays(366)).status())
                .isEqualTo(400);
        assertThat(session.get("/staff/insight/repeats?kind=vehicle").status()).isEqualTo(400);
        assertThat(session.get("/staff/insight/repeats?kind=person&channel=pigeon").status()).isEqualTo(400);
    }
}
