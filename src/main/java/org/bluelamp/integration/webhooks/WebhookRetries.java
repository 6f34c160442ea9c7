package org.bluelamp.integration.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When to call again after a call that was not taken: soon at first (a receiver restarting), then further apart, then
 * every four hours, and one last time when the 72 hours are up.
 */
final class WebhookRetries {

    static final List<Duration> WAITS = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2));
    static final Duration THEN_EVERY = Duration.ofHours(4);

    private WebhookRetries() {
    }

    /** The wait after attempt {@code attempt} (1 for the first) failed. */
    static Duration waitAfter(int attempt) {
        return attempt >= 1 && attempt <= WAITS.size() ? WAITS.get(attempt - 1) : THEN_EVERY;
    }

    /** The next attempt, or null if there is none: the time to deliver is up. */
    static Instant next(int attempt, Instant now, Instant giveUpAt) {
        if (!now.isBefore(giveUpAt)) {
            return null;
        }
        var next = now.plus(waitAfter(attempt));
        return next.isAfter(giveUpAt) ? giveUpAt : next;
    }
}
