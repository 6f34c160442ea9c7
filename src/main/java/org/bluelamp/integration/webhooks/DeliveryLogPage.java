package org.bluelamp.integration.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A page of a client's webhook deliveries, newest event first, for admins.
 *
 * @param url   the webhook's address, or null if the client has none now
 * @param total how many deliveries there are, counted up to {@link #COUNT_UP_TO}
 */
public record DeliveryLogPage(String clientName, String clientId, String url, List<Row> rows, int page, int pages,
                              long total, int size) {

    /** Counting stops here: the newest are what an admin looks at. */
    public static final int COUNT_UP_TO = 10_000;

    /** One delivery: which event, and what became of it. */
    public record Row(UUID eventId, String type, long position, String status, int attempts, Integer lastStatusCode,
                      String lastError, Instant nextAttemptAt, Instant deliveredAt) {
    }

    public String totalShown() {
        return total >= COUNT_UP_TO ? "%,d+".formatted(COUNT_UP_TO) : "%,d".formatted(total);
    }

    public long first() {
        return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return first() + rows.size() - 1;
    }
}
