package org.bluelamp.relay;

import org.bluelamp.platform.scheduling.JobLeases;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Ends calls whose caller went away and did not come back in time: a waiting call is then abandoned (it counts
 * against the service level), an answered one ended. Once across all instances.
 */
@Component
class DroppedCallsSweep {

    private final RelayDesk desk;
    private final JobLeases leases;

    DroppedCallsSweep(RelayDesk desk, JobLeases leases) {
        this.desk = desk;
        this.leases = leases;
    }

    @Scheduled(fixedDelayString = "PT20S", initialDelayString = "PT20S")
    void sweep() {
        leases.runOnce("relay.dropped-calls", Duration.ofSeconds(15), Duration.ofMinutes(1), desk::endDroppedCalls);
    }
}
