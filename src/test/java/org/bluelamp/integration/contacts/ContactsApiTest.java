package org.bluelamp.integration.contacts;

import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.OnlineReports;
import org.bluelamp.WebSession;
import org.bluelamp.contact.CrimeNumber;
import org.bluelamp.contact.InvestigationResult;
import org.bluelamp.contact.OfficerInCharge;
import org.bluelamp.contact.RecordsSystemUpdates;
import org.bluelamp.contact.ResultOutcome;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.integration.ApiTestClients;
import org.bluelamp.platform.KeyedHash;
import org.bluelamp.platform.files.FileStore;
import org.bluelamp.reporting.CrimeReportAnswers;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.upload.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A records system reads a contact whole, and its files as they were kept; each read is in the access log. */
@BluelampTest
class ContactsApiTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern REFERENCE = Pattern.compile("data-reference>([A-Z0-9-]+)<");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    KeyedHash hash;
    @Autowired
    FileStore store;
    @Autowired
    RecordsSystemUpdates recordsSystem;

    ApiTestClients clients;

    @BeforeEach
    void clients() {
        clients = new ApiTestClients(jdbc, encoder, hash, port);
    }

    record Line(Instant at, String actor, String kind, String details) {
    }

    @Test
    void aContactIsReadWholeWithTheAnswersTheReporterSawAndTheReadIsLogged() {
        var client = clients.register("Records system", ApiScope.READ_CONTACTS);
        var token = clients.token(client);
        var reference = OnlineReports.crime(port, jdbc, "Whole: my van was broken into on the drive overnight.",
                CrimeJourneySteps.contactedBy("sam@example.com", "07700 900123", "text", "any-time"));
        var contactId = jdbc.sql("SELECT id FROM contact WHERE reference = :r").param("r", reference)
                .query(UUID.class).single();
        // A member of staff's look, which is not something that happened to the contact.
        jdbc.sql("""
                        INSERT INTO contact_timeline (contact_id, at, actor, kind, details)
                        VALUES (:c, now(), 'handler.one', 'viewed', '{"page": "overview"}')""")
                .param("c", contactId).update();

        var response = clients.get("/api/v1/contacts/" + reference.toLowerCase(), token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        var whole = response.json();
        assertThat(whole.get("reference").asString()).isEqualTo(reference);
        assertThat(whole.get("channel").asString()).isEqualTo("online");
        assertThat(whole.get("service").get("id").asString()).isEqualTo("crime");
        assertThat(whole.get("service").get("title").asString()).isEqualTo("Report a crime");
        assertThat(whole.get("status").asString()).isEqualTo("new");
        var stored = jdbc.sql("SELECT received_at, priority, queue FROM contact WHERE id = :c").param("c", contactId)
                .query((rs, row) -> List.of(rs.getTimestamp(1).toInstant().toString(), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(Instant.parse(whole.get("receivedAt").asString()).toString()).isEqualTo(stored.get(0));
        assertThat(whole.get("priority").asString()).isEqualTo(stored.get(1));
        assertThat(whole.get("queue").asString()).isEqualTo(stored.get(2));
        assertThat(whole.get("allocation").isNull()).isTrue();
        assertThat(whole.get("assessment").isNull()).isTrue();
        assertThat(whole.get("crimeDecision").isNull()).isTrue();
        assertThat(whole.get("recordsSystem").toString())
                .isEqualTo("{\"crimeNumber\":null,\"officerInCharge\":null,\"result\":null}");

        // The answers exactly as the reporter saw them on "Check your answers".
        var summary = JSON.readTree(jdbc.sql("SELECT summary::text FROM report WHERE reference = :r")
                .param("r", reference).query(String.class).single());
        assertThat(summary.size()).isGreaterThan(10);
        assertThat(whole.get("answers").size()).isEqualTo(summary.size());
        for (int i = 0; i < summary.size(); i++) {
            assertThat(whole.get("answers").get(i).get("question").asString())
                    .isEqualTo(summary.get(i).get("question").asString());
            assertThat(whole.get("answers").get(i).get("lines")).isEqualTo(summary.get(i).get("answer"));
        }
        assertThat(whole.get("answers").toString()).contains("my van was broken into on the drive overnight");

        var reporter = whole.get("reporter");
        assertThat(reporter.get("name").asString()).isEqualTo("Alex Example");
        assertThat(reporter.get("email").asString()).isEqualTo("sam@example.com");
        assertThat(reporter.get("phone").asString()).isEqualTo("+447700900123");
        assertThat(reporter.get("contactPreference").asString()).isEqualTo("text");
        assertThat(reporter.get("safeToContact").asString()).isEqualTo("any-time");
        assertThat(whole.get("files").size()).isZero();

        // The timeline as stored, oldest first, without the look.
        var lines = jdbc.sql("""
                        SELECT at, actor, kind, details::text FROM contact_timeline
                        WHERE contact_id = :c AND kind <> 'viewed' ORDER BY id""")
                .param("c", contactId)
                .query((rs, row) -> new Line(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        JSON.readTree(rs.getString(4)).toString()))
                .list();
        assertThat(lines).isNotEmpty();
        assertThat(whole.get("timeline").values().stream().map(line -> new Line(Instant.parse(line.get("at").asString()),
                line.get("actor").asString(), line.get("kind").asString(), line.get("details").toString())).toList())
                .containsExactlyElementsOf(lines);
        assertThat(whole.get("timeline").toString()).doesNotContain("viewed", "handler.one");

        assertThat(accessLog(reference)).containsExactly(Map.of("actor", "api:" + client.clientId(),
                "roles", "API_CLIENT", "action", "read", "kind", "contact", "detail", "{\"page\": \"api\"}"));

        // What the records system writes back is part of the whole.
        var ref = Reference.stored(reference);
        recordsSystem.crimeNumber(ref, CrimeNumber.of("CR/0042/26"), "api:" + client.clientId());
        recordsSystem.officerInCharge(ref, new OfficerInCharge("DC Sam Patel", "4471"), "api:" + client.clientId());
        recordsSystem.result(ref, new InvestigationResult(ResultOutcome.CHARGED, "Charged with the break-in"),
                "api:" + client.clientId());
        assertThat(clients.get("/api/v1/contacts/" + reference, token).json().get("recordsSystem").toString())
                .isEqualTo("{\"crimeNumber\":\"CR/0042/26\",\"officerInCharge\":{\"name\":\"DC Sam Patel\","
                        + "\"collarNumber\":\"4471\"},\"result\":{\"outcome\":\"charged\","
                        + "\"description\":\"Charged with the break-in\"}}");
    }

    @Test
    void aFileStreamsAsItWasKeptAndIsLoggedAsAnExport() throws Exception {
        var client = clients.register("Records system", ApiScope.READ_CONTACTS);
        var token = clients.token(client);
        var session = new WebSession(port);
        CrimeReportAnswers.upToCheckAnswers(session);
        session.post("/report/crime/evidence?change=true", "evidence", "yes", "evidence-yes-detail", "Photo of the lock");
        session.upload("/report/crime/evidence-files?change=true", "evidence-files", "lock.png",
                TestImages.png(40, 30), "action", "continue");
        var confirmation = session.post("/report/crime/submit", "declaration", "accepted");
        var matcher = REFERENCE.matcher(confirmation.body());
        assertThat(matcher.find()).isTrue();
        var reference = matcher.group(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT count(*) FROM contact WHERE reference = :r")
                .param("r", reference).query(Integer.class).single() == 1);
        var file = jdbc.sql("""
                        SELECT f.id, f.size_bytes, f.sha256 FROM report_file f JOIN report r ON r.id = f.report_id
                        WHERE r.reference = :r""")
                .param("r", reference)
                .query((rs, row) -> List.of(rs.getString(1), rs.getLong(2), rs.getString(3))).single();
        var id = file.get(0).toString();

        var listed = clients.get("/api/v1/contacts/" + reference, token).json().get("files");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(id);
        assertThat(listed.get(0).get("name").asString()).isEqualTo("lock.png");
        assertThat(listed.get(0).get("contentType").asString()).isEqualTo("image/png");
        assertThat(listed.get(0).get("size").asLong()).isEqualTo(file.get(1));
        assertThat(listed.get(0).get("available").asBoolean()).isTrue();
        var href = "/api/v1/contacts/" + reference + "/files/" + id;
        assertThat(listed.get(0).get("href").asString()).isEqualTo(href);

        assertThat(download(href, token, "application/json").statusCode())
                .as("a client that asks for JSON out of habit still gets the file").isEqualTo(200);
        var download = download(href, token, "*/*");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("lock.png");
        assertThat(download.headers().firstValue("Content-Length")).hasValue(file.get(1).toString());
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        byte[] kept;
        try (var in = store.open(UUID.fromString(id)).orElseThrow()) {
            kept = in.readAllBytes();
        }
        assertThat(download.body()).isEqualTo(kept);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body())))
                .isEqualTo(file.get(2));

        var export = Map.of("actor", "api:" + client.clientId(), "roles", "API_CLIENT", "action", "export", "kind",
                "file", "detail", "{\"file\": \"" + id + "\", \"page\": \"api\"}");
        assertThat(accessLog(reference)).containsExactly(
                Map.of("actor", "api:" + client.clientId(), "roles", "API_CLIENT", "action", "read", "kind",
                        "contact", "detail", "{\"page\": \"api\"}"), export, export);

        // Not on this contact, or not a file at all: not found, and nothing logged.
        var other = OnlineReports.crime(port, jdbc, "Files: someone else's report with no files.");
        for (var path : List.of("/api/v1/contacts/" + other + "/files/" + id,
                "/api/v1/contacts/" + reference + "/files/" + UUID.randomUUID(),
                "/api/v1/contacts/" + reference + "/files/not-a-file")) {
            var missing = clients.get(path, token);
            assertThat(missing.status()).as(path).isEqualTo(404);
            assertThat(missing.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
        assertThat(accessLog(reference)).hasSize(3);
        assertThat(accessLog(other)).isEmpty();

        // Not yet scanned for viruses, or found to hold one: listed as not available, refused, and nothing logged.
        for (var state : List.of("pending", "infected")) {
            jdbc.sql("INSERT INTO file_scan (file_id, state, received_at) VALUES (:id, :state, now()) "
                            + "ON CONFLICT (file_id) DO UPDATE SET state = excluded.state")
                    .param("id", UUID.fromString(id)).param("state", state).update();
            var refused = clients.get(href, token);
            assertThat(refused.status()).as(state).isEqualTo(409);
            assertThat(refused.header("Content-Type")).as(state).startsWith("application/problem+json");
            assertThat(clients.get("/api/v1/contacts/" + reference, token).json().get("files").get(0)
                    .get("available").asBoolean()).as(state).isFalse();
        }
        assertThat(accessLog(reference)).extracting(entry -> entry.get("action"))
                .containsExactly("read", "export", "export", "read", "read");
    }

    @Test
    void aReferenceThatIsNotAContactIsNotFound() {
        var token = clients.token(clients.register("Records system", ApiScope.READ_CONTACTS));
        var unknown = Reference.random("LP", RANDOM).value();
        for (var reference : List.of(unknown, "not-a-reference", "LP-" + "7".repeat(60))) {
            var response = clients.get("/api/v1/contacts/" + reference, token);
            assertThat(response.status()).as(reference).isEqualTo(404);
            assertThat(response.header("Content-Type")).as(reference).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(404);
        }
        assertThat(accessLog(unknown)).isEmpty();
    }

    @Test
    void aClientThatMayNotReadContactsCannotReadOne() {
        var reference = OnlineReports.crime(port, jdbc, "Scopes: my fence panels were kicked in.");
        var token = clients.token(clients.register("Council app", ApiScope.SUBMIT_REPORTS, ApiScope.WRITE_RESULTS));

        var refused = clients.get("/api/v1/contacts/" + reference, token);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("fence");
        assertThat(accessLog(reference)).isEmpty();
    }

    private List<Map<String, String>> accessLog(String reference) {
        return jdbc.sql("""
                        SELECT actor, roles, action, record_kind, detail::text FROM access_log
                        WHERE record_ref = :r AND actor LIKE 'api:%' ORDER BY id""")
                .param("r", reference)
                .query((rs, row) -> Map.of("actor", rs.getString(1), "roles", rs.getString(2),
                        "action", rs.getString(3), "kind", rs.getString(4), "detail", rs.getString(5)))
                .list();
    }

    private HttpResponse<byte[]> download(String path, String token, String accept)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(clients.base() + path))
                .header("Authorization", "Bearer " + token).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
