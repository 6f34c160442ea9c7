package org.bluelamp.reporting.journey;

import org.bluelamp.platform.SecretTokens;
import org.bluelamp.platform.contactpoint.EmailAddress;
import org.bluelamp.platform.contactpoint.UkPhoneNumber;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Links that reopen drafts saved for later. The token in a link is 256 random bits; only its hash is kept, so the
 * table alone opens nothing. A link is deleted with its draft.
 */
@Repository
class ResumeLinks {

    private static final RowMapper<ResumeLink> LINK = (rs, row) -> new ResumeLink(rs.getObject("id", UUID.class),
            rs.getObject("draft_id", UUID.class), rs.getString("service_id"), rs.getObject("report_id") != null,
            rs.getTimestamp("expires_at").toInstant(), address(rs.getString("email"), rs.getString("phone")),
            rs.getObject("challenge_id", UUID.class), instant(rs.getTimestamp("code_sent_at")),
            instant(rs.getTimestamp("used_at")));

    private final JdbcClient jdbc;

    ResumeLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link's id and the token for its address. */
    record NewLink(UUID id, String token) {
    }

    NewLink add(UUID draftId, LinkAddress address, Instant now) {
        String token = SecretTokens.newToken();
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO draft_resume_link (id, token_hash, draft_id, email, phone, created_at)
                        VALUES (:id, :hash, :draft, :email, :phone, :now)""")
                .param("id", id).param("hash", SecretTokens.hash(token)).param("draft", draftId)
                .param("email", address.email() != null ? address.email().value() : null)
                .param("phone", address.mobile() != null ? address.mobile().e164() : null)
                .param("now", Timestamp.from(now)).update();
        return new NewLink(id, token);
    }

    /** The link with this token, if it exists; {@code lock} holds it until the transaction ends. */
    Optional<ResumeLink> find(String token, boolean lock) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT l.id, l.draft_id, l.email, l.phone, l.challenge_id, l.code_sent_at, l.used_at,
                               d.service_id, d.report_id, d.expires_at
                        FROM draft_resume_link l JOIN report_draft d ON d.id = l.draft_id
                        WHERE l.token_hash = :hash""" + (lock ? " FOR UPDATE OF l" : ""))
                .param("hash", SecretTokens.hash(token)).query(LINK).optional();
    }

    /** The link sent last for a draft. */
    Optional<ResumeLink> latestFor(UUID draftId) {
        return jdbc.sql("""
                        SELECT l.id, l.draft_id, l.email, l.phone, l.challenge_id, l.code_sent_at, l.used_at,
                               d.service_id, d.report_id, d.expires_at
                        FROM draft_resume_link l JOIN report_draft d ON d.id = l.draft_id
                        WHERE l.draft_id = :draft ORDER BY l.created_at DESC LIMIT 1""")
                .param("draft", draftId).query(LINK).optional();
    }

    void codeSent(UUID linkId, UUID challengeId, Instant at) {
        jdbc.sql("UPDATE draft_resume_link SET challenge_id = :challenge, code_sent_at = :at WHERE id = :id")
                .param("challenge", challengeId).param("at", Timestamp.from(at)).param("id", linkId).update();
    }

    void used(UUID linkId, Instant at) {
        jdbc.sql("UPDATE draft_resume_link SET used_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", linkId).update();
    }

    private static LinkAddress address(String email, String phone) {
        return email != null ? LinkAddress.email(EmailAddress.parse(email).orElseThrow())
                : LinkAddress.mobile(UkPhoneNumber.parse(phone).orElseThrow());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
