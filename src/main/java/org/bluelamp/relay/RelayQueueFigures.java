package org.bluelamp.relay;

import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.platform.monitoring.FigureGauge;
import org.bluelamp.platform.monitoring.RefreshedFigures;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/** Deaf callers waiting for an interpreter and the longest wait, from the waiting calls' own index (V22). */
@Component
class RelayQueueFigures implements RefreshedFigures {

    private final JdbcClient jdbc;
    private final FigureGauge waiting;
    private final FigureGauge longestWait;

    RelayQueueFigures(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.waiting = FigureGauge.of(registry, "bluelamp.relay.callers.waiting",
                "BSL video relay callers waiting for an interpreter");
        this.longestWait = FigureGauge.seconds(registry, "bluelamp.relay.longest.wait",
                "How long the relay caller who has waited longest has waited");
    }

    @Override
    public void refresh(Instant now) {
        jdbc.sql("SELECT count(*) AS waiting, min(queued_at) AS oldest FROM relay_call WHERE status = 'waiting'")
                .query((RowCallbackHandler) rs -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    waiting.set(rs.getLong("waiting"));
                    longestWait.set(FigureGauge.secondsSince(oldest == null ? null : oldest.toInstant(), now));
                });
    }
}
