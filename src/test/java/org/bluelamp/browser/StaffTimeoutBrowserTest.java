package org.bluelamp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning before an idle staff session ends, in Chromium with the page's clock under the test's control: the
 * test jumps the page's time forward (Playwright's clock) instead of waiting half an hour.
 */
@BluelampTest
@Tag("browser")
class StaffTimeoutBrowserTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @Autowired
    StaffAccountsForTests staffAccounts;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;
    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeEach
    void signIn() {
        context = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(1024, 900));
        page = context.newPage();
        page.onPageError(scriptErrors::add);
        page.clock().install();
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        BrowserSupport.signIn(page, port, account);
        assertThat(page.locator("h1")).hasText("Contacts");
        // The heading can show before the scripts at the end of the page have run and started their clock.
        page.waitForLoadState(LoadState.LOAD);
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertThat(scriptErrors).as("script errors in the pages").isEmpty();
    }

    private Locator warning() {
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("You’re about to be signed out"));
    }

    @Test
    void theWarningComesTwoMinutesBeforeAndStayingSignedInKeepsTheSession() {
        assertThat(warning()).isHidden();
        page.clock().fastForward("27:50");
        assertThat(warning()).isHidden();
        page.clock().fastForward("00:20");

        assertThat(warning()).isVisible();
        assertThat(warning()).containsText("For your security, we will sign you out in 2 minutes.");
        var stay = warning().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stay signed in"));
        assertThat(stay).isFocused();
        assertThat(page.locator("#bluelamp-timeout-countdown")).hasText("For your security, we will sign you out in 2 minutes.");
        BrowserSupport.assertAccessible(page);
        BrowserSupport.screenshot(page, "timeout", 1);

        var keptAlive = page.waitForResponse("**/staff/keep-alive", stay::click);
        assertThat(keptAlive.status()).isEqualTo(204);
        assertThat(warning()).isHidden();

        // The idle clock started again at "Stay signed in": no warning until 28 minutes after it.
        page.clock().fastForward("27:00");
        assertThat(warning()).isHidden();
        page.clock().fastForward("01:30");
        assertThat(warning()).isVisible();
        page.clock().fastForward("01:10");
        assertThat(warning()).containsText("we will sign you out in 20 seconds.");

        // Escape is "stay signed in" too.
        keptAlive = page.waitForResponse("**/staff/keep-alive", () -> page.keyboard().press("Escape"));
        assertThat(keptAlive.status()).isEqualTo(204);
        assertThat(warning()).isHidden();
        page.reload();
        assertThat(page.locator("h1")).hasText("Contacts");
    }

    @Test
    void signingOutFromTheWarningSignsOut() {
        page.clock().fastForward("28:10");
        warning().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.locator("h1")).hasText("Sign in");
        assertThat(page.getByText("You have signed out.")).isVisible();
        page.navigate("http://localhost:" + port + "/staff/contacts");
        assertThat(page.locator("h1")).hasText("Sign in");
    }

    @Test
    void yourAccountSignsOutEverywhere() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your account")).click();
        assertThat(page.locator("h1")).hasText("Your account");
        BrowserSupport.assertAccessible(page);
        BrowserSupport.screenshot(page, "timeout", 3);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out everywhere")).click();
        assertThat(page.getByText("You have signed out on every device.")).isVisible();
        BrowserSupport.assertAccessible(page);
    }

    @Test
    void whenTimeRunsOutThePageSignsOutAndSaysWhy() {
        page.clock().fastForward("28:10");
        assertThat(warning()).isVisible();
        page.clock().fastForward("02:00");

        page.waitForURL("**/staff/timed-out");
        assertThat(page.locator("h1")).hasText("You have been signed out");
        assertThat(page.locator("main")).containsText(
                "You were signed out because you did nothing for 30 minutes. Nothing you saved has been lost.");
        BrowserSupport.assertAccessible(page);
        BrowserSupport.screenshot(page, "timeout", 2);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in again")).click();
        assertThat(page.locator("h1")).hasText("Sign in");
        page.navigate("http://localhost:" + port + "/staff/contacts");
        assertThat(page.locator("h1")).hasText("Sign in");
    }
}
