package org.bluelamp.insight;

import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;

/**
 * The contacts a member of staff may open, as contact's own rule (contact.ContactScope, not public) has it: the open
 * queues (allocated to nobody), their team's, their own. Kept the same as that rule by RepeatContactsTest.
 */
record RepeatScope(boolean openQueues, String team, String username) {

    /** Nobody: for counts, which show no contact. */
    static final RepeatScope NOBODY = new RepeatScope(false, null, null);

    static RepeatScope of(StaffMember member) {
        return new RepeatScope(member.may(Permission.SEE_OPEN_QUEUES),
                member.may(Permission.SEE_TEAM_CONTACTS) ? member.team() : null,
                member.may(Permission.SEE_OWN_CONTACTS) ? member.username() : null);
    }

    /** Whether they may see any contact at all. */
    boolean seesContacts() {
        return openQueues || team != null || username != null;
    }

    /** The condition on contact c, with the parameters :scopeTeam and :scopeUser. */
    String condition() {
        var any = new ArrayList<String>();
        if (openQueues) {
            any.add("(c.allocated_team IS NULL AND c.allocated_to IS NULL)");
        }
        if (team != null) {
            any.add("c.allocated_team = :scopeTeam");
        }
        if (username != null) {
            any.add("c.allocated_to = :scopeUser");
        }
        return any.isEmpty() ? "FALSE" : "(" + String.join(" OR ", any) + ")";
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
        var spec = team == null ? sql : sql.param("scopeTeam", team);
        return username == null ? spec : spec.param("scopeUser", username);
    }
}
