package org.bluelamp.notify;

import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.MovableClock;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.SavedForLaterEventsForTests;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.staff.StaffRole;
import org.bluelamp.tracking.CodesForTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 21, hole 1: the outbox was a skeleton key. A member of the public asks for a code to check their report,
 * saves a report for later (a link, then a code), and gets the answer to a subject access request (a link, then a
 * code); an admin, a contact handler and a supervisor then read every outbox page and every one of those messages.
 * No code, link or token may appear on any page, nor stay in the database once the messages are delivered; the
 * admin sees no message's words at all. Each secret is taken as the person gets it: from the development mailbox,
 * or as the code the module sends.
 */
@BluelampTest
@Import(MovableClock.class)
class OutboxAttackTest {

    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([0-9a-f-]{36})\"");
    private static final Pattern DATA_REFERENCE = Pattern.compile("data-reference>(DSR-\\d{4}-\\d{4})<");
    private static final Pattern ANSWER_LINK = Pattern.compile("(/your-data/answer/[A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    StaffAccountsForTests staff;

    @Autowired
    CodesForTests codes;

    @Autowired
    SavedForLaterEventsForTests saved;

    @Autowired
    DevMailboxForTests mailbox;

    @Test
    void noCodeLinkOrTokenCanBeReadFromTheOutboxOrTheDatabase() {
        clock.advance(Duration.ofHours(2)); // a fresh window for the per-client limits
        String email = "victim-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var secrets = new ArrayList<String>();

        // 1. A report, then a code to check it.
        String reference = OnlineReports.crime(port, jdbc, "Someone took my bike from the shed.",
                CrimeJourneySteps.contactedBy(email, "", "email", "any-time"));
        jdbc.sql("""
                        UPDATE report SET reporter = CAST(:reporter AS jsonb)
                        WHERE id = (SELECT report_id FROM contact WHERE reference = :r)""")
                .param("reporter", """
                        {"name": "Alex Example", "email": "%s", "phone": null, "preference": "email",
                         "safety": null, "safeTimes": [], "anonymous": false}""".formatted(email))
                .param("r", reference).update();
        var tracker = new WebSession(port);
        tracker.get("/track");
        var asked = tracker.post("/track", "reference", reference, "contact", email);
        String trackCode = codes.forChallenge(UUID.fromString(matched(CHALLENGE, asked.body()))).getFirst().code();
        secrets.add(trackCode);

        // 2. A report saved for later: a link, and the code when the link is opened.
        var saver = new WebSession(port);
        saver.get("/report/crime");
        saver.post("/report/crime", "emergency", "no");
        saver.post("/report/crime/crime-type", "crime-type", "theft");
        saver.post("/report/crime/what-happened", "what-happened", "My bike again.", "save-for-later", "yes");
        saver.post("/report/crime/save-for-later", "send-by", "email", "email", email);
        String resumePath = saved.lastLinkTo(email).resumePath();
        secrets.add(resumePath.substring("/resume/".length()));
        var otherDevice = new WebSession(port);
        otherDevice.get(resumePath);
        otherDevice.post(resumePath);
        secrets.add(saved.lastCodeTo(email));

        // 3. A subject access request answered: the link from the person's mailbox, then its code.
        var requester = new WebSession(port);
        requester.get("/your-data");
        requester.post("/your-data/start");
        requester.post("/your-data/name", "fullName", "Jamie Link", "otherNames", "", "dob-day", "9", "dob-month",
                "9", "dob-year", "1990");
        requester.post("/your-data/contact", "email", email, "phone", "", "address", "", "postcode", "");
        requester.post("/your-data/what", "wants", "everything");
        requester.upload("/your-data/identity", "file", "licence.png", TestImages.png(6, 6), "identity", "upload");
        requester.post("/your-data/receive", "receive", "link", "address", "", "postcode", "");
        String request = matched(DATA_REFERENCE, requester.post("/your-data/check").body());
        var dpo = new WebSession(port);
        staff.signIn(dpo, staff.create(StaffRole.DATA_PROTECTION_OFFICER), clock.instant());
        dpo.get("/staff/data-requests/" + request);
        var today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
        dpo.post("/staff/data-requests/" + request + "/identity", "method", "checked-upload", "note", "",
                "received-day", String.valueOf(today.getDayOfMonth()), "received-month",
                String.valueOf(today.getMonthValue()), "received-year", String.valueOf(today.getYear()));
        assertThat(dpo.post("/staff/data-requests/" + request + "/release").body()).contains("Answer released");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messagesTo(email).stream()
                .anyMatch(mail -> ANSWER_LINK.matcher(mail).find()));
        String answerLink = mailbox.messagesTo(email).stream().filter(mail -> ANSWER_LINK.matcher(mail).find())
                .map(mail -> matched(ANSWER_LINK, mail)).findFirst().orElseThrow();
        secrets.add(answerLink.substring("/your-data/answer/".length()));
        requester.get(answerLink);
        var codePage = requester.post(answerLink + "/code");
        secrets.add(codes.forChallenge(UUID.fromString(matched(CHALLENGE, codePage.body()))).getLast().code());

        // Every message to the person is delivered, each with its real code or link, in their mailbox only.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM message WHERE recipient = :email AND status <> 'delivered'""")
                .param("email", email).query(Integer.class).single() == 0);
        var delivered = String.join("\n", mailbox.messagesTo(email));
        assertThat(delivered).as("the person got every code and link").contains(secrets);

        var messages = jdbc.sql("SELECT id::text AS id, kind FROM message WHERE recipient = :email")
                .param("email", email).query().listOfRows();
        assertThat(messages).extracting(row -> row.get("kind")).contains("acknowledgement", "tracking-code",
                "resume-link", "resume-code", "data-request-received", "data-request-answer", "data-answer-code");

        // The attack: staff who may open the outbox read every page of it.
        for (StaffRole role : List.of(StaffRole.ADMIN, StaffRole.CONTACT_HANDLER, StaffRole.SUPERVISOR,
                StaffRole.DATA_PROTECTION_OFFICER)) {
            var reader = new WebSession(port);
            staff.signIn(reader, staff.create(role), clock.instant());
            var list = reader.get("/staff/outbox");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).as("the list, for %s", role).contains("v•••@e•••.com").doesNotContain(email);
            assertNoSecret(list.body(), secrets, role + " reading the list");
            for (Map<String, Object> message : messages) {
                var page = reader.get("/staff/outbox/" + message.get("id"));
                assertThat(page.status()).isEqualTo(200);
                if (role == StaffRole.ADMIN) { // others who may see the contact read the report's copy, address and all
                    assertThat(page.body()).as("%s for the admin", message.get("kind")).doesNotContain(email);
                }
                assertNoSecret(page.body(), secrets, role + " reading " + message.get("kind"));
            }
        }

        // The admin sees no message's words; a handler who may open the contact reads the acknowledgement.
        String acknowledgement = messages.stream().filter(m -> "acknowledgement".equals(m.get("kind")))
                .map(m -> (String) m.get("id")).findFirst().orElseThrow();
        var admin = new WebSession(port);
        staff.signIn(admin, staff.create(StaffRole.ADMIN), clock.instant());
        assertThat(admin.get("/staff/outbox/" + acknowledgement).body())
                .contains("The words are shown only to staff who may see the report")
                .doesNotContain("Thank you for contacting", "Someone took my bike", reference);
        var handler = new WebSession(port);
        staff.signIn(handler, staff.create(StaffRole.CONTACT_HANDLER), clock.instant());
        assertThat(handler.get("/staff/outbox/" + acknowledgement).body())
                .contains("Thank you for contacting", reference);

        // Nothing in the database opens anything: the words keep only ((code)) and ((…Link)), the seals are gone.
        var stored = jdbc.sql("""
                        SELECT coalesce(subject, '') || ' ' || body AS words, secrets IS NULL AS unsealed
                        FROM message WHERE recipient = :email""")
                .param("email", email).query().listOfRows();
        assertThat(stored).allSatisfy(row -> {
            assertThat(row.get("unsealed")).isEqualTo(true);
            assertNoSecret((String) row.get("words"), secrets, "a stored message");
        });
        assertThat(stored).anySatisfy(row -> assertThat((String) row.get("words")).contains("((code))"));
    }

    private static void assertNoSecret(String text, List<String> secrets, String where) {
        for (String secret : secrets) {
            assertThat(Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(secret) + "(?![A-Za-z0-9_-])")
                    .matcher(text).find()).as("a code or token in %s", where).isFalse();
        }
    }

    private static String matched(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
