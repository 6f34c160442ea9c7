package org.bluelamp.insight;

import org.bluelamp.platform.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How a period of figures over time is named in a chart and its table: a day, a week by its Monday (the column says
 * "Week beginning", so a chart's labels stay short), a month.
 */
final class PeriodLabels {

    private PeriodLabels() {
    }

    static String of(LocalDate start, Grouping grouping, Texts texts) {
        return switch (grouping) {
            case DAY -> texts.dates().dayAndDate(start);
            case WEEK -> texts.dates().date(start);
            case MONTH -> DateTimeFormatter.ofPattern("MMMM yyyy", texts.locale()).format(start);
        };
    }

    /** The heading of the periods' column. */
    static String heading(Grouping grouping, Texts texts) {
        return texts.t("insight.period." + grouping.name().toLowerCase() + ".heading");
    }
}
