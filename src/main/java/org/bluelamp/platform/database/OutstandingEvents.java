package org.bluelamp.platform.database;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Delivers again every event a listener has not finished with after a while: one that failed while the database
 * was away, or was in hand when an instance died. Outstanding events are also delivered again at start-up
 * ({@code republish-outstanding-events-on-restart}). Listeners are idempotent, so a second delivery never doubles
 * anything.
 */
@Component
class OutstandingEvents {

    static final Duration GRACE = Duration.ofMinutes(2);

    private final IncompleteEventPublications incomplete;

    OutstandingEvents(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void deliverAgain() {
        incomplete.resubmitIncompletePublicationsOlderThan(GRACE);
    }
}
