package org.bluelamp.privacy;

import org.bluelamp.platform.language.Language;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;

import java.time.Instant;
import java.util.UUID;

/**
 * The answer to a subject access request is ready: the message module sends the link. The link alone opens nothing:
 * a one-time code goes to the same address when it is used.
 *
 * @param linkPath the answer's page on the public site, e.g. /your-data/answer/{token}
 * @param language the language the request was made in (English in events stored before languages were)
 */
public record SubjectAccessAnswerReleased(UUID releaseId, String reference, EmailAddress email, UkPhoneNumber phone,
                                          String linkPath, Instant expiresAt, Language language) {

    public SubjectAccessAnswerReleased {
        language = language == null ? Language.ENGLISH : language;
    }

    public SubjectAccessAnswerReleased(UUID releaseId, String reference, EmailAddress email, UkPhoneNumber phone,
                                       String linkPath, Instant expiresAt) {
        this(releaseId, reference, email, phone, linkPath, expiresAt, Language.ENGLISH);
    }
}
