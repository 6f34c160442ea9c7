package org.bluelamp.insight.chart;

import org.bluelamp.platform.Texts;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A {@link FigureTable} drawn on the server as an SVG image with a title and a description in words, so a screen
 * reader says what the picture is and that its numbers are in the table after it (the table is always shown with
 * it). Scales come from the data; no script, no library, nothing a reader downloads.
 */
public final class SvgChart {

    /** The most rows drawn: a year of days; a longer range is grouped by week or month by whoever makes the table. */
    public static final int MOST_ROWS = 400;

    private SvgChart() {
    }

    /** Whether there is a picture to draw: a kind with one, some rows (not too many) and at least one value. */
    public static boolean draws(FigureTable table) {
        return table.chart() != ChartKind.TABLE_ONLY && !table.columns().isEmpty() && !table.rows().isEmpty()
                && table.rows().size() <= MOST_ROWS
                && table.rows().stream().anyMatch(row -> row.values().stream().anyMatch(Objects::nonNull));
    }

    /** The chart's markup, or an empty string when {@link #draws} says there is nothing to draw. */
    public static String of(FigureTable table, Texts texts) {
        if (!draws(table)) {
            return "";
        }
        var body = new Svg();
        int height = switch (table.chart()) {
            case BARS -> BarChart.draw(table, texts, body);
            case STACKED_COLUMNS -> ColumnChart.draw(table, texts, body);
            case LINES -> LineChart.draw(table, texts, body);
            case HEAT_MAP -> HeatMap.draw(table, texts, body);
            case TABLE_ONLY -> throw new IllegalStateException("a table alone has no chart");
        };
        String id = table.name();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bluelamp-chart\" viewBox=\"0 0 " + Svg.WIDTH + " "
                + height + "\" width=\"" + Svg.WIDTH + "\" height=\"" + height + "\" role=\"img\" aria-labelledby=\""
                + id + "-title " + id + "-desc\" focusable=\"false\" font-family=\"Arial, sans-serif\" font-size=\"14\">"
                + "<title id=\"" + id + "-title\">" + Svg.escape(table.title()) + "</title>"
                + "<desc id=\"" + id + "-desc\">" + Svg.escape(description(table, texts)) + "</desc>"
                + body + "</svg>";
    }

    /** What the picture shows, in words, ending with where its numbers are. */
    static String description(FigureTable table, Texts texts) {
        String what = switch (table.chart()) {
            case BARS -> texts.t("figure.chart.bars", table.title(), table.rows().size()) + largest(table, texts);
            case STACKED_COLUMNS -> texts.t("figure.chart.stacked", table.title(), table.rows().size(),
                    headings(table.columns()));
            case LINES -> texts.t("figure.chart.lines", table.title(), table.rows().size(),
                    headings(LineChart.drawn(table)));
            case HEAT_MAP -> texts.t("figure.chart.heat-map", table.title());
            case TABLE_ONLY -> "";
        };
        return what + " " + texts.t("figure.chart.numbers");
    }

    private static String headings(List<FigureTable.Column> columns) {
        return columns.stream().map(FigureTable.Column::heading).collect(Collectors.joining(", "));
    }

    private static String largest(FigureTable table, Texts texts) {
        return table.rows().stream().filter(row -> row.value(0) != null)
                .max((a, b) -> Double.compare(a.value(0), b.value(0)))
                .map(row -> " " + texts.t("figure.chart.largest", row.label(),
                        FigureWords.of(row.value(0), table.columns().getFirst().unit(), texts)))
                .orElse("");
    }

    /** The value scale of a column's unit: shares always 0 to 100. */
    static Scale scale(FigureTable.Unit unit, double largest) {
        return unit == FigureTable.Unit.PERCENT ? Scale.percent()
                : Scale.upTo(largest, unit == FigureTable.Unit.COUNT);
    }
}
