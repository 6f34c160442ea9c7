package org.bluelamp.platform.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Reads every module's figures from the database every half minute ({@code bluelamp.metrics.refresh-every}). Each
 * instance refreshes its own, so every instance's scrape shows the same figures (give or take a refresh); a scrape
 * itself runs no query. One module's failure (the database away) leaves its figures as they were and the others
 * still refresh; {@code bluelamp_figures_refreshed_seconds} says when the last full refresh finished.
 */
@Component
public class FiguresRefresh {

    private static final Logger log = LoggerFactory.getLogger(FiguresRefresh.class);

    private final List<RefreshedFigures> figures;
    private final Clock clock;
    private final FigureGauge refreshed;

    FiguresRefresh(List<RefreshedFigures> figures, Clock clock, MeterRegistry registry) {
        this.figures = figures;
        this.clock = clock;
        this.refreshed = FigureGauge.seconds(registry, "bluelamp.figures.refreshed",
                "When the control-room figures were last read from the database in full (UNIX time)");
    }

    /** Reads the figures now; tests call it rather than wait for the schedule. */
    @Scheduled(fixedDelayString = "${bluelamp.metrics.refresh-every:PT30S}", initialDelayString = "PT5S")
    public void refresh() {
        var now = clock.instant();
        boolean all = true;
        for (var each : figures) {
            try {
                each.refresh(now);
            } catch (RuntimeException e) {
                all = false;
                // The exception's class only: its message could carry SQL, never worth the risk in a log line.
                log.warn("Could not refresh the figures of {}: {}", each.getClass().getSimpleName(),
                        e.getClass().getSimpleName());
            }
        }
        if (all) {
            refreshed.set(now.toEpochMilli() / 1000.0);
        }
    }
}
