package org.bluelamp.contact;

import java.time.Instant;
import java.util.UUID;

/** A closed or filed contact is being worked again. */
public record ContactReopened(UUID contactId, String reference, UUID reportId, String reason, Instant at) {
}
