package org.bluelamp.integration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Each client's calls counted per minute in the database, so every instance limits a client together: one client
 * cannot take the service from the others, or make the force send or store without end. The limit is the client's
 * own ({@code api_client.requests_per_minute}, set by admins).
 */
@Service
public class ApiCallLimits {

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiCallLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one call; if it is one too many this minute, when the client may call again. */
    public Optional<Instant> take(ApiClient client) {
        var minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        boolean over = jdbc.sql("""
                        WITH counted AS (
                            INSERT INTO api_call_count (client_id, minute_start, calls) VALUES (:client, :minute, 1)
                            ON CONFLICT (client_id, minute_start) DO UPDATE SET calls = api_call_count.calls + 1
                            RETURNING calls)
                        SELECT counted.calls > c.requests_per_minute FROM counted, api_client c WHERE c.id = :client""")
                .param("client", client.id()).param("minute", Timestamp.from(minute))
                .query(Boolean.class).optional().orElse(true);
        return over ? Optional.of(minute.plus(1, ChronoUnit.MINUTES)) : Optional.empty();
    }

    /** Forgets the counts of minutes gone by. */
    public int sweep() {
        return jdbc.sql("DELETE FROM api_call_count WHERE minute_start < :before")
                .param("before", Timestamp.from(clock.instant().minus(2, ChronoUnit.MINUTES))).update();
    }
}
