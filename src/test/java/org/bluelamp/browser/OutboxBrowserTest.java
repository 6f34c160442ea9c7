package org.bluelamp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In Chromium on a small phone, with axe: a member of staff reads the messages sent to the public, one message in
 * full, and the words of every template.
 */
@BluelampTest
@Tag("browser")
class OutboxBrowserTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void staffReadTheMessagesSentAndTheWordsOfEveryTemplate() {
        String reference = OnlineReports.crime(port, jdbc, "Outbox: my garden gate was taken off its hinges.");
        await("delivered, with its attempt").atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM message WHERE reference = :r AND status = 'delivered'")
                .param("r", reference).query(Integer.class).single() == 1);
        var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        try (var phone = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
            Page page = phone.newPage();
            BrowserSupport.signIn(page, port, handler);
            page.navigate("http://localhost:" + port + "/staff/outbox");
            assertThat(page.locator("h1")).hasText("Messages to the public");
            var row = page.locator("tr", new Page.LocatorOptions().setHasText(reference));
            assertThat(row).containsText("a•••@e•••.com");
            assertThat(row).not().containsText("alex@example.com");
            assertThat(row).containsText("Acknowledgement of a new report");
            look(page, 1);

            row.getByRole(AriaRole.LINK).first().click();
            assertThat(page.locator("main")).containsText("Your reference number is " + reference);
            assertThat(page.locator("main")).containsText("Type of report: Report a crime");
            assertThat(page.locator("main")).not().containsText("Outbox: my garden gate was taken off its hinges.");
            assertThat(page.locator("main")).containsText("Attempt");
            look(page, 2);

            page.navigate("http://localhost:" + port + "/staff/outbox/templates");
            assertThat(page.locator("h1")).hasText("Messages we send to the public");
            assertThat(page.locator("#acknowledgement")).hasText("Acknowledgement of a new report");
            look(page, 3);
        }
    }

    private static void look(Page page, int step) {
        BrowserSupport.assertAccessible(page);
        BrowserSupport.assertNoSidewaysScrolling(page);
        BrowserSupport.screenshot(page, "outbox", step);
    }
}
