package org.bluelamp.relay;

import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.platform.monitoring.FigureGauge;
import org.bluelamp.platform.monitoring.RefreshedFigures;
import org.bluelamp.platform.monitoring.WaitingWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Deaf callers waiting for an interpreter and the longest wait, from the waiting calls' own index (V22). */
@Component
class RelayQueueFigures implements RefreshedFigures {

    private final JdbcClient jdbc;
    private final WaitingWork callers;

    RelayQueueFigures(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.callers = new WaitingWork(FigureGauge.of(registry, "bluelamp.relay.callers.waiting",
                "BSL video relay callers waiting for an interpreter"),
                FigureGauge.seconds(registry, "bluelamp.relay.longest.wait",
                        "How long the relay caller who has waited longest has waited"));
    }

    @Override
    public void refresh(Instant now) {
        callers.read(jdbc.sql(
                "SELECT count(*) AS waiting, min(queued_at) AS oldest FROM relay_call WHERE status = 'waiting'"), now);
    }
}
