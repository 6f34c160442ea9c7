package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/**
 * The force's records system gave the contact a crime number, or a different one: the victim is given it (Victims'
 * Code).
 *
 * @param reportId the report the contact was opened from, whose reporter is told; null for a contact with none
 */
public record CrimeNumberRecorded(UUID contactId, Reference reference, UUID reportId, String crimeNumber, Instant at) {
}
