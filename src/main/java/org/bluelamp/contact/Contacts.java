package org.bluelamp.contact;

import org.bluelamp.reporting.Priority;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class Contacts {

    private static final RowMapper<Contact> ROW = (rs, row) -> new Contact(rs.getObject("id", UUID.class),
            rs.getString("reference"), rs.getObject("report_id", UUID.class), rs.getString("channel"),
            rs.getString("service_title"), instant(rs.getTimestamp("received_at")),
            instant(rs.getTimestamp("first_response_due")), rs.getString("queue"),
            Priority.fromCode(rs.getString("priority")).orElse(Priority.STANDARD),
            instant(rs.getTimestamp("crime_decision_due")));

    /** Work order: high priority first, then whatever is due soonest. */
    private static final String WORK_ORDER = """
            ORDER BY CASE priority WHEN 'high' THEN 0 WHEN 'standard' THEN 1 ELSE 2 END, first_response_due""";

    private final JdbcClient jdbc;

    Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the contact unless one already exists for the report: events may be delivered more than once. */
    void addIfNew(Contact contact, String serviceId) {
        jdbc.sql("""
                        INSERT INTO contact (id, reference, report_id, channel, service_id, service_title, received_at,
                                             first_response_due, queue, priority, crime_decision_due,
                                             last_activity_at)
                        VALUES (:id, :reference, :report, :channel, :service, :title, :received, :due, :queue,
                                :priority, :decisionDue, :received)
                        ON CONFLICT (report_id) DO NOTHING""")
                .param("id", contact.id()).param("reference", contact.reference()).param("report", contact.reportId())
                .param("channel", contact.channel()).param("service", serviceId).param("title", contact.serviceTitle())
                .param("received", Timestamp.from(contact.receivedAt()))
                .param("due", Timestamp.from(contact.firstResponseDue()))
                .param("queue", contact.queue()).param("priority", contact.priority().code())
                .param("decisionDue", contact.crimeDecisionDue() == null ? null : Timestamp.from(contact.crimeDecisionDue()))
                .update();
    }

    /** When a call logged by staff started and ended, and who logged it. */
    void recordCall(UUID reportId, Instant started, Instant ended, String loggedBy) {
        jdbc.sql("UPDATE contact SET call_started_at = :started, call_ended_at = :ended, logged_by = :by WHERE report_id = :report")
                .param("started", Timestamp.from(started)).param("ended", ended == null ? null : Timestamp.from(ended))
                .param("by", loggedBy).param("report", reportId).update();
    }

    /** The contacts to work next that the scope allows, in every queue or in one. */
    List<Contact> inWorkOrder(ContactScope scope, Optional<String> queue, int limit) {
        var where = "WHERE " + scope.condition() + (queue.isPresent() ? " AND queue = :queue " : " ");
        var sql = scoped(jdbc.sql("SELECT * FROM contact " + where + WORK_ORDER + " LIMIT :limit"), scope)
                .param("limit", limit);
        return queue.map(q -> sql.param("queue", q)).orElse(sql).query(ROW).list();
    }

    /** Every queue that holds a contact, so staff can pick one. */
    List<String> queues() {
        return jdbc.sql("SELECT DISTINCT queue FROM contact ORDER BY queue").query(String.class).list();
    }

    /** The contact, if the scope allows it: one it does not is "not found", never "forbidden", so it says nothing. */
    Optional<Contact> withReference(String reference, ContactScope scope) {
        return scoped(jdbc.sql("SELECT * FROM contact WHERE reference = :reference AND " + scope.condition()), scope)
                .param("reference", reference).query(ROW).optional();
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec sql, ContactScope scope) {
        var spec = sql;
        if (scope.team() != null) {
            spec = spec.param("scopeTeam", scope.team());
        }
        if (scope.username() != null) {
            spec = spec.param("scopeUser", scope.username());
        }
        return spec;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
