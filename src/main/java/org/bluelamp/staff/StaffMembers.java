package org.bluelamp.staff;

import org.bluelamp.platform.personaldata.Accessor;

import java.util.List;
import java.util.Optional;

/** Looks up a member of staff by username, for modules that decide what someone may see. */
public interface StaffMembers {

    Optional<StaffMember> find(String username);

    /** Who they are as the access log records them; an account since removed is named without roles. */
    default Accessor accessorOf(String username) {
        return find(username).map(StaffMember::accessor).orElseGet(() -> new Accessor(username, ""));
    }

    /** Everyone whose account is enabled and who has a role giving this permission, by name: e.g. whom to allocate to. */
    List<StaffMember> withPermission(Permission permission);

    /**
     * Those of {@link #withPermission} who are signed in now: an unexpired session on any instance (sessions are
     * in the database), e.g. whom a live chat can be handed to.
     */
    List<StaffMember> signedInWith(Permission permission);
}
