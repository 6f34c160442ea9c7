package org.bluelamp.privacy.request;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A request's redactions and refusals. */
@Repository
class Withholdings {

    private final JdbcClient jdbc;
    private final Clock clock;

    Withholdings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void redact(UUID requestId, String text, LegalReason reason, String by) {
        jdbc.sql("""
                        INSERT INTO subject_access_redaction (id, request_id, text, reason_code, added_by, added_at)
                        VALUES (:id, :request, :text, :reason, :by, :now)""")
                .param("id", UUID.randomUUID()).param("request", requestId).param("text", text)
                .param("reason", reason.code()).param("by", by).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    List<Withholding> redactions(UUID requestId) {
        return jdbc.sql("SELECT * FROM subject_access_redaction WHERE request_id = :id ORDER BY added_at, id")
                .param("id", requestId)
                .query((rs, row) -> new Withholding(rs.getObject("id", UUID.class), rs.getString("text"),
                        rs.getString("reason_code"), false, null, rs.getString("added_by"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** Removes a redaction of the request; what it was, if there was one. */
    Optional<String> unredact(UUID requestId, UUID redactionId) {
        return jdbc.sql("DELETE FROM subject_access_redaction WHERE id = :id AND request_id = :request RETURNING text")
                .param("id", redactionId).param("request", requestId).query(String.class).optional();
    }

    void refuse(UUID requestId, boolean whole, String what, LegalReason reason, String note, String by) {
        jdbc.sql("""
                        INSERT INTO subject_access_refusal (id, request_id, whole, what, reason_code, note, refused_by,
                            refused_at)
                        VALUES (:id, :request, :whole, :what, :reason, :note, :by, :now)""")
                .param("id", UUID.randomUUID()).param("request", requestId).param("whole", whole).param("what", what)
                .param("reason", reason.code()).param("note", note).param("by", by)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    List<Withholding> refusals(UUID requestId) {
        return jdbc.sql("SELECT * FROM subject_access_refusal WHERE request_id = :id ORDER BY refused_at, id")
                .param("id", requestId)
                .query((rs, row) -> new Withholding(rs.getObject("id", UUID.class), rs.getString("what"),
                        rs.getString("reason_code"), rs.getBoolean("whole"), rs.getString("note"),
                        rs.getString("refused_by"), rs.getTimestamp("refused_at").toInstant()))
                .list();
    }
}
