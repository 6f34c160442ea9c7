package org.bluelamp.platform.limits;

import org.bluelamp.platform.scheduling.JobLeases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Deletes ended limit windows once an hour on whichever instance takes the lease. */
@Component
class RateLimitSweep {

    private static final Duration EVERY = Duration.ofHours(1);

    private final RateLimits limits;
    private final JobLeases leases;

    RateLimitSweep(RateLimits limits, JobLeases leases) {
        this.limits = limits;
        this.leases = leases;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT4M")
    void sweep() {
        leases.runOnce("platform.rate-limits", EVERY, EVERY.plusMinutes(10), limits::sweep);
    }
}
