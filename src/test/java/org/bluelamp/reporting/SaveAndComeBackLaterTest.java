package org.bluelamp.reporting;

import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.TestClock;
import org.springframework.context.annotation.Import;
import org.bluelamp.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** "Save and come back later": a link to the saved draft, a code to the same address, the draft on another device. */
@BluelampTest
@ExtendWith(OutputCaptureExtension.class)
@Import(MovableClock.class)
class SaveAndComeBackLaterTest {

    private static final String STORY = "Someone took my bike from outside the library.";


    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SavedForLaterEventsForTests sent;

    private WebSession session;
    private String email;

    @BeforeEach
    void newBrowserAndPerson() {
        session = new WebSession(port);
        email = "saver-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void savingOnAQuestionKeepsItsAnswerAndSendsALinkToTheAddressGiven() {
        var asked = startAndSaveOnWhatHappened(STORY);
        assertThat(asked.path()).isEqualTo("/report/crime/save-for-later");
        assertThat(asked.body()).contains("Save your answers and come back later", "How should we send you the link?")
                .doesNotContain("was not saved because it needs correcting");

        var confirmation = session.post("/report/crime/save-for-later", "send-by", "email", "email", email);
        assertThat(confirmation.path()).isEqualTo("/report/crime/link-sent");
        var link = sent.lastLinkTo(email);
        assertThat(link.resumePath()).matches("/resume/[A-Za-z0-9_-]{43}");
        assertThat(link.phone()).isNull();
        assertThat(link.serviceTitle()).isEqualTo("Report a crime");
        assertThat(link.deletedAfter()).isCloseTo(clock.instant().plus(Duration.ofDays(7)), within(Duration.ofMinutes(1)));
        assertThat(confirmation.body()).contains("Your answers are saved", "We have sent a link to " + email
                + ". Your answers will be kept until ", "; after that they are deleted.");
        assertThat(draftAnswersOf(link)).contains(STORY);
        assertThat(jdbc.sql("SELECT count(*) FROM draft_resume_link WHERE token_hash LIKE :t")
                .param("t", "%" + link.resumePath().substring("/resume/".length()) + "%").query(Integer.class).single())
                .as("only the token's hash is kept").isZero();
    }

    @Test
    void theLinkAndCodeOpenTheDraftInAnotherBrowserWhereTheyLeftOff(CapturedOutput output) {
        startAndSaveOnWhatHappened(STORY);
        session.post("/report/crime/save-for-later", "send-by", "email", "email", email);
        String path = sent.lastLinkTo(email).resumePath();

        var otherDevice = new WebSession(port);
        var offer = otherDevice.get(path);
        assertThat(offer.body()).contains("Carry on with your report", "s•••@example.com").doesNotContain(email);
        var ask = otherDevice.post(path);
        assertThat(ask.path()).isEqualTo(path + "/code");
        assertThat(ask.body()).contains("Enter the security code");
        String code = sent.lastCodeTo(email);

        var resumed = otherDevice.post(path + "/code", "code", code);
        assertThat(resumed.path()).as("the first question not yet answered").isEqualTo("/report/crime/when");
        assertThat(otherDevice.get("/report/crime/what-happened").body()).contains(STORY);
        assertThat(session.get("/report/crime/when").path()).as("the draft has moved").isEqualTo("/report/crime");

        assertThat(new WebSession(port).get(path).body()).contains("This link has already been used");
        assertThat(output).doesNotContain(code);
    }

    /** Issue 25: a draft saved while reading Welsh opens in Welsh, even in a browser that was reading English. */
    @Test
    void aLinkToADraftSavedInWelshOpensItInWelsh() {
        session.get("/report?lang=cy");
        startAndSaveOnWhatHappened(STORY);
        session.post("/report/crime/save-for-later", "send-by", "email", "email", email);
        var link = sent.lastLinkTo(email);
        assertThat(link.language().code()).isEqualTo("cy");

        var otherDevice = new WebSession(port);
        assertThat(otherDevice.get("/report").body()).contains("<html lang=\"en-GB\"");
        otherDevice.get(link.resumePath());
        otherDevice.post(link.resumePath());
        var resumed = otherDevice.post(link.resumePath() + "/code", "code", sent.lastCodeTo(email));
        assertThat(resumed.path()).isEqualTo("/report/crime/when");
        assertThat(otherDevice.cookie("bluelamp_lang")).isEqualTo("cy");
        assertThat(resumed.body()).contains("<html lang=\"cy\"");
    }

