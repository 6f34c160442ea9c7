package org.bluelamp.privacy.request;

import java.util.Arrays;
import java.util.Optional;

/**
 * The steps of the public form whose rules {@link RequestAnswers} knows. Their order, fields and pages are the
 * definition's ({@code forms/your-data.yaml}); start-up fails unless these are exactly its steps.
 */
enum FormStep {
    NAME("name"),
    CONTACT("contact"),
    WHAT("what"),
    IDENTITY("identity"),
    RECEIVE("receive");

    private final String code;

    FormStep(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Optional<FormStep> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
