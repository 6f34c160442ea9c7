package org.bluelamp.relay.message;

import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.platform.monitoring.FigureGauge;
import org.bluelamp.platform.monitoring.RefreshedFigures;
import org.bluelamp.platform.monitoring.WaitingWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** BSL video messages waiting for an interpreter and the oldest one's wait, from the waiting messages' index (V24). */
@Component
class VideoMessageFigures implements RefreshedFigures {

    private final JdbcClient jdbc;
    private final WaitingWork messages;

    VideoMessageFigures(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.messages = new WaitingWork(FigureGauge.of(registry, "bluelamp.bsl.video.messages.waiting",
                "BSL video messages waiting for an interpreter to translate them"),
                FigureGauge.seconds(registry, "bluelamp.bsl.video.messages.oldest.wait",
                        "How long the oldest BSL video message still to translate has waited"));
    }

    @Override
    public void refresh(Instant now) {
        messages.read(jdbc.sql("""
                SELECT count(*) AS waiting, min(received_at) AS oldest
                FROM bsl_video_message WHERE translated_at IS NULL"""), now);
    }
}
