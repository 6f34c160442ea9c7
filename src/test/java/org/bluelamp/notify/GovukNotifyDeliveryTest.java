package org.bluelamp.notify;

import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.bluelamp.notify.NotifyStandIn.Answer;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.DriverManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Delivery through GOV.UK Notify (a local stand-in speaking its API), with the worker driven by hand at moments a
 * fixed clock sets: busy, broken, slow and refusing answers, a provider down for an hour, a worker that died
 * mid-send, two workers at once. Each message reaches Notify exactly once.
 */
@BluelampTest
@Import(DeliveryTestClock.Fixed.class)
class GovukNotifyDeliveryTest {

    static final NotifyStandIn NOTIFY = standIn();

    @DynamicPropertySource
    static void notifyAtTheStandIn(DynamicPropertyRegistry properties) {
        properties.add("bluelamp.notify.provider", () -> "govuk-notify");
        properties.add("bluelamp.notify.govuk.base-url", NOTIFY::baseUrl);
        properties.add("bluelamp.notify.govuk.api-key",
                () -> "bluelamp_test-" + UUID.randomUUID() + "-" + UUID.randomUUID());
        properties.add("bluelamp.notify.govuk.email-template-id", () -> UUID.randomUUID().toString());
        properties.add("bluelamp.notify.govuk.sms-template-id", () -> UUID.randomUUID().toString());
        properties.add("bluelamp.notify.govuk.callback-token", () -> "test-callback-token");
        properties.add("bluelamp.notify.timeout", () -> "1s");
        properties.add("bluelamp.notify.worker.enabled", () -> "false");
    }

    @Autowired
    DeliveryTestClock clock;

    @Autowired
    MessageDelivery delivery;

    @Autowired
    Messages messages;

    @Autowired
    DeliveryRecords stored;

    Instant start;

    @BeforeEach
    void freshStart() {
        stored.settleEverything();
        NOTIFY.reset();
        start = clock.setToADayOfItsOwn();
    }

    @AfterAll
    static void stopTheStandIn() {
        NOTIFY.close();
    }

    @Test
    void busyThenBrokenThenTooSlowStillReachesNotifyOnce() {
        NOTIFY.script(new Answer.Status(429), new Answer.Status(500), new Answer.AcceptLate(Duration.ofSeconds(3)));
        var id = stored.email("busy-broken-slow:" + UUID.randomUUID(), start);

        assertThat(delivery.deliverDue()).isEqualTo(1);
        untilNextAttempt(id);
        assertThat(delivery.deliverDue()).isEqualTo(1);
        untilNextAttempt(id);
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(stored.find(id).status()).isEqualTo("queued");
        untilNextAttempt(id);
        assertThat(delivery.deliverDue()).isEqualTo(1);

        var message = stored.find(id);
        assertThat(message.status()).isEqualTo("sent");
        assertThat(NOTIFY.acceptedWith(id.toString())).isEqualTo(1);
        assertThat(NOTIFY.sendRequests()).isEqualTo(3);
        assertThat(message.providerId()).isEqualTo(NOTIFY.accepted().getFirst().id());
        assertThat(stored.attempts(id)).extracting(DeliveryRecords.Attempt::outcome)
                .containsExactly("retry", "retry", "unknown", "found");
        assertThat(stored.attempts(id)).extracting(DeliveryRecords.Attempt::httpStatus)
                .containsExactly(429, 500, null, null);
        // The words went as personalisation of the generic template; the reference is our message id.
        var sent = NOTIFY.accepted().getFirst();
        assertThat(sent.personalisation()).containsEntry("subject", "We have your report")
                .containsEntry("body", "Thank you.\nYour reference is LP-7K3-M9Q-TXC.");
        assertThat(sent.to()).isEqualTo("sam@example.com");
    }

