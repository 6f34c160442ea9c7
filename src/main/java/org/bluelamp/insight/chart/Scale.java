package org.bluelamp.insight.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart's value axis from 0 to a round number at or above the largest value, with ticks a round step apart
 * (1, 2, 2.5 or 5 times a power of ten; whole for counts), so the gridlines read 0, 250, 500, 750, 1,000 rather than 0, 247, 494.
 *
 * @param top  the value at the top (or far end) of the axis
 * @param step the distance between ticks
 */
record Scale(double top, double step) {

    /** About five ticks above 0; a scale of 0 to 1 when every value is 0 or none is given. */
    static Scale upTo(double largest, boolean whole) {
        if (!(largest > 0)) {
            return new Scale(whole ? 5 : 1, whole ? 1 : 0.2);
        }
        double step = roundStep(largest / 5, whole);
        return new Scale(Math.ceil(largest / step - 1e-9) * step, step);
    }

    /** 0 to 100 in steps of 20, for shares. */
    static Scale percent() {
        return new Scale(100, 20);
    }

    /** Where the value falls, from 0 at zero to 1 at the top. */
    double fraction(double value) {
        return Math.max(0, Math.min(1, value / top));
    }

    List<Double> ticks() {
        var ticks = new ArrayList<Double>();
        for (int i = 0; i * step <= top + step / 1000; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    private static double roundStep(double rough, boolean whole) {
        if (whole && rough <= 1) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double multiple : new double[] {1, 2, 2.5, 5}) {
            boolean fraction = whole && multiple * power != Math.floor(multiple * power);
            if (!fraction && multiple * power >= rough - 1e-9) {
                return multiple * power;
            }
        }
        return 10 * power;
    }
}
