package org.bluelamp.notify.outbox;

import java.time.Instant;
import java.util.List;

/** One message in full, with each attempt to deliver it. */
public record OutboxMessage(OutboxEntry entry, String subject, String body, Instant deliveredAt,
                            String providerId, String providerStatus, String lastError, List<Attempt> attempts) {

    /** One try at handing it to the provider; detail never holds personal data. */
    public record Attempt(int number, Instant at, String outcome, Integer httpStatus, String detail) {
    }

    /** The body's lines, to show as paragraphs. */
    public List<String> bodyLines() {
        return body.lines().toList();
    }
}
