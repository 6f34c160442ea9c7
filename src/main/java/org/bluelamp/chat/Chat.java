package org.bluelamp.chat;

import org.bluelamp.platform.language.Language;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One live chat, from joining the queue to its end.
 *
 * @param name         the name the person gave; null if they gave none
 * @param about        what it is about, in the person's own sentence
 * @param language     the language of the pages they joined from
 * @param lastHeardAt  when the person's page last said it was still there
 * @param answeredBy   the handler's username; null while waiting
 * @param endReason    null while live
 * @param flaggedAt    the first time a line of theirs matched the possible-emergency rules; null if none has
 * @param flaggedWords every word the rules matched in the chat, each once
 * @param lastSeq      the sequence number of the last line; 0 with none
 * @param reference    the contact the chat was logged as; null until then
 * @param copySentAt   when the person asked for a copy by email (it is sent once); null if they have not
 */
public record Chat(UUID id, ChatStatus status, String name, String about, Language language, Instant queuedAt,
                   Instant lastHeardAt, Instant answeredAt, String answeredBy, Instant endedAt,
                   ChatEndReason endReason, Instant flaggedAt, List<String> flaggedWords, int lastSeq,
                   String reference, Instant copySentAt) {

    public Chat {
        flaggedWords = List.copyOf(flaggedWords);
    }

    public boolean live() {
        return status.live();
    }

    public boolean flagged() {
        return flaggedAt != null;
    }

    /** Whether this handler holds the chat: answered by them and still going on. */
    public boolean heldBy(String handler) {
        return status == ChatStatus.ANSWERED && handler.equals(answeredBy);
    }

    /**
     * Whether the person may ask for a copy by email: the chat has ended, a handler answered it and it has lines. A
     * chat nobody answered holds only what the person typed, and a copy of it would let anyone have the force email
     * their words to any address.
     */
    public boolean copyOffered() {
        return !live() && answeredAt != null && lastSeq > 0;
    }

    /** How long the person waited for an answer, or has waited so far. */
    public Duration waitedAt(Instant now) {
        return Duration.between(queuedAt, answeredAt != null ? answeredAt : endedAt != null ? endedAt : now);
    }
}
