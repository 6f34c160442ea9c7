package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.time.Instant;
import java.util.List;

/**
 * Another contact that may be about the same thing, and why it is suggested.
 *
 * @param reasons what the two share, in this order: "vehicle-registration", "postcode", "phone", "email"
 */
public record SuggestedLink(Reference reference, String serviceTitle, Instant receivedAt, String status,
                            List<String> reasons) {

    public SuggestedLink {
        reasons = List.copyOf(reasons);
    }
}
