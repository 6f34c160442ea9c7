package org.bluelamp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.bluelamp.BluelampTest;
import org.bluelamp.PublicPages;
import org.bluelamp.reporting.journey.ServiceCatalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page, and every service's start page, in each offered language (English and Welsh in the test
 * profile), as someone at 400 % zoom sees it: a 1280 x 1024 screen zoomed 4 times is a 320 x 256 CSS-pixel window at 4
 * device pixels a pixel, which is also the 320 px wide phone WCAG's reflow rule names. One visit checks everything:
 * axe (WCAG 2.2 A and AA), no sideways scrolling (1.4.10), targets of 24 px or spaced (2.5.8), and, Tab by Tab, that
 * each focused element shows its focus and is not hidden under anything sticky such as "Exit this page" (2.4.7,
 * 2.4.11). Errors are announced: the error summary takes the focus and is an alert (3.3.1, 4.1.3).
 */
@BluelampTest
@Tag("browser")
class EveryPublicPageBrowserTest {

    private static final int MOST_TAB_STOPS = 40;

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    ServiceCatalogue catalogue;

    @TestFactory
    Stream<DynamicTest> everyPublicPageInEachLanguageIsAccessibleAtFourHundredPercentZoom() {
        var paths = new ArrayList<>(PublicPages.PATHS);
        catalogue.all().forEach(service -> paths.add("/report/" + service.id()));
        return Stream.of("en", "cy").map(language -> DynamicTest.dynamicTest(language, () -> {
            try (BrowserContext context = zoomed()) {
                Page page = context.newPage();
                page.navigate(url("/?lang=" + language));
                for (String path : paths) {
                    page.navigate(url(path));
                    assertThat(page.locator("html")).hasAttribute("lang", language.equals("cy") ? "cy" : "en-GB");
                    BrowserSupport.assertAccessible(page);
                    BrowserSupport.assertNoSidewaysScrolling(page);
                    BrowserSupport.assertTargetsBigEnoughOrSpaced(page);
                    if (PublicPages.PATHS.contains(path)) { // the services' start pages are one template
                        BrowserSupport.assertFocusShownAndNotHidden(page, MOST_TAB_STOPS);
                    }
                    BrowserSupport.screenshot(page, "public-" + language, paths.indexOf(path));
                }
            }
        }));
    }

    @Test
    void errorsAreAnnouncedAndTakeTheFocusInEachLanguage() {
        for (String language : List.of("en", "cy")) {
            try (BrowserContext context = zoomed()) {
                Page page = context.newPage();
                page.navigate(url("/report/crime?lang=" + language));
                page.locator("form[action='/report/crime'] button[type=submit]").press("Enter");
                var summary = page.locator(".govuk-error-summary");
                assertThat(summary).isFocused();
                assertThat(summary.locator("[role=alert]")).hasCount(1);
                assertThat(page).hasTitle(java.util.regex.Pattern.compile("^\\S+: "));
                assertThat(page.locator("#emergency-error")).isVisible();
                BrowserSupport.assertAccessible(page);
                BrowserSupport.assertFocusShownAndNotHidden(page, 10);
            }
        }
    }

    /**
     * The first question pages of a crime report read in Welsh are as accessible as in English, zoomed: radios with
     * hints, their errors, a text box with its Welsh character count, and the date and time of "when".
     */
    @Test
    void questionPagesInWelshAreAccessibleAtFourHundredPercentZoom() {
        try (BrowserContext context = zoomed()) {
            Page page = context.newPage();
            page.navigate(url("/report/crime?lang=cy"));
            page.locator("input[name=emergency][value=no]").check();
            page.locator("form[action='/report/crime'] button[type=submit]").click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/report/crime/crime-type$"));
            assertWelshPageAccessible(page);
            page.locator("main form button[type=submit]").first().click();
            assertThat(page.locator(".govuk-error-summary")).isFocused();
            assertWelshPageAccessible(page);
            page.locator("input[name=crime-type][value=theft]").check();
            page.locator("main form button[type=submit]").first().click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/report/crime/what-happened$"));
            page.locator("textarea").fill("Cafodd fy meic ei ddwyn o'r sied.");
            assertWelshPageAccessible(page);
            page.locator("main form button[type=submit]").first().click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("/report/crime/when$"));
            assertWelshPageAccessible(page);
        }
    }

    private static void assertWelshPageAccessible(Page page) {
        assertThat(page.locator("html")).hasAttribute("lang", "cy");
        BrowserSupport.assertAccessible(page);
        BrowserSupport.assertNoSidewaysScrolling(page);
        BrowserSupport.assertTargetsBigEnoughOrSpaced(page);
    }

    private BrowserContext zoomed() {
        return support.browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 256)
                .setDeviceScaleFactor(4));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
