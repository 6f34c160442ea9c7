package org.bluelamp.platform;

import java.time.Duration;

/**
 * About how long someone in a queue will wait (a relay caller, a person waiting to chat): nothing much when someone is
 * free for them, otherwise the people ahead shared between those answering, each taking about the usual length.
 * Always at least a minute, because "0 minutes" would be a promise.
 */
public record WaitEstimate(Duration expected) {

    /**
     * @param position           1 for the next to be answered
     * @param interpretersOnDuty those answering (for chat, each handler's places for chats at once)
     * @param callsInProgress    those already answered and still going on
     */
    public static WaitEstimate of(int position, int interpretersOnDuty, int callsInProgress, Duration usualLength) {
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
    public long minutes() {
        return (expected.toSeconds() + 59) / 60;
    }
}
