package org.bluelamp.contact;

import org.bluelamp.BluelampTest;
import org.bluelamp.CrimeJourneySteps;
import org.bluelamp.OnlineReports;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.contact.RecordsSystemUpdates.Written;
import org.bluelamp.reporting.Reference;
import org.bluelamp.staff.StaffRole;
import org.bluelamp.tracking.CodesForTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The records system writing back through the contact module's API: each write on the contact and its timeline once,
 * the reporter told once as they asked to be (and not at all when they said it is not safe), a repeat doing nothing,
 * and the staff page and "Check your report" showing what came.
 */
@BluelampTest
class RecordsSystemWriteBackTest {

    private static final String BY = "api:rms-test";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordsSystemUpdates updates;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @Autowired
    CodesForTests codes;

    @Autowired
    EventSerializer serializer;

    record Line(String actor, String kind, String details) {
    }

    record Sent(String kind, String channel, String recipient, String subject, String body) {
    }

    @Test
    void eachWriteLandsOnceAndTheReporterHearsEachOnceByEmail() {
        String email = "records-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var reference = report(email, "07700 900111", "email", "any-time");

        assertThat(updates.crimeNumber(reference, CrimeNumber.of("CR/012345/26"), BY)).isEqualTo(Written.CHANGED);
        assertThat(updates.officerInCharge(reference, OfficerInCharge.of("DC Sam Patel", "4521"), BY))
                .isEqualTo(Written.CHANGED);
        assertThat(updates.result(reference, InvestigationResult.of("charged", "In court on 3 June."), BY))
                .isEqualTo(Written.CHANGED);
        // The same again, as a system retrying would send them: nothing changes, nothing is sent.
        assertThat(updates.crimeNumber(reference, CrimeNumber.of(" CR/012345/26 "), BY)).isEqualTo(Written.UNCHANGED);
        assertThat(updates.officerInCharge(reference, OfficerInCharge.of("DC Sam Patel ", "4521"), BY))
                .isEqualTo(Written.UNCHANGED);
        assertThat(updates.result(reference, InvestigationResult.of("charged", "In court on 3 June."), BY))
                .isEqualTo(Written.UNCHANGED);
        awaitListenersDone(reference);

        var row = jdbc.sql("""
                        SELECT crime_number, officer_in_charge, officer_collar_number, result_outcome,
                               result_description, crime_number_at IS NOT NULL AND officer_named_at IS NOT NULL
                                   AND result_at IS NOT NULL AS dated
                        FROM contact WHERE reference = :r""")
                .param("r", reference.value()).query().singleRow();
        assertThat(row).containsEntry("crime_number", "CR/012345/26").containsEntry("officer_in_charge", "DC Sam Patel")
                .containsEntry("officer_collar_number", "4521").containsEntry("result_outcome", "charged")
                .containsEntry("result_description", "In court on 3 June.").containsEntry("dated", true);
        assertThat(lines(reference)).containsExactly(
                new Line(BY, "crime-number", "{\"number\": \"CR/012345/26\"}"),
                new Line(BY, "officer-in-charge", "{\"collar\": \"4521\", \"officer\": \"DC Sam Patel\"}"),
                new Line(BY, "result", "{\"result\": \"charged\", \"description\": \"In court on 3 June.\"}"));

        var sent = sent(reference);
        // Each is sent by its own listener, so in no set order.
        assertThat(sent).extracting(Sent::kind).containsExactlyInAnyOrder("crime-number", "officer-in-charge", "result");
        assertThat(sent).allSatisfy(message -> {
            assertThat(message.channel()).isEqualTo("email");
            assertThat(message.recipient()).isEqualTo(email);
            assertThat(message.body()).contains(reference.value(), "/track?ref=" + reference.value());
        });
        assertThat(one(sent, "crime-number").subject()).isEqualTo("A reference number for your report " + reference.value())
                .doesNotContain("CR/012345/26");
        assertThat(one(sent, "crime-number").body()).contains("now has a crime reference number:\nCR/012345/26\n");
        assertThat(one(sent, "officer-in-charge").subject()).isEqualTo("An update on " + reference.value());
        assertThat(one(sent, "officer-in-charge").body()).contains("The officer in charge of the investigation is:\n"
                + "DC Sam Patel (collar or warrant number 4521)\n");
        assertThat(one(sent, "result").body()).contains("The result of the investigation\nSomeone has been charged\n\n"
                + "In court on 3 June.\n");

        // A different value is a change: on the timeline again, and told again.
        assertThat(updates.crimeNumber(reference, CrimeNumber.of("CR/099999/26"), BY)).isEqualTo(Written.CHANGED);
        awaitListenersDone(reference);
        assertThat(lines(reference)).hasSize(4).last().isEqualTo(
                new Line(BY, "crime-number", "{\"number\": \"CR/099999/26\"}"));
        assertThat(sent(reference)).extracting(Sent::kind)
                .containsExactlyInAnyOrder("crime-number", "officer-in-charge", "result", "crime-number");
        assertThat(sent(reference)).filteredOn(message -> message.body().contains("CR/099999/26")).singleElement()
                .extracting(Sent::kind).isEqualTo("crime-number");
    }

