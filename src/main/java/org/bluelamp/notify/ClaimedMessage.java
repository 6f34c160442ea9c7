package org.bluelamp.notify;

import java.time.Instant;

/**
 * A message a worker holds the lease on, with its words as stored: a secret value in them is still ((name)).
 *
 * @param attempt     this attempt's number
 * @param dueSince    when it first became due, from which the worker counts towards giving up
 * @param checkFirst  the last attempt may have reached the provider: ask it before sending again
 * @param dedupeKey   its key, to which its sealed secrets are bound
 * @param secrets     its secret values, sealed; null if it has none (or they are gone)
 */
record ClaimedMessage(OutgoingMessage message, int attempt, Instant dueSince, boolean checkFirst, String dedupeKey,
                      byte[] secrets) {

    boolean hasSecrets() {
        return secrets != null;
    }

    /** The same message with other words: the real ones, put together in memory just before it is sent. */
    ClaimedMessage withWords(String subject, String body) {
        var stored = message;
        return new ClaimedMessage(new OutgoingMessage(stored.id(), stored.channel(), stored.recipient(), subject, body),
                attempt, dueSince, checkFirst, dedupeKey, secrets);
    }
}
