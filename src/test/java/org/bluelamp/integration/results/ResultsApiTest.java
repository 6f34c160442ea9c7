package org.bluelamp.integration.results;

import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.OnlineReports;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.integration.ApiTestClients;
import org.bluelamp.platform.KeyedHash;
import org.bluelamp.reporting.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The records system writing back over HTTP: PUT crime-number and officer-in-charge, POST results. Each write lands
 * once on the contact, its timeline (as the client) and the reporter's messages; a repeat changes nothing; bad values
 * are 422 with each field's error; an unknown reference 404; unreadable JSON 400; a body over 64 KB 413; a client
 * without results:write 403.
 */
@BluelampTest
class ResultsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    KeyedHash hash;

    ApiTestClients clients;

    @BeforeEach
    void clients() {
        clients = new ApiTestClients(jdbc, encoder, hash, port);
    }

    @Test
    void eachWriteLandsOnceOnTheContactItsTimelineAndTheReportersMessagesAndARepeatChangesNothing() {
        String email = "api-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String reference = OnlineReports.crime(port, jdbc, "Write-back over HTTP: my van was broken into.",
                CrimeJourneySteps.contactedBy(email, "07700 900555", "email", "any-time"));
        var client = clients.register("Records system", ApiScope.WRITE_RESULTS);
        String token = clients.token(client);
        String base = "/api/v1/contacts/" + reference;

        for (int round = 0; round < 2; round++) {
            boolean first = round == 0;
            assertWritten(clients.send("PUT", base + "/crime-number", token, "{\"crimeNumber\": \"CR/045678/26\"}"),
                    reference, first);
            assertWritten(clients.send("PUT", base + "/officer-in-charge", token,
                    "{\"name\": \"DC Sam Patel\", \"collarNumber\": \"4521\"}"), reference, first);
            assertWritten(clients.send("POST", base + "/results", token,
                    "{\"outcome\": \"community-resolution\", \"description\": \"Settled with an apology.\"}"),
                    reference, first);
        }
        // A reference as a person might type it is the same contact.
        assertWritten(clients.send("PUT", "/api/v1/contacts/" + reference.toLowerCase() + "/crime-number", token,
                "{\"crimeNumber\": \"CR/045678/26\"}"), reference, false);
        awaitListenersDone(reference);

        var row = jdbc.sql("""
                        SELECT crime_number, officer_in_charge, officer_collar_number, result_outcome, result_description
                        FROM contact WHERE reference = :r""")
                .param("r", reference).query().singleRow();
        assertThat(row).containsEntry("crime_number", "CR/045678/26").containsEntry("officer_in_charge", "DC Sam Patel")
                .containsEntry("officer_collar_number", "4521").containsEntry("result_outcome", "community-resolution")
                .containsEntry("result_description", "Settled with an apology.");
        assertThat(jdbc.sql("""
                        SELECT t.actor || ' ' || t.kind FROM contact_timeline t JOIN contact c ON c.id = t.contact_id
                        WHERE c.reference = :r AND t.kind IN ('crime-number', 'officer-in-charge', 'result')
                        ORDER BY t.id""")
                .param("r", reference).query(String.class).list()).containsExactly(
                "api:" + client.clientId() + " crime-number", "api:" + client.clientId() + " officer-in-charge",
                "api:" + client.clientId() + " result");
        assertThat(jdbc.sql("""
                        SELECT kind || ' ' || channel || ' ' || recipient FROM message
                        WHERE reference = :r AND kind IN ('crime-number', 'officer-in-charge', 'result')""")
                .param("r", reference).query(String.class).list()).containsExactlyInAnyOrder(
                "crime-number email " + email, "officer-in-charge email " + email, "result email " + email);
        // Every call that reached the contact is in the access log as the client's.
        assertThat(jdbc.sql("""
                        SELECT detail ->> 'write' || ' ' || (detail ->> 'changed') FROM access_log
                        WHERE record_ref = :r AND actor = :actor AND roles = 'API_CLIENT' ORDER BY id""")
                .param("r", reference).param("actor", "api:" + client.clientId()).query(String.class).list())
                .containsExactly("crime-number true", "officer-in-charge true", "result true",
                        "crime-number false", "officer-in-charge false", "result false", "crime-number false");
    }

    @Test
    void badValuesAreRefusedWithEachFieldsErrorAndChangeNothing() {
        String reference = OnlineReports.crime(port, jdbc, "Write-back refused: my fence was damaged.");
        String token = clients.token(clients.register("Records system", ApiScope.WRITE_RESULTS));
        String base = "/api/v1/contacts/" + reference;

        assertInvalid(clients.send("PUT", base + "/crime-number", token, "{\"crimeNumber\": \"CR 0123\"}"),
                List.of("crimeNumber: may contain only letters, digits, / and -"));
        assertInvalid(clients.send("PUT", base + "/crime-number", token, "{\"crimeNumber\": \"" + "1".repeat(31) + "\"}"),
                List.of("crimeNumber: must be at most 30 characters"));
        assertInvalid(clients.send("PUT", base + "/crime-number", token, "{}"),
                List.of("crimeNumber: must not be empty"));
        assertInvalid(clients.send("PUT", base + "/crime-number", token, "{\"crimeNumber\": 12345}"),
                List.of("crimeNumber: must be a string"));
        assertInvalid(clients.send("PUT", base + "/officer-in-charge", token,
                        "{\"name\": \"" + "x".repeat(101) + "\", \"collarNumber\": \"45/21\"}"),
                List.of("name: must be at most 100 characters", "collarNumber: may contain only letters, digits and spaces"));
        assertInvalid(clients.send("PUT", base + "/officer-in-charge", token, "{\"name\": \"DC Sam\\u0007Patel\"}"),
                List.of("name: must not contain control, private-use or unassigned characters"));
        assertInvalid(clients.send("PUT", base + "/officer-in-charge", token, "{\"name\": [\"DC\"]}"),
                List.of("name: must be a string"));
        assertInvalid(clients.send("POST", base + "/results", token,
                        "{\"outcome\": \"sentenced\", \"description\": \"" + "x".repeat(1001) + "\"}"),
                List.of("outcome: must be one of charged, summonsed, caution, taken-into-consideration, penalty-notice, "
                                + "community-resolution, diversion, other-body, not-in-public-interest, "
                                + "prosecution-prevented, evidential-difficulties, not-identified, no-further-action, other",
                        "description: must be at most 1000 characters"));
        assertInvalid(clients.send("POST", base + "/results", token,
                        "{\"outcome\": \"charged\", \"description\": \"<script>alert(1)</script>\"}"),
                List.of("description: must not contain markup"));

        var unreadable = clients.send("PUT", base + "/crime-number", token, "{\"crimeNumber\": ");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unreadable.json().get("detail").asString()).isEqualTo("The request body is not valid JSON.");
        var notAnObject = clients.send("POST", base + "/results", token, "[\"charged\"]");
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(notAnObject.json().get("detail").asString()).isEqualTo("The request body must be a JSON object.");
        var noBody = clients.send("POST", base + "/results", token, null);
        assertThat(noBody.status()).isEqualTo(400);
        var notJson = clients.send(HttpRequest.newBuilder(URI.create(clients.base() + base + "/crime-number"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("CR/1/26")).build());
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");

        assertThat(jdbc.sql("""
                        SELECT count(*) FROM contact_timeline t JOIN contact c ON c.id = t.contact_id
                        WHERE c.reference = :r AND t.kind IN ('crime-number', 'officer-in-charge', 'result')""")
                .param("r", reference).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT crime_number IS NULL AND officer_in_charge IS NULL AND result_outcome IS NULL "
                + "FROM contact WHERE reference = :r").param("r", reference).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aBodyOver64KbIsRefusedWhetherItSaysItsLengthOrNot() {
        String reference = OnlineReports.crime(port, jdbc, "Write-back too large: my gate was damaged.");
        String token = clients.token(clients.register("Records system", ApiScope.WRITE_RESULTS));
        String path = "/api/v1/contacts/" + reference + "/results";
        String large = "{\"outcome\": \"other\", \"description\": \"" + "x".repeat(64 * 1024) + "\"}";

        var withLength = clients.send("POST", path, token, large);
        assertThat(withLength.status()).isEqualTo(413);
        assertThat(withLength.header("Content-Type")).startsWith("application/problem+json");
        assertThat(withLength.json().get("detail").asString()).isEqualTo("The request body must be at most 64 KB.");

        var chunked = clients.send(HttpRequest.newBuilder(URI.create(clients.base() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(large))).build());
        assertThat(chunked.status()).isEqualTo(413);
        // Just under the limit is read, and refused only for what it says.
        var justUnder = clients.send("POST", path, token,
                "{\"outcome\": \"other\", \"description\": \"" + "x".repeat(60 * 1024) + "\"}");
        assertThat(justUnder.status()).isEqualTo(422);
    }

    @Test
    void anUnknownReferenceIsNotFound() {
        String token = clients.token(clients.register("Records system", ApiScope.WRITE_RESULTS));
        String unknown = Reference.random("LP", new Random()).value();

        for (var response : List.of(
                clients.send("PUT", "/api/v1/contacts/" + unknown + "/crime-number", token, "{\"crimeNumber\": \"CR/1/26\"}"),
                clients.send("PUT", "/api/v1/contacts/" + unknown + "/officer-in-charge", token, "{\"name\": \"DC Sam Patel\"}"),
                clients.send("POST", "/api/v1/contacts/" + unknown + "/results", token, "{\"outcome\": \"charged\"}"),
                clients.send("PUT", "/api/v1/contacts/not-a-reference/crime-number", token, "{\"crimeNumber\": \"CR/1/26\"}"))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).isEqualTo("No contact has this reference.");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE record_ref = :r").param("r", unknown)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aClientThatMayOnlyReadIsRefusedAndNothingIsWritten() {
        String reference = OnlineReports.crime(port, jdbc, "Write-back forbidden: my bin was set alight.");
        var reader = clients.register("Dashboard", ApiScope.READ_CONTACTS);
        String token = clients.token(reader);

        for (var response : List.of(
                clients.send("PUT", "/api/v1/contacts/" + reference + "/crime-number", token, "{\"crimeNumber\": \"CR/1/26\"}"),
                clients.send("PUT", "/api/v1/contacts/" + reference + "/officer-in-charge", token, "{\"name\": \"DC Sam Patel\"}"),
                clients.send("POST", "/api/v1/contacts/" + reference + "/results", token, "{\"outcome\": \"charged\"}"))) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(clients.send("PUT", "/api/v1/contacts/" + reference + "/crime-number", "not-a-token",
                "{\"crimeNumber\": \"CR/1/26\"}").status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT crime_number IS NULL AND officer_in_charge IS NULL AND result_outcome IS NULL "
                + "FROM contact WHERE reference = :r").param("r", reference).query(Boolean.class).single()).isTrue();
    }

    private static void assertWritten(ApiTestClients.Response response, String reference, boolean changed) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().get("reference").asString()).isEqualTo(reference);
        assertThat(response.json().get("changed").asBoolean()).isEqualTo(changed);
    }

    private static void assertInvalid(ApiTestClients.Response response, List<String> errors) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("title").asString()).isEqualTo("Invalid request");
        assertThat(body.get("errors").values().stream()
                .map(error -> error.get("field").asString() + ": " + error.get("message").asString()).toList())
                .containsExactlyElementsOf(errors);
    }

    private void awaitListenersDone(String reference) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM event_publication
                        WHERE completion_date IS NULL AND serialized_event LIKE :r""")
                .param("r", "%" + reference + "%").query(Integer.class).single() == 0);
    }
}
