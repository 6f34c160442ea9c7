package org.bluelamp.staff;

import org.bluelamp.platform.contactpoint.EmailAddress;

import java.util.List;
import java.util.UUID;

/**
 * A second admin approved a change to a staff account and it was made: its holder is told. Carries no secret (a
 * new set-up link is shown to the approving admin only).
 *
 * @param tell        where to tell the holder: their address, or for an email change the old and the new one
 * @param requestedBy who asked, as "Full name (username)"
 * @param approvedBy  who approved, the same way
 */
public record StaffAccountChangeApplied(UUID changeId, String username, AccountChangeKind kind, List<EmailAddress> tell,
                                        String requestedBy, String approvedBy) {
}
