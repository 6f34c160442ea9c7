package org.bluelamp.chat;

import org.bluelamp.platform.SecretTokens;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.QueueFigures;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The chats and their lines, as stored. Every change that others must not undo is one conditional statement. */
@Repository
class Chats {

    private static final String LIVE = "status IN ('waiting', 'answered')";
    private static final String ENDS = "status = CASE status WHEN 'waiting' THEN 'abandoned' ELSE 'ended' END, "
            + "ended_at = :now, end_reason = :reason";

    private final JdbcClient jdbc;

    Chats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, String keyHash, String name, String about, Language language, Instant now) {
        jdbc.sql("""
                        INSERT INTO chat (id, key_hash, status, name, about, language, queued_at, last_heard_at)
                        VALUES (:id, :key, 'waiting', :name, :about, :language, :now, :now)""")
                .param("id", id).param("key", keyHash).param("name", name).param("about", about)
                .param("language", language.code()).param("now", Timestamp.from(now)).update();
    }

    Optional<Chat> find(UUID id) {
        return jdbc.sql("SELECT * FROM chat WHERE id = :id").param("id", id).query(CHAT).optional();
    }

    /** Whether a handler passed the chat to the BSL video relay (the console's close reason 'bsl-relay'). */
    boolean passedToBslRelay(UUID id) {
        return jdbc.sql("SELECT count(*) FROM chat WHERE id = :id AND closed_reason = 'bsl-relay'").param("id", id)
                .query(Integer.class).single() > 0;
    }

    Optional<Chat> byKeyHash(String keyHash) {
        return jdbc.sql("SELECT * FROM chat WHERE key_hash = :key").param("key", keyHash).query(CHAT).optional();
    }

    /** The person's key opens the chat no more: its hash becomes one of a key nobody was given. */
    void forgetKey(UUID id) {
        jdbc.sql("UPDATE chat SET key_hash = :fresh WHERE id = :id")
                .param("fresh", SecretTokens.hash(SecretTokens.newToken())).param("id", id).update();
    }

    /** The queue, oldest first. */
    List<Chat> waiting() {
        return jdbc.sql("SELECT * FROM chat WHERE status = 'waiting' ORDER BY queued_at, id").query(CHAT).list();
    }

    /** This handler's chats still going on, the first answered first. */
    List<Chat> heldBy(String handler) {
        return jdbc.sql("SELECT * FROM chat WHERE status = 'answered' AND answered_by = :handler "
                + "ORDER BY answered_at, id").param("handler", handler).query(CHAT).list();
    }

    /** 1 for the oldest waiting chat; 0 when the chat is not waiting. */
    int positionOf(UUID id) {
        return jdbc.sql("""
                        SELECT count(*) FROM chat w, chat mine
                        WHERE mine.id = :id AND mine.status = 'waiting' AND w.status = 'waiting'
                          AND (w.queued_at, w.id) <= (mine.queued_at, mine.id)""")
                .param("id", id).query(Integer.class).single();
    }

    /**
     * The oldest waiting chat, answered by this handler; empty when none waits. Of handlers answering at the same
     * moment each gets a different chat: a chat another is answering is skipped, not waited for.
     */
    Optional<Chat> answerOldest(String handler, Instant now) {
        return jdbc.sql("""
                        UPDATE chat SET status = 'answered', answered_at = :now, answered_by = :handler
                        WHERE status = 'waiting' AND id = (SELECT id FROM chat WHERE status = 'waiting'
                                                           ORDER BY queued_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING *""")
                .param("handler", handler).param("now", Timestamp.from(now)).query(CHAT).optional();
    }

    /**
     * Holds this handler's answering until the transaction ends, so that two of their tabs (or instances) answering at
     * the same moment count each other's chats against the limit.
     */
    void lockAnsweringBy(String handler) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "chat-answering:" + handler)
                .query(Object.class).single();
    }

    /** Answers this chat; empty if it was not waiting any more (another handler was quicker, or it ended). */
    Optional<Chat> answer(UUID id, String handler, Instant now) {
        return jdbc.sql("""
                        UPDATE chat SET status = 'answered', answered_at = :now, answered_by = :handler
                        WHERE id = :id AND status = 'waiting' RETURNING *""")
                .param("id", id).param("handler", handler).param("now", Timestamp.from(now)).query(CHAT).optional();
    }

    /** Hands an answered chat from one handler to another; false if the first no longer held it. */
    boolean transfer(UUID id, String from, String to) {
        return jdbc.sql("UPDATE chat SET answered_by = :to WHERE id = :id AND status = 'answered' "
                        + "AND answered_by = :from")
                .param("id", id).param("from", from).param("to", to).update() == 1;
    }

    /** Ends a live chat (one never answered is abandoned); empty if it had already ended. */
    Optional<Chat> end(UUID id, ChatEndReason reason, Instant now) {
        return jdbc.sql("UPDATE chat SET " + ENDS + " WHERE id = :id AND " + LIVE + " RETURNING *")
                .param("id", id).param("reason", reason.code()).param("now", Timestamp.from(now))
                .query(CHAT).optional();
    }

    /** Ends a chat this handler holds; empty if they did not hold it (any more). */
    Optional<Chat> endHeld(UUID id, String handler, Instant now) {
        return jdbc.sql("UPDATE chat SET " + ENDS + " WHERE id = :id AND status = 'answered' "
                        + "AND answered_by = :handler RETURNING *")
                .param("id", id).param("handler", handler).param("reason", ChatEndReason.HANDLER_ENDED.code())
                .param("now", Timestamp.from(now)).query(CHAT).optional();
    }

    /**
     * Ends every waiting chat whose person has not been heard from since the first moment, and every answered one
     * not since the second; those chats.
     */
    List<Chat> endQuiet(Instant waitingSince, Instant answeredSince, Instant now) {
        return jdbc.sql("UPDATE chat SET " + ENDS + " WHERE (status = 'waiting' AND last_heard_at < :waiting) "
                        + "OR (status = 'answered' AND last_heard_at < :answered) RETURNING *")
                .param("waiting", Timestamp.from(waitingSince)).param("answered", Timestamp.from(answeredSince))
                .param("reason", ChatEndReason.DROPPED.code()).param("now", Timestamp.from(now)).query(CHAT).list();
    }

    void heardFrom(UUID id, Instant now) {
        jdbc.sql("UPDATE chat SET last_heard_at = :now WHERE id = :id AND " + LIVE)
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    /**
     * Adds the person's line with the words the rules matched in it, marks the chat as flagged the first time any
     * do, and hears from them; empty if the chat has ended. The chat's row is locked until the transaction ends, so
     * lines are numbered, stored and announced in one order.
     */
    Optional<ChatLine> addPersonLine(UUID id, String text, List<String> words, Instant now) {
        return jdbc.sql("""
                        WITH next AS (
                            UPDATE chat SET last_seq = last_seq + 1, last_heard_at = :now,
                                   flagged_at = CASE WHEN cardinality(:words::text[]) > 0 AND flagged_at IS NULL
                                                     THEN :now ELSE flagged_at END,
                                   flagged_words = ARRAY(SELECT w FROM unnest(flagged_words || :words::text[])
                                                         WITH ORDINALITY AS t(w, n) GROUP BY w ORDER BY min(n))
                            WHERE id = :id AND status IN ('waiting', 'answered') RETURNING id, last_seq)
                        INSERT INTO chat_line (chat_id, seq, speaker, body, flagged_words, said_at)
                        SELECT id, last_seq, 'person', :text, :words::text[], :now FROM next RETURNING *""")
                .param("id", id).param("text", text).param("words", words.toArray(String[]::new))
                .param("now", Timestamp.from(now)).query(LINE).optional();
    }

    /** Adds the handler's line to a chat they hold; empty if they do not hold it (any more). */
    Optional<ChatLine> addHandlerLine(UUID id, String handler, String text, Instant now) {
        return jdbc.sql("""
                        WITH next AS (
                            UPDATE chat SET last_seq = last_seq + 1
                            WHERE id = :id AND status = 'answered' AND answered_by = :handler RETURNING id, last_seq)
                        INSERT INTO chat_line (chat_id, seq, speaker, staff_username, body, said_at)
                        SELECT id, last_seq, 'handler', :handler, :text, :now FROM next RETURNING *""")
                .param("id", id).param("handler", handler).param("text", text).param("now", Timestamp.from(now))
                .query(LINE).optional();
    }

    /** The chat's lines after this sequence number (0 for all), in order. */
    List<ChatLine> linesAfter(UUID id, int seq) {
        return jdbc.sql("SELECT * FROM chat_line WHERE chat_id = :id AND seq > :seq ORDER BY seq")
                .param("id", id).param("seq", seq).query(LINE).list();
    }

    /** Handlers answering now or lately: those in a chat, or who ended one in the last quarter of an hour. */
    int handlersOnDuty(Instant now) {
        return jdbc.sql("""
                        SELECT count(DISTINCT answered_by) FROM chat
                        WHERE status = 'answered' OR (ended_at >= :recent AND answered_by IS NOT NULL)""")
                .param("recent", Timestamp.from(now.minus(Duration.ofMinutes(15)))).query(Integer.class).single();
    }

    int answeredNow() {
        return jdbc.sql("SELECT count(*) FROM chat WHERE status = 'answered'").query(Integer.class).single();
    }

    /** The average length of chats answered and ended since then; null with none. */
    Duration averageLengthSince(Instant since) {
        var seconds = jdbc.sql("""
                        SELECT extract(EPOCH FROM avg(ended_at - answered_at)) FROM chat
                        WHERE status = 'ended' AND answered_at IS NOT NULL AND queued_at >= :since""")
                .param("since", Timestamp.from(since)).query(Double.class).optional();
        return seconds.map(s -> Duration.ofSeconds(Math.round(s))).orElse(null);
    }

    /** Today's figures without the handlers' (see {@link #handlersSince}): one query on the chat_queued index. */
    ChatServiceLevels serviceLevels(Instant dayStart, Duration answerTarget, Instant now) {
        var today = QueueFigures.since(jdbc, "chat", dayStart, answerTarget, now);
        return new ChatServiceLevels(today.waiting(), today.longestWait(), today.answered(), today.answeredInTime(),
                today.abandoned(), today.averageLength(), answerTarget, List.of());
    }

    /** A handler's chats since then: those they answered, or were handed, and held last. */
    record HandlerCount(String username, int chats, Duration averageLength) {
    }

    List<HandlerCount> handlersSince(Instant dayStart) {
        return jdbc.sql("""
                        SELECT answered_by, count(*) AS chats,
                               extract(EPOCH FROM avg(ended_at - answered_at) FILTER (WHERE status = 'ended'))
                                   AS average_seconds
                        FROM chat WHERE queued_at >= :day AND answered_by IS NOT NULL
                        GROUP BY answered_by""")
                .param("day", Timestamp.from(dayStart))
                .query((rs, row) -> new HandlerCount(rs.getString("answered_by"), rs.getInt("chats"),
                        seconds(rs, "average_seconds")))
                .list();
    }

    private static Duration seconds(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column);
        return value == null ? null : Duration.ofSeconds(Math.round(rs.getDouble(column)));
    }

    /** Notes that a copy was asked for; false if one was already, or the chat is live or has no lines. */
    boolean markCopySent(UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE chat SET copy_sent_at = :now
                        WHERE id = :id AND copy_sent_at IS NULL AND status IN ('ended', 'abandoned') AND last_seq > 0""")
                .param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    void linkReference(UUID id, String reference) {
        jdbc.sql("UPDATE chat SET reference = :reference WHERE id = :id").param("id", id)
                .param("reference", reference).update();
    }

    private static final RowMapper<Chat> CHAT = (rs, row) -> new Chat(rs.getObject("id", UUID.class),
            ChatStatus.fromCode(rs.getString("status")), rs.getString("name"), rs.getString("about"),
            Language.stored(rs.getString("language")), instant(rs, "queued_at"), instant(rs, "last_heard_at"),
            instant(rs, "answered_at"), rs.getString("answered_by"), instant(rs, "ended_at"),
            ChatEndReason.fromCode(rs.getString("end_reason")), instant(rs, "flagged_at"),
            words(rs.getArray("flagged_words")), rs.getInt("last_seq"), rs.getString("reference"),
            instant(rs, "copy_sent_at"));

    private static final RowMapper<ChatLine> LINE = (rs, row) -> new ChatLine(rs.getObject("chat_id", UUID.class),
            rs.getInt("seq"), Speaker.fromCode(rs.getString("speaker")), rs.getString("staff_username"),
            rs.getString("body"), words(rs.getArray("flagged_words")), instant(rs, "said_at"));

    private static List<String> words(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
