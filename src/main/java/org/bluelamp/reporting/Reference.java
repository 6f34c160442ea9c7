package org.bluelamp.reporting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A report's reference number, such as {@code LP-7K3-M9Q-TXE}: the force prefix, eight random characters and a
 * check character, from an alphabet with no 0, O, 1, I or L so it can be read over the phone. The check
 * character catches any one wrong character and any two characters swapped.
 * <p>
 * Modules pass a report's reference as this type, never as a bare string, so the compiler catches a place that mixes
 * it up with another kind of reference (a subject access request's, say). Text from a person goes through
 * {@link #parse}; text we stored ourselves (a database column, an event in the event log) through {@link #stored}.
 * In JSON (stored events, socket messages) it is the plain string, as it was before the type existed.
 */
public record Reference(@JsonValue String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int BODY_LENGTH = 8;

    public Reference {
        if (value == null || !value.matches("[A-Z]{2,3}-[" + ALPHABET + "]{3}-[" + ALPHABET + "]{3}-["
                + ALPHABET + "]{3}") || !checksumHolds(value.substring(value.indexOf('-') + 1).replace("-", ""))) {
            throw new IllegalArgumentException("Not a valid reference: " + value);
        }
    }

    /**
     * A reference we stored ourselves, exactly as stored; null stays null, for columns that may be empty. Every
     * stored reference was made by {@link #random}, so a value that is not one means a broken row or event: it
     * throws rather than carry a wrong reference on.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Reference stored(String value) {
        return value == null ? null : new Reference(value);
    }

    /** The value of a reference that may be absent, for a column or a platform call that takes text. */
    public static String valueOrNull(Reference reference) {
        return reference == null ? null : reference.value();
    }

    /** A new reference with eight random characters; callers make sure it is not already in use. */
    public static Reference random(String prefix, RandomGenerator random) {
        var body = new StringBuilder(BODY_LENGTH);
        for (int i = 0; i < BODY_LENGTH; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return of(prefix, body.toString());
    }

    private static Reference of(String prefix, String body) {
        String withCheck = body + ALPHABET.charAt(checkValue(body));
        return new Reference(prefix + "-" + withCheck.substring(0, 3) + "-" + withCheck.substring(3, 6) + "-"
                + withCheck.substring(6));
    }

    /**
     * Reads a reference as a person typed it: any case, spaces or dashes anywhere. Empty if it is not one of
     * ours, for example because a character was mistyped.
     */
    public static Optional<Reference> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.UK).replaceAll("[\\s-]", "");
        if (!compact.matches("[A-Z]{2,3}[" + ALPHABET + "]{9}")) {
            return Optional.empty();
        }
        String prefix = compact.substring(0, compact.length() - 9);
        String rest = compact.substring(prefix.length());
        if (!checksumHolds(rest)) {
            return Optional.empty();
        }
        return Optional.of(new Reference(prefix + "-" + rest.substring(0, 3) + "-" + rest.substring(3, 6) + "-"
                + rest.substring(6)));
    }

    /**
     * Weighted sum modulo 31 (the alphabet's size, a prime). Weights 1..9 are distinct and non-zero modulo 31, so
     * changing one character or swapping any two different ones always changes the sum.
     */
    private static int weightedSum(String chars) {
        int sum = 0;
        for (int i = 0; i < chars.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(chars.charAt(i));
        }
        return sum % ALPHABET.length();
    }

    private static int checkValue(String body) {
        // Solve weightedSum(body + c) == 0 (mod 31): c * 9 == -sum, and 9 * 7 == 63 == 1 (mod 31).
        int n = ALPHABET.length();
        int sum = weightedSum(body);
        return ((n - sum) % n) * 7 % n;
    }

    private static boolean checksumHolds(String bodyWithCheck) {
        return bodyWithCheck.length() == BODY_LENGTH + 1 && weightedSum(bodyWithCheck) == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
