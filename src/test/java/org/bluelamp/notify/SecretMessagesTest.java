package org.bluelamp.notify;

import org.bluelamp.BluelampTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A code or link is kept sealed, never in a message's words, only until the message is sent, fails or the secret
 * expires; the worker puts it in only in memory. Messages with no contact, or that carried a secret, are disposed of
 * a while after they settled. The worker is driven by hand (the same settings as {@link OutboxPageTest}).
 */
@BluelampTest
@TestPropertySource(properties = "bluelamp.notify.worker.enabled=false")
class SecretMessagesTest {

    @Autowired
    MessageWriter writer;

    @Autowired
    MessageDelivery delivery;

    @Autowired
    Messages messages;

    @Autowired
    ShortLivedMessagesJob disposal;

    @Autowired
    DeliveryRecords stored;

    @Autowired
    DevMailboxForTests mailbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private String email;
    private String code;

    @BeforeEach
    void somebodyNew() {
        stored.settleEverything();
        email = "coded-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        code = "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private UUID trackingCode(Instant expiresAt) {
        transaction.executeWithoutResult(status -> writer.write(MessageKind.TRACKING_CODE, UUID.randomUUID() + "#1",
                "LP-7K3-M9Q-TXC", Map.of("code", code, "minutes", "10"), expiresAt,
                List.of(new Delivery(MessageChannel.EMAIL, email, clock.instant()))));
        return jdbc.sql("SELECT id FROM message WHERE recipient = :r").param("r", email).query(UUID.class).single();
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("SELECT subject, body, secrets, secrets_expire_at, status, last_error FROM message WHERE id = :id")
                .param("id", id).query().singleRow();
    }

    @Test
    void aCodeIsSealedWhileQueuedSentInFullAndThenForgotten() {
        var id = trackingCode(clock.instant().plus(Duration.ofMinutes(10)));

        var queued = row(id);
        assertThat((String) queued.get("body")).contains("Your code is ((code))").doesNotContain(code);
        assertThat((byte[]) queued.get("secrets")).isNotEmpty();
        assertThat(new String((byte[]) queued.get("secrets"), StandardCharsets.ISO_8859_1)).doesNotContain(code);

        assertThat(delivery.deliverDue()).isEqualTo(1);

        var sent = row(id);
        assertThat(sent.get("status")).isEqualTo("delivered");
        assertThat(sent.get("secrets")).isNull();
        assertThat((String) sent.get("body")).doesNotContain(code);
        assertThat(mailbox.messagesTo(email)).singleElement().satisfies(mail -> assertThat(mail)
                .contains("Subject: Your code to check your report", "Your code is " + code).doesNotContain("(("));
    }

    @Test
    void aCodeThatExpiredBeforeItCouldBeSentIsFailedAndKeptNowhere() {
        var id = trackingCode(clock.instant().minusSeconds(1));

        assertThat(delivery.deliverDue()).isZero();

        var failed = row(id);
        assertThat(failed.get("status")).isEqualTo("failed");
        assertThat(failed.get("secrets")).isNull();
        assertThat(failed.get("last_error")).isEqualTo("not sent: its code or link expired first, and has not been kept");
        assertThat(stored.attempts(id)).singleElement().satisfies(attempt -> assertThat(attempt.outcome())
                .isEqualTo("expired"));
        assertThat(mailbox.messagesTo(email)).isEmpty();
    }

    @Test
    void aWorkerThatDiedAfterClaimingLeavesTheCodeToBeSentByTheNext() {
        var id = trackingCode(clock.instant().plus(Duration.ofMinutes(10)));
        var now = clock.instant();
        assertThat(messages.claim(now, 20, now.plus(Duration.ofMinutes(2)))).hasSize(1); // ...and then died
        jdbc.sql("UPDATE message SET lease_until = :past, next_attempt_at = :past WHERE id = :id")
                .param("past", Timestamp.from(now.minusSeconds(1))).param("id", id).update();

        assertThat(delivery.deliverDue()).isEqualTo(1);

        assertThat(row(id).get("status")).isEqualTo("delivered");
        assertThat(row(id).get("secrets")).isNull();
        assertThat(mailbox.messagesTo(email)).singleElement().satisfies(mail -> assertThat(mail).contains(code));
    }

    @Test
    void messagesWithNoContactOrThatCarriedACodeAreDisposedOfAMonthAfterTheySettled() {
        var old = clock.instant().minus(Duration.ofDays(31));
        var savedLink = settled("resume-link", null, old);
        var trackingCode = settled("tracking-code", "LP-7K3-M9Q-TXC", old);
        var dataRequest = settled("data-request-received", "DSR-2026-0001", old);
        var acknowledgement = settled("acknowledgement", "LP-7K3-M9Q-TXC", old);
        var recent = settled("resume-link", null, clock.instant().minus(Duration.ofDays(29)));

        assertThat(disposal.dispose()).isGreaterThanOrEqualTo(3);

        assertThat(exists(savedLink)).isFalse();
        assertThat(exists(trackingCode)).isFalse();
        assertThat(exists(dataRequest)).isFalse();
        assertThat(stored.attempts(savedLink)).isEmpty();
        assertThat(exists(acknowledgement)).as("kept with its contact").isTrue();
        assertThat(exists(recent)).as("not a month yet").isTrue();
    }

    private UUID settled(String kind, String reference, Instant at) {
        var id = stored.queue(new NewMessage("disposal:" + UUID.randomUUID(), kind, MessageChannel.EMAIL, email,
                "Subject", "Words", reference, at));
        jdbc.sql("""
                        UPDATE message SET status = 'delivered', created_at = :at, sent_at = :at, delivered_at = :at,
                                           next_attempt_at = NULL, attempts = 1
                        WHERE id = :id""").param("at", Timestamp.from(at)).param("id", id).update();
        jdbc.sql("INSERT INTO message_attempt (message_id, number, at, outcome) VALUES (:id, 1, :at, 'sent')")
                .param("id", id).param("at", Timestamp.from(at)).update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM message WHERE id = :id").param("id", id).query(Integer.class).single() == 1;
    }
}
