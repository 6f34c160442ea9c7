package org.bluelamp.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * Counts the generated contacts into V50's insight_* tables before the pages are measured, one of two ways
 * ({@code -Dbench.rollup}):
 * <ul>
 * <li>{@code app}: the application's own roll-up (insight.InsightRefresh) counts them: every contact is made to
 * look changed (insight_refresh.activity_seen cleared) and the bench waits until a refresh has run. This is what the
 * bench must use once InsightRefresh is merged; the run's {@code bench.app-args} can shorten its schedule.</li>
 * <li>{@code sql} (the default until then): a stand-in, the same tables filled by one INSERT ... SELECT ... GROUP BY
 * over contact each, so the read side can be measured. Its clock rules are a close guess at InsightRefresh's
 * (met by the deadline, met after it, running past it now), not the rules themselves.</li>
 * </ul>
 * Either way the time taken is reported.
 */
final class InsightBenchRollUp {

    /** The UK day a contact was received, as V50's tables key it. */
    static final String DAY = "(received_at AT TIME ZONE 'Europe/London')::date";

    private static final String CONTACT_DAY = """
            INSERT INTO insight_contact_day
            SELECT %1$s, channel, service_id, coalesce(allocated_team, ''), count(*),
                   count(*) FILTER (WHERE first_contact_at <= first_response_due),
                   count(*) FILTER (WHERE first_contact_at > first_response_due),
                   count(*) FILTER (WHERE first_contact_at IS NULL AND first_response_due < now()),
                   coalesce(sum(extract(epoch FROM first_contact_at - received_at)), 0)::bigint,
                   count(*) FILTER (WHERE crime_decided_at <= crime_decision_due),
                   count(*) FILTER (WHERE crime_decided_at > crime_decision_due),
                   count(*) FILTER (WHERE crime_decision_due < now() AND crime_decision IS NULL),
                   count(*) FILTER (WHERE grading_due IS NOT NULL AND status NOT IN ('new', 'in-progress',
                                           'awaiting-information')
                                           AND coalesce(closed_at, last_activity_at) <= grading_due),
                   count(*) FILTER (WHERE grading_due IS NOT NULL AND status NOT IN ('new', 'in-progress',
                                           'awaiting-information')
                                           AND coalesce(closed_at, last_activity_at) > grading_due),
                   count(*) FILTER (WHERE grading_due < now()
                                           AND status IN ('new', 'in-progress', 'awaiting-information')),
                   count(*) FILTER (WHERE victim_update_due >= now()),
                   0,
                   count(*) FILTER (WHERE victim_update_due < now())
            FROM contact %2$s
            GROUP BY 1, 2, 3, 4""";

    private static final String CONTACT_HOUR = """
            INSERT INTO insight_contact_hour
            SELECT %1$s, extract(hour FROM received_at AT TIME ZONE 'Europe/London')::smallint, channel,
                   coalesce(allocated_team, ''), count(*)
            FROM contact %2$s
            GROUP BY 1, 2, 3, 4""";

    private static final String OUTCOME_DAY = """
            INSERT INTO insight_outcome_day
            SELECT day, channel, team, kind, label, count(*)
            FROM (SELECT %1$s AS day, channel, coalesce(allocated_team, '') AS team,
                         CASE WHEN status = 'referred' THEN 'referred' ELSE status END AS kind,
                         coalesce(CASE WHEN status = 'referred' THEN referred_to ELSE closing_category END, '') AS label
                  FROM contact %2$s) outcomes
            WHERE kind IN ('closed', 'filed', 'referred')
            GROUP BY 1, 2, 3, 4, 5""";

    /** The contacts of one UK day, as a refresh of the days whose contacts changed reads them. */
    static final String ONE_DAY = "WHERE received_at >= (date '%1$s')::timestamp AT TIME ZONE 'Europe/London' "
            + "AND received_at < (date '%1$s' + 1)::timestamp AT TIME ZONE 'Europe/London'";

    private InsightBenchRollUp() {
    }

    /** Counts every contact; the seconds it took. */
    static double countAll(DataSource database, String how) throws SQLException {
        long start = System.nanoTime();
        if (how.equals("app")) {
            countedByTheApplication(database);
        } else {
            try (Connection db = database.getConnection(); Statement sql = db.createStatement()) {
                sql.execute("SET work_mem = '256MB'");
                for (String statement : countAllStatements()) {
                    sql.execute(statement);
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static List<String> countAllStatements() {
        var statements = new ArrayList<String>();
        statements.add("DELETE FROM insight_contact_day");
        statements.add("DELETE FROM insight_contact_hour");
        statements.add("DELETE FROM insight_outcome_day");
        statements.addAll(counts(""));
        statements.add("DELETE FROM insight_outcome_month");
        statements.add("INSERT INTO insight_outcome_month SELECT date_trunc('month', day)::date, channel, team, kind, "
                + "label, sum(contacts) FROM insight_outcome_day GROUP BY 1, 2, 3, 4, 5");
        statements.add("INSERT INTO insight_refresh (id, activity_seen, refreshed_at) "
                + "VALUES (TRUE, (SELECT max(last_activity_at) FROM contact), now()) ON CONFLICT (id) DO UPDATE "
                + "SET activity_seen = EXCLUDED.activity_seen, refreshed_at = EXCLUDED.refreshed_at");
        statements.add("ANALYZE insight_contact_day, insight_contact_hour, insight_outcome_day, "
                + "insight_outcome_month");
        return statements;
    }

    /** The three INSERT ... SELECTs over the contacts the condition picks (all of them when it is empty). */
    static List<String> counts(String where) {
        return List.of(CONTACT_DAY.formatted(DAY, where), CONTACT_HOUR.formatted(DAY, where),
                OUTCOME_DAY.formatted(DAY, where));
    }

    private static boolean after(java.sql.Timestamp at, Instant asked) {
        return at != null && at.toInstant().isAfter(asked);
    }

    /**
     * The application's own counting: every contact counts as changed, and the application's scheduled jobs count
     * them all again, the figures (insight.InsightRefresh) and the repeats (insight.RepeatRefresh); done when both have
     * finished a count begun after this started.
     */
    private static void countedByTheApplication(DataSource database) throws SQLException {
        Instant asked;
        try (Connection db = database.getConnection(); Statement sql = db.createStatement()) {
            sql.execute("UPDATE insight_refresh SET activity_seen = NULL");
            sql.execute("UPDATE insight_repeat_refresh SET activity_seen = NULL");
            asked = Instant.now();
        }
        await("the application's insight refresh").atMost(Duration.ofHours(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    try (Connection db = database.getConnection(); Statement sql = db.createStatement();
                         var rs = sql.executeQuery("SELECT (SELECT refreshed_at FROM insight_refresh), "
                                 + "(SELECT refreshed_at FROM insight_repeat_refresh)")) {
                        rs.next();
                        return after(rs.getTimestamp(1), asked) && after(rs.getTimestamp(2), asked);
                    }
                });
    }
}
