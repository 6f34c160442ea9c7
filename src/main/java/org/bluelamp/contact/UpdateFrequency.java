package org.bluelamp.contact;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How often the reporter agreed to be kept updated (Victims' Code, right 6), as the officer records it on the contact.
 * The code is stored (contact.agreed_updates) and names the words (messages: updates.frequency.{code}).
 */
public enum UpdateFrequency {
    WEEKLY("weekly"),
    EVERY_2_WEEKS("every-2-weeks"),
    EVERY_4_WEEKS("every-4-weeks"),
    WHEN_SOMETHING_CHANGES("when-something-changes");

    private final String code;

    UpdateFrequency(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(UpdateFrequency::code).toList();
    }

    public static Optional<UpdateFrequency> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
