package org.bluelamp.integration.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.bluelamp.BluelampTest;
import org.bluelamp.integration.ApiClient;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.integration.ApiTestClients;
import org.bluelamp.platform.KeyedHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tokens from the force's own identity provider: an issuer played by a real HTTP server publishing its metadata and
 * keys, whose tokens name the client in a claim that admins registered as the client's subject.
 */
@BluelampTest
class ExternalIssuerTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    KeyedHash hash;
    @Autowired
    StoredClients clients;
    @Autowired
    SigningKeys ownKeys;

    HttpServer issuer;
    String issuerUri;
    RSAKey issuerKey;
    BearerTokens tokens;

    @BeforeEach
    void anIssuer() throws Exception {
        issuerKey = new RSAKeyGenerator(2048).keyID("issuer-key").generate();
        issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuerUri = "http://127.0.0.1:" + issuer.getAddress().getPort() + "/realms/force";
        serve("/realms/force/.well-known/openid-configuration",
                "{\"issuer\":\"" + issuerUri + "\",\"jwks_uri\":\"" + issuerUri + "/certs\"}");
        serve("/realms/force/certs", new JWKSet(issuerKey.toPublicJWK()).toString());
        issuer.start();
        var properties = new ApiProperties(URI.create("https://bluelamp.example"), Duration.ofMinutes(15),
                new ApiProperties.ExternalIssuer(URI.create(issuerUri), "azp"), "");
        tokens = new BearerTokens(properties, clients, ownKeys);
    }

    @AfterEach
    void stop() {
        issuer.stop(0);
    }

    @Test
    void aRegisteredSubjectIsItsClientWithTheScopesBothAllow() throws Exception {
        var client = new ApiTestClients(jdbc, encoder, hash, 0).register("Command and control", ApiScope.READ_CONTACTS);
        var subject = registerSubject(client);

        var authentication = authenticate(token(issuerKey, issuerUri, subject, "contacts:read results:write"));

        var caller = (ApiClient) authentication.getPrincipal();
        assertThat(caller.clientId()).isEqualTo(client.clientId());
        assertThat(caller.scopes()).containsExactly(ApiScope.READ_CONTACTS);
    }

    @Test
    void anUnknownSubjectAnotherKeyOrAnotherIssuerIsRefused() throws Exception {
        var subject = registerSubject(
                new ApiTestClients(jdbc, encoder, hash, 0).register("Command and control", ApiScope.READ_CONTACTS));

        assertThatThrownBy(() -> authenticate(token(issuerKey, issuerUri, subject + "-not", "contacts:read")))
                .isInstanceOf(AuthenticationException.class);
        var forged = new RSAKeyGenerator(2048).keyID("issuer-key").generate();
        assertThatThrownBy(() -> authenticate(token(forged, issuerUri, subject, "contacts:read")))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> authenticate(token(issuerKey, "https://elsewhere.example", subject,
                "contacts:read"))).isInstanceOf(AuthenticationException.class);
    }

    /** Records the client's subject at the issuer, unique to it (subjects are unique across clients). */
    private String registerSubject(ApiTestClients.Registered client) {
        var subject = "cad-" + client.clientId();
        jdbc.sql("UPDATE api_client SET issuer_subject = :subject WHERE id = :id")
                .param("subject", subject).param("id", client.id()).update();
        return subject;
    }

    private Authentication authenticate(String token) {
        var request = new MockHttpServletRequest("GET", "/api/v1/client");
        request.addHeader("Authorization", "Bearer " + token);
        return tokens.resolve(request).authenticate(new BearerTokenAuthenticationToken(token));
    }

    private String token(RSAKey key, String issuedBy, String subject, String scope) throws Exception {
        var claims = new JWTClaimsSet.Builder().issuer(issuedBy).subject("service-account-uuid")
                .claim("azp", subject).claim("scope", scope)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private void serve(String path, String json) {
        issuer.createContext(path, exchange -> {
            var body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
