package org.bluelamp.staff;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.bluelamp.staff.Permission.DATA_REQUESTS;
import static org.bluelamp.staff.Permission.FORCE_INSIGHT;
import static org.bluelamp.staff.Permission.MANAGE_ACCOUNTS;
import static org.bluelamp.staff.Permission.PLOD_VISITS;
import static org.bluelamp.staff.Permission.RELAY_CALLS;
import static org.bluelamp.staff.Permission.SEE_ACCESS_LOG;
import static org.bluelamp.staff.Permission.SEE_OPEN_QUEUES;
import static org.bluelamp.staff.Permission.SEE_OWN_CONTACTS;
import static org.bluelamp.staff.Permission.SEE_TEAM_CONTACTS;
import static org.bluelamp.staff.Permission.TEAM_INSIGHT;
import static org.bluelamp.staff.Permission.WATCH_WEB_CHATS;
import static org.bluelamp.staff.Permission.WEB_CHATS;

/**
 * The roles a staff account can hold, and what each may see and do: this table is the rule (docs/staff.md shows
 * it). An account may hold several roles and has every permission of each. Admin sees no personal data of the
 * public unless also given a role that does.
 */
public enum StaffRole {
    CONTACT_HANDLER(SEE_OPEN_QUEUES, RELAY_CALLS, WEB_CHATS),
    CRIME_BUREAU_ASSESSOR(SEE_OPEN_QUEUES),
    SUPERVISOR(SEE_OPEN_QUEUES, SEE_TEAM_CONTACTS, SEE_ACCESS_LOG, WATCH_WEB_CHATS, TEAM_INSIGHT),
    OFFICER(SEE_OWN_CONTACTS, SEE_TEAM_CONTACTS),
    INTERPRETER(RELAY_CALLS),
    PLOD_OFFICER(PLOD_VISITS),
    DATA_PROTECTION_OFFICER(DATA_REQUESTS, SEE_ACCESS_LOG),
    ADMIN(MANAGE_ACCOUNTS),
    /** Plans and reports on demand and service levels from figures with no personal data. */
    PERFORMANCE_ANALYST(FORCE_INSIGHT);

    private final Set<Permission> permissions;

    StaffRole(Permission first, Permission... rest) {
        this.permissions = EnumSet.of(first, rest);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public static Set<Permission> permissionsOf(Iterable<StaffRole> roles) {
        var all = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> all.addAll(role.permissions));
        return all;
    }

    /** The role named, as stored; unknown names are ignored rather than granting anything. */
    static Set<StaffRole> parse(String... names) {
        var roles = EnumSet.noneOf(StaffRole.class);
        Arrays.stream(names).forEach(name -> Arrays.stream(values()).filter(r -> r.name().equals(name))
                .forEach(roles::add));
        return roles;
    }
}
