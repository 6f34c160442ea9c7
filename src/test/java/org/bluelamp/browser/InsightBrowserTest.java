package org.bluelamp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.insight.InsightRefresh;
import org.bluelamp.insight.InsightTest;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In Chromium with axe: a performance analyst reads each page of /staff/insight (charts drawn on the server, each with
 * its table), narrows the figures to a team and downloads a table; a supervisor sees their team's; the public read
 * last month's figures on /performance on a phone.
 */
@InsightTest
@Tag("browser")
class InsightBrowserTest {

    /** A fortnight in April 2018 that no other insight test counts in. */
    private static final String DAYS = "from=2/4/2018&to=15/4/2018";

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InsightRefresh refresh;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void anAnalystReadsEveryPageAndASupervisorTheirTeams() {
        for (int day = 2; day <= 15; day++) {
            contact("online", "response", "2018-04-%02dT09:30:00Z".formatted(day), day % 3 == 0);
            contact("phone", "investigations", "2018-04-%02dT14:10:00Z".formatted(day), false);
        }
        refresh.refresh();
        var analyst = staffAccounts.create(StaffRole.PERFORMANCE_ANALYST);
        try (var desk = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = desk.newPage();
            BrowserSupport.signIn(page, port, analyst);
            page.navigate(url("/staff/insight?" + DAYS));
            assertThat(page.locator("h1")).hasText("Demand");
            assertThat(page.locator("#contacts-by-channel svg[role=img] title")).hasText("Contacts by channel");
            assertThat(page.locator("#contacts-by-channel table")).containsText("Online report");
            assertThat(page.locator("#contacts-by-channel table")).containsText("14");
            look(page, 1);

            page.selectOption("#team", "investigations");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show figures")).click();
            assertThat(page.locator("#contacts-by-channel table")).not().containsText("Online report");
            assertThat(page.locator("#contacts-by-channel table")).containsText("101 phone call");
            var download = page.waitForDownload(() -> page.locator("#contacts-by-channel a[href*='/csv']").click());
            assertThat(page.locator("h1")).hasText("Demand");
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".csv");

            for (var section : new String[][]{{"service-levels", "Service levels"}, {"outcomes", "Outcomes"},
                    {"online", "Online service"}}) {
                page.navigate(url("/staff/insight/" + section[0] + "?" + DAYS));
                assertThat(page.locator("h1")).hasText(section[1]);
                look(page, 2 + java.util.Arrays.asList("service-levels", "outcomes", "online").indexOf(section[0]));
            }

            page.navigate(url("/staff/insight?from=31/2/2018&to=15/4/2018"));
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the first day as a date");
            assertThat(page.locator("#from")).hasValue("31/2/2018");
            look(page, 5);
        }
        var supervisor = staffAccounts.create("response", StaffRole.SUPERVISOR);
        try (var desk = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = desk.newPage();
            BrowserSupport.signIn(page, port, supervisor);
            page.navigate(url("/staff/insight?" + DAYS));
            assertThat(page.locator(".govuk-inset-text")).containsText("your team only: Response");
            assertThat(page.locator("#contacts-by-channel table")).not().containsText("101 phone call");
            look(page, 6);
        }
    }

    @Test
    void thePublicReadLastMonthsFiguresOnAPhone() {
        var lastMonth = YearMonth.from(LocalDate.now(clock.withZone(org.bluelamp.platform.LondonTime.ZONE)))
                .minusMonths(1);
        var day = lastMonth.atDay(3);
        try {
            jdbc.sql("""
                            INSERT INTO insight_contact_day (day, channel, service_id, team, received,
                                first_contact_in_time, first_contact_late, first_contact_overdue, first_contact_seconds,
                                crime_decision_in_time, crime_decision_late, crime_decision_overdue, grading_in_time,
                                grading_late, grading_overdue, update_in_time, update_late, update_overdue)
                            VALUES (:day, 'online', 'crime', '', 120, 100, 15, 5, 432000, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                                   (:day, 'phone', 'crime', '', 300, 280, 20, 0, 864000, 0, 0, 0, 0, 0, 0, 0, 0, 0)""")
                    .param("day", day).update();
            try (var phone = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
                Page page = phone.newPage();
                page.navigate(url("/performance"));
                assertThat(page.locator("main")).containsText("420");
                assertThat(page.locator("main svg[role=img]").first()).isVisible();
                look(page, 7);
            }
        } finally {
            jdbc.sql("DELETE FROM insight_contact_day WHERE day = :day").param("day", day).update();
        }
    }

    private void contact(String channel, String team, String received, boolean late) {
        var at = Instant.parse(received);
        jdbc.sql("""
                        INSERT INTO contact (id, reference, channel, service_id, service_title, received_at,
                                             first_response_due, first_contact_at, status, allocated_team,
                                             closing_category, closed_at, last_activity_at)
                        VALUES (:id, :reference, :channel, 'crime', 'Report a crime', :at, :due, :contacted, 'closed',
                                :team, 'Advice given', :due, now())""")
                .param("id", UUID.randomUUID()).param("reference", "IB18-" + UUID.randomUUID())
                .param("channel", channel).param("team", team).param("at", Timestamp.from(at))
                .param("due", Timestamp.from(at.plusSeconds(86_400)))
                .param("contacted", Timestamp.from(at.plusSeconds(late ? 90_000 : 3_600))).update();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void look(Page page, int step) {
        BrowserSupport.assertAccessible(page);
        BrowserSupport.screenshot(page, "insight", step);
    }
}
