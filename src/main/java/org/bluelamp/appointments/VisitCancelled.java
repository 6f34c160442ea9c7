package org.bluelamp.appointments;

import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ContactPreference;

import java.time.Instant;
import java.util.UUID;

/**
 * A booked visit was cancelled: the person is told, by the way they chose at booking, so they do not wait in for
 * it. Its reminder is never sent: the reminder job only takes booked visits.
 */
public record VisitCancelled(UUID visitId, UUID reportId, Reference reference, Instant startsAt,
                             ContactPreference confirmBy) {
}
