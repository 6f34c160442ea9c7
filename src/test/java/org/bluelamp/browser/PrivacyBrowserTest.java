package org.bluelamp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subject access in Chromium, with axe on every page: a member of the public asks for their information on a small
 * phone with JavaScript off (one mistake on the way), and a data protection officer checks identity, searches,
 * chooses what is in scope, redacts a neighbour's name and releases the answer, then reads the access log.
 */
@BluelampTest
@Tag("browser")
class PrivacyBrowserTest {

    private static final Pattern DSR = Pattern.compile("DSR-\\d{4}-\\d{4}");
    private static final String NEIGHBOUR = "Sam Neighbour";

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    private int step;

    @Test
    void theFootersAccessibilityPrivacyAndCookiesPagesReadOnASmallPhoneWithoutJavaScript() {
        var check = support.accessibilityCheck(false);
        try (var context = support.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(320, 640).setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            for (String[] link : new String[][] {{"Accessibility statement", "Accessibility statement"},
                    {"Privacy notice", "Privacy notice"}, {"Cookies", "Cookies"}}) {
                page.navigate("http://localhost:" + port + "/");
                page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link[0])
                        .setExact(true)).click();
                assertThat(page.locator("h1")).hasText(link[1]);
                look(page, check, "footer-pages", true);
            }
        }
    }

    @Test
    void someoneAsksForTheirInformationOnASmallPhoneWithoutJavaScript() {
        var check = support.accessibilityCheck(false);
        try (var context = support.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740).setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/your-data");
            assertThat(page.locator("h1")).hasText("Ask for the information we hold about you");
            assertThat(page.locator("main")).containsText("It is free.");
            look(page, check, "your-data-public", true);
            button(page, "Start now");

            assertThat(page.locator("h1")).hasText("Who are you?");
            look(page, check, "your-data-public", false);
            page.getByLabel("Other names you have used (optional)").fill("Robin Sample");
            page.getByLabel("Day").fill("14");
            page.getByLabel("Month").fill("7");
            page.getByLabel("Year").fill("1979");
            button(page, "Continue");
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter your full name");
            assertThat(page.locator("#fullName-error")).containsText("Enter your full name");
            assertThat(page.getByLabel("Other names you have used (optional)")).hasValue("Robin Sample");
            assertThat(page.getByLabel("Day")).hasValue("14");
            assertThat(page.getByLabel("Year")).hasValue("1979");
            look(page, check, "your-data-public", false);
            page.getByLabel("Full name").fill("Robin Public");
            button(page, "Continue");

            assertThat(page.locator("h1")).hasText("How can we contact you?");
            look(page, check, "your-data-public", false);
            page.getByLabel("Email address").fill("robin.public@example.com");
            button(page, "Continue");

            assertThat(page.locator("h1")).hasText("What information do you want?");
            look(page, check, "your-data-public", false);
            page.getByLabel("Everything you hold about me").check();
            button(page, "Continue");

            assertThat(page.locator("h1")).hasText("How will you prove who you are?");
            look(page, check, "your-data-public", false);
            page.getByLabel("Upload a photo or scan of it").check();
            page.getByLabel("Choose a file").setInputFiles(
                    new FilePayload("passport.png", "image/png", TestImages.png(24, 16)));
            button(page, "Continue");

            assertThat(page.locator("h1")).hasText("How do you want to receive the answer?");
            look(page, check, "your-data-public", false);
            page.getByLabel("A secure download link by email or text").check();
            button(page, "Continue");

            assertThat(page.locator("h1")).hasText("Check your answers before sending your request");
            var answers = page.locator(".govuk-summary-list");
            assertThat(answers).containsText("Robin Public");
            assertThat(answers).containsText("Robin Sample");
            assertThat(answers).containsText("14 July 1979");
            assertThat(answers).containsText("robin.public@example.com");
            assertThat(answers).containsText("Everything you hold about me");
            assertThat(answers).containsText("Uploaded: passport.png");
            look(page, check, "your-data-public", false);
            button(page, "Send request");

            assertThat(page.locator("h1")).hasText("Request sent");
            String reference = page.locator("[data-reference]").textContent().trim();
            assertThat(reference).matches(DSR);
            LocalDate due = jdbc.sql("SELECT due_on FROM subject_access_request WHERE reference = :r")
                    .param("r", reference).query(LocalDate.class).single();
            assertThat(due).isAfter(LocalDate.now().plusDays(26)).isBefore(LocalDate.now().plusDays(36));
            assertThat(page.locator("[data-due]")).hasText("We must answer by "
                    + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(due) + ".");
            assertThat(page.locator("main")).containsText("We will send you a secure link to download the answer.");
            assertThat(page.locator("main")).containsText("We have sent you a message with your reference number.");
            look(page, check, "your-data-public", true);
        }
    }

    @Test
    void aDataProtectionOfficerAnswersARequestAndSeesWhoLooked() {
        String report = OnlineReports.crime(port, jdbc, "My neighbour " + NEIGHBOUR + " saw someone take my bike.");
        String reference = requestFrom("Alex Example", "alex@example.com");
        var officer = staffAccounts.create(StaffRole.DATA_PROTECTION_OFFICER);

        var check = support.accessibilityCheck(true);
        try (var context = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            BrowserSupport.signIn(page, port, officer);
            page.navigate("http://localhost:" + port + "/staff/data-requests");
            assertThat(page.locator("h1")).hasText("Subject access requests");
            Locator row = page.locator("[data-requests] tbody tr").filter(new Locator.FilterOptions().setHasText(reference));
            assertThat(row).containsText("Alex Example");
            assertThat(row.locator(".govuk-tag")).containsText("Due in");
            assertThat(row).containsText("Identity received");
            look(page, check, "your-data-staff", false);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference).setExact(true)).click();
            assertThat(page.locator("h1")).hasText(reference + ": Alex Example");
            assertThat(page.locator("main")).containsText("View the proof of identity (licence.png)");
            assertThat(page.locator("main")).containsText("Record the identity check before releasing the answer.");
            look(page, check, "your-data-staff", true);

            page.getByLabel("Note (optional)").fill("Driving licence photo matches the name and date of birth");
            button(page, "Record identity check");
            assertThat(page.locator(".govuk-error-summary")).containsText("Select how identity was checked");
            assertThat(page.getByLabel("Note (optional)"))
                    .hasValue("Driving licence photo matches the name and date of birth");
            look(page, check, "your-data-staff", false);
            page.getByLabel("Checked the upload").check();
            button(page, "Record identity check");
            assertThat(page.locator(".govuk-notification-banner")).containsText("Identity check recorded");
            assertThat(page.locator("[data-identity-checked]")).containsText("Checked by " + officer.username());
            assertThat(page.locator("main")).not().containsText("View the proof of identity");
            look(page, check, "your-data-staff", false);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Search for this person")).click();
            assertThat(page.locator("h1")).hasText("Search for this person");
            assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Alex Example");
            assertThat(page.getByLabel("Date of birth")).hasValue("1985-03-27");
            look(page, check, "your-data-staff", false);
            button(page, "Search");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What the search found")))
                    .isVisible();
            Locator found = page.locator(".govuk-checkboxes__item").filter(new Locator.FilterOptions().setHasText(report));
            assertThat(found.first()).containsText("Matched on:");
            assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(Pattern.compile("^Reports \\(\\d+\\)$"))))
                    .containsText(report);
            look(page, check, "your-data-staff", false);
            for (int i = 0; i < found.count(); i++) {
                found.nth(i).locator("input").check();
            }
            button(page, "Save what is in scope");
            assertThat(page.locator(".govuk-notification-banner")).containsText("What is in scope saved");
            assertThat(page.locator("[data-section=\"" + report + "\"]")
                    .filter(new Locator.FilterOptions().setHasText(NEIGHBOUR)).first()).isVisible();

            page.getByLabel("Text to redact").fill(NEIGHBOUR);
            page.getByLabel("Legal reason").first().selectOption(
                    new SelectOption().setLabel("Information about another person – DPA 2018 s45(4)(e)"));
            button(page, "Add redaction");
            assertThat(page.locator(".govuk-notification-banner")).containsText("Redaction added");
            Locator redaction = page.locator("[data-redaction]");
            assertThat(redaction).containsText(NEIGHBOUR);
            assertThat(redaction).containsText("Information about another person – DPA 2018 s45(4)(e)");
            assertThat(page.locator("[data-section=\"" + report + "\"] mark.bluelamp-redacted").first())
                    .hasText(NEIGHBOUR);
            look(page, check, "your-data-staff", false);

            button(page, "Produce and release the answer");
            assertThat(page.locator(".govuk-notification-banner")).containsText("Answer released");
            assertThat(page.locator("[data-release]")).containsText("Released on");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Answer").setExact(true)))
                    .isVisible(); // what was released sits under its own heading, not under "Refusals"
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Refusals"))).hasCount(0);
            assertThat(page.locator("h1 + p .govuk-tag")).hasText("Answered");
            assertThat(page.locator("[data-timeline=released]")).containsText("Answer released");
            look(page, check, "your-data-staff", true);

            page.navigate("http://localhost:" + port + "/staff/access-log?reference=" + reference);
            assertThat(page.locator("h1")).hasText("Access log");
            assertThat(page.locator("caption")).containsText("Who has looked at " + reference);
            Locator reads = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(officer.username()));
            assertThat(reads.filter(new Locator.FilterOptions().setHasText("Subject access request")).first())
                    .containsText("Read");
            assertThat(reads.filter(new Locator.FilterOptions().setHasText("Sent out or downloaded"))).not().hasCount(0);
            look(page, check, "your-data-staff", true);

            page.navigate("http://localhost:" + port + "/staff/retention");
            assertThat(page.locator("h1")).hasText("Records due for a retention review");
            look(page, check, "your-data-staff", false);
        }
    }

    /** A request sent through the public form over HTTP, as the browser test above sends one. */
    private String requestFrom(String name, String email) {
        var person = new WebSession(port);
        person.get("/your-data");
        person.post("/your-data/start");
        person.post("/your-data/name", "fullName", name, "otherNames", "", "dob-day", "27", "dob-month", "3",
                "dob-year", "1985");
        person.post("/your-data/contact", "email", email, "phone", "", "address", "", "postcode", "");
        person.post("/your-data/what", "wants", "everything");
        person.upload("/your-data/identity", "file", "licence.png", TestImages.png(12, 8), "identity", "upload");
        person.post("/your-data/receive", "receive", "link", "address", "", "postcode", "");
        Matcher sent = DSR.matcher(person.post("/your-data/check").body());
        assertThat(sent.find()).as("a DSR reference on the confirmation page").isTrue();
        return sent.group();
    }

    private static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private void look(Page page, Consumer<Page> check, String journey, boolean screenshot) {
        check.accept(page);
        BrowserSupport.assertNoSidewaysScrolling(page);
        step++;
        if (screenshot) {
            BrowserSupport.screenshot(page, journey, step);
        }
    }
}
