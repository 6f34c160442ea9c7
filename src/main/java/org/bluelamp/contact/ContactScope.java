package org.bluelamp.contact;

import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;

/**
 * Which contacts a member of staff may see, from their permissions: the open queues (nothing allocated yet), their
 * team's, their own. Every query for contacts is narrowed by it, so a URL typed by hand shows no more than a menu.
 */
record ContactScope(boolean openQueues, String team, String username) {

    static ContactScope of(StaffMember member) {
        return new ContactScope(member.may(Permission.SEE_OPEN_QUEUES),
                member.may(Permission.SEE_TEAM_CONTACTS) ? member.team() : null,
                member.may(Permission.SEE_OWN_CONTACTS) ? member.username() : null);
    }

    /** The condition, with the parameters :scopeTeam and :scopeUser. */
    String condition() {
        var any = new ArrayList<String>();
        if (openQueues) {
            any.add("(allocated_team IS NULL AND allocated_to IS NULL)");
        }
        if (team != null) {
            any.add("allocated_team = :scopeTeam");
        }
        if (username != null) {
            any.add("allocated_to = :scopeUser");
        }
        return any.isEmpty() ? "FALSE" : "(" + String.join(" OR ", any) + ")";
    }

    /** Binds the parameters the condition names to a statement that uses it. */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
        var spec = team == null ? sql : sql.param("scopeTeam", team);
        return username == null ? spec : spec.param("scopeUser", username);
    }
}
