package org.bluelamp.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.notify.DevMailboxForTests;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.staff.StaffRole;
import org.bluelamp.tracking.CodesForTests;
import org.bluelamp.tracking.EvidenceLinksForTests;
import org.bluelamp.tracking.SatisfactionLinksForTests;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.function.Consumer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Check your report" in Chromium at 320 px, with axe on every page: the form and its errors, the code page, a
 * wrong code and a new code asked for too soon, the report page with our question, answering it with a photo, and
 * the "try again later" page once a reference has asked for too many codes. And an evidence link's pages.
 */
@BluelampTest
@Tag("browser")
// The limits of TrackYourReportTest, and its context: the last page is the one a reference gets after too many codes.
@TestPropertySource(properties = {"bluelamp.limits.actions.tracking-code.per-recipient=3",
        "bluelamp.limits.actions.tracking-code.per-client=8", "bluelamp.tracking.messages-per-day=3"})
@Import(MovableClock.class)
class TrackingBrowserTest {

    private static final String EMAIL = "robin@example.com";

    @RegisterExtension
    static final BrowserSupport support = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    CodesForTests codes;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    EvidenceLinksForTests evidenceLinks;

    @Autowired
    SatisfactionLinksForTests satisfactionLinks;

    @Autowired
    DevMailboxForTests mailbox;

