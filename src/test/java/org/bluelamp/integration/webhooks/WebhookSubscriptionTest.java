package org.bluelamp.integration.webhooks;

import org.bluelamp.BluelampTest;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.integration.ApiTestClients;
import org.bluelamp.platform.KeyedHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** /api/v1/webhook over real HTTP with real tokens: set, read, rotate, remove, and the addresses refused. */
@BluelampTest
class WebhookSubscriptionTest {

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

    ApiTestClients clients;

    @BeforeEach
    void clients() {
        clients = new ApiTestClients(jdbc, passwords, keyedHash, port);
    }

    @Test
    void aClientSetsItsWebhookIsGivenItsSecretOnceAndStartsFromTheNewestEvent() {
        // Local addresses: the tests allow them (application-test.yml), and need no look-up outside.
        var client = clients.register("Records system", ApiScope.READ_CONTACTS);
        var token = clients.token(client);
        assertThat(clients.get("/api/v1/webhook", token).status()).isEqualTo(404);
        long newest = jdbc.sql("SELECT coalesce(max(position), 0) FROM api_event").query(Long.class).single();

        var set = clients.send("PUT", "/api/v1/webhook", token, "{\"url\": \"https://localhost:8443/bluelamp\"}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("url").asString()).isEqualTo("https://localhost:8443/bluelamp");
        var secret = set.json().get("secret").asString();
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(storedSecret(client)).isEqualTo(secret);
        assertThat(jdbc.sql("SELECT fanned_out_to FROM api_webhook WHERE client_id = :c").param("c", client.id())
                .query(Long.class).single()).isGreaterThanOrEqualTo(newest);
        // The secret is kept sealed, never as it was given.
        assertThat(new String(jdbc.sql("SELECT secret FROM api_webhook WHERE client_id = :c").param("c", client.id())
                .query(byte[].class).single(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret);

        var read = clients.get("/api/v1/webhook", token);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("url").asString()).isEqualTo("https://localhost:8443/bluelamp");
        assertThat(Instant.parse(read.json().get("createdAt").asString()))
                .isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(read.json().has("secret")).isFalse();

        var moved = clients.send("PUT", "/api/v1/webhook", token, "{\"url\": \"https://127.0.0.1:8443/v2\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("url").asString()).isEqualTo("https://127.0.0.1:8443/v2");
        assertThat(moved.json().has("secret")).isFalse();
        assertThat(storedSecret(client)).isEqualTo(secret);

        var rotated = clients.send("PUT", "/api/v1/webhook", token,
                "{\"url\": \"https://127.0.0.1:8443/v2\", \"rotateSecret\": true}");
        assertThat(rotated.status()).isEqualTo(200);
        var newSecret = rotated.json().get("secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(storedSecret(client)).isEqualTo(newSecret);

        assertThat(clients.send("DELETE", "/api/v1/webhook", token, null).status()).isEqualTo(204);
        assertThat(clients.get("/api/v1/webhook", token).status()).isEqualTo(404);
        assertThat(clients.send("DELETE", "/api/v1/webhook", token, null).status()).isEqualTo(204);
    }

    @Test
    void addressesThatBreakTheRulesAreRefusedWithTheReason() {
        var client = clients.register("Records system", ApiScope.READ_CONTACTS);
        var token = clients.token(client);
        var base = "https://hooks.example.com/";
        var tooLong = base + "a".repeat(2001 - base.length());

        assertRefused(token, "{\"url\": \"" + tooLong + "\"}", "The url is longer than 2000 characters.");
        assertRefused(token, "{\"url\": \"https://user:secret@hooks.example.com/in\"}",
                "The url must not hold a user name or password.");
        assertRefused(token, "{\"url\": \"ftp://hooks.example.com/in\"}",
                "The url must start with https:// or http://.");
        assertRefused(token, "{}", "The url is missing.");
        assertRefused(token, "{\"url\": \"https://no-such-host.invalid/in\"}",
                "The host no-such-host.invalid cannot be found.");

        var notJson = clients.send("PUT", "/api/v1/webhook", token, "{\"url\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");
        var huge = clients.send("PUT", "/api/v1/webhook", token, "{\"url\": \"" + "a".repeat(70_000) + "\"}");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(clients.get("/api/v1/webhook", token).status()).isEqualTo(404);
    }

    @Test
    void aClientThatMayNotReadContactsHasNoWebhook() {
        var client = clients.register("Results only", ApiScope.WRITE_RESULTS);
        var token = clients.token(client);
        var refused = clients.send("PUT", "/api/v1/webhook", token, "{\"url\": \"https://hooks.example.com/in\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(clients.get("/api/v1/webhook", token).status()).isEqualTo(403);
        assertThat(clients.send("PUT", "/api/v1/webhook", "not-a-token",
                "{\"url\": \"https://hooks.example.com/in\"}").status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM api_webhook WHERE client_id = :c").param("c", client.id())
                .query(Long.class).single()).isZero();
    }

    private void assertRefused(String token, String body, String why) {
        var refused = clients.send("PUT", "/api/v1/webhook", token, body);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).isEqualTo(why);
    }

    private String storedSecret(ApiTestClients.Registered client) {
        var sealed = jdbc.sql("SELECT secret FROM api_webhook WHERE client_id = :c").param("c", client.id())
                .query(byte[].class).single();
        return webhooks.secret(client.id(), sealed).orElseThrow();
    }

}
