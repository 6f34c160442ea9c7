package org.bluelamp.insight.chart;

/** How a {@link FigureTable} is drawn. Every kind also has the table of its numbers beside it. */
public enum ChartKind {
    /** One horizontal bar per row, from the first column (contacts by channel, by report type, by outcome). */
    BARS,
    /** Rows are periods in order (day, week, month); each column is a part of a stacked column (contacts by channel). */
    STACKED_COLUMNS,
    /** Rows are periods in order; each column is a line (digital share %, % within target over time). */
    LINES,
    /** Rows are the days of the week, columns the 24 hours: each cell shaded by its count. */
    HEAT_MAP,
    /** The table alone: figures that read better as numbers than as a picture. */
    TABLE_ONLY
}
