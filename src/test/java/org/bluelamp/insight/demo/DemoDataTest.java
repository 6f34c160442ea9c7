package org.bluelamp.insight.demo;

import org.bluelamp.BluelampTest;
import org.bluelamp.StaffAccountsForTests;
import org.bluelamp.WebSession;
import org.bluelamp.contact.ContactChoices;
import org.bluelamp.contact.Happening;
import org.bluelamp.reporting.Channel;
import org.bluelamp.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/demo-data's year, small: 300 contacts from a fixed seed, in a year long past (to March 2011) so that nothing
 * else in the shared test database is in it, and taken out again afterwards so that no other test counts it.
 */
@BluelampTest
class DemoDataTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2011, 3, 31);
    /** The year, with a day either side for calls and chats that began just before a contact was logged. */
    private static final Timestamp FROM = Timestamp.from(Instant.parse("2010-03-30T00:00:00Z"));
    private static final Timestamp UNTIL = Timestamp.from(Instant.parse("2011-04-02T00:00:00Z"));
    private static final String IN_YEAR = "received_at BETWEEN :from AND :until";

    @Autowired
    DemoDataFiller filler;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ContactChoices choices;

    @Autowired
    StaffAccountsForTests staffAccounts;

    @LocalServerPort
    int port;

    @Test
    void aYearOfContactsThatOpenOnTheStaffPagesAndNothingElseIsTouched() {
        var outcome = filler.fill(new DemoDataFiller.Order(300, 27L, LAST_DAY, true));
        try {
            assertThat(outcome.filled()).isTrue();
            assertThat(outcome.from()).isEqualTo(Instant.parse("2010-04-01T00:00:00+01:00"));
            assertThat(outcome.until()).isEqualTo(Instant.parse("2011-04-01T00:00:00+01:00"));
            assertThat(outcome.rows()).containsEntry("contact", 300).containsEntry("report", 300);
            assertThat(outcome.contactsByChannel().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);

            // what it says it made is what is stored
            assertThat(count("SELECT count(*) FROM contact WHERE " + IN_YEAR)).isEqualTo(300);
            assertThat(count("SELECT count(*) FROM report WHERE submitted_at BETWEEN :from AND :until")).isEqualTo(300);
            assertThat(count("SELECT count(*) FROM contact_timeline t JOIN contact c ON c.id = t.contact_id WHERE c."
                    + IN_YEAR)).isEqualTo(outcome.rows().get("contact_timeline"));
            assertThat(count("SELECT count(*) FROM contact_assessment t JOIN contact c ON c.id = t.contact_id WHERE c."
                    + IN_YEAR)).isEqualTo(outcome.rows().get("contact_assessment"));
            assertThat(count("SELECT count(*) FROM relay_call WHERE queued_at BETWEEN :from AND :until"))
                    .isEqualTo(outcome.rows().get("relay_call"));
            assertThat(count("SELECT count(*) FROM chat WHERE queued_at BETWEEN :from AND :until"))
                    .isEqualTo(outcome.rows().get("chat"));
            assertThat(count("SELECT count(*) FROM message WHERE created_at BETWEEN :from AND :until"))
                    .isEqualTo(outcome.rows().get("message"));
            assertThat(count("SELECT count(*) FROM satisfaction_answer WHERE month BETWEEN :from AND :until"))
                    .isEqualTo(outcome.rows().get("satisfaction_answer"));
            assertThat(count("SELECT count(*) FROM subject_access_request WHERE received_at BETWEEN :from AND :until"))
                    .isEqualTo(outcome.rows().get("subject_access_request"));
            // a year's worth of each kind of thing, even from 300 contacts
            assertThat(outcome.rows().get("contact_timeline")).isGreaterThan(900);
            assertThat(outcome.rows().get("relay_call")).isGreaterThan(0);
            assertThat(outcome.rows().get("chat")).isGreaterThan(0);
            assertThat(outcome.rows().get("satisfaction_answer")).isGreaterThan(0);

            // every timeline starts with its receipt, and every line is one the contact page can read
            assertThat(count("""
                    SELECT count(*) FROM contact c WHERE c.received_at BETWEEN :from AND :until
                      AND (SELECT kind FROM contact_timeline t WHERE t.contact_id = c.id ORDER BY t.at, t.id LIMIT 1)
                          IS DISTINCT FROM 'received'""")).isZero();
            var details = new TypeReference<Map<String, String>>() {
            };
            jdbc.sql("""
                            SELECT t.kind, t.details::text AS details FROM contact_timeline t
                            JOIN contact c ON c.id = t.contact_id WHERE c.received_at BETWEEN :from AND :until""")
                    .param("from", FROM).param("until", UNTIL)
                    .query((rs, row) -> Happening.of(rs.getString("kind"), json.readValue(rs.getString("details"), details)))
                    .list();

            // only what the installation offers
            var channels = Arrays.stream(Channel.values()).map(Channel::code).toList();
            assertThat(strings("SELECT DISTINCT channel FROM contact WHERE " + IN_YEAR)).isSubsetOf(channels)
                    .contains("online", "phone");
            assertThat(strings("SELECT DISTINCT allocated_team FROM contact WHERE allocated_team IS NOT NULL AND "
                    + IN_YEAR)).isNotEmpty().isSubsetOf(choices.teamCodes());
            assertThat(strings("SELECT DISTINCT closing_category FROM contact WHERE closing_category IS NOT NULL AND "
                    + IN_YEAR)).isNotEmpty().allMatch(choices::isCategory);
            assertThat(strings("SELECT DISTINCT referred_to FROM contact WHERE referred_to IS NOT NULL AND " + IN_YEAR))
                    .isSubsetOf(choices.referralOrganisations());
            assertThat(strings("SELECT DISTINCT service_id FROM contact WHERE " + IN_YEAR))
                    .isSubsetOf(DemoServices.read().stream().map(DemoServices.Service::id).toList());
            assertThat(strings("SELECT DISTINCT recipient FROM message WHERE created_at BETWEEN :from AND :until"))
                    .allMatch(r -> r.endsWith("@example.com") || r.startsWith("+447700900"));

            // a sample opens on the staff pages: one of each channel from the open queues, and the demo team's
            var handler = new WebSession(port);
            staffAccounts.signedIn(handler, StaffRole.CONTACT_HANDLER);
            var sample = strings("""
                    SELECT DISTINCT ON (channel) reference FROM contact
                    WHERE allocated_team IS NULL AND allocated_to IS NULL AND received_at BETWEEN :from AND :until
                    ORDER BY channel, status""");
            assertThat(sample).hasSizeGreaterThanOrEqualTo(4);
            for (String reference : sample) {
                var page = handler.get("/staff/contacts/" + reference);
                assertThat(page.status()).as(reference).isEqualTo(200);
                assertThat(page.body()).contains(reference);
                var report = handler.get("/staff/contacts/" + reference + "/report");
                assertThat(report.status()).as(reference).isEqualTo(200);
            }
            var demoTeam = strings("SELECT reference FROM contact WHERE allocated_team = 'demo' AND " + IN_YEAR);
            if (!demoTeam.isEmpty()) {
                var officer = new WebSession(port);
                staffAccounts.signIn(officer, staffAccounts.create("demo", StaffRole.OFFICER));
                assertThat(officer.get("/staff/contacts/" + demoTeam.getFirst()).status()).isEqualTo(200);
            }

            // a database that holds contacts is refused unless asked again, and nothing is added
            var refused = filler.fill(new DemoDataFiller.Order(10, 1L, LAST_DAY, false));
            assertThat(refused.filled()).isFalse();
            assertThat(refused.refusal()).contains("--again");
            assertThat(count("SELECT count(*) FROM contact WHERE " + IN_YEAR)).isEqualTo(300);
        } finally {
            takeAway();
        }
    }

    @Test
    void theSameSeedMakesTheSameYear() {
        var settings = filler.settings();
        var now = Instant.parse("2011-04-01T00:00:00Z");
        var first = new DemoYear(settings, 5L, LAST_DAY, now).generate(200);
        var again = new DemoYear(settings, 5L, LAST_DAY, now).generate(200);
        assertThat(again.counts()).isEqualTo(first.counts());
        assertThat(again.of(DemoRows.CONTACT).getFirst()).isEqualTo(first.of(DemoRows.CONTACT).getFirst());
        assertThat(again.of(DemoRows.TIMELINE).getLast()).isEqualTo(first.of(DemoRows.TIMELINE).getLast());
    }

    /** Everything the year added, so no other test sees it; history goes as disposal takes it, by its function. */
    private void takeAway() {
        List<UUID> contacts = jdbc.sql("SELECT id FROM contact WHERE " + IN_YEAR).param("from", FROM)
                .param("until", UNTIL).query(UUID.class).list();
        contacts.forEach(id -> jdbc.sql("SELECT dispose_contact_history(:id)").param("id", id).query(Object.class).list());
        for (String sql : List.of(
                "DELETE FROM information_request WHERE contact_id IN (SELECT id FROM contact WHERE " + IN_YEAR + ")",
                "DELETE FROM satisfaction_invitation WHERE contact_id IN (SELECT id FROM contact WHERE " + IN_YEAR + ")",
                "DELETE FROM bsl_video_message WHERE " + IN_YEAR,
                "DELETE FROM contact WHERE " + IN_YEAR,
                "DELETE FROM report WHERE submitted_at BETWEEN :from AND :until",
                "DELETE FROM chat_line WHERE chat_id IN (SELECT id FROM chat WHERE queued_at BETWEEN :from AND :until)",
                "DELETE FROM chat WHERE queued_at BETWEEN :from AND :until",
                "DELETE FROM relay_call WHERE queued_at BETWEEN :from AND :until",
                "DELETE FROM message WHERE created_at BETWEEN :from AND :until",
                "DELETE FROM satisfaction_answer WHERE month BETWEEN :from AND :until")) {
            jdbc.sql(sql).param("from", FROM).param("until", UNTIL).update();
        }
        List<UUID> requests = jdbc.sql("SELECT id FROM subject_access_request WHERE " + IN_YEAR).param("from", FROM)
                .param("until", UNTIL).query(UUID.class).list();
        requests.forEach(id -> jdbc.sql("SELECT dispose_subject_access_history(:id)").param("id", id)
                .query(Object.class).list());
        jdbc.sql("DELETE FROM subject_access_request WHERE " + IN_YEAR).param("from", FROM).param("until", UNTIL)
                .update();
    }

    private int count(String sql) {
        return jdbc.sql(sql).param("from", FROM).param("until", UNTIL).query(Integer.class).single();
    }

    private List<String> strings(String sql) {
        return jdbc.sql(sql).param("from", FROM).param("until", UNTIL).query(String.class).list();
    }
}
