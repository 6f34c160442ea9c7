package org.bluelamp.integration.clients;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.integration.ApiKeys;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.integration.ApiTestClients;
import org.bluelamp.platform.KeyedHash;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Admins register the API's clients; a second admin approves each before it gets credentials, which are shown once
 * and kept as hashes; a disabled client's key opens nothing; every step is on the staff audit trail.
 */
@BluelampTest
class ApiClientsAdminTest {

    private static final Pattern CLIENT_PAGE = Pattern.compile("/staff/api-clients/([0-9a-f-]{36})");
    private static final Pattern SECRET = Pattern.compile("data-secret>([^<]+)<");
    private static final String CERTIFICATE = """
            -----BEGIN CERTIFICATE-----
            MIIBgjCCASigAwIBAgITX9ljZnxapah6aEk0l0dPzGtPdDAKBggqhkjOPQQDAjAX
            MRUwEwYDVQQDDAxyZWNvcmRzLXRlc3QwHhcNMjYxMjA2MjMyNDIwWhcNMzYxMjAz
            MjMyNDIwWjAXMRUwEwYDVQQDDAxyZWNvcmRzLXRlc3QwWTATBgcqhkjOPQIBBggq
            hkjOPQMBBwNCAATlZDVAaVG3aJDygz4bqJLDhdEclQYSXIwcKTeWtiaAtLpP3lxP
            IzhbHMvtZJlTiXyXsEtwtqOnAJxQZ/mGdmCGo1MwUTAdBgNVHQ4EFgQUTtF44LNu
            MKfQuv9q7rx6p6a9tKwwHwYDVR0jBBgwFoAUTtF44LNuMKfQuv9q7rx6p6a9tKww
            DwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiEA3ZeyaSZNSNsBaR21
            PDZOI9JMpub/ncbq1U1UWEpxQdwCIC0z2NQBxls+bJOkPjDc3G1A856U+01p41Om
            Qsspu6VJ
            -----END CERTIFICATE-----
            """;
    /** openssl x509 -outform DER | sha256sum */
    private static final String THUMBPRINT = "09e7d5df4e3fdad1fbc75c5fd6cf429a3b2a6372585dce5e2b1dd728a633fc2b";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    KeyedHash keyedHash;

    @Autowired
    ApiKeys apiKeys;

