package org.bluelamp.staff;

import java.util.Set;

/** An account as the admin pages show it. (Public only because the pages' templates are compiled elsewhere.) */
public record AccountSummary(String username, String displayName, String email, String team, Set<StaffRole> roles,
                             boolean enabled, boolean secondFactorSetUp, boolean passwordChosen) {
}