    @Test
    void aReporterWhoWantsTextsGetsATextThatSaysOnlyThatThereIsAnUpdate() {
        String email = "records-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var reference = report(email, "07700 900222", "text", "any-time");

        updates.crimeNumber(reference, CrimeNumber.of("CR/000222/26"), BY);
        updates.officerInCharge(reference, OfficerInCharge.of("DC Alex Jones", null), BY);
        awaitListenersDone(reference);

        assertThat(sent(reference)).hasSize(2).allSatisfy(text -> {
            assertThat(text.channel()).isEqualTo("sms");
            assertThat(text.recipient()).isEqualTo("+447700900222");
            assertThat(text.body()).contains("there is an update on your report " + reference.value())
                    .doesNotContain("CR/000222/26", "Alex Jones", "crime");
        });
    }

    @Test
    void aReporterWhoSaidItIsNotSafeIsToldNothingThoughTheContactHasItAll() {
        String email = "records-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var reference = report(email, "07700 900333", "email", "no");

        assertThat(updates.crimeNumber(reference, CrimeNumber.of("CR/000333/26"), BY)).isEqualTo(Written.CHANGED);
        assertThat(updates.officerInCharge(reference, OfficerInCharge.of("DC Alex Jones", null), BY))
                .isEqualTo(Written.CHANGED);
        assertThat(updates.result(reference, InvestigationResult.of("not-identified", null), BY))
                .isEqualTo(Written.CHANGED);
        awaitListenersDone(reference);

        assertThat(lines(reference)).extracting(Line::kind).containsExactly("crime-number", "officer-in-charge",
                "result");
        assertThat(lines(reference).get(2).details()).isEqualTo("{\"result\": \"not-identified\"}");
        assertThat(sent(reference)).isEmpty();
    }

    /** The event log keeps each event as JSON and republishes it after a restart: it must read back the same. */
    @Test
    void eachEventReadsBackFromTheEventLogAsItWasWritten() {
        var reference = Reference.random("LP", new Random());
        var at = Instant.parse("2026-12-07T10:15:30.123Z");
        for (Object event : new Object[] {
                new CrimeNumberRecorded(UUID.randomUUID(), reference, UUID.randomUUID(), "CR/1/26", at),
                new OfficerInChargeNamed(UUID.randomUUID(), reference, null, "DC Sam Patel", null, at),
                new ResultRecorded(UUID.randomUUID(), reference, UUID.randomUUID(), ResultOutcome.NOT_IN_PUBLIC_INTEREST,
                        "Not in the public interest.", at)}) {
            var stored = serializer.serialize(event);
            assertThat(serializer.deserialize(stored, event.getClass())).isEqualTo(event);
        }
        assertThat(serializer.serialize(new ResultRecorded(UUID.randomUUID(), reference, null,
                ResultOutcome.NOT_IN_PUBLIC_INTEREST, null, at)).toString()).contains("\"not-in-public-interest\"");
    }

    @Test
    void aReferenceNoContactHasChangesNothing() {
        var unknown = Reference.random("LP", new Random());
        assertThat(updates.crimeNumber(unknown, CrimeNumber.of("CR/1/26"), BY)).isEqualTo(Written.UNKNOWN_CONTACT);
        assertThat(updates.officerInCharge(unknown, OfficerInCharge.of("DC Sam Patel", null), BY))
                .isEqualTo(Written.UNKNOWN_CONTACT);
        assertThat(updates.result(unknown, InvestigationResult.of("other", null), BY))
                .isEqualTo(Written.UNKNOWN_CONTACT);
        assertThat(updates.held(unknown)).isEmpty();
    }

