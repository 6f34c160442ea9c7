package org.bluelamp.platform.personaldata;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Who a subject access request is about, as the data protection team searches for them: any of the details may be
 * missing. A record is the subject's when it carries their email, phone, postcode, reference or name; a name alone
 * is a weaker match, which the team checks before putting the record in scope (a hit says what matched). A date of
 * birth only confirms a match made another way: many people share one.
 *
 * @param name        full name, compared ignoring case, spaces and punctuation
 * @param dateOfBirth compared exactly
 * @param email       compared ignoring case
 * @param phone       compared by its digits, with a leading 44 read as 0
 * @param postcode    an address is compared by its postcode, ignoring case and spaces
 * @param reference   a report's or contact's reference, exactly
 */
public record Subject(String name, LocalDate dateOfBirth, String email, String phone, String postcode,
                      String reference) {

    public boolean nameMatches(String other) {
        return present(name) && other != null && letters(name).equals(letters(other));
    }

    public boolean emailMatches(String other) {
        return present(email) && other != null && email.strip().equalsIgnoreCase(other.strip());
    }

    public boolean phoneMatches(String other) {
        return present(phone) && other != null && !digits(phone).isEmpty() && digits(phone).equals(digits(other));
    }

    /** Whether the address (free text) contains the subject's postcode. */
    public boolean addressMatches(String address) {
        return present(postcode) && address != null && compact(address).contains(compact(postcode));
    }

    public boolean dateOfBirthMatches(LocalDate other) {
        return dateOfBirth != null && dateOfBirth.equals(other);
    }

    public boolean referenceMatches(String other) {
        return present(reference) && other != null && reference.strip().equalsIgnoreCase(other.strip());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String letters(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    private static String compact(String value) {
        return value.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
    }

    private static String digits(String value) {
        String digits = value.replaceAll("\\D", "");
        return digits.startsWith("44") ? "0" + digits.substring(2) : digits;
    }
}
