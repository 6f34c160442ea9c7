package org.bluelamp.notify;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development outbox (the default provider) and the /staff/outbox pages: what was queued is listed for staff who
 * see the queues or manage accounts, with its words and attempts, and "sending" it only marks it delivered.
 */
@BluelampTest
@TestPropertySource(properties = "bluelamp.notify.worker.enabled=false")
class OutboxPageTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staff;

    @Autowired
    DeliveryRecords stored;

    @Autowired
    MessageDelivery delivery;

    @Autowired
    Clock clock;

    @Test
    void aQueuedMessageIsListedAndReadableForAContactHandler() {
        var recipient = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var id = stored.queue(new NewMessage("outbox-page:" + UUID.randomUUID(), "acknowledgement",
                MessageChannel.EMAIL, recipient, "We have your report", "Thank you.\nYour reference is LP-7K3-M9Q-TXC.",
                "LP-7K3-M9Q-TXC", clock.instant()));
        var session = new WebSession(port);
        staff.signedIn(session, StaffRole.CONTACT_HANDLER);

        var outbox = session.get("/staff/outbox");
        assertThat(outbox.status()).isEqualTo(200);
        assertThat(outbox.body()).contains("Messages to the public", recipient, "LP-7K3-M9Q-TXC", "Queued",
                "/staff/outbox/" + id, "href=\"/staff/outbox\"");

        var message = session.get("/staff/outbox/" + id);
        assertThat(message.status()).isEqualTo(200);
        assertThat(message.body()).contains("We have your report", "Thank you.", "Your reference is LP-7K3-M9Q-TXC.",
                "Not tried yet.");
        assertThat(session.get("/staff/outbox/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(session.get("/staff/outbox/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void theDevelopmentOutboxMarksAMessageDeliveredAndKeepsItReadable() {
        stored.settleEverything();
        var id = stored.email("outbox-delivered:" + UUID.randomUUID(), clock.instant());

        assertThat(delivery.deliverDue()).isEqualTo(1);

        var message = stored.find(id);
        assertThat(message.status()).isEqualTo("delivered");
        assertThat(message.sentAt()).isNotNull();
        assertThat(message.deliveredAt()).isNotNull();
        var session = new WebSession(port);
        staff.signedIn(session, StaffRole.ADMIN);
        assertThat(session.get("/staff/outbox/" + id).body()).contains("Delivered", "Your reference is LP-7K3-M9Q-TXC.",
                "kept in the development outbox");
    }

    @Test
    void staffWhoSeeNoQueuesCannotOpenTheOutbox() {
        var session = new WebSession(port);
        staff.signedIn(session, StaffRole.OFFICER);

        assertThat(session.get("/staff/outbox").status()).isEqualTo(403);
        assertThat(session.get("/staff/contacts").body()).doesNotContain("href=\"/staff/outbox\"");
    }

    @Test
    void queuingTheSameKeyTwiceStoresOneMessage() {
        var key = "twice:" + UUID.randomUUID();
        var first = stored.email(key, clock.instant());
        var second = stored.email(key, clock.instant());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aMessageHeldForTheReportersSafeTimeSaysUntilWhen() {
        var recipient = "held-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        stored.queue(new NewMessage("outbox-held:" + UUID.randomUUID(), "update", MessageChannel.EMAIL, recipient,
                "An update", "There is an update.", "LP-7K3-M9Q-TXC", clock.instant().plus(java.time.Duration.ofHours(5))));
        var session = new WebSession(port);
        staff.signedIn(session, StaffRole.CONTACT_HANDLER);

        assertThat(session.get("/staff/outbox").body()).contains(recipient, "Held until", "a time the reporter said is safe");
    }
}
