package org.bluelamp.tracking;

import org.bluelamp.platform.codes.OneTimeCodes;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.bluelamp.reporting.Reporter;

import java.util.Optional;

/** The email address or UK phone number a person typed as the one they gave with their report: one of the two. */
record TypedContact(EmailAddress email, UkPhoneNumber phone) {

    static Optional<TypedContact> parse(String typed) {
        if (typed != null && typed.contains("@")) {
            return EmailAddress.parse(typed).map(email -> new TypedContact(email, null));
        }
        return UkPhoneNumber.parse(typed).map(phone -> new TypedContact(null, phone));
    }

    /** Whether it is the email or the phone the reporter gave; an anonymous reporter gave neither. */
    boolean matches(Reporter reporter) {
        if (reporter.anonymous()) {
            return false;
        }
        return email != null ? email.sameAs(reporter.email())
                : reporter.phone() != null && phone.e164().equals(reporter.phone().e164());
    }

    /** The code goes only to the address typed, never to another the report holds. */
    OneTimeCodes.Recipient recipient() {
        return new OneTimeCodes.Recipient(email, phone);
    }
}
