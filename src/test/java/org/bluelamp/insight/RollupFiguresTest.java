package org.bluelamp.insight;

import com.zaxxer.hikari.HikariDataSource;
import org.bluelamp.DatabaseOwner;
import org.bluelamp.contact.ContactRecordKind;
import org.bluelamp.insight.DemandFigures.ChannelCount;
import org.bluelamp.insight.DemandFigures.DigitalShare;
import org.bluelamp.insight.DemandFigures.HourCount;
import org.bluelamp.insight.DemandFigures.Period;
import org.bluelamp.insight.DemandFigures.ServiceCount;
import org.bluelamp.insight.OutcomeFigures.LabelCount;
import org.bluelamp.insight.ServiceLevelFigures.ClockFigures;
import org.bluelamp.platform.personaldata.RetainedRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Six contacts over two UK days in summer (BST), counted by hand: one received at 00:30 on 1 July UK time, which is
 * still 30 June in UTC, so it proves the days are the UK's. Clocks are met through UPDATE statements, as the
 * application's own, so V51's trigger records them.
 */
@InsightTest
class RollupFiguresTest {

    private static final LocalDate A = LocalDate.of(2021, 6, 30);
    private static final LocalDate B = LocalDate.of(2021, 7, 1);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    InsightRefresh refresh;
    @Autowired
    DemandFigures demand;
    @Autowired
    ServiceLevelFigures levels;
    @Autowired
    OutcomeFigures outcomes;
    @Autowired
    List<RetainedRecords> retained;
    @Autowired
    HikariDataSource pool;

    private final RollupContacts contacts = new RollupContacts();

    @Test
    void countsTheContactsOfEachUkDayByHand() {
        var fixture = contacts.summer2021(jdbc);
        jdbc.sql("UPDATE insight_refresh SET activity_seen = NULL").update();
        List<LocalDate> counted = refresh.refresh();
        assertThat(counted).contains(A, B);
        assertThat(refresh.lastRefreshed()).isPresent();

        var both = new InsightFilter(A, B, null, null);
        assertThat(demand.byChannel(both)).containsExactly(new ChannelCount("online", 3),
                new ChannelCount("email", 1), new ChannelCount("phone", 1), new ChannelCount("webchat", 1));
        assertThat(demand.byChannel(new InsightFilter(B, B, null, null)))
                .containsExactly(new ChannelCount("online", 1), new ChannelCount("webchat", 1));
        assertThat(demand.byService(both)).containsExactly(new ServiceCount("crime", "Report a crime", 4),
                new ServiceCount("rollup-gone", "rollup-gone", 2));

        var byDay = demand.overTime(new InsightFilter(A.minusDays(1), B, null, null), Grouping.DAY);
        assertThat(byDay.channels()).containsExactly("email", "online", "phone", "webchat");
        assertThat(byDay.periods()).containsExactly(new Period(A.minusDays(1), List.of(0L, 0L, 0L, 0L)),
                new Period(A, List.of(1L, 2L, 1L, 0L)), new Period(B, List.of(0L, 1L, 0L, 1L)));
        assertThat(demand.overTime(both, Grouping.WEEK).periods())
                .containsExactly(new Period(LocalDate.of(2021, 6, 28), List.of(1L, 3L, 1L, 1L)));
        assertThat(demand.overTime(both, Grouping.MONTH).periods()).containsExactly(
                new Period(LocalDate.of(2021, 6, 1), List.of(1L, 2L, 1L, 0L)),
                new Period(LocalDate.of(2021, 7, 1), List.of(0L, 1L, 0L, 1L)));

        var hours = demand.byHourOfWeek(both);
        assertThat(hours).hasSize(168);
        assertThat(hours.stream().filter(h -> h.contacts() > 0)).containsExactly(new HourCount(3, 9, 1),
                new HourCount(3, 11, 1), new HourCount(3, 13, 1), new HourCount(3, 23, 1), new HourCount(4, 0, 1),
                new HourCount(4, 10, 1));

        var digital = demand.digitalShare(new InsightFilter(A.minusDays(1), B, null, null), Grouping.DAY);
        assertThat(digital).containsExactly(new DigitalShare(A.minusDays(1), 0, 0), new DigitalShare(A, 3, 4),
                new DigitalShare(B, 2, 2));
        assertThat(digital.get(0).percent()).isNull();
        assertThat(digital.get(1).percent()).isEqualTo(75.0);

        var all = levels.levels(both);
        assertThat(all.firstContact()).isEqualTo(new ClockFigures("first-contact", 3, 1, 1));
        assertThat(all.firstContact().percentInTime()).isEqualTo(60.0);
        assertThat(all.crimeDecision()).isEqualTo(new ClockFigures("crime-decision", 1, 1, 1));
        assertThat(all.grading()).isEqualTo(new ClockFigures("grading", 1, 1, 1));
        assertThat(all.victimUpdate()).isEqualTo(new ClockFigures("victim-update", 2, 1, 1));
        // 2 h, 3 h, 2 h and 30 minutes from receipt
        assertThat(all.averageFirstContact()).isEqualTo(Duration.ofSeconds(6750));

        var ended = outcomes.outcomes(both);
        assertThat(ended.closed()).containsExactly(new LabelCount("advice-given", 2));
        assertThat(ended.filed()).containsExactly(new LabelCount("duplicate", 1));
        assertThat(ended.referred()).containsExactly(new LabelCount("Victim First", 1));

        // Whole months are read from their own table, and the days either side from the days': the same figures.
        var wholeMonths = outcomes.outcomes(new InsightFilter(A.withDayOfMonth(1), B.withDayOfMonth(31), null, null));
        var monthAndDays = outcomes.outcomes(new InsightFilter(A.minusMonths(1).withDayOfMonth(20), B, null, null));
        assertThat(wholeMonths).isEqualTo(ended);
        assertThat(monthAndDays).isEqualTo(ended);
        assertThat(outcomes.outcomes(new InsightFilter(A.withDayOfMonth(1), B, "Rollup North", null)).referred())
                .containsExactly(new LabelCount("Victim First", 1));
        assertThat(outcomes.outcomes(new InsightFilter(B, B.withDayOfMonth(31), null, null)).closed())
                .as("July alone").containsExactly(new LabelCount("advice-given", 1));

        var north = new InsightFilter(A, B, "Rollup North", null);
        assertThat(demand.byChannel(north)).containsExactly(new ChannelCount("online", 2));
        assertThat(levels.levels(north).firstContact()).isEqualTo(new ClockFigures("first-contact", 2, 0, 0));
        assertThat(levels.levels(north).grading()).isEqualTo(new ClockFigures("grading", 0, 1, 0));
        assertThat(outcomes.outcomes(north).closed()).containsExactly(new LabelCount("advice-given", 1));
        assertThat(outcomes.outcomes(north).referred()).containsExactly(new LabelCount("Victim First", 1));
        var noTeam = new InsightFilter(A, B, "", null);
        assertThat(demand.byChannel(noTeam)).containsExactly(new ChannelCount("email", 1),
                new ChannelCount("online", 1), new ChannelCount("webchat", 1));

        var online = new InsightFilter(A, B, null, "online");
        assertThat(demand.byService(online)).containsExactly(new ServiceCount("crime", "Report a crime", 2),
                new ServiceCount("rollup-gone", "rollup-gone", 1));
        assertThat(demand.overTime(online, Grouping.DAY).periods())
                .containsExactly(new Period(A, List.of(2L)), new Period(B, List.of(1L)));
        assertThat(levels.levels(online).firstContact()).isEqualTo(new ClockFigures("first-contact", 2, 0, 0));
        assertThat(outcomes.outcomes(online).filed()).containsExactly(new LabelCount("duplicate", 1));

        assertThat(fixture).hasSize(6);
    }

