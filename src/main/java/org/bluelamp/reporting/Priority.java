package org.bluelamp.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How soon a report needs attention, before anyone has assessed it. */
public enum Priority {
    HIGH, STANDARD, LOW;

    /** The name used in definitions and stored with a contact, e.g. "high". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Priority> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }
}
