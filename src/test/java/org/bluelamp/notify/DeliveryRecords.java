package org.bluelamp.notify;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Queues messages as a listener would, and reads back what the worker stored, for tests. */
@Component
class DeliveryRecords {

    record Stored(UUID id, String status, int attempts, Instant nextAttemptAt, String providerId,
                  String providerStatus, Instant sentAt, Instant deliveredAt, String lastError) {
    }

    record Attempt(int number, Instant at, String outcome, Integer httpStatus, String detail) {
    }

    private final MessageOutbox outbox;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DeliveryRecords(MessageOutbox outbox, JdbcClient jdbc, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Queues an email in a transaction of its own; returns its id. */
    UUID email(String key, Instant notBefore) {
        return queue(new NewMessage(key, "acknowledgement", MessageChannel.EMAIL, "sam@example.com",
                "We have your report", "Thank you.\nYour reference is LP-7K3-M9Q-TXC.", "LP-7K3-M9Q-TXC", notBefore));
    }

    UUID text(String key, Instant notBefore) {
        return queue(new NewMessage(key, "acknowledgement", MessageChannel.SMS, "+447700900123", null,
                "Thank you. Your reference is LP-7K3-M9Q-TXC.", "LP-7K3-M9Q-TXC", notBefore));
    }

    UUID queue(NewMessage message) {
        transactions.executeWithoutResult(status -> outbox.queue(message));
        return jdbc.sql("SELECT id FROM message WHERE dedupe_key = :key").param("key", message.dedupeKey())
                .query(UUID.class).single();
    }

    Stored find(UUID id) {
        return jdbc.sql("""
                        SELECT id, status, attempts, next_attempt_at, provider_id, provider_status, sent_at,
                               delivered_at, last_error
                        FROM message WHERE id = :id""")
                .param("id", id)
                .query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getString("status"),
                        rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")), rs.getString("provider_id"),
                        rs.getString("provider_status"), instant(rs.getTimestamp("sent_at")),
                        instant(rs.getTimestamp("delivered_at")), rs.getString("last_error")))
                .single();
    }

    List<Attempt> attempts(UUID id) {
        return jdbc.sql("SELECT number, at, outcome, http_status, detail FROM message_attempt WHERE message_id = :id "
                        + "ORDER BY number")
                .param("id", id)
                .query((rs, row) -> new Attempt(rs.getInt("number"), rs.getTimestamp("at").toInstant(),
                        rs.getString("outcome"), (Integer) rs.getObject("http_status"), rs.getString("detail")))
                .list();
    }

    /** Settles whatever earlier tests left to send, so each test's worker sees only its own messages. */
    void settleEverything() {
        jdbc.sql("UPDATE message SET status = 'failed', next_attempt_at = NULL, secrets = NULL WHERE status IN ('queued', 'sending')")
                .update();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