    @Test
    void theTriggerRecordsEachClockMetWithItsDeadline() {
        var fixture = contacts.summer2021(jdbc);
        assertThat(deadlines(fixture.get("A2"))).containsExactly(
                "first-contact 2021-06-30T13:00:00Z 2021-06-30T15:00:00Z",
                "grading 2021-06-30T16:00:00Z 2021-06-30T15:30:00Z",
                "victim-update 2021-07-07T15:00:00Z 2021-07-10T12:00:00Z");
        assertThat(deadlines(fixture.get("B2"))).containsExactly(
                "first-contact 2021-07-02T09:00:00Z 2021-07-01T09:30:00Z",
                "crime-decision 2021-07-08T09:00:00Z 2021-07-02T09:00:00Z",
                "victim-update 2021-07-08T09:30:00Z 2021-07-02T09:00:00Z",
                "reply 2021-07-03T10:00:00Z 2021-07-02T12:00:00Z",
                "victim-update 2021-07-09T09:00:00Z 2021-07-05T10:00:00Z");
        assertThat(deadlines(fixture.get("B1"))).containsExactly(
                "first-contact 2021-07-01T23:30:00Z 2021-07-01T01:30:00Z",
                "grading 2021-07-01T02:00:00Z 2021-07-01T03:00:00Z");
        // filed straight from new: no grading was running, nobody was contacted
        assertThat(deadlines(fixture.get("A4"))).isEmpty();
    }

    @Test
    void deadlinesAreNeverChangedAndGoWithTheirContact() {
        UUID gone = RollupContacts.add(jdbc, "RU19-D1", "online", "crime", null, "2019-03-01T10:00:00Z",
                "2019-03-02T10:00:00Z", null, "new", null);
        RollupContacts.work(jdbc, gone, "2019-03-01T11:00:00Z", "first_contact_at = :at");
        assertThat(deadlines(gone)).containsExactly("first-contact 2019-03-02T10:00:00Z 2019-03-01T11:00:00Z");
        String rewrite = "UPDATE contact_deadline SET met_at = due WHERE contact_id = :id";
        assertThatThrownBy(() -> jdbc.sql(rewrite).param("id", gone).update())
                .rootCause().hasMessageContaining("permission denied for table contact_deadline");
        DatabaseOwner.use(pool, owner -> assertThatThrownBy(() -> owner.sql(rewrite).param("id", gone).update())
                .rootCause().hasMessageContaining("contact_deadline is append-only: UPDATE refused"));

        retained.stream().filter(records -> records.kind() == ContactRecordKind.CONTACT).findFirst().orElseThrow()
                .dispose("RU19-D1");
        assertThat(deadlines(gone)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM contact WHERE id = :id").param("id", gone).query(Long.class)
                .single()).isZero();
    }

    @Test
    void filtersAreBounded() {
        assertThatThrownBy(() -> new InsightFilter(B, A, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InsightFilter(A, A.plusYears(3).plusDays(1), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new InsightFilter(A, A.plusYears(3), null, " ").channel()).isNull();
    }

    private List<String> deadlines(UUID contact) {
        return jdbc.sql("SELECT clock, due, met_at FROM contact_deadline WHERE contact_id = :id ORDER BY met_at, clock")
                .param("id", contact)
                .query((rs, row) -> rs.getString(1) + " " + rs.getTimestamp(2).toInstant() + " "
                        + rs.getTimestamp(3).toInstant())
                .list();
    }
}
