package org.bluelamp.notify;

import java.util.UUID;

/**
 * A claimed message as a provider sees it. Its id is the idempotency key: Notify's reference, the email's Message-ID.
 */
record OutgoingMessage(UUID id, MessageChannel channel, String recipient, String subject, String body) {
}
