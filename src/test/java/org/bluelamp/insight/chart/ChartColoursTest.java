package org.bluelamp.insight.chart;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** WCAG 1.4.11: each colour a chart draws data in stands out at least 3:1 from the white it is drawn on. */
class ChartColoursTest {

    @Test
    void everySeriesColourHasAContrastOfAtLeast3To1AgainstWhite() {
        for (String colour : Svg.COLOURS) {
            assertThat(contrastWithWhite(colour)).as(colour).isGreaterThanOrEqualTo(3.0);
        }
        assertThat(Svg.COLOURS).doesNotHaveDuplicates();
        assertThat(contrastWithWhite(Svg.AXIS)).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void theHeatMapsDarkerShadesStandOutAndEachIsDarkerThanTheLast() {
        for (String shade : HeatMap.SHADES.subList(2, 5)) {
            assertThat(contrastWithWhite(shade)).as(shade).isGreaterThanOrEqualTo(3.0);
        }
        for (int i = 1; i < HeatMap.SHADES.size(); i++) {
            assertThat(luminance(HeatMap.SHADES.get(i))).isLessThan(luminance(HeatMap.SHADES.get(i - 1)));
        }
    }

    static double contrastWithWhite(String colour) {
        return 1.05 / (luminance(colour) + 0.05);
    }

    private static double luminance(String colour) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double value = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
