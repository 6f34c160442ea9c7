package org.bluelamp.integration.webhooks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** A client's webhook deliveries as admins read them: no event's contents, which are the feed's. */
@Component
class DeliveryLog {

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Page {@code page} (from 1) of the client's deliveries, or empty if there is no such client. */
    Optional<DeliveryLogPage> page(String client, int page, int size) {
        var found = jdbc.sql("""
                        SELECT c.id, c.client_id, c.name, w.url FROM api_client c
                        LEFT JOIN api_webhook w ON w.client_id = c.id
                        WHERE c.id::text = :client OR c.client_id = :client""")
                .param("client", client)
                .query((rs, row) -> new Object[]{rs.getObject("id", UUID.class), rs.getString("client_id"),
                        rs.getString("name"), rs.getString("url")})
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var id = (UUID) found.get()[0];
        long total = jdbc.sql("""
                        SELECT count(*) FROM (SELECT 1 FROM webhook_delivery WHERE client_id = :id LIMIT :upTo) d""")
                .param("id", id).param("upTo", DeliveryLogPage.COUNT_UP_TO).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int shown = Math.min(page, pages);
        var rows = jdbc.sql("""
                        SELECT d.event_id, e.kind, d.position, d.status, d.attempts, d.last_status_code, d.last_error,
                               d.next_attempt_at, d.delivered_at
                        FROM webhook_delivery d JOIN api_event e ON e.event_id = d.event_id
                        WHERE d.client_id = :id
                        ORDER BY d.position DESC
                        LIMIT :size OFFSET :offset""")
                .param("id", id).param("size", size).param("offset", (long) (shown - 1) * size)
                .query((rs, row) -> new DeliveryLogPage.Row(rs.getObject("event_id", UUID.class),
                        "contact." + rs.getString("kind"), rs.getLong("position"), rs.getString("status"),
                        rs.getInt("attempts"), (Integer) rs.getObject("last_status_code"), rs.getString("last_error"),
                        instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("delivered_at"))))
                .list();
        return Optional.of(new DeliveryLogPage((String) found.get()[2], (String) found.get()[1],
                (String) found.get()[3], rows, shown, pages, total, size));
    }

    private static java.time.Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
