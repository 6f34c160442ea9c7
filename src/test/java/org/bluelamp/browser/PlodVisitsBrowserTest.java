package org.bluelamp.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.platform.LondonTime;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In Chromium, with axe on every page: a PLOD officer adds a time they can visit, a handler books it from a contact
 * (after being told what is missing), and the officer opens the visit and records its outcome.
 */
@BluelampTest
@Tag("browser")
class PlodVisitsBrowserTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private int step;

    @Test
    void anOfficerOffersATimeAHandlerBooksItAndTheOfficerRecordsTheOutcome() {
        var officer = staffAccounts.create(StaffRole.PLOD_OFFICER);
        var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        var day = LocalDate.now(LondonTime.ZONE).plusDays(22);
        String dayLabel = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(day);
        String reference = OnlineReports.crime(port, jdbc, "PLOD browser: my bike was stolen; I use BSL.");

        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            BrowserSupport.signIn(page, port, officer);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your visits and the times you can visit")).click();
            assertThat(page.locator("h1")).hasText("Your PLOD visits");
            look(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a time you can visit")).click();
            page.getByLabel("Day").selectOption(day.toString());
            page.getByLabel("Start time").selectOption("10:30");
            page.getByLabel("90 minutes").check();
            look(page);
            submit(page, "Add the time");
            assertThat(page.locator(".govuk-notification-banner")).containsText("Time added");
            assertThat(page.locator("[data-free-slots]")).containsText(dayLabel + ", 10:30am to midday");
            look(page);
        }

        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            BrowserSupport.signIn(page, port, handler);
            page.navigate("http://localhost:" + port + "/staff/contacts/" + reference);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book a PLOD visit")).click();
            assertThat(page.locator("h1")).hasText("PLOD visits");
            look(page);
            submit(page, "Book the visit");
            assertThat(page.locator(".govuk-error-summary")).containsText("Choose a time, or that none of the times suit the person");
            look(page);
            page.getByLabel("10:30am to midday, Test " + officer.username()).check();
            page.getByLabel("Where").fill("2 Home Road, Leicester");
            page.getByLabel("Text message", new Page.GetByLabelOptions().setExact(true)).check();
            submit(page, "Book the visit");
            assertThat(page.locator(".govuk-notification-banner")).containsText("Visit booked");
            assertThat(page.locator("[data-visits]")).containsText(dayLabel + ", 10:30am to midday");
            look(page);
        }

        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            // A second sign-in within the same 30 seconds needs the next code: each code works once.
            BrowserSupport.signIn(page, port, officer, officer.codeAt(Instant.now().plusSeconds(30)));
            page.navigate("http://localhost:" + port + "/staff/visits");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(dayLabel + ", 10:30am to midday")).click();
            assertThat(page.locator(".govuk-summary-list")).containsText("Alex Example");
            look(page);
            page.getByLabel("Visit made").check();
            page.getByLabel("Notes").fill("Talked it through in BSL; gave crime prevention advice.");
            submit(page, "Record the outcome");
            assertThat(page.locator(".govuk-notification-banner")).containsText("Outcome recorded");
            look(page);
        }
    }

    private static void submit(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    private void look(Page page) {
        BrowserSupport.assertAccessible(page);
        BrowserSupport.screenshot(page, "plod-visits", ++step);
    }
}
