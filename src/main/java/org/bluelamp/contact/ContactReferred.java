package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/** The contact is for another organisation, which now has it; the reporter should hear who and why. */
public record ContactReferred(UUID contactId, Reference reference, UUID reportId, String organisation, String reason,
                              Instant at) {
}
