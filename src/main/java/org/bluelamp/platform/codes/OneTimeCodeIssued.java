package org.bluelamp.platform.codes;

import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;

import java.time.Instant;
import java.util.UUID;

/**
 * A code to send to a person. The message module sends it by email, or by text when there is no email. It lives in
 * the event log only until it is sent (completed events are deleted) and is never logged.
 *
 * @param sending   1 for the first code of a challenge, then one more for each resend: each is its own message
 * @param reference the report it is for, or null (a draft)
 */
public record OneTimeCodeIssued(UUID challengeId, int sending, CodePurpose purpose, EmailAddress email, UkPhoneNumber phone,
                                String code, String reference, Instant expiresAt) {
}
