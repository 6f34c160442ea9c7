package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.SearchForms;

import java.util.Optional;

/**
 * What a member of staff typed in the search box, and what it can be, from its shape: a reference, an email, a
 * phone number, a postcode or a vehicle registration (some are both, such as a short dateless plate and a
 * postcode: both are searched), else names and words in the account.
 *
 * @param text      the text as typed, trimmed and cut to {@link #MAX_LENGTH}
 * @param reference the reference, as stored
 * @param email     an email, lower-case
 * @param phone     a phone number, E.164
 * @param postcode  a full postcode, compact
 * @param vehicle   a vehicle registration, compact
 */
record SearchQuery(String text, Optional<String> reference, Optional<String> email, Optional<String> phone,
                   Optional<String> postcode, Optional<String> vehicle) {

    /** Longer than any name, address or registration; more is cut, not an error. */
    static final int MAX_LENGTH = 200;

    static SearchQuery of(String typed) {
        // control characters (a NUL above all, which PostgreSQL refuses in text) are never part of a search
        String text = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", " ").strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH).strip();
        }
        var reference = Reference.parse(text).map(Reference::value);
        if (reference.isPresent()) {
            return new SearchQuery(text, reference, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        var email = text.contains("@") ? SearchForms.email(text) : Optional.<String>empty();
        var phone = SearchForms.phone(text);
        var postcode = SearchForms.postcode(text);
        var vehicle = SearchForms.vehicleRegistration(text);
        return new SearchQuery(text, reference, email, phone, postcode, vehicle);
    }

    boolean blank() {
        return text.isEmpty();
    }

    /** Not a reference, email or phone number, so names and the account's words are searched as well. */
    boolean byWords() {
        return !blank() && reference.isEmpty() && email.isEmpty() && phone.isEmpty();
    }

    /**
     * Read as a reference, but it may be a name: "James Murphy" has a reference's shape and passes its check (one
     * such name in 31 does), so names and words are searched when no contact has the reference.
     */
    boolean wordsIfNoReferenceFound() {
        return reference.isPresent();
    }

    /** Typed as something exact (reference, email, phone, postcode or registration): matches on it come first. */
    boolean exact() {
        return reference.isPresent() || email.isPresent() || phone.isPresent() || postcode.isPresent()
                || vehicle.isPresent();
    }
}