    @Test
    void aWrongCodeIsShownWithTheErrorSummaryAndTooManyAskForANewCode(CapturedOutput output) {
        startAndSaveOnWhatHappened(STORY);
        session.post("/report/crime/save-for-later", "send-by", "email", "email", email);
        String path = sent.lastLinkTo(email).resumePath();
        var otherDevice = new WebSession(port);
        otherDevice.get(path);
        otherDevice.post(path);
        String code = sent.lastCodeTo(email);
        String wrong = code.equals("000000") ? "111111" : "000000";

        var first = otherDevice.post(path + "/code", "code", wrong);
        assertThat(first.body()).contains("<title>Error: Enter the security code", "There is a problem",
                "href=\"#code\"", "The security code is not right");
        assertThat(otherDevice.post(path + "/code", "code", "12").body()).contains("must be 6 numbers");
        for (int i = 2; i <= 4; i++) {
            otherDevice.post(path + "/code", "code", wrong);
        }
        var locked = otherDevice.post(path + "/code", "code", wrong);
        assertThat(locked.body()).contains("You have entered a wrong code too many times. Send a new code");
        assertThat(otherDevice.post(path + "/code", "code", code).body()).as("not even the right one now")
                .contains("too many times");

        assertThat(otherDevice.post(path + "/new-code").body()).contains("Wait a minute, then send a new code");
        clock.advance(Duration.ofSeconds(61));
        var newCode = otherDevice.post(path + "/new-code");
        assertThat(newCode.body()).contains("We have sent you a new code");
        String second = sent.lastCodeTo(email);
        assertThat(otherDevice.post(path + "/code", "code", second).path()).isEqualTo("/report/crime/when");
        assertThat(output).doesNotContain(code).doesNotContain(second);
    }

    @Test
    void anAnswerThatNeedsCorrectingIsNotSavedButTheEarlierOnesAreAndSavingGoesOn() {
        var asked = startAndSaveOnWhatHappened("<script>alert(1)</script>");
        assertThat(asked.path()).isEqualTo("/report/crime/save-for-later?unsaved=true");
        assertThat(asked.body()).contains("Your answer on the last page was not saved because it needs correcting");
        session.post("/report/crime/save-for-later?unsaved=true", "send-by", "email", "email", email);
        var link = sent.lastLinkTo(email);
        assertThat(draftAnswersOf(link)).contains("theft").doesNotContain("script");
    }

    @Test
    void theLinkGoesToAMobileButALandlineIsRefusedWithAReason() {
        startAndSaveOnWhatHappened(STORY);
        var nothing = session.post("/report/crime/save-for-later");
        assertThat(nothing.body()).contains("href=\"#send-by\"", "Select email or text message");
        var landline = session.post("/report/crime/save-for-later", "send-by", "text", "mobile", "0116 222 2222");
        assertThat(landline.body()).contains("href=\"#mobile\"", "That is a landline number, which cannot get a text message");
        var badEmail = session.post("/report/crime/save-for-later", "send-by", "email", "email", "not an email");
        assertThat(badEmail.body()).contains("href=\"#email\"", "Enter an email address in the correct format");

        String mobile = "+447700900" + String.format("%03d", (int) (Math.random() * 1000));
        var saved = session.post("/report/crime/save-for-later", "send-by", "text", "mobile", mobile);
        assertThat(saved.path()).isEqualTo("/report/crime/link-sent");
        var link = sent.lastLinkTo(mobile);
        assertThat(link.email()).isNull();
        assertThat(link.phone().mobile()).isTrue();
    }

