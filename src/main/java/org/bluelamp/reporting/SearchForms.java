package org.bluelamp.reporting;

import org.bluelamp.reporting.question.VehicleRegistration;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one form each kind of particular is stored, searched and compared in, so that "AB12 cde" typed by staff
 * finds "AB12CDE" given by a reporter: emails lower-case, UK phones in E.164 (+447700900982), postcodes and
 * vehicle registrations upper-case without spaces.
 */
public final class SearchForms {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern UK_NATIONAL = Pattern.compile("^0[1-9]\\d{8,9}$");
    private static final Pattern INTERNATIONAL = Pattern.compile("^\\+[1-9]\\d{7,14}$");
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2}$");

    private SearchForms() {
    }

    /** An email address lower-case, or empty if it does not look like one. */
    public static Optional<String> email(String typed) {
        String email = typed.strip().toLowerCase(Locale.ROOT);
        return EMAIL.matcher(email).matches() ? Optional.of(email) : Optional.empty();
    }

    /**
     * A phone number as + and digits: a UK number written nationally (07700 900982) or with 44 or 0044 in front
     * becomes +447700900982; one already starting with + keeps its country code. Empty if it is neither.
     */
    public static Optional<String> phone(String typed) {
        String digits = typed.strip().replaceAll("[\\s().-]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3).replaceFirst("^0", "");
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("44") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        if (UK_NATIONAL.matcher(digits).matches()) {
            return Optional.of("+44" + digits.substring(1));
        }
        return INTERNATIONAL.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** A full UK postcode upper-case without its space (LE11AA), or empty if it is not one. */
    public static Optional<String> postcode(String typed) {
        String compact = compact(typed);
        return POSTCODE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** A UK vehicle registration upper-case without its space (AB12CDE), or empty if it is not one. */
    public static Optional<String> vehicleRegistration(String typed) {
        return VehicleRegistration.normalise(typed).map(SearchForms::compact);
    }

    private static String compact(String typed) {
        return typed.toUpperCase(Locale.UK).replaceAll("[\\s-]", "");
    }
}
