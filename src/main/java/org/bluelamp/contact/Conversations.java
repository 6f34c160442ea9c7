package org.bluelamp.contact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The conversation about each contact's report: the reporter's messages and staff replies (V45). */
@Repository
class Conversations {

    private final JdbcClient jdbc;

    Conversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void fromReporter(UUID id, UUID contactId, Instant at, String words, List<String> fileNames) {
        jdbc.sql("""
                        INSERT INTO contact_message (id, contact_id, at, from_reporter, words, file_names)
                        VALUES (:id, :contact, :at, true, :words, :files)""")
                .param("id", id).param("contact", contactId).param("at", Timestamp.from(at)).param("words", words)
                .param("files", fileNames.toArray(String[]::new)).update();
    }

    void reply(UUID id, UUID contactId, Instant at, String words, String writtenBy, String signedAs) {
        jdbc.sql("""
                        INSERT INTO contact_message (id, contact_id, at, from_reporter, words, written_by, signed_as)
                        VALUES (:id, :contact, :at, false, :words, :by, :signed)""")
                .param("id", id).param("contact", contactId).param("at", Timestamp.from(at)).param("words", words)
                .param("by", writtenBy).param("signed", signedAs).update();
    }

    /** The conversation, oldest first. */
    List<ConversationMessage> of(UUID contactId) {
        return jdbc.sql("SELECT * FROM contact_message WHERE contact_id = :contact ORDER BY at, id")
                .param("contact", contactId)
                .query((rs, row) -> new ConversationMessage(rs.getObject("id", UUID.class),
                        rs.getTimestamp("at").toInstant(), rs.getBoolean("from_reporter"), rs.getString("words"),
                        Contacts.strings(rs.getArray("file_names")), rs.getString("written_by"),
                        rs.getString("signed_as"),
                        rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()))
                .list();
    }

    /** When the reporter sent each message since {@code since}, oldest first: for the limit on a day's messages. */
    List<Instant> sentByReporterSince(UUID contactId, Instant since) {
        return jdbc.sql("""
                        SELECT at FROM contact_message WHERE contact_id = :contact AND from_reporter AND at > :since
                        ORDER BY at""")
                .param("contact", contactId).param("since", Timestamp.from(since))
                .query((rs, row) -> rs.getTimestamp("at").toInstant()).list();
    }

    /** Marks the reporter's unread messages read; says how many were. */
    int markRead(UUID contactId, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE contact_message SET read_at = :at, read_by = :by
                        WHERE contact_id = :contact AND from_reporter AND read_at IS NULL""")
                .param("contact", contactId).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** How many of the reporter's messages are unread, by contact, for those of the contacts that have any. */
    Map<UUID, Integer> unread(Collection<UUID> contactIds) {
        var counts = new HashMap<UUID, Integer>();
        if (contactIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT contact_id, count(*) AS unread FROM contact_message
                        WHERE contact_id = ANY(:ids) AND from_reporter AND read_at IS NULL GROUP BY contact_id""")
                .param("ids", contactIds.toArray(UUID[]::new))
                .query((rs, row) -> counts.put(rs.getObject("contact_id", UUID.class), rs.getInt("unread"))).list();
        return counts;
    }

    /**
     * Unread messages from reporters on the open contacts this person may see: on those allocated to them (My work)
     * and on their team's (My team).
     */
    UnreadMessages unreadIn(ContactScope scope, String me, String myTeam, Map<UUID, Integer> onPage) {
        return scope.bind(jdbc.sql("""
                        SELECT COALESCE(sum(unread) FILTER (WHERE allocated_to = :me), 0) AS mine,
                               COALESCE(sum(unread) FILTER (WHERE allocated_team = :myTeam), 0) AS team
                        FROM contact JOIN (SELECT contact_id, count(*) AS unread FROM contact_message
                                           WHERE from_reporter AND read_at IS NULL GROUP BY contact_id) AS u
                             ON u.contact_id = contact.id
                        WHERE %s AND %s"""
                        .formatted(ContactStatus.openCondition(), scope.condition())))
                .param("me", me).param("myTeam", myTeam == null ? "" : myTeam)
                .query((rs, row) -> new UnreadMessages(rs.getLong("mine"), rs.getLong("team"), onPage)).single();
    }
}
