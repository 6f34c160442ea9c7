package org.bluelamp.staff;

import org.bluelamp.platform.scheduling.JobLeases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Forgets old failed sign-ins once an hour on whichever instance takes the lease. */
@Component
class SignInFailuresSweep {

    private static final Duration EVERY = Duration.ofHours(1);

    private final SignInFailures failures;
    private final JobLeases leases;

    SignInFailuresSweep(SignInFailures failures, JobLeases leases) {
        this.failures = failures;
        this.leases = leases;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void sweep() {
        leases.runOnce("staff.sign-in-failures", EVERY, EVERY.plusMinutes(10), failures::purge);
    }
}
