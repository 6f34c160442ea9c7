package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Links between contacts, stored both ways round so either contact lists the other. */
@Repository
class ContactLinks {

    private final JdbcClient jdbc;

    ContactLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Links the two unless they already are; says whether a link was made. */
    boolean link(UUID one, UUID other, String kind, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO contact_link (contact_id, linked_id, kind, linked_by, linked_at)
                        VALUES (:one, :other, :kind, :by, :at), (:other, :one, :kind, :by, :at)
                        ON CONFLICT DO NOTHING""")
                .param("one", one).param("other", other).param("kind", kind).param("by", by)
                .param("at", Timestamp.from(at)).update() > 0;
    }

    /** The contacts linked to this one that the scope allows the reader to see. */
    List<LinkedContact> of(UUID contactId, ContactScope scope) {
        var sql = jdbc.sql("""
                SELECT c.reference, c.service_title, c.received_at, l.kind, l.linked_by, l.linked_at
                FROM contact_link l JOIN contact c ON c.id = l.linked_id
                WHERE l.contact_id = :contact AND """ + scope.condition().replace("allocated_", "c.allocated_")
                + " ORDER BY l.linked_at").param("contact", contactId);
        return scope.bind(sql).query((rs, row) -> new LinkedContact(Reference.stored(rs.getString(1)), rs.getString(2),
                rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }
}
