package org.bluelamp.appointments;

import java.util.Arrays;

/** Where a visit stands. A booked visit holds its slot until it is cancelled or moved; a visited one keeps it. */
public enum VisitStatus {
    BOOKED("booked"),
    NO_SUITABLE_TIME("no-suitable-time"),
    CANCELLED("cancelled"),
    VISITED("visited");

    private final String code;

    VisitStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static VisitStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown visit status " + code));
    }
}
