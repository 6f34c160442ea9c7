package org.bluelamp.integration.webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.BluelampTest;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.integration.ApiTestClients;
import org.bluelamp.platform.KeyedHash;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks delivered to a receiver on localhost, from events written to the feed's table here: each once, signed
 * with the secret the client was given; again after an error or no answer, with the same id; and listed for admins.
 */
@BluelampTest
class WebhookDeliveryTest {

    private static final Instant OCCURRED = Instant.parse("2026-12-06T10:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    KeyedHash keyedHash;

    @Autowired
    Webhooks webhooks;

    @Autowired
    WebhookJob job;

    @Autowired
    StaffAccountsForTests staff;

    @Autowired
    MeterRegistry meters;

    private WebhookReceiver receiver;
    private ApiTestClients.Registered client;
    private String secret;
    private static String reference;
    private static UUID contact;

    @BeforeEach
    void subscribe() throws Exception {
        if (reference == null) {
            reference = OnlineReports.crime(port, jdbc, "Webhooks: someone took the bike from my front garden.");
            await().atMost(Duration.ofSeconds(10)).until(() -> contactId() != null);
            contact = contactId();
        }
        receiver = new WebhookReceiver();
        client = new ApiTestClients(jdbc, passwords, keyedHash, port).register("Webhook receiver",
                ApiScope.READ_CONTACTS);
        secret = webhooks.set(client.id(), receiver.url(), false).newSecret().orElseThrow();
    }

    @AfterEach
    void unsubscribe() {
        webhooks.remove(client.id());
        receiver.close();
    }

    @Test
    void eachEventArrivesOnceSignedWithTheSecretTheClientWasGiven() {
        var allocated = event("allocated", "{\"team\": \"north\", \"officer\": true}");
        var closed = event("closed", "{\"filed\": false, \"category\": \"advice-given\"}");
        var deliveredBefore = meters.counter("bluelamp.webhooks.attempts", "outcome", "delivered").count();

        job.run();
        await().atMost(Duration.ofSeconds(20)).until(() -> delivered(allocated) && delivered(closed));
        job.run();
        job.run();

        var calls = receiver.callsFor(allocated.id());
        assertThat(calls).hasSize(1);
        assertThat(receiver.callsFor(closed.id())).hasSize(1);
        var call = calls.getFirst();
        assertThat(call.signedWith(secret)).isTrue();
        assertThat(call.signedWith(WebhookSignature.newSecret())).isFalse();
        assertThat(call.path()).isEqualTo("/hooks/bluelamp?from=test");
        assertThat(Long.parseLong(call.timestamp())).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        assertThat(JSON.readTree(call.body())).isEqualTo(JSON.readTree("""
                {"type": "contact.allocated", "timestamp": "2026-12-06T10:00:00Z",
                 "data": {"id": "%s", "position": %d, "type": "contact.allocated", "occurredAt": "2026-12-06T10:00:00Z",
                          "contact": {"reference": "%s", "href": "/api/v1/contacts/%s"},
                          "data": {"team": "north", "officer": true}}}""".formatted(allocated.id(),
                allocated.position(), reference, reference)));
        assertThat(stored(allocated)).isEqualTo(Map.of("status", "delivered", "attempts", 1, "last_status_code", 200));
        assertThat(meters.counter("bluelamp.webhooks.attempts", "outcome", "delivered").count())
                .isGreaterThanOrEqualTo(deliveredBefore + 2);
        // Deliveries are written only for events after the webhook was set: none for this client before it.
        assertThat(jdbc.sql("SELECT min(position) FROM webhook_delivery WHERE client_id = :c")
                .param("c", client.id()).query(Long.class).single()).isEqualTo(allocated.position());
    }

    @Test
    void aReportSentOnlineReachesTheWebhookFromTheFeed() {
        var sent = OnlineReports.crime(port, jdbc, "Webhooks: my car window was smashed in the night.");

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.calls().stream()
                .anyMatch(call -> call.body().contains("\"reference\":\"" + sent + "\"")));
        var call = receiver.calls().stream()
                .filter(one -> one.body().contains("\"reference\":\"" + sent + "\"")).findFirst().orElseThrow();
        var body = JSON.readTree(call.body());
        assertThat(body.get("type").asString()).isEqualTo("contact.received");
        assertThat(body.get("data").get("id").asString()).isEqualTo(call.id());
        assertThat(body.get("data").get("contact").get("href").asString()).isEqualTo("/api/v1/contacts/" + sent);
        assertThat(call.signedWith(secret)).isTrue();
        assertThat(call.body()).doesNotContain("car window");
        assertThat(jdbc.sql("SELECT position FROM api_event WHERE event_id = :e").param("e", UUID.fromString(call.id()))
                .query(Long.class).single()).isEqualTo(body.get("data").get("position").asLong());
    }

