package org.bluelamp.relay;

import org.bluelamp.platform.LondonTime;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.LapsedRecord;
import org.bluelamp.platform.personaldata.RetainedRecords;
import org.bluelamp.platform.personaldata.RetentionRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Relay calls never logged as a contact (a caller who left, a call that needed no report) and their recordings: kept
 * under their own rule from when the call ended. A call logged as a contact goes with the contact.
 */
@Component
class RelayCallRetention implements RetainedRecords {

    static final String KIND = "relay-call";

    private final JdbcClient jdbc;

    RelayCallRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<LapsedRecord> lapsed(RetentionRules rules, LocalDate today) {
        return jdbc.sql("""
                        SELECT id, ended_at FROM relay_call
                        WHERE reference IS NULL AND status IN ('ended', 'abandoned')
                          AND (ended_at AT TIME ZONE 'Europe/London')::date <= :lastDay
                        ORDER BY ended_at, id""")
                .param("lastDay", Date.valueOf(rules.lastActiveOnOrBefore(RetentionRules.RELAY_CALLS, today)))
                .query((rs, row) -> new LapsedRecord(KIND, rs.getString("id"), RetentionRules.RELAY_CALLS,
                        rs.getTimestamp("ended_at").toInstant()))
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
                        new HeldRecord.Field("retention.summary.queued", LondonTime.dateAndTime(
                                rs.getTimestamp("queued_at").toInstant())),
                        new HeldRecord.Field("retention.summary.ended", rs.getTimestamp("ended_at") == null ? ""
                                : LondonTime.dateAndTime(rs.getTimestamp("ended_at").toInstant())),
                        new HeldRecord.Field("retention.summary.call-status", rs.getString("status")),
                        new HeldRecord.Field("retention.summary.interpreter",
                                rs.getString("interpreter") == null ? "" : rs.getString("interpreter")),
                        new HeldRecord.Field("retention.summary.recording-pieces", rs.getString("pieces")),
                        new HeldRecord.Field("retention.summary.typed-lines", rs.getString("lines"))))
                .optional());
    }

    static Optional<UUID> callId(String reference) {
        try {
            return Optional.of(UUID.fromString(reference));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
