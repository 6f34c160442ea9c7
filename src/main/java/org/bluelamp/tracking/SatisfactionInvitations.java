package org.bluelamp.tracking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The one satisfaction question per contact (satisfaction_invitation, by the hash of its link's token) and the
 * answers, which name no one (satisfaction_answer).
 */
@Repository
class SatisfactionInvitations {

    private final JdbcClient jdbc;

    SatisfactionInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An invitation as its link finds it. */
    record Invitation(String serviceId, String channel, Instant expiresAt, Instant answeredAt) {

        boolean answered() {
            return answeredAt != null;
        }

        boolean expiredAt(Instant now) {
            return !expiresAt.isAfter(now);
        }
    }

    /** Says whether the contact is asked now: false if it was asked before (closed, reopened and closed again). */
    boolean invite(UUID contactId, String tokenHash, String serviceId, String channel, Instant at, Instant expiresAt) {
        return jdbc.sql("""
                        INSERT INTO satisfaction_invitation (contact_id, token_hash, service_id, channel, asked_at, expires_at)
                        VALUES (:contact, :hash, :service, :channel, :at, :expires)
                        ON CONFLICT (contact_id) DO NOTHING""")
                .param("contact", contactId).param("hash", tokenHash).param("service", serviceId)
                .param("channel", channel).param("at", Timestamp.from(at)).param("expires", Timestamp.from(expiresAt))
                .update() == 1;
    }

    Optional<Invitation> find(String tokenHash) {
        return jdbc.sql("""
                        SELECT service_id, channel, expires_at, answered_at FROM satisfaction_invitation
                        WHERE token_hash = :hash""")
                .param("hash", tokenHash)
                .query((rs, row) -> new Invitation(rs.getString("service_id"), rs.getString("channel"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant()))
                .optional();
    }

    /**
     * Marks the invitation answered if it is still open, in the caller's transaction: of two answers sent at once,
     * one claims it. Empty if it was answered already or has expired.
     */
    Optional<Invitation> claim(String tokenHash, Instant now) {
        return jdbc.sql("""
                        UPDATE satisfaction_invitation SET answered_at = :now
                        WHERE token_hash = :hash AND answered_at IS NULL AND expires_at > :now
                        RETURNING service_id, channel, expires_at, answered_at""")
                .param("hash", tokenHash).param("now", Timestamp.from(now))
                .query((rs, row) -> new Invitation(rs.getString("service_id"), rs.getString("channel"),
                        rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("answered_at").toInstant()))
                .optional();
    }

    void addAnswer(Invitation invitation, LocalDate month, SatisfactionAnswers answers) {
        jdbc.sql("""
                        INSERT INTO satisfaction_answer (id, service_id, channel, month, overall, easy, kept_informed, better)
                        VALUES (:id, :service, :channel, :month, :overall, :easy, :informed, :better)""")
                .param("id", UUID.randomUUID()).param("service", invitation.serviceId())
                .param("channel", invitation.channel()).param("month", month.withDayOfMonth(1))
                .param("overall", answers.overall()).param("easy", answers.easy())
                .param("informed", answers.keptInformed()).param("better", answers.better()).update();
    }

    /** Deletes answers given before this month; returns how many. */
    int deleteAnswersBefore(LocalDate month) {
        return jdbc.sql("DELETE FROM satisfaction_answer WHERE month < :month").param("month", month).update();
    }

    /** The invitation of a contact being disposed of (its answers name no one and stay until their time). */
    void dispose(String reference) {
        jdbc.sql("""
                        DELETE FROM satisfaction_invitation
                        WHERE contact_id IN (SELECT id FROM contact WHERE reference = :ref)""")
                .param("ref", reference).update();
    }
}
