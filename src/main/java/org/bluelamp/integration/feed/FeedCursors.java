package org.bluelamp.integration.feed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

/** How far each client has acknowledged reading the feed (api_feed_cursor). */
@Repository
class FeedCursors {

    private final JdbcClient jdbc;
    private final Clock clock;

    FeedCursors(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The position the client acknowledged last; 0 if it never has. */
    long acknowledged(UUID client) {
        return jdbc.sql("SELECT position FROM api_feed_cursor WHERE client_id = :client").param("client", client)
                .query(Long.class).optional().orElse(0L);
    }

    /** Sets it, forward or back: a client may read again from an earlier position. */
    void acknowledge(UUID client, long position) {
        jdbc.sql("""
                        INSERT INTO api_feed_cursor (client_id, position, acknowledged_at) VALUES (:client, :position, :now)
                        ON CONFLICT (client_id) DO UPDATE SET position = excluded.position,
                                                              acknowledged_at = excluded.acknowledged_at""")
                .param("client", client).param("position", position).param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
