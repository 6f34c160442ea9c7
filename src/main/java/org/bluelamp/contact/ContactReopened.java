package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/** A closed or filed contact is being worked again. */
public record ContactReopened(UUID contactId, Reference reference, UUID reportId, String reason, Instant at) {
}
