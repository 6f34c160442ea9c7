package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/**
 * The force's records system sent the investigation's result, or a different one: the victim is told it.
 *
 * @param description the words for the reporter; null when none were sent
 * @param reportId    the report the contact was opened from, whose reporter is told; null for a contact with none
 */
public record ResultRecorded(UUID contactId, Reference reference, UUID reportId, ResultOutcome outcome,
                             String description, Instant at) {
}
