package org.bluelamp.appointments;

import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;
import org.bluelamp.staff.StaffMembers;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.stream.Collectors;

/** PLOD officers by name: for handlers choosing a time, the timeline, and the person's confirmation. */
@Component
class Visitors {

    /** How the person's messages name the visitor's role. */
    static final String ROLE = "Police Link Officer for Deaf people";

    private final StaffMembers staff;

    Visitors(StaffMembers staff) {
        this.staff = staff;
    }

    String nameOf(String username) {
        return staff.find(username).map(StaffMember::displayName).orElse(username);
    }

    /** The visitor as the person is told: "Sam Patel, Police Link Officer for Deaf people". */
    String visitorOf(String username) {
        return asVisitor(nameOf(username));
    }

    static String asVisitor(String name) {
        return name + ", " + ROLE;
    }

    /** Every PLOD officer's name by username, in one query, for a page listing many slots. */
    Map<String, String> names() {
        return staff.withPermission(Permission.PLOD_VISITS).stream()
                .collect(Collectors.toMap(StaffMember::username, StaffMember::displayName, (a, b) -> a));
    }
}
