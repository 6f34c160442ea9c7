package org.bluelamp.relay;

import org.bluelamp.platform.language.English;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.LapsedRecord;
import org.bluelamp.platform.personaldata.RetainedRecords;
import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.platform.personaldata.RetentionRule;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Relay calls never logged as a contact (a caller who left, a call that needed no report) and their recordings: kept
 * under their own rule from when the call ended. A call logged as a contact goes with the contact.
 */
@Component
@Order(2)
class RelayCallRetention implements RetainedRecords {

    private final JdbcClient jdbc;
    private final RelayCallRetentionRule rule;
    private final RelayCallDisposal disposal;

    RelayCallRetention(JdbcClient jdbc, RelayCallRetentionRule rule, RelayCallDisposal disposal) {
        this.jdbc = jdbc;
        this.rule = rule;
        this.disposal = disposal;
    }

    @Override
    public RecordKind kind() {
        return RelayRecordKind.RELAY_CALL;
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(rule.rule());
    }

    @Override
    public List<LapsedRecord> lapsed(LocalDate today, LapsedRecord.Position after, int limit) {
        var rule = this.rule.rule();
        return jdbc.sql("""
                        SELECT id, ended_at FROM relay_call
                        WHERE reference IS NULL AND status IN ('ended', 'abandoned')
                          AND (ended_at AT TIME ZONE 'Europe/London')::date <= :lastDay
                          AND (ended_at, id::text) > (:afterAt, :afterKey)
                        ORDER BY ended_at, id::text LIMIT :limit""")
                .param("lastDay", Date.valueOf(rule.lastActiveOnOrBefore(today)))
                .param("afterAt", Timestamp.from(after.at())).param("afterKey", after.key()).param("limit", limit)
                .query((rs, row) -> {
                    Instant ended = rs.getTimestamp("ended_at").toInstant();
                    return new LapsedRecord(RelayRecordKind.RELAY_CALL, rs.getString("id"), rule, ended,
                            new LapsedRecord.Position(ended, rs.getString("id")));
                })
                .list();
    }

    @Override
    public Optional<List<HeldRecord.Field>> summary(String reference) {
        return callId(reference).flatMap(id -> jdbc.sql("""
                        SELECT c.queued_at, c.ended_at, c.status, c.interpreter,
                               (SELECT count(*) FROM relay_recording_chunk k WHERE k.call_id = c.id) AS pieces,
                               (SELECT count(*) FROM relay_call_message m WHERE m.call_id = c.id) AS lines
                        FROM relay_call c WHERE c.id = :id AND c.reference IS NULL""")
                .param("id", id)
                .query((rs, row) -> List.of(
                        new HeldRecord.Field("retention.summary.queued", English.forStaff().dateAndTime(
                                rs.getTimestamp("queued_at").toInstant())),
                        new HeldRecord.Field("retention.summary.ended", rs.getTimestamp("ended_at") == null ? ""
                                : English.forStaff().dateAndTime(rs.getTimestamp("ended_at").toInstant())),
                        new HeldRecord.Field("retention.summary.call-status", rs.getString("status")),
                        new HeldRecord.Field("retention.summary.interpreter",
                                rs.getString("interpreter") == null ? "" : rs.getString("interpreter")),
                        new HeldRecord.Field("retention.summary.recording-pieces", rs.getString("pieces")),
                        new HeldRecord.Field("retention.summary.typed-lines", rs.getString("lines"))))
                .optional());
    }

    /** The call and its recording; nothing else is filed under a call's id. */
    @Override
    public void dispose(String reference) {
        disposal.dispose(callId(reference).stream().toList());
    }

    static Optional<UUID> callId(String reference) {
        try {
            return Optional.of(UUID.fromString(reference));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
