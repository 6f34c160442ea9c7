package org.bluelamp.platform.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.BluelampTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Two instances (two lease holders with their own names) on one database run a job once per period. Leases are timed
 * by the database's clock, so time passing for a job is its lease's times moving back.
 */
@BluelampTest
class JobLeasesTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LastSuccessGauges gauges;

    @Autowired
    MeterRegistry registry;

    private final AtomicInteger runs = new AtomicInteger();

    private JobLeases instance(String name) {
        return new JobLeases(JobLeases.locks(jdbcTemplate, name), new LastSuccesses(jdbc), name,
                registry);
    }

    private static String job() {
        return "test-job-" + UUID.randomUUID();
    }

    @Test
    void aJobRunsOnOneInstanceOncePerPeriod() {
        var a = instance("instance-a");
        var b = instance("instance-b");
        String job = job();

        assertThat(a.runOnce(job, HOUR, HOUR.plusMinutes(10), runs::incrementAndGet)).isTrue();
        assertThat(b.runOnce(job, HOUR, HOUR.plusMinutes(10), runs::incrementAndGet)).as("same period").isFalse();
        assertThat(a.runOnce(job, HOUR, HOUR.plusMinutes(10), runs::incrementAndGet)).as("nor again on a").isFalse();
        passes(job, Duration.ofMinutes(59));
        assertThat(b.runOnce(job, HOUR, HOUR.plusMinutes(10), runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);

        passes(job, Duration.ofMinutes(2));
        assertThat(b.runOnce(job, HOUR, HOUR.plusMinutes(10), runs::incrementAndGet)).as("next period").isTrue();
        assertThat(a.runOnce(job, HOUR, HOUR.plusMinutes(10), runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(2);
        assertThat(holder(job)).isEqualTo("instance-b");
    }

    @Test
    void theLeaseIsTimedByTheDatabasesClockNotTheInstances() {
        String job = job();
        instance("instance-a").runOnce(job, HOUR, HOUR.plusMinutes(10), runs::incrementAndGet);

        // ShedLock's database-time statements keep UTC wall-clock times.
        Duration heldFor = jdbc.sql("""
                        SELECT extract(epoch FROM lock_until - timezone('utc', CURRENT_TIMESTAMP))
                        FROM scheduled_job WHERE name = :name""")
                .param("name", job).query(Double.class).optional()
                .map(s -> Duration.ofMillis((long) (s * 1000))).orElseThrow();
        assertThat(heldFor).isBetween(HOUR.minusMinutes(1), HOUR);
    }

    @Test
    void aCrashedHoldersLeaseRunsOutAndAnotherInstanceTakesOver() {
        var survivor = instance("survivor");
        String job = job();
        // Taken and never given back, as when the JVM dies mid-job.
        var crashed = JobLeases.locks(jdbcTemplate, "crashed")
                .lock(new net.javacrumbs.shedlock.core.LockConfiguration(Instant.now(), job,
                        Duration.ofMinutes(15), Duration.ZERO));
        assertThat(crashed).isPresent();

        passes(job, Duration.ofMinutes(14));
        assertThat(survivor.runOnce(job, Duration.ofMinutes(1), Duration.ofMinutes(15), runs::incrementAndGet))
                .as("still held").isFalse();
        passes(job, Duration.ofMinutes(2));
        assertThat(survivor.runOnce(job, Duration.ofMinutes(1), Duration.ofMinutes(15), runs::incrementAndGet))
                .as("ran out").isTrue();
        assertThat(runs).hasValue(1);
        assertThat(holder(job)).isEqualTo("survivor");
    }

    @Test
    void aJobThatFailsKeepsItsLeaseForThePeriodSoItIsNotRetriedAtOnceElsewhere() {
        var a = instance("instance-a");
        var b = instance("instance-b");
        String job = job();
        assertThatThrownBy(() -> a.runOnce(job, HOUR, HOUR, () -> {
            throw new IllegalStateException("the job failed");
        })).as("the failure reaches the scheduler, which logs it").hasMessage("the job failed");

        assertThat(b.runOnce(job, HOUR, HOUR, runs::incrementAndGet)).isFalse();
        passes(job, HOUR.plusSeconds(1));
        assertThat(b.runOnce(job, HOUR, HOUR, runs::incrementAndGet)).isTrue();
    }

    @Test
    void ofManyInstancesAskingAtTheSameMomentExactlyOneRunsTheJob() throws Exception {
        String job = job();
        var go = new CountDownLatch(1);
        var attempts = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return instance("instance-" + i).runOnce(job, HOUR, HOUR, runs::incrementAndGet);
        })).toList();
        go.countDown();
        long ran = 0;
        for (var attempt : attempts) {
            ran += attempt.get() ? 1 : 0;
        }
        assertThat(ran).isEqualTo(1);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aJobsLastSuccessIsStoredAndPublishedAsAGaugeAndAFailureLeavesIt() {
        var a = instance("instance-a");
        String job = job();
        assertThatThrownBy(() -> a.runOnce(job, HOUR, HOUR, () -> {
            throw new IllegalStateException("the job failed");
        }));
        assertThat(lastSuccess(job)).as("never succeeded").isNull();
        gauges.refresh(Instant.now());
        assertThat(gauge(job)).as("never succeeded reads as 0").isZero();

        passes(job, HOUR.plusSeconds(1));
        assertThat(a.runOnce(job, HOUR, HOUR, runs::incrementAndGet)).isTrue();
        Instant succeeded = lastSuccess(job);
        assertThat(succeeded).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        gauges.refresh(Instant.now());
        assertThat(gauge(job)).isEqualTo(succeeded.getEpochSecond() + succeeded.getNano() / 1e9);

        passes(job, HOUR.plusSeconds(1));
        assertThatThrownBy(() -> a.runOnce(job, HOUR, HOUR, () -> {
            throw new IllegalStateException("the job failed again");
        }));
        assertThat(lastSuccess(job)).as("a failure is not a success").isEqualTo(succeeded);
    }

    /** Time passes for the job's lease: its times move back by {@code by}. */
    private void passes(String job, Duration by) {
        jdbc.sql("""
                        UPDATE scheduled_job SET lock_until = lock_until - make_interval(secs => :by),
                                                 locked_at = locked_at - make_interval(secs => :by)
                        WHERE name = :name""")
                .param("by", (double) by.toSeconds()).param("name", job).update();
    }

    private String holder(String job) {
        return jdbc.sql("SELECT locked_by FROM scheduled_job WHERE name = :name").param("name", job)
                .query(String.class).single();
    }

    private Instant lastSuccess(String job) {
        return jdbc.sql("SELECT last_success FROM scheduled_job WHERE name = :name").param("name", job)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single()
                .orElse(null);
    }

    private double gauge(String job) {
        return registry.get(LastSuccessGauges.NAME).tag("job", job).gauge().value();
    }
}
