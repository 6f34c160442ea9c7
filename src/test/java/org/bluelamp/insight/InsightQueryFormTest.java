package org.bluelamp.insight;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InsightQueryFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final InsightViewer ANALYST = new InsightViewer(true, null);
    private static final InsightViewer NORTH_SUPERVISOR = new InsightViewer(false, "north");
    private static final List<String> TEAMS = List.of("north", "south");
    private static final List<String> CHANNELS = List.of("online", "phone");

    private final InsightQueryForm.Mistakes mistakes = new InsightQueryForm.Mistakes((key, args) -> key);

    private java.util.Optional<InsightQuery> read(InsightViewer viewer, String from, String to, String team,
                                                  String channel, String per) {
        return InsightQueryForm.of(from, to, team, channel, per).read(viewer, TODAY, TEAMS, CHANNELS, mistakes);
    }

    @Test
    void withNothingChosenTheLast28DaysOfEveryTeamAndChannelAreShownByDay() {
        var query = read(ANALYST, null, null, null, null, null).orElseThrow();

        assertThat(query).isEqualTo(new InsightQuery(LocalDate.of(2026, 11, 9), TODAY, null, null,
                Grouping.DAY));
        assertThat(query.days()).isEqualTo(28);
    }

    @Test
    void datesAreReadAsTypedEitherWayAndALongRangeIsGroupedByWeekOrMonth() {
        assertThat(read(ANALYST, "1/1/2026", "2026-12-06", "", "", "").orElseThrow().per())
                .isEqualTo(Grouping.WEEK);
        assertThat(read(ANALYST, "1/1/2024", "6/12/2026", "", "", "").orElseThrow().per())
                .isEqualTo(Grouping.MONTH);
        assertThat(read(ANALYST, "1/11/2026", "30/11/2026", "", "", "month").orElseThrow().per())
                .isEqualTo(Grouping.MONTH);
    }

    @Test
    void aSupervisorIsHeldToTheirOwnTeamWhateverTheAddressSays() {
        assertThat(read(NORTH_SUPERVISOR, null, null, "south", null, null).orElseThrow().team()).isEqualTo("north");
        assertThat(read(ANALYST, null, null, "south", null, null).orElseThrow().team()).isEqualTo("south");
        assertThat(read(ANALYST, null, null, "none", null, null).orElseThrow().team()).isEmpty();
    }

    @Test
    void eachMistakeIsNamedBesideItsField() {
        assertThat(read(ANALYST, "31/2/2026", "yesterday", "nobody", "pigeon", "fortnight")).isEmpty();

        assertThat(mistakes.asFormErrors().all()).extracting(e -> e.fieldId() + ": " + e.text()).containsExactly(
                "from: insight.filter.from.not-a-date", "to: insight.filter.to.not-a-date",
                "team: insight.filter.team.unknown", "channel: insight.filter.channel.unknown");
    }

    @Test
    void theDatesMustBeInOrderInThePastAndNoMoreThanThreeYearsApart() {
        assertThat(mistakesOf("2/12/2026", "1/12/2026", null)).containsExactly("insight.filter.to.before-from");
        assertThat(mistakesOf("1/12/2026", "7/12/2026", null)).containsExactly("insight.filter.to.future");
        assertThat(mistakesOf("1/1/2020", "1/12/2026", null)).containsExactly("insight.filter.too-long");
        assertThat(mistakesOf("1/1/2025", "1/12/2026", "day")).containsExactly("insight.filter.per.too-many-days");
        assertThat(mistakesOf("2/12/2025", "1/12/2026", "day")).isEmpty();
    }

    private List<String> mistakesOf(String from, String to, String per) {
        var found = new InsightQueryForm.Mistakes((key, args) -> key);
        var query = InsightQueryForm.of(from, to, null, null, per).read(ANALYST, TODAY, TEAMS, CHANNELS, found);
        assertThat(query.isPresent()).isEqualTo(!found.any());
        return found.asFormErrors().all().stream().map(e -> e.text()).toList();
    }
}
