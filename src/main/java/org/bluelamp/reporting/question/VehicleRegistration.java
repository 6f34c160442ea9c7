package org.bluelamp.reporting.question;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UK vehicle registration marks in every format still on the road, written the way they appear on a plate:
 * current ({@code AB12 CDE}), prefix ({@code A123 BCD}), suffix ({@code ABC 123D}) and dateless
 * ({@code 1234 AB}, {@code ABZ 1234}). A plate from abroad ({@code B-MW 1234}, {@code AB-123-CD}) is taken as
 * written, if it is letters and digits, perhaps split by spaces or hyphens, and 2 to 10 of them.
 */
public final class VehicleRegistration {

    /** A format and where its space goes: after this many characters, or before the last three if negative. */
    private record Format(Pattern pattern, int spaceAfter) {
    }

    private static final List<Format> FORMATS = List.of(
            new Format(Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z]{3}$"), 4),
            new Format(Pattern.compile("^[A-Z][0-9]{1,3}[A-Z]{3}$"), -3),
            new Format(Pattern.compile("^[A-Z]{3}[0-9]{1,3}[A-Z]$"), 3),
            new Format(Pattern.compile("^[0-9]{1,4}[A-Z]{1,3}$"), 0),
            new Format(Pattern.compile("^[A-Z]{1,3}[0-9]{1,4}$"), 0));

    private static final Pattern FOREIGN = Pattern.compile("^[A-Z0-9]+([ -][A-Z0-9]+)*$");
    static final int SHORTEST_FOREIGN = 2;
    static final int LONGEST_FOREIGN = 10;

    private VehicleRegistration() {
    }

    /** A UK registration as on its plate, else a plate from abroad as typed (capitals, single spaces); else empty. */
    public static Optional<String> read(String typed) {
        return normalise(typed).or(() -> foreign(typed));
    }

    static Optional<String> foreign(String typed) {
        String written = typed.strip().toUpperCase(Locale.UK).replaceAll("\\s+", " ");
        int characters = written.replaceAll("[\\s-]", "").length();
        return FOREIGN.matcher(written).matches() && characters >= SHORTEST_FOREIGN && characters <= LONGEST_FOREIGN
                ? Optional.of(written) : Optional.empty();
    }

    /** The registration as it appears on a plate, or empty if it is not a UK registration. */
    public static Optional<String> normalise(String typed) {
        String compact = typed.toUpperCase(Locale.UK).replaceAll("[\\s-]", "");
        for (Format format : FORMATS) {
            if (format.pattern().matcher(compact).matches()) {
                return Optional.of(withSpace(compact, format.spaceAfter()));
            }
        }
        return Optional.empty();
    }

    private static String withSpace(String compact, int spaceAfter) {
        int at = spaceAfter > 0 ? spaceAfter : spaceAfter < 0 ? compact.length() + spaceAfter : boundary(compact);
        return compact.substring(0, at) + " " + compact.substring(at);
    }

    /** Where letters turn into digits or digits into letters, for dateless marks. */
    private static int boundary(String compact) {
        for (int i = 1; i < compact.length(); i++) {
            if (Character.isDigit(compact.charAt(i)) != Character.isDigit(compact.charAt(i - 1))) {
                return i;
            }
        }
        return compact.length();
    }
}
