package org.bluelamp.contact;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class Contacts {

    private static final RowMapper<Contact> ROW = (rs, row) -> new Contact(rs.getObject("id", UUID.class),
            rs.getString("reference"), rs.getObject("report_id", UUID.class), rs.getString("channel"),
            rs.getString("service_title"), rs.getTimestamp("received_at").toInstant(),
            rs.getTimestamp("first_response_due").toInstant());

    private final JdbcClient jdbc;

    Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the contact unless one already exists for the report: events may be delivered more than once. */
    void addIfNew(Contact contact, String serviceId) {
        jdbc.sql("""
                        INSERT INTO contact (id, reference, report_id, channel, service_id, service_title, received_at,
                                             first_response_due)
                        VALUES (:id, :reference, :report, :channel, :service, :title, :received, :due)
                        ON CONFLICT (report_id) DO NOTHING""")
                .param("id", contact.id()).param("reference", contact.reference()).param("report", contact.reportId())
                .param("channel", contact.channel()).param("service", serviceId).param("title", contact.serviceTitle())
                .param("received", Timestamp.from(contact.receivedAt()))
                .param("due", Timestamp.from(contact.firstResponseDue())).update();
    }

    List<Contact> newestFirst(int limit) {
        return jdbc.sql("SELECT * FROM contact ORDER BY received_at DESC LIMIT :limit")
                .param("limit", limit).query(ROW).list();
    }

    Optional<Contact> withReference(String reference) {
        return jdbc.sql("SELECT * FROM contact WHERE reference = :reference").param("reference", reference)
                .query(ROW).optional();
    }
}
