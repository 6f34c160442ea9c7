package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;

/** Another contact linked to this one: about the same thing (related), or the same report again (duplicate). */
public record LinkedContact(Reference reference, String serviceTitle, Instant receivedAt, String kind, String linkedBy,
                            Instant linkedAt) {
}