    @Test
    void staffSeeWhatCameFromTheRecordsSystemAndTheReporterSeesTheirCrimeNumberAndOfficer() {
        String email = "records-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var reference = report(email, "07700 900444", "email", "any-time");
        var handler = new WebSession(port);
        staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
        assertThat(handler.get("/staff/contacts/" + reference.value()).body())
                .doesNotContain("From the records system");

        updates.crimeNumber(reference, CrimeNumber.of("CR/000444/26"), BY);
        updates.officerInCharge(reference, OfficerInCharge.of("DC Priya Shah", "7788"), BY);
        updates.result(reference, InvestigationResult.of("caution", "Given a caution on 2 June."), BY);

        assertThat(updates.held(reference)).hasValueSatisfying(held -> {
            assertThat(held.crimeNumber()).isEqualTo(new CrimeNumber("CR/000444/26"));
            assertThat(held.officer()).isEqualTo(new OfficerInCharge("DC Priya Shah", "7788"));
            assertThat(held.result()).isEqualTo(new InvestigationResult(ResultOutcome.CAUTION, "Given a caution on 2 June."));
            assertThat(held.crimeNumberAt()).isNotNull();
        });
        var overview = handler.get("/staff/contacts/" + reference.value()).body();
        assertThat(overview).contains("From the records system", "Crime number", "CR/000444/26", "Officer in charge",
                "DC Priya Shah, collar or warrant number 7788", "Someone has been given a caution",
                "Given a caution on 2 June.");
        var timeline = handler.get("/staff/contacts/" + reference.value() + "/timeline").body();
        assertThat(timeline).contains("Crime number from the records system",
                "Officer in charge named by the records system", "Result from the records system", BY,
                "Collar or warrant number:</span> 7788", "Result:</span> Someone has been given a caution");

        var reporter = new WebSession(port);
        reporter.get("/track");
        var codePage = reporter.post("/track", "reference", reference.value(), "contact", email);
        var challenge = challenge(codePage.body());
        reporter.post("/track/code", "challenge", challenge.toString(), "contact", email,
                "code", codes.forChallenge(challenge).getFirst().code());
        var page = reporter.get("/track/report").body();
        assertThat(page).contains("Crime reference number", "CR/000444/26", "Officer in charge of the investigation",
                "DC Priya Shah (collar or warrant number 7788)", "Result of the investigation",
                "Someone has been given a caution", "Given a caution on 2 June.");
    }

    private Reference report(String email, String phone, String preference, String safety) {
        return Reference.stored(OnlineReports.crime(port, jdbc, "Write-back: my shed was broken into.",
                CrimeJourneySteps.contactedBy(email, phone, preference, safety)));
    }

    private List<Line> lines(Reference reference) {
        return jdbc.sql("""
                        SELECT t.actor, t.kind, t.details::text FROM contact_timeline t JOIN contact c ON c.id = t.contact_id
                        WHERE c.reference = :r AND t.kind IN ('crime-number', 'officer-in-charge', 'result')
                        ORDER BY t.id""")
                .param("r", reference.value())
                .query((rs, n) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private List<Sent> sent(Reference reference) {
        return jdbc.sql("""
                        SELECT kind, channel, recipient, subject, body FROM message
                        WHERE reference = :r AND kind IN ('crime-number', 'officer-in-charge', 'result')
                        ORDER BY created_at, id""")
                .param("r", reference.value())
                .query((rs, n) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    private static Sent one(List<Sent> sent, String kind) {
        return sent.stream().filter(message -> message.kind().equals(kind)).findFirst().orElseThrow();
    }

    private void awaitListenersDone(Reference reference) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM event_publication
                        WHERE completion_date IS NULL AND serialized_event LIKE :r""")
                .param("r", "%" + reference.value() + "%").query(Integer.class).single() == 0);
    }

    private static UUID challenge(String body) {
        var matcher = Pattern.compile("name=\"challenge\" value=\"([0-9a-f-]{36})\"").matcher(body);
        assertThat(matcher.find()).as("a challenge on the page").isTrue();
        return UUID.fromString(matcher.group(1));
    }
}
