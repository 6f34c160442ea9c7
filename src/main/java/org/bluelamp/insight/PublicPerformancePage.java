package org.bluelamp.insight;

import org.bluelamp.insight.chart.ChartKind;
import org.bluelamp.insight.chart.FigureTable;
import org.bluelamp.insight.chart.FigureTable.Column;
import org.bluelamp.insight.chart.FigureTable.Row;
import org.bluelamp.insight.chart.FigureTable.Unit;
import org.bluelamp.insight.chart.FigureWords;
import org.bluelamp.platform.Texts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The public page's words and tables from the months' figures, with the small numbers hidden
 * ({@link PublicPerformanceSuppression}).
 *
 * @param months  a paragraph of plain words per month, newest first
 * @param figures the tables, each drawn as a chart, months oldest first
 */
public record PublicPerformancePage(List<MonthInWords> months, List<FigureTable> figures) {

    /** Online, by email, a BSL video message, live chat and Open311: reports with no one on a line. */
    static final Set<String> DIGITAL = Set.of("online", "email", "bsl-video-message", "webchat", "open311");

    /**
     * reporting.Channel's codes in its order, by name: the page reads them as data from the roll-up, so the
     * insight module need not depend on reporting for them.
     */
    static final List<String> KNOWN_CHANNELS = List.of("online", "phone", "in-person", "email", "video-relay",
            "bsl-video-message", "webchat", "open311");

    /** @param sentences each a whole sentence */
    public record MonthInWords(String month, List<String> sentences) {
    }

    static PublicPerformancePage of(List<PublicPerformanceMonth> counted, List<FigureTable> more, Texts texts) {
        List<String> channels = channels(counted);
        var shown = counted.stream()
                .map(month -> PublicPerformanceSuppression.month(month, channels, DIGITAL)).toList();
        var monthNames = counted.stream()
                .map(month -> DateTimeFormatter.ofPattern(texts.t("performance.month-pattern"), texts.locale())
                        .format(month.month())).toList();
        String fewer = texts.t("performance.fewer");
        String withheld = texts.t("performance.withheld");

        var receivedRows = new ArrayList<Row>();
        var shareRows = new ArrayList<Row>();
        var speedRows = new ArrayList<Row>();
        var satisfactionRows = new ArrayList<Row>();
        var words = new ArrayList<MonthInWords>();
        for (int i = 0; i < counted.size(); i++) {
            var month = counted.get(i);
            var hidden = shown.get(i);
            var values = new ArrayList<Double>();
            var missing = new ArrayList<String>();
            for (String channel : channels) {
                values.add(hidden.hides(channel) ? null : (double) month.received(channel));
                missing.add(hidden.withheld().contains(channel) ? withheld : null);
            }
            receivedRows.add(new Row(monthNames.get(i), values, missing));

            Double total = hidden.showsTotal() ? (double) month.total() : null;
            Double share = hidden.shareShown() ? PublicPerformanceSuppression.percent(digital(month), month.total())
                    : null;
            shareRows.add(new Row(monthNames.get(i), Arrays.asList(share, total),
                    Arrays.asList(hidden.totalSmall() ? null : withheld, hidden.totalWithheld() ? withheld : null)));

            Double inTime = PublicPerformanceSuppression.percent(month.firstContactInTime(), month.firstContactDue());
            Double average = month.firstContactMade() < PublicPerformanceSuppression.SMALLEST ? null
                    : (double) month.firstContactSeconds() / month.firstContactMade();
            speedRows.add(new Row(monthNames.get(i), Arrays.asList(inTime, average)));

            Double satisfied = PublicPerformanceSuppression.percent(month.satisfied(), month.answers());
            Double answers = month.answers() < PublicPerformanceSuppression.SMALLEST ? null : (double) month.answers();
            satisfactionRows.add(new Row(monthNames.get(i), Arrays.asList(satisfied, answers)));

            words.add(new MonthInWords(monthNames.get(i), sentences(monthNames.get(i), month, hidden, total, share,
                    inTime, average, satisfied, texts)));
        }
        Collections.reverse(words);

        String rowHeading = texts.t("performance.month");
        var figures = new ArrayList<FigureTable>();
        figures.add(new FigureTable("received-by-channel", texts.t("performance.received.title"), rowHeading,
                channels.stream().map(channel -> new Column(texts.t("contact.channel." + channel), Unit.COUNT))
                        .toList(), receivedRows, fewer, ChartKind.STACKED_COLUMNS));
        figures.add(new FigureTable("digital-share", texts.t("performance.share.title"), rowHeading,
                List.of(new Column(texts.t("performance.share.digital"), Unit.PERCENT),
                        new Column(texts.t("performance.share.total"), Unit.COUNT)),
                shareRows, fewer, ChartKind.LINES));
        figures.add(new FigureTable("first-contact", texts.t("performance.speed.title"), rowHeading,
                List.of(new Column(texts.t("performance.speed.in-time"), Unit.PERCENT),
                        new Column(texts.t("performance.speed.average"), Unit.SECONDS)),
                speedRows, fewer, ChartKind.LINES));
        figures.add(new FigureTable("satisfaction", texts.t("performance.satisfaction.title"), rowHeading,
                List.of(new Column(texts.t("performance.satisfaction.satisfied"), Unit.PERCENT),
                        new Column(texts.t("performance.satisfaction.answers"), Unit.COUNT)),
                satisfactionRows, fewer, ChartKind.LINES));
        figures.addAll(more);
        return new PublicPerformancePage(List.copyOf(words), List.copyOf(figures));
    }

    /**
     * The channels the page shows: those with a report in any of the months, in this order; a code not listed (a new
     * source) is left out of the page until it is added here with its words ({@code contact.channel.<code>}).
     */
    static List<String> channels(List<PublicPerformanceMonth> months) {
        return KNOWN_CHANNELS.stream()
                .filter(code -> months.stream().anyMatch(month -> month.received(code) > 0)).toList();
    }

    private static int digital(PublicPerformanceMonth month) {
        return month.received().entrySet().stream().filter(entry -> DIGITAL.contains(entry.getKey()))
                .mapToInt(entry -> entry.getValue()).sum();
    }

    private static List<String> sentences(String name, PublicPerformanceMonth month,
                                          PublicPerformanceSuppression.Shown hidden, Double total, Double share,
                                          Double inTime, Double average, Double satisfied, Texts texts) {
        var sentences = new ArrayList<String>();
        if (total != null) {
            sentences.add(texts.t("performance.words.received", name, FigureWords.of(total, Unit.COUNT, texts)));
        } else {
            sentences.add(texts.t(hidden.totalSmall() ? "performance.words.received.fewer"
                    : "performance.words.received.withheld", name));
        }
        if (share != null) {
            sentences.add(texts.t("performance.words.digital", FigureWords.of(share, Unit.PERCENT, texts)));
        }
        sentences.add(inTime == null ? texts.t("performance.words.in-time.fewer")
                : texts.t("performance.words.in-time", FigureWords.of(inTime, Unit.PERCENT, texts)));
        if (average != null) {
            sentences.add(texts.t("performance.words.average", FigureWords.of(average, Unit.SECONDS, texts)));
        }
        sentences.add(satisfied == null ? texts.t("performance.words.satisfied.fewer")
                : texts.t("performance.words.satisfied", FigureWords.of(satisfied, Unit.PERCENT, texts),
                FigureWords.of((double) month.answers(), Unit.COUNT, texts)));
        return sentences;
    }
}
