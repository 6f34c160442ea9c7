package org.bluelamp.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In Chromium, with axe on every page: an admin registers a client of the force's API (with a mistake first), and
 * anyone reads the API's reference page.
 */
@BluelampTest
@Tag("browser")
class ApiClientsBrowserTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @Autowired
    StaffAccountsForTests staffAccounts;

    @LocalServerPort
    int port;

    @Test
    void anAdminRegistersAClient() {
        var check = support.accessibilityCheck(true);
        var admin = staffAccounts.create(StaffRole.ADMIN);
        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            BrowserSupport.signIn(page, port, admin);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API clients")).click();
            assertThat(page.locator("h1")).hasText("Clients of the force's API");
            check.accept(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register a client")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register client")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the client's name");
            check.accept(page);
            page.getByLabel("Name").fill("Records management (force IT)");
            page.getByLabel("Read contacts").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register client")).click();
            assertThat(page.locator("h1")).hasText("Records management (force IT)");
            assertThat(page.locator("[data-status]")).hasText("Awaiting approval");
            check.accept(page);
        }
    }

    @Test
    void theApiReferencePageIsAccessible() {
        var check = support.accessibilityCheck(true);
        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/api/v1/docs");
            assertThat(page.locator("h1")).hasText("Bluelamp API");
            assertThat(page.locator("#connect")).hasText("How to connect");
            check.accept(page);
            BrowserSupport.assertNoSidewaysScrolling(page);
        }
    }
}
