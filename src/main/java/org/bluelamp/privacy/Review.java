package org.bluelamp.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A record's retention review: listed when its rule's period had passed since its last activity, then kept (with a
 * reason and the date of the next review) or disposed of.
 *
 * @param status due, kept or disposed
 */
public record Review(UUID id, String kind, String reference, String rule, LocalDate lastActivityOn, LocalDate dueOn,
                     String status, String decidedBy, Instant decidedAt, String reason, LocalDate nextReviewOn) {

    public boolean due() {
        return status.equals("due");
    }
}
