package org.bluelamp.relay;

import org.bluelamp.reporting.Reference;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One video call to the relay, from joining the queue to its end.
 *
 * @param interpreter the interpreter who answered it; null while waiting
 * @param handler     the contact handler brought into it; null until one joins
 * @param reference   the contact it was logged as; null until a handler saves it
 * @param endReason   an {@link EndReason} code once ended
 */
public record RelayCall(UUID id, CallStatus status, Instant queuedAt, Instant callerSeenAt, Instant answeredAt,
                        Instant endedAt, String interpreter, String handler, boolean handlerWanted, String note,
                        Reference reference, String endReason) {

    public Duration waitedAt(Instant now) {
        return Duration.between(queuedAt, answeredAt != null ? answeredAt : endedAt != null ? endedAt : now);
    }

    /** How long the call has lasted since it was answered, or lasted in all once ended. */
    public Duration lengthAt(Instant now) {
        return answeredAt == null ? Duration.ZERO : Duration.between(answeredAt, endedAt != null ? endedAt : now);
    }

    public boolean dropped() {
        return EndReason.DROPPED.code().equals(endReason);
    }

    public boolean live() {
        return status == CallStatus.WAITING || status == CallStatus.ANSWERED;
    }

    /** Whether this member of staff is in the call: its interpreter or the handler brought in. */
    public boolean hasStaff(String username) {
        return username.equals(interpreter) || username.equals(handler);
    }
}
