package org.bluelamp.staff;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A change waiting for a second admin. (Public only because the pages' templates are compiled elsewhere.)
 *
 * @param roles the roles a ROLES change sets, else empty
 * @param email the address an EMAIL change sets, else null
 */
public record AccountChange(UUID id, String username, AccountChangeKind kind, Set<StaffRole> roles, String email,
                            String requestedBy, Instant requestedAt, Instant expiresAt) {

    /** Whether this admin may approve it: anyone but the admin who asked. */
    public boolean approvableBy(String admin) {
        return !requestedBy.equals(admin);
    }
}
