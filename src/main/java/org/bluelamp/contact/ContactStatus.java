package org.bluelamp.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** The code as an SQL literal: only ever from this enum, never input. */
    String sqlLiteral() {
        return "'" + code() + "'";
    }

    /**
     * The condition for an open contact, with the finished statuses written out as literals (from this enum) so that
     * the partial indexes on open contacts (V13, V17), whose predicate is the same text, are used.
     */
    static String openCondition() {
        return "status NOT IN (" + Arrays.stream(values()).filter(ContactStatus::finished)
                .map(ContactStatus::sqlLiteral).collect(Collectors.joining(", ")) + ")";
    }

    public static Optional<ContactStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
