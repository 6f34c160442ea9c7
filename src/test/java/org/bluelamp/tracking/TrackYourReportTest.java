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
 * "Check your report" over HTTP, as a browser without JavaScript: the same pages whatever matched, the limits, the
 * code, and the reporter answering and adding information that staff then see.
 */
@BluelampTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"bluelamp.limits.actions.tracking-code.per-recipient=3",
        "bluelamp.limits.actions.tracking-code.per-client=8", "bluelamp.tracking.messages-per-day=3"})
@Import(MovableClock.class)
class TrackYourReportTest {

    private static final String EMAIL = "alex@example.com";
    private static final String PHONE = "+447700900982";
    private static final Pattern TIME = Pattern.compile("<time datetime=\"([^\"]+)\">([^<]+)</time>");
    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([0-9a-f-]{36})\"");


    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CodesForTests codes;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    org.bluelamp.contact.clocks.ServiceClocks clocks;

    @Autowired
    org.bluelamp.platform.language.LanguageTexts languageTexts;

    @Autowired
    SatisfactionLinksForTests satisfactionLinks;

    @Autowired
    SatisfactionAnswersJob satisfactionAnswersJob;

    @BeforeEach
    void freshWindowForTheLimits() {
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void theCodePageIsTheSameForAWrongReferenceAWrongContactAndTheRightDetails() {
        String reference = reportWithContactDetails("Someone took my bike from outside the library.");
        var person = new WebSession(port);
        person.get("/track");

        var wrongReference = person.post("/track", "reference", unknownReference(), "contact", EMAIL);
        var right = person.post("/track", "reference", reference, "contact", EMAIL);
        var wrongReferenceOther = person.post("/track", "reference", unknownReference(), "contact", "sam@example.org");
        var wrongContact = person.post("/track", "reference", reference, "contact", "sam@example.org");

        assertThat(wrongReference.status()).isEqualTo(200);
        assertThat(wrongReference.body()).contains("If the details match a report, we have sent a 6-digit code to",
                "<strong class=\"bluelamp-break-words\">" + EMAIL + "</strong>");
        assertThat(comparable(wrongReference.body())).isEqualTo(comparable(right.body()));
        assertThat(comparable(wrongReferenceOther.body())).isEqualTo(comparable(wrongContact.body()));
        assertThat(codes.forChallenge(challenge(right))).singleElement()
                .satisfies(sent -> assertThat(sent.email().value()).isEqualTo(EMAIL));
        assertThat(codes.forChallenge(challenge(wrongContact))).isEmpty();
        var matched = person.post("/track", "reference", reference.toLowerCase(), "contact", " Alex@Example.com ");
        assertThat(codes.forChallenge(challenge(matched))).singleElement()
                .satisfies(sent -> assertThat(sent.email().value()).as("sent to the address as typed")
                        .isEqualTo("Alex@example.com"));
    }

    @Test
    void detailsInTheWrongShapeAreFieldErrorsThatKeepWhatWasTyped() {
        var person = new WebSession(port);
        person.get("/track");
        var page = person.post("/track", "reference", "LP-7K3-M9Q-TXD", "contact", "not an address");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem", "Enter the reference number exactly as we gave it to you",
                "Enter an email address, like name@example.com, or a UK phone number", "value=\"LP-7K3-M9Q-TXD\"",
                "value=\"not an address\"", "href=\"#reference\"", "href=\"#contact\"");
        var empty = person.post("/track", "reference", "", "contact", "");
        assertThat(empty.body()).contains("Enter your reference number", "Enter the email address or phone number you gave us");
    }

    @Test
    void wrongAndExpiredCodesReadTheSameAsTheyDoForADecoy() {
        String reference = reportWithContactDetails("My car was scratched along one side in the car park.");
        var person = new WebSession(port);
        person.get("/track");
        var decoy = challenge(person.post("/track", "reference", unknownReference(), "contact", EMAIL));
        var real = challenge(person.post("/track", "reference", reference, "contact", EMAIL));
        String code = codes.forChallenge(real).getFirst().code();
        String wrong = "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);

        var wrongForDecoy = person.post("/track/code", "challenge", decoy.toString(), "contact", EMAIL, "code", wrong);
        var wrongForReal = person.post("/track/code", "challenge", real.toString(), "contact", EMAIL, "code", wrong);
        assertThat(wrongForReal.body()).contains("The code is not right", "you have 4 more tries");
        assertThat(comparable(wrongForReal.body())).isEqualTo(comparable(wrongForDecoy.body()));

        clock.advance(Duration.ofMinutes(11));
        var expiredForDecoy = person.post("/track/code", "challenge", decoy.toString(), "contact", EMAIL, "code", wrong);
        var expiredForReal = person.post("/track/code", "challenge", real.toString(), "contact", EMAIL, "code", code);
        assertThat(expiredForReal.body()).contains("This code can no longer be used");
        assertThat(comparable(expiredForReal.body())).isEqualTo(comparable(expiredForDecoy.body()));
        assertThat(person.cookie(AccessCookie.NAME)).isNull();
    }

    @Test
    void tooManyTriesLockTheCodeAsTheyDoADecoy() {
        String reference = reportWithContactDetails("Someone stole the parcel from my doorstep.");
        var person = new WebSession(port);
        person.get("/track");
        var decoy = challenge(person.post("/track", "reference", unknownReference(), "contact", EMAIL));
        var real = challenge(person.post("/track", "reference", reference, "contact", EMAIL));
        String code = codes.forChallenge(real).getFirst().code();
        String wrong = "%06d".formatted((Integer.parseInt(code) + 1) % 1_000_000);
        WebSession.Page lockedReal = null;
        WebSession.Page lockedDecoy = null;
        for (int i = 0; i < 5; i++) {
            lockedReal = person.post("/track/code", "challenge", real.toString(), "contact", EMAIL, "code", wrong);
            lockedDecoy = person.post("/track/code", "challenge", decoy.toString(), "contact", EMAIL, "code", wrong);
        }
        assertThat(comparable(lockedReal.body())).isEqualTo(comparable(lockedDecoy.body()));
        var rightTooLate = person.post("/track/code", "challenge", real.toString(), "contact", EMAIL, "code", code);
        assertThat(rightTooLate.body()).contains("This code can no longer be used");
    }

    @Test
    void codeRequestsAreLimitedPerReferenceAndPerClientWhetherOrNotTheReferenceExists() {
        String reference = reportWithContactDetails("My garden shed was broken into.");
        var person = new WebSession(port);
        person.get("/track");
        for (int i = 0; i < 3; i++) {
            assertThat(person.post("/track", "reference", reference, "contact", EMAIL).status()).isEqualTo(200);
        }
        var refused = person.post("/track", "reference", reference, "contact", EMAIL);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("You have tried this too many times", "You can try again after");
        assertThat(codes.forReference(reference)).hasSize(3);

        String unknown = unknownReference();
        for (int i = 0; i < 3; i++) {
            assertThat(person.post("/track", "reference", unknown, "contact", EMAIL).status()).isEqualTo(200);
        }
        var refusedUnknown = person.post("/track", "reference", unknown, "contact", EMAIL);
        assertThat(refusedUnknown.status()).isEqualTo(429);
        assertThat(comparable(refusedUnknown.body())).isEqualTo(comparable(refused.body()));

        var fromThisClient = person.post("/track", "reference", unknownReference(), "contact", EMAIL);
        assertThat(fromThisClient.status()).as("9 requests from one client, over its 8").isEqualTo(429);

        clock.advance(Duration.ofHours(1));
        assertThat(person.post("/track", "reference", reference, "contact", EMAIL).status()).isEqualTo(200);
    }

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

        var contact = jdbc.sql("SELECT id, reply_due FROM contact WHERE reference = :r").param("r", reference)
                .query((rs, row) -> java.util.Map.of("id", rs.getObject("id"),
                        "due", rs.getTimestamp("reply_due").toInstant())).single();
        var due = (java.time.Instant) contact.get("due");
        assertThat(due).as("5 working days ahead, with the weekend between").isEqualTo(
                clocks.workingDays().plusWorkingDays(sentAt, 5)).isAfterOrEqualTo(sentAt.plus(Duration.ofDays(7)));
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
    void withoutAccessTheReportPageSendsPeopleToTheStart() {
        var stranger = new WebSession(port);
        assertThat(stranger.get("/track/report").pathOnly()).isEqualTo("/track");
        stranger.addCookie(AccessCookie.NAME, "made-up");
        assertThat(stranger.get("/track/report/add").pathOnly()).isEqualTo("/track");
    }

    @Test
    void accessEndsAfterHalfAnHourIdle() {
        String reference = reportWithContactDetails("Somebody kicked my fence down last night.");
        var reporter = new WebSession(port);
        reporter.get("/track");
        var codePage = reporter.post("/track", "reference", reference, "contact", "07700900982");
        reporter.post("/track/code", "challenge", challenge(codePage).toString(), "contact", "07700900982",
                "code", codes.forChallenge(challenge(codePage)).getFirst().code());
        clock.advance(Duration.ofMinutes(20));
        assertThat(reporter.get("/track/report").pathOnly()).isEqualTo("/track/report");
        clock.advance(Duration.ofMinutes(20));
        assertThat(reporter.get("/track/report").pathOnly()).as("used 20 minutes ago").isEqualTo("/track/report");
        clock.advance(Duration.ofMinutes(31));
        assertThat(reporter.get("/track/report").pathOnly()).isEqualTo("/track");
    }

    @Test
    void leavingTheSiteEndsAccessToTheReportSoTheKeptCookieAndBackShowNothing() {
        String reference = reportWithContactDetails("My ex keeps turning up outside my flat.");
        var reporter = signedInReporter(reference);
        var report = reporter.get("/track/report");
        assertThat(report.body()).contains(reference, "Where your report is");
        assertThat(reporter.lastHeaders().firstValue("Cache-Control").orElse("")).as("Back asks the server again")
                .contains("no-store");
        assertThat(reporter.get("/track/report/add").pathOnly()).isEqualTo("/track/report/add");
        assertThat(reporter.lastHeaders().firstValue("Cache-Control").orElse("")).contains("no-store");
        String kept = reporter.cookie(AccessCookie.NAME);

        var left = reporter.raw("/leave");
        assertThat(left.statusCode()).isEqualTo(303);
        assertThat(left.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith(AccessCookie.NAME + "=;")
                && c.contains("Max-Age=0"));

        var back = reporter.get("/track/report");
        assertThat(back.pathOnly()).isEqualTo("/track");
        assertThat(back.body()).doesNotContain(reference);
        var copied = new WebSession(port);
        copied.addCookie(AccessCookie.NAME, kept);
        assertThat(copied.get("/track/report").pathOnly()).as("the cookie, kept or copied, opens nothing")
                .isEqualTo("/track");
        assertThat(copied.get("/track/report/add").pathOnly()).isEqualTo("/track");
        assertThat(jdbc.sql("SELECT count(*) FROM tracking_access WHERE token_hash = :h")
                .param("h", org.bluelamp.platform.SecretTokens.hash(kept)).query(Integer.class).single()).isZero();
    }

    @Test
    void theAccessCookieIsHttpOnlyLaxAndSiteWideSoLeavingCanEndItAndTheLinkInAMessageOpensTheReport() throws Exception {
        String reference = reportWithContactDetails("Someone sprayed paint over my garage door.");
        var reporter = new WebSession(port);
        reporter.get("/track/" + reference);
        var codePage = reporter.post("/track", "reference", reference, "contact", EMAIL);
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(codePage.body());
        assertThat(csrf.find()).isTrue();
        String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&challenge="
                + challenge(codePage) + "&contact=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&code="
                + codes.forChallenge(challenge(codePage)).getFirst().code();
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/track/code"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "bluelamp_csrf=" + reporter.cookie("bluelamp_csrf"))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(AccessCookie.NAME + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Path=/;", "HttpOnly", "SameSite=Lax")
                .as("over plain HTTP in tests; Secure over HTTPS").doesNotContain("Secure", "Max-Age", "Expires");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID")
                || c.startsWith("bluelamp_staff_session"));

        var browser = new WebSession(port);
        browser.addCookie(AccessCookie.NAME, cookie.substring(AccessCookie.NAME.length() + 1, cookie.indexOf(';')));
        assertThat(browser.get("/track/" + reference.toLowerCase()).pathOnly()).as("a link from a message, with access")
                .isEqualTo("/track/report");
        String other = unknownReference();
        assertThat(browser.get("/track/" + other).body()).as("another reference: the form, filled in")
                .contains("value=\"" + other + "\"", "Check your report");
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

    @Test
    void theReportPageSaysWhoIsDealingWithItByNameOrTeamNeverAnEmailAndHowOftenTheyWillHear() {
        String reference = reportWithContactDetails("Someone took the wheels off my bike outside the station.");
        var reporter = signedInReporter(reference);
        assertThat(reporter.get("/track/report").body()).contains("Who is dealing with your report",
                "Not yet given to anyone", "Every 4 weeks, unless you agree something different");

        var handler = new WebSession(port);
        signIn(handler, staffAccounts.create(StaffRole.CONTACT_HANDLER));
        handler.get("/staff/contacts/" + reference + "/actions/allocate");
        handler.post("/staff/contacts/" + reference + "/actions/allocate", "team", "roads-policing");
        assertThat(reporter.get("/track/report").body()).contains("Roads Policing")
                .doesNotContain("roads-policing", "Not yet given to anyone");

        var officer = staffAccounts.create("neighbourhood-north", StaffRole.OFFICER);
        named(officer, "PC Sam Patel");
        String officerEmail = jdbc.sql("SELECT email FROM staff_account WHERE username = :u")
                .param("u", officer.username()).query(String.class).single();
        // the team's supervisor gives it to an officer (the handler no longer sees it)
        var supervisor = new WebSession(port);
        signIn(supervisor, staffAccounts.create("roads-policing", StaffRole.SUPERVISOR));
        supervisor.get("/staff/contacts/" + reference + "/actions/allocate");
        supervisor.post("/staff/contacts/" + reference + "/actions/allocate", "officer", officer.username());
        assertThat(reporter.get("/track/report").body()).contains("PC Sam Patel, Neighbourhood North")
                .doesNotContain(officer.username(), officerEmail);

        // A display name that is an email address is not shown: the team is
        named(officer, "sam.patel@police.example");
        assertThat(reporter.get("/track/report").body()).contains("Neighbourhood North")
                .doesNotContain("sam.patel@police.example", officer.username());
        named(officer, "PC Sam Patel");

        var officerSession = new WebSession(port);
        signIn(officerSession, officer);
        var form = officerSession.get("/staff/contacts/" + reference + "/actions/agree-updates");
        assertThat(form.body()).contains("How often did the reporter agree to be updated?", "Every 4 weeks");
        var none = officerSession.post("/staff/contacts/" + reference + "/actions/agree-updates");
        assertThat(none.body()).contains("There is a problem", "Select how often the reporter agreed to be updated");
        var made = officerSession.post("/staff/contacts/" + reference + "/actions/agree-updates",
                "frequency", "not-a-frequency");
        assertThat(made.body()).contains("Select how often the reporter agreed to be updated");
        var agreed = officerSession.post("/staff/contacts/" + reference + "/actions/agree-updates",
                "frequency", "every-2-weeks");
        assertThat(agreed.pathOnly()).isEqualTo("/staff/contacts/" + reference);
        assertThat(agreed.body()).contains("Updates agreed", "Every 2 weeks");
        assertThat(officerSession.get("/staff/contacts/" + reference + "/timeline").body())
                .contains("How often to update the reporter agreed", "How often:</span> Every 2 weeks");

        assertThat(reporter.get("/track/report").body()).contains("Every 2 weeks, as you agreed with us")
                .doesNotContain("Every 4 weeks");
        assertThat(reporter.get("/track/report?lang=cy").body()).contains("Bob pythefnos, fel y cytunoch chi");
    }

    @Test
    void theReportPageOffersTheSupportServicesAndTheVictimsCode() {
        String reference = reportWithContactDetails("My shed was broken into and my tools were taken.");
        var reporter = signedInReporter(reference);

        var page = reporter.get("/track/report").body();
        assertThat(page).contains("Support for you", "Victim Support", "href=\"tel:08081689111\">08 08 16 89 111</a>",
                "href=\"https://www.victimsupport.org.uk\">victimsupport.org.uk</a>", "Samaritans", "116 123",
                "href=\"/victims-code\"", "Read your rights under the Victims’ Code");
        assertThat(reporter.get("/track/report?lang=cy").body()).contains("Cymorth i chi", "Cymorth i Ddioddefwyr",
                "Y Samariaid", "08 08 16 89 111", "Darllen am eich hawliau o dan y Cod Dioddefwyr");
        assertThat(new WebSession(port).get("/track").body()).contains("href=\"/victims-code\"",
                "Your rights as a victim of crime (the Victims’ Code)");
    }

    @Test
    void theVictimsCodePageSetsOutTheTwelveRightsInEnglishAndWelsh() {
        var visitor = new WebSession(port);
        var english = visitor.get("/victims-code");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("<h1 class=\"govuk-heading-l\">Your rights as a victim of crime</h1>",
                "To understand and be understood", "To make a Victim Personal Statement",
                "To make a complaint if you do not get your rights",
                "href=\"https://www.gov.uk/government/publications/the-code-of-practice-for-victims-of-crime\"");
        assertThat(rights(english.body())).isEqualTo(12);
        assertThat(english.body()).as("in every public page's footer").contains("href=\"/victims-code\">Victims’ Code</a>");

        var welsh = visitor.get("/victims-code?lang=cy");
        assertThat(welsh.body()).contains("<html lang=\"cy\"", "Eich hawliau fel dioddefwr trosedd",
                "Deall a chael eich deall", "Gwneud Datganiad Personol Dioddefwr", "Y Cod Dioddefwyr")
                .doesNotContain("To understand and be understood");
        assertThat(rights(welsh.body())).isEqualTo(12);
    }

    @Test
    void closingAsksTheReporterOnceByTheirChannelAndTheLinkTakesTheirAnswersOnce() {
        String reference = reportWithContactDetails("Someone smashed my car window and took a bag.");
        var handler = new WebSession(port);
        signIn(handler, staffAccounts.create(StaffRole.CONTACT_HANDLER));
        var closedAt = clock.instant();
        close(handler, reference, "We have recorded the damage and a neighbour's camera footage.");
        await().atMost(Duration.ofSeconds(20)).until(() -> settled(reference, 1));

        var messages = jdbc.sql("""
                        SELECT channel, recipient, subject, body, not_before, secrets FROM message
                        WHERE kind = 'satisfaction' AND reference = :r""").param("r", reference).query().listOfRows();
        assertThat(messages).as("one message, by email as they chose").hasSize(1);
        var message = messages.getFirst();
        assertThat(message.get("channel")).isEqualTo("email");
        assertThat(message.get("recipient")).isEqualTo(EMAIL);
        assertThat(message.get("subject")).isEqualTo("How did we do? Your report " + reference);
        assertThat(message.get("secrets")).as("the link is sealed until sent").isNotNull();
        assertThat(((java.sql.Timestamp) message.get("not_before")).toInstant())
                .as("an hour after the outcome").isAfterOrEqualTo(closedAt.plus(Duration.ofMinutes(59)));
        var paths = satisfactionLinks.paths(reference);
        assertThat(paths).hasSize(1);
        String path = paths.getFirst();
        String token = path.substring(path.lastIndexOf('/') + 1);
        assertThat((String) message.get("body")).contains("((surveyLink))").doesNotContain(token);
        assertThat(jdbc.sql("SELECT token_hash FROM satisfaction_invitation").query(String.class).list())
                .contains(org.bluelamp.platform.SecretTokens.hash(token)).doesNotContain(token);

        // Reopened and closed again: not asked again
        handler.get("/staff/contacts/" + reference + "/actions/reopen");
        handler.post("/staff/contacts/" + reference + "/actions/reopen", "reason", "The reporter found more damage.");
        close(handler, reference, "We have added the new damage to the record.");
        await().atMost(Duration.ofSeconds(20)).until(() -> settled(reference, 2));
        assertThat(jdbc.sql("SELECT count(*) FROM message WHERE kind = 'satisfaction' AND reference = :r")
                .param("r", reference).query(Integer.class).single()).isEqualTo(1);
        assertThat(satisfactionLinks.paths(reference)).hasSize(1);

        var reporter = new WebSession(port);
        var questions = reporter.get(path);
        assertThat(questions.status()).isEqualTo(200);
        assertThat(questions.body()).contains("How did we do?",
                "Overall, how satisfied are you with how we dealt with your report?",
                "How easy was it to report it to us?", "Did we keep you informed about your report?",
                "What could we do better? (optional)").doesNotContain(reference);

        int before = answersStored();
        var tooLong = reporter.post(path, "overall", "satisfied", "better", "a".repeat(1001));
        assertThat(tooLong.body()).contains("There is a problem",
                "What we could do better must be 1,000 characters or fewer", "a".repeat(1001),
                "value=\"satisfied\" checked");
        assertThat(answersStored()).as("nothing kept while the form is wrong").isEqualTo(before);

        var sent = reporter.post(path, "overall", "satisfied", "easy", "very-easy", "informed", "partly",
                "better", "Tell me sooner when the camera footage is looked at.", "made-up", "x");
        assertThat(sent.pathOnly()).isEqualTo("/how-did-we-do/thank-you");
        assertThat(sent.body()).contains("Thank you for your answers");
        var stored = jdbc.sql("""
                        SELECT service_id, channel, month, overall, easy, kept_informed, better FROM satisfaction_answer
                        WHERE better = 'Tell me sooner when the camera footage is looked at.'""").query().singleRow();
        assertThat(stored).containsEntry("service_id", "crime").containsEntry("channel", "online")
                .containsEntry("overall", "satisfied").containsEntry("easy", "very-easy")
                .containsEntry("kept_informed", "partly");
        assertThat(stored.get("month").toString()).endsWith("-01");

        var again = reporter.get(path);
        assertThat(again.body()).contains("You have already answered").doesNotContain("Send your answers");
        var resent = reporter.post(path, "overall", "very-dissatisfied");
        assertThat(resent.body()).contains("You have already answered");
        assertThat(answersStored()).isEqualTo(before + 1);

        var unknown = reporter.get("/how-did-we-do/" + org.bluelamp.platform.SecretTokens.newToken());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("This link does not work");
        assertThat(reporter.get("/how-did-we-do/" + "x".repeat(5000)).status()).isEqualTo(404);
    }

    @Test
    void anonymousReportersThoseWeMayNotContactAndFiledReportsAreNeverAskedAndAnOldLinkHasExpired() {
        String notSafe = reportWithContactDetails("Someone keeps following me home from work.");
        jdbc.sql("""
                        UPDATE report SET reporter = jsonb_set(reporter, '{safety}', '"no"')
                        WHERE id = (SELECT report_id FROM contact WHERE reference = :r)""").param("r", notSafe).update();
        String anonymous = reportWithContactDetails("Someone is dealing drugs from the flat upstairs.");
        jdbc.sql("""
                        UPDATE report SET reporter = jsonb_set(reporter, '{anonymous}', 'true')
                        WHERE id = (SELECT report_id FROM contact WHERE reference = :r)""").param("r", anonymous).update();
        String filed = reportWithContactDetails("Just letting you know my neighbour's alarm went off.");
        String asked = reportWithContactDetails("My bike was stolen from the rack at the station.");

        var handler = new WebSession(port);
        signIn(handler, staffAccounts.create(StaffRole.CONTACT_HANDLER));
        close(handler, notSafe, "We spoke to you in person.");
        close(handler, anonymous, "We passed this to the neighbourhood team.");
        handler.get("/staff/contacts/" + filed + "/actions/file");
        handler.post("/staff/contacts/" + filed + "/actions/file", "outcome", "For information only.",
                "closingCategory", "Crime");
        close(handler, asked, "We could not find your bike. We will tell you if it is found.");
        await().atMost(Duration.ofSeconds(20)).until(() -> settled(asked, 1) && settled(notSafe, 0)
                && settled(anonymous, 0) && settled(filed, 0));

        for (String reference : java.util.List.of(notSafe, anonymous, filed)) {
            assertThat(satisfactionLinks.paths(reference)).as(reference).isEmpty();
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM satisfaction_invitation i JOIN contact c ON c.id = i.contact_id
                            WHERE c.reference = :r""").param("r", reference).query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM message WHERE kind = 'satisfaction' AND reference = :r")
                    .param("r", reference).query(Integer.class).single()).isZero();
        }

        // The form opened in time, and sent after the link expired
        String path = satisfactionLinks.paths(asked).getFirst();
        var reporter = new WebSession(port);
        assertThat(reporter.get(path).body()).contains("Send your answers");
        jdbc.sql("""
                        UPDATE satisfaction_invitation SET expires_at = now() - interval '1 minute'
                        WHERE contact_id = (SELECT id FROM contact WHERE reference = :r)""").param("r", asked).update();
        int before = answersStored();
        var late = reporter.post(path, "overall", "satisfied");
        assertThat(late.status()).isEqualTo(410);
        assertThat(late.body()).contains("This link has expired");
        assertThat(answersStored()).isEqualTo(before);
        var expired = reporter.get(path);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("This link has expired");
    }

    @Test
    void satisfactionAnswersAreDeletedTwoYearsAfterTheirMonth() {
        var thisMonth = clock.instant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().withDayOfMonth(1);
        String oldOne = "old-" + UUID.randomUUID();
        String keptOne = "kept-" + UUID.randomUUID();
        for (var answer : java.util.Map.of(oldOne, thisMonth.minusYears(2).minusMonths(1),
                keptOne, thisMonth.minusYears(2)).entrySet()) {
            jdbc.sql("""
                            INSERT INTO satisfaction_answer (id, service_id, channel, month, better)
                            VALUES (:id, 'crime', 'online', :month, :better)""")
                    .param("id", UUID.randomUUID()).param("month", answer.getValue()).param("better", answer.getKey())
                    .update();
        }

        assertThat(satisfactionAnswersJob.dispose()).isPositive();

        assertThat(jdbc.sql("SELECT better FROM satisfaction_answer WHERE better IN (:o, :k)").param("o", oldOne)
                .param("k", keptOne).query(String.class).list()).containsExactly(keptOne);
    }

    private void close(WebSession handler, String reference, String outcome) {
        handler.get("/staff/contacts/" + reference + "/actions/close");
        var closed = handler.post("/staff/contacts/" + reference + "/actions/close", "outcome", outcome,
                "closingCategory", "Crime");
        assertThat(closed.pathOnly()).as(closed.body()).isEqualTo("/staff/contacts/" + reference);
    }

    /**
     * Whether everything closing the report set off has run: its outcome messages are queued and no satisfaction
     * listener is still to run.
     */
    private boolean settled(String reference, int outcomes) {
        int queued = jdbc.sql("SELECT count(*) FROM message WHERE kind = 'outcome' AND reference = :r AND channel = 'email'")
                .param("r", reference).query(Integer.class).single();
        int waiting = jdbc.sql("""
                        SELECT count(*) FROM event_publication
                        WHERE completion_date IS NULL AND (listener_id LIKE '%Satisfaction%')""")
                .query(Integer.class).single();
        return queued == outcomes && waiting == 0;
    }

    private int answersStored() {
        return jdbc.sql("SELECT count(*) FROM satisfaction_answer").query(Integer.class).single();
    }

    /** The rights listed on the Victims' Code page. */
    private static long rights(String body) {
        var list = body.substring(body.indexOf("data-rights"), body.indexOf("</ol>", body.indexOf("data-rights")));
        return Pattern.compile("<li ").matcher(list).results().count();
    }

    private void named(StaffAccountsForTests.Account account, String displayName) {
        jdbc.sql("UPDATE staff_account SET display_name = :name WHERE username = :u").param("name", displayName)
                .param("u", account.username()).update();
    }

    @Test
    void aReporterReadingInWelshSeesTheKindOfReportInWelsh() {
        String reference = reportWithContactDetails("Someone let down all four tyres of my car.");
        var reporter = signedInReporter(reference);

        assertThat(reporter.get("/track/report").body()).contains("Report a crime");
        var welsh = reporter.get("/track/report?lang=cy");
        assertThat(welsh.path()).isEqualTo("/track/report");
        assertThat(welsh.body()).contains("<html lang=\"cy\"", "Rhoi gwybod am drosedd", reference)
                .doesNotContain("Report a crime");
    }

    @Test
    void theReportsDatesReadInWelshOnTheWelshPage() {
        String reference = reportWithContactDetails("Someone scratched my car in the car park.");
        var reporter = signedInReporter(reference);

        var english = TIME.matcher(reporter.get("/track/report").body());
        var welsh = TIME.matcher(reporter.get("/track/report?lang=cy").body());

        assertThat(english.find()).isTrue();
        assertThat(welsh.find()).isTrue();
        var received = java.time.Instant.parse(english.group(1)).atZone(java.time.ZoneId.of("Europe/London"));
        assertThat(english.group(2)).startsWith(java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy", java.util.Locale.UK).format(received) + " at ");
        // The month in Welsh ("Rhagfyr"), joined to the time with "am", not "at"
        assertThat(welsh.group(2)).startsWith(java.time.format.DateTimeFormatter
                .ofPattern("d MMMM yyyy", java.util.Locale.of("cy")).format(received) + " am ")
                .isNotEqualTo(english.group(2));
    }

    private WebSession signedInReporter(String reference) {
        var reporter = new WebSession(port);
        reporter.get("/track");
        var codePage = reporter.post("/track", "reference", reference, "contact", EMAIL);
        reporter.post("/track/code", "challenge", challenge(codePage).toString(), "contact", EMAIL,
                "code", codes.forChallenge(challenge(codePage)).getFirst().code());
        return reporter;
    }

    /** Signs in with the app's code for the time the server keeps, which these tests move on. */
    private void signIn(WebSession session, StaffAccountsForTests.Account account) {
        session.get("/staff/sign-in");
        session.post("/staff/sign-in", "username", account.username(), "password", StaffAccountsForTests.PASSWORD);
        session.post("/staff/sign-in/code", "code", account.codeAt(clock.instant()));
    }

    /** A crime report whose reporter gave an email and a mobile. */
    private String reportWithContactDetails(String story) {
        String reference = OnlineReports.crime(port, jdbc, story);
        // Until submission fills report.reporter (being built on main), the reporter is set as it will store them.
        jdbc.sql("""
                        UPDATE report SET reporter = CAST(:reporter AS jsonb)
                        WHERE id = (SELECT report_id FROM contact WHERE reference = :r)""")
                .param("reporter", """
                        {"name": "Alex Example", "email": "%s", "phone": "%s", "preference": "email",
                         "safety": null, "safeTimes": [], "anonymous": false}""".formatted(EMAIL, PHONE))
                .param("r", reference).update();
        return reference;
    }

    private static String unknownReference() {
        return Reference.random("LP", new Random()).value();
    }

    private static UUID challenge(WebSession.Page page) {
        var matcher = CHALLENGE.matcher(page.body());
        assertThat(matcher.find()).as("a challenge on the page").isTrue();
        return UUID.fromString(matcher.group(1));
    }

    /** The page without what differs on every page anyway: the challenge id and the CSRF token. */
    private static String comparable(String body) {
        return CHALLENGE.matcher(body).replaceAll("name=\"challenge\" value=\"…\"")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"…\"");
    }

}
