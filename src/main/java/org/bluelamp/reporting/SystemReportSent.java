package org.bluelamp.reporting;

import java.time.Instant;
import java.util.UUID;

/** A report from a system, stored: its reference, its id and when it was sent. */
public record SystemReportSent(Reference reference, UUID reportId, Instant sentAt) {
}
