package org.bluelamp.notify.outbox;

import java.time.Instant;
import java.util.List;

/**
 * One message with each attempt to deliver it, and its words if the reader may read them.
 *
 * @param words   whether its subject and words are here, and if not, why not
 * @param subject null unless the words are shown
 * @param body    null unless the words are shown
 */
public record OutboxMessage(OutboxEntry entry, Words words, String subject, String body, Instant deliveredAt,
                            String providerId, String providerStatus, String lastError, List<Attempt> attempts) {

    /** Whether the reader sees the words. */
    public enum Words {
        SHOWN,
        /** It carried a code or link: only the person it went to ever reads it. */
        SECRET,
        /** The reader may not see the report or request it is about. */
        NOT_YOURS
    }

    /** One try at handing it to the provider; detail never holds personal data. */
    public record Attempt(int number, Instant at, String outcome, Integer httpStatus, String detail) {
    }

    /** The body's lines, to show as paragraphs; none unless the words are shown. */
    public List<String> bodyLines() {
        return body == null ? List.of() : body.lines().toList();
    }
}
