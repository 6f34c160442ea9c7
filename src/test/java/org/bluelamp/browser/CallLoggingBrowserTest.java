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

import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** In Chromium, with axe on every screen: a contact handler logs a 101 call about lost property, section by section. */
@BluelampTest
@Tag("browser")
class CallLoggingBrowserTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @Autowired
    StaffAccountsForTests staffAccounts;

    @LocalServerPort
    int port;

    @Test
    void aHandlerLogsAPhoneCallScreenByScreenAndSavesIt() {
        var check = support.accessibilityCheck(true);
        var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            BrowserSupport.signIn(page, port, handler);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log a call")).click();
            assertThat(page.locator("h1")).hasText("Log a call");
            check.accept(page);
            page.getByLabel("Report lost property").check();
            page.getByLabel("101 phone call").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start logging")).click();

            assertThat(page.locator("h1")).hasText("What was lost");
            page.getByLabel("A mobile phone").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(page.locator(".govuk-error-summary")).isVisible();
            assertThat(page.locator("#category")).isChecked();
            check.accept(page);
            BrowserSupport.screenshot(page, "call-logging", 1);
            page.locator("#description").fill("Black phone in a green case");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();

            assertThat(page.locator("h1")).hasText("Where and when");
            check.accept(page);
            page.locator("#when").check();
            page.locator("#when-exact-day").fill("3");
            page.locator("#when-exact-month").fill("11");
            page.locator("#when-exact-year").fill(String.valueOf(LocalDate.now().getYear() - 1));
            page.locator("#when-exact-time").fill("9am");
            page.locator("#where").check();
            page.locator("#where-line1").fill("1 Library Street");
            page.locator("#where-town").fill("Leicester");
            page.locator("#where-postcode").fill("LE1 1AA");
            BrowserSupport.screenshot(page, "call-logging", 2);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();

            assertThat(page.locator("h1")).hasText("About the caller");
            check.accept(page);
            page.locator("#your-name").fill("Alex Example");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();

            assertThat(page.locator("h1")).hasText("Contacting them");
            check.accept(page);
            page.locator("#contact-details-email").fill("alex@example.com");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();

            assertThat(page.locator("h1")).hasText("Check the caller’s answers");
            assertThat(page.locator("main")).containsText("Black phone in a green case");
            check.accept(page);
            BrowserSupport.screenshot(page, "call-logging", 3);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish and save")).click();

            assertThat(page.locator("h1")).hasText("Call saved");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open contact"))).isVisible();
            check.accept(page);
            BrowserSupport.screenshot(page, "call-logging", 4);
        }
    }
}