    @Test
    void aClientRegisteredByOneAdminAndApprovedByAnotherGetsASecretShownOnceAndKeptAsAHash() {
        var first = new WebSession(port);
        var firstAdmin = staffAccounts.signedIn(first, StaffRole.ADMIN);
        first.get("/staff/api-clients/new");
        var page = first.post("/staff/api-clients/new", "name", "Records management (force IT)", "scopes",
                "READ_CONTACTS", "scopes", "WRITE_RESULTS", "requestsPerMinute", "600");
        var id = clientId(page);
        assertThat(page.body()).contains("Client registered", "Awaiting approval", "Read contacts",
                "Write back results", "You registered this client, so you cannot approve it").doesNotContain(
                "data-approve", "Make a client secret");
        assertThat(row(id, "scopes::text")).isEqualTo("{contacts:read,results:write}");
        assertThat(row(id, "requests_per_minute::text")).isEqualTo("600");
        assertThat(row(id, "created_by")).isEqualTo(firstAdmin.username());
        String clientId = row(id, "client_id");
        assertThat(clientId).matches("api-[23456789abcdefghjkmnpqrstuvwxyz]{6}");
        assertThat(first.post("/staff/api-clients/" + id + "/secret").body()).as("not before approval")
                .contains("Only an approved client").doesNotContain("data-secret>");

        var second = new WebSession(port);
        var secondAdmin = staffAccounts.signedIn(second, StaffRole.ADMIN);
        assertThat(second.get("/staff/api-clients").body()).contains(clientId, "Records management (force IT)");
        var approved = second.get("/staff/api-clients/" + id);
        assertThat(approved.body()).contains("data-approve");
        assertThat(second.post("/staff/api-clients/" + id + "/approve").body()).contains("Approved: the client can",
                "Active", "Make a client secret", "Not set");
        assertThat(row(id, "approved_by")).isEqualTo(secondAdmin.username());

        // The admin who registered it may give out the secret once another approved it.
        first.get("/staff/api-clients/" + id);
        var made = first.post("/staff/api-clients/" + id + "/secret");
        assertThat(made.body()).contains("Client secret made", clientId, "This will not be shown again");
        assertThat(first.lastHeaders().firstValue("Cache-Control")).contains("no-store");
        var secret = SECRET.matcher(made.body());
        assertThat(secret.find()).isTrue();
        assertThat(secret.group(1)).matches("[A-Za-z0-9_-]{43}");
        String hash = row(id, "secret_hash");
        assertThat(hash).doesNotContain(secret.group(1));
        assertThat(passwords.matches(secret.group(1), hash)).isTrue();

        var after = first.get("/staff/api-clients/" + id);
        assertThat(after.body()).doesNotContain(secret.group(1), "data-secret>").contains("Set on");
        assertThat(second.get("/staff/api-clients/" + id).body()).doesNotContain(secret.group(1));

        var again = first.post("/staff/api-clients/" + id + "/secret");
        var newSecret = SECRET.matcher(again.body());
        assertThat(newSecret.find()).isTrue();
        assertThat(newSecret.group(1)).isNotEqualTo(secret.group(1));
        assertThat(passwords.matches(secret.group(1), row(id, "secret_hash"))).as("the new replaces the old")
                .isFalse();

        var key = first.post("/staff/api-clients/" + id + "/api-key");
        var apiKey = SECRET.matcher(key.body());
        assertThat(apiKey.find()).isTrue();
        assertThat(apiKeys.client(apiKey.group(1)).orElseThrow().clientId()).isEqualTo(clientId);

        assertThat(trail(clientId)).containsExactly(
                firstAdmin.username() + " API_CLIENT_API_KEY_MADE",
                firstAdmin.username() + " API_CLIENT_SECRET_MADE",
                firstAdmin.username() + " API_CLIENT_SECRET_MADE",
                secondAdmin.username() + " API_CLIENT_APPROVED",
                firstAdmin.username() + " API_CLIENT_REGISTERED contacts:read results:write; 600/min");
        assertThat(jdbc.sql("SELECT count(*) FROM staff_audit WHERE detail LIKE :s OR detail LIKE :k")
                .param("s", "%" + newSecret.group(1) + "%").param("k", "%" + apiKey.group(1) + "%")
                .query(Integer.class).single()).as("no secret on the trail").isZero();
    }

    @Test
    void theAdminWhoRegisteredAClientCannotApproveIt() {
        var admin = new WebSession(port);
        var account = staffAccounts.signedIn(admin, StaffRole.ADMIN);
        var id = register(admin, "Command and control", "READ_CONTACTS");
        var refused = admin.post("/staff/api-clients/" + id + "/approve");
        assertThat(refused.body()).contains("You registered this client, so you cannot approve it. Another admin must.",
                "Awaiting approval");
        assertThat(row(id, "approved_at")).isNull();
        assertThatThrownBy(() -> jdbc.sql("UPDATE api_client SET approved_at = now(), approved_by = created_by WHERE id = :id")
                .param("id", id).update()).as("the table refuses it too")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(trail(row(id, "client_id"))).containsExactly(
                account.username() + " API_CLIENT_REGISTERED contacts:read; 600/min");
    }

    @Test
    void onlyAdminsManageClients() {
        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        assertThat(handler.get("/staff/api-clients").status()).isEqualTo(403);
        assertThat(handler.get("/staff/api-clients/new").status()).isEqualTo(403);
        handler.get("/staff");
        var post = handler.post("/staff/api-clients/new", "name", "Sneaky system", "scopes", "READ_CONTACTS",
                "requestsPerMinute", "600");
        assertThat(post.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM api_client WHERE name = 'Sneaky system'").query(Integer.class)
                .single()).isZero();

        var admin = new WebSession(port);
        staffAccounts.signedIn(admin, StaffRole.ADMIN);
        var id = register(admin, "Waiting for a second pair of eyes", "READ_CONTACTS");
        handler.get("/staff");
        assertThat(handler.post("/staff/api-clients/" + id + "/approve").status()).isEqualTo(403);
        assertThat(row(id, "approved_at")).isNull();
        assertThat(new WebSession(port).get("/staff/api-clients").pathOnly()).isEqualTo("/staff/sign-in");
    }

