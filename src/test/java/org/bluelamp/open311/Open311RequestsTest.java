package org.bluelamp.open311;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.staff.StaffRole;
import org.bluelamp.integration.ApiScope;
import org.bluelamp.integration.ApiTestClients;
import org.bluelamp.platform.KeyedHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bluelamp.open311.Open311Http.child;
import static org.bluelamp.open311.Open311Http.children;
import static org.bluelamp.open311.Open311Http.names;
import static org.bluelamp.open311.Open311Http.text;
import static org.bluelamp.open311.Open311Http.xml;

/**
 * Service requests as FixMyStreet's Open311 client sends them (perllib/Open311.pm: a form POST to requests.xml with
 * api_key, jurisdiction_id, service_code, lat and long, email, first and last name, phone, its description and
 * media_url, and attribute[code] for each extra field), answered through the definition's own checks; and a client
 * reading the status of its own requests, and nobody else's.
 */
@BluelampTest
class Open311RequestsTest {

    private static final String DESCRIPTION = """
            title: Loud music every night

            detail: Music from the flat above until 3am, most nights this month.

            url: https://www.fixmystreet.com/report/123

            Submitted via FixMyStreet
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    KeyedHash hash;

    @Autowired
    StaffAccountsForTests staffAccounts;

    ApiTestClients clients;
    Open311Http open311;

    @BeforeEach
    void client() {
        clients = new ApiTestClients(jdbc, encoder, hash, port);
        open311 = new Open311Http(clients);
    }

    /** FixMyStreet's request for anti-social behaviour, with these attributes replacing or adding to its own. */
    private ApiTestClients.Response fixMyStreet(String apiKey, String... changes) {
        var given = new java.util.LinkedHashMap<String, String>();
        var base = List.of("api_key", apiKey, "jurisdiction_id", "police.example",
                "service_code", "anti-social-behaviour", "lat", "52.6369", "long", "-1.1398",
                "email", "sam.reporter@example.com", "first_name", "Sam", "last_name", "Reporter",
                "phone", "07700900982", "description", DESCRIPTION,
                "media_url", "https://www.fixmystreet.com/photo/123.full.jpeg",
                "attribute[happening-now]", "no", "attribute[kind]", "noise", "attribute[how-often]", "daily",
                "attribute[effect]", "Nobody in the building can sleep.", "attribute[safe-to-contact]", "any-time");
        for (int i = 0; i < base.size(); i += 2) {
            given.put(base.get(i), base.get(i + 1));
        }
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                given.remove(changes[i]);
            } else {
                given.put(changes[i], changes[i + 1]);
            }
        }
        var pairs = new ArrayList<String>();
        given.forEach((name, value) -> {
            pairs.add(name);
            pairs.add(value);
        });
        return open311.post("requests.xml", pairs.toArray(String[]::new));
    }

    @Test
    void aRequestInFixMyStreetsFormIsAReportWithChannelOpen311AndItsContact() {
        var client = clients.register("FixMyStreet", ApiScope.SUBMIT_REPORTS);
        var response = fixMyStreet(client.apiKey());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("text/xml;charset=UTF-8");
        var requests = xml(response.body());
        assertThat(requests.getTagName()).isEqualTo("service_requests");
        var request = children(requests).getFirst();
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(names(request)).containsExactly("service_request_id", "service_notice", "account_id");
        String reference = text(request, "service_request_id");
        assertThat(reference).matches("[A-Z]{2,3}-[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}");
        assertThat(text(request, "service_notice")).contains("call 999");
        assertThat(text(request, "account_id")).isEmpty();

        var report = jdbc.sql("""
                        SELECT channel, logged_by, service_id,
                               answers->'what-happened'->>'value' AS what, answers->'where'->>'kind' AS where_kind,
                               answers->'where'->>'description' AS place, answers->'your-name'->>'value' AS name,
                               answers->'contact-details'->>'email' AS email,
                               answers->'contact-details'->>'phone' AS phone, answers->'kind'->>'value' AS kind,
                               answers->'how-often'->>'value' AS often, answers->'effect'->>'value' AS effect,
                               answers->'safe-to-contact'->>'value' AS safe, jsonb_exists(answers, 'usual-times') AS usual
                        FROM report WHERE reference = :r""").param("r", reference).query().singleRow();
        assertThat(report).containsAllEntriesOf(Map.of("channel", "open311", "logged_by", "api:" + client.clientId(),
                "service_id", "anti-social-behaviour", "where_kind", "description", "place", "52.6369, -1.1398",
                "name", "Sam Reporter", "email", "sam.reporter@example.com", "phone", "07700 900982",
                "kind", "noise", "often", "daily"));
        assertThat(report).containsAllEntriesOf(Map.of("effect", "Nobody in the building can sleep.",
                "safe", "any-time", "usual", true));
        assertThat(report.get("what")).isEqualTo(DESCRIPTION.strip());
        assertThat(jdbc.sql("SELECT client_id FROM open311_request WHERE reference = :r").param("r", reference)
                .query(java.util.UUID.class).single()).isEqualTo(client.id());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT channel, service_id FROM contact WHERE reference = :r").param("r", reference)
                .query().listOfRows()).singleElement().satisfies(contact -> {
                    assertThat(contact.get("channel")).isEqualTo("open311");
                    assertThat(contact.get("service_id")).isEqualTo("anti-social-behaviour");
                }));
        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        var page = handler.get("/staff/contacts/" + reference);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Another service (Open311)", "Sam Reporter", "api:" + client.clientId());
    }

    @Test
    void theSameRequestInJsonWithAnAddressInsteadOfCoordinates() {
        var client = clients.register("Council app", ApiScope.SUBMIT_REPORTS);
        var response = open311.post("requests.json", "api_key", client.apiKey(),
                "service_code", "anti-social-behaviour", "address_string", "Flat 2, 10 High Street, Leicester LE1 1AA",
                "email", "sam.reporter@example.com", "first_name", "Sam", "last_name", "Reporter",
                "description", "Music until 3am", "attribute[happening-now]", "no", "attribute[kind]", "noise",
                "attribute[how-often]", "weekly", "attribute[effect]", "No sleep",
                "attribute[safe-to-contact]", "certain-times",
                "attribute[safe-to-contact-certain-times-detail]", "Only by text",
                "attribute[safe-times][]", "weekdays-1700-2100", "attribute[safe-times][]", "weekends-1200-1700");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        var request = response.json().get(0);
        String reference = request.get("service_request_id").asString();
        assertThat(request.get("account_id").isNull()).isTrue();
        assertThat(request.get("service_notice").asString()).startsWith("Received by the police. This is not for "
                + "emergencies");
        var stored = jdbc.sql("""
                        SELECT answers->'where'->>'description' AS place,
                               answers->'safe-to-contact'->>'detail' AS detail,
                               answers->'safe-times'->'values' AS times
                        FROM report WHERE reference = :r""").param("r", reference).query().singleRow();
        assertThat(stored.get("place")).isEqualTo("Flat 2, 10 High Street, Leicester LE1 1AA");
        assertThat(stored.get("detail")).isEqualTo("Only by text");
        assertThat(stored.get("times").toString()).isEqualTo("[\"weekdays-1700-2100\", \"weekends-1200-1700\"]");
    }

    /** A crime: when as a date and time with its offset, a list of items one value per item, a date of birth. */
    @Test
    void aCrimeWithItsTimeItsStolenItemsAndTheReportersDateOfBirth() {
        var client = clients.register("Council app", ApiScope.SUBMIT_REPORTS);
        var when = java.time.Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        String[] crime = {"api_key", client.apiKey(), "service_code", "crime", "lat", "52.6369", "long", "-1.1398",
                "first_name", "Sam", "last_name", "Reporter", "email", "sam.reporter@example.com",
                "description", "Bike taken from outside the library", "attribute[crime-type]", "theft",
                "attribute[when]", when.toString(),
                "attribute[stolen-items-description][]", "Black mountain bike",
                "attribute[stolen-items-value][]", "450",
                "attribute[stolen-items-description][]", "Bike lock", "attribute[stolen-items-value][]", "",
                "attribute[anything-damaged]", "no", "attribute[suspect]", "no", "attribute[witnesses]", "no",
                "attribute[evidence]", "no", "attribute[reporter-role]", "victim",
                "attribute[date-of-birth]", "1980-02-01", "attribute[your-address-line1]", "10 High Street",
                "attribute[your-address-town]", "Leicester", "attribute[your-address-postcode]", "le11aa",
                "attribute[preferred-contact]", "email", "attribute[safe-to-contact]", "any-time",
                "attribute[support-needs]", "none"};
        var response = open311.post("requests.xml", crime);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        String reference = reference(response);
        var stored = jdbc.sql("""
                        SELECT answers->'when'->>'kind' AS kind, answers->'when'->>'at' AS at,
                               answers->'stolen-items'->'items' AS items, answers->'date-of-birth'->>'date' AS born,
                               answers->'your-address'->>'postcode' AS postcode, channel
                        FROM report WHERE reference = :r""").param("r", reference).query().singleRow();
        assertThat(stored.get("kind")).isEqualTo("exact");
        assertThat(stored.get("at")).isEqualTo(java.time.LocalDateTime.ofInstant(when,
                java.time.ZoneId.of("Europe/London")).toString());
        assertThat(stored.get("items").toString()).isEqualTo(
                "[{\"value\": \"450.00\", \"description\": \"Black mountain bike\"}, {\"description\": \"Bike lock\"}]");
        assertThat(stored.get("born")).isEqualTo("1980-02-01");
        assertThat(stored.get("postcode")).isEqualTo("LE1 1AA");
        assertThat(stored.get("channel")).isEqualTo("open311");

        var definition = open311.get("services/crime.json").json().get("attributes");
        var codes = new ArrayList<String>();
        definition.forEach(a -> codes.add(a.get("code").asString() + ":" + a.get("datatype").asString()));
        assertThat(codes).contains("when:datetime", "date-of-birth:datetime", "stolen-items-description:string",
                "stolen-items-value:number", "crime-type-other-detail:string")
                .noneMatch(c -> c.startsWith("evidence-files") || c.startsWith("your-name")
                        || c.startsWith("where") || c.startsWith("what-happened")
                        || c.startsWith("contact-details-email"));

        crime[19] = "last Tuesday evening";
        var notAMoment = open311.post("requests.json", crime);
        assertThat(notAMoment.status()).isEqualTo(400);
        assertThat(notAMoment.json().get(0).get("description").asString())
                .startsWith("attribute[when]: not an ISO 8601 date and time");
    }

    /** The contact module's possible-emergency rules, run over what was sent, change the notice at once. */
    @Test
    void aRequestThatMayDescribeAnEmergencySaysSoInItsNotice() {
        var client = clients.register("FixMyStreet", ApiScope.SUBMIT_REPORTS);
        var response = fixMyStreet(client.apiKey(), "attribute[effect]", "One of them waved a knife at my son.");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(text(children(xml(response.body())).getFirst(), "service_notice"))
                .startsWith("Received by the police. What was sent may describe someone in danger now: if so, "
                        + "call 999 now.");
        String reference = reference(response);
        await().atMost(Duration.ofSeconds(10)).until(() -> Boolean.TRUE.equals(jdbc.sql(
                "SELECT possible_emergency FROM contact WHERE reference = :r").param("r", reference)
                .query(Boolean.class).optional().orElse(false)));
    }

    @Test
    void eachAnswerTheDefinitionRefusesIsAnErrorNamingItAndNothingIsStored() {
        var client = clients.register("FixMyStreet", ApiScope.SUBMIT_REPORTS);
        var response = fixMyStreet(client.apiKey(), "attribute[kind]", null, "attribute[how-often]", "hourly",
                "phone", "12345");
        assertThat(response.status()).isEqualTo(400);
        var errors = children(xml(response.body()));
        assertThat(errors).allSatisfy(e -> assertThat(text(e, "code")).isEqualTo("400"));
        var descriptions = errors.stream().map(e -> text(e, "description")).toList();
        assertThat(descriptions).contains("attribute[kind]: Select what kind of anti-social behaviour it is",
                "attribute[how-often]: Select how often it happens");
        assertThat(descriptions).anySatisfy(d -> assertThat(d).startsWith("phone: "));

        var danger = fixMyStreet(client.apiKey(), "attribute[happening-now]", "danger");
        assertThat(danger.status()).isEqualTo(400);
        assertThat(text(children(xml(danger.body())).getFirst(), "description")).isEqualTo(
                "attribute[happening-now]: this answer means the report cannot be taken this way: Call 999 now");

        var nowhere = fixMyStreet(client.apiKey(), "lat", null, "long", null);
        assertThat(nowhere.status()).isEqualTo(400);
        assertThat(text(children(xml(nowhere.body())).getFirst(), "description"))
                .isEqualTo("A location is needed: lat and long, or address_string");
        assertThat(sentBy(client.id())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM report WHERE logged_by = :by")
                .param("by", "api:" + client.clientId()).query(Integer.class).single()).isZero();
    }

    @Test
    void onlyAnApprovedEnabledClientThatMaySubmitReportsCanSend() {
        var missing = fixMyStreet("");
        assertThat(missing.status()).isEqualTo(403);
        assertThat(text(children(xml(missing.body())).getFirst(), "description")).startsWith("api_key is missing");
        var wrong = fixMyStreet("key-not-issued");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(text(children(xml(wrong.body())).getFirst(), "code")).isEqualTo("403");
        var reader = clients.register("Records system", ApiScope.READ_CONTACTS);
        var noScope = fixMyStreet(reader.apiKey());
        assertThat(noScope.status()).isEqualTo(403);
        assertThat(text(children(xml(noScope.body())).getFirst(), "description")).contains("reports:submit");
        var disabled = clients.register("Old app", ApiScope.SUBMIT_REPORTS);
        jdbc.sql("UPDATE api_client SET disabled_at = now(), disabled_by = 'admin' WHERE id = :id")
                .param("id", disabled.id()).update();
        assertThat(fixMyStreet(disabled.apiKey()).status()).isEqualTo(403);
        var unapproved = clients.register("Unapproved", ApiScope.SUBMIT_REPORTS);
        jdbc.sql("UPDATE api_client SET approved_at = NULL, approved_by = NULL WHERE id = :id")
                .param("id", unapproved.id()).update();
        assertThat(fixMyStreet(unapproved.apiKey()).status()).isEqualTo(403);
        assertThat(sentBy(reader.id()) + sentBy(disabled.id()) + sentBy(unapproved.id())).isZero();
    }

    @Test
    void unknownServicesLargeBodiesAndTooManyCallsAreRefusedInTheSpecsFormat() {
        var client = clients.register("FixMyStreet", ApiScope.SUBMIT_REPORTS);
        var unknown = open311.post("requests.json", "api_key", client.apiKey(), "service_code", "pothole",
                "lat", "52.6", "long", "-1.1");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get(0).get("description").asString()).isEqualTo("service_code pothole was not found");
        var large = open311.postRaw("requests.xml", "api_key=" + client.apiKey() + "&description="
                + "a".repeat(70_000));
        assertThat(large.status()).isEqualTo(413);
        assertThat(text(children(xml(large.body())).getFirst(), "code")).isEqualTo("413");
        var badLat = fixMyStreet(client.apiKey(), "lat", "north");
        assertThat(badLat.status()).isEqualTo(400);

        var limited = clients.register("Busy app", ApiScope.SUBMIT_REPORTS);
        jdbc.sql("UPDATE api_client SET requests_per_minute = 1 WHERE id = :id").param("id", limited.id()).update();
        assertThat(open311.get("requests.json?api_key=" + limited.apiKey()).status()).isEqualTo(200);
        var refused = fixMyStreet(limited.apiKey());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).matches("\\d+");
        assertThat(text(children(xml(refused.body())).getFirst(), "code")).isEqualTo("429");
        assertThat(sentBy(limited.id())).isZero();
    }

    @Test
    void aClientReadsTheStatusOfItsOwnRequestsOnlyWithNoPersonalData() {
        var fms = clients.register("FixMyStreet", ApiScope.SUBMIT_REPORTS);
        var other = clients.register("Council app", ApiScope.SUBMIT_REPORTS);
        String first = reference(fixMyStreet(fms.apiKey()));
        String second = reference(fixMyStreet(fms.apiKey(), "attribute[kind]", "rowdy"));
        String theirs = reference(fixMyStreet(other.apiKey()));

        var mine = open311.get("requests.json?api_key=" + fms.apiKey());
        assertThat(mine.status()).isEqualTo(200);
        assertThat(ids(mine.json())).containsExactly(second, first);
        var request = mine.json().get(0);
        var fields = new ArrayList<String>();
        request.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("service_request_id", "status", "status_notes", "service_name",
                "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
                "updated_datetime");
        assertThat(request.get("status").asString()).isEqualTo("open");
        assertThat(request.get("service_code").asString()).isEqualTo("anti-social-behaviour");
        assertThat(request.get("service_name").asString()).isEqualTo("Report anti-social behaviour");
        assertThat(request.get("description").isNull()).isTrue();
        assertThat(request.get("status_notes").isNull()).isTrue();
        assertThat(request.get("requested_datetime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(mine.body()).doesNotContain("Sam", "sam.reporter", "52.6369", "Music from the flat");

        assertThat(ids(open311.get("requests.json?api_key=" + fms.apiKey() + "&service_request_id=" + first + ","
                + theirs).json())).containsExactly(first);
        assertThat(open311.get("requests/" + theirs + ".json?api_key=" + fms.apiKey()).status()).isEqualTo(404);
        var one = xml(open311.get("requests/" + first + ".xml?api_key=" + fms.apiKey()).body());
        assertThat(one.getTagName()).isEqualTo("service_requests");
        assertThat(text(child(one, "request"), "service_request_id")).isEqualTo(first);
        assertThat(ids(open311.get("requests.json?api_key=" + fms.apiKey() + "&status=closed").json())).isEmpty();
        assertThat(ids(open311.get("requests.json?api_key=" + fms.apiKey() + "&status=open,closed").json()))
                .containsExactly(second, first);
        assertThat(ids(open311.get("requests.json?api_key=" + fms.apiKey() + "&service_code=crime").json())).isEmpty();
        assertThat(ids(open311.get("requests.json?api_key=" + fms.apiKey()
                + "&start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z").json())).isEmpty();

        assertThat(open311.get("requests.json?api_key=" + fms.apiKey()
                + "&start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z").status()).isEqualTo(400);
        assertThat(open311.get("requests.json?api_key=" + fms.apiKey() + "&status=fixed").status()).isEqualTo(400);
        assertThat(open311.get("requests.json?api_key=" + fms.apiKey() + "&start_date=yesterday").status())
                .isEqualTo(400);
        assertThat(open311.get("requests.json").status()).as("a police report is not a pothole").isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE actor = :a AND record_ref = :r")
                .param("a", "api:" + fms.clientId()).param("r", first).query(Integer.class).single())
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE actor = :a AND record_ref = :r")
                .param("a", "api:" + fms.clientId()).param("r", theirs).query(Integer.class).single()).isZero();
    }

    private static String reference(ApiTestClients.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return text(children(xml(response.body())).getFirst(), "service_request_id");
    }

    private static List<String> ids(JsonNode requests) {
        var ids = new ArrayList<String>();
        requests.forEach(r -> ids.add(r.get("service_request_id").asString()));
        return ids;
    }

    private int sentBy(java.util.UUID clientId) {
        return jdbc.sql("SELECT count(*) FROM open311_request WHERE client_id = :c").param("c", clientId)
                .query(Integer.class).single();
    }
}
