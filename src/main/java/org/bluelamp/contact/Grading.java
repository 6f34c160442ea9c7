package org.bluelamp.contact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How urgently a contact needs a response once assessed, as the national grading has it; each has a target time. */
public enum Grading {
    EMERGENCY, PRIORITY, SCHEDULED, RESOLUTION_WITHOUT_DEPLOYMENT;

    /** The name stored and used in configuration and forms, e.g. "resolution-without-deployment". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Grading> fromCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code().equals(code)).findFirst();
    }
}
