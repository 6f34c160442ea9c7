package org.bluelamp.privacy.request;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The pages of the public form in order, each with the answers it asks for. */
enum FormStep {
    NAME("name", "fullName", "otherNames", "dob-day", "dob-month", "dob-year"),
    CONTACT("contact", "email", "phone", "address", "postcode"),
    WHAT("what", "wants", "period", "wantsReference"),
    IDENTITY("identity", "identity"),
    RECEIVE("receive", "receive", "address", "postcode");

    private final String code;
    private final List<String> fields;

    FormStep(String code, String... fields) {
        this.code = code;
        this.fields = List.of(fields);
    }

    String code() {
        return code;
    }

    List<String> fields() {
        return fields;
    }

    /** The page after this one; empty after the last, where "check your answers" follows. */
    Optional<FormStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    static Optional<FormStep> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
