package org.bluelamp.appointments;

import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ContactPreference;

import java.time.Instant;
import java.util.UUID;

/**
 * A booked visit is tomorrow: the person is owed a reminder. Published once per booked time, when the reminder is
 * due, by {@link VisitReminders}; never for a visit cancelled or moved before then.
 */
public record VisitReminderDue(UUID visitId, UUID reportId, Reference reference, Instant startsAt, String visitor,
                               ContactPreference confirmBy) {
}
