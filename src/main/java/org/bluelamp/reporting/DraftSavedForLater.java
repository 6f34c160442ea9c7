package org.bluelamp.reporting;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;

import org.bluelamp.platform.language.Language;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of the public saved a draft to finish later and asked for a link; resumePath is like "/resume/{token}";
 * language is the one they were reading in (English in events stored before languages were).
 */
public record DraftSavedForLater(UUID resumeId, String serviceTitle, EmailAddress email, UkPhoneNumber phone,
                                 String resumePath, Instant deletedAfter, Language language) {

    public DraftSavedForLater {
        language = language == null ? Language.ENGLISH : language;
    }

    public DraftSavedForLater(UUID resumeId, String serviceTitle, EmailAddress email, UkPhoneNumber phone,
                              String resumePath, Instant deletedAfter) {
        this(resumeId, serviceTitle, email, phone, resumePath, deletedAfter, Language.ENGLISH);
    }
}
