package org.bluelamp.integration;

import org.bluelamp.BluelampTest;
import org.bluelamp.platform.KeyedHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Clients prove who they are by a token from Bluelamp or a client certificate, and do only what their scopes allow. */
@BluelampTest
class ApiAuthenticationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    KeyedHash hash;
    @Autowired
    ApiKeys apiKeys;

    ApiTestClients clients;

    @BeforeEach
    void clients() {
        clients = new ApiTestClients(jdbc, encoder, hash, port);
    }

    @Test
    void aClientTakesATokenByClientCredentialsAndIsKnownByIt() {
        var client = clients.register("Records system", ApiScope.READ_CONTACTS, ApiScope.WRITE_RESULTS);

        var response = clients.get("/api/v1/client", clients.token(client));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("clientId").asString()).isEqualTo(client.clientId());
        assertThat(response.json().get("name").asString()).isEqualTo("Records system");
        assertThat(response.json().get("scopes").values().stream().map(n -> n.asString()).toList())
                .containsExactly("contacts:read", "results:write");
    }

    @Test
    void aTokenCarriesOnlyTheScopesAskedFor() {
        var client = clients.register("Records system", ApiScope.READ_CONTACTS, ApiScope.WRITE_RESULTS);
        var readOnly = clients.token(client, ApiScope.READ_CONTACTS);

        assertThat(clients.get("/api/v1/client", readOnly).json().get("scopes").values().stream()
                .map(n -> n.asString()).toList()).containsExactly("contacts:read");
        var refused = clients.send("PUT", "/api/v1/contacts/LP-7K3-M9Q-TXE/crime-number", readOnly,
                "{\"crimeNumber\": \"CR/1/26\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(403);
    }

    @Test
    void aScopeNotGrantedIsNotGiven() {
        var client = clients.register("Council app", ApiScope.SUBMIT_REPORTS);

        var response = tokenRequest(client.clientId(), client.secret(), "contacts:read");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void aWrongSecretOrAnUnapprovedClientGetsNoToken() {
        var client = clients.register("Records system", ApiScope.READ_CONTACTS);
        assertThat(tokenRequest(client.clientId(), "not-the-secret", null).status()).isEqualTo(401);

        jdbc.sql("UPDATE api_client SET approved_at = NULL, approved_by = NULL WHERE id = :id")
                .param("id", client.id()).update();
        assertThat(tokenRequest(client.clientId(), client.secret(), null).status()).isEqualTo(401);
    }

    @Test
    void withoutATokenTheApiAsksForOne() {
        var response = clients.send(HttpRequest.newBuilder(URI.create(clients.base() + "/api/v1/client")).GET()
                .build());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.json().get("detail").asString()).contains("/oauth2/token");
        assertThat(clients.get("/api/v1/client", "not.a.token").status()).isEqualTo(401);
    }

    @Test
    void aDisabledClientsTokenStopsWorkingAtOnce() {
        var client = clients.register("Records system", ApiScope.READ_CONTACTS);
        var token = clients.token(client);
        assertThat(clients.get("/api/v1/client", token).status()).isEqualTo(200);

        jdbc.sql("UPDATE api_client SET disabled_at = now(), disabled_by = 'test-admin' WHERE id = :id")
                .param("id", client.id()).update();

        var refused = clients.get("/api/v1/client", token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void aClientsCallsAreLimitedPerMinute() {
        var client = clients.register("Busy system", ApiScope.READ_CONTACTS);
        jdbc.sql("UPDATE api_client SET requests_per_minute = 3 WHERE id = :id").param("id", client.id()).update();
        var token = clients.token(client);

        // Four calls within one minute (tried again if the minute turned while they were made).
        List<Integer> statuses;
        Instant started;
        do {
            jdbc.sql("DELETE FROM api_call_count WHERE client_id = :id").param("id", client.id()).update();
            started = Instant.now().truncatedTo(ChronoUnit.MINUTES);
            statuses = List.of(call(token), call(token), call(token), call(token));
        } while (!Instant.now().truncatedTo(ChronoUnit.MINUTES).equals(started));

        assertThat(statuses).containsExactly(200, 200, 200, 429);
        var refused = clients.get("/api/v1/client", token);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void aRegisteredClientCertificateOpensTheApiWithTheClientsScopes(@TempDir Path folder) throws Exception {
        var client = clients.register("Command and control", ApiScope.READ_CONTACTS);
        var pem = selfSignedCertificate(folder);
        var certificate = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        var thumbprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(certificate.getEncoded()));
        jdbc.sql("UPDATE api_client SET certificate_thumbprint = :thumbprint WHERE id = :id")
                .param("thumbprint", thumbprint).param("id", client.id()).update();

        var response = clients.send(HttpRequest.newBuilder(URI.create(clients.base() + "/api/v1/client"))
                .header("X-Client-Certificate", URLEncoder.encode(pem, StandardCharsets.UTF_8)).GET().build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("clientId").asString()).isEqualTo(client.clientId());

        var unknown = selfSignedCertificate(folder.resolve("other"));
        assertThat(clients.send(HttpRequest.newBuilder(URI.create(clients.base() + "/api/v1/client"))
                .header("X-Client-Certificate", URLEncoder.encode(unknown, StandardCharsets.UTF_8)).GET().build())
                .status()).isEqualTo(401);
    }

    @Test
    void theKeySetShowsOnlyPublicKeysAndThePrivateOneIsStoredSealed() {
        var client = clients.register("Records system", ApiScope.READ_CONTACTS);
        clients.token(client);

        var keys = clients.send(HttpRequest.newBuilder(URI.create(clients.base() + "/oauth2/jwks")).GET().build());

        assertThat(keys.status()).isEqualTo(200);
        var key = keys.json().get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("d")).isFalse();
        var stored = jdbc.sql("SELECT private_key FROM api_signing_key WHERE kid = :kid")
                .param("kid", key.get("kid").asString()).query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("\"d\"");
    }

    @Test
    void anOpen311KeyFindsItsClientWhileItIsEnabled() {
        var client = clients.register("Council app", ApiScope.SUBMIT_REPORTS);

        assertThat(apiKeys.client(client.apiKey())).hasValueSatisfying(found -> {
            assertThat(found.clientId()).isEqualTo(client.clientId());
            assertThat(found.scopes()).containsExactly(ApiScope.SUBMIT_REPORTS);
        });
        assertThat(apiKeys.client(client.apiKey() + "x")).isEmpty();
        assertThat(apiKeys.client("")).isEmpty();

        jdbc.sql("UPDATE api_client SET disabled_at = now(), disabled_by = 'test-admin' WHERE id = :id")
                .param("id", client.id()).update();
        assertThat(apiKeys.client(client.apiKey())).isEmpty();
    }

    private int call(String token) {
        return clients.get("/api/v1/client", token).status();
    }

    private ApiTestClients.Response tokenRequest(String clientId, String secret, String scope) {
        var form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret
                + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
        return clients.send(HttpRequest.newBuilder(URI.create(clients.base() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A new self-signed certificate as PEM, made by the JDK's keytool. */
    private static String selfSignedCertificate(Path folder) throws Exception {
        Files.createDirectories(folder);
        var store = folder.resolve("client.p12");
        var keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-keyalg", "EC", "-groupname", "secp256r1", "-alias", "client", "-dname",
                "CN=test client", "-validity", "2", "-keystore", store.toString(), "-storepass", "changeit",
                "-storetype", "PKCS12");
        var pem = folder.resolve("client.pem");
        run(keytool, "-exportcert", "-rfc", "-alias", "client", "-keystore", store.toString(), "-storepass",
                "changeit", "-file", pem.toString());
        return Files.readString(pem);
    }

    private static void run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + output);
        }
    }
}
