package org.bluelamp.contact;

import java.time.Instant;
import java.util.UUID;

/** A team, or one officer in it, now holds the contact; the reporter can be told it is with an officer. */
public record ContactAllocated(UUID contactId, String reference, UUID reportId, String team, String officer,
                               Instant at) {
}
