package org.bluelamp.platform.codes;

import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.TestClock;
import org.bluelamp.platform.codes.OneTimeCodes.Recipient;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@BluelampTest
@Import({MovableClock.class, OneTimeCodesTest.SentCodes.class})
class OneTimeCodesTest {


    /** The codes as the message module would receive them. */
    @Component
    static class SentCodes {
        final List<OneTimeCodeIssued> sent = new CopyOnWriteArrayList<>();

        @EventListener
        void on(OneTimeCodeIssued issued) {
            sent.add(issued);
        }

        String codeFor(UUID challenge) {
            return sent.stream().filter(s -> s.challengeId().equals(challenge)).reduce((a, b) -> b).orElseThrow().code();
        }
    }

    @Autowired
    OneTimeCodes codes;

    @Autowired
    SentCodes sent;

    @Autowired
    TestClock clock;

    private final Recipient jo = new Recipient(EmailAddress.parse("jo@example.com").orElseThrow(), null);

    @Test
    void theRightCodeOpensItsSubjectOnceAndOnlyForItsPurpose() {
        var challenge = codes.issue(CodePurpose.TRACK_REPORT, "report-1", jo, "LP-ABC-DEF-GHJ");
        String code = sent.codeFor(challenge);
        assertThat(code).matches("\\d{6}");

        assertThat(codes.check(challenge, CodePurpose.RESUME, code).passed()).isFalse();
        var check = codes.check(challenge, CodePurpose.TRACK_REPORT, code.substring(0, 3) + " " + code.substring(3));
        assertThat(check.passed()).isTrue();
        assertThat(check.subject()).isEqualTo("report-1");
        assertThat(codes.check(challenge, CodePurpose.TRACK_REPORT, code).outcome()).isEqualTo(CodeCheck.Outcome.EXPIRED);
    }

    @Test
    void fiveWrongTriesLockTheChallengeEvenForTheRightCode() {
        var challenge = codes.issue(CodePurpose.TRACK_REPORT, "report-2", jo, null);
        String code = sent.codeFor(challenge);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            assertThat(codes.check(challenge, CodePurpose.TRACK_REPORT, wrong)).isEqualTo(new CodeCheck(CodeCheck.Outcome.WRONG, null, left));
        }
        assertThat(codes.check(challenge, CodePurpose.TRACK_REPORT, wrong).outcome()).isEqualTo(CodeCheck.Outcome.LOCKED);
        assertThat(codes.check(challenge, CodePurpose.TRACK_REPORT, code).outcome()).isEqualTo(CodeCheck.Outcome.LOCKED);
    }

    @Test
    void aCodeLastsTenMinutesAndANewOneReplacesItAfterAMinute() {
        var challenge = codes.issue(CodePurpose.TRACK_REPORT, "report-3", jo, null);
        String first = sent.codeFor(challenge);
        assertThat(codes.resend(challenge, CodePurpose.TRACK_REPORT)).isEqualTo(OneTimeCodes.Resend.TOO_SOON);

        clock.advance(Duration.ofMinutes(10));
        assertThat(codes.check(challenge, CodePurpose.TRACK_REPORT, first).outcome()).isEqualTo(CodeCheck.Outcome.EXPIRED);

        assertThat(codes.resend(challenge, CodePurpose.TRACK_REPORT)).isEqualTo(OneTimeCodes.Resend.SENT);
        String second = sent.codeFor(challenge);
        assertThat(sent.sent.stream().filter(s -> s.challengeId().equals(challenge)).map(OneTimeCodeIssued::sending))
                .containsExactly(1, 2);
        if (!second.equals(first)) {
            assertThat(codes.check(challenge, CodePurpose.TRACK_REPORT, first).outcome()).isEqualTo(CodeCheck.Outcome.WRONG);
        }
        assertThat(codes.check(challenge, CodePurpose.TRACK_REPORT, second).passed()).isTrue();
    }

    @Test
    void aDecoySendsNothingAndNoCodeEverPassesIt() {
        int before = sent.sent.size();
        var decoy = codes.issue(CodePurpose.TRACK_REPORT, null, null, null);
        assertThat(sent.sent).hasSize(before);
        for (String guess : List.of("000000", "123456", "999999", "")) {
            assertThat(codes.check(decoy, CodePurpose.TRACK_REPORT, guess).passed()).isFalse();
        }
        clock.advance(Duration.ofMinutes(2));
        assertThat(codes.resend(decoy, CodePurpose.TRACK_REPORT)).isEqualTo(OneTimeCodes.Resend.SENT);
        assertThat(sent.sent).hasSize(before);
    }
}
