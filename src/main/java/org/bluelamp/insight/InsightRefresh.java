package org.bluelamp.insight;

import org.bluelamp.platform.LondonTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the roll-up tables ({@code insight_*}, V50) up to date: counts again the UK days of the contacts that changed
 * since the last refresh, and of those whose running deadline has passed since (overdue changes with time alone). The
 * first refresh counts every day. Each day is counted in its own transaction, so a page never waits long.
 */
@Component
public class InsightRefresh {

    /** Contacts changed this long before the last refresh are looked at again, for transactions that commit late. */
    static final Duration LATE_COMMITS = Duration.ofMinutes(10);
    /** The first refresh counts this many days in a transaction. */
    static final int DAYS_AT_A_TIME = 31;

    /** Bounds for "every day" that PostgreSQL's dates and times hold. */
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 1, 1);

    private static final Logger log = LoggerFactory.getLogger(InsightRefresh.class);

    private final JdbcClient jdbc;
    private final DayCount count;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final OverdueNowFigures overdue;

    InsightRefresh(JdbcClient jdbc, DayCount count, TransactionTemplate transaction, Clock clock,
                   OverdueNowFigures overdue) {
        this.overdue = overdue;
        this.jdbc = jdbc;
        this.count = count;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** When the figures were last counted: they are "as at" then. Empty before the first refresh. */
    public Optional<Instant> lastRefreshed() {
        return jdbc.sql("SELECT refreshed_at FROM insight_refresh WHERE refreshed_at IS NOT NULL")
                .query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Counts every day again, as the first refresh does: after contacts were written in bulk with their last activity
     * in the past (bin/demo-data's year), which the next refresh would not look for.
     */
    public synchronized List<LocalDate> countEverythingAgain() {
        jdbc.sql("UPDATE insight_refresh SET activity_seen = NULL").update();
        return refresh();
    }

    /**
     * Counts what changed since the last refresh (everything, the first time) and says which days it counted.
     * One refresh at a time in this instance; platform.scheduling.JobLeases keeps the instances to one between them.
     */
    public synchronized List<LocalDate> refresh() {
        Instant now = clock.instant();
        var last = jdbc.sql("SELECT activity_seen, refreshed_at FROM insight_refresh")
                .query((rs, row) -> new Instant[]{instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))})
                .optional().orElse(new Instant[]{null, null});
        List<LocalDate> days;
        if (last[0] == null) {
            days = countEveryDay(now);
        } else {
            days = changedDays(last[0].minus(LATE_COMMITS), last[1] == null ? last[0] : last[1], now);
            for (LocalDate day : days) {
                transaction.executeWithoutResult(status -> count.count(day, day.plusDays(1), now));
            }
        }
        overdue.count();
        jdbc.sql("""
                        INSERT INTO insight_refresh (id, activity_seen, refreshed_at) VALUES (TRUE, :now, :now)
                        ON CONFLICT (id) DO UPDATE SET activity_seen = :now, refreshed_at = :now""")
                .param("now", Timestamp.from(now)).update();
        if (!days.isEmpty()) {
            log.info("Insight figures counted again for {} days", days.size());
        }
        return days;
    }

    /**
     * The UK days of the contacts active since {@code activitySince}, and of the open contacts with a clock whose
     * deadline passed after {@code dueAfter} and by {@code now}: every running clock, not only the soonest, as a
     * second deadline passing while the first is already overdue changes the figures too. Each part is a short range
     * on its own index (V13's contact_open, V50, V51), however many contacts are already overdue.
     */
    List<LocalDate> changedDays(Instant activitySince, Instant dueAfter, Instant now) {
        return jdbc.sql("""
                        SELECT %1$s AS day FROM contact c WHERE c.last_activity_at > :since
                        UNION
                        SELECT %1$s FROM contact c
                        WHERE c.status NOT IN ('filed', 'closed') AND c.first_contact_at IS NULL
                          AND c.first_response_due > :after AND c.first_response_due <= :now
                        UNION
                        SELECT %1$s FROM contact c
                        WHERE c.status NOT IN ('filed', 'closed') AND c.crime_decided_at IS NULL
                          AND c.crime_decision_due > :after AND c.crime_decision_due <= :now
                        UNION
                        SELECT %1$s FROM contact c
                        WHERE c.status IN ('new', 'in-progress', 'awaiting-information')
                          AND c.grading_due > :after AND c.grading_due <= :now
                        UNION
                        SELECT %1$s FROM contact c
                        WHERE c.status NOT IN ('filed', 'closed')
                          AND c.victim_update_due > :after AND c.victim_update_due <= :now
                        ORDER BY day""".formatted(DayCount.DAY))
                .param("since", Timestamp.from(activitySince)).param("after", Timestamp.from(dueAfter))
                .param("now", Timestamp.from(now))
                .query(LocalDate.class).list();
    }

    /** Every day from the first contact's to the last's, a month at a time; rows for days outside go. */
    private List<LocalDate> countEveryDay(Instant now) {
        var range = jdbc.sql("SELECT min(received_at), max(received_at) FROM contact")
                .query((rs, row) -> new Instant[]{instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))})
                .single();
        var days = new ArrayList<LocalDate>();
        if (range[0] == null) {
            transaction.executeWithoutResult(status -> count.count(EARLIEST, LATEST, now));
            return days;
        }
        LocalDate first = LocalDate.ofInstant(range[0], LondonTime.ZONE);
        LocalDate last = LocalDate.ofInstant(range[1], LondonTime.ZONE);
        transaction.executeWithoutResult(status -> {
            count.count(EARLIEST, first, now);
            count.count(last.plusDays(1), LATEST, now);
        });
        for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(DAYS_AT_A_TIME)) {
            LocalDate until = from.plusDays(DAYS_AT_A_TIME).isAfter(last) ? last.plusDays(1)
                    : from.plusDays(DAYS_AT_A_TIME);
            LocalDate start = from;
            transaction.executeWithoutResult(status -> count.count(start, until, now));
            start.datesUntil(until).forEach(days::add);
        }
        return days;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
