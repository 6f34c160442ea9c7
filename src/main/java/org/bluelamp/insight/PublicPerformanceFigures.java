package org.bluelamp.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public page's monthly figures, read from the daily roll-up ({@code insight_contact_day}) and the satisfaction
 * answers ({@code satisfaction_answer}, the tracking module's table, read only): a few hundred rows a month.
 */
@Component
class PublicPerformanceFigures {

    private final JdbcClient jdbc;

    PublicPerformanceFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The months from {@code first} to {@code last}, oldest first, each whether or not anything was counted in it. */
    List<PublicPerformanceMonth> between(YearMonth first, YearMonth last) {
        var from = Date.valueOf(first.atDay(1));
        var to = Date.valueOf(last.plusMonths(1).atDay(1));
        var received = new HashMap<YearMonth, Map<String, Integer>>();
        var firstContact = new HashMap<YearMonth, long[]>();
        jdbc.sql("""
                        SELECT date_trunc('month', day)::date AS month, channel, sum(received) AS received,
                               sum(first_contact_in_time) AS in_time, sum(first_contact_late) AS late,
                               sum(first_contact_overdue) AS overdue, sum(first_contact_seconds) AS seconds
                        FROM insight_contact_day WHERE day >= :from AND day < :to
                        GROUP BY 1, 2""")
                .param("from", from).param("to", to)
                .query(rs -> {
                    var month = YearMonth.from(rs.getDate("month").toLocalDate());
                    received.computeIfAbsent(month, m -> new HashMap<>())
                            .merge(rs.getString("channel"), rs.getInt("received"), Integer::sum);
                    long[] clock = firstContact.computeIfAbsent(month, m -> new long[4]);
                    clock[0] += rs.getLong("in_time");
                    clock[1] += rs.getLong("late");
                    clock[2] += rs.getLong("overdue");
                    clock[3] += rs.getLong("seconds");
                });
        var satisfaction = new HashMap<YearMonth, int[]>();
        jdbc.sql("""
                        SELECT month, count(overall) AS answers,
                               count(*) FILTER (WHERE overall IN ('very-satisfied', 'satisfied')) AS satisfied
                        FROM satisfaction_answer WHERE month >= :from AND month < :to
                        GROUP BY month""")
                .param("from", from).param("to", to)
                .query(rs -> {
                    satisfaction.put(YearMonth.from(rs.getDate("month").toLocalDate()),
                            new int[] {rs.getInt("answers"), rs.getInt("satisfied")});
                });
        var months = new LinkedHashMap<YearMonth, PublicPerformanceMonth>();
        for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            long[] clock = firstContact.getOrDefault(month, new long[4]);
            int[] answers = satisfaction.getOrDefault(month, new int[2]);
            months.put(month, new PublicPerformanceMonth(month, received.getOrDefault(month, Map.of()),
                    (int) (clock[0] + clock[1] + clock[2]), (int) clock[0], (int) (clock[0] + clock[1]), clock[3],
                    answers[0], answers[1]));
        }
        return List.copyOf(months.values());
    }
}
