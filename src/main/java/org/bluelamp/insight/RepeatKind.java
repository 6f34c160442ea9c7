package org.bluelamp.insight;

import java.util.Arrays;
import java.util.Optional;

/**
 * What makes contacts repeats of each other. A person: the same email or UK phone (as contact stores them: lower
 * case, E.164), a contact giving both joining the two; a name alone is not enough. An address: the same postcode, the
 * only part of an address stored in a form that matches (the lines are free text in the account), so a block of flats
 * or a street's shops count as one place.
 */
public enum RepeatKind {
    PERSON("person"),
    ADDRESS("address");

    private final String code;

    RepeatKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RepeatKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
