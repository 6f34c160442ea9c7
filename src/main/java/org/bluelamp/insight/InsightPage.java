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

    /** A section's link, keeping the filters chosen, so moving between pages keeps the same days, team and channel. */
    public String link(InsightSection other) {
        var uri = org.springframework.web.util.UriComponentsBuilder.fromPath(other.path());
        java.util.Map.of("from", form.from(), "to", form.to(), "team", form.team(), "channel", form.channel(),
                        "per", form.per()).entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> uri.queryParam(e.getKey(), e.getValue()));
        return uri.build().encode().toUriString();
    }

    /** Whether a section's link is the page shown. */
    public boolean isShown(InsightSection other) {
        return other == section;
    }
}
