package org.bluelamp.insight;

import org.bluelamp.platform.LondonTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests for people's own information ({@code subject_access_request}) by the day their answer was due: answered by
 * then or after, refused, and those still open, overdue or not yet due. A request waiting for proof of identity has
 * no due date yet and is not counted. Only the counts leave here.
 */
@Component
public class SubjectAccessFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    SubjectAccessFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The requests due from {@code from} to {@code to} (UK days, both included), in all and by the month they were due.
     */
    @Transactional(readOnly = true)
    public Requests between(LocalDate from, LocalDate to) {
        JourneyFigures.checkRange(from, to);
        LocalDate today = clock.instant().atZone(LondonTime.ZONE).toLocalDate();
        var rows = jdbc.sql("""
                        SELECT date_trunc('month', due_on)::DATE AS month, GROUPING(date_trunc('month', due_on)) AS all_months,
                               count(*) FILTER (WHERE status = 'answered'
                                   AND (answered_at AT TIME ZONE 'Europe/London')::DATE <= due_on) AS on_time,
                               count(*) FILTER (WHERE status = 'answered'
                                   AND (answered_at AT TIME ZONE 'Europe/London')::DATE > due_on) AS late,
                               count(*) FILTER (WHERE status IN ('received', 'checked') AND due_on < :today) AS overdue,
                               count(*) FILTER (WHERE status IN ('received', 'checked') AND due_on >= :today) AS not_due,
                               count(*) FILTER (WHERE status = 'refused') AS refused
                        FROM subject_access_request WHERE due_on BETWEEN :from AND :to
                        GROUP BY GROUPING SETS ((date_trunc('month', due_on)), ())""")
                .param("from", from).param("to", to).param("today", today)
                .query((rs, row) -> new Row(rs.getInt("all_months") == 1 ? null
                        : rs.getObject("month", LocalDate.class), counts(rs)))
                .list();
        Counts total = Counts.NONE;
        Map<LocalDate, Counts> byMonth = new HashMap<>();
        for (Row row : rows) {
            if (row.month == null) {
                total = row.counts;
            } else {
                byMonth.put(row.month, row.counts);
            }
        }
        var months = new ArrayList<MonthCounts>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(new MonthCounts(month, byMonth.getOrDefault(month, Counts.NONE)));
        }
        return new Requests(from, to, today, total, months);
    }

    private static Counts counts(ResultSet rs) throws SQLException {
        return new Counts(rs.getInt("on_time"), rs.getInt("late"), rs.getInt("overdue"), rs.getInt("not_due"),
                rs.getInt("refused"));
    }

    /**
     * @param asOf   the UK day "overdue" and "not yet due" were judged on
     * @param months every month the range touches, in order
     */
    public record Requests(LocalDate from, LocalDate to, LocalDate asOf, Counts total, List<MonthCounts> months) {

        public Requests {
            months = List.copyOf(months);
        }
    }

    /** @param month its first day */
    public record MonthCounts(LocalDate month, Counts counts) {
    }

    /**
     * @param answeredOnTime answered on or before the day it was due (UK time)
     * @param answeredLate   answered after it
     * @param openOverdue    not answered yet, and its day has passed
     * @param openNotYetDue  not answered yet, due today or later
     * @param refused        refused (the refusal sent or not yet)
     */
    public record Counts(int answeredOnTime, int answeredLate, int openOverdue, int openNotYetDue, int refused) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        /**
         * Of the requests answered or already overdue, the share answered on time (0 to 100); null when there are
         * none. Refused ones are counted apart, and those not yet due cannot be late yet.
         */
        public Double percentOnTime() {
            int decided = answeredOnTime + answeredLate + openOverdue;
            return decided == 0 ? null : 100.0 * answeredOnTime / decided;
        }
    }

    private record Row(LocalDate month, Counts counts) {
    }
}
