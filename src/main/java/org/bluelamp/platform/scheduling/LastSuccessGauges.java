package org.bluelamp.platform.scheduling;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.platform.monitoring.RefreshedFigures;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code bluelamp_job_last_success_seconds{job="…"}}: the UNIX time of each job's last success, read from the
 * database so every instance reports the same. A scrape reads only what the last refresh found: one small query
 * (a row per job) with the other control-room figures ({@link RefreshedFigures}), however much data there is. A job
 * that has asked for its lease but never succeeded reports 0, so "too long since" alerts on it too.
 */
class LastSuccessGauges implements RefreshedFigures {

    static final String NAME = "bluelamp.job.last.success";

    private final LastSuccesses successes;
    private final MeterRegistry registry;
    private final Map<String, Double> seconds = new ConcurrentHashMap<>();

    LastSuccessGauges(LastSuccesses successes, MeterRegistry registry) {
        this.successes = successes;
        this.registry = registry;
    }

    @Override
    public void refresh(Instant now) {
        successes.all().forEach((job, at) -> {
            if (seconds.put(job, at.map(LastSuccessGauges::unixSeconds).orElse(0d)) == null) {
                Gauge.builder(NAME, seconds, all -> all.getOrDefault(job, Double.NaN))
                        .tag("job", job)
                        .baseUnit("seconds")
                        .description("When the scheduled job last finished without an error, as a UNIX time")
                        .register(registry);
            }
        });
    }

    private static double unixSeconds(Instant at) {
        return at.getEpochSecond() + at.getNano() / 1e9;
    }
}
