package org.bluelamp.insight;

import org.bluelamp.insight.chart.ChartKind;
import org.bluelamp.insight.chart.FigureTable;
import org.bluelamp.insight.chart.FigureTable.Column;
import org.bluelamp.insight.chart.FigureTable.Row;
import org.bluelamp.insight.chart.FigureTable.Unit;
import org.bluelamp.platform.Texts;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Demand: contacts by channel, over time, the digital share, by report type, and by hour of the week. */
@Component
class DemandSection implements SectionFigures {

    /** Twelve weeks: the heat map's longest reach. */
    static final int HEAT_MAP_DAYS = 84;

    private final DemandFigures demand;

    DemandSection(DemandFigures demand) {
        this.demand = demand;
    }

    @Override
    public InsightSection section() {
        return InsightSection.DEMAND;
    }

    @Override
    public List<FigureTable> tables(InsightQuery query, InsightViewer viewer, Texts texts) {
        var filter = query.filter();
        return List.of(byChannel(filter, texts), overTime(query, texts), digitalShare(query, texts),
                byReportType(filter, texts), byHour(query, texts));
    }

    private FigureTable byChannel(InsightFilter filter, Texts texts) {
        var counts = demand.byChannel(filter);
        long all = counts.stream().mapToLong(DemandFigures.ChannelCount::contacts).sum();
        return new FigureTable("contacts-by-channel", texts.t("insight.demand.by-channel"),
                texts.t("insight.heading.channel"),
                List.of(new Column(texts.t("insight.heading.contacts"), Unit.COUNT),
                        new Column(texts.t("insight.heading.share"), Unit.PERCENT)),
                counts.stream().map(c -> new Row(texts.t("contact.channel." + c.channel()),
                        List.of((double) c.contacts(), share(c.contacts(), all)))).toList(),
                texts.t("insight.none"), ChartKind.BARS);
    }

    private FigureTable overTime(InsightQuery query, Texts texts) {
        var figures = demand.overTime(query.filter(), query.per());
        return new FigureTable("contacts-over-time", texts.t("insight.demand.over-time"),
                PeriodLabels.heading(query.per(), texts),
                figures.channels().stream().map(c -> new Column(texts.t("contact.channel." + c), Unit.COUNT)).toList(),
                figures.periods().stream().map(p -> new Row(PeriodLabels.of(p.start(), query.per(), texts),
                        p.contacts().stream().map(Long::doubleValue).toList())).toList(),
                texts.t("insight.none"), ChartKind.STACKED_COLUMNS);
    }

    private FigureTable digitalShare(InsightQuery query, Texts texts) {
        return new FigureTable("digital-share", texts.t("insight.demand.digital-share"),
                PeriodLabels.heading(query.per(), texts),
                List.of(new Column(texts.t("insight.heading.digital-share"), Unit.PERCENT),
                        new Column(texts.t("insight.heading.digital"), Unit.COUNT),
                        new Column(texts.t("insight.heading.contacts"), Unit.COUNT)),
                demand.digitalShare(query.filter(), query.per()).stream()
                        .map(p -> new Row(PeriodLabels.of(p.start(), query.per(), texts),
                                java.util.Arrays.asList(p.percent(), (double) p.digital(), (double) p.all())))
                        .toList(),
                texts.t("insight.none"), ChartKind.LINES);
    }

    private FigureTable byReportType(InsightFilter filter, Texts texts) {
        return new FigureTable("contacts-by-report-type", texts.t("insight.demand.by-report-type"),
                texts.t("insight.heading.report-type"),
                List.of(new Column(texts.t("insight.heading.contacts"), Unit.COUNT)),
                demand.byService(filter).stream()
                        .map(s -> new Row(s.title(), List.of((double) s.contacts()))).toList(),
                texts.t("insight.none"), ChartKind.BARS);
    }

    /**
     * Rows Monday to Sunday, a column an hour (UK time): when in the week contacts come, over the last
     * {@value #HEAT_MAP_DAYS} days chosen at most. The shape of a week is what staff plan from, and a few recent weeks
     * show it; years of hours would be millions of rows to add up for every page.
     */
    private FigureTable byHour(InsightQuery query, Texts texts) {
        var first = query.days() > HEAT_MAP_DAYS ? query.to().minusDays(HEAT_MAP_DAYS - 1) : query.from();
        var filter = new InsightFilter(first, query.to(), query.team(), query.channel());
        var grid = new double[7][24];
        demand.byHourOfWeek(filter).forEach(c -> grid[c.dayOfWeek() - 1][c.hour()] += c.contacts());
        var rows = new ArrayList<Row>();
        for (var day : DayOfWeek.values()) {
            var counts = grid[day.getValue() - 1];
            rows.add(new Row(day.getDisplayName(TextStyle.FULL, texts.locale()),
                    IntStream.range(0, 24).mapToObj(hour -> counts[hour]).toList()));
        }
        var title = first.equals(query.from()) ? texts.t("insight.demand.by-hour")
                : texts.t("insight.demand.by-hour.recent", HEAT_MAP_DAYS / 7, texts.dates().date(first),
                texts.dates().date(query.to()));
        return new FigureTable("contacts-by-hour", title, texts.t("insight.heading.day"),
                IntStream.range(0, 24).mapToObj(hour -> new Column("%02d:00".formatted(hour), Unit.COUNT)).toList(),
                rows, texts.t("insight.none"), ChartKind.HEAT_MAP);
    }

    /** From 0 to 100; null when there is nothing to share. */
    static Double share(long part, long all) {
        return all == 0 ? null : 100.0 * part / all;
    }
}
