package org.bluelamp.insight.chart;

import org.bluelamp.platform.Texts;

import java.util.List;

/**
 * A grid of rows by columns (days of the week by hours), each cell shaded by its count in one of five steps,
 * darker for more, with a legend of the steps' ranges below. Cells with no value are left white and outlined.
 */
final class HeatMap {

    /** From none to the most, light to dark; the darker three are 3:1 or more against white. */
    static final List<String> SHADES = List.of("#f3f2f1", "#b3cde4", "#5694ca", "#1d70b8", "#003078");
    private static final int LABELS = 110;
    private static final int ROW = 28;
    private static final int TOP = 24;
    private static final int MOST_ROWS = 31;

    private HeatMap() {
    }

    static int draw(FigureTable table, Texts texts, Svg svg) {
        var rows = table.rows().subList(0, Math.min(MOST_ROWS, table.rows().size()));
        int columns = table.columns().size();
        double cell = (Svg.WIDTH - LABELS - 10) / (double) columns;
        double largest = rows.stream().flatMap(row -> row.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        // at least 4, so each of the four steps holds a whole number
        var scale = Scale.upTo(Math.max(4, largest), true);
        int every = Math.max(1, (int) Math.ceil(columns * 24 / (double) (Svg.WIDTH - LABELS)));
        for (int column = 0; column < columns; column += every) {
            svg.text(LABELS + (column + 0.5) * cell, TOP - 8, "middle",
                    Svg.shortened(table.columns().get(column).heading(), 5), " font-size=\"12\"");
        }
        for (int r = 0; r < rows.size(); r++) {
            var row = rows.get(r);
            double y = TOP + r * ROW;
            svg.text(LABELS - 8, y + ROW / 2.0 + 5, "end", Svg.shortened(row.label(), 14), "");
            for (int column = 0; column < columns; column++) {
                Double value = row.value(column);
                svg.rect(LABELS + column * cell, y, cell, ROW, value == null ? "#ffffff" : SHADES.get(step(scale, value)),
                        value == null ? " class=\"bluelamp-chart__cell\" stroke=\"" + Svg.AXIS + "\""
                                : " class=\"bluelamp-chart__cell\" stroke=\"#ffffff\"");
            }
        }
        double legendY = TOP + rows.size() * ROW + 20;
        for (int step = 0; step < SHADES.size(); step++) {
            double x = LABELS + step * 110;
            svg.rect(x, legendY, 20, 16, SHADES.get(step), " stroke=\"" + Svg.AXIS + "\"");
            svg.text(x + 26, legendY + 13, "start", range(scale, step, texts), " font-size=\"12\"");
        }
        return (int) legendY + 30;
    }

    /** 0 for nothing; then four equal steps up to the scale's top. */
    static int step(Scale scale, double value) {
        if (value <= 0) {
            return 0;
        }
        return Math.min(4, Math.max(1, (int) Math.ceil(value / scale.top() * 4 - 1e-9)));
    }

    private static String range(Scale scale, int step, Texts texts) {
        if (step == 0) {
            return FigureWords.of(0.0, FigureTable.Unit.COUNT, texts);
        }
        double quarter = scale.top() / 4;
        long from = (long) Math.floor(quarter * (step - 1)) + 1;
        long to = (long) Math.floor(quarter * step);
        return from >= to ? FigureWords.of((double) to, FigureTable.Unit.COUNT, texts)
                : texts.t("figure.chart.range", FigureWords.of((double) from, FigureTable.Unit.COUNT, texts),
                FigureWords.of((double) to, FigureTable.Unit.COUNT, texts));
    }
}
