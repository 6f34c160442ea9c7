package org.bluelamp.privacy.request;

import org.bluelamp.platform.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Released answers, found by the hash of their link's token. */
@Repository
class Releases {

    private final JdbcClient jdbc;

    Releases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Release r, String token) {
        jdbc.sql("""
                        INSERT INTO subject_access_release (id, request_id, token_hash, pdf_file_id, json_file_id,
                            released_by, released_at, expires_at)
                        VALUES (:id, :request, :hash, :pdf, :json, :by, :at, :expires)""")
                .param("id", r.id()).param("request", r.requestId()).param("hash", SecretTokens.hash(token))
                .param("pdf", r.pdfFileId()).param("json", r.jsonFileId()).param("by", r.releasedBy())
                .param("at", Timestamp.from(r.releasedAt())).param("expires", Timestamp.from(r.expiresAt()))
                .update();
    }

    Optional<Release> byToken(String token) {
        return jdbc.sql("SELECT * FROM subject_access_release WHERE token_hash = :hash")
                .param("hash", SecretTokens.hash(token)).query(Releases::release).optional();
    }

    /** The request's last release, if any. */
    Optional<Release> latest(UUID requestId) {
        var all = of(requestId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    List<Release> of(UUID requestId) {
        return jdbc.sql("SELECT * FROM subject_access_release WHERE request_id = :id ORDER BY released_at")
                .param("id", requestId).query(Releases::release).list();
    }

    void challenged(UUID releaseId, UUID challengeId) {
        jdbc.sql("UPDATE subject_access_release SET challenge_id = :challenge, codes_sent = codes_sent + 1 WHERE id = :id")
                .param("challenge", challengeId).param("id", releaseId).update();
    }

    /** The code was passed: the browser holding this token may download until then. */
    void opened(UUID releaseId, String openToken, Instant until) {
        jdbc.sql("UPDATE subject_access_release SET opened_token_hash = :hash, opened_until = :until WHERE id = :id")
                .param("hash", SecretTokens.hash(openToken)).param("until", Timestamp.from(until))
                .param("id", releaseId).update();
    }

    /** Leaving the site: the browser holding this token may download no more; the link still asks for a code. */
    void closeOpened(String openToken) {
        jdbc.sql("""
                        UPDATE subject_access_release SET opened_token_hash = NULL, opened_until = NULL
                        WHERE opened_token_hash = :hash""")
                .param("hash", SecretTokens.hash(openToken)).update();
    }

    void downloaded(UUID releaseId, Instant at) {
        jdbc.sql("UPDATE subject_access_release SET downloaded_at = COALESCE(downloaded_at, :at) WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", releaseId).update();
    }

    private static Release release(ResultSet rs, int row) throws SQLException {
        return new Release(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                rs.getObject("pdf_file_id", UUID.class), rs.getObject("json_file_id", UUID.class),
                rs.getString("released_by"), rs.getTimestamp("released_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), rs.getObject("challenge_id", UUID.class),
                rs.getInt("codes_sent"),
                rs.getString("opened_token_hash"), instant(rs, "opened_until"), instant(rs, "downloaded_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
