package org.bluelamp.insight;

import java.time.Instant;
import java.util.List;

/**
 * Open contacts with a service-level clock running past its deadline at {@code at}, by the team holding them: live,
 * from the contacts themselves, not the roll-ups.
 */
public record OverdueNow(Instant at, List<OverdueNowByTeam> teams) {

    public OverdueNow {
        teams = List.copyOf(teams);
    }

    /** All teams together. */
    public OverdueNowByTeam total() {
        return teams.stream().reduce(OverdueNowByTeam.none("", null), OverdueNowByTeam::plus);
    }
}
