package org.bluelamp.integration;

import org.bluelamp.BluelampTest;
import org.bluelamp.MovableClock;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.TestClock;
import org.bluelamp.WebSession;
import org.bluelamp.integration.webhooks.WebhookReceiver;
import org.bluelamp.platform.KeyedHash;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The proof, end to end over HTTP: a test plays the force's records system. It reads the feed as staff
 * work a report, reads the contact whole, writes back a crime number, the officer in charge and a result, and
 * acknowledges where it got to; misses an hour, while its webhook receiver is down too; then its cursor replays
 * exactly what it missed, and every event's webhook arrives signed, accepted once.
 */
@BluelampTest
@Import(MovableClock.class)
class RecordsSystemTest {

    private static final String STORY = "Records system: my van was broken into and the tools taken.";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    KeyedHash hash;
    @Autowired
    StaffAccountsForTests staff;
    @Autowired
    TestClock clock;

    ApiTestClients api;
    ApiTestClients.Registered system;
    WebhookReceiver receiver;
    WebSession handler;
    /** Each event id, and how many times the receiver took it (answered 2xx). */
    final Map<String, Integer> accepted = new ConcurrentHashMap<>();

    @BeforeEach
    void aRecordsSystemWithAWebhook() throws Exception {
        api = new ApiTestClients(jdbc, encoder, hash, port);
        system = api.register("Records management system", ApiScope.READ_CONTACTS, ApiScope.WRITE_RESULTS);
        receiver = new WebhookReceiver();
        receiving(true);
        handler = new WebSession(port);
        // The clock other tests in this context moved: codes as the application reckons the time.
        staff.signIn(handler, staff.create(StaffRole.CONTACT_HANDLER), clock.instant());
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aRecordsSystemFollowsAReportMissesAnHourAndCatchesUpWithNothingLostOrDoubled() {
        var token = api.token(system);
        var subscribed = api.send("PUT", "/api/v1/webhook", token, "{\"url\": \"" + receiver.url() + "\"}");
        assertThat(subscribed.status()).isEqualTo(200);
        String secret = subscribed.json().get("secret").asString();
        // It starts from now: what happened before it was connected is not its business.
        acknowledge(token, head());

        // A report arrives; the system sees it in the feed and reads it whole.
        String reference = OnlineReports.crime(port, jdbc, STORY);
        var received = awaitEvents(token, reference, 1);
        assertThat(received).extracting(event -> event.get("type").asString()).containsExactly("contact.received");
        var contact = api.get("/api/v1/contacts/" + reference, token);
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.body()).contains(STORY);
        acknowledge(token, received.getLast().get("position").asLong());

        // Staff assess it and record a crime; the system writes back its crime number and the officer in charge.
        act(handler, reference, "assess", "threat", "t", "harm", "h", "risk", "r", "investigation", "i",
                "vulnerability", "v", "engagement", "e", "riskLevel", "low", "grading", "scheduled",
                "openingCategory", "Crime", "vulnerabilities", "none-such");
        act(handler, reference, "crime-decision", "decision", "recorded", "classification", "45");
        assertThat(api.send("PUT", "/api/v1/contacts/" + reference + "/crime-number", token,
                "{\"crimeNumber\": \"CR/000451/26\"}").status()).isEqualTo(200);
        assertThat(api.send("PUT", "/api/v1/contacts/" + reference + "/officer-in-charge", token,
                "{\"name\": \"DC Sam Patel\", \"collarNumber\": \"4521\"}").status()).isEqualTo(200);
        // What it wrote comes back in the feed too (codes and numbers, never the officer's name).
        var decided = awaitEvents(token, reference, 4);
        assertThat(decided).extracting(event -> event.get("type").asString()).containsExactly("contact.assessed",
                "contact.crime-decision", "contact.crime-number", "contact.officer-in-charge");
        assertThat(decided.getLast().toString()).doesNotContain("Patel");
        long acknowledged = decided.getLast().get("position").asLong();
        acknowledge(token, acknowledged);

        // The system is away for an hour, its webhook receiver too: the contact is allocated and closed, and
        // another report arrives.
        receiving(false);
        var officer = staff.create("neighbourhood-north", StaffRole.OFFICER);
        var allocated = act(handler, reference, "allocate", "officer", officer.username());
        assertThat(allocated.pathOnly()).as("out of the handler's queue now").isEqualTo("/staff/contacts");
        var officerSession = new WebSession(port);
        staff.signIn(officerSession, officer, clock.instant());
        assertThat(act(officerSession, reference, "close", "outcome", "Passed to the investigating officer.",
                "closingCategory", "Crime").pathOnly()).isEqualTo("/staff/contacts/" + reference);
        String another = OnlineReports.crime(port, jdbc, "Records system: a second van broken into.");
        await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(reference, another).size() == 8);
        var outage = eventsOf(reference, another).subList(5, 8);
        await("each tried while the receiver is down").atMost(Duration.ofSeconds(30))
                .until(() -> outage.stream().allMatch(id -> !receiver.callsFor(id).isEmpty()));
        clock.advance(Duration.ofHours(1));

