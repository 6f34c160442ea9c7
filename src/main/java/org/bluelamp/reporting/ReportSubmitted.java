package org.bluelamp.reporting;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of the public has sent a report; it is stored and will not change.
 *
 * @param queue         the back-office queue its definition routes it to, e.g. "crime-bureau"
 * @param priority      its starting priority
 * @param crimeDecision whether a crime-recording decision is due on it
 */
public record ReportSubmitted(UUID reportId, String reference, String serviceId, String serviceTitle,
                              Instant submittedAt, String queue, Priority priority, boolean crimeDecision) {
}
