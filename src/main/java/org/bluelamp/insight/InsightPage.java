package org.bluelamp.insight;

import org.bluelamp.contact.ContactChoices;
import org.bluelamp.reporting.Channel;

import java.util.List;

/**
 * What every page of /staff/insight shows around its figures: the pages the viewer may open, and the filters as
 * typed.
 */
public record InsightPage(InsightSection section, List<InsightSection> sections, InsightViewer viewer, InsightQueryForm form,
                   List<ContactChoices.Team> teams, List<Channel> channels) {

    /** The team a team-only viewer's figures are held to, by name. */
    public String viewersTeamName() {
        return teams.stream().filter(t -> t.code().equals(viewer.team())).map(ContactChoices.Team::name).findFirst()
                .orElse(viewer.team());
    }

    /** Whether a section's link is the page shown. */
    public boolean isShown(InsightSection other) {
        return other == section;
    }
}