    @Test
    void aBadRequestOrAWrongKeyFailsAtOnceAndIsNotTriedAgain() {
        NOTIFY.script(new Answer.Status(400), new Answer.Status(403));
        var first = stored.email("refused-a:" + UUID.randomUUID(), start);
        var second = stored.text("refused-b:" + UUID.randomUUID(), start);

        assertThat(delivery.deliverDue()).isEqualTo(2);
        clock.advance(Duration.ofDays(1));
        assertThat(delivery.deliverDue()).isZero();

        for (var id : List.of(first, second)) {
            var message = stored.find(id);
            assertThat(message.status()).isEqualTo("failed");
            assertThat(message.attempts()).isEqualTo(1);
            assertThat(message.lastError()).startsWith("Notify answered 4").doesNotContain("example.com", "+44");
            assertThat(stored.attempts(id)).extracting(DeliveryRecords.Attempt::outcome).containsExactly("rejected");
        }
        assertThat(stored.attempts(first).getFirst().httpStatus() + stored.attempts(second).getFirst().httpStatus())
                .isEqualTo(400 + 403);
        assertThat(NOTIFY.sendRequests()).isEqualTo(2);
        assertThat(NOTIFY.accepted()).isEmpty();
    }

    @Test
    void notifyDownForAnHourThenBackDeliversEveryMessageOnceWithWaitsGrowing() {
        NOTIFY.otherwise(new Answer.Status(503));
        var ids = List.of(stored.email("down-a:" + UUID.randomUUID(), start),
                stored.email("down-b:" + UUID.randomUUID(), start), stored.text("down-c:" + UUID.randomUUID(), start));

        var step = Duration.ofSeconds(15);
        for (var at = start; at.isBefore(start.plus(Duration.ofHours(1))); at = at.plus(step)) {
            clock.set(at);
            delivery.deliverDue();
        }
        assertThat(ids).allSatisfy(id -> assertThat(stored.find(id).status()).isEqualTo("queued"));
        assertThat(NOTIFY.accepted()).isEmpty();

        NOTIFY.otherwise(Answer.ACCEPT);
        for (var at = start.plus(Duration.ofHours(1)); at.isBefore(start.plus(Duration.ofHours(2))); at = at.plus(step)) {
            clock.set(at);
            delivery.deliverDue();
        }

        for (var id : ids) {
            assertThat(stored.find(id).status()).isEqualTo("sent");
            assertThat(NOTIFY.acceptedWith(id.toString())).isEqualTo(1);
            var attempts = stored.attempts(id);
            assertThat(attempts.getLast().outcome()).isEqualTo("sent");
            assertThat(attempts.subList(0, attempts.size() - 1))
                    .allSatisfy(attempt -> assertThat(attempt.httpStatus()).isEqualTo(503));
            // 30 s, doubling (less up to a tenth), up to 30 minutes: about 0, 0.5, 1.5, 3.5, 7.5, 15.5, 31.5, 60 and
            // 90 minutes after the first.
            assertThat(attempts).hasSizeBetween(7, 10);
            var waits = new ArrayList<Duration>();
            for (int i = 1; i < attempts.size(); i++) {
                waits.add(Duration.between(attempts.get(i - 1).at(), attempts.get(i).at()));
            }
            for (int i = 1; i < waits.size(); i++) {
                if (waits.get(i).compareTo(Duration.ofMinutes(27)) < 0) {
                    assertThat(waits.get(i)).as("wait %d of %s", i, waits).isGreaterThan(waits.get(i - 1));
                }
                assertThat(waits.get(i)).as("wait %d of %s", i, waits).isLessThanOrEqualTo(Duration.ofMinutes(30));
            }
            assertThat(waits.getLast()).isGreaterThanOrEqualTo(Duration.ofMinutes(15));
        }
    }

