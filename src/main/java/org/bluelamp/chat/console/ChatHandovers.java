package org.bluelamp.chat.console;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Each time a chat was handed on, to another handler or to the BSL video relay (chat_handover, V48). */
@Repository
class ChatHandovers {

    /**
     * @param to the handler it went to; null when the person was given the BSL video relay's queue
     */
    record Handover(Instant at, String from, String to) {

        boolean toBslRelay() {
            return to == null;
        }
    }

    private final JdbcClient jdbc;

    ChatHandovers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID chat, Instant at, String from, String to) {
        jdbc.sql("INSERT INTO chat_handover (chat_id, at, from_handler, to_handler) VALUES (:chat, :at, :from, :to)")
                .param("chat", chat).param("at", Timestamp.from(at)).param("from", from).param("to", to).update();
    }

    /** The chat's handovers, in order. */
    List<Handover> of(UUID chat) {
        return jdbc.sql("SELECT at, from_handler, to_handler FROM chat_handover WHERE chat_id = :chat ORDER BY at, id")
                .param("chat", chat)
                .query((rs, row) -> new Handover(rs.getTimestamp("at").toInstant(), rs.getString("from_handler"),
                        rs.getString("to_handler")))
                .list();
    }

    /** Why the handler ended the chat, kept with it. */
    void closed(UUID chat, ChatCloseReason reason) {
        jdbc.sql("UPDATE chat SET closed_reason = :reason WHERE id = :chat").param("chat", chat)
                .param("reason", reason.code()).update();
    }

    /** Why the handler ended the chat; null if no handler has (yet). */
    ChatCloseReason closedReason(UUID chat) {
        var found = jdbc.sql("SELECT closed_reason FROM chat WHERE id = :chat").param("chat", chat)
                .query((rs, row) -> ChatCloseReason.stored(rs.getString("closed_reason"))).list();
        return found.isEmpty() ? null : found.getFirst();
    }
}
