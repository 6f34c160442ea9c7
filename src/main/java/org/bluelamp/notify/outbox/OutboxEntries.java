package org.bluelamp.notify.outbox;

import org.bluelamp.contact.ContactNotes;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.staff.StaffMembers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The messages as staff read them: a page of the newest, or one with its attempts. */
@Repository
class OutboxEntries {

    private final JdbcClient jdbc;
    private final ContactNotes contactNotes;
    private final AccessLog accessLog;
    private final StaffMembers staff;

    OutboxEntries(JdbcClient jdbc, ContactNotes contactNotes, AccessLog accessLog, StaffMembers staff) {
        this.jdbc = jdbc;
        this.contactNotes = contactNotes;
        this.accessLog = accessLog;
        this.staff = staff;
    }

    /** A page of messages, whose recipients are personal data: the look is written to the access log. */
    @Transactional
    OutboxPage page(int wanted, int size, String reader) {
        long total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM message LIMIT :upTo) counted")
                .param("upTo", OutboxPage.COUNT_UP_TO).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int page = Math.min(Math.max(1, wanted), pages);
        var entries = jdbc.sql("""
                        SELECT id, kind, channel, recipient, reference, status, attempts, created_at, sent_at,
                               not_before
                        FROM message ORDER BY created_at DESC, id LIMIT :size OFFSET :offset""")
                .param("size", size).param("offset", (long) (page - 1) * size)
                .query((rs, row) -> entry(rs)).list();
        accessLog.read(staff.accessorOf(reader), "message", null, Map.of("page", "outbox", "number",
                String.valueOf(page)));
        return new OutboxPage(entries, page, pages, total, size);
    }

    /**
     * One message in full, with a look recorded on its report's contact in the same transaction: its words and
     * recipient are the reporter's personal data.
     */
    @Transactional
    Optional<OutboxMessage> read(UUID id, String reader) {
        var message = find(id);
        message.ifPresent(found -> {
            accessLog.read(staff.accessorOf(reader), "message", found.entry().reference(),
                    Map.of("message", id.toString()));
            if (found.entry().reference() != null) {
                contactNotes.look(found.entry().reference(), reader, "message");
            }
        });
        return message;
    }

    private Optional<OutboxMessage> find(UUID id) {
        var attempts = jdbc.sql("""
                        SELECT number, at, outcome, http_status, detail FROM message_attempt
                        WHERE message_id = :id ORDER BY number""")
                .param("id", id)
                .query((rs, row) -> new OutboxMessage.Attempt(rs.getInt("number"), instant(rs.getTimestamp("at")),
                        rs.getString("outcome"), (Integer) rs.getObject("http_status"), rs.getString("detail")))
                .list();
        return jdbc.sql("""
                        SELECT id, kind, channel, recipient, reference, status, attempts, created_at, sent_at, subject,
                               body, not_before, delivered_at, provider_id, provider_status, last_error
                        FROM message WHERE id = :id""")
                .param("id", id)
                .query((rs, row) -> new OutboxMessage(entry(rs), rs.getString("subject"), rs.getString("body"),
                        instant(rs.getTimestamp("delivered_at")),
                        rs.getString("provider_id"), rs.getString("provider_status"), rs.getString("last_error"),
                        attempts))
                .optional();
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("channel"),
                rs.getString("recipient"), rs.getString("reference"), rs.getString("status"), rs.getInt("attempts"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")),
                instant(rs.getTimestamp("not_before")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
