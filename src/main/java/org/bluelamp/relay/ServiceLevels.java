package org.bluelamp.relay;

import java.time.Duration;

/**
 * How the relay is doing today: the queue now, and of today's calls how many were answered, how many within the
 * target (120 seconds; the aim is 80 % or more), how many callers gave up, and how long answered calls lasted.
 *
 * @param averageLength null until a call has ended today
 */
public record ServiceLevels(int waiting, Duration longestWait, int answered, int answeredInTime, int abandoned,
                            Duration averageLength, Duration answerTarget) {

    /** The share of calls answered within the target, of those answered or abandoned; null before any. */
    public Integer percentAnsweredInTime() {
        int offered = answered + abandoned;
        return offered == 0 ? null : (int) Math.floor(100.0 * answeredInTime / offered);
    }

    public boolean meetsAim() {
        var percent = percentAnsweredInTime();
        return percent == null || percent >= 80;
    }
}
