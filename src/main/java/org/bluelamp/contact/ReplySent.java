package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.UUID;

/**
 * Staff replied to the reporter in the conversation about their report: they should be told there is a new message,
 * never its words, which they read after the code step.
 */
public record ReplySent(UUID contactId, Reference reference, UUID reportId, UUID messageId, Instant at) {
}
