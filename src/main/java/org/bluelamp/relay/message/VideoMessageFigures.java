package org.bluelamp.relay.message;

import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.platform.monitoring.FigureGauge;
import org.bluelamp.platform.monitoring.RefreshedFigures;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/** BSL video messages waiting for an interpreter and the oldest one's wait, from the waiting messages' index (V24). */
@Component
class VideoMessageFigures implements RefreshedFigures {

    private final JdbcClient jdbc;
    private final FigureGauge waiting;
    private final FigureGauge oldestWait;

    VideoMessageFigures(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.waiting = FigureGauge.of(registry, "bluelamp.bsl.video.messages.waiting",
                "BSL video messages waiting for an interpreter to translate them");
        this.oldestWait = FigureGauge.seconds(registry, "bluelamp.bsl.video.messages.oldest.wait",
                "How long the oldest BSL video message still to translate has waited");
    }

    @Override
    public void refresh(Instant now) {
        jdbc.sql("""
                        SELECT count(*) AS waiting, min(received_at) AS oldest
                        FROM bsl_video_message WHERE translated_at IS NULL""")
                .query((RowCallbackHandler) rs -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    waiting.set(rs.getLong("waiting"));
                    oldestWait.set(FigureGauge.secondsSince(oldest == null ? null : oldest.toInstant(), now));
                });
    }
}
