package org.bluelamp.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * How the contacts received in the range fared against their service-level clocks, as at the last refresh: met in
 * time, met late, or still running past the deadline. One aggregate over insight_contact_day.
 */
@Component
public class ServiceLevelFigures {

    private final JdbcClient jdbc;

    ServiceLevelFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param clock "first-contact", "crime-decision", "grading" or "victim-update" (messages: clock.*)
     */
    public record ClockFigures(String clock, long inTime, long late, long overdue) {

        /** Of all deadlines met or passed, the share met in time, from 0 to 100; null when none was. */
        public Double percentInTime() {
            long all = inTime + late + overdue;
            return all == 0 ? null : 100.0 * inTime / all;
        }
    }

    /**
     * @param averageFirstContact from receipt to first contact, over the contacts that have had it; null when none
     *                            has
     */
    public record Levels(ClockFigures firstContact, ClockFigures crimeDecision, ClockFigures grading,
                         ClockFigures victimUpdate, Duration averageFirstContact) {

        public List<ClockFigures> clocks() {
            return List.of(firstContact, crimeDecision, grading, victimUpdate);
        }
    }

    public Levels levels(InsightFilter filter) {
        return filter.bind(jdbc.sql("""
                        SELECT COALESCE(sum(first_contact_in_time), 0), COALESCE(sum(first_contact_late), 0),
                               COALESCE(sum(first_contact_overdue), 0), COALESCE(sum(first_contact_seconds), 0),
                               COALESCE(sum(crime_decision_in_time), 0), COALESCE(sum(crime_decision_late), 0),
                               COALESCE(sum(crime_decision_overdue), 0),
                               COALESCE(sum(grading_in_time), 0), COALESCE(sum(grading_late), 0),
                               COALESCE(sum(grading_overdue), 0),
                               COALESCE(sum(update_in_time), 0), COALESCE(sum(update_late), 0),
                               COALESCE(sum(update_overdue), 0)
                        FROM insight_contact_day WHERE %s""".formatted(filter.condition())))
                .query((rs, row) -> {
                    long contacted = rs.getLong(1) + rs.getLong(2);
                    return new Levels(new ClockFigures("first-contact", rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                            new ClockFigures("crime-decision", rs.getLong(5), rs.getLong(6), rs.getLong(7)),
                            new ClockFigures("grading", rs.getLong(8), rs.getLong(9), rs.getLong(10)),
                            new ClockFigures("victim-update", rs.getLong(11), rs.getLong(12), rs.getLong(13)),
                            contacted == 0 ? null : Duration.ofSeconds(Math.round((double) rs.getLong(4) / contacted)));
                })
                .single();
    }
}
