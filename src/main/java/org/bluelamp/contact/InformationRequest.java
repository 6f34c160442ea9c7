package org.bluelamp.contact;

import java.time.Instant;
import java.util.UUID;

/** A question put to the reporter and, once it comes, their answer and how it came. */
public record InformationRequest(UUID id, UUID contactId, String question, String requestedBy, Instant requestedAt,
                                 String answer, Instant answeredAt, String answeredHow, String recordedBy) {

    public boolean answered() {
        return answer != null;
    }
}
