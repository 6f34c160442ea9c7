package org.bluelamp.insight.chart;

import org.bluelamp.platform.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * One column per row (a period), its values stacked in column order from the bottom; the legend lists them from
 * the top down, in the order they are stacked from the top down, so it reads as the columns look.
 */
final class ColumnChart {

    private ColumnChart() {
    }

    static int draw(FigureTable table, Texts texts, Svg svg) {
        var unit = table.columns().getFirst().unit();
        double largest = table.rows().stream().mapToDouble(ColumnChart::total).max().orElse(0);
        var scale = SvgChart.scale(unit, largest);
        PeriodAxes.valueAxis(scale, unit, texts, svg);
        int count = table.rows().size();
        double slot = PeriodAxes.PLOT_WIDTH / (double) count;
        // gaps between columns while there is room for them; a year of days is a solid band
        double width = slot >= 4 ? slot * 0.7 : slot;
        String divider = slot >= 6 ? " stroke=\"#ffffff\" stroke-width=\"1\"" : "";
        for (int i = 0; i < count; i++) {
            var row = table.rows().get(i);
            double x = PeriodAxes.LEFT + i * slot + (slot - width) / 2;
            double below = 0;
            for (int column = 0; column < table.columns().size(); column++) {
                Double value = row.value(column);
                if (value == null || value <= 0) {
                    continue;
                }
                double top = PeriodAxes.y(scale, below + value);
                double bottom = PeriodAxes.y(scale, below);
                svg.rect(x, top, width, bottom - top, Svg.colour(column),
                        " class=\"bluelamp-chart__part\"" + divider);
                below += value;
            }
        }
        int height = PeriodAxes.periodLabels(table.rows(), i -> PeriodAxes.LEFT + (i + 0.5) * slot, svg);
        List<String> names = new ArrayList<>();
        table.columns().forEach(column -> names.addFirst(column.heading()));
        int columns = table.columns().size();
        int legend = PeriodAxes.legend(names, (i, y) -> svg.rect(PeriodAxes.legendX(), y, 20, 16,
                Svg.colour(columns - 1 - i), ""), svg);
        return Math.max(height, legend);
    }

    private static double total(FigureTable.Row row) {
        return row.values().stream().filter(v -> v != null && v > 0).mapToDouble(Double::doubleValue).sum();
    }
}
