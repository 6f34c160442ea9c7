package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/**
 * The force's records system named the officer in charge of the investigation, or a different one.
 *
 * @param collarNumber their collar or warrant number; null when none was sent
 * @param reportId     the report the contact was opened from, whose reporter is told; null for a contact with none
 */
public record OfficerInChargeNamed(UUID contactId, Reference reference, UUID reportId, String name, String collarNumber,
                                   Instant at) {
}
