package org.bluelamp.insight;

import org.bluelamp.insight.chart.ChartKind;
import org.bluelamp.insight.chart.FigureTable;
import org.bluelamp.insight.chart.FigureTable.Column;
import org.bluelamp.insight.chart.FigureTable.Row;
import org.bluelamp.insight.chart.FigureTable.Unit;
import org.bluelamp.platform.Texts;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Outcomes: how the contacts received in the days chosen have ended so far, and who keeps coming back. */
@Component
class OutcomeSection implements SectionFigures {

    private final OutcomeFigures outcomes;
    private final RepeatGroups repeats;
    private final java.time.Clock clock;

    OutcomeSection(OutcomeFigures outcomes, RepeatGroups repeats, java.time.Clock clock) {
        this.outcomes = outcomes;
        this.repeats = repeats;
        this.clock = clock;
    }

    @Override
    public InsightSection section() {
        return InsightSection.OUTCOMES;
    }

    @Override
    public List<FigureTable> tables(InsightQuery query, InsightViewer viewer, Texts texts) {
        var ended = outcomes.outcomes(query.filter());
        var tables = new ArrayList<FigureTable>();
        tables.add(labelled("closed", ended.closed(), texts));
        tables.add(labelled("filed", ended.filed(), texts));
        tables.add(labelled("referred", ended.referred(), texts));
        // repeats are kept for the last year's days only (RepeatRefresh.KEPT)
        var today = java.time.LocalDate.now(clock.withZone(org.bluelamp.platform.LondonTime.ZONE));
        if (!query.to().isBefore(today.minusDays(RepeatsController.DAYS_BACK))) {
            tables.add(repeats(repeats.figures(repeatFilter(query)), texts));
        }
        return tables;
    }

    /** The 90 days ending on the last day chosen, for the same team and channel. */
    static RepeatFilter repeatFilter(InsightQuery query) {
        return new RepeatFilter(query.to(), query.team(), query.channel());
    }

    private static FigureTable repeats(RepeatFigures found, Texts texts) {
        return new FigureTable("repeats", texts.t("insight.outcomes.repeats", RepeatFilter.TIMES, RepeatFilter.DAYS,
                texts.dates().date(found.filter().from()), texts.dates().date(found.filter().to())),
                texts.t("insight.outcomes.repeats.heading"),
                List.of(new Column(texts.t("insight.outcomes.repeats.groups"), Unit.COUNT),
                        new Column(texts.t("insight.outcomes.repeats.contacts"), Unit.COUNT)),
                java.util.Arrays.stream(RepeatKind.values()).map(kind -> new Row(
                        texts.t("insight.outcomes.repeats." + kind.code()),
                        List.of((double) found.of(kind).groups(), (double) found.of(kind).contacts()))).toList(),
                texts.t("insight.none"), ChartKind.TABLE_ONLY);
    }

    private static FigureTable labelled(String kind, List<OutcomeFigures.LabelCount> counts, Texts texts) {
        return new FigureTable(kind, texts.t("insight.outcomes." + kind), texts.t("insight.outcomes." + kind + ".heading"),
                List.of(new Column(texts.t("insight.heading.contacts"), Unit.COUNT)),
                counts.stream().map(c -> new Row(c.label().isEmpty() ? texts.t("insight.outcomes.no-label") : c.label(),
                        List.of((double) c.contacts()))).toList(),
                texts.t("insight.none"), ChartKind.BARS);
    }
}
