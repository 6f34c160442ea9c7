package org.bluelamp.relay;

import java.time.Instant;

/** Something typed in a call, by the caller, the interpreter or the handler. */
public record ChatLine(long id, String sender, String body, Instant sentAt) {
}
