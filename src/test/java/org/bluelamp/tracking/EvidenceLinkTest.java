package org.bluelamp.tracking;

import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.notify.DevMailboxForTests;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.reporting.upload.TestVideos;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Send us your evidence" over HTTP, as a browser without JavaScript: staff send a one-time link, the person passes
 * the code step and uploads, and the link then, or once expired or replaced, opens nothing. The same configuration
 * as {@link TrackYourReportTest}, so the two share one application context.
 */
@BluelampTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"bluelamp.limits.actions.tracking-code.per-recipient=3",
        "bluelamp.limits.actions.tracking-code.per-client=8", "bluelamp.tracking.messages-per-day=3"})
@Import(MovableClock.class)
class EvidenceLinkTest {

    private static final String NOTE = "Photos of the damage to your car door, please";
    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([0-9a-f-]{36})\"");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+(/track/evidence/[A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CodesForTests codes;

    @Autowired
    EvidenceLinksForTests links;

    @Autowired
    DevMailboxForTests mailbox;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    FileStore store;

    private String email;

    @BeforeEach
    void freshWindowForTheLimitsAndAPerson() {
        clock.advance(Duration.ofHours(1));
        email = "evidence-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void staffSendALinkThePersonPassesTheCodeAndUploadsAndTheLinkThenWorksNoMore(CapturedOutput output) {
        String reference = reportWithContactDetails();
        var handler = handler();
        var form = handler.get("/staff/contacts/" + reference + "/actions/evidence-link");
        assertThat(form.body()).contains("Send a link to upload evidence", "What you would like them to send");
        var sent = handler.post("/staff/contacts/" + reference + "/actions/evidence-link", "note", NOTE);
        assertThat(sent.pathOnly()).as(sent.body()).isEqualTo("/staff/contacts/" + reference);
        assertThat(sent.body()).contains("Evidence link sent");

        // The message waits in the outbox with the link sealed, and reaches the person with it.
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messagesTo(email).stream()
                .anyMatch(mail -> LINK.matcher(mail).find()));
        var mail = mailbox.messagesTo(email).stream().filter(m -> LINK.matcher(m).find()).findFirst().orElseThrow();
        var found = LINK.matcher(mail);
        assertThat(found.find()).isTrue();
        String path = found.group(1);
        String token = path.substring("/track/evidence/".length());
        assertThat(mail).contains("Send us evidence about your report " + reference).doesNotContain(NOTE);
        var stored = jdbc.sql("SELECT id::text AS id, body FROM message WHERE reference = :r AND kind = 'evidence-link'")
                .param("r", reference).query().listOfRows();
        assertThat(stored).singleElement().satisfies(message ->
                assertThat((String) message.get("body")).contains("((evidenceLink))").doesNotContain(token));
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_link WHERE token_hash LIKE :t")
                .param("t", "%" + token + "%").query(Integer.class).single()).as("only the hash is kept").isZero();
        assertThat(handler.get("/staff/outbox").body()).doesNotContain(token);
        assertThat(handler.get("/staff/outbox/" + stored.getFirst().get("id")).body()).doesNotContain(token)
                .contains("The words are not shown");
        assertThat(handler.get("/staff/contacts/" + reference + "/timeline").body())
                .contains("Evidence link sent", NOTE).doesNotContain(token);

        // Opening the link sends nothing and shows nothing of the report until the code is passed.
        var person = new WebSession(port);
        var start = person.get(path);
        assertThat(start.body()).contains("Send us evidence about your report", "e•••@example.com")
                .doesNotContain(email, NOTE, reference);
        assertThat(codes.forReference(reference)).isEmpty();
        var codePage = person.post(path + "/code");
        assertThat(codePage.body()).contains("Enter the code we sent you", "e•••@example.com");
        String code = codes.forChallenge(challenge(codePage)).getFirst().code();
        var wrong = person.post("/track/code", "challenge", challenge(codePage).toString(), "contact", "e•••@example.com",
                "code", code.equals("000000") ? "111111" : "000000", "then", path);
        assertThat(wrong.body()).contains("The code is not right", "name=\"then\" value=\"" + path + "\"");
        var upload = person.post("/track/code", "challenge", challenge(codePage).toString(), "contact",
                "e•••@example.com", "code", code, "then", path);
        assertThat(upload.pathOnly()).isEqualTo(path);
        assertThat(upload.body()).contains("Send us your evidence", NOTE, reference, "Upload photos, videos or documents");

        var done = person.upload(path, "evidence", "door.png", TestImages.png(40, 30),
                "information", "The dent on the driver's door");
        assertThat(done.pathOnly()).isEqualTo("/track/evidence/sent");
        assertThat(done.body()).contains("Evidence sent", "We have added it to your report");

        var timeline = handler.get("/staff/contacts/" + reference + "/timeline").body();
        assertThat(timeline).contains("Evidence sent by the reporter", "door.png", "The dent on the driver");
        var staffReport = handler.get("/staff/contacts/" + reference + "/report").body();
        assertThat(Pattern.compile("/staff/contacts/" + reference + "/files/[0-9a-f-]{36}").matcher(staffReport).find())
                .as("the photo among the report's files").isTrue();
        assertThat(person.get("/track/report").body()).as("on the person's own page too").contains("You told us more");

        assertThat(person.get(path).body()).contains("This link has already been used");
        var again = person.upload(path, "evidence", "more.png", TestImages.png(40, 30), "information", "Another");
        assertThat(again.body()).contains("This link has already been used");
        assertThat(output.getAll()).doesNotContain(token).doesNotContain(code).doesNotContain(email);
    }

    @Test
    void aFileThatFailsTheChecksKeepsThePersonOnThePageWithAClearErrorAndTheLinkStillWorks() {
        String reference = reportWithContactDetails();
        sendLink(handler(), reference);
        String path = links.lastPathFor(reference);
        var person = passCode(path, reference);

        var noFile = person.upload(path, "evidence", "", new byte[0], "information", "Here you are");
        assertThat(noFile.path()).isEqualTo(path);
        assertThat(noFile.body()).contains("There is a problem", "Choose a file to upload", "Here you are");
        var nothing = person.upload(path, "evidence", "", new byte[0], "information", "");
        assertThat(nothing.body()).as("the files first, as on the page")
                .containsSubsequence("Choose a file to upload", "Enter what you are sending");
        var notAnImage = person.upload(path, "evidence", "door.png",
                "not really a picture".getBytes(StandardCharsets.UTF_8), "information", "Here you are");
        assertThat(notAnImage.path()).isEqualTo(path);
        assertThat(notAnImage.body()).contains("There is a problem", "door.png", NOTE);
        assertThat(jdbc.sql("SELECT used_at IS NULL FROM evidence_link WHERE report_id = "
                        + "(SELECT report_id FROM contact WHERE reference = :r)").param("r", reference)
                .query(Boolean.class).single()).as("nothing kept, not even the claim").isTrue();

        var done = person.upload(path, "evidence", "door.png", TestImages.png(40, 30), "information", "Here you are");
        assertThat(done.pathOnly()).isEqualTo("/track/evidence/sent");
    }

    /**
     * Issue 26: "dashcam footage after a collision". The platform takes video (a BSL message), so the link does too,
     * through the same checks (content sniffed, location stripped) with each kind's own size, and the page says so.
     */
    @Test
    void aDashcamVideoIsTakenThroughTheLinkWithTheSameChecksAsOtherVideosAndThePageSaysWhichFilesAndHowLarge()
            throws java.io.IOException {
        String reference = reportWithContactDetails();
        sendLink(handler(), reference);
        String path = links.lastPathFor(reference);
        var person = passCode(path, reference);
        assertThat(person.get(path).body()).contains("Upload photos, videos or documents",
                "Photos and documents must be a JPG, PNG or PDF and smaller than 10",
                "Videos must be MP4, MOV or WebM, and smaller than 200", "video/mp4");

        var fake = person.upload(path, "evidence", "dashcam.mp4", "not really a video".getBytes(StandardCharsets.UTF_8),
                "information", "From my dashcam");
        assertThat(fake.path()).isEqualTo(path);
        assertThat(fake.body()).contains("There is a problem", "The selected file dashcam.mp4 must be a JPG, PNG, PDF",
                "From my dashcam");

        byte[] video = TestVideos.quicktimeWithLocation(PLACE);
        var done = person.upload(path, "evidence", "dashcam.mov", video, "information", "The moment the van hit");
        assertThat(done.pathOnly()).as(done.body()).isEqualTo("/track/evidence/sent");
        var id = jdbc.sql("""
                        SELECT f.id FROM report_file f JOIN contact c ON c.report_id = f.report_id
                        WHERE c.reference = :r AND f.file_name = 'dashcam.mov'""").param("r", reference)
                .query(UUID.class).single();
        try (var kept = store.open(id).orElseThrow()) {
            assertThat(new String(kept.readAllBytes(), StandardCharsets.ISO_8859_1)).as("where it was made, gone")
                    .doesNotContain(PLACE);
        }
    }

    private static final String PLACE = "+52.6369-001.1398+062.000/";

    @Test
    void aSecondBrowserThatPassedTheCodeIsRefusedOnceTheFirstHasSent() {
        String reference = reportWithContactDetails();
        sendLink(handler(), reference);
        String path = links.lastPathFor(reference);
        var first = passCode(path, reference);
        var second = passCode(path, reference);

        assertThat(first.upload(path, "evidence", "a.png", TestImages.png(40, 30), "information", "First")
                .pathOnly()).isEqualTo("/track/evidence/sent");
        var refused = second.upload(path, "evidence", "b.png", TestImages.png(40, 30), "information", "Second");
        assertThat(refused.body()).contains("This link has already been used", "Call 101");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM contact_timeline t JOIN contact c ON c.id = t.contact_id
                        WHERE c.reference = :r AND t.kind = 'evidence-received'""").param("r", reference)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anExpiredLinkReadsTheSameAsOneThatNeverWasAndAReplacedOneSaysSo() {
        String reference = reportWithContactDetails();
        var handler = handler();
        sendLink(handler, reference);
        String replaced = links.lastPathFor(reference);
        sendLink(handler, reference);
        String newest = links.lastPathFor(reference);
        assertThat(newest).isNotEqualTo(replaced);

        var holder = new WebSession(port);
        assertThat(holder.get(replaced).body()).contains("This link has been replaced",
                "Use the link in the latest email or text message we sent you");
        assertThat(holder.get(newest).body()).contains("Send us evidence about your report");
        assertThat(holder.post(replaced + "/code").body()).as("no code for the old link")
                .contains("This link has been replaced");

        clock.advance(Duration.ofDays(14).plusMinutes(1));
        var expired = new WebSession(port).get(newest);
        assertThat(expired.status()).isEqualTo(200);
        assertThat(expired.body()).contains("This link has expired", "Check your report", "Call 101");
        var unknown = new WebSession(port).get("/track/evidence/" + "A".repeat(43));
        var misshapen = new WebSession(port).get("/track/evidence/not-a-link");
        assertThat(comparable(unknown.body())).isEqualTo(comparable(expired.body()))
                .isEqualTo(comparable(misshapen.body()));
    }

    @Test
    void staffCannotSendALinkForAnAnonymousReportAndAreToldWhy() {
        String reference = OnlineReports.crime(port, jdbc, "Somebody scratched my car in the car park.");
        jdbc.sql("""
                        UPDATE report SET reporter = CAST(:reporter AS jsonb)
                        WHERE id = (SELECT report_id FROM contact WHERE reference = :r)""")
                .param("reporter", """
                        {"name": null, "email": null, "phone": null, "preference": null,
                         "safety": null, "safeTimes": [], "anonymous": true}""")
                .param("r", reference).update();
        var handler = handler();
        var refused = handler.post("/staff/contacts/" + reference + "/actions/evidence-link", "note", NOTE);
        assertThat(refused.path()).isEqualTo("/staff/contacts/" + reference + "/actions/evidence-link");
        assertThat(refused.body()).contains("There is a problem",
                "This report is anonymous, so there is nobody to send a link to", NOTE);
        assertThat(jdbc.sql("SELECT count(*) FROM evidence_link l JOIN contact c ON c.id = l.contact_id "
                + "WHERE c.reference = :r").param("r", reference).query(Integer.class).single()).isZero();
    }

    private WebSession handler() {
        var handler = new WebSession(port);
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        handler.get("/staff/sign-in");
        handler.post("/staff/sign-in", "username", account.username(), "password", StaffAccountsForTests.PASSWORD);
        handler.post("/staff/sign-in/code", "code", account.codeAt(clock.instant()));
        return handler;
    }

    private static void sendLink(WebSession handler, String reference) {
        handler.get("/staff/contacts/" + reference + "/actions/evidence-link");
        var sent = handler.post("/staff/contacts/" + reference + "/actions/evidence-link", "note", NOTE);
        assertThat(sent.pathOnly()).as(sent.body()).isEqualTo("/staff/contacts/" + reference);
    }

    /** A new browser that opened the link and passed the code: it is on the upload page. */
    private WebSession passCode(String path, String reference) {
        var person = new WebSession(port);
        person.get(path);
        var codePage = person.post(path + "/code");
        var upload = person.post("/track/code", "challenge", challenge(codePage).toString(), "contact", "e",
                "code", codes.forChallenge(challenge(codePage)).getFirst().code(), "then", path);
        assertThat(upload.pathOnly()).isEqualTo(path);
        assertThat(upload.body()).contains(reference, NOTE);
        return person;
    }

    /** A crime report whose reporter gave an email and a mobile (as report submission will store them). */
    private String reportWithContactDetails() {
        String reference = OnlineReports.crime(port, jdbc, "Someone reversed into my car outside the shop.");
        jdbc.sql("""
                        UPDATE report SET reporter = CAST(:reporter AS jsonb)
                        WHERE id = (SELECT report_id FROM contact WHERE reference = :r)""")
                .param("reporter", """
                        {"name": "Eve Example", "email": "%s", "phone": "+447700900983", "preference": "email",
                         "safety": null, "safeTimes": [], "anonymous": false}""".formatted(email))
                .param("r", reference).update();
        return reference;
    }

    private static UUID challenge(WebSession.Page page) {
        var matcher = CHALLENGE.matcher(page.body());
        assertThat(matcher.find()).as("a challenge on the page").isTrue();
        return UUID.fromString(matcher.group(1));
    }

    /** The page without what differs anyway: the CSRF token, and the address itself (in the language link). */
    private static String comparable(String body) {
        return body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"…\"")
                .replaceAll("/track/evidence/[^\"?]*", "/track/evidence/…");
    }
}
