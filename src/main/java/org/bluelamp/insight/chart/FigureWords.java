package org.bluelamp.insight.chart;

import org.bluelamp.platform.Texts;

import java.util.ArrayList;

/** A figure as a reader reads it, in the page's language: "1,234", "87.5%", "2 minutes and 5 seconds". */
public final class FigureWords {

    private FigureWords() {
    }

    /** The value written for its unit; null for null. */
    public static String of(Double value, FigureTable.Unit unit, Texts texts) {
        if (value == null) {
            return null;
        }
        return switch (unit) {
            case COUNT -> texts.t("figure.count", Math.round(value));
            case PERCENT -> texts.t("figure.percent", value);
            case SECONDS -> duration(Math.round(value), texts);
        };
    }

    /** A cell of the table: its value in words, or the words for its missing value. */
    public static String cell(FigureTable table, FigureTable.Row row, int column, Texts texts) {
        Double value = row.value(column);
        return value == null ? row.missing(column, table.missing())
                : of(value, table.columns().get(column).unit(), texts);
    }

    /**
     * Hours and minutes from an hour up, minutes and seconds under it, seconds under a minute: a waiting time is
     * read to the minute once it is long, and to the second while it is short.
     */
    static String duration(long seconds, Texts texts) {
        var parts = new ArrayList<String>();
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            parts.add(texts.t("how-long.hours", hours));
            if (minutes > 0) {
                parts.add(texts.t("how-long.minutes", minutes));
            }
        } else {
            if (minutes > 0) {
                parts.add(texts.t("how-long.minutes", minutes));
            }
            if (rest > 0 || minutes == 0) {
                parts.add(texts.t("figure.seconds", rest));
            }
        }
        return String.join(texts.t("how-long.and"), parts);
    }
}
