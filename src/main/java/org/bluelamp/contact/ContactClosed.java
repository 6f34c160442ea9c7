package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/**
 * Work on the contact has finished; the outcome is written for the reporter to read.
 *
 * @param filed    filed for information (nothing more will be done) rather than closed with a result
 * @param category the incident category it closed as, from the force's list; null in events stored before it was
 *                 carried
 */
public record ContactClosed(UUID contactId, Reference reference, UUID reportId, String outcome, boolean filed,
                            Instant at, String category) {
}
