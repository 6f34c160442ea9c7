package org.bluelamp.notify;

import org.bluelamp.BluelampTest;
import org.bluelamp.platform.codes.CodePurpose;
import org.bluelamp.platform.codes.OneTimeCodeIssued;
import org.bluelamp.platform.codes.OneTimeCodes;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.reporting.DraftSavedForLater;
import org.bluelamp.tracking.CodesForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Codes and links go to the one address the person gave for them, whatever they chose for their report; the stored
 * words never hold them (they are put in when sent, as the development mailbox shows).
 */
@BluelampTest
@ExtendWith(OutputCaptureExtension.class)
class CodeAndLinkMessagesTest {

    @Autowired
    OneTimeCodes codes;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CodesForTests issued;

    @Autowired
    DevMailboxForTests mailbox;

    @Autowired
    EventSerializer serializer;

    private List<Map<String, Object>> messagesTo(String recipient) {
        return jdbc.sql("select kind, channel, subject, body from message where recipient = :r order by created_at")
                .param("r", recipient).query().listOfRows();
    }

    @Test
    void aTrackingCodeGoesByEmailInTheBodyOnlyAndNeverIntoTheLog(CapturedOutput log) {
        var email = EmailAddress.parse("code.reader@example.com").orElseThrow();
        var challenge = codes.issue(CodePurpose.TRACK_REPORT, UUID.randomUUID().toString(), new OneTimeCodes.Recipient(email, null),
                "LP-AAA-BBB-CCC");
        String code = issued.forChallenge(challenge).getFirst().code();
        await().atMost(Duration.ofSeconds(10)).until(() -> !messagesTo(email.value()).isEmpty());

        var message = messagesTo(email.value()).getFirst();
        assertThat(message.get("kind")).isEqualTo("tracking-code");
        assertThat((String) message.get("body")).as("stored without the code").contains("Your code is ((code))")
                .doesNotContain(code);
        assertThat((String) message.get("subject")).doesNotContain(code);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messagesTo(email.value()).stream()
                .anyMatch(mail -> mail.contains("Your code is " + code)));
        assertThat(log.getAll()).doesNotContain(code);
    }

    @Test
    void aCodeForALandlineOnlyCannotBeTextedSoNothingIsStored() {
        var landline = UkPhoneNumber.parse("0116 496 0999").orElseThrow();
        var mobile = UkPhoneNumber.parse("07700 900321").orElseThrow();
        codes.issue(CodePurpose.RESUME, UUID.randomUUID().toString(), new OneTimeCodes.Recipient(null, landline), null);
        codes.issue(CodePurpose.RESUME, UUID.randomUUID().toString(), new OneTimeCodes.Recipient(null, mobile), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> !messagesTo(mobile.e164()).isEmpty());

        assertThat(messagesTo(mobile.e164())).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("kind", "resume-code").containsEntry("channel", "sms"));
        assertThat(messagesTo(landline.e164())).isEmpty();
    }

    @Test
    void theLinkToASavedReportSaysWhenTheAnswersAreDeleted() {
        var email = EmailAddress.parse("saver@example.com").orElseThrow();
        transaction.executeWithoutResult(status -> events.publishEvent(new DraftSavedForLater(UUID.randomUUID(),
                "Report a crime", email, null, "/resume/abc123", Instant.parse("2099-12-02T15:05:00Z"))));
        await().atMost(Duration.ofSeconds(10)).until(() -> !messagesTo(email.value()).isEmpty());

        var message = messagesTo(email.value()).getFirst();
        assertThat(message.get("kind")).isEqualTo("resume-link");
        assertThat((String) message.get("body")).contains("((resumeLink))", "2 December 2099 at 3:05pm")
                .doesNotContain("abc123");
        assertThat((String) message.get("subject")).doesNotContain("crime");
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.messagesTo(email.value()).stream()
                .anyMatch(mail -> mail.contains("/resume/abc123") && mail.contains("2 December 2099 at 3:05pm")));
    }

    /**
     * A code event waiting in the event log when this version starts was stored with its purpose as words: it is read
     * back as the same purpose, and a new one is stored the same way.
     */
    @Test
    void aCodeEventStoredWithItsPurposeAsWordsIsReadBackAsThatPurpose() {
        var event = new OneTimeCodeIssued(UUID.randomUUID(), 1, CodePurpose.DATA_ANSWER,
                EmailAddress.parse("stored@example.com").orElseThrow(), null, "123456", "LP-AAA-BBB-CCC",
                Instant.parse("2099-12-02T15:05:00Z"));
        String stored = serializer.serialize(event).toString();
        assertThat(stored).contains("\"purpose\":\"data-answer\"");

        for (var purpose : CodePurpose.values()) {
            String asStoredBefore = stored.replace("\"data-answer\"", "\"" + purpose.value() + "\"");
            assertThat(serializer.deserialize(asStoredBefore, OneTimeCodeIssued.class).purpose()).isEqualTo(purpose);
        }
        assertThat(CodePurpose.TRACK_REPORT.value()).isEqualTo("track-report");
        assertThat(CodePurpose.RESUME.value()).isEqualTo("resume");
    }
}
