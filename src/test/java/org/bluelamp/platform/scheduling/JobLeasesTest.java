package org.bluelamp.platform.scheduling;

import org.bluelamp.BluelampTest;
import org.bluelamp.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances (two lease holders with their own names) on one database run a job once per period. */
@BluelampTest
class JobLeasesTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    JdbcClient jdbc;

    private final TestClock clock = new TestClock();
    private final AtomicInteger runs = new AtomicInteger();

    private JobLeases instance(String name) {
        return new JobLeases(jdbc, clock, name);
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
        clock.advance(Duration.ofMinutes(59));
        assertThat(b.runOnce(job, HOUR, HOUR.plusMinutes(10), runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);

        clock.advance(Duration.ofMinutes(2));
        assertThat(b.runOnce(job, HOUR, HOUR.plusMinutes(10), runs::incrementAndGet)).as("next period").isTrue();
        assertThat(a.runOnce(job, HOUR, HOUR.plusMinutes(10), runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(2);
        assertThat(holder(job)).isEqualTo("instance-b");
    }

    @Test
    void aCrashedHoldersLeaseRunsOutAndAnotherInstanceTakesOver() {
        var crashed = instance("crashed");
        var survivor = instance("survivor");
        String job = job();
        // Taken and never given back, as when the JVM dies mid-job.
        assertThat(crashed.take(job, clock.instant(), Duration.ofMinutes(15))).isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(survivor.runOnce(job, Duration.ofMinutes(1), Duration.ofMinutes(15), runs::incrementAndGet))
                .as("still held").isFalse();
        clock.advance(Duration.ofMinutes(2));
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
        try {
            a.runOnce(job, HOUR, HOUR, () -> {
                throw new IllegalStateException("the job failed");
            });
        } catch (IllegalStateException expected) {
            // the failure reaches the scheduler, which logs it
        }
        assertThat(b.runOnce(job, HOUR, HOUR, runs::incrementAndGet)).isFalse();
        clock.advance(HOUR.plusSeconds(1));
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

    private String holder(String job) {
        return jdbc.sql("SELECT locked_by FROM scheduled_job WHERE name = :name").param("name", job)
                .query(String.class).single();
    }
}
