package org.bluelamp.privacy.request;

import org.bluelamp.platform.files.DeleteAfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A disposed subject access request: what was found and chosen, its redactions, refusals and releases (with the
 * answer's files and any identity proof, deleted once the transaction commits), its timeline (append-only, removed
 * only through the database's disposal function, V27), and itself.
 */
@Component
class RequestDisposal {

    private final JdbcClient jdbc;
    private final DeleteAfterCommit files;

    RequestDisposal(JdbcClient jdbc, DeleteAfterCommit files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    void dispose(String reference) {
        var found = jdbc.sql("SELECT id, identity_file_id FROM subject_access_request WHERE reference = :ref")
                .param("ref", reference)
                .query((rs, row) -> new Found(rs.getObject("id", UUID.class),
                        rs.getObject("identity_file_id", UUID.class)))
                .optional();
        if (found.isEmpty()) {
            return;
        }
        UUID id = found.get().id();
        var fileIds = new ArrayList<UUID>(jdbc.sql("""
                        SELECT pdf_file_id FROM subject_access_release WHERE request_id = :id
                        UNION ALL SELECT json_file_id FROM subject_access_release WHERE request_id = :id""")
                .param("id", id).query(UUID.class).list());
        if (found.get().identityFile() != null) {
            fileIds.add(found.get().identityFile());
        }
        for (String table : List.of("subject_access_release", "subject_access_refusal", "subject_access_redaction",
                "subject_access_item")) {
            jdbc.sql("DELETE FROM " + table + " WHERE request_id = :id").param("id", id).update();
        }
        jdbc.sql("SELECT dispose_subject_access_history(:id)").param("id", id).query((rs, row) -> 1).list();
        jdbc.sql("DELETE FROM subject_access_request WHERE id = :id").param("id", id).update();
        files.delete(fileIds);
    }

    private record Found(UUID id, UUID identityFile) {
    }
}
