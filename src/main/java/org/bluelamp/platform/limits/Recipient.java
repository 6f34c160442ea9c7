package org.bluelamp.platform.limits;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;

import java.util.Locale;

/**
 * Whom an action reaches, normalised so that one person is one recipient however it was typed: an email address
 * in lower case, a phone number in E.164, a reference in capitals without spaces or dashes. Only its keyed hash is
 * stored.
 */
public record Recipient(String normalised) {

    public Recipient {
        if (normalised == null || normalised.isBlank()) {
            throw new IllegalArgumentException("A recipient needs a value");
        }
    }

    public static Recipient of(EmailAddress email) {
        return new Recipient("email:" + email.value().toLowerCase(Locale.ROOT));
    }

    public static Recipient of(UkPhoneNumber phone) {
        return new Recipient("phone:" + phone.e164());
    }

    /** A report or request by its reference, as typed: what a code for it is sent about. */
    public static Recipient reference(String reference) {
        return new Recipient("reference:" + reference.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return "Recipient[…]";
    }
}
