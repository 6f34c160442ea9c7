package org.bluelamp.insight.chart;

import org.bluelamp.platform.Texts;

import java.util.List;

/**
 * The frame of a chart over periods: the value axis on the left with its gridlines, the periods along the bottom
 * (slanted, and only every so many, when there are many) and the legend on the right.
 */
final class PeriodAxes {

    /** Room for the value axis's labels and for the first period's label when slanted. */
    static final int LEFT = 110;
    static final int TOP = 12;
    static final int PLOT_HEIGHT = 240;
    static final int LEGEND = 190;
    static final int PLOT_WIDTH = Svg.WIDTH - LEFT - LEGEND - 16;
    /** The most period labels written; the table has every one. */
    private static final int MOST_LABELS = 16;

    private PeriodAxes() {
    }

    /** The y of a value. */
    static double y(Scale scale, double value) {
        return TOP + PLOT_HEIGHT * (1 - scale.fraction(value));
    }

    static void valueAxis(Scale scale, FigureTable.Unit unit, Texts texts, Svg svg) {
        for (double tick : scale.ticks()) {
            double y = y(scale, tick);
            svg.line(LEFT, y, LEFT + PLOT_WIDTH, y, tick == 0 ? Svg.AXIS : Svg.GRID, "");
            svg.text(LEFT - 6, y + 5, "end", unit == FigureTable.Unit.PERCENT ? texts.t("figure.percent.whole", tick)
                    : FigureWords.of(tick, unit == FigureTable.Unit.SECONDS ? FigureTable.Unit.COUNT : unit, texts), "");
        }
    }

    /**
     * The periods' labels under the plot, centred on {@code x(i)}.
     *
     * @return the height of the whole chart, with the labels
     */
    static int periodLabels(List<FigureTable.Row> rows, java.util.function.IntToDoubleFunction x, Svg svg) {
        int every = Math.max(1, (int) Math.ceil(rows.size() / (double) MOST_LABELS));
        int longest = rows.stream().mapToInt(row -> row.label() == null ? 0 : row.label().length()).max().orElse(0);
        boolean slanted = rows.size() > 1 && Math.min(longest, 16) * 7.5 > PLOT_WIDTH / (rows.size() / (double) every);
        double base = TOP + PLOT_HEIGHT + 18;
        for (int i = 0; i < rows.size(); i += every) {
            String label = Svg.shortened(rows.get(i).label(), 16);
            if (slanted) {
                svg.text(x.applyAsDouble(i), base, "end", label, " transform=\"rotate(-40 "
                        + Svg.number(x.applyAsDouble(i)) + " " + Svg.number(base) + ")\"");
            } else {
                svg.text(x.applyAsDouble(i), base, "middle", label, "");
            }
        }
        return (int) base + (slanted ? 90 : 12);
    }

    /**
     * The legend, one entry a line from the top; each key drawn by {@code key} at its line.
     *
     * @return the height the legend needs
     */
    static int legend(List<String> names, java.util.function.BiConsumer<Integer, Double> key, Svg svg) {
        double x = LEFT + PLOT_WIDTH + 16;
        for (int i = 0; i < names.size(); i++) {
            double y = TOP + i * 24;
            key.accept(i, y);
            svg.text(x + 30, y + 12, "start", Svg.shortened(names.get(i), 20), "");
        }
        return TOP + names.size() * 24 + 8;
    }

    static double legendX() {
        return LEFT + PLOT_WIDTH + 16;
    }
}