    @Test
    void aWorkerThatDiedMidSendIsNotRepeatedWhenItsLeaseRunsOut() {
        var sentBeforeDying = stored.email("died-after:" + UUID.randomUUID(), start);
        var diedBeforeSending = stored.email("died-before:" + UUID.randomUUID(), start);
        // A worker claims both, hands one to Notify, and dies.
        assertThat(messages.claim(start, 10, start.plus(Duration.ofMinutes(2)))).hasSize(2);
        NOTIFY.acceptDirectly(sentBeforeDying.toString(), "sam@example.com");

        clock.set(start.plus(Duration.ofMinutes(1)));
        assertThat(delivery.deliverDue()).as("leased to the dead worker still").isZero();
        clock.set(start.plus(Duration.ofMinutes(2)));
        assertThat(delivery.deliverDue()).isEqualTo(2);

        assertThat(stored.find(sentBeforeDying).status()).isEqualTo("sent");
        assertThat(stored.attempts(sentBeforeDying)).extracting(DeliveryRecords.Attempt::outcome).containsExactly("found");
        assertThat(stored.find(diedBeforeSending).status()).isEqualTo("sent");
        assertThat(stored.attempts(diedBeforeSending)).extracting(DeliveryRecords.Attempt::outcome)
                .containsExactly("sent");
        assertThat(NOTIFY.acceptedWith(sentBeforeDying.toString())).isEqualTo(1);
        assertThat(NOTIFY.acceptedWith(diedBeforeSending.toString())).isEqualTo(1);
        assertThat(NOTIFY.sendRequests()).isEqualTo(1);
    }

