package org.bluelamp.staff;

import java.util.Optional;

/** Looks up a member of staff by username, for modules that decide what someone may see. */
public interface StaffMembers {

    Optional<StaffMember> find(String username);
}