    @Test
    void aReporterChecksTheirReportAndAnswersOurQuestionOnASmallPhone() {
        clock.advance(Duration.ofDays(1)); // limits counted afresh, whatever the context's other tests asked for
        String reference = reportByEmail("Someone stole the wing mirror off my van.");
        var handler = new WebSession(port);
        staffAccounts.signIn(handler, staffAccounts.create(StaffRole.CONTACT_HANDLER), clock.instant());
        handler.get("/staff/contacts/" + reference + "/actions/request-information");
        handler.post("/staff/contacts/" + reference + "/actions/request-information",
                "question", "Where was the van parked?");

        var check = support.accessibilityCheck(true);
        try (var context = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/track?ref=" + reference);
            assertThat(page.getByLabel("Reference number")).hasValue(reference);
            look(page, check);
            button(page, "Continue");
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter the email address or phone number");
            look(page, check);

            page.getByLabel("The email address or phone number you gave us").fill(EMAIL);
            button(page, "Continue");
            assertThat(page.locator("h1")).hasText("Enter the code we sent you");
            look(page, check);
            button(page, "Send a new code");
            assertThat(page.locator(".govuk-inset-text").first()).containsText("Wait a minute");
            look(page, check);

            String code = codes.forReference(reference).getFirst().code();
            page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                    .fill("%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000));
            button(page, "Continue");
            assertThat(page.locator(".govuk-error-summary")).containsText("The code is not right");
            look(page, check);
            page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code);
            button(page, "Continue");

            assertThat(page.locator("h1")).hasText("Your report");
            assertThat(page.locator(".govuk-notification-banner")).containsText("Where was the van parked?");
            look(page, check);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Answer this question")).click();
            assertThat(page.locator("h1")).hasText("Answer our question");
            look(page, check);
            button(page, "Send");
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter what you would like to tell us");
            look(page, check);
            page.getByLabel("What would you like to tell us?").fill("Outside number 12, on the left side of the road");
            page.getByLabel("Upload photos, videos or documents (optional)")
                    .setInputFiles(new FilePayload("mirror.png", "image/png", TestImages.png(60, 40)));
            button(page, "Send");
            assertThat(page.locator(".govuk-notification-banner--success")).containsText("We have added what you sent");
            assertThat(page.locator("ol").last()).containsText("Outside number 12");
            look(page, check);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tell us something more or send photos, videos and documents")).click();
            assertThat(page.locator("h1")).hasText("Add information to your report");
            look(page, check);
            page.navigate("http://localhost:" + port + "/track/report");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send a message about your report")).click();
            assertThat(page.locator("h1")).hasText("Send a message about your report");
            look(page, check);
            button(page, "Send message");
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter your message");
            look(page, check);
            page.getByLabel("Your message").fill("The van is a white Transit. I can send more photos if you need them.");
            button(page, "Send message");
            assertThat(page.locator(".govuk-notification-banner--success")).containsText("We have sent your message");
            assertThat(page.locator("[data-message=reporter]")).containsText("The van is a white Transit.");
            look(page, check);

            // Leaving ends the access on the server: Back, to a page never stored, shows the form to start again.
            context.route("https://www.bbc.co.uk/**", route -> route.fulfill(new com.microsoft.playwright.Route
                    .FulfillOptions().setContentType("text/html").setBody("<html lang=en><title>Weather</title></html>")));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Emergency Exit this page")).click();
            page.waitForURL("https://www.bbc.co.uk/**");
            page.goBack();
            assertThat(page.locator("h1")).hasText("Check your report");
            assertThat(page.locator("body")).not().containsText(reference);
        }
        try (var context = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
            Page page = context.newPage();
            String unknown = Reference.random("LP", new Random()).value();
            for (int i = 0; i < 11; i++) {
                page.navigate("http://localhost:" + port + "/track?ref=" + unknown);
                page.getByLabel("The email address or phone number you gave us").fill(EMAIL);
                button(page, "Continue");
            }
            assertThat(page.locator("h1")).hasText("You have tried this too many times");
            look(page, check);
        }

        // Closed: the one "How did we do?" link, its questions, a box too long, the thanks, and the link used again
        handler.get("/staff/contacts/" + reference + "/actions/close");
        handler.post("/staff/contacts/" + reference + "/actions/close",
                "outcome", "We found the mirror. It is at the front desk.", "closingCategory", "Crime");
        await().atMost(Duration.ofSeconds(20)).until(() -> !satisfactionLinks.paths(reference).isEmpty());
        String link = "http://localhost:" + port + satisfactionLinks.paths(reference).getFirst();
        try (var context = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(320, 640))) {
            Page page = context.newPage();
            page.navigate(link);
            assertThat(page.locator("h1")).hasText("How did we do?");
            look(page, check);
            page.getByLabel("Satisfied", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("What could we do better? (optional)").fill("x".repeat(1001));
            button(page, "Send your answers");
            assertThat(page.locator(".govuk-error-summary")).containsText("1,000 characters or fewer");
            assertThat(page.getByLabel("Satisfied", new Page.GetByLabelOptions().setExact(true))).isChecked();
            look(page, check);
            page.getByLabel("What could we do better? (optional)").fill("Tell me sooner.");
            button(page, "Send your answers");
            assertThat(page.locator("h1")).hasText("Thank you for your answers");
            look(page, check);
            page.navigate(link);
            assertThat(page.locator("h1")).hasText("You have already answered");
            look(page, check);
            page.navigate("http://localhost:" + port + "/victims-code");
            look(page, check);
        }
    }

