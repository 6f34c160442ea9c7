package org.bluelamp.chat;

import org.bluelamp.platform.personaldata.RecordDisposer;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Chats being disposed of: those logged as the contact whose reference is disposed of, or one chat never logged as a
 * contact ({@link ChatRetention}), with their handovers and lines. A report or draft names its chat by id with no
 * foreign key (V48), so neither holds a chat back; the report goes after it, by its own disposer.
 */
@Component
@Order(RecordDisposer.BEFORE_REPORTS)
class ChatDisposal implements RecordDisposer {

    private final JdbcClient jdbc;

    ChatDisposal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void dispose(String reference) {
        dispose(jdbc.sql("SELECT id FROM chat WHERE reference = :ref").param("ref", reference)
                .query(UUID.class).list());
    }

    void dispose(List<UUID> chats) {
        if (chats.isEmpty()) {
            return;
        }
        for (String table : List.of("chat_handover", "chat_line")) {
            jdbc.sql("DELETE FROM " + table + " WHERE chat_id IN (:chats)").param("chats", chats).update();
        }
        jdbc.sql("DELETE FROM chat WHERE id IN (:chats)").param("chats", chats).update();
    }
}
