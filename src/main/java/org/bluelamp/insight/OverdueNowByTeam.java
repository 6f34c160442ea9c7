package org.bluelamp.insight;

/**
 * One team's open contacts past a deadline now, by clock (a contact late on two clocks counts under both), and how
 * many contacts that is.
 *
 * @param team the team's code as stored; '' for contacts allocated to no team
 * @param name the team's configured name (its code when not configured); null for no team ("Not allocated")
 */
public record OverdueNowByTeam(String team, String name, int firstContact, int crimeDecision, int grading,
                               int update, int reply, int contacts) {

    static OverdueNowByTeam none(String team, String name) {
        return new OverdueNowByTeam(team, name, 0, 0, 0, 0, 0, 0);
    }

    /** Whether these are the contacts no team holds. */
    public boolean allocated() {
        return !team.isEmpty();
    }

    OverdueNowByTeam plus(OverdueNowByTeam other) {
        return new OverdueNowByTeam(team, name, firstContact + other.firstContact,
                crimeDecision + other.crimeDecision, grading + other.grading, update + other.update,
                reply + other.reply, contacts + other.contacts);
    }
}