    /** Issue 26: an evidence link on a small phone, with JavaScript off; then refused once used, and once expired. */
    @Test
    void aReporterSendsEvidenceThroughTheLinkAndTheUsedAndExpiredLinksAreRefusedWithAClearPage() {
        clock.advance(Duration.ofDays(1));
        String reference = reportByEmail("A van reversed into my car in the car park.");
        var handler = new WebSession(port);
        staffAccounts.signIn(handler, staffAccounts.create(StaffRole.CONTACT_HANDLER), clock.instant());
        handler.get("/staff/contacts/" + reference + "/actions/evidence-link");
        handler.post("/staff/contacts/" + reference + "/actions/evidence-link",
                "note", "Photos of the damage to your car, and the other driver's insurance details if you have them.");
        String link = "http://localhost:" + port + evidenceLinks.lastPathFor(reference);

        var check = support.accessibilityCheck(false);
        var noScript = new Browser.NewContextOptions().setViewportSize(320, 640).setJavaScriptEnabled(false);
        try (var context = support.browser().newContext(noScript)) {
            Page page = context.newPage();
            page.navigate(link);
            assertThat(page.locator("h1")).hasText("Send us evidence about your report");
            look(page, check);
            button(page, "Send me a code");
            assertThat(page.locator("h1")).hasText("Enter the code we sent you");
            look(page, check);
            page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                    .fill(codes.forReference(reference).getLast().code());
            button(page, "Continue");
            assertThat(page.locator("h1")).hasText("Send us your evidence");
            assertThat(page.locator(".govuk-inset-text").first()).containsText("Photos of the damage to your car");
            look(page, check);
            button(page, "Send evidence");
            assertThat(page.locator(".govuk-error-summary")).containsText("Choose a file to upload");
            look(page, check);
            page.getByLabel("Upload photos, videos or documents")
                    .setInputFiles(new FilePayload("bumper.png", "image/png", TestImages.png(60, 40)));
            page.getByLabel("Tell us what you are sending").fill("The back bumper, taken the same evening");
            button(page, "Send evidence");
            assertThat(page.locator("h1")).hasText("Evidence sent");
            look(page, check);
            page.navigate(link);
            assertThat(page.locator("h1")).hasText("This link has already been used");
            look(page, check);
        }
        handler.get("/staff/contacts/" + reference + "/actions/evidence-link");
        handler.post("/staff/contacts/" + reference + "/actions/evidence-link", "note", "");
        String second = "http://localhost:" + port + evidenceLinks.lastPathFor(reference);
        clock.advance(Duration.ofDays(15));
        try (var context = support.browser().newContext(noScript)) {
            Page page = context.newPage();
            page.navigate(second);
            assertThat(page.locator("h1")).hasText("This link has expired");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check your report")))
                    .isVisible();
            look(page, check);
        }
    }

