package org.bluelamp.insight.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of figures shown three ways: a chart drawn on the server, the same numbers in a table beside it, and a CSV
 * download. Headings and labels are words already in the reader's language.
 *
 * @param name       a short name, unique on its page (letters, digits and dashes): the CSV file's name and the ids of
 *                   the chart and the table
 * @param title      what the figures are: the table's caption and the chart's title
 * @param rowHeading the heading of the labels' column ("Channel", "Week beginning")
 * @param columns    the number columns
 * @param rows       one per label, each with one value per column; a value is null where there is none to give
 * @param missing    the words shown for a null value ("Fewer than 10", "None due")
 * @param chart      how the chart draws it
 */
public record FigureTable(String name, String title, String rowHeading, List<Column> columns, List<Row> rows,
                          String missing, ChartKind chart) {

    public FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** @param unit how its values are written and scaled */
    public record Column(String heading, Unit unit) {
    }

    /**
     * @param values  one per column, null where there is no value
     * @param missing per column, the words for its null value where they are not the table's ("Withheld" beside
     *                "Fewer than 10"); empty, or null entries, for the table's
     */
    public record Row(String label, List<Double> values, List<String> missing) {

        public Row {
            values = Collections.unmodifiableList(new ArrayList<>(values));
            missing = missing == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(missing));
        }

        public Row(String label, List<Double> values) {
            this(label, values, List.of());
        }

        /** The value in this column; null where there is none (or the row is short). */
        public Double value(int column) {
            return column < values.size() ? values.get(column) : null;
        }

        /** The words for this column's null value: its own, or else the table's. */
        public String missing(int column, String tables) {
            String own = column < missing.size() ? missing.get(column) : null;
            return own == null ? tables : own;
        }
    }

    public enum Unit {
        /** a whole number of things: 1,234 */
        COUNT,
        /** a share from 0 to 100: 87.5% */
        PERCENT,
        /** a length of time in seconds, written in words: 2 minutes 5 seconds */
        SECONDS
    }
}
