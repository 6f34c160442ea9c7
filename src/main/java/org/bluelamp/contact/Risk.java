package org.bluelamp.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The overall risk a THRIVE assessment concludes with. */
public enum Risk {
    HIGH, MEDIUM, LOW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Risk> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
