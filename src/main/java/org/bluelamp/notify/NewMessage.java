package org.bluelamp.notify;

import java.time.Instant;

/**
 * A message ready to send, as written to the outbox: the words are final, so a retry sends exactly what was queued.
 *
 * @param dedupeKey what makes it unique, e.g. "acknowledgement:{reportId}:email": queuing the same key twice
 *                  (a listener retried) stores one message
 * @param kind      the template it was made from, e.g. "acknowledgement", for the outbox page and the counts
 * @param recipient an email address, or a mobile number in E.164 for a text
 * @param subject   the email's subject; null for a text. Never says what the report is about.
 * @param reference the report's reference it concerns, or null (a sign-in code for a draft)
 * @param notBefore not sent before this instant: the reporter's safe times, or now
 */
record NewMessage(String dedupeKey, String kind, MessageChannel channel, String recipient, String subject,
                  String body, String reference, Instant notBefore) {
}
