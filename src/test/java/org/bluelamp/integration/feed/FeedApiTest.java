package org.bluelamp.integration.feed;

import org.bluelamp.BluelampTest;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.integration.ApiTestClients;
import org.bluelamp.platform.KeyedHash;
import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ReportSubmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A records system reads the feed in pages, acknowledges where it got to, and reads again from there. */
@BluelampTest
class FeedApiTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    KeyedHash hash;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    ApiTestClients clients;

    @BeforeEach
    void clients() {
        clients = new ApiTestClients(jdbc, encoder, hash, port);
    }

    @Test
    void theFeedIsReadInPagesWithNothingMissedOrRepeated() {
        var token = clients.token(clients.register("Records system", ApiScope.READ_CONTACTS));
        var mine = List.of(contact(), contact(), contact());
        long first = position(mine.getFirst());
        long before = first - 1;

        var page = clients.get("/api/v1/events?after=" + before + "&limit=2", token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("application/json");
        var events = page.json().get("events");
        assertThat(events.size()).isEqualTo(2);
        var event = events.get(0);
        assertThat(event.get("position").asLong()).isEqualTo(first);
        assertThat(event.get("id").asString()).isEqualTo(jdbc.sql("SELECT event_id::text FROM api_event WHERE position = :p")
                .param("p", first).query(String.class).single());
        assertThat(event.get("type").asString()).isEqualTo("contact.received");
        assertThat(Instant.parse(event.get("occurredAt").asString())).isEqualTo(jdbc.sql(
                "SELECT occurred_at FROM api_event WHERE position = :p").param("p", first)
                .query(java.sql.Timestamp.class).single().toInstant());
        assertThat(event.get("contact").get("reference").asString()).isEqualTo(mine.getFirst());
        assertThat(event.get("contact").get("href").asString()).isEqualTo("/api/v1/contacts/" + mine.getFirst());
        assertThat(event.get("data").toString()).isEqualTo("{\"channel\":\"online\",\"service\":\"crime\"}");
        assertThat(page.json().get("next").asLong()).isEqualTo(events.get(1).get("position").asLong());
        assertThat(page.json().get("more").asBoolean()).isTrue();

        // Page on past mine: every position once, in order, with mine among them in the order they were made.
        long last = position(mine.getLast());
        var positions = new ArrayList<Long>();
        var references = new ArrayList<String>();
        long after = before;
        boolean more = true;
        while (more && after < last) {
            var next = clients.get("/api/v1/events?after=" + after + "&limit=2", token).json();
            for (JsonNode one : next.get("events")) {
                positions.add(one.get("position").asLong());
                references.add(one.get("contact").get("reference").asString());
            }
            after = next.get("next").asLong();
            more = next.get("more").asBoolean();
        }
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i)).isEqualTo(first + i);
        }
        assertThat(references.stream().filter(mine::contains).toList()).containsExactlyElementsOf(mine);
        long latest = jdbc.sql("SELECT max(position) FROM api_event").query(Long.class).single();
        var end = clients.get("/api/v1/events?after=" + latest, token).json();
        assertThat(end.get("events").size()).isZero();
        assertThat(end.get("next").asLong()).as("nothing more: the same position back").isEqualTo(latest);
        assertThat(end.get("more").asBoolean()).isFalse();
    }

    @Test
    void eachPageReadIsInTheAccessLogWithThePositionsItCovered() {
        var client = clients.register("Records system", ApiScope.READ_CONTACTS);
        var token = clients.token(client);
        var mine = List.of(contact(), contact());
        long first = position(mine.getFirst());

        var page = clients.get("/api/v1/events?after=" + (first - 1) + "&limit=2", token).json();
        clients.get("/api/v1/events?after=" + jdbc.sql("SELECT max(position) FROM api_event").query(Long.class)
                .single(), token);

        assertThat(jdbc.sql("""
                        SELECT action || ' ' || record_kind || ' ' || (detail ->> 'after') || '-' || (detail ->> 'to')
                               || ' ' || (detail ->> 'events') FROM access_log
                        WHERE actor = :actor AND roles = 'API_CLIENT' AND detail ->> 'page' = 'api-feed'""")
                .param("actor", "api:" + client.clientId()).query(String.class).list())
                .as("one entry for the page read; none for the empty one")
                .containsExactly("read contact " + (first - 1) + "-" + page.get("next").asLong() + " 2");
    }

    @Test
    void withoutAfterTheFeedStartsWhereTheClientAcknowledgedAndMayGoBack() {
        var client = clients.register("Records system", ApiScope.READ_CONTACTS);
        var token = clients.token(client);
        var other = clients.token(clients.register("Another system", ApiScope.READ_CONTACTS));
        var mine = List.of(contact(), contact());
        long first = position(mine.getFirst());
        long last = position(mine.getLast());

        assertThat(acknowledge(token, "{\"position\": " + (first - 1) + "}").status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT position FROM api_feed_cursor WHERE client_id = :c").param("c", client.id())
                .query(Long.class).single()).isEqualTo(first - 1);
        assertThat(clients.get("/api/v1/events?limit=1", token).json().get("events").get(0).get("position").asLong())
                .isEqualTo(first);

        assertThat(acknowledge(token, "{\"position\": " + last + "}").status()).isEqualTo(204);
        var after = clients.get("/api/v1/events", token).json();
        assertThat(after.get("events").values().stream().map(e -> e.get("position").asLong()).toList())
                .allMatch(position -> position > last);
        assertThat(after.get("next").asLong()).isGreaterThanOrEqualTo(last);

        assertThat(acknowledge(token, "{\"position\": " + (first - 1) + "}").status()).as("back, to read again")
                .isEqualTo(204);
        assertThat(clients.get("/api/v1/events?limit=1", token).json().get("events").get(0).get("position").asLong())
                .isEqualTo(first);

        long oldest = jdbc.sql("SELECT min(position) FROM api_event").query(Long.class).single();
        assertThat(clients.get("/api/v1/events?limit=1", other).json().get("events").get(0).get("position").asLong())
                .as("another client's cursor is its own: none yet, so from the start").isEqualTo(oldest);
    }

    @Test
    void badValuesAreRefusedWithProblemDetails() {
        var token = clients.token(clients.register("Records system", ApiScope.READ_CONTACTS));
        contact();
        for (var query : List.of("limit=0", "limit=501", "limit=abc", "limit=99999999999", "after=-1", "after=abc",
                "after=1e3")) {
            var refused = clients.get("/api/v1/events?" + query, token);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.header("Content-Type")).as(query).startsWith("application/problem+json");
            assertThat(refused.json().get("status").asInt()).as(query).isEqualTo(400);
        }
        assertThat(clients.get("/api/v1/events?limit=500&after=0", token).status()).isEqualTo(200);
        assertThat(clients.get("/api/v1/events?limit=1", token).status()).isEqualTo(200);

        long latest = jdbc.sql("SELECT max(last_position) FROM api_feed_head").query(Long.class).single();
        for (var body : List.of("{\"position\": -1}", "{\"position\": " + (latest + 1) + "}", "{\"position\": \"3\"}",
                "{\"position\": 1.5}", "{}", "[]", "{\"position\": 99999999999999999999999}")) {
            var refused = acknowledge(token, body);
            assertThat(refused.status()).as(body).isEqualTo(422);
            assertThat(refused.header("Content-Type")).as(body).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).as(body).isEqualTo("position");
        }
        assertThat(acknowledge(token, "not json").status()).isEqualTo(400);
        assertThat(acknowledge(token, "").status()).isEqualTo(422);
        var tooLarge = acknowledge(token, "{\"position\": 1, \"padding\": \"" + "x".repeat(70_000) + "\"}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(acknowledge(token, "{\"position\": " + latest + "}").status()).isEqualTo(204);
        assertThat(acknowledge(token, "{\"position\": 0}").status()).isEqualTo(204);
    }

    @Test
    void aClientThatMayNotReadContactsCannotReadTheFeed() {
        var token = clients.token(clients.register("Council app", ApiScope.SUBMIT_REPORTS, ApiScope.WRITE_RESULTS));
        var refused = clients.get("/api/v1/events", token);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("contact.received");
        assertThat(acknowledge(token, "{\"position\": 0}").status()).isEqualTo(403);
        assertThat(clients.get("/api/v1/events", "not-a-token").status()).isEqualTo(401);
    }

    private ApiTestClients.Response acknowledge(String token, String body) {
        return clients.send("PUT", "/api/v1/events/acknowledged", token, body);
    }

    /** A contact opened as the intake opens one, once its received event is in the feed; its reference. */
    private String contact() {
        var reference = Reference.random("TS", RANDOM).value();
        transactions.executeWithoutResult(status -> events.publishEvent(new ReportSubmitted(UUID.randomUUID(),
                Reference.stored(reference), "crime", "Report a crime", Instant.now().truncatedTo(ChronoUnit.MICROS),
                "crime-bureau", Priority.STANDARD, false)));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM api_event WHERE reference = :r")
                .param("r", reference).query(Integer.class).single() == 1);
        return reference;
    }

    private long position(String reference) {
        return jdbc.sql("SELECT position FROM api_event WHERE reference = :r").param("r", reference)
                .query(Long.class).single();
    }
}
