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
        open(javaScript, width, 900);
    }

    private void open(boolean javaScript, int width, int height) {
        context = support.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript).setViewportSize(width, height));
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
    void shiftPressedThreeTimesLeavesButEscapeInATextBoxKeepsWhatWasTyped() {
        open(true, 1024);
        toWhatHappened();
        var story = page.locator("#what-happened");
        story.fill("He followed me home from the bus stop");
        // Escape closes predictive text or leaves a screen reader's form mode: it must not lose the page.
        story.press("Escape");
        assertThat(page.locator("h1")).hasText("What happened?");
        assertThat(story).hasValue("He followed me home from the bus stop");
        assertThat(page.locator("body")).not().containsText("Esc");
        var exit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Emergency Exit this page"));
        assertThat(exit).hasAttribute("href", "/leave");
        assertThat(page.locator(".bluelamp-exit-hint")).hasText("Or press Shift 3 times");
        BrowserSupport.screenshot(page, "exit", 1);
        support.accessibilityCheck(true).accept(page);

        story.press("Shift");
        story.press("Shift");
        assertThat(page.locator(".govuk-exit-this-page__indicator-light--on")).hasCount(2);
        story.press("Shift");
        page.waitForURL("https://www.bbc.co.uk/**");
        page.goBack();
        // the draft went with leaving: Back shows the start again
        assertThat(page.locator("h1")).hasText("Is a crime happening now, or is anyone in danger?");
        assertThat(page.locator("body")).not().containsText("Theft");
    }

    @Test
    void withoutJavaScriptExitThisPageIsALinkAndBackShowsNothing() {
        open(false, 320);
        toWhatHappened();
        assertThat(page.locator(".bluelamp-exit-hint")).isHidden();
        BrowserSupport.screenshot(page, "exit", 2);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Emergency Exit this page")).click();
        page.waitForURL("https://www.bbc.co.uk/**");
        page.goBack();
        assertThat(page.locator("h1")).hasText("Is a crime happening now, or is anyone in danger?");
    }

    /** At 400 % zoom a 1280 x 1024 screen is 320 x 256; a phone is taller, and there the exit button sticks. */
    @Test
    void nothingStickyHidesTheFocusAtFourHundredPercentZoomOrOnAPhone() {
        for (int[] size : new int[][] {{320, 256}, {390, 560}}) {
            if (context != null) {
                context.close();
            }
            open(true, size[0], size[1]);
            toWhatHappened();
            page.locator("#what-happened").fill("Someone took my bike from the rack");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(page.locator("h1")).hasText("When did it happen?");
            page.getByLabel("On a date and at a time I know").check();
            assertThat(page.locator("#when-exact-day")).isVisible();
            BrowserSupport.screenshot(page, "exit", size[1]);
            page.locator("body").focus();
            var seen = new ArrayList<String>();
            for (String key : List.of("Tab", "Shift+Tab")) {
                for (int i = 0; i < 30; i++) {
                    page.keyboard().press(key);
                    String focused = (String) page.evaluate("() => document.activeElement.id"
                            + " || document.activeElement.className || document.activeElement.tagName");
                    seen.add(focused);
                    assertThat((String) page.evaluate(FOCUS_COVERED)).as("%s at %dx%d", key, size[0], size[1])
                            .isNull();
                }
            }
            assertThat(seen).as("went through the Back link and the date").contains("when-exact-day", "when-exact-year")
                    .anyMatch(s -> s.contains("govuk-back-link"));
        }
    }

    /** Null when the focused element's centre is on screen and nothing lies over it; otherwise what is wrong. */
    private static final String FOCUS_COVERED = """
            () => {
              const el = document.activeElement;
              if (!el || el === document.body) return null;
              const r = el.getBoundingClientRect();
              const x = r.left + r.width / 2, y = r.top + r.height / 2;
              const name = e => e ? (e.id || e.className || e.tagName) : 'nothing';
              if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return name(el) + ' is off screen';
              const hit = document.elementFromPoint(x, y);
              return hit === el || el.contains(hit) ? null : name(el) + ' is covered by ' + name(hit);
            }""";

    private void toWhatHappened() {
        page.navigate("http://localhost:" + port + "/report/crime");
        page.getByLabel("No, it is not an emergency").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        page.getByLabel("Theft").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
        assertThat(page.locator("h1")).hasText("What happened?");
        // The heading shows before the page's scripts have run; the keyboard shortcut is theirs to handle.
        page.waitForLoadState();
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
