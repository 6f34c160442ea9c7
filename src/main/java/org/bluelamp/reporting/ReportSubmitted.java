package org.bluelamp.reporting;

import java.time.Instant;
import java.util.UUID;

/** A member of the public has sent a report; it is stored and will not change. */
public record ReportSubmitted(UUID reportId, String reference, String serviceId, String serviceTitle,
                              Instant submittedAt) {
}
