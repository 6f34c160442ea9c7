package org.bluelamp.privacy;

import org.bluelamp.platform.language.Language;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person asked for the information held about them: the message module confirms it with the reference.
 *
 * @param dueOn    when the answer is due, or null while the clock waits for proof of identity
 * @param language the language the request was made in, which its messages are written in (English in events
 *                 stored before languages were)
 */
public record SubjectAccessRequestReceived(UUID requestId, String reference, EmailAddress email, UkPhoneNumber phone,
                                           LocalDate dueOn, Language language) {

    public SubjectAccessRequestReceived {
        language = language == null ? Language.ENGLISH : language;
    }

    public SubjectAccessRequestReceived(UUID requestId, String reference, EmailAddress email, UkPhoneNumber phone,
                                        LocalDate dueOn) {
        this(requestId, reference, email, phone, dueOn, Language.ENGLISH);
    }
}
