package org.bluelamp.contact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Questions put to reporters and their answers. */
@Repository
class InformationRequests {

    private final JdbcClient jdbc;

    InformationRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID id, UUID contactId, String question, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO information_request (id, contact_id, question, requested_by, requested_at)
                        VALUES (:id, :contact, :question, :by, :at)""")
                .param("id", id).param("contact", contactId).param("question", question).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** Records the answer to a request still waiting for one; says whether there was such a request. */
    boolean answer(UUID id, UUID contactId, String answer, String how, String recordedBy, Instant at) {
        return jdbc.sql("""
                        UPDATE information_request SET answer = :answer, answered_how = :how, recorded_by = :by,
                                                       answered_at = :at
                        WHERE id = :id AND contact_id = :contact AND answer IS NULL""")
                .param("id", id).param("contact", contactId).param("answer", answer).param("how", how)
                .param("by", recordedBy).param("at", Timestamp.from(at)).update() == 1;
    }

    List<InformationRequest> of(UUID contactId) {
        return jdbc.sql("SELECT * FROM information_request WHERE contact_id = :contact ORDER BY requested_at")
                .param("contact", contactId)
                .query((rs, row) -> new InformationRequest(rs.getObject("id", UUID.class),
                        rs.getObject("contact_id", UUID.class), rs.getString("question"), rs.getString("requested_by"),
                        rs.getTimestamp("requested_at").toInstant(), rs.getString("answer"),
                        rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant(),
                        rs.getString("answered_how"), rs.getString("recorded_by")))
                .list();
    }
}
