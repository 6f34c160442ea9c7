package org.bluelamp.reporting.upload;

import org.bluelamp.platform.scheduling.JobLeases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Deletes files whose drafts have gone, every ten minutes on whichever instance takes the lease. */
@Component
class AbandonedFilesSweep {

    private static final Duration EVERY = Duration.ofMinutes(10);

    private final DraftFiles files;
    private final JobLeases leases;

    AbandonedFilesSweep(DraftFiles files, JobLeases leases) {
        this.files = files;
        this.leases = leases;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void sweep() {
        // A batch deletes files from the file store one by one, which can be slow on object storage.
        leases.runOnce("reporting.abandoned-files", EVERY, Duration.ofMinutes(30), files::deleteAbandoned);
    }
}
