package org.bluelamp.notify;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;

import java.time.Instant;
import java.util.Optional;

/** One way a message will go: by email or text, to whom, and not before when. */
record Delivery(MessageChannel channel, String recipient, Instant notBefore) {

    /** To the one address a person gave for this message, now: the email, or else a mobile (a landline takes no text). */
    static Optional<Delivery> now(EmailAddress email, UkPhoneNumber phone, Instant now) {
        if (email != null) {
            return Optional.of(new Delivery(MessageChannel.EMAIL, email.value(), now));
        }
        if (phone != null && phone.mobile()) {
            return Optional.of(new Delivery(MessageChannel.SMS, phone.e164(), now));
        }
        return Optional.empty();
    }
}
