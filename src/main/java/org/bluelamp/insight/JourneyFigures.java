package org.bluelamp.insight;

import org.bluelamp.platform.LondonTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online reports started on some UK days and how they ended so far, by kind of report, from the drafts alone: no
 * cookie, nothing that names anyone. A draft that has ended left a line in {@code journey_end} (V52's triggers: sent,
 * or deleted unsent, with the page it would have resumed at); one still open is counted from {@code report_draft}.
 * Calls logged by staff are not journeys of the public and are left out. Journeys started before V52 ran are
 * counted only if they were still open then.
 */
@Component
public class JourneyFigures {

    private final JdbcClient jdbc;

    JourneyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The journeys started from {@code from} to {@code to} (UK days, both included), one entry per kind of report
     * that had any, the most started first.
     */
    @Transactional(readOnly = true)
    public Journeys between(LocalDate from, LocalDate to) {
        checkRange(from, to);
        var rows = jdbc.sql("""
                        SELECT service_id, ended, last_question, count(*) AS journeys FROM journey_end
                        WHERE started_on BETWEEN :from AND :to
                        GROUP BY service_id, ended, last_question
                        UNION ALL
                        SELECT service_id, 'open', NULL, count(*) FROM report_draft
                        WHERE report_id IS NULL AND staff_owner IS NULL AND created_at >= :start AND created_at < :end
                        GROUP BY service_id""")
                .param("from", from).param("to", to)
                .param("start", Timestamp.from(from.atStartOfDay(LondonTime.ZONE).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant()))
                .query((rs, row) -> new Counted(rs.getString("service_id"), rs.getString("ended"),
                        rs.getString("last_question"), rs.getInt("journeys")))
                .list();
        Map<String, Tally> byService = new HashMap<>();
        for (Counted counted : rows) {
            byService.computeIfAbsent(counted.serviceId, id -> new Tally()).add(counted);
        }
        var types = new ArrayList<ReportType>();
        byService.forEach((serviceId, tally) -> types.add(tally.reportType(serviceId)));
        types.sort(Comparator.comparingInt(ReportType::started).reversed().thenComparing(ReportType::serviceId));
        return new Journeys(from, to, types);
    }

    /** A range is a day or more, and at most as long as a page may ask for: every figure here reads its days' rows. */
    static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusYears(InsightFilter.MOST_YEARS))) {
            throw new IllegalArgumentException("insight figures need from <= to, too far apart: " + from
                    + " to " + to);
        }
    }

    /**
     * @param reportTypes each kind of report with journeys started in the range, the most started first
     */
    public record Journeys(LocalDate from, LocalDate to, List<ReportType> reportTypes) {

        public Journeys {
            reportTypes = List.copyOf(reportTypes);
        }

        public int started() {
            return reportTypes.stream().mapToInt(ReportType::started).sum();
        }

        public int sent() {
            return reportTypes.stream().mapToInt(ReportType::sent).sum();
        }

        public int left() {
            return reportTypes.stream().mapToInt(ReportType::left).sum();
        }

        public int inProgress() {
            return reportTypes.stream().mapToInt(ReportType::inProgress).sum();
        }

        /** Of every journey that has ended, the share sent (0 to 100); null when none has. */
        public Double completionRate() {
            return ReportType.rate(sent(), sent() + left());
        }
    }

    /**
     * One kind of report.
     *
     * @param serviceId  the report's service id (reporting's {@code ServiceTitles} gives its title)
     * @param started    every journey started: sent, left and in progress
     * @param sent       sent as a report
     * @param left       deleted unsent: the person left the site, started again, or the draft's time ran out
     * @param inProgress not sent yet and still kept (a draft whose time has run out counts here until the hourly sweep
     *                   deletes it)
     * @param stoppedAt  where the left ones stopped, the most first
     */
    public record ReportType(String serviceId, int started, int sent, int left, int inProgress,
                             List<StoppedAt> stoppedAt) {

        public ReportType {
            stoppedAt = List.copyOf(stoppedAt);
        }

        /**
         * Of the journeys that have ended, the share sent (0 to 100); null when none has. Those in progress are left
         * out, so the latest days do not look worse than they will be.
         */
        public Double completionRate() {
            return rate(sent, sent + left);
        }

        static Double rate(int part, int whole) {
            return whole == 0 ? null : 100.0 * part / whole;
        }
    }

    /**
     * A page where people stopped.
     *
     * @param question the id of the question they would have come back to, as the service's definition names it
     *                 ("what-happened"); "check-answers" for the check your answers page; null if the draft never
     *                 reached its first question. Question titles are inside reporting (its definitions are not part
     *                 of its public API), so only the id is given.
     * @param left     how many left there
     */
    public record StoppedAt(String question, int left) {
    }

    private record Counted(String serviceId, String ended, String lastQuestion, int journeys) {
    }

    /** One kind of report's counts as the rows come. */
    private static final class Tally {
        private int sent;
        private int left;
        private int open;
        private final List<StoppedAt> stops = new ArrayList<>();

        void add(Counted counted) {
            switch (counted.ended) {
                case "sent" -> sent += counted.journeys;
                case "left" -> {
                    left += counted.journeys;
                    stops.add(new StoppedAt(counted.lastQuestion, counted.journeys));
                }
                default -> open += counted.journeys;
            }
        }

        ReportType reportType(String serviceId) {
            stops.sort(Comparator.comparingInt(StoppedAt::left).reversed()
                    .thenComparing(StoppedAt::question, Comparator.nullsLast(Comparator.naturalOrder())));
            return new ReportType(serviceId, sent + left + open, sent, left, open, stops);
        }
    }
}
