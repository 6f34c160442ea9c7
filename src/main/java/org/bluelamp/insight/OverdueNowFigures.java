package org.bluelamp.insight;

import org.bluelamp.contact.ContactChoices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * How many open contacts are past a deadline at this moment, by team and clock, counted live from the contacts: the
 * roll-ups say how a day's contacts fared, this says what is late now. The partial index contact_open_by_next_due
 * finds the open contacts whose soonest deadline has passed (every overdue one, as next_due is the least running
 * deadline); each clock is then checked as contact.ContactClocks runs it.
 */
@Repository
public class OverdueNowFigures {

    private static final String COUNT = """
            SELECT coalesce(allocated_team, '') AS team,
                   count(*) FILTER (WHERE first_contact_at IS NULL AND first_response_due < :now) AS first_contact,
                   count(*) FILTER (WHERE crime_decision IS NULL AND crime_decision_due < :now) AS crime_decision,
                   count(*) FILTER (WHERE status IN ('new', 'in-progress', 'awaiting-information')
                                      AND grading_due < :now) AS grading,
                   count(*) FILTER (WHERE victim_update_due < :now) AS victim_update,
                   count(*) FILTER (WHERE reply_due < :now) AS reply,
                   count(*) AS contacts
            FROM contact
            WHERE status NOT IN ('filed', 'closed') AND next_due < :now""";

    private final JdbcClient jdbc;
    private final ContactChoices choices;
    private final Clock clock;

    OverdueNowFigures(JdbcClient jdbc, ContactChoices choices, Clock clock) {
        this.jdbc = jdbc;
        this.choices = choices;
        this.clock = clock;
    }

    /**
     * Every configured team (none late shows as nothing late), contacts no team holds, and any other team a contact is
     * allocated to; or only {@code team} ('' for no team) when one is given.
     */
    public OverdueNow now(String team) {
        var now = clock.instant();
        var sql = team == null ? jdbc.sql(COUNT + " GROUP BY 1")
                : jdbc.sql(COUNT + " AND coalesce(allocated_team, '') = :team GROUP BY 1").param("team", team);
        var counted = sql.param("now", Timestamp.from(now)).query((rs, row) -> new OverdueNowByTeam(
                rs.getString("team"), name(rs.getString("team")), rs.getInt("first_contact"),
                rs.getInt("crime_decision"), rs.getInt("grading"), rs.getInt("victim_update"), rs.getInt("reply"),
                rs.getInt("contacts"))).list();
        var teams = new LinkedHashMap<String, OverdueNowByTeam>();
        if (team == null) {
            choices.teams().forEach(t -> teams.put(t.code(), OverdueNowByTeam.none(t.code(), t.name())));
            teams.put("", OverdueNowByTeam.none("", null));
        } else {
            teams.put(team, OverdueNowByTeam.none(team, name(team)));
        }
        counted.forEach(c -> teams.put(c.team(), c));
        return new OverdueNow(now, new ArrayList<>(teams.values()));
    }

    private String name(String team) {
        return team.isEmpty() ? null : choices.teamName(team);
    }

    /** The teams' codes in the order configured, for a filter's choices. */
    public List<String> teams() {
        return choices.teamCodes();
    }
}
