package org.bluelamp.insight;

import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;

/**
 * Whose figures a member of staff may see: the whole force's (performance analysts), or only their own team's
 * (supervisors). A supervisor in no team sees none until an admin gives them one.
 *
 * @param team the team a team-only viewer is held to; null for a force-wide viewer
 */
public record InsightViewer(boolean forceWide, String team) {

    static InsightViewer of(StaffMember member) {
        if (member.may(Permission.FORCE_INSIGHT)) {
            return new InsightViewer(true, null);
        }
        return new InsightViewer(false, member.team() == null || member.team().isBlank() ? null : member.team());
    }

    /** Whether this viewer may see any figures at all. */
    public boolean seesFigures() {
        return forceWide || team != null;
    }
}
