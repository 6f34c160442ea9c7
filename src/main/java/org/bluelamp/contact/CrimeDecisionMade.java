package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/**
 * A key decision the victim must hear about (Victims' Code): the report was recorded as a crime, or not.
 *
 * @param classification the Home Office classification when recorded; null when not a crime
 * @param reason         why it is not a crime; null when recorded
 */
public record CrimeDecisionMade(UUID contactId, Reference reference, UUID reportId, boolean recorded,
                                String classification, String reason, Instant at) {
}
