package org.bluelamp.contact;

import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;

/**
 * Which contacts a member of staff may see, from their permissions: the open queues (nothing allocated yet), their
 * team's, their own. Every query for contacts is narrowed by it, so a URL typed by hand shows no more than a menu;
 * other modules that list contacts (insight's repeats page) narrow theirs by the same rule.
 */
public record ContactScope(boolean openQueues, String team, String username) {

    /** Nobody's: for counts, which show no contact. */
    public static final ContactScope NOBODY = new ContactScope(false, null, null);

    public static ContactScope of(StaffMember member) {
        return new ContactScope(member.may(Permission.SEE_OPEN_QUEUES),
                member.may(Permission.SEE_TEAM_CONTACTS) ? member.team() : null,
                member.may(Permission.SEE_OWN_CONTACTS) ? member.username() : null);
    }

    /** Whether they may see any contact at all. */
    public boolean seesContacts() {
        return openQueues || team != null || username != null;
    }

    /** The condition on the contact table's columns, with the parameters :scopeTeam and :scopeUser. */
    public String condition() {
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
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
        var spec = team == null ? sql : sql.param("scopeTeam", team);
        return username == null ? spec : spec.param("scopeUser", username);
    }
}
