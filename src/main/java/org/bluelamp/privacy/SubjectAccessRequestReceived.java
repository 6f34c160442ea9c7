package org.bluelamp.privacy;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person asked for the information held about them: the message module confirms it with the reference.
 *
 * @param dueOn when the answer is due, or null while the clock waits for proof of identity
 */
public record SubjectAccessRequestReceived(UUID requestId, String reference, EmailAddress email, UkPhoneNumber phone,
                                           LocalDate dueOn) {
}
