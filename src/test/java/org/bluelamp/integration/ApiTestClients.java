package org.bluelamp.integration;

import org.bluelamp.platform.KeyedHash;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Clients of the API for tests: registered and approved straight in the database (the admin screens have tests of
 * their own), tokens taken from Bluelamp's token endpoint over real HTTP, and calls made with them.
 */
public final class ApiTestClients {

    /** A registered client and its secrets, as its owner would hold them. */
    public record Registered(UUID id, String clientId, String secret, String apiKey) {
    }

    /** A response: its status, headers and body as text. */
    public record Response(int status, HttpHeaders headers, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final KeyedHash hash;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public ApiTestClients(JdbcClient jdbc, PasswordEncoder encoder, KeyedHash hash, int port) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.hash = hash;
        this.base = "http://localhost:" + port;
    }

    /** A client with these scopes, approved by a second admin, with a secret and an Open311 api_key. */
    public Registered register(String name, ApiScope... scopes) {
        var id = UUID.randomUUID();
        var clientId = "test-" + id.toString().substring(0, 8);
        var secret = "secret-" + UUID.randomUUID();
        var apiKey = "key-" + UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO api_client (id, client_id, name, scopes, secret_hash, api_key_hash, created_at,
                                                created_by, approved_at, approved_by)
                        VALUES (:id, :clientId, :name, :scopes, :secret, :key, :now, 'test-admin', :now,
                                'test-second-admin')""")
                .param("id", id).param("clientId", clientId).param("name", name)
                .param("scopes", Arrays.stream(scopes).map(ApiScope::code).toArray(String[]::new))
                .param("secret", encoder.encode(secret)).param("key", hash.of(ApiKeys.PURPOSE, apiKey))
                .param("now", now).update();
        return new Registered(id, clientId, secret, apiKey);
    }

    /** An access token by client credentials, for the scopes asked (all granted ones if none). */
    public String token(Registered client, ApiScope... scopes) {
        var form = "grant_type=client_credentials" + (scopes.length == 0 ? "" : "&scope=" + URLEncoder.encode(
                Arrays.stream(scopes).map(ApiScope::code).collect(Collectors.joining(" ")), StandardCharsets.UTF_8));
        var basic = Base64.getEncoder().encodeToString(
                (client.clientId() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        var response = send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (response.status() != 200) {
            throw new IllegalStateException("No token: " + response.status() + " " + response.body());
        }
        return response.json().get("access_token").asString();
    }

    public Response get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build());
    }

    /** A request with a JSON body (PUT, POST, PATCH, DELETE). */
    public Response send(String method, String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }
}
