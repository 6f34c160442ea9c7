package org.bluelamp.notify;

import java.time.Instant;

/**
 * A message a worker holds the lease on.
 *
 * @param attempt     this attempt's number
 * @param dueSince    when it first became due, from which the worker counts towards giving up
 * @param checkFirst  the last attempt may have reached the provider: ask it before sending again
 */
record ClaimedMessage(OutgoingMessage message, int attempt, Instant dueSince, boolean checkFirst) {
}
