package org.bluelamp.insight;

import org.bluelamp.insight.chart.ChartKind;
import org.bluelamp.insight.chart.FigureTable;
import org.bluelamp.insight.chart.FigureTable.Column;
import org.bluelamp.insight.chart.FigureTable.Row;
import org.bluelamp.insight.chart.FigureTable.Unit;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.language.Language;
import org.bluelamp.reporting.ServiceTitles;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The online service: reports started against sent, by report type; the pages where people stopped; and what people
 * told us afterwards. From the drafts' own records (no tracking cookie) and the satisfaction answers; no team holds
 * these, so only the force-wide view has this page.
 */
@Component
class OnlineSection implements SectionFigures {

    /** The pages where most people stopped: enough to show where a journey loses people, few enough to read. */
    private static final int STOPS_SHOWN = 15;

    private final JourneyFigures journeys;
    private final SatisfactionFigures satisfaction;
    private final ServiceTitles titles;

    OnlineSection(JourneyFigures journeys, SatisfactionFigures satisfaction, ServiceTitles titles) {
        this.journeys = journeys;
        this.satisfaction = satisfaction;
        this.titles = titles;
    }

    @Override
    public InsightSection section() {
        return InsightSection.ONLINE;
    }

    @Override
    public List<FigureTable> tables(InsightQuery query, InsightViewer viewer, Texts texts) {
        var found = journeys.between(query.from(), query.to());
        var tables = new ArrayList<FigureTable>();
        tables.add(journeys(found, texts));
        tables.add(stops(found, texts));
        var answers = satisfaction.between(query.from(), query.to(), query.channel());
        answers.questions().forEach(question -> tables.add(satisfaction(question, texts)));
        return tables;
    }

    private FigureTable journeys(JourneyFigures.Journeys found, Texts texts) {
        var rows = new ArrayList<Row>(found.reportTypes().stream()
                .sorted(Comparator.comparingInt(JourneyFigures.ReportType::started).reversed())
                .map(type -> new Row(title(type.serviceId()), Arrays.asList((double) type.started(),
                        (double) type.sent(), (double) type.left(), (double) type.inProgress(),
                        type.completionRate()))).toList());
        if (!rows.isEmpty()) {
            rows.add(new Row(texts.t("insight.online.every-type"), Arrays.asList((double) found.started(),
                    (double) found.sent(), (double) found.left(), (double) found.inProgress(),
                    found.completionRate())));
        }
        return new FigureTable("journeys", texts.t("insight.online.journeys"), texts.t("insight.heading.report-type"),
                List.of(new Column(texts.t("insight.online.started"), Unit.COUNT),
                        new Column(texts.t("insight.online.sent"), Unit.COUNT),
                        new Column(texts.t("insight.online.left"), Unit.COUNT),
                        new Column(texts.t("insight.online.in-progress"), Unit.COUNT),
                        new Column(texts.t("insight.online.completion"), Unit.PERCENT)),
                rows, texts.t("insight.none"), ChartKind.BARS);
    }

    private FigureTable stops(JourneyFigures.Journeys found, Texts texts) {
        var rows = found.reportTypes().stream()
                .flatMap(type -> type.stoppedAt().stream().map(stop -> new Row(texts.t("insight.online.stop",
                        title(type.serviceId()), stop.question() == null ? texts.t("insight.online.stop.start")
                                : stop.question()), List.of((double) stop.left()))))
                .sorted(Comparator.comparing((Row row) -> row.values().getFirst()).reversed())
                .limit(STOPS_SHOWN).toList();
        return new FigureTable("where-people-stop", texts.t("insight.online.stops", STOPS_SHOWN),
                texts.t("insight.online.stop.heading"),
                List.of(new Column(texts.t("insight.online.left"), Unit.COUNT)), rows, texts.t("insight.none"),
                ChartKind.BARS);
    }

    private static FigureTable satisfaction(SatisfactionFigures.Answers answers, Texts texts) {
        int all = answers.answered();
        return new FigureTable("satisfaction-" + answers.question().name().toLowerCase().replace('_', '-'),
                texts.t(answers.question().messageKey()), texts.t("insight.online.answer"),
                List.of(new Column(texts.t("insight.online.people"), Unit.COUNT),
                        new Column(texts.t("insight.heading.share"), Unit.PERCENT)),
                answers.counts().stream().map(c -> new Row(texts.t(c.messageKey()),
                        Arrays.asList((double) c.people(), DemandSection.share(c.people(), all)))).toList(),
                texts.t("insight.none"), ChartKind.BARS);
    }

    private String title(String serviceId) {
        return titles.title(serviceId, Language.ENGLISH).orElse(serviceId);
    }
}
