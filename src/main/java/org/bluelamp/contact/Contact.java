package org.bluelamp.contact;

import java.time.Instant;
import java.util.UUID;

/** One contact in a queue: what it is, where it came from and when a response is due. */
public record Contact(UUID id, String reference, UUID reportId, String channel, String serviceTitle,
                      Instant receivedAt, Instant firstResponseDue) {
}
