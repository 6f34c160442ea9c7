package org.bluelamp.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a reporter would like to hear from us: the values a definition's preferred-contact question must offer. The
 * three BSL ways are a reply in British Sign Language: a handler arranges it (see docs/reporting.md), and anything
 * written goes by email or text, as for {@link #EMAIL}, saying that the BSL reply is coming.
 */
public enum ContactPreference {
    EMAIL("email"),
    TEXT("text"),
    EMAIL_AND_TEXT("email-and-text"),
    PHONE("phone"),
    /** A BSL video message from an interpreter, sent as a link. */
    BSL_VIDEO("bsl-video"),
    /** A call back through the BSL video relay at a time booked with them. */
    BSL_RELAY_CALL("bsl-relay-call"),
    /** A visit from a Police Link Officer for Deaf people. */
    BSL_VISIT("bsl-visit");

    private final String code;

    ContactPreference(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether they asked for a reply in British Sign Language. */
    public boolean bsl() {
        return this == BSL_VIDEO || this == BSL_RELAY_CALL || this == BSL_VISIT;
    }

    public static Optional<ContactPreference> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
