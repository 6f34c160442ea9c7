package org.bluelamp.insight.chart;

import org.bluelamp.platform.Texts;

/** One horizontal bar per row from its first value, the row's label before it and the value written after it. */
final class BarChart {

    private static final int LABELS = 210;
    private static final int VALUES = 150;
    private static final int ROW = 32;
    private static final int BAR = 22;
    private static final int TOP = 8;

    private BarChart() {
    }

    /** @return the height drawn */
    static int draw(FigureTable table, Texts texts, Svg svg) {
        var unit = table.columns().getFirst().unit();
        double largest = table.rows().stream().map(row -> row.value(0)).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        var scale = SvgChart.scale(unit, largest);
        double room = Svg.WIDTH - LABELS - VALUES;
        int height = TOP * 2 + ROW * table.rows().size();
        svg.line(LABELS, TOP / 2.0, LABELS, height - TOP / 2.0, Svg.AXIS, "");
        int index = 0;
        for (var row : table.rows()) {
            double y = TOP + index * ROW;
            double middle = y + ROW / 2.0 + 5;
            svg.text(LABELS - 8, middle, "end", Svg.shortened(row.label(), 25), "");
            Double value = row.value(0);
            if (value == null) {
                svg.text(LABELS + 8, middle, "start", row.missing(0, table.missing()), " font-style=\"italic\"");
            } else {
                double width = value > 0 ? Math.max(1, scale.fraction(value) * room) : 0;
                svg.rect(LABELS, y + (ROW - BAR) / 2.0, width, BAR, Svg.COLOURS.getFirst(),
                        " class=\"bluelamp-chart__bar\"");
                svg.text(LABELS + width + 8, middle, "start", FigureWords.of(value, unit, texts), "");
            }
            index++;
        }
        return height;
    }
}
