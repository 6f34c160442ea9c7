package org.bluelamp.insight;

import org.bluelamp.insight.chart.ChartKind;
import org.bluelamp.insight.chart.FigureTable;
import org.bluelamp.insight.chart.FigureTable.Column;
import org.bluelamp.insight.chart.FigureTable.Row;
import org.bluelamp.insight.chart.FigureTable.Unit;
import org.bluelamp.platform.Texts;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Service levels: each clock of the contacts received in the days chosen, met in time or not; what is overdue now,
 * by team; and for the force-wide view, the relay's and the chat's queues and subject access requests.
 */
@Component
class ServiceLevelSection implements SectionFigures {

    private final ServiceLevelFigures levels;

    ServiceLevelSection(ServiceLevelFigures levels) {
        this.levels = levels;
    }

    @Override
    public InsightSection section() {
        return InsightSection.SERVICE_LEVELS;
    }

    @Override
    public List<FigureTable> tables(InsightQuery query, InsightViewer viewer, Texts texts) {
        var tables = new ArrayList<FigureTable>();
        var contactLevels = levels.levels(query.filter());
        tables.add(clocks(contactLevels, texts));
        return tables;
    }

    private static FigureTable clocks(ServiceLevelFigures.Levels found, Texts texts) {
        var rows = new ArrayList<Row>(found.clocks().stream().map(c -> new Row(texts.t("insight.clock." + c.clock()),
                Arrays.asList(c.percentInTime(), (double) c.inTime(), (double) c.late(), (double) c.overdue())))
                .toList());
        return new FigureTable("clocks", texts.t("insight.levels.clocks"), texts.t("insight.heading.clock"),
                List.of(new Column(texts.t("insight.heading.in-time-share"), Unit.PERCENT),
                        new Column(texts.t("insight.heading.in-time"), Unit.COUNT),
                        new Column(texts.t("insight.heading.late"), Unit.COUNT),
                        new Column(texts.t("insight.heading.overdue"), Unit.COUNT)),
                rows, texts.t("insight.none-due"), ChartKind.BARS);
    }
}