    @Test
    void twoWorkersAtOnceNeverSendOneMessageTwice() throws Exception {
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < 30; i++) {
            ids.add(stored.email("two-workers-" + i + ":" + UUID.randomUUID(), start));
        }
        var go = new CountDownLatch(1);
        var workers = new ArrayList<CompletableFuture<Integer>>();
        for (int worker = 0; worker < 2; worker++) {
            workers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException stopped) {
                    throw new IllegalStateException(stopped);
                }
                int attempted = 0;
                for (int run = 0; run < 3; run++) {
                    attempted += delivery.deliverDue();
                }
                return attempted;
            }));
        }
        go.countDown();
        int attempted = 0;
        for (var worker : workers) {
            attempted += worker.get();
        }

        assertThat(attempted).isEqualTo(30);
        for (var id : ids) {
            assertThat(stored.find(id).status()).isEqualTo("sent");
            assertThat(stored.find(id).attempts()).isEqualTo(1);
            assertThat(NOTIFY.acceptedWith(id.toString())).isEqualTo(1);
        }
    }

    @Test
    void aMessageAnotherWorkerHoldsIsSkippedNotWaitedFor() throws Exception {
        var held = stored.email("held:" + UUID.randomUUID(), start);
        var free = stored.email("free:" + UUID.randomUUID(), start);
        // Another instance, in the middle of its claim: its own connection, outside this application's pool of one.
        try (var other = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword())) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("SELECT id FROM message WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, held);
                lock.executeQuery().close();
            }

            assertThat(delivery.deliverDue()).as("only the message nobody holds").isEqualTo(1);
            assertThat(stored.find(free).status()).isEqualTo("sent");
            assertThat(stored.find(held).status()).isEqualTo("queued");
            other.rollback();
        }
        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(stored.find(held).status()).isEqualTo("sent");
        assertThat(NOTIFY.acceptedWith(held.toString())).isEqualTo(1);
        assertThat(NOTIFY.acceptedWith(free.toString())).isEqualTo(1);
    }

    @Autowired
    HikariDataSource pool;

    @Test
    void aMessageNotYetDueWaitsForItsTime() {
        var id = stored.email("later:" + UUID.randomUUID(), start.plus(Duration.ofHours(8)));

        assertThat(delivery.deliverDue()).isZero();
        clock.set(start.plus(Duration.ofHours(8)));
        assertThat(delivery.deliverDue()).isEqualTo(1);

        assertThat(stored.find(id).status()).isEqualTo("sent");
    }

    @Test
    void aMessageNotSentWithinThreeDaysIsGivenUp() {
        NOTIFY.otherwise(new Answer.Status(500));
        var id = stored.email("give-up:" + UUID.randomUUID(), start);

        for (var at = start; at.isBefore(start.plus(Duration.ofHours(73))); at = at.plus(Duration.ofMinutes(30))) {
            clock.set(at);
            delivery.deliverDue();
        }

        var message = stored.find(id);
        assertThat(message.status()).isEqualTo("failed");
        assertThat(message.lastError()).startsWith("gave up after PT72H");
        int tries = NOTIFY.sendRequests();
        clock.advance(Duration.ofDays(1));
        delivery.deliverDue();
        assertThat(NOTIFY.sendRequests()).isEqualTo(tries);
    }

    @Test
    void aDeliveryReceiptWithTheRightTokenMarksTheMessageDelivered() throws Exception {
        var delivered = stored.email("receipt-delivered:" + UUID.randomUUID(), start);
        var bounced = stored.email("receipt-bounced:" + UUID.randomUUID(), start);
        delivery.deliverDue();
        clock.advance(Duration.ofMinutes(3));

        assertThat(receipt("Bearer test-callback-token", receiptFor(delivered, "delivered"))).isEqualTo(204);
        assertThat(receipt("Bearer test-callback-token", receiptFor(bounced, "permanent-failure"))).isEqualTo(204);

        var message = stored.find(delivered);
        assertThat(message.status()).isEqualTo("delivered");
        assertThat(message.providerStatus()).isEqualTo("delivered");
        assertThat(message.deliveredAt()).isEqualTo(start.plus(Duration.ofMinutes(3)));
        assertThat(message.providerId()).isEqualTo(NOTIFY.accepted().stream()
                .filter(taken -> taken.reference().equals(delivered.toString())).findFirst().orElseThrow().id());
        assertThat(stored.find(bounced).status()).isEqualTo("failed");
        assertThat(stored.find(bounced).lastError()).isEqualTo("receipt: permanent-failure");
    }

    @Test
    void aDeliveryReceiptWithoutTheRightTokenIsRefusedAndChangesNothing() throws Exception {
        var id = stored.email("receipt-refused:" + UUID.randomUUID(), start);
        delivery.deliverDue();

        assertThat(receipt("Bearer not-the-token", receiptFor(id, "delivered"))).isEqualTo(401);
        assertThat(receipt(null, receiptFor(id, "delivered"))).isEqualTo(401);
        assertThat(stored.find(id).status()).isEqualTo("sent");
        assertThat(stored.find(id).providerStatus()).isNull();
    }

    @Test
    void aDeliveryReceiptThatCannotBeReadIsABadRequestNeverAnError() throws Exception {
        assertThat(receipt("Bearer test-callback-token", "{not json")).isEqualTo(400);
        assertThat(receipt("Bearer test-callback-token", "[]")).isEqualTo(400);
        assertThat(receipt("Bearer test-callback-token", "{\"reference\": \"LP-7K3\"}")).isEqualTo(400);
        assertThat(receipt("Bearer test-callback-token", "{\"reference\": \"LP-7K3\", \"status\": \"delivered\"}"))
                .as("another service's message").isEqualTo(204);
        assertThat(receipt("Bearer test-callback-token", "")).isEqualTo(400);
        assertThat(receipt("Bearer test-callback-token", receiptFor(UUID.randomUUID(), "delivered"))).isEqualTo(204);
    }

    @LocalServerPort
    int port;

    private String receiptFor(UUID id, String status) {
        var providerId = NOTIFY.accepted().stream().filter(taken -> taken.reference().equals(id.toString()))
                .map(NotifyStandIn.Accepted::id).findFirst().orElse(UUID.randomUUID().toString());
        return """
                {"id": "%s", "reference": "%s", "to": "sam@example.com", "status": "%s",
                 "created_at": "2026-03-02T09:00:00.000000Z", "notification_type": "email"}""".formatted(providerId, id, status);
    }

    private int receipt(String authorization, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/notify/callback"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (var http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private void untilNextAttempt(UUID id) {
        clock.set(stored.find(id).nextAttemptAt());
    }

    private static NotifyStandIn standIn() {
        try {
            return new NotifyStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMessageThatCannotBeDeliveredIsOnTheContactsTimelineForWhoeverWorksIt() {
        String reference = OnlineReports.crime(port, jdbc, "Undelivered: my wheelie bin was set alight.");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM message WHERE reference = :r").param("r", reference).query(Integer.class).single() == 1);
        NOTIFY.script(new Answer.Status(400));

        assertThat(delivery.deliverDue()).isEqualTo(1);

        assertThat(jdbc.sql("""
                        SELECT t.details ->> 'message' FROM contact_timeline t JOIN contact c ON c.id = t.contact_id
                        WHERE c.reference = :r AND t.kind = 'message-undelivered'""")
                .param("r", reference).query(String.class).list()).containsExactly("Acknowledgement of a new report");
    }
}
