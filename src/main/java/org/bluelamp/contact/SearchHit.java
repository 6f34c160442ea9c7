package org.bluelamp.contact;

import java.time.Instant;

/** One contact found by a search, as the results table shows it. */
public record SearchHit(String reference, String serviceTitle, Instant receivedAt, String status) {
}
