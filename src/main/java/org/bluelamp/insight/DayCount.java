package org.bluelamp.insight;

import org.bluelamp.platform.LondonTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Counts the contacts received on a run of UK days into the roll-up tables again, replacing what was there, and adds
 * up the outcomes of their months again: all in SQL, so no contact is read into Java. The caller holds the
 * transaction, so a page sees a day's old figures or its new ones, never half of each.
 */
@Component
class DayCount {

    /** A contact's local day, as every roll-up row is keyed. */
    static final String DAY = "CAST(c.received_at AT TIME ZONE 'Europe/London' AS date)";
    private static final String OPEN_FOR_GRADING = "('new', 'in-progress', 'awaiting-information')";
    private static final String FINISHED = "c.status IN ('filed', 'closed')";

    private final JdbcClient jdbc;

    DayCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts the days from {@code from} up to, not including, {@code until}.
     *
     * @param now what "overdue" is measured against: a running clock whose deadline is before it
     */
    void count(LocalDate from, LocalDate until, Instant now) {
        for (String table : new String[]{"insight_contact_day", "insight_contact_hour", "insight_outcome_day"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE day >= :from AND day < :until")
                    .param("from", from).param("until", until).update();
        }
        var start = Timestamp.from(from.atStartOfDay(LondonTime.ZONE).toInstant());
        var end = Timestamp.from(until.atStartOfDay(LondonTime.ZONE).toInstant());
        // First contact and the crime decision are met once, and their columns say when. Grading may be met again
        // after a reopening: the first time counts. Every update owed counts, met or running late.
        jdbc.sql("""
                        INSERT INTO insight_contact_day (day, channel, service_id, team, received,
                            first_contact_in_time, first_contact_late, first_contact_overdue, first_contact_seconds,
                            crime_decision_in_time, crime_decision_late, crime_decision_overdue,
                            grading_in_time, grading_late, grading_overdue, update_in_time, update_late, update_overdue)
                        SELECT %1$s, c.channel, c.service_id, COALESCE(c.allocated_team, ''), count(*),
                               count(*) FILTER (WHERE c.first_contact_at <= c.first_response_due),
                               count(*) FILTER (WHERE c.first_contact_at > c.first_response_due),
                               count(*) FILTER (WHERE c.first_contact_at IS NULL AND NOT %2$s
                                                  AND c.first_response_due < :now),
                               COALESCE(sum(GREATEST(0, extract(EPOCH FROM c.first_contact_at - c.received_at))), 0),
                               count(*) FILTER (WHERE c.crime_decided_at <= c.crime_decision_due),
                               count(*) FILTER (WHERE c.crime_decided_at > c.crime_decision_due),
                               count(*) FILTER (WHERE c.crime_decided_at IS NULL AND NOT %2$s
                                                  AND c.crime_decision_due < :now),
                               count(*) FILTER (WHERE m.grading_in_time),
                               count(*) FILTER (WHERE NOT m.grading_in_time),
                               count(*) FILTER (WHERE m.grading_in_time IS NULL AND c.status IN %3$s
                                                  AND c.grading_due < :now),
                               COALESCE(sum(m.update_in_time), 0),
                               COALESCE(sum(m.update_late), 0),
                               count(*) FILTER (WHERE NOT %2$s AND c.victim_update_due < :now)
                        FROM contact c
                                 CROSS JOIN LATERAL (
                                     SELECT (array_agg(d.met_at <= d.due ORDER BY d.met_at)
                                                 FILTER (WHERE d.clock = 'grading'))[1] AS grading_in_time,
                                            count(*) FILTER (WHERE d.clock = 'victim-update' AND d.met_at <= d.due)
                                                AS update_in_time,
                                            count(*) FILTER (WHERE d.clock = 'victim-update' AND d.met_at > d.due)
                                                AS update_late
                                     FROM contact_deadline d WHERE d.contact_id = c.id) m
                        WHERE c.received_at >= :start AND c.received_at < :end
                        GROUP BY 1, 2, 3, 4""".formatted(DAY, FINISHED, OPEN_FOR_GRADING))
                .param("start", start).param("end", end).param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                        INSERT INTO insight_contact_hour (day, hour, channel, team, received)
                        SELECT %s, extract(HOUR FROM c.received_at AT TIME ZONE 'Europe/London'), c.channel,
                               COALESCE(c.allocated_team, ''), count(*)
                        FROM contact c
                        WHERE c.received_at >= :start AND c.received_at < :end
                        GROUP BY 1, 2, 3, 4""".formatted(DAY))
                .param("start", start).param("end", end).update();
        jdbc.sql("""
                        INSERT INTO insight_outcome_day (day, channel, team, kind, label, contacts)
                        SELECT %s, c.channel, COALESCE(c.allocated_team, ''), c.status,
                               COALESCE(CASE c.status WHEN 'referred' THEN c.referred_to ELSE c.closing_category END,
                                        ''),
                               count(*)
                        FROM contact c
                        WHERE c.received_at >= :start AND c.received_at < :end
                          AND c.status IN ('closed', 'filed', 'referred')
                        GROUP BY 1, 2, 3, 4, 5""".formatted(DAY))
                .param("start", start).param("end", end).update();
        countMonths(from.withDayOfMonth(1), until.minusDays(1).withDayOfMonth(1).plusMonths(1));
    }

    /** Adds up again the outcomes of the months from {@code from} up to, not including, {@code until}. */
    private void countMonths(LocalDate from, LocalDate until) {
        jdbc.sql("DELETE FROM insight_outcome_month WHERE month >= :from AND month < :until")
                .param("from", from).param("until", until).update();
        jdbc.sql("""
                        INSERT INTO insight_outcome_month (month, channel, team, kind, label, contacts)
                        SELECT CAST(date_trunc('month', day) AS date), channel, team, kind, label, sum(contacts)
                        FROM insight_outcome_day WHERE day >= :from AND day < :until
                        GROUP BY 1, 2, 3, 4, 5""")
                .param("from", from).param("until", until).update();
    }
}
