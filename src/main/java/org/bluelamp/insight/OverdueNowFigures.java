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
 * How many open contacts are past a deadline, by team and clock: the roll-ups say how a day's contacts fared, this
 * says what is late now. Counted with the figures ({@link #count}, by InsightRefresh) into insight_overdue_now, as a
 * large force has hundreds of thousands of open contacts to read; pages read that. The partial index
 * contact_open_by_next_due finds the open contacts whose soonest deadline has passed (every overdue one, as next_due
 * is the least running deadline); each clock is then checked as contact.ContactClocks runs it.
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

    /** Counts them again, as at now; the figures' refresh calls it in its own transaction. */
    @org.springframework.transaction.annotation.Transactional
    public void count() {
        var now = Timestamp.from(clock.instant());
        jdbc.sql("DELETE FROM insight_overdue_now").update();
        jdbc.sql("""
                        INSERT INTO insight_overdue_now (team, first_contact, crime_decision, grading, victim_update,
                                                         reply, contacts, counted_at)
                        SELECT team, first_contact, crime_decision, grading, victim_update, reply, contacts, :now
                        FROM (%s GROUP BY 1) counted""".formatted(COUNT))
                .param("now", now).update();
    }

    /**
     * Every configured team (none late shows as nothing late), contacts no team holds, and any other team a contact is
     * allocated to; or only {@code team} ('' for no team) when one is given. As at the last count.
     */
    public OverdueNow now(String team) {
        var now = jdbc.sql("SELECT max(counted_at) FROM insight_overdue_now").query(Timestamp.class).optional()
                .map(Timestamp::toInstant).orElseGet(clock::instant);
        var sql = team == null ? jdbc.sql("SELECT * FROM insight_overdue_now")
                : jdbc.sql("SELECT * FROM insight_overdue_now WHERE team = :team").param("team", team);
        var counted = sql.query((rs, row) -> new OverdueNowByTeam(
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
