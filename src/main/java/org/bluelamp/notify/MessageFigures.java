package org.bluelamp.notify;

import io.micrometer.core.instrument.MeterRegistry;
import org.bluelamp.platform.monitoring.FigureGauge;
import org.bluelamp.platform.monitoring.RefreshedFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Messages still to send, per channel, and how long the oldest one due has been due. Pending counts every message
 * not yet with the provider, those held on purpose included (an update gathering others, a text waiting for a time
 * the reporter said is safe); the oldest-unsent age counts only from when a message became due, so a held message
 * does not look late. One query over the rows still to send (V19's message_due index), never the sent history.
 * Failed messages are counted as they fail, in {@code bluelamp_messages_failed_total}.
 */
@Component
class MessageFigures implements RefreshedFigures {

    private final JdbcClient jdbc;
    private final FigureGauge pending;
    private final FigureGauge oldestUnsent;

    MessageFigures(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.pending = FigureGauge.of(registry, "bluelamp.messages.pending",
                "Emails and texts not yet handed to the provider, per channel").per("channel", "email", "sms");
        this.oldestUnsent = FigureGauge.seconds(registry, "bluelamp.messages.oldest.unsent",
                "How long the oldest message still to send has been due, per channel").per("channel", "email", "sms");
    }

    private record ChannelFigures(String channel, long pending, Instant oldestDue) {
    }

    @Override
    public void refresh(Instant now) {
        var rows = jdbc.sql("""
                        SELECT channel, count(*) AS pending,
                               min(GREATEST(created_at, not_before)) FILTER (WHERE not_before <= :now) AS oldest_due
                        FROM message WHERE status IN ('queued', 'sending')
                        GROUP BY channel""")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> {
                    Timestamp oldest = rs.getTimestamp("oldest_due");
                    return new ChannelFigures(rs.getString("channel"), rs.getLong("pending"),
                            oldest == null ? null : oldest.toInstant());
                })
                .list();
        Map<String, Long> counts = new HashMap<>();
        Map<String, Double> ages = new HashMap<>();
        for (var row : rows) {
            counts.put(row.channel(), row.pending());
            ages.put(row.channel(), FigureGauge.secondsSince(row.oldestDue(), now));
        }
        pending.setAll(counts);
        oldestUnsent.setAll(ages);
    }
}
