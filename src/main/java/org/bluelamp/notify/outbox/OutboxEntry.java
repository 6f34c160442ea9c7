package org.bluelamp.notify.outbox;

import java.time.Instant;
import java.util.UUID;

/** One line of the outbox. */
public record OutboxEntry(UUID id, String kind, String channel, String recipient, String reference, String status,
                          int attempts, Instant createdAt, Instant sentAt) {
}
