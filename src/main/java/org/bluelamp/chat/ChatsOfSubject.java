package org.bluelamp.chat;

import org.bluelamp.contact.SubjectContact;
import org.bluelamp.contact.SubjectContacts;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.personaldata.HeldFields;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.platform.personaldata.SubjectFinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the 101 live chat holds about a subject, for a subject access request: the chats logged as their contacts
 * (when, who answered, how it ended, why it was closed, the name and subject they gave, and every line with who said
 * it and when, with each handing on between them). A person gives at most a name to start a chat, and anyone may
 * type any name, so a chat is theirs only through the contact it was logged as: a chat never logged is found by no
 * detail (it is kept under its own rule, {@link ChatRetention}, and the team can find it by its id).
 */
@Component
class ChatsOfSubject implements SubjectFinder {

    private final JdbcClient jdbc;
    private final SubjectContacts contacts;

    ChatsOfSubject(JdbcClient jdbc, SubjectContacts contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    private record Found(UUID id, String reference, String status, String name, String about, Instant queuedAt,
                         Instant answeredAt, String answeredBy, Instant endedAt, String endReason,
                         String closedReason, Instant flaggedAt) {
    }

    /** A line said, or a handing on (speaker null; body the handler it went to, null for the BSL relay). */
    private record Said(UUID chatId, Instant at, String speaker, String body, boolean handover) {
    }

    @Override
    public Set<RecordKind> kinds() {
        return Set.of(ChatRecordKind.WEB_CHAT);
    }

    @Override
    public List<HeldRecord> find(Subject subject, Texts texts) {
        Map<String, List<String>> theirs = contacts.of(subject).stream()
                .collect(Collectors.toMap(SubjectContact::reference, SubjectContact::matchedOn, (a, b) -> a));
        if (theirs.isEmpty()) {
            return List.of();
        }
        var chats = jdbc.sql("""
                        SELECT id, reference, status, name, about, queued_at, answered_at, answered_by, ended_at,
                               end_reason, closed_reason, flagged_at
                        FROM chat WHERE reference = ANY(:references) ORDER BY queued_at, id""")
                .param("references", theirs.keySet().toArray(String[]::new))
                .query((rs, n) -> new Found(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("status"), rs.getString("name"), rs.getString("about"),
                        instant(rs, "queued_at"), instant(rs, "answered_at"), rs.getString("answered_by"),
                        instant(rs, "ended_at"), rs.getString("end_reason"), rs.getString("closed_reason"),
                        instant(rs, "flagged_at")))
                .list();
        if (chats.isEmpty()) {
            return List.of();
        }
        var ids = chats.stream().map(Found::id).toArray(UUID[]::new);
        var said = new ArrayList<Said>(jdbc.sql("""
                        SELECT chat_id, said_at, speaker, body FROM chat_line
                        WHERE chat_id = ANY(:ids) ORDER BY chat_id, seq""")
                .param("ids", ids)
                .query((rs, n) -> new Said(rs.getObject("chat_id", UUID.class), instant(rs, "said_at"),
                        rs.getString("speaker"), rs.getString("body"), false))
                .list());
        said.addAll(jdbc.sql("""
                        SELECT chat_id, at, to_handler FROM chat_handover
                        WHERE chat_id = ANY(:ids) ORDER BY chat_id, at, id""")
                .param("ids", ids)
                .query((rs, n) -> new Said(rs.getObject("chat_id", UUID.class), instant(rs, "at"), null,
                        rs.getString("to_handler"), true))
                .list());
        // Lines in their order, each handing on where it happened (a stable sort keeps lines of one moment in order).
        said.sort(Comparator.comparing(Said::at));
        return chats.stream().map(chat -> chat(chat, theirs.get(chat.reference()), texts,
                said.stream().filter(s -> s.chatId().equals(chat.id())).toList())).toList();
    }

    private static HeldRecord chat(Found chat, List<String> matchedOn, Texts texts, List<Said> said) {
        var fields = new HeldFields(texts)
                .add("held.reference", chat.reference())
                .add("held.chat.name", chat.name())
                .add("held.chat.about", chat.about())
                .time("held.chat.started", chat.queuedAt())
                .time("held.chat.answered", chat.answeredAt())
                .add("held.chat.answered-by", chat.answeredBy())
                .time("held.chat.ended", chat.endedAt())
                .coded("held.chat.status", "held.chat.status.", chat.status())
                .coded("held.chat.end-reason", "held.chat.end.", chat.endReason())
                .coded("held.chat.closed-reason", "held.chat.closed.", chat.closedReason())
                .time("held.chat.flagged", chat.flaggedAt());
        for (Said one : said) {
            String when = texts.dates().dateAndTime(one.at());
            if (one.handover()) {
                fields.line(texts.t("held.chat.handed-on", when), texts.t(one.body() == null
                        ? "held.chat.handed-on.bsl" : "held.chat.handed-on.handler"));
            } else {
                fields.line(texts.t("held.chat.line", texts.t("held.chat.from." + one.speaker()), when), one.body());
            }
        }
        return new HeldRecord(ChatRecordKind.WEB_CHAT, chat.id().toString(), chat.reference(), chat.queuedAt(),
                texts.t("held.title", texts.t("contact.channel.webchat"), texts.t("held.chat.conversation"),
                        texts.dates().date(chat.queuedAt())), matchedOn, fields.list());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
