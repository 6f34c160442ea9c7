package org.bluelamp.integration.webhooks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox of webhook calls: written from the feed by the fan-out, leased by workers, and settled with what the
 * receiver answered. Only clients that are approved, not disabled and still allowed to read contacts get calls.
 */
@Component
class WebhookDeliveries {

    /** Events are delivered for this long after they were recorded; then a delivery not yet made has failed. */
    static final Duration GIVE_UP_AFTER = Duration.ofHours(72);

    /** One event of the feed as a webhook carries it. */
    record Event(UUID eventId, long position, String kind, String reference, Instant occurredAt, Instant recordedAt,
                 String data) {
    }

    /** A delivery leased for this attempt: where to, with what secret, which event. */
    record Claimed(UUID id, UUID clientId, int attempt, String url, byte[] sealedSecret, Event event) {
        Instant giveUpAt() {
            return event.recordedAt().plus(GIVE_UP_AFTER);
        }
    }

    private static final String USABLE_CLIENT = """
            c.approved_at IS NOT NULL AND c.disabled_at IS NULL AND 'contacts:read' = ANY (c.scopes)""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    WebhookDeliveries(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Writes a delivery for each webhook's events after the position it has reached, up to {@code batch} events a
     * webhook, and moves it on in the same transaction: an event is written once per client, whoever runs this and
     * however often. Events older than {@link #GIVE_UP_AFTER} (a client disabled for days) are passed over. Returns
     * how many deliveries were written.
     */
    int fanOut(int batch, Instant now) {
        var clients = jdbc.sql("SELECT w.client_id FROM api_webhook w JOIN api_client c ON c.id = w.client_id WHERE "
                + USABLE_CLIENT).query(UUID.class).list();
        int written = 0;
        for (var client : clients) {
            Integer count = transactions.execute(status -> fanOut(client, batch, now));
            written += count == null ? 0 : count;
        }
        return written;
    }

    private int fanOut(UUID client, int batch, Instant now) {
        // The lock makes a second fan-out of the same webhook wait here and then read where this one left it.
        var from = jdbc.sql("SELECT fanned_out_to FROM api_webhook WHERE client_id = :client FOR UPDATE")
                .param("client", client).query(Long.class).optional();
        if (from.isEmpty()) {
            return 0;
        }
        // Positions are given out in commit order with none skipped, so reading after "from" misses nothing.
        var reached = jdbc.sql("""
                        WITH batch AS (SELECT event_id, position, recorded_at FROM api_event
                                       WHERE position > :from ORDER BY position LIMIT :batch),
                             written AS (INSERT INTO webhook_delivery (id, client_id, event_id, position, status,
                                                                       next_attempt_at, created_at)
                                         SELECT gen_random_uuid(), :client, event_id, position, 'pending', :now, :now
                                         FROM batch WHERE recorded_at > :oldest
                                         ON CONFLICT (client_id, event_id) DO NOTHING
                                         RETURNING 1)
                        SELECT (SELECT max(position) FROM batch) AS reached, (SELECT count(*) FROM written) AS written""")
                .param("from", from.get()).param("batch", batch).param("client", client)
                .param("now", at(now)).param("oldest", at(now.minus(GIVE_UP_AFTER)))
                .query((rs, row) -> new long[]{rs.getLong("reached"), rs.getLong("written")}).single();
        if (reached[0] > from.get()) {
            jdbc.sql("UPDATE api_webhook SET fanned_out_to = :reached WHERE client_id = :client")
                    .param("reached", reached[0]).param("client", client).update();
        }
        return (int) reached[1];
    }

    /**
     * Leases up to {@code limit} due deliveries until {@code leaseUntil} and counts the attempt. Rows another worker
     * holds are skipped, not waited for; a lease that runs out (a worker that died) makes its row due again.
     */
    List<Claimed> claim(Instant now, int limit, Instant leaseUntil) {
        return transactions.execute(status -> jdbc.sql("""
                        WITH due AS (SELECT d.id FROM webhook_delivery d JOIN api_client c ON c.id = d.client_id
                                     WHERE d.status = 'pending' AND d.next_attempt_at <= :now AND %s
                                     ORDER BY d.next_attempt_at
                                     LIMIT :limit
                                     FOR UPDATE OF d SKIP LOCKED)
                        UPDATE webhook_delivery d
                        SET attempts = d.attempts + 1, next_attempt_at = :lease, leased_until = :lease
                        FROM due, api_webhook w, api_event e
                        WHERE d.id = due.id AND w.client_id = d.client_id AND e.event_id = d.event_id
                        RETURNING d.id, d.client_id, d.attempts, w.url, w.secret, e.event_id, e.position, e.kind,
                                  e.reference, e.occurred_at, e.recorded_at, e.data::text AS data""".formatted(USABLE_CLIENT))
                .param("now", at(now)).param("limit", limit).param("lease", at(leaseUntil))
                .query((rs, row) -> new Claimed(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                        rs.getInt("attempts"), rs.getString("url"), rs.getBytes("secret"),
                        new Event(rs.getObject("event_id", UUID.class), rs.getLong("position"), rs.getString("kind"),
                                rs.getString("reference"), rs.getTimestamp("occurred_at").toInstant(),
                                rs.getTimestamp("recorded_at").toInstant(), rs.getString("data"))))
                .list());
    }

    /** The receiver took it: never sent again. */
    boolean delivered(Claimed claimed, int statusCode, Instant now) {
        return settle(claimed, """
                status = 'delivered', delivered_at = :now, next_attempt_at = NULL, last_status_code = :code,
                last_error = NULL""", Map.of("now", at(now), "code", statusCode));
    }

    /** Not taken this time: again at {@code next}. */
    boolean retry(Claimed claimed, Integer statusCode, String error, Instant next) {
        return settle(claimed, "next_attempt_at = :next, last_status_code = :code, last_error = :error",
                params(statusCode, error, Map.of("next", at(next))));
    }

    /** Not taken in time, or never can be: tried no more. */
    boolean failed(Claimed claimed, Integer statusCode, String error) {
        return settle(claimed, "status = 'failed', next_attempt_at = NULL, last_status_code = :code, last_error = :error",
                params(statusCode, error, Map.of()));
    }

    /** How many deliveries are waiting to be made, in all. */
    long pending() {
        return jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE status = 'pending'").query(Long.class).single();
    }

    // Only the attempt that holds the lease settles it: a worker whose lease ran out and was taken over does not.
    private boolean settle(Claimed claimed, String set, Map<String, ?> values) {
        var sql = jdbc.sql("UPDATE webhook_delivery SET " + set + ", leased_until = NULL "
                        + "WHERE id = :id AND attempts = :attempt AND status = 'pending'")
                .param("id", claimed.id()).param("attempt", claimed.attempt());
        for (var value : values.entrySet()) {
            sql = sql.param(value.getKey(), value.getValue());
        }
        return sql.update() == 1;
    }

    private static Map<String, Object> params(Integer statusCode, String error, Map<String, Object> more) {
        var all = new java.util.HashMap<String, Object>(more);
        all.put("code", statusCode);
        all.put("error", error == null ? null : error.length() > 300 ? error.substring(0, 300) : error);
        return all;
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