    @Test
    void aReceiverThatAnswers500GetsTheSameEventAgainAndOnceItTakesItNoMore() {
        receiver.answering(call -> receiver.callsFor(call.id()).size() == 1 ? 500 : 200);
        var assessed = event("assessed", "{\"risk\": \"standard\", \"grading\": \"scheduled\"}");

        job.run();
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.callsFor(assessed.id()).size() == 1
                && stored(assessed).get("attempts").equals(1) && stored(assessed).get("last_status_code") != null);
        assertThat(stored(assessed)).isEqualTo(Map.of("status", "pending", "attempts", 1, "last_status_code", 500));
        var wait = jdbc.sql("""
                        SELECT extract(epoch FROM next_attempt_at - now()) FROM webhook_delivery
                        WHERE client_id = :c AND event_id = :e""")
                .param("c", client.id()).param("e", assessed.id()).query(Double.class).single();
        assertThat(wait).isBetween(0.0, 5.0);

        // The back-off's first wait, then the scheduled run.
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered(assessed));
        job.run();
        job.run();

        var calls = receiver.callsFor(assessed.id());
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).body()).isEqualTo(calls.get(0).body());
        assertThat(calls).allMatch(call -> call.signedWith(secret));
        assertThat(stored(assessed)).isEqualTo(Map.of("status", "delivered", "attempts", 2, "last_status_code", 200));
    }

    @Test
    void aReceiverThatNeverAnswersTimesOutAndIsTriedAgain() {
        receiver.answering(call -> -1);
        var received = event("received", "{\"channel\": \"online\", \"service\": \"crime\"}");

        job.run();
        await().atMost(Duration.ofSeconds(30)).until(() -> "no answer in time".equals(lastError(received)));
        assertThat(stored(received)).isEqualTo(Map.of("status", "pending", "attempts", 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsFor(received.id()).size() == 2);
        assertThat(receiver.callsFor(received.id())).allMatch(call -> call.signedWith(secret));
    }

    @Test
    void aDeliveryNotTakenWithin72HoursOfItsEventFailsAndIsTriedNoMore() {
        receiver.answering(call -> 500);
        var failedBefore = meters.counter("bluelamp.webhooks.attempts", "outcome", "failed").count();
        var late = event("closed", "{\"filed\": true, \"category\": \"no-further-action\"}",
                "now() - interval '72 hours' + interval '8 seconds'");

        job.run();
        await().atMost(Duration.ofSeconds(60)).until(() -> "failed".equals(stored(late).get("status")));
        int calls = receiver.callsFor(late.id()).size();
        job.run();

        assertThat(calls).isBetween(1, 3);
        assertThat(lastError(late)).isIn("not delivered within 72 hours of the event", "answered 500");
        assertThat(receiver.callsFor(late.id())).hasSize(calls);
        assertThat(jdbc.sql("""
                        SELECT next_attempt_at IS NULL AND leased_until IS NULL FROM webhook_delivery
                        WHERE client_id = :c AND event_id = :e""")
                .param("c", client.id()).param("e", late.id()).query(Boolean.class).single()).isTrue();
        assertThat(meters.counter("bluelamp.webhooks.attempts", "outcome", "failed").count())
                .isGreaterThan(failedBefore);
    }

    @Test
    void theJobRunTwiceAtOnceDeliversEachEventOnce() throws Exception {
        var events = new ArrayList<Event>();
        for (int i = 0; i < 5; i++) {
            events.add(event("reopened", "{}"));
        }
        var start = new CountDownLatch(1);
        var runs = List.of(Thread.ofPlatform().start(() -> runAfter(start)), Thread.ofPlatform().start(() -> runAfter(start)));
        start.countDown();
        for (var run : runs) {
            run.join(Duration.ofSeconds(30));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> events.stream().allMatch(this::delivered));
        job.run();

        for (var event : events) {
            assertThat(receiver.callsFor(event.id())).hasSize(1);
            assertThat(stored(event)).isEqualTo(Map.of("status", "delivered", "attempts", 1, "last_status_code", 200));
        }
    }

    @Test
    void adminsReadTheDeliveryLogAndNoOneElseDoes() {
        receiver.answering(call -> 503);
        var decided = event("crime-decision", "{\"recorded\": true, \"classification\": \"burglary\"}");
        job.run();
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(decided).get("last_status_code") != null);

        var admin = new WebSession(port);
        staff.signedIn(admin, StaffRole.ADMIN);
        var page = admin.get("/staff/api-clients/" + client.id() + "/deliveries");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Webhook deliveries to Webhook receiver", client.clientId(),
                receiver.url().replace("&", "&amp;"), decided.id().toString(), "contact.crime-decision", "Waiting",
                "503", "answered 503", "Next try");
        assertThat(admin.get("/staff/api-clients/" + client.clientId() + "/deliveries").body())
                .contains(decided.id().toString());
        assertThat(admin.get("/staff/api-clients/" + UUID.randomUUID() + "/deliveries").status()).isEqualTo(404);
        assertThat(admin.get("/staff/api-clients/" + client.id() + "/deliveries?page=99999999999").status())
                .isEqualTo(200);

        var handler = new WebSession(port);
        staff.signedIn(handler, StaffRole.CONTACT_HANDLER);
        assertThat(handler.get("/staff/api-clients/" + client.id() + "/deliveries").status()).isEqualTo(403);
    }

    private record Event(UUID id, long position) {
    }

    private void runAfter(CountDownLatch start) {
        try {
            start.await();
            job.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Event event(String kind, String data) {
        return event(kind, data, "now()");
    }

    /** An event of the feed, written as the feed's listeners write it: the next position, one at a time. */
    private Event event(String kind, String data, String recordedAt) {
        // The feed's listeners may take the same position at the same moment: then the next one.
        for (int tries = 1; ; tries++) {
            try {
                return insertEvent(kind, data, recordedAt);
            } catch (org.springframework.dao.DuplicateKeyException taken) {
                if (tries == 5) {
                    throw taken;
                }
            }
        }
    }

    private Event insertEvent(String kind, String data, String recordedAt) {
        var id = UUID.randomUUID();
        long position = jdbc.sql("""
                        INSERT INTO api_event (position, event_id, kind, contact_id, reference, occurred_at,
                                               recorded_at, data)
                        SELECT coalesce(max(position), 0) + 1, :id, :kind, :contact, :reference, :occurred, %s,
                               CAST(:data AS jsonb)
                        FROM api_event
                        RETURNING position""".formatted(recordedAt))
                .param("id", id).param("kind", kind).param("contact", contact).param("reference", reference)
                .param("occurred", Timestamp.from(OCCURRED)).param("data", data).query(Long.class).single();
        return new Event(id, position);
    }

    private UUID contactId() {
        return jdbc.sql("SELECT id FROM contact WHERE reference = :r").param("r", reference).query(UUID.class)
                .optional().orElse(null);
    }

    private boolean delivered(Event event) {
        return "delivered".equals(stored(event).get("status"));
    }

    private Map<String, Object> stored(Event event) {
        return jdbc.sql("""
                        SELECT status, attempts, last_status_code FROM webhook_delivery
                        WHERE client_id = :c AND event_id = :e""")
                .param("c", client.id()).param("e", event.id())
                .query((rs, row) -> {
                    var values = new java.util.HashMap<String, Object>();
                    values.put("status", rs.getString("status"));
                    values.put("attempts", rs.getInt("attempts"));
                    if (rs.getObject("last_status_code") != null) {
                        values.put("last_status_code", rs.getInt("last_status_code"));
                    }
                    return (Map<String, Object>) values;
                })
                .optional().orElse(Map.of());
    }

    private String lastError(Event event) {
        return jdbc.sql("SELECT last_error FROM webhook_delivery WHERE client_id = :c AND event_id = :e")
                .param("c", client.id()).param("e", event.id()).query(String.class).optional().orElse(null);
    }
}
