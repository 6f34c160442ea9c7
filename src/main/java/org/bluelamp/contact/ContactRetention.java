package org.bluelamp.contact;

import org.bluelamp.platform.LondonTime;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Contacts due for review under their retention rule. The rule comes from the crime-recording decision: a crime
 * recorded with a classification the force counts as serious violent or sexual (by its Home Office code, the first
 * word of the label kept), any other recorded crime (or a report still waiting for its decision, to be safe), or no
 * crime. The last activity is the latest of what happened
 * to the contact and around it, in one query: its timeline (staff only looking at it is not activity), its report
 * and what the reporter added, its answered questions, its messages and its PLOD visits. Disposing of a contact
 * disposes of what every module filed under its reference too (its report, messages, visits, relay calls...).
 */
@Component
@Order(1)
class ContactRetention implements RetainedRecords {

    private static final String RULE = """
            CASE WHEN c.crime_decision = 'recorded' AND split_part(c.crime_classification, ' ', 1) IN (:seriousCodes)
                     THEN 'serious-crime'
                 WHEN c.crime_decision = 'recorded' OR (c.crime_decision IS NULL AND c.crime_decision_due IS NOT NULL)
                     THEN 'crime'
                 ELSE 'non-crime' END""";

    private static final String LAST_ACTIVITY = """
            GREATEST(c.received_at, c.last_activity_at, c.closed_at, c.crime_decided_at,
                     (SELECT max(t.at) FROM contact_timeline t WHERE t.contact_id = c.id AND t.kind <> 'viewed'),
                     (SELECT max(r.submitted_at) FROM report r WHERE r.id = c.report_id),
                     (SELECT max(a.added_at) FROM report_addition a WHERE a.report_id = c.report_id),
                     (SELECT max(i.answered_at) FROM information_request i WHERE i.contact_id = c.id),
                     (SELECT max(m.created_at) FROM message m WHERE m.reference = c.reference),
                     (SELECT max(GREATEST(v.booked_at, v.changed_at, v.cancelled_at, v.outcome_at))
                      FROM plod_visit v WHERE v.contact_reference = c.reference))""";

    private final JdbcClient jdbc;
    private final ContactRetentionRules rules;
    private final ContactDisposal disposal;

    ContactRetention(JdbcClient jdbc, ContactRetentionRules rules, ContactDisposal disposal) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.disposal = disposal;
    }

    @Override
    public RecordKind kind() {
        return ContactRecordKind.CONTACT;
    }

    @Override
    public List<RetentionRule> rules() {
        return List.of(rules.seriousCrimeRule(), rules.crimeRule(), rules.nonCrimeRule());
    }

    @Override
    public List<LapsedRecord> lapsed(LocalDate today, LapsedRecord.Position after, int limit) {
        var byName = rules().stream().collect(Collectors.toMap(RetentionRule::name, rule -> rule));
        LocalDate serious = rules.seriousCrimeRule().lastActiveOnOrBefore(today);
        LocalDate crime = rules.crimeRule().lastActiveOnOrBefore(today);
        LocalDate nonCrime = rules.nonCrimeRule().lastActiveOnOrBefore(today);
        LocalDate latest = later(serious, later(crime, nonCrime));
        List<String> seriousCodes = rules.seriousClassifications().isEmpty() ? List.of("")
                : rules.seriousClassifications();
        // Only contacts received before the latest possible day can be due: the index on received_at finds them, in
        // the order pages follow, and the page stops once it has enough (OFFSET 0 works out the activity once a row).
        return jdbc.sql("""
                        SELECT reference, received_at, rule, last_activity FROM (
                            SELECT c.reference, c.received_at, %s AS rule, %s AS last_activity
                            FROM contact c
                            WHERE c.received_at < :before AND c.received_at >= :afterAt
                              AND (c.received_at, c.reference) > (:afterAt, :afterKey)
                            ORDER BY c.received_at, c.reference OFFSET 0) AS activity
                        WHERE (last_activity AT TIME ZONE 'Europe/London')::date
                              <= CASE rule WHEN 'serious-crime' THEN CAST(:seriousDay AS date)
                                      WHEN 'crime' THEN CAST(:crime AS date) ELSE CAST(:nonCrime AS date) END
                        ORDER BY received_at, reference LIMIT :limit""".formatted(RULE, LAST_ACTIVITY))
                .param("seriousCodes", seriousCodes)
                .param("before", Timestamp.from(latest.plusDays(2).atStartOfDay(LondonTime.ZONE).toInstant()))
                .param("afterAt", Timestamp.from(after.at())).param("afterKey", after.key())
                .param("seriousDay", Date.valueOf(serious))
                .param("crime", Date.valueOf(crime)).param("nonCrime", Date.valueOf(nonCrime))
                .param("limit", limit)
                .query((rs, row) -> new LapsedRecord(ContactRecordKind.CONTACT, rs.getString("reference"),
                        byName.get(rs.getString("rule")), rs.getTimestamp("last_activity").toInstant(),
                        new LapsedRecord.Position(rs.getTimestamp("received_at").toInstant(),
                                rs.getString("reference"))))
                .list();
    }

    @Override
    public Optional<List<HeldRecord.Field>> summary(String reference) {
        return jdbc.sql("""
                        SELECT c.service_title, c.channel, c.received_at, c.status, c.crime_decision,
                               c.crime_classification, c.closed_at, c.outcome
                        FROM contact c WHERE c.reference = :ref""")
                .param("ref", reference).query(ContactRetention::summary).optional();
    }

    @Override
    public void dispose(String reference) {
        disposal.dispose(reference);
    }

    private static List<HeldRecord.Field> summary(ResultSet rs, int row) throws SQLException {
        var fields = new ArrayList<HeldRecord.Field>();
        fields.add(new HeldRecord.Field("retention.summary.service", rs.getString("service_title")));
        fields.add(new HeldRecord.Field("retention.summary.channel", rs.getString("channel")));
        fields.add(new HeldRecord.Field("retention.summary.received",
                English.forStaff().dateAndTime(rs.getTimestamp("received_at").toInstant())));
        fields.add(new HeldRecord.Field("retention.summary.status", rs.getString("status")));
        String decision = rs.getString("crime_decision");
        String classification = rs.getString("crime_classification");
        fields.add(new HeldRecord.Field("retention.summary.crime-decision", decision == null ? ""
                : classification == null ? decision : decision + " (" + classification + ")"));
        Timestamp closed = rs.getTimestamp("closed_at");
        fields.add(new HeldRecord.Field("retention.summary.closed",
                closed == null ? "" : English.forStaff().dateAndTime(closed.toInstant())));
        return List.copyOf(fields);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
