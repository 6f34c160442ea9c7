package org.bluelamp.platform.codes;

import org.bluelamp.platform.scheduling.JobLeases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Deletes old one-time code challenges once an hour on whichever instance takes the lease. */
@Component
class ExpiredCodesSweep {

    private static final Duration EVERY = Duration.ofHours(1);

    private final OneTimeCodes codes;
    private final JobLeases leases;

    ExpiredCodesSweep(OneTimeCodes codes, JobLeases leases) {
        this.codes = codes;
        this.leases = leases;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    void sweep() {
        leases.runOnce("platform.expired-codes", EVERY, EVERY.plusMinutes(10), codes::deleteExpired);
    }
}
