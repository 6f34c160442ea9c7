package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;

/** One contact found by a search, as the results table shows it. */
public record SearchHit(Reference reference, String serviceTitle, Instant receivedAt, String status) {
}
