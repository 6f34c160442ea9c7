package org.bluelamp.browser;

import com.microsoft.playwright.Locator;
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

import java.util.function.Consumer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In Chromium, with axe on every page: a report that mentions a knife arrives flagged; a handler sees the flag,
 * assesses it (THRIVE, grading), decides it is a crime, asks the reporter a question and records their answer by
 * phone, allocates it to an officer's team and closes it with an outcome — the timeline saying so at each step.
 */
@BluelampTest
@Tag("browser")
class ContactWorkBrowserTest {

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @Autowired
    StaffAccountsForTests staffAccounts;

    @LocalServerPort
    int port;

    private int step;

    @Test
    void aFlaggedReportIsAssessedDecidedAskedAboutAllocatedAndClosed() {
        var check = support.accessibilityCheck(true);
        String reference;
        try (var context = support.browser().newContext()) {
            reference = new CrimeJourney(context.newPage(), port, true, false, check,
                    "He is outside my door right now with a knife and keeps shouting.").complete();
        }
        var handler = staffAccounts.create("neighbourhood-north", StaffRole.CONTACT_HANDLER);
        staffAccounts.create("neighbourhood-north", StaffRole.OFFICER);
        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            BrowserSupport.signIn(page, port, handler);
            assertThat(page.locator("h1")).hasText("Contacts");
            var row = page.locator("tr", new Page.LocatorOptions().setHasText(reference));
            assertThat(row).containsText("Possible emergency");
            assertThat(row.locator("mark")).containsText(new String[]{"knife"});
            look(page, check);

            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference).setExact(true)).click();
            assertThat(page.locator("h1")).hasText(reference);
            assertThat(page.locator(".govuk-warning-text")).containsText("Possible emergency");
            look(page, check);
            tab(page, "Report");
            assertThat(page.locator("mark", new Page.LocatorOptions().setHasText("knife"))).isVisible();
            look(page, check);
            tab(page, "Overview");

            act(page, "Assess (THRIVE)", "Save assessment");
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the threat");
            look(page, check);
            page.getByLabel("Threat").fill("A man with a knife at the reporter's door");
            page.getByLabel("Harm", new Page.GetByLabelOptions().setExact(true)).fill("Serious injury is possible");
            page.getByLabel("Risk", new Page.GetByLabelOptions().setExact(true)).fill("High: weapon and present");
            page.getByLabel("Investigation").fill("Doorbell camera, neighbours");
            page.getByLabel("Vulnerability", new Page.GetByLabelOptions().setExact(true)).fill("Lives alone");
            page.getByLabel("Engagement").fill("Keep the line open, call back in 10 minutes");
            page.getByLabel("Older person").check();
            page.getByLabel("High risk").check();
            page.getByLabel("Emergency", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Opening incident category").selectOption("Concern for safety");
            submit(page, "Save assessment");
            done(page, "Assessment recorded", "Assessed", check);

            act(page, "Make the crime-recording decision", "Save decision");
            page.getByLabel("Yes, record it as a crime").check();
            page.getByLabel("Home Office classification").selectOption("66");
            submit(page, "Save decision");
            done(page, "Crime-recording decision recorded", "Recorded as a crime", check);

            act(page, "Ask the reporter for more information", "Save question");
            page.getByLabel("Question for the reporter").fill("Can you describe the man?");
            submit(page, "Save question");
            done(page, "Question for the reporter recorded", "More information asked for", check);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the answer to: Can you describe the man?")).click();
            page.getByLabel("Their answer").fill("Tall, green coat, about 40");
            page.getByLabel("By phone").check();
            look(page, check);
            submit(page, "Save answer");
            done(page, "Answer recorded", "Answer recorded", check);

            act(page, "Allocate", "Allocate");
            page.getByLabel("Team").selectOption("neighbourhood-north");
            submit(page, "Allocate");
            assertThat(page.locator(".govuk-notification-banner")).containsText("Contact " + reference + " is allocated");
            look(page, check);
        }
        var supervisor = staffAccounts.create("neighbourhood-north", StaffRole.SUPERVISOR);
        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            BrowserSupport.signIn(page, port, supervisor);
            page.navigate("http://localhost:" + port + "/staff/contacts?view=team");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference).setExact(true)).click();
            tab(page, "Timeline");
            assertThat(page.locator(".moj-timeline__item").first()).containsText("Allocated");
            tab(page, "Overview");
            assertThat(page.locator(".govuk-summary-list").first()).containsText("Not agreed yet. The reporter is told: Every 4 weeks");
            act(page, "Record how often to update the reporter", "Save");
            look(page, check);
            page.getByLabel("Every 2 weeks").check();
            submit(page, "Save");
            done(page, "How often to update the reporter recorded", "How often to update the reporter agreed", check);
            assertThat(page.locator(".govuk-summary-list").first()).containsText("Every 2 weeks");
            act(page, "Close with an outcome", "Close contact");
            page.getByLabel("Outcome for the reporter").fill("An officer visited and the man was arrested.");
            submit(page, "Close contact");
            done(page, "Contact closed", "Closed", check);
            tab(page, "Timeline");
            assertThat(page.locator("table")).containsText(handler.username());

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
            page.getByLabel("Reference, name, email, phone, postcode, vehicle registration or words")
                    .fill(reference.toLowerCase());
            submit(page, "Search");
            assertThat(page.locator("table")).containsText(reference);
            look(page, check);
        }
    }

    private void act(Page page, String action, String button) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(action).setExact(true)).click();
        assertThat(page.locator("h1")).hasText(action);
        if (!action.startsWith("Assess")) {
            return;
        }
        submit(page, button);
    }

    private static void submit(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    /** The banner says it is done, and the timeline's newest line says what. */
    private void done(Page page, String banner, String timeline, Consumer<Page> check) {
        assertThat(page.locator(".govuk-notification-banner")).containsText(banner);
        look(page, check);
        tab(page, "Timeline");
        assertThat(page.locator(".moj-timeline__item").first()).containsText(timeline);
        look(page, check);
        tab(page, "Overview");
    }

    private static void tab(Page page, String name) {
        page.locator(".moj-sub-navigation").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
    }

    @Test
    void theFiltersApplyButtonStandsClearOfTheLastSelect() {
        var handler = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        try (var context = support.browser().newContext()) {
            Page page = context.newPage();
            BrowserSupport.signIn(page, port, handler);
            page.navigate("http://localhost:" + port + "/staff/contacts?due=overdue");
            var due = page.locator("#due").boundingBox();
            var apply = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filter")).boundingBox();
            BrowserSupport.screenshot(page, "queue-filter", 1);
            org.assertj.core.api.Assertions.assertThat(apply.y - (due.y + due.height))
                    .as("space between the Due select and the button").isGreaterThanOrEqualTo(15);
        }
    }

    private void look(Page page, Consumer<Page> check) {
        check.accept(page);
        BrowserSupport.screenshot(page, "contact-work", ++step);
    }
}
