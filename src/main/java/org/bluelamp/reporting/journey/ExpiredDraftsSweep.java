package org.bluelamp.reporting.journey;

import org.bluelamp.platform.scheduling.JobLeases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Deletes expired drafts, with their resume links, once an hour on whichever instance takes the lease. */
@Component
class ExpiredDraftsSweep {

    private static final Duration EVERY = Duration.ofHours(1);

    private final Drafts drafts;
    private final JobLeases leases;

    ExpiredDraftsSweep(Drafts drafts, JobLeases leases) {
        this.drafts = drafts;
        this.leases = leases;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void sweep() {
        leases.runOnce("reporting.expired-drafts", EVERY, EVERY.plusMinutes(10), drafts::deleteExpired);
    }
}
