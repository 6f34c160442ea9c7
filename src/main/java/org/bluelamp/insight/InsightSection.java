package org.bluelamp.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The pages of /staff/insight. Figures about contacts can be narrowed to a team; the others (the relay's and the
 * chat's queues, subject access, the online journeys) belong to no team, so only the force-wide view shows them.
 */
public enum InsightSection {
    DEMAND("", true),
    SERVICE_LEVELS("service-levels", true),
    OUTCOMES("outcomes", true),
    ONLINE("online", false);

    private final String slug;
    private final boolean byTeam;

    InsightSection(String slug, boolean byTeam) {
        this.slug = slug;
        this.byTeam = byTeam;
    }

    /** Its page's path. */
    public String path() {
        return slug.isEmpty() ? "/staff/insight" : "/staff/insight/" + slug;
    }

    /** Its CSV downloads' path: one table at a time, named by the table. */
    public String csvPath() {
        return (slug.isEmpty() ? "/staff/insight/demand" : path()) + "/csv";
    }

    /** The message key of its name. */
    public String key() {
        return "insight.section." + name().toLowerCase().replace('_', '-');
    }

    /** Whether its figures go over time, so the page offers the grouping of days, weeks or months. */
    public boolean groupsOverTime() {
        return this == DEMAND;
    }

    public boolean byTeam() {
        return byTeam;
    }

    /** The sections this viewer may open, in the order the page lists them. */
    static List<InsightSection> openTo(InsightViewer viewer) {
        return Arrays.stream(values()).filter(s -> viewer.forceWide() || s.byTeam).toList();
    }

    static Optional<InsightSection> ofSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug) || (s == DEMAND && slug.equals("demand")))
                .findFirst();
    }
}
