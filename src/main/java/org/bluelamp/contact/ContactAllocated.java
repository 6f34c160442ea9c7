package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/** A team, or one officer in it, now holds the contact; the reporter can be told it is with an officer. */
public record ContactAllocated(UUID contactId, Reference reference, UUID reportId, String team, String officer,
                               Instant at) {
}
