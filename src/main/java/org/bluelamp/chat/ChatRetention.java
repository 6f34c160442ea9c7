package org.bluelamp.chat;

import org.bluelamp.platform.Texts;
import org.bluelamp.platform.language.Language;
import org.bluelamp.platform.personaldata.HeldFields;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.LapsedRecord;
import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.platform.personaldata.RetainedRecords;
import org.bluelamp.platform.personaldata.RetentionRule;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 101 live chats never logged as a contact (a person who left, a chat closed as needing no report) with their lines
 * and handovers: kept under their own rule from when the chat ended. A chat logged as a contact goes with the
 * contact ({@link ChatDisposal}). Listed after the relay's calls, as the other conversation not yet a contact.
 */
@Component
@Order(3)
class ChatRetention implements RetainedRecords {

    private final JdbcClient jdbc;
    private final ChatRetentionRule rule;
    private final ChatDisposal disposal;
    private final Texts staffWords;

    ChatRetention(JdbcClient jdbc, ChatRetentionRule rule, ChatDisposal disposal, MessageSource messages) {
        this.jdbc = jdbc;
        this.rule = rule;
        this.disposal = disposal;
        this.staffWords = HeldFields.in(messages, Language.ENGLISH);
    }

    @Override
    public RecordKind kind() {
        return ChatRecordKind.WEB_CHAT;
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(rule.rule());
    }

    @Override
    public List<LapsedRecord> lapsed(LocalDate today, LapsedRecord.Position after, int limit) {
        var rule = this.rule.rule();
        return jdbc.sql("""
                        SELECT id, ended_at FROM chat
                        WHERE reference IS NULL AND status IN ('ended', 'abandoned')
                          AND (ended_at AT TIME ZONE 'Europe/London')::date <= :lastDay
                          AND (ended_at, id::text) > (:afterAt, :afterKey)
                        ORDER BY ended_at, id::text LIMIT :limit""")
                .param("lastDay", Date.valueOf(rule.lastActiveOnOrBefore(today)))
                .param("afterAt", Timestamp.from(after.at())).param("afterKey", after.key()).param("limit", limit)
                .query((rs, row) -> {
                    Instant ended = rs.getTimestamp("ended_at").toInstant();
                    return new LapsedRecord(ChatRecordKind.WEB_CHAT, rs.getString("id"), rule, ended,
                            new LapsedRecord.Position(ended, rs.getString("id")));
                })
                .list();
    }

    /** When and how it went, never what was said nor the name and subject the person gave. */
    @Override
    public Optional<List<HeldRecord.Field>> summary(String reference) {
        return chatId(reference).flatMap(id -> jdbc.sql("""
                        SELECT c.queued_at, c.ended_at, c.status, c.end_reason, c.closed_reason, c.flagged_at,
                               (SELECT count(*) FROM chat_line l WHERE l.chat_id = c.id) AS lines
                        FROM chat c WHERE c.id = :id AND c.reference IS NULL""")
                .param("id", id)
                .query((rs, row) -> summary(rs))
                .optional());
    }

    private List<HeldRecord.Field> summary(ResultSet rs) throws SQLException {
        var dates = staffWords.dates();
        var ended = rs.getTimestamp("ended_at");
        var flagged = rs.getTimestamp("flagged_at");
        String endReason = rs.getString("end_reason");
        String closedReason = rs.getString("closed_reason");
        return List.of(
                new HeldRecord.Field("retention.summary.chat-started",
                        dates.dateAndTime(rs.getTimestamp("queued_at").toInstant())),
                new HeldRecord.Field("retention.summary.chat-ended",
                        ended == null ? "" : dates.dateAndTime(ended.toInstant())),
                new HeldRecord.Field("retention.summary.chat-status",
                        staffWords.t("held.chat.status." + rs.getString("status"))),
                new HeldRecord.Field("retention.summary.chat-end-reason",
                        endReason == null ? "" : staffWords.t("held.chat.end." + endReason)),
                new HeldRecord.Field("retention.summary.chat-closed-reason",
                        closedReason == null ? "" : staffWords.t("chat.console.close." + closedReason)),
                new HeldRecord.Field("retention.summary.chat-lines", rs.getString("lines")),
                new HeldRecord.Field("retention.summary.chat-flagged", flagged == null
                        ? staffWords.t("retention.summary.chat-flagged.no")
                        : staffWords.t("retention.summary.chat-flagged.yes", dates.dateAndTime(flagged.toInstant()))));
    }

    /** The chat, its lines and its handovers; a chat logged as a contact since it was listed goes with the contact. */
    @Override
    public void dispose(String reference) {
        disposal.dispose(chatId(reference).stream()
                .filter(id -> jdbc.sql("SELECT count(*) FROM chat WHERE id = :id AND reference IS NULL")
                        .param("id", id).query(Integer.class).single() == 1)
                .toList());
    }

    static Optional<UUID> chatId(String reference) {
        try {
            return Optional.of(UUID.fromString(reference));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
