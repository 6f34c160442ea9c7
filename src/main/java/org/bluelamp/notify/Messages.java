package org.bluelamp.notify;

import org.bluelamp.reporting.Reference;
import org.bluelamp.contact.ContactNotes;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The message table: queued in the caller's transaction, then claimed and settled by the worker in short
 * transactions of its own, never open while a provider is called.
 */
@Repository
class Messages implements MessageOutbox {

    /** Why a message whose code or link expired was not sent; in our words, with nothing about the person. */
    static final String EXPIRED = "not sent: its code or link expired first, and has not been kept";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ContactNotes contactNotes;
    private final MessageTemplates templates;
    private final MessageSecrets secrets;
    private final FailedMessageCounter failures;

    Messages(JdbcClient jdbc, Clock clock, ContactNotes contactNotes, MessageTemplates templates,
             MessageSecrets secrets, FailedMessageCounter failures) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.contactNotes = contactNotes;
        this.templates = templates;
        this.secrets = secrets;
        this.failures = failures;
    }

    @Override
    @Transactional
    public boolean queue(NewMessage message) {
        var now = clock.instant();
        var notBefore = message.notBefore() == null ? now : message.notBefore();
        return jdbc.sql("""
                        INSERT INTO message (id, dedupe_key, kind, channel, recipient, subject, body, reference,
                                             created_at, not_before, status, next_attempt_at, secrets,
                                             secrets_expire_at, language)
                        VALUES (:id, :key, :kind, :channel, :recipient, :subject, :body, :reference,
                                :now, :notBefore, 'queued', :notBefore, :secrets, :secretsExpireAt, :language)
                        ON CONFLICT (dedupe_key) DO NOTHING""")
                .param("id", UUID.randomUUID()).param("key", message.dedupeKey()).param("kind", message.kind())
                .param("channel", code(message.channel())).param("recipient", message.recipient())
                .param("subject", message.subject()).param("body", message.body()).param("language", message.language())
                .param("reference", message.reference()).param("now", at(now)).param("notBefore", at(notBefore))
                .param("secrets", message.secrets().isEmpty() ? null
                        : secrets.seal(message.secrets(), message.dedupeKey()), Types.BINARY)
                .param("secretsExpireAt", message.secretsExpireAt() == null ? null : at(message.secretsExpireAt()),
                        Types.TIMESTAMP)
                .update() == 1;
    }

    /**
     * Fails every message still to send whose code or link has stopped working, and forgets its sealed secrets: it
     * would open nothing now, and nobody should keep it. A message a worker is sending (its lease still runs) is
     * left to that worker. The attempt is recorded as "expired".
     *
     * @return how many were failed
     */
    @Transactional
    int failExpiredSecrets(Instant now) {
        var failedPerChannel = jdbc.sql("""
                        WITH expired AS (
                            UPDATE message
                            SET status = 'failed', secrets = NULL, attempts = attempts + 1, next_attempt_at = NULL,
                                lease_until = NULL, last_error = :why
                            WHERE secrets IS NOT NULL AND secrets_expire_at <= :now
                              AND (status = 'queued' OR (status = 'sending' AND lease_until <= :now))
                            RETURNING id, attempts, channel),
                        recorded AS (
                            INSERT INTO message_attempt (message_id, number, at, outcome, detail)
                            SELECT id, attempts, :now, 'expired', :why FROM expired
                            ON CONFLICT (message_id, number) DO NOTHING)
                        SELECT channel, count(*) AS failed FROM expired GROUP BY channel""")
                .param("why", EXPIRED).param("now", at(now))
                .query((rs, row) -> {
                    failures.failed(rs.getString("channel"), rs.getLong("failed"));
                    return rs.getLong("failed");
                })
                .list();
        return (int) failedPerChannel.stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Takes up to {@code limit} due messages (queued and due, or sending with a lease that ran out) and leases them
     * until {@code leaseUntil}. Rows another worker holds are skipped, not waited for.
     */
    @Transactional
    List<ClaimedMessage> claim(Instant now, int limit, Instant leaseUntil) {
        return jdbc.sql("""
                        WITH due AS (SELECT id FROM message
                                     WHERE status IN ('queued', 'sending') AND next_attempt_at <= :now
                                     ORDER BY next_attempt_at
                                     LIMIT :limit
                                     FOR UPDATE SKIP LOCKED)
                        UPDATE message m
                        SET status = 'sending', attempts = m.attempts + 1, lease_until = :lease,
                            next_attempt_at = :lease,
                            check_before_sending = m.check_before_sending OR m.status = 'sending'
                        FROM due WHERE m.id = due.id
                        RETURNING m.id, m.channel, m.recipient, m.subject, m.body, m.attempts,
                                  GREATEST(m.created_at, m.not_before) AS due_since, m.check_before_sending,
                                  m.dedupe_key, m.secrets""")
                .param("now", at(now)).param("limit", limit).param("lease", at(leaseUntil))
                .query((rs, row) -> new ClaimedMessage(
                        new OutgoingMessage(rs.getObject("id", UUID.class), channel(rs.getString("channel")),
                                rs.getString("recipient"), rs.getString("subject"), rs.getString("body")),
                        rs.getInt("attempts"), rs.getTimestamp("due_since").toInstant(),
                        rs.getBoolean("check_before_sending"), rs.getString("dedupe_key"), rs.getBytes("secrets")))
                .list();
    }

    /** The provider has it: sent, or delivered too (the outbox). A receipt that came first is kept. */
    @Transactional
    void sent(ClaimedMessage claimed, SendResult.Sent result, String outcome, Instant now) {
        jdbc.sql("""
                        UPDATE message
                        SET status = CASE WHEN status IN ('delivered', 'failed') AND provider_status IS NOT NULL
                                          THEN status WHEN :delivered THEN 'delivered' ELSE 'sent' END,
                            provider_id = COALESCE(:providerId, provider_id), sent_at = :now,
                            delivered_at = CASE WHEN :delivered THEN :now ELSE delivered_at END,
                            next_attempt_at = NULL, lease_until = NULL, check_before_sending = FALSE,
                            last_error = NULL, secrets = NULL
                        WHERE id = :id AND attempts = :attempt""")
                .param("delivered", result.delivered()).param("providerId", result.providerId())
                .param("now", at(now)).param("id", claimed.message().id()).param("attempt", claimed.attempt())
                .update();
        attempt(claimed, now, outcome, result.httpStatus(), result.detail());
    }

    /** Not sent this time: queued again for {@code next}, asking the provider first if it may have it. */
    @Transactional
    void retry(ClaimedMessage claimed, String outcome, boolean checkFirst, Instant next, Integer httpStatus,
               String detail, Instant now) {
        jdbc.sql("""
                        UPDATE message
                        SET status = 'queued', next_attempt_at = :next, lease_until = NULL,
                            check_before_sending = :checkFirst, last_error = :detail
                        WHERE id = :id AND attempts = :attempt AND status = 'sending'""")
                .param("next", at(next)).param("checkFirst", checkFirst).param("detail", detail)
                .param("id", claimed.message().id()).param("attempt", claimed.attempt()).update();
        attempt(claimed, now, outcome, httpStatus, detail);
    }

    /** Given up: refused for good, or still not sent when the time to try ran out. */
    @Transactional
    void failed(ClaimedMessage claimed, String outcome, Integer httpStatus, String detail, Instant now) {
        jdbc.sql("""
                        UPDATE message
                        SET status = 'failed', next_attempt_at = NULL, lease_until = NULL, last_error = :detail,
                            secrets = NULL
                        WHERE id = :id AND attempts = :attempt AND status = 'sending'
                        RETURNING reference, kind, channel""")
                .param("detail", detail).param("id", claimed.message().id()).param("attempt", claimed.attempt())
                .query(Undelivered.ROW).optional().ifPresent(undelivered -> {
                    failures.failed(undelivered.channel(), 1);
                    tellWhoeverWorksTheContact(undelivered);
                });
        attempt(claimed, now, outcome, httpStatus, detail);
    }

    /** What a message that could not be delivered was, for the contact's timeline. */
    private record Undelivered(String reference, String kind, String channel) {
        static final RowMapper<Undelivered> ROW = (rs, row) ->
                new Undelivered(rs.getString("reference"), rs.getString("kind"), rs.getString("channel"));
    }

    private void tellWhoeverWorksTheContact(Undelivered message) {
        // The column holds other kinds of reference too (a subject access request's): only a report's has a contact.
        Reference.parse(message.reference()).ifPresent(reference -> contactNotes.undeliveredMessage(reference,
                templates.nameOf(message.kind()), "sms".equals(message.channel()) ? "text message" : "email"));
    }

    /**
     * A delivery receipt from the provider, found by our id (the reference the provider was given).
     *
     * @return whether there was such a message
     */
    @Transactional
    boolean receipt(UUID id, String providerId, String providerStatus, boolean delivered, boolean failed,
                    Instant now) {
        if (failed) {
            jdbc.sql("SELECT reference, kind, channel FROM message WHERE id = :id AND status <> 'failed' FOR UPDATE")
                    .param("id", id).query(Undelivered.ROW).optional().ifPresent(undelivered -> {
                        failures.failed(undelivered.channel(), 1);
                        tellWhoeverWorksTheContact(undelivered);
                    });
        }
        return jdbc.sql("""
                        UPDATE message
                        SET provider_status = :providerStatus, provider_id = COALESCE(provider_id, :providerId),
                            status = CASE WHEN :delivered THEN 'delivered' WHEN :failed THEN 'failed' ELSE status END,
                            delivered_at = CASE WHEN :delivered THEN :now ELSE delivered_at END,
                            last_error = CASE WHEN :failed THEN 'receipt: ' || :providerStatus ELSE last_error END,
                            secrets = CASE WHEN :delivered OR :failed THEN NULL ELSE secrets END
                        WHERE id = :id""")
                .param("providerStatus", providerStatus).param("providerId", providerId)
                .param("delivered", delivered).param("failed", failed).param("now", at(now)).param("id", id)
                .update() == 1;
    }

    private void attempt(ClaimedMessage claimed, Instant now, String outcome, Integer httpStatus, String detail) {
        jdbc.sql("""
                        INSERT INTO message_attempt (message_id, number, at, outcome, http_status, detail)
                        VALUES (:id, :number, :at, :outcome, :httpStatus, :detail)
                        ON CONFLICT (message_id, number) DO NOTHING""")
                .param("id", claimed.message().id()).param("number", claimed.attempt()).param("at", at(now))
                .param("outcome", outcome).param("httpStatus", httpStatus).param("detail", detail).update();
    }

    static String code(MessageChannel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }

    static MessageChannel channel(String code) {
        return MessageChannel.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
