package org.bluelamp.insight;

import org.bluelamp.platform.scheduling.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every few minutes, on one instance: brings the repeats up to date with the contacts active since last time (new,
 * allocated, given details). The first time, fills them from every contact a repeat list can look back to, a month
 * at a time.
 */
@Component
class RepeatRefresh {

    private static final Logger log = LoggerFactory.getLogger(RepeatRefresh.class);

    /** A repeat list's last day may be up to a year back, and looks 90 days before it. */
    static final Duration KEPT = Duration.ofDays(365 + RepeatFilter.DAYS + 1);
    /** Contacts active a little before the last seen are looked at again: their details are saved just after. */
    private static final Duration OVERLAP = Duration.ofMinutes(10);
    private static final Duration FILL_STEP = Duration.ofDays(30);
    /** Contacts looked at again in one transaction. */
    static final int BATCH = 1_000;
    /** Sorts after every other id: the first batch starts after everything active at the moment last seen. */
    private static final UUID LAST_ID = new UUID(-1L, -1L);

    private final RepeatCandidates candidates;
    private final JdbcClient jdbc;
    private final JobLeases leases;
    private final Clock clock;
    private final Duration every;
    private final int batchSize;

    @Autowired
    RepeatRefresh(RepeatCandidates candidates, JdbcClient jdbc, JobLeases leases, Clock clock,
                  @Value("${bluelamp.insight.repeats-every:PT5M}") Duration every) {
        this(candidates, jdbc, leases, clock, every, BATCH);
    }

    RepeatRefresh(RepeatCandidates candidates, JdbcClient jdbc, JobLeases leases, Clock clock, Duration every,
                  int batchSize) {
        this.every = every;
        this.candidates = candidates;
        this.jdbc = jdbc;
        this.leases = leases;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${bluelamp.insight.repeats-every:PT5M}",
            initialDelayString = "${bluelamp.insight.repeats-every:PT5M}")
    void run() {
        leases.runOnce("insight.repeats", every.dividedBy(2), Duration.ofHours(2), this::catchUp);
    }

    /** Looks at the contacts active since the last time again (all of them, a month at a time, the first time). */
    void catchUp() {
        var seen = jdbc.sql("SELECT activity_seen FROM insight_repeat_refresh").query(Timestamp.class).optional();
        var upTo = jdbc.sql("SELECT max(last_activity_at) FROM contact").query(Timestamp.class).optional();
        if (upTo.isEmpty()) {
            return;
        }
        var now = clock.instant();
        if (seen.isEmpty()) {
            fill(now.minus(KEPT), now.plus(Duration.ofDays(1)));
        } else {
            int changed = lookAgain(seen.get().toInstant().minus(OVERLAP), upTo.get().toInstant());
            log.debug("Repeats: {} contacts looked at again", changed);
        }
        int pruned = candidates.prune(now.minus(KEPT));
        jdbc.sql("""
                        INSERT INTO insight_repeat_refresh (id, activity_seen, refreshed_at) VALUES (TRUE, :upTo, :now)
                        ON CONFLICT (id) DO UPDATE SET activity_seen = :upTo, refreshed_at = :now""")
                .param("upTo", upTo.get()).param("now", Timestamp.from(now)).update();
        log.debug("Repeats: {} rows of old or disposed contacts removed", pruned);
    }

    /**
     * Looks again at the contacts active after {@code seen} up to {@code upTo}, a batch at a time in the order of their
     * activity, noting after each batch how far it got: a backlog (contacts loaded in bulk, or days of activity while
     * the job was stopped) never has every id in memory, and a run cut short carries on from there.
     */
    private int lookAgain(Instant seen, Instant upTo) {
        var after = new Changed(seen, LAST_ID);
        int count = 0;
        List<Changed> batch;
        do {
            batch = jdbc.sql("""
                            SELECT id, last_activity_at FROM contact
                            WHERE last_activity_at >= :at AND (last_activity_at, id) > (:at, :id)
                              AND last_activity_at <= :upTo
                            ORDER BY last_activity_at, id LIMIT :batch""")
                    .param("at", Timestamp.from(after.at())).param("id", after.id())
                    .param("upTo", Timestamp.from(upTo)).param("batch", batchSize)
                    .query((rs, row) -> new Changed(rs.getTimestamp("last_activity_at").toInstant(),
                            rs.getObject("id", UUID.class)))
                    .list();
            if (!batch.isEmpty()) {
                candidates.refresh(batch.stream().map(Changed::id).toList());
                after = batch.getLast();
                jdbc.sql("UPDATE insight_repeat_refresh SET activity_seen = :at")
                        .param("at", Timestamp.from(after.at())).update();
                count += batch.size();
            }
        } while (batch.size() == batchSize);
        return count;
    }

    /** A contact looked at again, where it sits in the order of activity. */
    private record Changed(Instant at, UUID id) {
    }

    private void fill(Instant from, Instant until) {
        for (var start = from; start.isBefore(until); start = start.plus(FILL_STEP)) {
            var end = start.plus(FILL_STEP).isBefore(until) ? start.plus(FILL_STEP) : until;
            candidates.rebuild(start, end);
        }
        log.info("Repeats: filled from the contacts received since {}", from);
    }
}
