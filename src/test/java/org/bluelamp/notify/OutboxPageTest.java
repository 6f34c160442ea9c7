package org.bluelamp.notify;

import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The development outbox (the default provider) and the /staff/outbox pages: what was queued is listed, recipients
 * masked, for staff who see the queues or manage accounts; its words only for those who may see its contact; and
 * "sending" it writes it to the development mailbox folder and marks it delivered.
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

    @Autowired
    DevMailboxForTests mailbox;

    @Autowired
    JdbcClient jdbc;

    private UUID messageAbout(String reference) {
        return jdbc.sql("SELECT id FROM message WHERE reference = :r AND kind = 'acknowledgement' LIMIT 1")
                .param("r", reference).query(UUID.class).optional().orElse(null);
    }

    @Test
    void aQueuedMessageIsListedMaskedAndItsWordsAreReadOnlyBySomeoneWhoMaySeeItsContact() {
        String reference = OnlineReports.crime(port, jdbc, "Outbox page: my shed was broken into.");
        await().atMost(Duration.ofSeconds(10)).until(() -> messageAbout(reference) != null);
        var id = messageAbout(reference);
        var session = new WebSession(port);
        staff.signedIn(session, StaffRole.CONTACT_HANDLER);

        var outbox = session.get("/staff/outbox");
        assertThat(outbox.status()).isEqualTo(200);
        assertThat(outbox.body()).contains("Messages to the public", "a•••@e•••.com", reference, "Queued",
                "/staff/outbox/" + id, "href=\"/staff/outbox\"").doesNotContain("alex@example.com");

        var message = session.get("/staff/outbox/" + id);
        assertThat(message.status()).isEqualTo(200);
        assertThat(message.body()).contains("Your reference number is " + reference, "Thank you for contacting",
                "Not tried yet.", "a•••@e•••.com"); // the copy of the report holds the address: they may see it
        assertThat(session.get("/staff/outbox/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(session.get("/staff/outbox/not-an-id").status()).isEqualTo(404);

        var admin = new WebSession(port);
        staff.signedIn(admin, StaffRole.ADMIN);
        assertThat(admin.get("/staff/outbox").body()).contains("a•••@e•••.com", "/staff/outbox/" + id)
                .doesNotContain("alex@example.com");
        assertThat(admin.get("/staff/outbox/" + id).body()).contains("Queued",
                "The words are shown only to staff who may see the report")
                .doesNotContain("Thank you for contacting", "Outbox page: my shed", "alex@example.com", reference);
    }

    @Test
    void theDevelopmentOutboxWritesTheMessageToTheMailboxAndMarksItDelivered() {
        stored.settleEverything();
        var id = stored.email("outbox-delivered:" + UUID.randomUUID(), clock.instant());

        assertThat(delivery.deliverDue()).isEqualTo(1);

        var message = stored.find(id);
        assertThat(message.status()).isEqualTo("delivered");
        assertThat(message.sentAt()).isNotNull();
        assertThat(message.deliveredAt()).isNotNull();
        assertThat(mailbox.messagesTo("sam@example.com")).filteredOn(mail -> mail.contains("<" + id + "@bluelamp>"))
                .singleElement().satisfies(mail -> assertThat(mail).contains("To: sam@example.com", "By: email",
                        "Subject: We have your report", "Thank you.\nYour reference is LP-7K3-M9Q-TXC."));
        var session = new WebSession(port);
        staff.signedIn(session, StaffRole.ADMIN);
        assertThat(session.get("/staff/outbox/" + id).body()).contains("Delivered", "written to the development mailbox")
                .doesNotContain("Your reference is LP-7K3-M9Q-TXC.", "sam@example.com");
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

        assertThat(session.get("/staff/outbox").body()).contains("h•••@e•••.com", "Held until",
                "a time the reporter said is safe").doesNotContain(recipient);
    }
}
