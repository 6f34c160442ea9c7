package org.bluelamp.insight;

import java.time.Instant;

/** A contact in a repeat group as the repeats page lists it: where to open it and what it was, not who. */
public record RepeatContact(String reference, Instant receivedAt, String serviceTitle, String channel) {
}