    /**
     * Issue 26: a reporter sends a message on /track from a phone, the officer holding the contact sees it unread in
     * My work and opens it (read, the count gone), replies; the reporter is sent a notice with the link and not the
     * words, and reads the reply after the code step.
     */
    @Test
    void aReporterSendsAMessageTheOfficerSeesItUnreadRepliesAndTheReporterReadsTheReplyAfterTheCode() {
        clock.advance(Duration.ofDays(1));
        String email = "jo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String reference = reportByEmail("Someone has been trying car door handles on our street at night.", email);
        var officer = staffAccounts.create("neighbourhood-north", StaffRole.OFFICER);
        jdbc.sql("UPDATE staff_account SET display_name = 'PC Jo Bloggs' WHERE username = :u")
                .param("u", officer.username()).update();
        var handler = new WebSession(port);
        staffAccounts.signIn(handler, staffAccounts.create(StaffRole.CONTACT_HANDLER), clock.instant());
        handler.get("/staff/contacts/" + reference + "/actions/allocate");
        handler.post("/staff/contacts/" + reference + "/actions/allocate", "officer", officer.username());
        String reply = "Thank you. I will look at the street camera footage on Thursday.";

        var check = support.accessibilityCheck(true);
        var phone = new Browser.NewContextOptions().setViewportSize(390, 844);
        try (var context = support.browser().newContext(phone)) {
            Page page = context.newPage();
            passCodeStep(page, reference, email);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send a message about your report")).click();
            assertThat(page.locator("h1")).hasText("Send a message about your report");
            look(page, check);
            page.getByLabel("Your message").fill("It happened again at 2am. My doorbell camera caught a man in a grey hood.");
            page.getByLabel("Upload photos, videos or documents (optional)")
                    .setInputFiles(new FilePayload("doorbell.png", "image/png", TestImages.png(60, 40)));
            button(page, "Send message");
            assertThat(page.locator(".govuk-notification-banner--success")).containsText("We have sent your message");
            assertThat(page.locator("[data-message=reporter]")).containsText("It happened again at 2am.");
            assertThat(page.locator("[data-message=reporter]")).containsText("doorbell.png");
            look(page, check);
        }

        try (var context = support.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            BrowserSupport.signIn(page, port, officer, officer.codeAt(clock.instant()));
            page.navigate("http://localhost:" + port + "/staff/contacts?view=mine");
            assertThat(page.locator("[data-unread=mine]")).hasText("1 unread");
            assertThat(page.locator("[data-unread-contact]")).hasText("1 unread");
            look(page, check);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
            assertThat(page.locator("h1")).hasText(reference);
            assertThat(page.locator("#conversation")).containsText("Messages with the reporter");
            assertThat(page.getByText("It happened again at 2am.")).isVisible();
            look(page, check);
            page.navigate("http://localhost:" + port + "/staff/contacts?view=mine");
            assertThat(page.locator("h1")).hasText("Contacts");
            assertThat(page.locator("[data-unread]")).hasCount(0); // read once its holder opened it
            assertThat(page.locator("[data-unread-contact]")).hasCount(0);
            look(page, check);
            page.navigate("http://localhost:" + port + "/staff/contacts/" + reference);
            assertThat(page.locator("[data-unread]")).hasCount(0);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reply to the reporter").setExact(true))
                    .click();
            assertThat(page.locator("h1")).containsText("Reply to the reporter");
            look(page, check);
            page.getByLabel("Your reply").fill(reply);
            button(page, "Send reply");
            assertThat(page.locator(".moj-banner, .govuk-notification-banner").first()).containsText("Reply sent");
            look(page, check);
        }

        // The notice has the link and never the words: in the outbox and in the dev mailbox
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messagesTo(email).stream()
                .anyMatch(mail -> mail.contains("You have a new message about")));
        String notice = mailbox.messagesTo(email).stream().filter(mail -> mail.contains("You have a new message about"))
                .findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThat(notice).contains("/track?ref=" + reference).doesNotContain("Thursday", "street camera", reply);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                        "SELECT body FROM message WHERE reference = :r AND kind = 'new-message'")
                .param("r", reference).query(String.class).list()).singleElement().asString()
                .doesNotContain("Thursday", "street camera");
        var link = Pattern.compile("/track\\?ref=[A-Z0-9-]+").matcher(notice);
        org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();

        try (var context = support.browser().newContext(phone)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + link.group());
            assertThat(page.getByLabel("Reference number")).hasValue(reference);
            page.getByLabel("The email address or phone number you gave us").fill(email);
            button(page, "Continue");
            page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                    .fill(codes.forReference(reference).getLast().code());
            button(page, "Continue");
            assertThat(page.locator("h1")).hasText("Your report");
            assertThat(page.locator("[data-message=staff]")).containsText(reply);
            assertThat(page.locator("[data-message=staff]")).containsText("PC Jo Bloggs wrote");
            assertThat(page.locator("body")).not().containsText(officer.username());
            page.locator("#conversation").scrollIntoViewIfNeeded();
            look(page, check);
        }
    }

    /** From /track to the report: the reference, the contact, the code. */
    private void passCodeStep(Page page, String reference, String contact) {
        page.navigate("http://localhost:" + port + "/track?ref=" + reference);
        page.getByLabel("The email address or phone number you gave us").fill(contact);
        button(page, "Continue");
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                .fill(codes.forReference(reference).getLast().code());
        button(page, "Continue");
        assertThat(page.locator("h1")).hasText("Your report");
    }

    private static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private int step;

    private void look(Page page, Consumer<Page> check) {
        check.accept(page);
        BrowserSupport.assertNoSidewaysScrolling(page);
        BrowserSupport.screenshot(page, "tracking", ++step);
    }

    /** A crime report whose reporter gave {@link #EMAIL} and asked to hear by email. */
    private String reportByEmail(String account) {
        return reportByEmail(account, EMAIL);
    }

    /** A crime report whose reporter gave this email address and asked to hear by email. */
    private String reportByEmail(String account, String email) {
        String reference = OnlineReports.crime(port, jdbc, account);
        jdbc.sql("""
                        UPDATE report SET reporter = CAST(:reporter AS jsonb)
                        WHERE id = (SELECT report_id FROM contact WHERE reference = :r)""")
                .param("reporter", """
                        {"name": "Robin Example", "email": "%s", "phone": null, "preference": "email",
                         "safety": null, "safeTimes": [], "anonymous": false}""".formatted(email))
                .param("r", reference).update();
        return reference;
    }
}
