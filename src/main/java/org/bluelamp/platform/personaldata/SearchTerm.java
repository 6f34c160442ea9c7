package org.bluelamp.platform.personaldata;

import org.bluelamp.platform.contactpoint.UkPhoneNumber;

import java.util.Locale;

/**
 * A kind of detail a member of staff searched by. The access log keeps the kind ("email: given"), never the detail
 * itself, and a keyed hash of the detail in its usual form, so the data protection team can ask who searched for a
 * detail by typing it again ({@link SearchTermHashing}).
 */
public enum SearchTerm {
    REFERENCE("reference"),
    NAME("name"),
    DATE_OF_BIRTH("dateOfBirth"),
    EMAIL("email"),
    PHONE("phone"),
    POSTCODE("postcode"),
    VEHICLE("vehicle"),
    /** Free words (a contact search for a name or what happened). */
    WORDS("words");

    private final String key;

    SearchTerm(String key) {
        this.key = key;
    }

    /** Its name in the log's detail. */
    public String key() {
        return key;
    }

    /**
     * The detail in one form however it was typed, so the same detail hashes the same: "07700 900982" and
     * "+447700900982", "LE1 1AA" and "le11aa". Names and words share a form, so a name typed in the contact search
     * is found by a search for that name.
     */
    String normalise(String typed) {
        String stripped = typed.strip();
        return switch (this) {
            case EMAIL -> stripped.toLowerCase(Locale.ROOT);
            case PHONE -> UkPhoneNumber.parse(stripped).map(UkPhoneNumber::e164)
                    .orElse(stripped.replaceAll("[^0-9+]", ""));
            case POSTCODE, VEHICLE, REFERENCE -> stripped.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
            case NAME, WORDS -> stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            case DATE_OF_BIRTH -> stripped;
        };
    }
}
