package org.bluelamp.integration.feed;

import org.bluelamp.reporting.Reference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The feed as stored (api_event). Events are written one at a time, each taking the next position under one advisory
 * lock held until its transaction commits, so positions are given in commit order with no gaps: a reader never sees
 * position n+1 before n. An event written again (the outbox republishes what a listener did not finish) has the
 * same id and is not written twice.
 */
@Repository
public class FeedEvents {

    /** The one lock every writer of the feed takes. */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('api-feed', 0))";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    FeedEvents(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The id an event of a contact has whatever writes it, made from what makes it that event and no other.
     *
     * @param identity what tells it from the contact's other events of the kind, e.g. its instant
     */
    static UUID idOf(FeedKind kind, UUID contactId, Object... identity) {
        var name = new StringBuilder("bluelamp-feed|").append(kind.code()).append('|').append(contactId);
        for (Object part : identity) {
            name.append('|').append(part);
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the event at the next position unless it is written already or its contact has gone (disposed of
     * before the event was written); says whether it wrote it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean append(UUID eventId, FeedKind kind, UUID contactId, Reference reference, Instant occurredAt,
                   Map<String, Object> data) {
        jdbc.sql(LOCK).query((rs, row) -> 1).list();
        return jdbc.sql("""
                        WITH next AS (
                            SELECT greatest((SELECT coalesce(max(position), 0) FROM api_event),
                                            (SELECT coalesce(max(last_position), 0) FROM api_feed_head)) + 1 AS position),
                        written AS (
                            INSERT INTO api_event (position, event_id, kind, contact_id, reference, occurred_at,
                                                   recorded_at, data)
                            SELECT next.position, :id, :kind, :contact, :reference, :occurred, :recorded,
                                   CAST(:data AS jsonb)
                            FROM next WHERE EXISTS (SELECT 1 FROM contact WHERE id = :contact)
                            ON CONFLICT (event_id) DO NOTHING
                            RETURNING position)
                        INSERT INTO api_feed_head (id, last_position) SELECT 1, position FROM written
                        ON CONFLICT (id) DO UPDATE SET last_position = excluded.last_position""")
                .param("id", eventId).param("kind", kind.code()).param("contact", contactId)
                .param("reference", reference.value()).param("occurred", Timestamp.from(occurredAt))
                .param("recorded", Timestamp.from(clock.instant())).param("data", json.writeValueAsString(data))
                .update() == 1;
    }

    /** Up to {@code limit} events after the position, in order. */
    public List<FeedEvent> after(long position, int limit) {
        return jdbc.sql("SELECT * FROM api_event WHERE position > :after ORDER BY position LIMIT :limit")
                .param("after", position).param("limit", limit).query(this::event).list();
    }

    /** The last position given out; 0 before the first event. */
    public long latest() {
        return jdbc.sql("""
                        SELECT greatest((SELECT coalesce(max(position), 0) FROM api_event),
                                        (SELECT coalesce(max(last_position), 0) FROM api_feed_head))""")
                .query(Long.class).single();
    }

    /**
     * Deletes up to {@code batch} events written before the instant, oldest first; says how many. The head keeps the
     * last position given out, so the next event still follows it.
     */
    @Transactional
    int deleteWrittenBefore(Instant before, int batch) {
        return jdbc.sql("""
                        DELETE FROM api_event WHERE position IN (
                            SELECT position FROM api_event WHERE recorded_at < :before ORDER BY position LIMIT :batch)""")
                .param("before", Timestamp.from(before)).param("batch", batch).update();
    }

    private FeedEvent event(ResultSet rs, int row) throws SQLException {
        var kind = rs.getString("kind");
        return new FeedEvent(rs.getObject("event_id", UUID.class), rs.getLong("position"), "contact." + kind,
                rs.getTimestamp("occurred_at").toInstant(), FeedEvent.ContactLink.to(rs.getString("reference")),
                json.readTree(rs.getString("data")));
    }
}
