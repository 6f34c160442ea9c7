package org.bluelamp.insight.chart;

import org.bluelamp.platform.Texts;

import java.util.List;

/**
 * A line per column over the periods, each in its own colour and dash, with a dot at each value while there is
 * room. Only the columns in the first column's unit are drawn (one scale per chart); the others are in the table.
 * A missing value breaks the line.
 */
final class LineChart {

    private static final List<String> DASHES = List.of("", "8 4", "2 4", "12 4 2 4");
    private static final int DOTS_UP_TO = 60;

    private LineChart() {
    }

    static List<FigureTable.Column> drawn(FigureTable table) {
        var unit = table.columns().getFirst().unit();
        return table.columns().stream().filter(column -> column.unit() == unit).toList();
    }

    static int draw(FigureTable table, Texts texts, Svg svg) {
        var unit = table.columns().getFirst().unit();
        double largest = 0;
        for (var row : table.rows()) {
            for (int column = 0; column < table.columns().size(); column++) {
                if (table.columns().get(column).unit() == unit && row.value(column) != null) {
                    largest = Math.max(largest, row.value(column));
                }
            }
        }
        var scale = SvgChart.scale(unit, largest);
        PeriodAxes.valueAxis(scale, unit, texts, svg);
        int count = table.rows().size();
        java.util.function.IntToDoubleFunction x = count == 1 ? i -> PeriodAxes.LEFT + PeriodAxes.PLOT_WIDTH / 2.0
                : i -> PeriodAxes.LEFT + 10 + i * (PeriodAxes.PLOT_WIDTH - 20) / (double) (count - 1);
        int series = 0;
        for (int column = 0; column < table.columns().size(); column++) {
            if (table.columns().get(column).unit() != unit) {
                continue;
            }
            String style = style(series);
            var points = new StringBuilder();
            for (int i = 0; i <= count; i++) {
                Double value = i < count ? table.rows().get(i).value(column) : null;
                if (value != null) {
                    points.append(points.isEmpty() ? "" : " ").append(Svg.number(x.applyAsDouble(i))).append(',')
                            .append(Svg.number(PeriodAxes.y(scale, value)));
                    boolean alone = (i == 0 || table.rows().get(i - 1).value(column) == null)
                            && (i == count - 1 || table.rows().get(i + 1).value(column) == null);
                    if (count <= DOTS_UP_TO || alone) {
                        svg.raw("<circle cx=\"" + Svg.number(x.applyAsDouble(i)) + "\" cy=\""
                                + Svg.number(PeriodAxes.y(scale, value)) + "\" r=\"4\" fill=\"" + Svg.colour(series)
                                + "\"/>");
                    }
                } else if (!points.isEmpty()) {
                    svg.raw("<polyline class=\"bluelamp-chart__line\" fill=\"none\" points=\"" + points + "\"" + style
                            + "/>");
                    points.setLength(0);
                }
            }
            series++;
        }
        int height = PeriodAxes.periodLabels(table.rows(), x, svg);
        var names = drawn(table).stream().map(FigureTable.Column::heading).toList();
        int legend = PeriodAxes.legend(names, (i, y) -> svg.raw("<line x1=\""
                + Svg.number(PeriodAxes.legendX()) + "\" y1=\"" + Svg.number(y + 8) + "\" x2=\""
                + Svg.number(PeriodAxes.legendX() + 24) + "\" y2=\"" + Svg.number(y + 8) + "\"" + style(i) + "/>"),
                svg);
        return Math.max(height, legend);
    }

    private static String style(int series) {
        String dash = DASHES.get(series % DASHES.size());
        return " stroke=\"" + Svg.colour(series) + "\" stroke-width=\"3\""
                + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
    }
}
