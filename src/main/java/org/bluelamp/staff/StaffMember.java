package org.bluelamp.staff;

import java.util.Set;

/** A member of staff as other modules see them: who they are, their team and what they may do. */
public record StaffMember(String username, String displayName, String team, Set<StaffRole> roles) {

    public Set<Permission> permissions() {
        return StaffRole.permissionsOf(roles);
    }

    public boolean may(Permission permission) {
        return permissions().contains(permission);
    }
}
