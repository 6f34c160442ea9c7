package org.bluelamp.platform.monitoring;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Work waiting somewhere (callers in a queue, messages to translate, events to finish): how much, and how long the
 * oldest has waited, read by one query whose columns are {@code waiting} (a count) and {@code oldest} (a time).
 */
public record WaitingWork(FigureGauge waiting, FigureGauge oldestWait) {

    public void read(JdbcClient.StatementSpec query, Instant now) {
        query.query((RowCallbackHandler) rs -> {
            Timestamp oldest = rs.getTimestamp("oldest");
            waiting.set(rs.getLong("waiting"));
            oldestWait.set(FigureGauge.secondsSince(oldest == null ? null : oldest.toInstant(), now));
        });
    }
}
