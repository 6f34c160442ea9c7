package org.bluelamp.contact;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The force's crime reference number for a contact, from its records system: letters, digits, "/" and "-", at most
 * 30 characters (forces write them differently, e.g. "CR/012345/26" or "24-123456"). The Victims' Code gives the victim
 * this number.
 */
public record CrimeNumber(String value) {

    public static final int LONGEST = 30;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9/-]+");

    public CrimeNumber {
        problem(value).ifPresent(problem -> {
            throw new IllegalArgumentException("Not a crime number: " + problem);
        });
    }

    /** What is wrong with a crime number as sent, or empty if it is one (spaces either side are taken off). */
    public static Optional<String> problem(String sent) {
        String value = sent == null ? "" : sent.strip();
        if (value.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (value.length() > LONGEST) {
            return Optional.of("must be at most " + LONGEST + " characters");
        }
        if (!FORM.matcher(value).matches()) {
            return Optional.of("may contain only letters, digits, / and -");
        }
        return Optional.empty();
    }

    /** A crime number as sent, spaces either side taken off; check it with {@link #problem} first. */
    public static CrimeNumber of(String sent) {
        return new CrimeNumber(sent == null ? null : sent.strip());
    }
}
