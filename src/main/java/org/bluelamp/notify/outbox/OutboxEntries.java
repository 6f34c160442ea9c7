package org.bluelamp.notify.outbox;

import org.bluelamp.reporting.Reference;
import org.bluelamp.notify.MessageRecordKind;
import org.bluelamp.contact.ContactNotes;
import org.bluelamp.notify.MessageKind;
import org.bluelamp.platform.personaldata.AccessLog;
import org.bluelamp.staff.Permission;
import org.bluelamp.staff.StaffMember;
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
import java.util.Set;
import java.util.UUID;

/**
 * The messages as staff read them: a page of the newest, or one with its attempts. Recipients are always masked. A
 * reference is shown only to those who may see what it refers to, and a message's words only to those who may see
 * its report's contact (in their contact scope) or, for a subject access request, the data protection team; never
 * the words of a message that carried a code or link, to anyone.
 */
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

    /** A page of messages; the look is written to the access log. */
    @Transactional
    OutboxPage page(int wanted, int size, String readerName) {
        var reader = reader(readerName);
        long total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM message LIMIT :upTo) counted")
                .param("upTo", OutboxPage.COUNT_UP_TO).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int page = Math.min(Math.max(1, wanted), pages);
        var entries = jdbc.sql("""
                        SELECT id, kind, channel, recipient, reference, status, attempts, created_at, sent_at,
                               not_before, language
                        FROM message ORDER BY created_at DESC, id LIMIT :size OFFSET :offset""")
                .param("size", size).param("offset", (long) (page - 1) * size)
                .query((rs, row) -> entry(rs, reader)).list();
        accessLog.read(staff.accessorOf(readerName), MessageRecordKind.MESSAGE, null, Map.of("page", "outbox", "number",
                String.valueOf(page)));
        return new OutboxPage(entries, page, pages, total, size);
    }

    /**
     * One message, with the look written to the access log in the same transaction; its words only if the reader
     * may read them, and then the look is also on its report's contact timeline.
     */
    @Transactional
    Optional<OutboxMessage> read(UUID id, String readerName) {
        var reader = reader(readerName);
        var found = find(id, reader);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var stored = found.get();
        var kind = MessageKind.fromCode(stored.kind());
        var words = kind.map(known -> words(known, stored.reference(), reader)).orElse(OutboxMessage.Words.NOT_YOURS);
        accessLog.read(staff.accessorOf(readerName), MessageRecordKind.MESSAGE, stored.message().entry().reference(),
                Map.of("message", id.toString(), "words", words == OutboxMessage.Words.SHOWN ? "shown" : "not shown"));
        var message = stored.message();
        return Optional.of(words == OutboxMessage.Words.SHOWN
                ? new OutboxMessage(message.entry(), words, stored.subject(), stored.body(), message.deliveredAt(),
                message.providerId(), message.providerStatus(), message.lastError(), message.attempts())
                : message);
    }

    private OutboxMessage.Words words(MessageKind kind, String reference, Reader reader) {
        if (kind.carriesSecrets()) {
            return OutboxMessage.Words.SECRET;
        }
        boolean may = switch (kind.about()) {
            // The contact's own rule: shown only if the reader could open the contact, and the look goes on it.
            case REPORT -> reader.member().isPresent() && Reference.parse(reference)
                    .flatMap(report -> contactNotes.look(report, reader.member().get(), "message")).isPresent();
            case DATA_REQUEST -> reader.may(Permission.DATA_REQUESTS);
            // Nobody: a saved report has no contact, an account's own messages are on its trail already, and a chat's
            // copy is the person's own words, sent only to them.
            case SAVED_REPORT, STAFF_ACCOUNT, WEB_CHAT -> false;
        };
        return may ? OutboxMessage.Words.SHOWN : OutboxMessage.Words.NOT_YOURS;
    }

    /** A message as stored, with its words kept apart until it is decided whether the reader may see them. */
    private record Stored(OutboxMessage message, String kind, String reference, String subject, String body) {
    }

    private Optional<Stored> find(UUID id, Reader reader) {
        var attempts = jdbc.sql("""
                        SELECT number, at, outcome, http_status, detail FROM message_attempt
                        WHERE message_id = :id ORDER BY number""")
                .param("id", id)
                .query((rs, row) -> new OutboxMessage.Attempt(rs.getInt("number"), instant(rs.getTimestamp("at")),
                        rs.getString("outcome"), (Integer) rs.getObject("http_status"), rs.getString("detail")))
                .list();
        return jdbc.sql("""
                        SELECT id, kind, channel, recipient, reference, status, attempts, created_at, sent_at, subject,
                               body, not_before, delivered_at, provider_id, provider_status, last_error, language
                        FROM message WHERE id = :id""")
                .param("id", id)
                .query((rs, row) -> {
                    var kind = MessageKind.fromCode(rs.getString("kind"));
                    var message = new OutboxMessage(entry(rs, reader),
                            kind.map(MessageKind::carriesSecrets).orElse(false) ? OutboxMessage.Words.SECRET
                                    : OutboxMessage.Words.NOT_YOURS,
                            null, null, instant(rs.getTimestamp("delivered_at")), rs.getString("provider_id"),
                            rs.getString("provider_status"), rs.getString("last_error"), attempts);
                    return new Stored(message, rs.getString("kind"), rs.getString("reference"),
                            rs.getString("subject"), rs.getString("body"));
                })
                .optional();
    }

    private static OutboxEntry entry(ResultSet rs, Reader reader) throws SQLException {
        var kind = MessageKind.fromCode(rs.getString("kind"));
        String reference = kind.filter(reader::mayKnowOf).isPresent() ? rs.getString("reference") : null;
        return new OutboxEntry(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("channel"),
                RecipientMask.of(rs.getString("recipient")), reference, rs.getString("status"), rs.getInt("attempts"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("sent_at")),
                instant(rs.getTimestamp("not_before")), rs.getString("language"));
    }

    private Reader reader(String username) {
        return new Reader(staff.find(username));
    }

    /** Who is reading the outbox, and what they may see. An account that is gone may see nothing. */
    private record Reader(Optional<StaffMember> member) {

        Set<Permission> permissions() {
            return member.map(StaffMember::permissions).orElse(Set.of());
        }

        boolean may(Permission permission) {
            return permissions().contains(permission);
        }

        /** Whether the reader may know which report or request a message of this kind is about. */
        boolean mayKnowOf(MessageKind kind) {
            return switch (kind.about()) {
                case REPORT -> permissions().stream().anyMatch(Permission::seesContacts);
                case DATA_REQUEST -> may(Permission.DATA_REQUESTS);
                case SAVED_REPORT, STAFF_ACCOUNT, WEB_CHAT -> false;
            };
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
