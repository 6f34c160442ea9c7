package org.bluelamp.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a contact stands: new until someone assesses it, then worked until it is filed or closed. */
public enum ContactStatus {
    NEW, IN_PROGRESS, AWAITING_INFORMATION, ALLOCATED, REFERRED, FILED, CLOSED;

    /** As stored and in addresses, e.g. "awaiting-information". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Filed and closed contacts are finished: off the open queues and their clocks stopped. */
    public boolean finished() {
        return this == FILED || this == CLOSED;
    }

    public static Optional<ContactStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
