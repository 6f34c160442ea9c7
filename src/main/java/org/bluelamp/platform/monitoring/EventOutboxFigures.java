package org.bluelamp.platform.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The event outbox (Spring Modulith's event_publication): events a listener has not yet finished with, and the
 * oldest one's age. Finished events are deleted (completion-mode: delete), so the table holds only the work in hand.
 * A count that keeps growing, or an age past a few minutes, means a listener keeps failing: the outbox is stuck.
 */
@Component
class EventOutboxFigures implements RefreshedFigures {

    private final JdbcClient jdbc;
    private final WaitingWork publications;

    EventOutboxFigures(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.publications = new WaitingWork(FigureGauge.of(registry, "bluelamp.event.publications.incomplete",
                "Events published that a listener has not yet finished with"),
                FigureGauge.seconds(registry, "bluelamp.event.publications.oldest",
                        "How long ago the oldest unfinished event was published"));
    }

    @Override
    public void refresh(Instant now) {
        publications.read(jdbc.sql("""
                SELECT count(*) AS waiting, min(publication_date) AS oldest
                FROM event_publication WHERE completion_date IS NULL"""), now);
    }
}
