package org.bluelamp.privacy.request;

import org.bluelamp.platform.language.English;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.LapsedRecord;
import org.bluelamp.platform.personaldata.RetainedRecords;
import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.platform.personaldata.RetentionRule;
import org.bluelamp.privacy.PrivacyRecordKind;
import org.bluelamp.privacy.PrivacyRetentionRules;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Subject access requests kept under their own rule from their last step: answered or refused ones, and ones whose
 * identity proof never came. A request still being worked on is never due. Its messages go with it, filed under its
 * reference.
 */
@Component
@Order(4)
class RequestRetention implements RetainedRecords {

    private final JdbcClient jdbc;
    private final PrivacyRetentionRules rules;
    private final RequestDisposal disposal;

    RequestRetention(JdbcClient jdbc, PrivacyRetentionRules rules, RequestDisposal disposal) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.disposal = disposal;
    }

    @Override
    public RecordKind kind() {
        return PrivacyRecordKind.DATA_REQUEST;
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(rules.dataRequestsRule());
    }

    @Override
    public List<LapsedRecord> lapsed(LocalDate today, LapsedRecord.Position after, int limit) {
        var rule = rules.dataRequestsRule();
        var lastDay = rule.lastActiveOnOrBefore(today);
        return jdbc.sql("""
                        SELECT r.reference, r.received_at, max(t.at) AS last_activity
                        FROM subject_access_request r JOIN subject_access_timeline t ON t.request_id = r.id
                        WHERE r.status IN ('answered', 'refused', 'awaiting-identity')
                          AND (r.received_at, r.reference) > (:afterAt, :afterKey)
                        GROUP BY r.id, r.reference, r.received_at
                        HAVING (max(t.at) AT TIME ZONE 'Europe/London')::date <= :lastDay
                        ORDER BY r.received_at, r.reference LIMIT :limit""")
                .param("lastDay", Date.valueOf(lastDay))
                .param("afterAt", Timestamp.from(after.at())).param("afterKey", after.key()).param("limit", limit)
                .query((rs, row) -> new LapsedRecord(PrivacyRecordKind.DATA_REQUEST, rs.getString("reference"), rule,
                        rs.getTimestamp("last_activity").toInstant(),
                        new LapsedRecord.Position(rs.getTimestamp("received_at").toInstant(),
                                rs.getString("reference"))))
                .list();
    }

    @Override
    public Optional<List<HeldRecord.Field>> summary(String reference) {
        return jdbc.sql("SELECT received_at, status, answered_at FROM subject_access_request WHERE reference = :ref")
                .param("ref", reference)
                .query((rs, row) -> List.of(
                        new HeldRecord.Field("retention.summary.received",
                                English.forStaff().dateAndTime(rs.getTimestamp("received_at").toInstant())),
                        new HeldRecord.Field("retention.summary.request-status", rs.getString("status")),
                        new HeldRecord.Field("retention.summary.answered", rs.getTimestamp("answered_at") == null
                                ? "" : English.forStaff().dateAndTime(rs.getTimestamp("answered_at").toInstant()))))
                .optional();
    }

    @Override
    public void dispose(String reference) {
        disposal.dispose(reference);
    }
}
