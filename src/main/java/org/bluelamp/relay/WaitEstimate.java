package org.bluelamp.relay;

import java.time.Duration;

/**
 * About how long a caller will wait: nothing much when an interpreter is free for them, otherwise the calls ahead
 * shared between the interpreters on duty, each taking about the usual length. Always at least a minute, because
 * "0 minutes" would be a promise.
 */
record WaitEstimate(Duration expected) {

    static WaitEstimate of(int position, int interpretersOnDuty, int callsInProgress, Duration usualLength) {
        int interpreters = Math.max(1, interpretersOnDuty);
        int free = Math.max(0, interpreters - callsInProgress);
        if (position <= free) {
            return new WaitEstimate(Duration.ofMinutes(1));
        }
        int ahead = position - free;
        // A call in progress is on average half done, hence the half.
        long seconds = usualLength.toSeconds() * ahead / interpreters - usualLength.toSeconds() / 2;
        return new WaitEstimate(Duration.ofSeconds(Math.max(60, seconds)));
    }

    /** Whole minutes, rounded up. */
    long minutes() {
        return (expected.toSeconds() + 59) / 60;
    }
}
