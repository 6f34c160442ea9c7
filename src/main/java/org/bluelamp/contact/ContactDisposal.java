package org.bluelamp.contact;

import org.bluelamp.platform.personaldata.RecordDisposer;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * A disposed contact: its questions to the reporter and their answers, its links to other contacts (both ways), its
 * timeline and assessments (append-only, removed only through the database's disposal function, V25), and itself.
 */
@Component
@Order(RecordDisposer.BEFORE_REPORTS)
class ContactDisposal implements RecordDisposer {

    private final JdbcClient jdbc;

    ContactDisposal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void dispose(String kind, String reference) {
        if (!kind.equals(ContactRetention.KIND)) {
            return;
        }
        List<UUID> ids = jdbc.sql("SELECT id FROM contact WHERE reference = :ref").param("ref", reference)
                .query(UUID.class).list();
        for (UUID id : ids) {
            jdbc.sql("DELETE FROM information_request WHERE contact_id = :id").param("id", id).update();
            jdbc.sql("DELETE FROM contact_link WHERE contact_id = :id OR linked_id = :id").param("id", id).update();
            jdbc.sql("SELECT dispose_contact_history(:id)").param("id", id).query((rs, row) -> 1).list();
            jdbc.sql("DELETE FROM contact WHERE id = :id").param("id", id).update();
        }
    }
}
