package org.bluelamp.browser;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.codec.binary.Base32;
import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.crypto.spec.SecretKeySpec;
import java.time.Instant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In Chromium, with axe on every page: an admin makes an account; the new member of staff chooses a password with
 * their link, signs in, scans (reads) the QR code's key into their "app", and keeps their recovery codes.
 */
@BluelampTest
@Tag("browser")
class StaffAccountsBrowserTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @Autowired
    StaffAccountsForTests staffAccounts;

    @LocalServerPort
    int port;

    @Test
    void aNewMemberOfStaffIsMadeSetsAPasswordAndSetsUpTheirApp() throws Exception {
        var check = support.accessibilityCheck(true);
        var admin = staffAccounts.create(StaffRole.ADMIN);
        String link;
        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            BrowserSupport.signIn(page, port, admin);
            assertThat(page.locator("h1")).hasText("Staff home");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
            assertThat(page.locator("h1")).hasText("Staff accounts");
            check.accept(page);
            BrowserSupport.screenshot(page, "staff-accounts", 1);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Select at least one role");
            check.accept(page);
            BrowserSupport.screenshot(page, "staff-accounts", 2);
            page.getByLabel("Full name").fill("Sam Patel");
            page.getByLabel("Username").fill("s.patel");
            page.getByLabel("Work email address").fill("sam.patel@example.police.uk");
            page.getByLabel("Contact handler").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
            assertThat(page.locator("h1")).hasText("Account created");
            check.accept(page);
            BrowserSupport.screenshot(page, "staff-accounts", 3);
            link = page.locator("[data-set-up-link]").textContent();
        }
        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(link);
            assertThat(page.locator("h1")).hasText("Choose your password");
            check.accept(page);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("copper meadow whistle 9");
            page.getByLabel("Type the password again").fill("copper meadow whistle 9");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save password")).click();
            assertThat(page.locator(".govuk-notification-banner")).containsText("Password saved");
            page.getByLabel("Username").fill("s.patel");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("copper meadow whistle 9");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Set up an authenticator app");
            assertThat(page.getByAltText("QR code for your authenticator app")).isVisible();
            check.accept(page);
            BrowserSupport.screenshot(page, "staff-accounts", 4);
            page.getByText("I cannot scan the QR code").click();
            String key = page.locator("[data-key]").textContent().replace(" ", "");
            page.getByLabel("Enter the 6-digit code the app shows").fill(code(new Base32().decode(key)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up")).click();
            assertThat(page.locator("h1")).hasText("Your authenticator app is set up");
            assertThat(page.locator("[data-recovery-codes] li")).hasCount(10);
            check.accept(page);
            BrowserSupport.screenshot(page, "staff-accounts", 5);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have kept my codes safe")).click();
            assertThat(page.locator("h1")).hasText("Contacts");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String code(byte[] secret) throws Exception {
        return "%06d".formatted(new HmacOneTimePasswordGenerator(6).generateOneTimePassword(
                new SecretKeySpec(secret, "HmacSHA1"), Math.floorDiv(Instant.now().getEpochSecond(), 30)));
    }
}