    @Test
    void aFormWithMistakesSaysWhatIsWrongAndKeepsWhatWasTyped() {
        var admin = new WebSession(port);
        staffAccounts.signedIn(admin, StaffRole.ADMIN);
        var form = admin.get("/staff/api-clients/new");
        assertThat(form.body()).contains("value=\"600\"", "contacts:read", "results:write", "reports:submit");
        var refused = admin.post("/staff/api-clients/new", "name", "", "requestsPerMinute", "10001");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Enter the client's name", "Select at least one thing the client may do",
                "Enter requests per minute as a whole number from 1 to 10,000", "value=\"10001\"");
        var tooLong = admin.post("/staff/api-clients/new", "name", "x".repeat(101), "scopes", "WRITE_RESULTS",
                "requestsPerMinute", "none");
        assertThat(tooLong.body()).contains("Name must be 100 characters or fewer", "value=\"" + "x".repeat(101) + "\"",
                "value=\"none\"", "Enter requests per minute as a whole number");
        assertThat(tooLong.body()).containsPattern("value=\"WRITE_RESULTS\" checked");
        assertThat(jdbc.sql("SELECT count(*) FROM api_client WHERE name = :n").param("n", "x".repeat(101))
                .query(Integer.class).single()).isZero();

        var made = admin.post("/staff/api-clients/new", "name", "Council app", "scopes", "SUBMIT_REPORTS",
                "requestsPerMinute", "1");
        var id = clientId(made);
        assertThat(row(id, "scopes::text")).isEqualTo("{reports:submit}");
        assertThat(row(id, "requests_per_minute::text")).isEqualTo("1");
    }

    @Test
    void aCertificateIsKeptAsItsThumbprintAndASubjectAsTyped() {
        jdbc.sql("UPDATE api_client SET certificate_thumbprint = NULL WHERE certificate_thumbprint = :t")
                .param("t", THUMBPRINT).update();
        var id = approvedClient("Records system over mutual TLS");
        var admin = new WebSession(port);
        String me = staffAccounts.signedIn(admin, StaffRole.ADMIN).username();
        admin.get("/staff/api-clients/" + id + "/certificate");
        var wrong = admin.post("/staff/api-clients/" + id + "/certificate", "certificate", "not a certificate");
        assertThat(wrong.body()).contains("Paste one certificate in PEM form", "not a certificate");
        var tooLong = admin.post("/staff/api-clients/" + id + "/certificate", "certificate", "x".repeat(16385));
        assertThat(tooLong.body()).contains("The certificate must be 16,384 characters or fewer");
        var set = admin.post("/staff/api-clients/" + id + "/certificate", "certificate", CERTIFICATE);
        assertThat(set.body()).contains("Client certificate saved", THUMBPRINT);
        assertThat(row(id, "certificate_thumbprint")).isEqualTo(THUMBPRINT);

        var other = approvedClient("Another system");
        admin.get("/staff/api-clients/" + other + "/certificate");
        assertThat(admin.post("/staff/api-clients/" + other + "/certificate", "certificate", CERTIFICATE).body())
                .contains("Another client has this certificate already");

        admin.get("/staff/api-clients/" + id + "/subject");
        assertThat(admin.post("/staff/api-clients/" + id + "/subject", "subject", "s".repeat(201)).body())
                .contains("The subject must be 200 characters or fewer");
        String subject = "rms-" + UUID.randomUUID();
        assertThat(admin.post("/staff/api-clients/" + id + "/subject", "subject", subject).body())
                .contains("Subject at the external issuer saved", subject);
        assertThat(row(id, "issuer_subject")).isEqualTo(subject);
        assertThat(trail(row(id, "client_id"))).startsWith(
                "%s API_CLIENT_SUBJECT_SET %s".formatted(me, subject),
                "%s API_CLIENT_CERTIFICATE_SET %s".formatted(me, THUMBPRINT));
    }

    @Test
    void theSecretShownOnceGetsATokenUntilTheClientIsDisabled() {
        var id = approvedClient("Records system that connects");
        var admin = new WebSession(port);
        staffAccounts.signedIn(admin, StaffRole.ADMIN);
        admin.get("/staff/api-clients/" + id);
        var secret = SECRET.matcher(admin.post("/staff/api-clients/" + id + "/secret").body());
        assertThat(secret.find()).isTrue();
        String clientId = row(id, "client_id");
        var api = new ApiTestClients(jdbc, passwords, keyedHash, port);
        var client = new ApiTestClients.Registered(id, clientId, secret.group(1), null);
        String token = api.token(client, ApiScope.READ_CONTACTS);
        var me = api.get("/api/v1/client", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("clientId").asString()).isEqualTo(clientId);
        assertThat(me.json().get("name").asString()).isEqualTo("Records system that connects");

        admin.get("/staff/api-clients/" + id);
        admin.post("/staff/api-clients/" + id + "/disable");
        assertThat(api.get("/api/v1/client", token).status()).as("its token stops at once").isEqualTo(401);
    }

    @Test
    void aDisabledClientsKeyOpensNothingAndItGetsNoNewCredentials() {
        var id = approvedClient("Old records system");
        var admin = new WebSession(port);
        var account = staffAccounts.signedIn(admin, StaffRole.ADMIN);
        admin.get("/staff/api-clients/" + id);
        var key = SECRET.matcher(admin.post("/staff/api-clients/" + id + "/api-key").body());
        assertThat(key.find()).isTrue();
        assertThat(apiKeys.client(key.group(1))).isPresent();

        admin.get("/staff/api-clients/" + id);
        var disabled = admin.post("/staff/api-clients/" + id + "/disable");
        assertThat(disabled.body()).contains("Client disabled", "Disabled").doesNotContain("Make a client secret",
                "data-disable");
        assertThat(row(id, "disabled_by")).isEqualTo(account.username());
        assertThat(apiKeys.client(key.group(1))).isEmpty();
        assertThat(admin.post("/staff/api-clients/" + id + "/secret").body()).contains("Only an approved client")
                .doesNotContain("data-secret>");
        assertThat(row(id, "secret_hash")).isNull();
        assertThat(admin.get("/staff/api-clients/" + id + "/certificate").body()).contains("Only an approved client");
        assertThat(trail(row(id, "client_id")).getFirst()).isEqualTo(account.username() + " API_CLIENT_DISABLED");
        assertThat(admin.get("/staff/api-clients/not-a-client").status()).isEqualTo(404);
        assertThat(admin.get("/staff/api-clients/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    /** A client registered by one admin and approved by another, both signed in for it. */
    private UUID approvedClient(String name) {
        var first = new WebSession(port);
        staffAccounts.signedIn(first, StaffRole.ADMIN);
        var id = register(first, name, "READ_CONTACTS");
        var second = new WebSession(port);
        staffAccounts.signedIn(second, StaffRole.ADMIN);
        second.get("/staff/api-clients/" + id);
        second.post("/staff/api-clients/" + id + "/approve");
        assertThat(row(id, "approved_by")).isNotNull();
        return id;
    }

    private static UUID register(WebSession admin, String name, String... scopes) {
        admin.get("/staff/api-clients/new");
        var pairs = new java.util.ArrayList<>(List.of("name", name, "requestsPerMinute", "600"));
        for (String scope : scopes) {
            pairs.addAll(List.of("scopes", scope));
        }
        return clientId(admin.post("/staff/api-clients/new", pairs.toArray(String[]::new)));
    }

    private static UUID clientId(WebSession.Page page) {
        var matcher = CLIENT_PAGE.matcher(page.path());
        assertThat(matcher.find()).as(page.path()).isTrue();
        return UUID.fromString(matcher.group(1));
    }

    private String row(UUID id, String column) {
        return jdbc.sql("SELECT " + column + " FROM api_client WHERE id = :id").param("id", id).query(String.class)
                .list().getFirst();
    }

    private List<String> trail(String clientId) {
        return jdbc.sql("""
                        SELECT actor || ' ' || action || coalesce(' ' || detail, '') FROM staff_audit
                        WHERE account = :s ORDER BY id DESC""")
                .param("s", "api-client:" + clientId).query(String.class).list();
    }
}
