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
 * What the report page offers the reporter after the code, over HTTP: who is dealing with it and how often they will
 * hear (and the update clock that follows), support services, the Victims' Code, and "How did we do?" after the
 * close. Shares {@link TrackYourReportTest}'s configuration and context.
 */
@BluelampTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"bluelamp.limits.actions.tracking-code.per-recipient=3",
        "bluelamp.limits.actions.tracking-code.per-client=8", "bluelamp.tracking.messages-per-day=3"})
@Import(MovableClock.class)
class TrackedReportCareTest extends TrackedReportTests {

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
        assertThat(reporter.get("/track/report?lang=cy").body()).as("the team's Welsh name on a Welsh page")
                .contains("Plismona Ffyrdd").doesNotContain("Roads Policing");
        reporter.get("/track/report?lang=en");

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
        assertThat(reporter.get("/track/report?lang=cy").body()).contains("PC Sam Patel", "Cymdogaeth y Gogledd")
                .doesNotContain("Neighbourhood North");
        reporter.get("/track/report?lang=en");

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

    /**
     * Issue 26: how often the reporter agreed to hear drives the update clock staff see, when it is sooner than the
     * Victims' Code's 28 days; "only when something changes" or a longer period leaves the code's.
     */
    @Test
    void theAgreedFrequencyDrivesTheNextUpdateDueThatStaffSeeWhenSoonerThanTheCodes28Days() {
        String reference = reportWithContactDetails("Someone keeps letting my tyres down at night.");
        var officer = staffAccounts.create("neighbourhood-north", StaffRole.OFFICER);
        var handler = new WebSession(port);
        signIn(handler, staffAccounts.create(StaffRole.CONTACT_HANDLER));
        handler.get("/staff/contacts/" + reference + "/actions/allocate");
        handler.post("/staff/contacts/" + reference + "/actions/allocate", "officer", officer.username());
        var officerSession = new WebSession(port);
        signIn(officerSession, officer);
        var dates = languageTexts.dates(org.bluelamp.platform.language.Language.ENGLISH);

        var spoke = clock.instant();
        contactReporter(officerSession, reference);
        assertThat(updateDue(reference)).as("the code's 28 days")
                .isBetween(plusDays(spoke, 28), plusDays(clock.instant(), 28));

        var agreedAt = clock.instant();
        officerSession.get("/staff/contacts/" + reference + "/actions/agree-updates");
        officerSession.post("/staff/contacts/" + reference + "/actions/agree-updates", "frequency", "weekly");
        var weekly = updateDue(reference);
        assertThat(weekly).as("sooner, as agreed").isBetween(plusDays(agreedAt, 7), plusDays(clock.instant(), 7));
        assertThat(officerSession.get("/staff/contacts/" + reference).body())
                .contains("Update to the victim", dates.dateAndTime(weekly));

        clock.advance(Duration.ofDays(2));
        var again = clock.instant();
        contactReporter(officerSession, reference);
        assertThat(updateDue(reference)).as("each contact restarts it at the agreed week")
                .isBetween(plusDays(again, 7), plusDays(clock.instant(), 7));

        officerSession.get("/staff/contacts/" + reference + "/actions/agree-updates");
        officerSession.post("/staff/contacts/" + reference + "/actions/agree-updates", "frequency",
                "when-something-changes");
        clock.advance(Duration.ofDays(1));
        var later = clock.instant();
        contactReporter(officerSession, reference);
        assertThat(updateDue(reference)).as("the code's 28 days still apply")
                .isBetween(plusDays(later, 28), plusDays(clock.instant(), 28));
    }

    /** The same London wall-clock time so many calendar days later; to the microsecond, as the database keeps it. */
    private static java.time.Instant plusDays(java.time.Instant from, int days) {
        return from.atZone(java.time.ZoneId.of("Europe/London")).plusDays(days).toInstant()
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static void contactReporter(WebSession staff, String reference) {
        staff.get("/staff/contacts/" + reference + "/actions/contact-reporter");
        var done = staff.post("/staff/contacts/" + reference + "/actions/contact-reporter", "how", "phone",
                "note", "Spoke to them about the report.");
        assertThat(done.pathOnly()).as(done.body()).isEqualTo("/staff/contacts/" + reference);
    }

    private java.time.Instant updateDue(String reference) {
        return jdbc.sql("SELECT victim_update_due FROM contact WHERE reference = :r").param("r", reference)
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).single();
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
}