    @Test
    void anExpiredDraftsLinkSaysKindlyThatTheAnswersWereDeletedAndWhen() {
        startAndSaveOnWhatHappened(STORY);
        session.post("/report/crime/save-for-later", "send-by", "email", "email", email);
        var link = sent.lastLinkTo(email);

        clock.advance(Duration.ofDays(8));
        var otherDevice = new WebSession(port);
        var gone = otherDevice.get(link.resumePath());
        assertThat(gone.body()).contains("Your saved answers have been deleted", "Yours were deleted after ",
                "Start a new report", "href=\"/report/crime\"");
        otherDevice.get("/report/crime"); // a page with a form, for a CSRF token: the kind page has none
        assertThat(otherDevice.post(link.resumePath()).body()).contains("Your saved answers have been deleted");
        assertThat(otherDevice.post(link.resumePath() + "/code", "code", "123456").body())
                .contains("Your saved answers have been deleted");

        assertThat(new WebSession(port).get("/resume/" + "A".repeat(43)).body()).contains("This link does not work");
    }

    @Test
    void leavingTheSiteKeepsADraftSavedForLaterButTakesItOutOfThisBrowser() {
        startAndSaveOnWhatHappened(STORY);
        session.post("/report/crime/save-for-later", "send-by", "email", "email", email);
        String path = sent.lastLinkTo(email).resumePath();
        session.get("/leave");
        assertThat(new WebSession(port).get(path).body()).contains("Carry on with your report");
    }

    @Test
    void savingAgainSendsANewLinkAndLinksAreDeletedWithTheirDraft() {
        startAndSaveOnWhatHappened(STORY);
        session.post("/report/crime/save-for-later", "send-by", "email", "email", email);
        var first = sent.lastLinkTo(email);
        session.post("/report/crime/when", "save-for-later", "yes");
        session.post("/report/crime/save-for-later", "send-by", "email", "email", email);
        var second = sent.lastLinkTo(email);
        assertThat(second.resumePath()).isNotEqualTo(first.resumePath());
        assertThat(new WebSession(port).get(first.resumePath()).body()).contains("Carry on with your report");

        jdbc.sql("DELETE FROM report_draft WHERE id = (SELECT draft_id FROM draft_resume_link WHERE id = :id)")
                .param("id", second.resumeId()).update();
        assertThat(jdbc.sql("SELECT count(*) FROM draft_resume_link WHERE id IN (:ids)")
                .param("ids", java.util.List.of(first.resumeId(), second.resumeId())).query(Integer.class).single())
                .isZero();
        assertThat(new WebSession(port).get(second.resumePath()).body()).contains("This link does not work");
    }

    @Test
    void whatWasTypedOnAListPageIsKeptWhenSaving() {
        CrimeReportAnswers.upToCheckAnswers(session);
        var asked = session.post("/report/crime/stolen-items", "stolen-items-description", "Blue helmet",
                "stolen-items-value", "30", "save-for-later", "yes");
        assertThat(asked.path()).isEqualTo("/report/crime/save-for-later");
        session.post("/report/crime/save-for-later", "send-by", "email", "email", email);
        assertThat(draftAnswersOf(sent.lastLinkTo(email))).contains("Red bicycle", "Blue helmet");
    }

    @Test
    void theAddressAlreadyGivenIsSuggested() {
        CrimeReportAnswers.upToCheckAnswers(session);
        var asked = session.post("/report/crime/support-needs", "support-needs", "none", "save-for-later", "yes");
        assertThat(asked.path()).isEqualTo("/report/crime/save-for-later");
        assertThat(asked.body()).contains("value=\"alex@example.com\"");
    }

    private WebSession.Page startAndSaveOnWhatHappened(String story) {
        session.get("/report/crime");
        session.post("/report/crime", "emergency", "no");
        session.post("/report/crime/crime-type", "crime-type", "theft");
        return session.post("/report/crime/what-happened", "what-happened", story, "save-for-later", "yes");
    }

    private String draftAnswersOf(DraftSavedForLater link) {
        return jdbc.sql("""
                        SELECT d.answers::text FROM report_draft d JOIN draft_resume_link l ON l.draft_id = d.id
                        WHERE l.id = :id""").param("id", link.resumeId()).query(String.class).single();
    }
}
