package org.bluelamp.reporting;

import java.util.Arrays;
import java.util.Optional;

/** How a reporter would like to hear from us: the values a definition's preferred-contact question must offer. */
public enum ContactPreference {
    EMAIL("email"),
    TEXT("text"),
    EMAIL_AND_TEXT("email-and-text"),
    PHONE("phone");

    private final String code;

    ContactPreference(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ContactPreference> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
