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
    private final OverdueNowFigures overdue;
    private final QueueLevels queues;
    private final SubjectAccessFigures subjectAccess;

    ServiceLevelSection(ServiceLevelFigures levels, OverdueNowFigures overdue, QueueLevels queues,
                        SubjectAccessFigures subjectAccess) {
        this.levels = levels;
        this.overdue = overdue;
        this.queues = queues;
        this.subjectAccess = subjectAccess;
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
        tables.add(overdueNow(overdue.now(query.team()), texts));
        var relay = query.team() == null ? queues.between(QueueLevels.Queue.RELAY, query.from(), query.to()) : null;
        var chat = query.team() == null ? queues.between(QueueLevels.Queue.CHAT, query.from(), query.to()) : null;
        tables.add(waits(contactLevels, relay, chat, texts));
        if (viewer.forceWide() && query.team() == null) {
            tables.add(queues(relay, chat, texts));
            tables.add(subjectAccess(subjectAccess.between(query.from(), query.to()), texts));
        }
        return tables;
    }

    /** Open contacts past a deadline now, by the team holding them: whatever days are chosen, this is today. */
    private static FigureTable overdueNow(OverdueNow now, Texts texts) {
        var rows = now.teams().stream().map(team -> new Row(
                team.allocated() ? team.name() : texts.t("insight.filter.team.none"),
                List.of((double) team.contacts(), (double) team.firstContact(), (double) team.crimeDecision(),
                        (double) team.grading(), (double) team.update(), (double) team.reply()))).toList();
        return new FigureTable("overdue-now", texts.t("insight.levels.overdue-now"), texts.t("insight.filter.team"),
                List.of(new Column(texts.t("insight.heading.contacts"), Unit.COUNT),
                        new Column(texts.t("clock.first-contact"), Unit.COUNT),
                        new Column(texts.t("clock.crime-decision"), Unit.COUNT),
                        new Column(texts.t("clock.grading"), Unit.COUNT),
                        new Column(texts.t("clock.victim-update"), Unit.COUNT),
                        new Column(texts.t("clock.reply"), Unit.COUNT)),
                rows, texts.t("insight.none"), ChartKind.BARS);
    }

    /** How long people waited: for first contact, and (force-wide) for the relay and the chat to answer. */
    private static FigureTable waits(ServiceLevelFigures.Levels contacts, QueueLevels.Range relay,
                                     QueueLevels.Range chat, Texts texts) {
        var rows = new ArrayList<Row>();
        rows.add(new Row(texts.t("insight.levels.wait.first-contact"), Arrays.asList(seconds(contacts.averageFirstContact()))));
        if (relay != null) {
            rows.add(new Row(texts.t("insight.levels.wait.relay"), Arrays.asList(seconds(relay.total().averageWait()))));
            rows.add(new Row(texts.t("insight.levels.wait.chat"), Arrays.asList(seconds(chat.total().averageWait()))));
        }
        return new FigureTable("average-waits", texts.t("insight.levels.waits"), texts.t("insight.heading.wait"),
                List.of(new Column(texts.t("insight.heading.average"), Unit.SECONDS)), rows,
                texts.t("insight.levels.no-wait"), ChartKind.TABLE_ONLY);
    }

    private static FigureTable queues(QueueLevels.Range relay, QueueLevels.Range chat, Texts texts) {
        return new FigureTable("relay-and-chat", texts.t("insight.levels.queues"), texts.t("insight.heading.queue"),
                List.of(new Column(texts.t("insight.heading.answered-in-target"), Unit.PERCENT),
                        new Column(texts.t("insight.heading.offered"), Unit.COUNT),
                        new Column(texts.t("insight.heading.answered"), Unit.COUNT),
                        new Column(texts.t("insight.heading.answered-in-time"), Unit.COUNT),
                        new Column(texts.t("insight.heading.abandoned"), Unit.COUNT),
                        new Column(texts.t("insight.heading.abandoned-share"), Unit.PERCENT),
                        new Column(texts.t("insight.heading.average-wait"), Unit.SECONDS)),
                List.of(queueRow(texts.t("insight.levels.relay", relay.answerTarget().toSeconds()), relay.total()),
                        queueRow(texts.t("insight.levels.chat", chat.answerTarget().toSeconds()), chat.total())),
                texts.t("insight.none"), ChartKind.BARS);
    }

    private static Row queueRow(String label, QueueLevels.Levels levels) {
        return new Row(label, Arrays.asList(levels.percentInTime(), (double) levels.offered(),
                (double) levels.answered(), (double) levels.answeredInTime(), (double) levels.abandoned(),
                levels.percentAbandoned(), seconds(levels.averageWait())));
    }

    /** Subject access requests due in the days chosen: answered within the month the law allows, or not. */
    private static FigureTable subjectAccess(SubjectAccessFigures.Requests requests, Texts texts) {
        var counts = requests.total();
        return new FigureTable("subject-access", texts.t("insight.levels.subject-access"),
                texts.t("insight.heading.requests"),
                List.of(new Column(texts.t("insight.heading.requests-count"), Unit.COUNT)),
                List.of(new Row(texts.t("insight.levels.sar.on-time"), List.of((double) counts.answeredOnTime())),
                        new Row(texts.t("insight.levels.sar.late"), List.of((double) counts.answeredLate())),
                        new Row(texts.t("insight.levels.sar.overdue"), List.of((double) counts.openOverdue())),
                        new Row(texts.t("insight.levels.sar.not-yet-due"), List.of((double) counts.openNotYetDue())),
                        new Row(texts.t("insight.levels.sar.refused"), List.of((double) counts.refused()))),
                texts.t("insight.none"), ChartKind.BARS);
    }

    private static Double seconds(java.time.Duration wait) {
        return wait == null ? null : (double) wait.toSeconds();
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
