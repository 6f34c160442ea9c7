package org.bluelamp.notify;

import java.time.Instant;
import java.util.Map;

/**
 * A message ready to send, as written to the outbox: the words are final, so a retry sends exactly what was queued.
 * A code or link in it is not in the words: each stands there as ((name)) and is kept sealed in {@code secrets}
 * until it is sent.
 *
 * @param dedupeKey what makes it unique, e.g. "acknowledgement:{reportId}:email": queuing the same key twice
 *                  (a listener retried) stores one message
 * @param kind      the template it was made from, e.g. "acknowledgement", for the outbox page and the counts
 * @param recipient an email address, or a mobile number in E.164 for a text
 * @param subject   the email's subject; null for a text. Never says what the report is about.
 * @param reference the report's reference it concerns, or null (a sign-in code for a draft)
 * @param notBefore not sent before this instant: the reporter's safe times, or now
 * @param secrets   the secret values, by name, to put in when it is sent; empty for most kinds
 * @param secretsExpireAt when the code or link stops working: after that the message is not sent
 * @param language  what it is written in, for staff: a code, or "cy+en" for a message in Welsh then English
 */
record NewMessage(String dedupeKey, String kind, MessageChannel channel, String recipient, String subject,
                  String body, String reference, Instant notBefore, Map<String, String> secrets,
                  Instant secretsExpireAt, String language) {

    NewMessage {
        language = language == null ? "en" : language;
        secrets = secrets == null ? Map.of() : Map.copyOf(secrets);
        if (!secrets.isEmpty() && secretsExpireAt == null) {
            throw new IllegalArgumentException("A message with a secret needs the time it expires: " + kind);
        }
    }

    /** A message with nothing secret in it. */
    NewMessage(String dedupeKey, String kind, MessageChannel channel, String recipient, String subject, String body,
               String reference, Instant notBefore) {
        this(dedupeKey, kind, channel, recipient, subject, body, reference, notBefore, Map.of(), null, null);
    }

    NewMessage(String dedupeKey, String kind, MessageChannel channel, String recipient, String subject, String body,
               String reference, Instant notBefore, Map<String, String> secrets, Instant secretsExpireAt) {
        this(dedupeKey, kind, channel, recipient, subject, body, reference, notBefore, secrets, secretsExpireAt, null);
    }
}
