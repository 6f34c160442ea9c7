package org.bluelamp.relay.message;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.reporting.upload.TestVideos;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Deaf person sends a BSL video message and gets a reference at once; it opens a contact on its own channel and
 * waits in the interpreters' queue, oldest first, until an interpreter plays it (recorded on the contact's timeline)
 * and saves its translation there.
 */
@BluelampTest
class BslVideoMessageTest {

    private static final String SERVICE = "/report/bsl-video-message";
    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    FileStore store;

    @Test
    void theStartPageSaysWhatHappensAndWhenTheRelayIsOpen() {
        var page = new WebSession(port).get("/bsl/message");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Send us a BSL video message", "href=\"/report/bsl-video-message\"",
                "You get a reference number at once.", "The relay is open 8am to midnight, every day.",
                "use 999 BSL");
        var headers = new WebSession(port).raw("/report/bsl-video-message").headers();
        assertThat(headers.firstValue("Permissions-Policy")).as("the camera, for this site's recording only")
                .hasValue("camera=(self), microphone=(), geolocation=()");
        assertThat(new WebSession(port).raw("/report/crime").headers().firstValue("Permissions-Policy"))
                .as("no camera for other reports").hasValue("camera=(), microphone=(), geolocation=()");
        assertThat(headers.firstValue("Content-Security-Policy")).as("a recording is previewed from memory")
                .hasValueSatisfying(policy -> assertThat(policy).contains("media-src 'self' blob:", "script-src 'self'"));
        assertThat(new WebSession(port).get("/report").body()).as("listed with the other reports")
                .contains("href=\"/report/bsl-video-message\"", "Send us a BSL video message");
    }

    @Test
    void aPhotoNamedAsAVideoIsRefusedWithAClearMessage() {
        var session = new WebSession(port);
        session.get(SERVICE);
        var page = session.post(SERVICE, "emergency", "no");
        assertThat(page.path()).isEqualTo(SERVICE + "/video");
        assertThat(page.body()).contains("The video must be MP4, MOV or WebM, and smaller than 200 MB.",
                "accept=\"video/*,", "capture=\"user\"", "data-recorder-for=\"video\"");

        var refused = session.upload(SERVICE + "/video", "video", "message.mp4", TestImages.png(20, 20),
                "action", "continue");
        assertThat(refused.path()).isEqualTo(SERVICE + "/video");
        assertThat(refused.body()).contains("govuk-error-summary", "href=\"#video\"",
                "The selected file message.mp4 must be a video: MP4, MOV or WebM");
        assertThat(session.upload(SERVICE + "/video", "video", "message.webm", new byte[0], "action", "continue").body())
                .contains("The selected file message.webm is empty");
    }

    @Test
    void aVideoLargerThanAPhotoMayBeIsKeptWholeAsItCame() throws Exception {
        byte[] video = TestVideos.webm(12 * 1024 * 1024); // over the 10 MB a photo may be
        var session = new WebSession(port);
        session.get(SERVICE);
        session.post(SERVICE, "emergency", "no");
        var page = session.upload(SERVICE + "/video", "video", "long-message.webm", video, "action", "continue");
        assertThat(page.path()).isEqualTo(SERVICE + "/your-name");

        var row = jdbc.sql("SELECT id, size_bytes, sha256 FROM report_file WHERE file_name = 'long-message.webm'")
                .query().listOfRows().getLast();
        assertThat(row).containsEntry("size_bytes", (long) video.length).containsEntry("sha256",
                java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(video)));
        try (var kept = store.open((java.util.UUID) row.get("id")).orElseThrow()) {
            assertThat(kept.readAllBytes()).isEqualTo(video);
        }
    }

    @Test
    void sendingAMessageGivesAReferenceAndOpensAContactOnItsOwnChannel() {
        String reference = send(new WebSession(port), "Sam Signer");

        var report = jdbc.sql("SELECT id, channel, service_id FROM report WHERE reference = :r").param("r", reference)
                .query().singleRow();
        assertThat(report).containsEntry("channel", "bsl-video-message").containsEntry("service_id", "bsl-video-message");
        assertThat(jdbc.sql("SELECT kind, file_name FROM report_file WHERE report_id = :id").param("id", report.get("id"))
                .query().listOfRows()).containsExactly(Map.of("kind", "WEBM", "file_name", "bsl-message.webm"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT channel, queue FROM contact WHERE reference = :r").param("r", reference)
                    .query().singleRow()).containsEntry("channel", "bsl-video-message")
                    .containsEntry("queue", "contact-management");
            assertThat(jdbc.sql("SELECT translated_at IS NULL FROM bsl_video_message WHERE reference = :r")
                    .param("r", reference).query(Boolean.class).single()).as("waiting for an interpreter").isTrue();
        });
    }

    @Test
    void interpretersSeeTheOldestFirstPlayItOnTheRecordAndSaveTheTranslationOnTheTimeline() {
        var older = send(new WebSession(port), "First Person");
        var newer = send(new WebSession(port), "Second Person");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM bsl_video_message m JOIN contact c ON c.reference = m.reference
                        WHERE m.reference IN (:refs)""").param("refs", List.of(older, newer))
                .query(Integer.class).single() == 2);

        var interpreter = new WebSession(port);
        var account = staffAccounts.signedIn(interpreter, StaffRole.INTERPRETER);
        assertThat(interpreter.get("/staff").body()).as("linked from the staff home")
                .contains("href=\"/staff/relay/messages\"", "BSL video messages waiting for a translation");
        var queue = interpreter.get("/staff/relay/messages");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("BSL video messages", "Waiting for");
        assertThat(queue.body().indexOf(older)).as("oldest first").isPositive()
                .isLessThan(queue.body().indexOf(newer));
        assertThat(queue.body()).as("no personal data in the queue").doesNotContain("First Person");

        var message = interpreter.get("/staff/relay/messages/" + older);
        assertThat(message.body()).contains("BSL video message " + older,
                "<video class=\"bluelamp-video\" controls preload=\"none\" src=\"/staff/relay/messages/" + older + "/video\"");
        var video = interpreter.download("/staff/relay/messages/" + older + "/video");
        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.headers().firstValue("Content-Type")).hasValue("video/webm");
        assertThat(video.body()).isEqualTo(TestVideos.webm());
        assertThat(timeline(older)).contains(Map.of("actor", account.username(), "kind", "viewed",
                "details", "{\"page\": \"bsl-video\"}"));

        var blank = interpreter.post("/staff/relay/messages/" + older + "/translation", "translation", "  ");
        assertThat(blank.body()).contains("govuk-error-summary", "href=\"#translation\"", "Enter the translation");

        var saved = interpreter.post("/staff/relay/messages/" + older + "/translation", "translation",
                "Someone damaged my car last night.\r\nPlease email me.");
        assertThat(saved.pathOnly()).isEqualTo("/staff/relay/messages");
        assertThat(saved.body()).contains("Translation saved", "The translation of " + older);
        assertThat(saved.body()).as("out of the queue").doesNotContain("href=\"/staff/relay/messages/" + older + "\"")
                .contains("href=\"/staff/relay/messages/" + newer + "\"");
        assertThat(timeline(older)).contains(Map.of("actor", account.username(), "kind", "bsl-translated",
                "details", "{\"translation\": \"Someone damaged my car last night.\\nPlease email me.\"}"));
        assertThat(interpreter.get("/staff/relay/messages/" + older).body())
                .contains("Translated by", account.username()).doesNotContain("Save translation");
        assertThat(interpreter.post("/staff/relay/messages/" + older + "/translation", "translation", "Again").body())
                .contains("Someone else has already saved a translation of this message");

        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        assertThat(handler.get("/staff/contacts/" + older + "/timeline").body())
                .contains("BSL video message translated", "Someone damaged my car last night.",
                        "The BSL video message (played)");
    }

    @Test
    void onlyStaffWhoWorkTheRelaySeeTheMessages() {
        var admin = new WebSession(port);
        staffAccounts.signedIn(admin, StaffRole.ADMIN);
        assertThat(admin.get("/staff/relay/messages").status()).isEqualTo(403);
        assertThat(new WebSession(port).get("/staff/relay/messages").pathOnly()).isEqualTo("/staff/sign-in");
        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        assertThat(handler.get("/staff/relay/messages").status()).isEqualTo(200);
        assertThat(handler.get("/staff/relay/messages/LP-7K3-M9Q-TXC").status()).isEqualTo(404);
    }

    @Test
    void anEmergencyLeadsWith999BslNotACall() {
        var session = new WebSession(port);
        session.get(SERVICE);
        var page = session.post(SERVICE, "emergency", "yes");
        assertThat(page.path()).isEqualTo("/report/emergency?from=bsl-video-message");
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-xl\">Use 999 BSL now</h1>",
                "href=\"https://999bsl.co.uk\"", "Go to 999 BSL", "go back to your BSL video message")
                .doesNotContain("Call 999 now");
        assertThat(page.body().indexOf("999bsl.co.uk")).isLessThan(page.body().indexOf("Call 999 and ask"));
    }

    @Test
    void aDeafPersonCanAskForAReplyInBslAndSayItIsNotSafeToContactThem() {
        var session = new WebSession(port);
        session.get(SERVICE);
        session.post(SERVICE, "emergency", "no");
        session.upload(SERVICE + "/video", "video", "bsl-message.webm", TestVideos.webm(), "action", "continue");
        var page = session.post(SERVICE + "/your-name", "your-name", "Robin Signer");
        assertThat(page.body()).contains("A video message in British Sign Language (BSL)", "A BSL video call",
                "A visit from an officer who signs");

        // Text chosen, then only an email given: an error on the details page, with what was typed kept
        page = session.post(page.path(), "preferred-contact", "text");
        var details = page.path();
        page = session.post(details, "contact-details-email", "robin@example.com", "contact-details-phone", "");
        assertThat(page.path()).isEqualTo(details);
        assertThat(page.body()).contains("<title>Error:", "There is a problem", "href=\"#contact-details-phone\"",
                "Enter a UK mobile number, because you asked us to contact you by text message",
                "value=\"robin@example.com\"");

        page = session.post(SERVICE + "/preferred-contact", "preferred-contact", "bsl-video");
        page = session.post(page.path(), "contact-details-email", "robin@example.com", "contact-details-phone", "");
        assertThat(page.body()).contains("No, it is not safe");
        page = session.post(page.path(), "safe-to-contact", "no", "safe-to-contact-no-detail", "Only through my sister");
        assertThat(page.path()).isEqualTo(SERVICE + "/check-answers");
        assertThat(page.body()).contains("A video message in British Sign Language (BSL)", "No, it is not safe");
        page = session.post(SERVICE + "/submit", "declaration", "accepted");
        var reference = REFERENCE.matcher(page.body());
        assertThat(reference.find()).isTrue();

        var stored = jdbc.sql("SELECT reporter::text FROM report WHERE reference = :r")
                .param("r", reference.group(1)).query(String.class).single();
        assertThat(stored).contains("\"preference\": \"bsl-video\"", "\"safety\": \"no\"");
    }

    /** The public journey, with a video recorded in the browser; the reference from the confirmation. */
    private static String send(WebSession session, String name) {
        session.get(SERVICE);
        session.post(SERVICE, "emergency", "no");
        var page = session.upload(SERVICE + "/video", "video", "bsl-message.webm", TestVideos.webm(),
                "action", "continue");
        assertThat(page.path()).isEqualTo(SERVICE + "/your-name");
        page = session.post(SERVICE + "/your-name", "your-name", name);
        page = session.post(page.path(), "preferred-contact", "email");
        page = session.post(page.path(), "contact-details-email", "sam@example.com", "contact-details-phone", "",
                "action", "continue");
        page = session.post(page.path(), "safe-to-contact", "any-time");
        assertThat(page.path()).isEqualTo(SERVICE + "/check-answers");
        assertThat(page.body()).contains("bsl-message.webm (WebM,");
        page = session.post(SERVICE + "/submit", "declaration", "accepted");
        assertThat(page.path()).isEqualTo(SERVICE + "/confirmation");
        assertThat(page.body()).contains("Report sent", "An interpreter will watch your video",
                "The relay is open 8am to midnight, every day.");
        var reference = REFERENCE.matcher(page.body());
        assertThat(reference.find()).isTrue();
        return reference.group(1);
    }

    private List<Map<String, Object>> timeline(String reference) {
        return jdbc.sql("""
                        SELECT t.actor, t.kind, t.details::text AS details FROM contact_timeline t
                        JOIN contact c ON c.id = t.contact_id WHERE c.reference = :r ORDER BY t.id""")
                .param("r", reference).query().listOfRows();
    }
}
