package org.bluelamp.appointments;

import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ContactPreference;

import java.time.Instant;
import java.util.UUID;

/**
 * A visit by a PLOD officer for the person who made a contact, or the record that no offered time suited them.
 *
 * @param slot           when and by whom; null when no time suited
 * @param place          where the officer will go, as the handler typed it
 * @param confirmBy      how the person asked to be told; null if they cannot be sent anything
 * @param preferredTimes when no time suited: when the person said they could be visited
 * @param outcome        once visited: what happened, a code (visited, no-answer, not-needed)
 */
public record Visit(UUID id, Reference contactReference, UUID reportId, VisitStatus status, Slot slot, String place,
                    ContactPreference confirmBy, String preferredTimes, String bookedBy, Instant bookedAt,
                    String cancelReason, Instant reminderDueAt, Instant reminderQueuedAt, String outcome,
                    String outcomeNote) {

    /** Whether it still holds its time and can be changed, cancelled or given an outcome. */
    public boolean booked() {
        return status == VisitStatus.BOOKED;
    }
}
