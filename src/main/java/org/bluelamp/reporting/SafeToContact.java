package org.bluelamp.reporting;

import java.util.Arrays;
import java.util.Optional;

/** Whether it is safe to contact a reporter: the values a definition's safe-to-contact question must offer. */
public enum SafeToContact {
    ANY_TIME("any-time"),
    CERTAIN_TIMES("certain-times"),
    NOT_SAFE("no");

    private final String code;

    SafeToContact(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SafeToContact> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
