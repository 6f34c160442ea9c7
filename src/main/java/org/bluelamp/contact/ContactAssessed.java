package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/**
 * A THRIVE assessment was made; the contact now stands at its risk and grading.
 *
 * @param again   a re-assessment: the contact had been assessed before
 * @param risk    a {@link Risk} code
 * @param grading a {@link Grading} code
 */
public record ContactAssessed(UUID contactId, Reference reference, UUID reportId, boolean again, String risk,
                              String grading, Instant at) {
}
