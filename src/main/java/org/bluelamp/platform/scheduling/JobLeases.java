package org.bluelamp.platform.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs a job only if this instance can take the job's lease, a row in {@code scheduled_job}. Taking it is one atomic
 * UPDATE that succeeds only where the lease has run out, so of several instances asking at once exactly one gets
 * it. While the job runs the lease lasts {@code atMost}, so an instance that dies mid-job frees it by then; when the
 * job ends it is kept until {@code atLeast} after it was taken, so the other instances' turns in the same period
 * find it held. Each statement is its own transaction: no connection is held while the job runs.
 */
public class JobLeases {

    private static final Logger log = LoggerFactory.getLogger(JobLeases.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String instance;

    public JobLeases(JdbcClient jdbc, Clock clock, String instance) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instance;
    }

    /** Whose leases these are: this instance's name. */
    public String instance() {
        return instance;
    }

    /**
     * Runs the job if no instance holds its lease, and says whether it ran.
     *
     * @param atLeast how long the lease is kept once taken: the job's interval, so it runs once a period
     * @param atMost  how long the lease lasts while the job runs: longer than the job can take, short enough that a
     *                crashed holder's work is picked up by another instance soon after
     */
    public boolean runOnce(String job, Duration atLeast, Duration atMost, Runnable work) {
        if (atMost.compareTo(atLeast) < 0) {
            throw new IllegalArgumentException("atMost must be at least atLeast for " + job);
        }
        Instant takenAt = clock.instant();
        if (!take(job, takenAt, atMost)) {
            return false;
        }
        try {
            work.run();
        } finally {
            keepUntil(job, later(takenAt.plus(atLeast), clock.instant()));
        }
        return true;
    }

    /** Takes the job's lease until {@code now + holdFor}, if it has run out; false if another instance holds it. */
    boolean take(String job, Instant now, Duration holdFor) {
        // Insert-if-missing first, so the UPDATE below always has a row to compete for.
        jdbc.sql("""
                        INSERT INTO scheduled_job (name, locked_until, locked_by) VALUES (:name, :epoch, NULL)
                        ON CONFLICT (name) DO NOTHING""")
                .param("name", job).param("epoch", Timestamp.from(Instant.EPOCH)).update();
        int taken = jdbc.sql("""
                        UPDATE scheduled_job SET locked_until = :until, locked_by = :me, locked_at = :now
                        WHERE name = :name AND locked_until <= :now""")
                .param("until", Timestamp.from(now.plus(holdFor))).param("me", instance)
                .param("now", Timestamp.from(now)).param("name", job).update();
        if (taken == 0) {
            log.debug("Skipped {}: another instance holds its lease", job);
        }
        return taken == 1;
    }

    /** Sets when this instance's lease runs out; a lease another instance has since taken is left alone. */
    void keepUntil(String job, Instant until) {
        jdbc.sql("UPDATE scheduled_job SET locked_until = :until WHERE name = :name AND locked_by = :me")
                .param("until", Timestamp.from(until)).param("name", job).param("me", instance).update();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
