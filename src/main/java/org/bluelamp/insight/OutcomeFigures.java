package org.bluelamp.insight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How the contacts received in the range have ended so far: closed and filed by closing category, referred by the
 * organisation. One aggregate over insight_outcome_month and insight_outcome_day.
 */
@Component
public class OutcomeFigures {

    private final JdbcClient jdbc;

    OutcomeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param label a closing category or an organisation as stored; "" where none was given */
    public record LabelCount(String label, long contacts) {
    }

    /** Each most first. */
    public record Outcomes(List<LabelCount> closed, List<LabelCount> filed, List<LabelCount> referred) {
    }

    public Outcomes outcomes(InsightFilter filter) {
        var closed = new ArrayList<LabelCount>();
        var filed = new ArrayList<LabelCount>();
        var referred = new ArrayList<LabelCount>();
        sql(filter).query((rs, row) -> {
            var count = new LabelCount(rs.getString(2), rs.getLong(3));
            switch (rs.getString(1)) {
                case "closed" -> closed.add(count);
                case "filed" -> filed.add(count);
                default -> referred.add(count);
            }
            return count;
        }).list();
        return new Outcomes(List.copyOf(closed), List.copyOf(filed), List.copyOf(referred));
    }

    /**
     * The whole calendar months of the range from insight_outcome_month, the days before and after them from
     * insight_outcome_day: a year is some 15,000 rows, not half a million.
     */
    private JdbcClient.StatementSpec sql(InsightFilter filter) {
        LocalDate first = filter.firstWholeMonth();
        LocalDate after = filter.afterWholeMonths();
        if (!first.isBefore(after)) {
            return filter.bind(jdbc.sql("""
                    SELECT kind, label, sum(contacts) AS contacts FROM insight_outcome_day WHERE %s
                    GROUP BY kind, label ORDER BY contacts DESC, label""".formatted(filter.condition())));
        }
        return filter.bind(jdbc.sql("""
                        SELECT kind, label, sum(contacts) AS contacts FROM (
                            SELECT kind, label, contacts FROM insight_outcome_month
                            WHERE month >= :first AND month < :after%1$s
                            UNION ALL
                            SELECT kind, label, contacts FROM insight_outcome_day
                            WHERE day >= :from AND day < :first%1$s
                            UNION ALL
                            SELECT kind, label, contacts FROM insight_outcome_day
                            WHERE day >= :after AND day <= :to%1$s) outcomes
                        GROUP BY kind, label ORDER BY contacts DESC, label""".formatted(filter.teamAndChannel())))
                .param("first", first).param("after", after);
    }
}
