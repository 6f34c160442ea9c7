package org.bluelamp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new member of the public reports a crime in Chromium, makes one mistake and changes one answer, then a
 * member of staff signs in and finds the report. Every page is checked with axe; the journey is repeated with
 * JavaScript off and on a 320 px wide screen.
 */
@BluelampTest
@Tag("browser")
class CrimeJourneyBrowserTest {

    private static final Logger log = LoggerFactory.getLogger(CrimeJourneyBrowserTest.class);
    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @Autowired
    StaffAccountsForTests staffAccounts;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;
    private final List<String> scriptErrors = new ArrayList<>();

    @AfterEach
    void closeContext() {
        context.close();
        assertThat(scriptErrors).as("script errors in the pages").isEmpty();
    }

    private void open(boolean javaScript, int width) {
        context = support.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript).setViewportSize(width, 900));
        context.route("https://www.bbc.co.uk/**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setContentType("text/html").setBody("<html lang=en><title>Weather</title><h1>Weather</h1></html>")));
        page = context.newPage();
        page.onConsoleMessage(message -> log.info("Browser console: {}", message.text()));
        page.onPageError(scriptErrors::add);
    }

    @Test
    void reportACrimeWithJavaScriptAndStaffFindIt() {
        open(true, 1024);
        String reference = new CrimeJourney(page, port, true, false, support.accessibilityCheck(true)).complete();
        new StaffQueue(page, port, staffAccounts.create(StaffRole.CONTACT_HANDLER), support.accessibilityCheck(true)).signInAndFind(reference, "Alex Changed");
    }

    @Test
    void reportACrimeWithJavaScriptOff() {
        open(false, 1024);
        String reference = new CrimeJourney(page, port, false, false, support.accessibilityCheck(false)).complete();
        new StaffQueue(page, port, staffAccounts.create(StaffRole.CONTACT_HANDLER), support.accessibilityCheck(false)).signInAndFind(reference, "Alex Changed");
    }

    @Test
    void reportACrimeOnA320PixelWideScreen() {
        open(true, 320);
        String reference = new CrimeJourney(page, port, true, true, support.accessibilityCheck(true)).complete();
        assertThat(reference).startsWith("LP-");
    }

    @Test
    void escapeLeavesForANeutralSiteAndForgetsTheDraft() {
        open(true, 1024);
        page.navigate("http://localhost:" + port + "/report/crime");
        page.getByLabel("No, it is not an emergency").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator("h1")).hasText("What kind of crime are you reporting?");
        // The heading shows before the page's scripts have run; Escape is theirs to handle.
        page.waitForLoadState();
        page.keyboard().press("Escape");
        page.waitForURL("https://www.bbc.co.uk/**");
        page.navigate("http://localhost:" + port + "/report/crime/crime-type");
        assertThat(page.locator("h1")).hasText("Is a crime happening now, or is anyone in danger?");
    }

    /** The staff side: sign in, find the reference in the queue, open it. */
    record StaffQueue(Page page, int port, StaffAccountsForTests.Account handler, Consumer<Page> accessibilityCheck) {
        void signInAndFind(String reference, String answerToSee) {
            page.navigate("http://localhost:" + port + "/staff");
            assertThat(page.locator("h1")).hasText("Sign in");
            accessibilityCheck.accept(page);
            BrowserSupport.screenshot(page, "staff", 1);
            page.getByLabel("Username").fill(handler.username());
            page.getByLabel("Password").fill(StaffAccountsForTests.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Enter the code from your authenticator app");
            accessibilityCheck.accept(page);
            page.getByLabel("Enter the code from your authenticator app").fill(handler.code());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(page.locator("h1")).hasText("Contacts");
            accessibilityCheck.accept(page);
            BrowserSupport.screenshot(page, "staff", 2);
            // a handler with the reference on the phone searches for it, as the queue holds many
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                page.navigate("http://localhost:" + port + "/staff/contacts/search");
                page.getByLabel("Reference, name, email, phone, postcode, vehicle registration or words").fill(reference);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference))).isVisible();
            });
            accessibilityCheck.accept(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
            assertThat(page.locator("h1")).hasText(reference);
            page.locator(".moj-sub-navigation").getByRole(AriaRole.LINK,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Report")).click();
            assertThat(page.getByText(answerToSee)).isVisible();
            accessibilityCheck.accept(page);
            BrowserSupport.screenshot(page, "staff", 3);
        }
    }
}
