package org.bluelamp.privacy;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;

import java.time.Instant;
import java.util.UUID;

/**
 * The answer to a subject access request is ready: the message module sends the link. The link alone opens nothing:
 * a one-time code goes to the same address when it is used.
 *
 * @param linkPath the answer's page on the public site, e.g. /your-data/answer/{token}
 */
public record SubjectAccessAnswerReleased(UUID releaseId, String reference, EmailAddress email, UkPhoneNumber phone,
                                          String linkPath, Instant expiresAt) {
}
