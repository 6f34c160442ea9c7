package org.bluelamp.platform.monitoring;

import java.time.Instant;

/**
 * A module's control-room figures: a few aggregate queries over its open work, run by {@link FiguresRefresh} every
 * half minute in each instance, whose results the module's {@link FigureGauge}s hold for Prometheus to read.
 */
public interface RefreshedFigures {

    /** Reads the figures as they are at {@code now} and sets the gauges. */
    void refresh(Instant now);
}
