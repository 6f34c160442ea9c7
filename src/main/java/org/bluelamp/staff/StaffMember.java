package org.bluelamp.staff;

import org.bluelamp.platform.personaldata.Accessor;

import java.util.Set;
import java.util.stream.Collectors;

/** A member of staff as other modules see them: who they are, their team and what they may do. */
public record StaffMember(String username, String displayName, String team, Set<StaffRole> roles) {

    public Set<Permission> permissions() {
        return StaffRole.permissionsOf(roles);
    }

    public boolean may(Permission permission) {
        return permissions().contains(permission);
    }

    /** Who they are as the access log records them. */
    public Accessor accessor() {
        return new Accessor(username, roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }
}
