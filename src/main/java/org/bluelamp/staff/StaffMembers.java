package org.bluelamp.staff;

import java.util.List;
import java.util.Optional;

/** Looks up a member of staff by username, for modules that decide what someone may see. */
public interface StaffMembers {

    Optional<StaffMember> find(String username);

    /** Everyone whose account is enabled and who has a role giving this permission, by name: e.g. whom to allocate to. */
    List<StaffMember> withPermission(Permission permission);
}
