package org.bluelamp.relay;

import org.bluelamp.reporting.Reference;
import org.bluelamp.platform.SecretTokens;
import org.bluelamp.platform.QueueFigures;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The relay's calls, their typed lines and their recordings' pieces, as stored. */
@Repository
class RelayCalls {

    private static final String LIVE = "status IN ('waiting', 'answered')";

    private final JdbcClient jdbc;

    RelayCalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(UUID id, String tokenHash, Instant now) {
        jdbc.sql("""
                        INSERT INTO relay_call (id, token_hash, status, queued_at, caller_seen_at)
                        VALUES (:id, :token, 'waiting', :now, :now)""")
                .param("id", id).param("token", tokenHash).param("now", Timestamp.from(now)).update();
    }

    Optional<RelayCall> find(UUID id) {
        return jdbc.sql("SELECT * FROM relay_call WHERE id = :id").param("id", id).query(ROW).optional();
    }

    Optional<RelayCall> byTokenHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM relay_call WHERE token_hash = :token").param("token", tokenHash).query(ROW)
                .optional();
    }

    /** The caller's key opens the call no more: its hash becomes one of a key nobody was given. */
    void forgetCallerKey(UUID id) {
        jdbc.sql("UPDATE relay_call SET token_hash = :fresh WHERE id = :id")
                .param("fresh", SecretTokens.hash(SecretTokens.newToken())).param("id", id).update();
    }

    Optional<RelayCall> byReference(Reference reference) {
        return jdbc.sql("SELECT * FROM relay_call WHERE reference = :reference ORDER BY queued_at DESC LIMIT 1")
                .param("reference", reference.value()).query(ROW).optional();
    }

    /** The queue, oldest first. */
    List<RelayCall> waiting() {
        return jdbc.sql("SELECT * FROM relay_call WHERE status = 'waiting' ORDER BY queued_at, id").query(ROW).list();
    }

    /** Calls an interpreter has asked a contact handler to join, oldest first. */
    List<RelayCall> wantingHandler() {
        return jdbc.sql("""
                        SELECT * FROM relay_call WHERE status = 'answered' AND handler_wanted AND handler IS NULL
                        ORDER BY answered_at""").query(ROW).list();
    }

    /** This interpreter's or handler's calls still going on. */
    List<RelayCall> liveFor(String username) {
        return jdbc.sql("SELECT * FROM relay_call WHERE status = 'answered' AND (interpreter = :u OR handler = :u) "
                + "ORDER BY answered_at").param("u", username).query(ROW).list();
    }

    /** 1 for the oldest waiting call; 0 when the call is not waiting. */
    int positionOf(UUID id) {
        return jdbc.sql("""
                        SELECT count(*) FROM relay_call w, relay_call mine
                        WHERE mine.id = :id AND mine.status = 'waiting' AND w.status = 'waiting'
                          AND (w.queued_at, w.id) <= (mine.queued_at, mine.id)""")
                .param("id", id).query(Integer.class).single();
    }

    int answeredNow() {
        return jdbc.sql("SELECT count(*) FROM relay_call WHERE status = 'answered'").query(Integer.class).single();
    }

    /** Answers a waiting call; false if it was not waiting any more (another interpreter was quicker, or it ended). */
    boolean answer(UUID id, String interpreter, Instant now) {
        return jdbc.sql("""
                        UPDATE relay_call SET status = 'answered', answered_at = :now, interpreter = :interpreter
                        WHERE id = :id AND status = 'waiting'""")
                .param("id", id).param("interpreter", interpreter).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Ends a live call: a call never answered is abandoned. False if it had already ended. */
    boolean end(UUID id, EndReason reason, Instant now) {
        return jdbc.sql("UPDATE relay_call SET status = CASE status WHEN 'waiting' THEN 'abandoned' ELSE 'ended' END, "
                        + "ended_at = :now, end_reason = :reason WHERE id = :id AND " + LIVE)
                .param("id", id).param("reason", reason.code()).param("now", Timestamp.from(now)).update() == 1;
    }

    void callerSeen(UUID id, Instant now) {
        jdbc.sql("UPDATE relay_call SET caller_seen_at = :now WHERE id = :id AND " + LIVE)
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    /** Ends every live call whose caller has not been heard from since the moment given; their ids. */
    List<UUID> endDropped(Instant notSeenSince, Instant now) {
        return jdbc.sql("UPDATE relay_call SET status = CASE status WHEN 'waiting' THEN 'abandoned' ELSE 'ended' END, "
                        + "ended_at = :now, end_reason = 'dropped' WHERE " + LIVE
                        + " AND caller_seen_at < :since RETURNING id")
                .param("since", Timestamp.from(notSeenSince)).param("now", Timestamp.from(now))
                .query(UUID.class).list();
    }

    boolean wantHandler(UUID id, String interpreter) {
        return jdbc.sql("UPDATE relay_call SET handler_wanted = TRUE WHERE id = :id AND status = 'answered' "
                        + "AND interpreter = :interpreter")
                .param("id", id).param("interpreter", interpreter).update() == 1;
    }

    /** The handler joins a call that wants one; false if another handler joined first or it ended. */
    boolean joinHandler(UUID id, String handler) {
        return jdbc.sql("""
                        UPDATE relay_call SET handler = :handler WHERE id = :id AND status = 'answered'
                          AND handler_wanted AND (handler IS NULL OR handler = :handler)""")
                .param("id", id).param("handler", handler).update() == 1;
    }

    void saveNote(UUID id, String note) {
        jdbc.sql("UPDATE relay_call SET note = :note WHERE id = :id").param("id", id).param("note", note).update();
    }

    void linkReference(UUID id, Reference reference) {
        jdbc.sql("UPDATE relay_call SET reference = :reference WHERE id = :id").param("id", id)
                .param("reference", reference.value()).update();
    }

    ChatLine say(UUID callId, String sender, String body, Instant now) {
        return jdbc.sql("""
                        INSERT INTO relay_call_message (call_id, sender, body, sent_at) VALUES (:call, :sender, :body, :now)
                        RETURNING id, sender, body, sent_at""")
                .param("call", callId).param("sender", sender).param("body", body).param("now", Timestamp.from(now))
                .query(CHAT).single();
    }

    List<ChatLine> lines(UUID callId) {
        return jdbc.sql("SELECT id, sender, body, sent_at FROM relay_call_message WHERE call_id = :call ORDER BY id")
                .param("call", callId).query(CHAT).list();
    }

    /** Records a piece of the recording; false if that piece was already stored (a retried upload). */
    boolean addChunk(UUID callId, int seq, UUID fileId, int bytes, Instant now) {
        return jdbc.sql("""
                        INSERT INTO relay_recording_chunk (call_id, seq, file_id, bytes, received_at)
                        VALUES (:call, :seq, :file, :bytes, :now) ON CONFLICT (call_id, seq) DO NOTHING""")
                .param("call", callId).param("seq", seq).param("file", fileId).param("bytes", bytes)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    List<RelayRecordings.Piece> chunkSizes(UUID callId) {
        return jdbc.sql("SELECT file_id, bytes FROM relay_recording_chunk WHERE call_id = :call ORDER BY seq")
                .param("call", callId)
                .query((rs, row) -> new RelayRecordings.Piece(rs.getObject("file_id", UUID.class), rs.getInt("bytes")))
                .list();
    }

    /** Whether this member of staff has played the call's recording since then. */
    boolean playedSince(UUID callId, String username, Instant since) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM relay_recording_playback
                                       WHERE call_id = :call AND username = :user AND played_at >= :since)""")
                .param("call", callId).param("user", username).param("since", Timestamp.from(since))
                .query(Boolean.class).single();
    }

    void playedBack(UUID callId, String username, Instant now) {
        jdbc.sql("INSERT INTO relay_recording_playback (call_id, username, played_at) VALUES (:call, :user, :now)")
                .param("call", callId).param("user", username).param("now", Timestamp.from(now)).update();
    }

    /** Today's figures (calls queued since the start of the day) and the queue now. */
    ServiceLevels serviceLevels(Instant dayStart, Duration answerTarget, Instant now) {
        var today = QueueFigures.since(jdbc, "relay_call", dayStart, answerTarget, now);
        return new ServiceLevels(today.waiting(), today.longestWait(), today.answered(), today.answeredInTime(),
                today.abandoned(), today.averageLength(), answerTarget);
    }

    private static final RowMapper<ChatLine> CHAT = (rs, row) -> new ChatLine(rs.getLong("id"),
            rs.getString("sender"), rs.getString("body"), rs.getTimestamp("sent_at").toInstant());

    private static final RowMapper<RelayCall> ROW = (rs, row) -> new RelayCall(rs.getObject("id", UUID.class),
            CallStatus.fromCode(rs.getString("status")), instant(rs, "queued_at"), instant(rs, "caller_seen_at"),
            instant(rs, "answered_at"), instant(rs, "ended_at"), rs.getString("interpreter"),
            rs.getString("handler"), rs.getBoolean("handler_wanted"), rs.getString("note"),
            Reference.stored(rs.getString("reference")), rs.getString("end_reason"));

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
