package org.bluelamp.insight;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Contacts for the insight tests, put straight into {@code contact} and then worked on by UPDATE statements like
 * contact.Contacts' own (each setting last_activity_at to the action's time), so V51's trigger records the clocks.
 */
final class RollupContacts {

    /**
     * Six contacts received on 30 June and 1 July 2021 (UK days, BST), made once per database: A1 to A4 on the 30th,
     * B1 and B2 on the 1st (B1 at 00:30 UK time, 23:30 UTC the day before). RollupFiguresTest counts them by hand.
     */
    Map<String, UUID> summer2021(JdbcClient jdbc) {
        var made = new LinkedHashMap<String, UUID>();
        jdbc.sql("SELECT reference, id FROM contact WHERE reference LIKE 'RU21-%' ORDER BY reference")
                .query((rs, row) -> made.put(rs.getString(1).substring(5), rs.getObject(2, UUID.class))).list();
        if (!made.isEmpty()) {
            return made;
        }
        UUID a1 = add(jdbc, "RU21-A1", "online", "crime", "Rollup North", "2021-06-30T08:15:00Z",
                "2021-07-01T08:15:00Z", "2021-07-07T08:15:00Z", "new", null);
        work(jdbc, a1, "2021-06-30T10:15:00Z", "first_contact_at = :at");
        work(jdbc, a1, "2021-07-09T10:00:00Z", "crime_decided_at = :at, crime_decision = 'recorded'");
        work(jdbc, a1, "2021-07-09T11:00:00Z",
                "status = 'closed', closing_category = 'advice-given', closed_at = :at");

        UUID a2 = add(jdbc, "RU21-A2", "phone", "crime", null, "2021-06-30T12:00:00Z", "2021-06-30T13:00:00Z",
                null, "new", null);
        work(jdbc, a2, "2021-06-30T15:00:00Z",
                "first_contact_at = :at, victim_update_due = TIMESTAMPTZ '2021-07-07T15:00:00Z'");
        work(jdbc, a2, "2021-06-30T15:10:00Z",
                "status = 'in-progress', grading = 'priority', grading_due = TIMESTAMPTZ '2021-06-30T16:00:00Z'");
        work(jdbc, a2, "2021-06-30T15:30:00Z", "allocated_team = 'Rollup South', status = 'allocated'");
        work(jdbc, a2, "2021-07-10T12:00:00Z", "victim_update_due = TIMESTAMPTZ '2021-07-17T12:00:00Z'");

        // 23:30 UK time, still the 30th: never contacted, no decision, its grading target passed
        add(jdbc, "RU21-A3", "email", "rollup-gone", null, "2021-06-30T22:30:00Z", "2021-07-01T22:30:00Z",
                "2021-07-07T22:30:00Z", "in-progress", "2021-07-01T00:00:00Z");

        UUID a4 = add(jdbc, "RU21-A4", "online", "rollup-gone", null, "2021-06-30T10:00:00Z",
                "2021-07-01T10:00:00Z", null, "new", null);
        work(jdbc, a4, "2021-06-30T11:00:00Z", "status = 'filed', closing_category = 'duplicate', closed_at = :at");

        // 00:30 UK time on 1 July
        UUID b1 = add(jdbc, "RU21-B1", "online", "crime", "Rollup North", "2021-06-30T23:30:00Z",
                "2021-07-01T23:30:00Z", null, "new", null);
        work(jdbc, b1, "2021-07-01T01:30:00Z", "first_contact_at = :at");
        work(jdbc, b1, "2021-07-01T01:40:00Z",
                "status = 'in-progress', grading = 'priority', grading_due = TIMESTAMPTZ '2021-07-01T02:00:00Z'");
        work(jdbc, b1, "2021-07-01T03:00:00Z", "status = 'referred', referred_to = 'Victim First'");

        UUID b2 = add(jdbc, "RU21-B2", "webchat", "crime", null, "2021-07-01T09:00:00Z", "2021-07-02T09:00:00Z",
                "2021-07-08T09:00:00Z", "new", null);
        work(jdbc, b2, "2021-07-01T09:30:00Z",
                "first_contact_at = :at, victim_update_due = TIMESTAMPTZ '2021-07-08T09:30:00Z'");
        work(jdbc, b2, "2021-07-02T09:00:00Z", """
                crime_decided_at = :at, crime_decision = 'not-a-crime',
                victim_update_due = TIMESTAMPTZ '2021-07-09T09:00:00Z'""");
        work(jdbc, b2, "2021-07-02T10:00:00Z", "reply_due = TIMESTAMPTZ '2021-07-03T10:00:00Z'");
        work(jdbc, b2, "2021-07-02T12:00:00Z", "reply_due = NULL");
        work(jdbc, b2, "2021-07-05T10:00:00Z", """
                status = 'closed', closing_category = 'advice-given', closed_at = :at, victim_update_due = NULL,
                reply_due = NULL""");
        return summer2021(jdbc);
    }

    /** A new contact, last active when received. */
    static UUID add(JdbcClient jdbc, String reference, String channel, String service, String team, String received,
                    String firstResponseDue, String crimeDecisionDue, String status, String gradingDue) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO contact (id, reference, channel, service_id, service_title, received_at,
                                             first_response_due, crime_decision_due, status, grading_due,
                                             allocated_team, last_activity_at)
                        VALUES (:id, :reference, :channel, :service, :service, :received, :due, :decisionDue,
                                :status, :gradingDue, :team, :received)""")
                .param("id", id).param("reference", reference).param("channel", channel).param("service", service)
                .param("received", at(received)).param("due", at(firstResponseDue))
                .param("decisionDue", at(crimeDecisionDue)).param("status", status)
                .param("gradingDue", at(gradingDue)).param("team", team)
                .update();
        return id;
    }

    /** An action on a contact at a time: its columns (constants here) and its last activity. */
    static void work(JdbcClient jdbc, UUID id, String at, String assignments) {
        jdbc.sql("UPDATE contact SET " + assignments + ", last_activity_at = :at WHERE id = :id")
                .param("id", id).param("at", at(at)).update();
    }

    static Timestamp at(String instant) {
        return instant == null ? null : Timestamp.from(Instant.parse(instant));
    }
}
