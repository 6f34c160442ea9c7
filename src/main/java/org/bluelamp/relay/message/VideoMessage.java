package org.bluelamp.relay.message;

import org.bluelamp.reporting.Reference;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A BSL video message in the interpreters' queue. Public because the queue's templates show it.
 *
 * @param translatedAt when its translation was saved; null while it waits
 */
public record VideoMessage(UUID reportId, Reference reference, Instant receivedAt, Instant translatedAt,
                           String translatedBy) {

    public boolean waiting() {
        return translatedAt == null;
    }

    /** How long it has waited, up to now, in whole minutes. */
    public Duration waitedUntil(Instant now) {
        return Duration.between(receivedAt, now).truncatedTo(ChronoUnit.MINUTES);
    }
}
