package org.bluelamp.notify.outbox;

import org.bluelamp.notify.MessageKind;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the outbox, as the reader may see it.
 *
 * @param recipient masked ("s•••@e•••.com"): the outbox never shows an address or number
 * @param reference the report's or request's reference; null if none, or if the reader may not see that record
 * @param notBefore not sent before this: later than when it was made if the reporter is safe to contact only at
 *                  certain times
 * @param language  what it is written in: a language's code, or "cy+en" for Welsh then English
 */
public record OutboxEntry(UUID id, String kind, String channel, String recipient, String reference, String status,
                          int attempts, Instant createdAt, Instant sentAt, Instant notBefore, String language) {

    /** The language as staff read it: "Welsh", or "Welsh and English". */
    public String languageName() {
        var names = java.util.Arrays.stream((language == null ? "en" : language).split("\\+"))
                .map(code -> java.util.Locale.of(code).getDisplayLanguage(java.util.Locale.ENGLISH)).toList();
        return String.join(" and ", names);
    }

    /** Waiting for the reporter's safe time, or an update for more news, not for the worker. */
    public boolean held() {
        return "queued".equals(status) && notBefore != null && notBefore.isAfter(createdAt.plusSeconds(60));
    }

    /** The message key saying why it is held: an update waits for more news (and a safe time), others a safe time. */
    public String heldWhy() {
        return MessageKind.UPDATE.code().equals(kind) ? "outbox.held.update" : "outbox.held";
    }
}
