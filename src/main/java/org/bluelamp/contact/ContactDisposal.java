package org.bluelamp.contact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * A disposed contact: its questions to the reporter and their answers, its conversation with the reporter, its links
 * to other contacts (both ways), its timeline and assessments (append-only, removed only through the database's disposal function, V25), and itself.
 * What other modules filed under its reference goes after it, by their disposers.
 */
@Component
class ContactDisposal {

    private final JdbcClient jdbc;

    ContactDisposal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void dispose(String reference) {
        List<UUID> ids = jdbc.sql("SELECT id FROM contact WHERE reference = :ref").param("ref", reference)
                .query(UUID.class).list();
        for (UUID id : ids) {
            jdbc.sql("DELETE FROM information_request WHERE contact_id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM contact_message WHERE contact_id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM contact_link WHERE contact_id = :id OR linked_id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM evidence_link WHERE contact_id = :id").param("id", id).update();
            jdbc.sql("SELECT dispose_contact_history(:id)").param("id", id).query((rs, row) -> 1).list();
            jdbc.sql("DELETE FROM contact WHERE id = :id").param("id", id).update();
        }
    }
}
