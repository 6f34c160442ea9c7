package org.bluelamp.insight;

import org.bluelamp.reporting.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is late now, counted by hand: contacts of teams no other test uses, each with its clocks set around now, so a
 * team's row is exactly what is made here.
 */
@InsightTest
class OverdueNowFiguresTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    OverdueNowFigures overdue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void eachRunningClockPastItsDeadlineByTeam() {
        var now = clock.instant();
        var past = now.minus(HOUR);
        var future = now.plus(HOUR);
        var team = RepeatGroupsTest.unique("late-");
        var other = RepeatGroupsTest.unique("late-");
        // first contact late
        contact(team, "new", past, null, null, null, null, null, null);
        // first contact made late; crime decision and grading both late: one contact, two clocks
        contact(team, "in-progress", past, past, past, null, past, null, null);
        // allocated: the grading target no longer runs; the Victims' Code update is late
        contact(team, "allocated", past, past, null, null, past, past, null);
        // the reporter's message is waiting for a reply past its time
        contact(team, "awaiting-information", past, past, null, null, null, null, now.minusSeconds(60));
        // not late: closed, not yet due, or the crime decision made
        contact(team, "closed", past, null, past, null, past, past, past);
        contact(team, "new", future, null, future, null, future, future, future);
        contact(team, "in-progress", past, past, past, "recorded", null, null, null);
        contact(other, "new", past, null, null, null, null, null, null);

        assertThat(overdue.now(team).total().contacts()).as("none until counted").isZero();
        overdue.count();
        var all = overdue.now(null);
        assertThat(all.teams()).contains(
                new OverdueNowByTeam(team, team, 1, 1, 1, 1, 1, 4),
                new OverdueNowByTeam(other, other, 1, 0, 0, 0, 0, 1));
        assertThat(all.teams()).extracting(OverdueNowByTeam::team)
                .contains("response", "investigations", "").doesNotHaveDuplicates();
        assertThat(all.teams()).filteredOn(t -> t.team().equals("investigations"))
                .extracting(OverdueNowByTeam::name).containsExactly("Investigations");
        assertThat(all.teams()).filteredOn(t -> t.team().isEmpty()).singleElement()
                .satisfies(t -> assertThat(t.allocated()).isFalse())
                .satisfies(t -> assertThat(t.name()).isNull());

        var one = overdue.now(team);
        assertThat(one.teams()).containsExactly(new OverdueNowByTeam(team, team, 1, 1, 1, 1, 1, 4));
        assertThat(one.total()).isEqualTo(new OverdueNowByTeam("", null, 1, 1, 1, 1, 1, 4));
        assertThat(overdue.now(RepeatGroupsTest.unique("none-")).total().contacts()).isZero();
    }

    private void contact(String team, String status, Instant firstResponseDue, Instant firstContactAt,
                         Instant crimeDecisionDue, String crimeDecision, Instant gradingDue, Instant victimUpdateDue,
                         Instant replyDue) {
        var received = firstResponseDue.minus(Duration.ofHours(24));
        jdbc.sql("""
                        INSERT INTO contact (id, reference, channel, service_id, service_title, received_at,
                                             first_response_due, last_activity_at, allocated_team, status,
                                             first_contact_at, crime_decision_due, crime_decision, grading,
                                             grading_due, victim_update_due, reply_due)
                        VALUES (:id, :reference, 'online', 'crime', 'Report a crime', :received, :firstDue, :received,
                                :team, :status, :firstAt, :crimeDue, :crime, :grading, :gradingDue, :updateDue,
                                :replyDue)""")
                .param("id", UUID.randomUUID()).param("reference", Reference.random("OD", RANDOM).value())
                .param("received", Timestamp.from(received)).param("firstDue", Timestamp.from(firstResponseDue))
                .param("team", team).param("status", status).param("firstAt", at(firstContactAt))
                .param("crimeDue", at(crimeDecisionDue)).param("crime", crimeDecision)
                .param("grading", gradingDue == null ? null : "scheduled").param("gradingDue", at(gradingDue))
                .param("updateDue", at(victimUpdateDue)).param("replyDue", at(replyDue)).update();
    }

    private static Timestamp at(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
