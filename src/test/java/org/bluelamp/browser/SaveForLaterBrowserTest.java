package org.bluelamp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bluelamp.BluelampTest;
import org.bluelamp.reporting.SavedForLaterEventsForTests;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, with axe on every new page: a person saves a crime report on a 320 px phone with JavaScript, and
 * carries on from the link on a computer with JavaScript off.
 */
@BluelampTest
@Tag("browser")
class SaveForLaterBrowserTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    SavedForLaterEventsForTests sent;

    @Test
    void savedOnAPhoneAndCarriedOnElsewhereWithoutJavaScript() {
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String base = "http://localhost:" + port;
        var scriptErrors = new ArrayList<String>();
        String resumePath;
        var phoneCheck = support.accessibilityCheck(true);
        try (var phone = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 800))) {
            Page page = phone.newPage();
            page.onPageError(scriptErrors::add);
            page.navigate(base + "/report/crime");
            page.getByLabel("No, it is not an emergency").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            page.getByLabel("Theft", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            page.locator("#what-happened").fill("My bike was taken from the station.");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and come back later")))
                    .isVisible();
            check(page, phoneCheck, 1);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and come back later")).click();
            assertThat(page.locator("h1")).hasText("Save your answers and come back later");
            assertThat(page.getByLabel("Email address")).isHidden();
            check(page, phoneCheck, 2);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("Select email or text message");
            check(page, phoneCheck, 3);
            page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Email address").fill(email);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
            assertThat(page.locator("h1")).hasText("Your answers are saved");
            assertThat(page.locator("[data-link-sent]")).containsText("We have sent a link to " + email);
            check(page, phoneCheck, 4);
            resumePath = sent.lastLinkTo(email).resumePath();
        }

        var computerCheck = support.accessibilityCheck(false);
        try (var computer = support.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = computer.newPage();
            page.navigate(base + resumePath);
            assertThat(page.locator("h1")).hasText("Carry on with your report");
            check(page, computerCheck, 5);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the code")).click();
            assertThat(page.locator("h1")).hasText("Enter the security code");
            check(page, computerCheck, 6);
            String code = sent.lastCodeTo(email);
            page.getByLabel("Enter the security code").fill(code.equals("000000") ? "111111" : "000000");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(page.locator(".govuk-error-summary")).containsText("The security code is not right");
            check(page, computerCheck, 7);
            page.getByLabel("Enter the security code").fill(code);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(page).hasURL(base + "/report/crime/when");
            check(page, computerCheck, 8);

            page.navigate(base + resumePath);
            assertThat(page.locator("h1")).hasText("This link has already been used");
            check(page, computerCheck, 9);
            page.navigate(base + "/resume/" + "B".repeat(43));
            assertThat(page.locator("h1")).hasText("This link does not work");
            check(page, computerCheck, 10);
        }
        assertThat(scriptErrors).isEmpty();
    }

    private static void check(Page page, java.util.function.Consumer<Page> axe, int step) {
        axe.accept(page);
        BrowserSupport.assertNoSidewaysScrolling(page);
        BrowserSupport.screenshot(page, "save-for-later", step);
    }
}
