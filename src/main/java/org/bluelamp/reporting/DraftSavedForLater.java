package org.bluelamp.reporting;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;

import java.time.Instant;
import java.util.UUID;

/** A member of the public saved a draft to finish later and asked for a link; resumePath is like "/resume/{token}". */
public record DraftSavedForLater(UUID resumeId, String serviceTitle, EmailAddress email, UkPhoneNumber phone,
                                 String resumePath, Instant deletedAfter) {
}
