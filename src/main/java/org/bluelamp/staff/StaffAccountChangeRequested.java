package org.bluelamp.staff;

import org.bluelamp.platform.contactpoint.EmailAddress;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin asked for a change to a staff account that waits for a second admin: its holder is told, so that a change
 * they did not expect is noticed before it is made. Carries no secret.
 *
 * @param holderEmail the holder's address now (for an email change, the old one), or null if the account has none
 * @param requestedBy who asked, as "Full name (username)"
 */
public record StaffAccountChangeRequested(UUID changeId, String username, AccountChangeKind kind,
                                          EmailAddress holderEmail, String requestedBy, Instant expiresAt) {
}
