package org.bluelamp.platform.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.provider.sql.SqlConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * Runs a job only if this instance can take the job's lease: ShedLock's lock, a row in {@code scheduled_job}, timed by
 * the database's clock so the instances' own clocks do not matter. Of several instances asking at once exactly one
 * gets it. While the job runs the lease lasts {@code atMost}, so an instance that dies mid-job frees it by then; when
 * the job ends it is kept until {@code atLeast} after it was taken, so the other instances' turns in the same period
 * find it held. No connection is held while the job runs. A run that finishes without throwing is written down as the
 * job's last success.
 */
public class JobLeases {

    static final String TABLE = "scheduled_job";
    private static final Logger log = LoggerFactory.getLogger(JobLeases.class);

    private final LockingTaskExecutor executor;
    private final LastSuccesses successes;
    private final String instance;
    private final MeterRegistry registry;

    JobLeases(LockProvider locks, LastSuccesses successes, String instance, MeterRegistry registry) {
        this.executor = new DefaultLockingTaskExecutor(locks);
        this.successes = successes;
        this.instance = instance;
        this.registry = registry;
    }

    /** The leases of the instance named {@code instance}, which ShedLock writes as {@code locked_by}. */
    static JdbcTemplateLockProvider locks(JdbcTemplate jdbc, String instance) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(jdbc)
                .withDatabaseProduct(DatabaseProduct.POSTGRES_SQL)
                .withTableName(TABLE)
                .withColumnNames(new SqlConfiguration.ColumnNames("name", "lock_until", "locked_at", "locked_by"))
                .withLockedByValue(instance)
                .usingDbTime()
                .build());
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
        // The instant only feeds ShedLock's own checks: with database time the lease is timed by PostgreSQL.
        var lease = new LockConfiguration(ClockProvider.now(), job, atMost, atLeast);
        try {
            return executor.executeWithLock((LockingTaskExecutor.TaskWithResult<Boolean>) () -> {
                // Counted by the instance that ran it: summed over instances, once a period (ClusterIT checks it).
                registry.counter("bluelamp.job.runs", "job", job).increment();
                log.debug("Running job {} on {}", job, instance);
                work.run();
                successes.record(job);
                return true;
            }, lease).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
