package org.bluelamp.platform.database;

import org.bluelamp.platform.scheduling.JobLeases;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Delivers again every event a listener has not finished with after a while: one that failed while the database
 * was away, or was in hand when an instance died. Outstanding events are also delivered again at start-up
 * ({@code republish-outstanding-events-on-restart}). Listeners are idempotent, so a second delivery never doubles
 * anything.
 * <p>
 * Only one instance republishes at a time: with several, each would otherwise hand the same events to its listeners
 * at once. The lease is held while the events are handed over and for a minute after, and a crashed holder's lease
 * runs out after {@link #AT_MOST}, longer than republishing a backlog takes.
 */
@Component
class OutstandingEvents {

    static final Duration GRACE = Duration.ofMinutes(2);
    private static final Duration EVERY = Duration.ofMinutes(1);
    private static final Duration AT_MOST = Duration.ofMinutes(15);

    private final IncompleteEventPublications incomplete;
    private final JobLeases leases;

    OutstandingEvents(IncompleteEventPublications incomplete, JobLeases leases) {
        this.incomplete = incomplete;
        this.leases = leases;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void deliverAgain() {
        leases.runOnce("platform.outstanding-events", EVERY, AT_MOST,
                () -> incomplete.resubmitIncompletePublicationsOlderThan(GRACE));
    }
}
