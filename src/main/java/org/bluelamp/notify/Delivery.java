package org.bluelamp.notify;

import java.time.Instant;

/** One way a message will go: by email or text, to whom, and not before when. */
record Delivery(MessageChannel channel, String recipient, Instant notBefore) {
}
