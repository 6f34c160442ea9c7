package org.bluelamp.tracking;

import org.bluelamp.platform.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts requests for a code per typed reference and per client address in fixed windows, in the database so that
 * every instance counts together. Applied before anything is looked up, so an existing and a made-up reference are
 * limited alike and the limit says nothing about either.
 */
@Repository
class RequestLimits {

    private final JdbcClient jdbc;
    private final TrackingProperties properties;
    private final Clock clock;

    RequestLimits(JdbcClient jdbc, TrackingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts this request; if it is one too many for the reference or the client, when they may try again. */
    @Transactional
    public Optional<Instant> refusedUntil(String reference, String clientAddress) {
        var windowStart = windowStart(clock.instant());
        int forReference = count("reference:" + SecretTokens.hash(reference), windowStart);
        int forClient = count("client:" + SecretTokens.hash(clientAddress), windowStart);
        if (forReference > properties.requestsPerReference() || forClient > properties.requestsPerClient()) {
            return Optional.of(windowStart.plus(properties.window()));
        }
        return Optional.empty();
    }

    private int count(String key, Instant windowStart) {
        return jdbc.sql("""
                        INSERT INTO tracking_request_count (key, window_start, requests) VALUES (:key, :start, 1)
                        ON CONFLICT (key, window_start) DO UPDATE SET requests = tracking_request_count.requests + 1
                        RETURNING requests""")
                .param("key", key).param("start", Timestamp.from(windowStart)).query(Integer.class).single();
    }

    private Instant windowStart(Instant now) {
        long length = properties.window().toMillis();
        return Instant.ofEpochMilli(now.toEpochMilli() / length * length);
    }

    /** Old windows are of no more use. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
    public void deleteOld() {
        jdbc.sql("DELETE FROM tracking_request_count WHERE window_start < :before")
                .param("before", Timestamp.from(clock.instant().minus(properties.window().multipliedBy(2)))).update();
    }
}
