package org.bluelamp.appointments;

import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ContactPreference;

import java.time.Instant;
import java.util.UUID;

/**
 * A visit was booked, or moved to a new time: the person is owed a confirmation of when and who.
 *
 * @param visitor   who will come, in words for the person ("Sam Patel, Police Link Officer for Deaf people")
 * @param confirmBy how they asked to be told: email, text, or both
 */
public record VisitBooked(UUID visitId, UUID reportId, Reference reference, Instant startsAt, String visitor,
                          ContactPreference confirmBy) {
}
