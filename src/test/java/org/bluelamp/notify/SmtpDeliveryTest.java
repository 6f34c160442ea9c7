package org.bluelamp.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.bluelamp.BluelampTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Email through a real SMTP server (GreenMail): it arrives once, with a Message-ID made from the message's id. */
@BluelampTest
@Import(DeliveryTestClock.Fixed.class)
class SmtpDeliveryTest {

    static final GreenMail MAIL = startedMail();

    @DynamicPropertySource
    static void smtpAtGreenMail(DynamicPropertyRegistry properties) {
        properties.add("bluelamp.notify.provider", () -> "smtp");
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        properties.add("bluelamp.notify.smtp.from", () -> "no-reply@police.example");
        properties.add("bluelamp.notify.worker.enabled", () -> "false");
    }

    @Autowired
    DeliveryTestClock clock;

    @Autowired
    MessageDelivery delivery;

    @Autowired
    DeliveryRecords stored;

    Instant start;

    @BeforeEach
    void freshStart() throws Exception {
        stored.settleEverything();
        MAIL.purgeEmailFromAllMailboxes();
        start = clock.setToADayOfItsOwn();
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Test
    void anEmailArrivesOnceWithItsOwnMessageId() throws Exception {
        var id = stored.email("smtp-once:" + UUID.randomUUID(), start);

        assertThat(delivery.deliverDue()).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        assertThat(delivery.deliverDue()).isZero();

        var received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getHeader("Message-ID")).containsExactly("<" + id + "@bluelamp>");
        assertThat(received[0].getSubject()).isEqualTo("We have your report");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("no-reply@police.example");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("sam@example.com");
        assertThat(String.valueOf(received[0].getContent())).contains("Your reference is LP-7K3-M9Q-TXC.");
        var message = stored.find(id);
        assertThat(message.status()).isEqualTo("sent");
        assertThat(message.providerId()).isEqualTo("<" + id + "@bluelamp>");
        assertThat(stored.attempts(id)).extracting(DeliveryRecords.Attempt::outcome).containsExactly("sent");
    }

    @Test
    void aTextCannotGoBySmtpAndIsKeptAsFailedWithTheReason() {
        var id = stored.text("smtp-text:" + UUID.randomUUID(), start);

        assertThat(delivery.deliverDue()).isEqualTo(1);

        var message = stored.find(id);
        assertThat(message.status()).isEqualTo("failed");
        assertThat(message.lastError()).contains("bluelamp.notify.sms-provider");
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    private static GreenMail startedMail() {
        var mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }
}
