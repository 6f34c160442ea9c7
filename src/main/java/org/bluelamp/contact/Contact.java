package org.bluelamp.contact;

import org.bluelamp.reporting.Priority;

import java.time.Instant;
import java.util.UUID;

/**
 * One contact in a queue: what it is, where it came from, who works it and when a response is due.
 *
 * @param crimeDecisionDue when a crime-recording decision must be made; null when none is needed
 */
public record Contact(UUID id, String reference, UUID reportId, String channel, String serviceTitle,
                      Instant receivedAt, Instant firstResponseDue, String queue, Priority priority,
                      Instant crimeDecisionDue) {

    public boolean overdueAt(Instant now) {
        return firstResponseDue.isBefore(now);
    }
}