        // Back, with a new token: the feed from its cursor holds exactly what it missed, in order.
        token = api.token(system);
        var missed = new ArrayList<JsonNode>();
        var page = api.get("/api/v1/events?limit=2", token).json();
        missed.addAll(list(page.get("events")));
        while (page.get("more").asBoolean()) {
            page = api.get("/api/v1/events?limit=2&after=" + page.get("next").asLong(), token).json();
            missed.addAll(list(page.get("events")));
        }
        for (int i = 0; i < missed.size(); i++) {
            assertThat(missed.get(i).get("position").asLong()).as("no gap, no repeat").isEqualTo(acknowledged + 1 + i);
        }
        assertThat(missed.stream().filter(event -> List.of(reference, another)
                .contains(event.get("contact").get("reference").asString()))
                .map(event -> event.get("contact").get("reference").asString() + " " + event.get("type").asString()))
                .containsExactly(reference + " contact.allocated", reference + " contact.closed",
                        another + " contact.received");
        assertThat(missed.getFirst().get("data").toString())
                .isEqualTo("{\"team\":\"neighbourhood-north\",\"officer\":true}");

        // The investigation ends: the result is written back, lands on the timeline and goes to the reporter.
        var result = api.send("POST", "/api/v1/contacts/" + reference + "/results", token,
                "{\"outcome\": \"charged\", \"description\": \"The person was charged with theft.\"}");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("changed").asBoolean()).isTrue();
        acknowledge(token, missed.getLast().get("position").asLong());
        assertThat(jdbc.sql("""
                        SELECT t.actor || ' ' || t.kind FROM contact_timeline t JOIN contact c ON c.id = t.contact_id
                        WHERE c.reference = :r AND t.kind IN ('crime-number', 'officer-in-charge', 'result')
                        ORDER BY t.id""").param("r", reference).query(String.class).list())
                .containsExactly("api:" + system.clientId() + " crime-number",
                        "api:" + system.clientId() + " officer-in-charge", "api:" + system.clientId() + " result");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM message WHERE reference = :r
                        AND kind IN ('crime-number', 'officer-in-charge', 'result')""")
                .param("r", reference).query(Integer.class).single() == 3);

        // The receiver is up again: every event since it subscribed arrives signed, and is taken exactly once.
        receiving(true);
        await().atMost(Duration.ofSeconds(20)).until(() -> eventsOf(reference, another).size() == 9);
        var owed = eventsOf(reference, another);
        await().atMost(Duration.ofSeconds(60)).until(() -> owed.stream().allMatch(accepted::containsKey));
        assertThat(owed).allSatisfy(id -> {
            assertThat(accepted.get(id)).as("taken once: " + id).isEqualTo(1);
            assertThat(receiver.callsFor(id)).allSatisfy(call -> assertThat(call.signedWith(secret)).isTrue());
        });
        assertThat(outage).as("tried while the receiver was down, then again")
                .allSatisfy(id -> assertThat(receiver.callsFor(id).size()).isGreaterThanOrEqualTo(2));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM webhook_delivery WHERE client_id = :client AND status = 'delivered'
                        AND event_id::text IN (:ids)""")
                .param("client", system.id()).param("ids", owed).query(Integer.class).single())
                .isEqualTo(owed.size());
        // Every call that reached the contact is in the access log as the system's: its read, then its writes.
        assertThat(jdbc.sql("""
                        SELECT action || ' ' || coalesce(detail ->> 'write', detail ->> 'page') FROM access_log
                        WHERE record_ref = :r AND actor = :actor AND roles = 'API_CLIENT' ORDER BY id""")
                .param("r", reference).param("actor", "api:" + system.clientId()).query(String.class).list())
                .containsExactly("read api", "read crime-number", "read officer-in-charge", "read result");
    }

    /** The receiver answers 200 (and counts the event as taken) or, while "down", 503. */
    private void receiving(boolean up) {
        receiver.answering(call -> {
            if (!up) {
                return 503;
            }
            accepted.merge(call.id(), 1, Integer::sum);
            return 200;
        });
    }

    /** A member of staff takes an action on the contact's form; the page they end on. */
    private WebSession.Page act(WebSession staffMember, String reference, String action, String... fields) {
        staffMember.get("/staff/contacts/" + reference + "/actions/" + action);
        var done = staffMember.post("/staff/contacts/" + reference + "/actions/" + action, fields);
        assertThat(done.status()).as(action).isEqualTo(200);
        assertThat(done.pathOnly()).as(action).startsWith("/staff/contacts");
        return done;
    }

    private void acknowledge(String token, long position) {
        assertThat(api.send("PUT", "/api/v1/events/acknowledged", token, "{\"position\": " + position + "}")
                .status()).isEqualTo(204);
    }

    /** Waits for this many events after the acknowledged position (of the reference, if one is given). */
    private List<JsonNode> awaitEvents(String token, String reference, int count) {
        var found = new ArrayList<JsonNode>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            found.clear();
            list(api.get("/api/v1/events?limit=500", token).json().get("events")).stream()
                    .filter(event -> reference == null
                            || reference.equals(event.get("contact").get("reference").asString()))
                    .forEach(found::add);
            return found.size() >= count;
        });
        return found;
    }

    private long head() {
        return jdbc.sql("SELECT coalesce(max(position), 0) FROM api_event").query(Long.class).single();
    }

    /** The feed's event ids about these contacts, in order. */
    private List<String> eventsOf(String... references) {
        return jdbc.sql("SELECT event_id::text FROM api_event WHERE reference IN (:refs) ORDER BY position")
                .param("refs", List.of(references)).query(String.class).list();
    }

    private static List<JsonNode> list(JsonNode array) {
        var nodes = new ArrayList<JsonNode>();
        array.forEach(nodes::add);
        return nodes;
    }
}
