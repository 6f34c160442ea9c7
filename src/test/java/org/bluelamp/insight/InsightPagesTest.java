package org.bluelamp.insight;

import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /staff/insight as its viewers use it: a performance analyst sees the force's figures of the days chosen and can
 * narrow them to a team; a supervisor sees only their own team's, whatever the address asks; mistakes in the
 * filters are named with what was typed kept; each table downloads as the same numbers in CSV.
 */
@InsightTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightPagesTest {

    /** A week in March 2019 that no other insight test counts in. */
    private static final String WEEK = "from=4/3/2019&to=10/3/2019";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InsightRefresh refresh;

    @BeforeAll
    void threeContactsCameThatWeek() {
        contact("online", "crime", "response", "2019-03-04T09:00:00Z", "Advice given");
        contact("online", "crime", "response", "2019-03-05T10:00:00Z", "Advice given");
        contact("phone", "lost-property", "investigations", "2019-03-06T11:00:00Z", "Advice given");
        // the day after the week: counted by no page below
        contact("phone", "crime", "response", "2019-03-11T11:00:00Z", "Advice given");
        refresh.refresh();
    }

    @Test
    void anAnalystSeesTheForcesFiguresForTheDaysChosenAndCanNarrowThemToATeam() {
        var analyst = signedIn(StaffRole.PERFORMANCE_ANALYST);

        var page = analyst.get("/staff/insight?" + WEEK);
        assertThat(page.status()).isEqualTo(200);
        assertThat(csv(analyst, "/staff/insight/demand/csv?" + WEEK + "&table=contacts-by-channel"))
                .isEqualTo("How the contact came,Contacts,Share of all\r\nOnline report,2,66.67\r\n101 phone call,1,33.33\r\n");
        assertThat(csv(analyst, "/staff/insight/demand/csv?" + WEEK + "&team=investigations&table=contacts-by-channel"))
                .isEqualTo("How the contact came,Contacts,Share of all\r\n101 phone call,1,100\r\n");
        assertThat(csv(analyst, "/staff/insight/outcomes/csv?" + WEEK + "&table=closed"))
                .isEqualTo("Closing category,Contacts\r\nAdvice given,3\r\n");
        for (var section : new String[]{"/staff/insight/service-levels", "/staff/insight/outcomes",
                "/staff/insight/online"}) {
            assertThat(analyst.get(section + "?" + WEEK).status()).as(section).isEqualTo(200);
        }
    }

    @Test
    void aSupervisorSeesOnlyTheirOwnTeamsFiguresWhateverTheAddressAsks() {
        var supervisor = new WebSession(port);
        staffAccounts.signIn(supervisor, staffAccounts.create("response", StaffRole.SUPERVISOR));

        var page = supervisor.get("/staff/insight?" + WEEK + "&team=investigations");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("These figures are for your team only: Response")
                .doesNotContain("All teams").doesNotContain("/staff/insight/online");
        assertThat(csv(supervisor, "/staff/insight/demand/csv?" + WEEK + "&team=investigations&table=contacts-by-channel"))
                .isEqualTo("How the contact came,Contacts,Share of all\r\nOnline report,2,100\r\n");
        assertThat(supervisor.get("/staff/insight/online?" + WEEK).status()).isEqualTo(404);
        assertThat(supervisor.get("/staff/insight/online/csv?" + WEEK + "&table=journeys").status()).isEqualTo(404);
    }

    @Test
    void aSupervisorInNoTeamIsToldWhyThereAreNoFigures() {
        var supervisor = new WebSession(port);
        staffAccounts.signIn(supervisor, staffAccounts.create(StaffRole.SUPERVISOR));

        var page = supervisor.get("/staff/insight");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Your account is not in a team").doesNotContain("bluelamp-figure");
    }

    @Test
    void mistakesInTheFiltersAreNamedAndWhatWasTypedIsKept() {
        var analyst = signedIn(StaffRole.PERFORMANCE_ANALYST);

        var page = analyst.get("/staff/insight?from=31/2/2019&to=10/3/2019&channel=pigeon");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem")
                .contains("Enter the first day as a date, for example 27/3/2026")
                .contains("Select a channel from the list")
                .contains("value=\"31/2/2019\"").contains("value=\"10/3/2019\"")
                .doesNotContain("bluelamp-figure");
        assertThat(analyst.get("/staff/insight/demand/csv?from=31/2/2019&table=contacts-by-channel").status())
                .isEqualTo(400);
    }

    @Test
    void staffWithoutAnInsightPermissionAreRefused() {
        var officer = signedIn(StaffRole.OFFICER);

        assertThat(officer.get("/staff/insight").status()).isEqualTo(403);
        assertThat(officer.get("/staff/insight/demand/csv?table=contacts-by-channel").status()).isEqualTo(403);
    }

    private WebSession signedIn(StaffRole role) {
        var session = new WebSession(port);
        staffAccounts.signedIn(session, role);
        return session;
    }

    private static String csv(WebSession session, String path) {
        var response = session.download(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        return new String(response.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
    }

    private void contact(String channel, String service, String team, String received, String closedAs) {
        var at = Timestamp.from(Instant.parse(received));
        jdbc.sql("""
                        INSERT INTO contact (id, reference, channel, service_id, service_title, received_at,
                                             first_response_due, status, allocated_team, closing_category, closed_at,
                                             last_activity_at)
                        VALUES (:id, :reference, :channel, :service, :service, :at, :at, 'closed', :team, :closedAs,
                                :at, now())""")
                .param("id", UUID.randomUUID()).param("reference", "IP19-" + UUID.randomUUID())
                .param("channel", channel).param("service", service).param("team", team).param("closedAs", closedAs)
                .param("at", at).update();
    }
}
