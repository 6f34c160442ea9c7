package org.bluelamp.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When to try a message again: the first wait, doubling after each attempt, capped; a little shorter at random so
 * messages that failed together do not all come back together; never sooner than the provider asked; and never
 * after the time to try has run out.
 */
record RetrySchedule(Duration first, Duration max, Duration giveUpAfter, RandomGenerator random) {

    static RetrySchedule of(NotifyProperties.Retry retry, RandomGenerator random) {
        return new RetrySchedule(retry.first(), retry.max(), retry.giveUpAfter(), random);
    }

    /** The wait after this attempt (1 for the first) failed. */
    Duration waitAfter(int attempt, Duration retryAfter) {
        long doublings = Math.min(Math.max(attempt - 1, 0), 30);
        var wait = first.multipliedBy(1L << doublings);
        if (wait.compareTo(max) > 0) {
            wait = max;
        }
        long jitterMillis = wait.toMillis() / 10;
        if (jitterMillis > 0) {
            wait = wait.minusMillis(random.nextLong(jitterMillis + 1));
        }
        return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
    }

    /** Whether a message due since then should be tried no more. */
    boolean givenUp(Instant dueSince, Instant now) {
        return !now.isBefore(dueSince.plus(giveUpAfter));
    }
}
