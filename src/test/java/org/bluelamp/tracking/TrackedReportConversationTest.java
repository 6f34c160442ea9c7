package org.bluelamp.tracking;

import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.MovableClock;
import org.bluelamp.TestClock;
import org.springframework.context.annotation.Import;
import org.bluelamp.WebSession;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.upload.TestImages;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reporter and staff on a tracked report, over HTTP: answering our question and adding information, the
 * conversation (messages, replies, the notice without the words, the day's limit, access), and what the report page
 * tells of our decisions. Shares {@link TrackYourReportTest}'s configuration and context.
 */
@BluelampTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"bluelamp.limits.actions.tracking-code.per-recipient=3",
        "bluelamp.limits.actions.tracking-code.per-client=8", "bluelamp.tracking.messages-per-day=3"})
@Import(MovableClock.class)
class TrackedReportConversationTest extends TrackedReportTests {

    @Test
    void theReporterAnswersOurQuestionAndAddsAPhotoAndStaffSeeBoth(CapturedOutput output) {
        String reference = reportWithContactDetails("My phone was taken from my bag on the bus.");
        var handler = new WebSession(port);
        var account = staffAccounts.create(StaffRole.CONTACT_HANDLER);
        signIn(handler, account);
        handler.get("/staff/contacts/" + reference + "/actions/request-information");
        var asked = handler.post("/staff/contacts/" + reference + "/actions/request-information",
                "question", "Which bus route were you on?");
        assertThat(asked.pathOnly()).as(asked.body()).isEqualTo("/staff/contacts/" + reference);

        var reporter = new WebSession(port);
        var start = reporter.get("/track?ref=" + reference);
        assertThat(start.body()).contains("value=\"" + reference + "\"");
        var codePage = reporter.post("/track", "reference", reference, "contact", EMAIL);
        String code = codes.forChallenge(challenge(codePage)).getFirst().code();
        var report = reporter.post("/track/code", "challenge", challenge(codePage).toString(), "contact", EMAIL,
                "code", code);

        assertThat(report.pathOnly()).isEqualTo("/track/report");
        assertThat(report.body()).contains(reference, "We need more information", "Which bus route were you on?",
                "We received your report", "We asked you for more information")
                .doesNotContain(account.username(), "Assessed", "risk");
        assertThat(reporter.cookie(AccessCookie.NAME)).isNotBlank();
        assertThat(reporter.cookie("bluelamp_staff_session")).as("the public have no session").isNull();
        assertThat(reporter.cookie("JSESSIONID")).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_access").query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT token_hash FROM tracking_access").query(String.class).list())
                .doesNotContain(reporter.cookie(AccessCookie.NAME));

        String requestId = jdbc.sql("""
                        SELECT r.id FROM information_request r JOIN contact c ON c.id = r.contact_id
                        WHERE c.reference = :r""").param("r", reference).query(String.class).single();
        var answerPage = reporter.get("/track/report/add?request=" + requestId);
        assertThat(answerPage.body()).contains("Answer our question", "Which bus route were you on?");
        var blank = reporter.upload("/track/report/add", "evidence", "", new byte[0], "request", requestId,
                "information", "");
        assertThat(blank.body()).contains("There is a problem", "Enter what you would like to tell us");
        var answered = reporter.upload("/track/report/add", "evidence", "ticket.png", TestImages.png(40, 30),
                "request", requestId, "information", "The number 14, about 8am");
        assertThat(answered.pathOnly()).isEqualTo("/track/report");
        assertThat(answered.body()).contains("We have added what you sent", "You answered our question",
                "The number 14, about 8am", "Being looked at");

        assertThat(jdbc.sql("SELECT status FROM contact WHERE reference = :r").param("r", reference)
                .query(String.class).single()).as("back in the handler's queue").isEqualTo("in-progress");
        var timeline = handler.get("/staff/contacts/" + reference + "/timeline").body();
        assertThat(timeline).contains("Answer recorded", "by the reporter, online", "The number 14, about 8am",
                "ticket.png");
        var staffReport = handler.get("/staff/contacts/" + reference + "/report").body();
        var file = Pattern.compile("/staff/contacts/" + reference + "/files/([0-9a-f-]{36})").matcher(staffReport);
        assertThat(file.find()).as("the photo among the report's files").isTrue();
        assertThat(handler.download("/staff/contacts/" + reference + "/files/" + file.group(1)).statusCode())
                .isEqualTo(200);

        reporter.get("/track/report/add");
        reporter.upload("/track/report/add", "evidence", "", new byte[0], "request", "",
                "information", "I have remembered the driver's name was on a badge");
        assertThat(handler.get("/staff/contacts/" + reference + "/timeline").body())
                .contains("Information added by the reporter", "driver");

        assertThat(output.getAll()).doesNotContain(code).doesNotContain(EMAIL);
    }

    @Test
    void theReporterSendsAMessageTheOfficerReadsItAndRepliesAndTheReporterIsToldButNotTheWords() {
        String reference = reportWithContactDetails("Someone keeps ringing my doorbell at night and running off.");
        var officer = staffAccounts.create("neighbourhood-north", StaffRole.OFFICER);
        var teammate = staffAccounts.create("neighbourhood-north", StaffRole.OFFICER);
        jdbc.sql("UPDATE staff_account SET display_name = 'PC Jo Bloggs' WHERE username = :u")
                .param("u", officer.username()).update();
        var handler = new WebSession(port);
        signIn(handler, staffAccounts.create(StaffRole.CONTACT_HANDLER));
        handler.get("/staff/contacts/" + reference + "/actions/allocate");
        handler.post("/staff/contacts/" + reference + "/actions/allocate", "officer", officer.username());

        var reporter = signedInReporter(reference);
        var report = reporter.get("/track/report");
        assertThat(report.body()).contains("Messages about your report", "There are no messages yet",
                "href=\"/track/report/message\"");
        var form = reporter.get("/track/report/message");
        assertThat(form.body()).contains("Send a message about your report", "We aim to reply within 5 working days",
                "Your message", "Upload photos, videos or documents (optional)");
        var sentAt = clock.instant();
        var sent = reporter.upload("/track/report/message", "evidence", "doorbell.png", TestImages.png(40, 30),
                "information", "It happened again at 2am.\nI have a photo from my doorbell camera.");
        assertThat(sent.pathOnly()).as(sent.body()).isEqualTo("/track/report");
        assertThat(sent.body()).contains("Message sent", "You wrote", "It happened again at 2am.", "doorbell.png");
        var answeredBy = clock.instant(); // the test clock runs on: the message was taken between the two

        var contact = jdbc.sql("SELECT id, reply_due FROM contact WHERE reference = :r").param("r", reference)
                .query((rs, row) -> java.util.Map.of("id", rs.getObject("id"),
                        "due", rs.getTimestamp("reply_due").toInstant())).single();
        var due = (java.time.Instant) contact.get("due");
        assertThat(due).as("5 working days ahead, with the weekend between").isBetween(
                clocks.workingDays().plusWorkingDays(sentAt, 5).truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                clocks.workingDays().plusWorkingDays(answeredBy, 5))
                .isAfterOrEqualTo(sentAt.plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(jdbc.sql("SELECT count(*) FROM report_file f JOIN contact c ON c.report_id = f.report_id "
                        + "WHERE c.reference = :r AND f.file_name = 'doorbell.png'").param("r", reference)
                .query(Integer.class).single()).as("the photo kept with the report's files").isOne();

        var officerSession = new WebSession(port);
        signIn(officerSession, officer);
        assertThat(officerSession.get("/staff/contacts?view=mine").body())
                .contains("data-unread=\"mine\"", "1 unread", "data-unread-contact");
        var team = new WebSession(port);
        signIn(team, teammate);
        assertThat(team.get("/staff/contacts?view=team").body()).contains("data-unread=\"team\"", "1 unread");
        assertThat(team.get("/staff/contacts/" + reference).body()).as("a teammate's look leaves it unread")
                .contains("Messages with the reporter", "1 unread");

        var opened = officerSession.get("/staff/contacts/" + reference).body();
        assertThat(opened).contains("Messages with the reporter", "It happened again at 2am.", "doorbell.png",
                "New", "1 unread", "<th scope=\"row\" class=\"govuk-table__header\">Reply to the reporter’s message</th>",
                "A reply is due by " + languageTexts.dates(org.bluelamp.platform.language.Language.ENGLISH)
                        .dateAndTime(due));
        assertThat(officerSession.get("/staff/contacts?view=mine").body()).as("read once opened by its holder")
                .doesNotContain("data-unread");
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE actor = :a AND record_ref = :r")
                .param("a", officer.username()).param("r", reference).query(Integer.class).single())
                .as("the officer's read is in the access log").isPositive();
        assertThat(officerSession.get("/staff/contacts/" + reference + "/timeline").body())
                .contains("Message from the reporter", "It happened again at 2am.");

        var blankReply = officerSession.post("/staff/contacts/" + reference + "/actions/reply", "message", " ");
        assertThat(blankReply.body()).contains("Enter your reply", "It happened again at 2am.")
                .doesNotContain("data-unreachable");
        var replied = officerSession.post("/staff/contacts/" + reference + "/actions/reply",
                "message", "Thank you. I will call round on Thursday to look at the footage.");
        assertThat(replied.pathOnly()).as(replied.body()).isEqualTo("/staff/contacts/" + reference);
        assertThat(replied.body()).contains("Reply sent");
        assertThat(jdbc.sql("SELECT reply_due FROM contact WHERE reference = :r").param("r", reference)
                .query((rs, row) -> java.util.Optional.ofNullable(rs.getTimestamp(1))).single())
                .as("the reply stops the clock").isEmpty();

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(jdbc.sql("SELECT channel, recipient, body FROM message WHERE reference = :r "
                                + "AND kind = 'new-message'").param("r", reference)
                        .query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list())
                        .singleElement().satisfies(notice -> assertThat(notice)
                                .startsWith("email|" + EMAIL + "|").contains("You have a new message about your report",
                                        "/track?ref=" + reference)
                                .doesNotContain("Thursday", "footage")));

        var afterReply = reporter.get("/track/report").body();
        assertThat(afterReply).contains("Thank you. I will call round on Thursday to look at the footage.",
                "PC Jo Bloggs wrote").doesNotContain(officer.username(), StaffAccountsForTests.email(officer.username()));
        assertThat(afterReply.indexOf("It happened again")).as("newest last")
                .isLessThan(afterReply.indexOf("call round on Thursday"));
        assertThat(reporter.get("/track/report?lang=cy").body()).contains("Negeseuon am eich adroddiad",
                "Ysgrifennoch chi", "call round on Thursday");
    }

    @Test
    void aReportMaySendOnlySoManyMessagesADayAndEachIsBoundedAndKeptWhenWrong() {
        String reference = reportWithContactDetails("Kids keep throwing stones at my windows.");
        var reporter = signedInReporter(reference);
        reporter.get("/track/report/message");

        var blank = reporter.upload("/track/report/message", "evidence", "", new byte[0], "information", "  ");
        assertThat(blank.body()).contains("There is a problem", "Enter your message", "href=\"#information\"");
        String tooLong = "a".repeat(2001);
        var long_ = reporter.upload("/track/report/message", "evidence", "", new byte[0], "information", tooLong);
        assertThat(long_.body()).contains("Your message must be 2,000 characters or fewer", tooLong);
        var badFile = reporter.upload("/track/report/message", "evidence", "notes.exe", "MZ not a picture".getBytes(),
                "information", "Here is what they shouted.");
        assertThat(badFile.body()).contains("There is a problem", "Here is what they shouted.");
        assertThat(jdbc.sql("SELECT count(*) FROM contact_message m JOIN contact c ON c.id = m.contact_id "
                + "WHERE c.reference = :r").param("r", reference).query(Integer.class).single()).isZero();

        for (int i = 1; i <= 3; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(reporter.upload("/track/report/message", "evidence", "", new byte[0], "information",
                    "Message number " + i).pathOnly()).isEqualTo("/track/report");
        }
        var fourth = reporter.upload("/track/report/message", "evidence", "", new byte[0], "information",
                "One more thing");
        assertThat(fourth.status()).isEqualTo(200);
        assertThat(fourth.body()).contains("You have sent 3 messages about this report in the last 24 hours",
                "You can send another message from").doesNotContain("Message sent");
        assertThat(reporter.get("/track/report/message").body()).contains("You can send another message from")
                .doesNotContain("type=\"file\"");
        assertThat(jdbc.sql("SELECT count(*) FROM contact_message m JOIN contact c ON c.id = m.contact_id "
                + "WHERE c.reference = :r").param("r", reference).query(Integer.class).single()).isEqualTo(3);

        clock.advance(Duration.ofHours(24).minusMinutes(15));
        var nextDay = signedInReporter(reference);
        nextDay.get("/track/report/message");
        assertThat(nextDay.upload("/track/report/message", "evidence", "", new byte[0], "information",
                "The next day").pathOnly()).as("the first of the day's messages is a day old").isEqualTo("/track/report");
    }

    /** Issue 26: the errors of "tell us more" and of a message come from messages, so a Welsh page shows Welsh. */
    @Test
    void theErrorsOfTellUsMoreAndOfAMessageAreInWelshOnAWelshPage() {
        String reference = reportWithContactDetails("Someone keeps parking across my drive.");
        var reporter = signedInReporter(reference);
        var welshForm = reporter.get("/track/report/add?lang=cy").body();
        assertThat(welshForm).contains("<html lang=\"cy\"", "Ychwanegu gwybodaeth at eich adroddiad",
                "Beth hoffech chi ei ddweud wrthym?", "Uwchlwytho lluniau, fideos neu ddogfennau (dewisol)")
                .doesNotContain("What would you like to tell us?", "Add information to your report");

        var blank = reporter.upload("/track/report/add", "evidence", "", new byte[0], "request", "", "information", " ");
        assertThat(blank.body()).contains("Mae problem wedi codi", "Rhowch beth hoffech chi ei ddweud wrthym")
                .doesNotContain("Enter what you would like to tell us");
        String tooLong = "b".repeat(2001);
        var long_ = reporter.upload("/track/report/add", "evidence", "", new byte[0], "request", "",
                "information", tooLong);
        assertThat(long_.body()).contains("ysgrifennwch 2,000 nod neu lai", tooLong).doesNotContain("Information must");
        var markup = reporter.upload("/track/report/add", "evidence", "", new byte[0], "request", "",
                "information", "He said <script>alert(1)</script>");
        assertThat(markup.body()).contains("peidiwch â chynnwys cod cyfrifiadur").doesNotContain("Information must");

        reporter.get("/track/report/message");
        var message = reporter.upload("/track/report/message", "evidence", "", new byte[0],
                "information", "They wrote <b>this</b> on my car");
        assertThat(message.body()).contains("Mae problem wedi codi", "peidiwch â chynnwys cod cyfrifiadur")
                .doesNotContain("must not contain computer code");
        reporter.get("/track/report/add?lang=en");
        var english = reporter.upload("/track/report/add", "evidence", "", new byte[0], "request", "",
                "information", "");
        assertThat(english.body()).contains("Enter what you would like to tell us");
    }

    @Test
    void aReplyToSomeoneItIsNotSafeToContactIsShownOnlineAndSendsNothingAndStaffAreToldSo() {
        String reference = reportWithContactDetails("Someone I live with took my bank card.");
        jdbc.sql("""
                        UPDATE report SET reporter = jsonb_set(reporter, '{safety}', '"no"')
                        WHERE id = (SELECT report_id FROM contact WHERE reference = :r)""")
                .param("r", reference).update();
        var reporter = signedInReporter(reference);
        reporter.get("/track/report/message");
        reporter.upload("/track/report/message", "evidence", "", new byte[0], "information", "Please do not ring me");
        var handler = new WebSession(port);
        signIn(handler, staffAccounts.create(StaffRole.CONTACT_HANDLER));

        assertThat(handler.get("/staff/contacts/" + reference + "/actions/reply").body())
                .contains("data-unreachable", "The reporter cannot be sent a message");
        handler.post("/staff/contacts/" + reference + "/actions/reply", "message", "We will not ring you.");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM event_publication
                        WHERE completion_date IS NULL AND serialized_event LIKE :r""")
                .param("r", "%" + reference + "%").query(Integer.class).single() == 0);
        assertThat(jdbc.sql("SELECT count(*) FROM message WHERE reference = :r AND kind = 'new-message'")
                .param("r", reference).query(Integer.class).single()).isZero();
        assertThat(reporter.get("/track/report").body()).contains("We will not ring you.");
    }

    @Test
    void anotherReportsAccessCannotReadOrWriteInThisConversation() {
        String mine = reportWithContactDetails("My bike was stolen from the station.");
        String theirs = reportWithContactDetails("My neighbour's dog was let out of the garden.");
        var owner = signedInReporter(mine);
        owner.get("/track/report/message");
        owner.upload("/track/report/message", "evidence", "", new byte[0], "information", "The lock was cut");

        var other = signedInReporter(theirs);
        var theirPage = other.get("/track/report").body();
        assertThat(theirPage).doesNotContain("The lock was cut").contains("There are no messages yet");
        other.get("/track/report/message");
        other.upload("/track/report/message", "evidence", "", new byte[0], "information", "Written by the other");
        assertThat(owner.get("/track/report").body()).contains("The lock was cut")
                .doesNotContain("Written by the other");
        var stranger = new WebSession(port);
        assertThat(stranger.get("/track/report/message").pathOnly()).isEqualTo("/track");
        assertThat(jdbc.sql("SELECT count(*) FROM contact_message m JOIN contact c ON c.id = m.contact_id "
                + "WHERE c.reference = :r").param("r", mine).query(Integer.class).single()).isOne();
    }

    @Test
    void theReporterIsToldOfTheDecisionTheAllocationAndTheOutcomeButNotWhoOrAnythingInternal() {
        String reference = reportWithContactDetails("Someone broke into my car and took my satnav.");
        var handler = new WebSession(port);
        signIn(handler, staffAccounts.create(StaffRole.CONTACT_HANDLER));
        handler.get("/staff/contacts/" + reference + "/actions/crime-decision");
        handler.post("/staff/contacts/" + reference + "/actions/crime-decision", "decision", "recorded",
                "classification", "45");
        var officer = staffAccounts.create("neighbourhood-north", StaffRole.OFFICER);
        // The officer is named by their display name (which for test accounts holds the username): see below
        named(officer, "PC Jo Bright");
        handler.get("/staff/contacts/" + reference + "/actions/allocate");
        handler.post("/staff/contacts/" + reference + "/actions/allocate", "officer", officer.username());

        var reporter = signedInReporter(reference);
        assertThat(reporter.get("/track/report").body()).contains("With an officer", "Your report is with an officer",
                "We recorded a crime").doesNotContain(officer.username(), "neighbourhood-north", "Theft from a vehicle");

        var officerSession = new WebSession(port);
        signIn(officerSession, officer);
        officerSession.get("/staff/contacts/" + reference + "/actions/close");
        officerSession.post("/staff/contacts/" + reference + "/actions/close",
                "outcome", "We found your satnav and will return it.", "closingCategory", "Crime");
        assertThat(reporter.get("/track/report").body()).contains("Closed", "We closed your report",
                "We found your satnav and will return it.").doesNotContain("Tell us something more");
    }
}
