package org.bluelamp.contact;

import org.bluelamp.platform.language.Language;
import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.Priority;
import org.bluelamp.reporting.SupportNeed;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Contacts as stored: opening them, finding them within what someone may see, and the queues' pages and counts. */
@Repository
class Contacts {

    private static final RowMapper<Contact> ROW = Contacts::contact;

    /** The soonest clock still running: first contact, crime decision, grading target, the next update (V17). */
    static final String NEXT_DUE = "next_due";

    private static final String OPEN = ContactStatus.openCondition();

    /**
     * Possible emergencies nobody has assessed yet first, then the highest risk (before assessment, the report's
     * priority), then due time: the columns V17 keeps, in the order of their index, so a page reads only its rows.
     * Once assessed, a flagged contact keeps its badge but takes its place by its risk.
     */
    private static final String WORK_ORDER = "ORDER BY urgent_rank, risk_rank, next_due, received_at";

    /** Counts stop here: past it a queue says "1,000+", and counting costs the same however many are open. */
    static final int COUNT_UP_TO = 1000;

    private final JdbcClient jdbc;

    Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the contact unless one already exists for the report (events may come twice); says whether it did. */
    boolean addIfNew(Contact contact) {
        return jdbc.sql("""
                        INSERT INTO contact (id, reference, report_id, channel, service_id, service_title, received_at,
                                             first_response_due, queue, priority, crime_decision_due,
                                             possible_emergency, emergency_terms, last_activity_at, support_needs,
                                             language)
                        VALUES (:id, :reference, :report, :channel, :service, :title, :received, :due, :queue,
                                :priority, :decisionDue, :emergency, :terms, :received, :supportNeeds, :language)
                        ON CONFLICT (report_id) DO NOTHING""")
                .param("id", contact.id()).param("reference", contact.reference().value()).param("report", contact.reportId())
                .param("channel", contact.channel()).param("service", contact.serviceId())
                .param("title", contact.serviceTitle())
                .param("received", Timestamp.from(contact.receivedAt()))
                .param("due", Timestamp.from(contact.firstResponseDue()))
                .param("queue", contact.queue()).param("priority", contact.priority().code())
                .param("decisionDue", timestamp(contact.crimeDecisionDue()))
                .param("emergency", contact.possibleEmergency())
                .param("terms", contact.emergencyTerms().toArray(String[]::new))
                .param("supportNeeds", contact.supportNeeds().stream().map(SupportNeed::code).toArray(String[]::new))
                .param("language", contact.language().code())
                .update() == 1;
    }

    /** One page of a queue, within the scope, narrowed by the filter. */
    QueuePage page(ContactScope scope, QueueView view, String me, String myTeam, QueueFilter filter, int page,
                   int size, Instant now, Instant soon) {
        var where = new StringBuilder("WHERE ").append(scope.condition()).append(" AND ").append(view.condition());
        filter.conditions().forEach(c -> where.append(" AND ").append(c));
        Function<JdbcClient.StatementSpec, JdbcClient.StatementSpec> bind = spec -> filter.bind(
                scope.bind(spec).param("me", me).param("myTeam", myTeam == null ? "" : myTeam)
                        .param("now", Timestamp.from(now)).param("soon", Timestamp.from(soon)));
        long total = bind.apply(jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM contact " + where + " LIMIT "
                + COUNT_UP_TO + ") AS shown")).query(Long.class).single();
        var contacts = bind.apply(jdbc.sql("SELECT * FROM contact " + where + " " + WORK_ORDER
                        + " LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) (page - 1) * size).query(ROW).list();
        return new QueuePage(contacts, total, page, size);
    }

    /** When a call logged by staff started and ended, and who logged it. */
    void recordCall(UUID reportId, Contact.Call call) {
        jdbc.sql("""
                        UPDATE contact SET call_started_at = :started, call_ended_at = :ended, logged_by = :by,
                                           interpreter = :interpreter
                        WHERE report_id = :report""")
                .param("started", Timestamp.from(call.startedAt()))
                .param("ended", call.endedAt() == null ? null : Timestamp.from(call.endedAt()))
                .param("by", call.loggedBy()).param("interpreter", call.interpreter()).param("report", reportId)
                .update();
    }

    /** How many open contacts each queue view holds for this person, up to {@link #COUNT_UP_TO}, in one query. */
    QueueCounts counts(ContactScope scope, String me, String myTeam, Instant now) {
        var sql = "SELECT " + Arrays.stream(QueueView.values())
                .map(v -> "(SELECT count(*) FROM (SELECT 1 FROM contact WHERE " + OPEN + " AND " + scope.condition()
                        + " AND " + v.condition() + " LIMIT " + COUNT_UP_TO + ") AS shown) AS " + v.column())
                .reduce((a, b) -> a + ", " + b).orElseThrow();
        return scope.bind(jdbc.sql(sql)).param("me", me).param("myTeam", myTeam == null ? "" : myTeam)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new QueueCounts(Arrays.stream(QueueView.values())
                        .map(v -> count(rs, v)).toList()))
                .single();
    }

    /**
     * Every queue that holds a contact, so staff can filter by it. Found by skipping from one queue to the next in
     * its index, a step a queue, not by reading every contact as DISTINCT would: the table grows by the year.
     */
    List<String> queues() {
        return jdbc.sql("""
                        WITH RECURSIVE queues(queue) AS (
                            (SELECT queue FROM contact ORDER BY queue LIMIT 1)
                            UNION ALL
                            SELECT (SELECT c.queue FROM contact c WHERE c.queue > q.queue ORDER BY c.queue LIMIT 1)
                            FROM queues q WHERE q.queue IS NOT NULL)
                        SELECT queue FROM queues WHERE queue IS NOT NULL""")
                .query(String.class).list();
    }

    /** Every report type that holds a contact, the same way. */
    List<ServiceName> services() {
        return jdbc.sql("""
                        WITH RECURSIVE services(service_id, service_title) AS (
                            (SELECT service_id, service_title FROM contact ORDER BY service_id LIMIT 1)
                            UNION ALL
                            SELECT next.service_id, next.service_title FROM services s,
                                LATERAL (SELECT c.service_id, c.service_title FROM contact c
                                         WHERE c.service_id > s.service_id ORDER BY c.service_id LIMIT 1) next)
                        SELECT service_id, service_title FROM services""")
                .query((rs, row) -> new ServiceName(rs.getString(1), rs.getString(2))).list();
    }

    /** The contact, if the scope allows it: one it does not is "not found", never "forbidden", so it says nothing. */
    Optional<Contact> withReference(Reference reference, ContactScope scope) {
        return scope.bind(jdbc.sql("SELECT * FROM contact WHERE reference = :reference AND " + scope.condition()))
                .param("reference", reference.value()).query(ROW).optional();
    }

    /** Those of the references that are contacts the scope allows. */
    List<String> referencesWithin(Collection<String> references, ContactScope scope) {
        return scope.bind(jdbc.sql("SELECT reference FROM contact WHERE reference = ANY(:references) AND "
                        + scope.condition()))
                .param("references", references.toArray(String[]::new)).query(String.class).list();
    }

    /** The contact opened for a report, for its reporter; no scope, as they have proved it is theirs. */
    Optional<Contact> forReport(UUID reportId) {
        return jdbc.sql("SELECT * FROM contact WHERE report_id = :report").param("report", reportId).query(ROW).optional();
    }

    /** The contacts with these ids, whoever asks: for a subject access request, which privacy has allowed. */
    List<Contact> withIds(UUID[] ids) {
        return jdbc.sql("SELECT * FROM contact WHERE id = ANY(:ids)").param("ids", ids).query(ROW).list();
    }

    /** The id of the contact with this reference, whoever asks: for recording a look, not for showing it. */
    Optional<UUID> idOf(Reference reference) {
        return jdbc.sql("SELECT id FROM contact WHERE reference = :reference").param("reference", reference.value())
                .query(UUID.class).optional();
    }

    /**
     * Contact with the reporter: sets first contact if it is the first, and when they are next owed an update (null
     * once the contact is finished).
     */
    void contactedReporter(UUID id, Instant at, Instant updateDue) {
        update(id, at, "first_contact_at = COALESCE(first_contact_at, :at), victim_update_due = :update",
                sql -> sql.param("update", timestamp(updateDue)));
    }

    /** The latest assessment's outcome; a new contact is in progress from its first assessment. */
    void assessed(UUID id, Instant at, Risk risk, List<Vulnerability> vulnerabilities, Grading grading,
                  Instant gradingDue, String openingCategory) {
        update(id, at, """
                        risk = :risk, vulnerabilities = :vulnerabilities, grading = :grading, grading_due = :gradingDue,
                        opening_category = :category,
                        status = CASE WHEN status = :new THEN :inProgress ELSE status END""",
                sql -> statuses(sql).param("risk", risk.code())
                        .param("vulnerabilities", vulnerabilities.stream().map(Vulnerability::code).toArray(String[]::new))
                        .param("grading", grading.code()).param("gradingDue", timestamp(gradingDue))
                        .param("category", openingCategory));
    }

    /** The crime-recording decision: a classification when recorded; the reporter's next update is due by then. */
    void crimeDecided(UUID id, Instant at, boolean recorded, String classification, Instant updateDue) {
        update(id, at, """
                        crime_decision = :decision, crime_classification = :classification, crime_decided_at = :at,
                        victim_update_due = :update""",
                sql -> sql.param("decision", recorded ? "recorded" : "not-a-crime")
                        .param("classification", recorded ? classification : null)
                        .param("update", timestamp(updateDue)));
    }

    /** Waiting for the reporter to answer a question. */
    void awaitInformation(UUID id, Instant at) {
        update(id, at, "status = :status", sql -> sql.param("status", ContactStatus.AWAITING_INFORMATION.code()));
    }

    /** Only its last activity changes: something was added that leaves where it stands as it was. */
    void touched(UUID id, Instant at) {
        update(id, at, "status = status", sql -> sql);
    }

    /**
     * An answer from the reporter: it is contact with them, and the contact is back in progress once no question is
     * still waiting.
     */
    void answered(UUID id, Instant at, boolean stillWaiting) {
        update(id, at, """
                        first_contact_at = COALESCE(first_contact_at, :at),
                        status = CASE WHEN status = :awaiting AND NOT CAST(:waiting AS boolean) THEN :inProgress
                                      ELSE status END""",
                sql -> statuses(sql).param("waiting", stillWaiting));
    }

    /**
     * A message from the reporter: the reply clock starts unless it runs already (the oldest unanswered message sets
     * it).
     */
    void messageReceived(UUID id, Instant at, Instant replyDue) {
        update(id, at, "reply_due = COALESCE(reply_due, CAST(:replyDue AS timestamptz))",
                sql -> sql.param("replyDue", timestamp(replyDue)));
    }

    /** A reply to the reporter stops the reply clock. */
    void replied(UUID id, Instant at) {
        update(id, at, "reply_due = NULL", sql -> sql);
    }

    /** The contact opened for a report, held until the caller's transaction ends so that counts made under it hold. */
    Optional<Contact> lockForReport(UUID reportId) {
        return jdbc.sql("SELECT * FROM contact WHERE report_id = :report FOR UPDATE").param("report", reportId)
                .query(ROW).optional();
    }

    void allocate(UUID id, Instant at, String team, String officer) {
        update(id, at, "allocated_team = :team, allocated_to = :officer, status = :status",
                sql -> sql.param("team", team).param("officer", officer)
                        .param("status", ContactStatus.ALLOCATED.code()));
    }

    /** How often the reporter agreed to be updated, and when they are next owed an update by it. */
    void agreeUpdates(UUID id, Instant at, UpdateFrequency frequency, Instant updateDue) {
        update(id, at, "agreed_updates = :frequency, victim_update_due = :update",
                sql -> sql.param("frequency", frequency.code()).param("update", timestamp(updateDue)));
    }

    void refer(UUID id, Instant at, String organisation) {
        update(id, at, "status = :status, referred_to = :organisation",
                sql -> sql.param("organisation", organisation).param("status", ContactStatus.REFERRED.code()));
    }

    /** Filed for information: no more updates are owed. */
    void file(UUID id, String note, String closingCategory, Instant at) {
        finish(id, ContactStatus.FILED, note, closingCategory, at);
    }

    /** Closed with an outcome for the reporter: no more updates are owed. */
    void close(UUID id, String outcome, String closingCategory, Instant at) {
        finish(id, ContactStatus.CLOSED, outcome, closingCategory, at);
    }

    /**
     * Open again: new if never assessed, otherwise in progress; an update is owed by {@code updateDue} if the
     * reporter has been contacted.
     */
    void reopen(UUID id, Instant at, Instant updateDue) {
        update(id, at, """
                        status = CASE WHEN grading IS NULL THEN :new ELSE :inProgress END, closed_at = NULL,
                        outcome = NULL, closing_category = NULL,
                        victim_update_due = CASE WHEN first_contact_at IS NULL THEN NULL ELSE CAST(:update AS timestamptz) END""",
                sql -> statuses(sql).param("update", timestamp(updateDue)));
    }

    private void finish(UUID id, ContactStatus status, String outcome, String closingCategory, Instant at) {
        update(id, at, """
                        status = :status, outcome = :outcome, closing_category = :category, closed_at = :at,
                        victim_update_due = NULL, reply_due = NULL""",
                sql -> sql.param("status", status.code()).param("outcome", outcome).param("category", closingCategory));
    }

    /** The statuses the transitions above name, bound from the enum (unused ones are ignored by the driver). */
    private static JdbcClient.StatementSpec statuses(JdbcClient.StatementSpec sql) {
        return sql.param("new", ContactStatus.NEW.code()).param("inProgress", ContactStatus.IN_PROGRESS.code())
                .param("awaiting", ContactStatus.AWAITING_INFORMATION.code());
    }

    /** Changes columns of one contact and notes the activity; the columns are this class's constants, never input. */
    private void update(UUID id, Instant at, String assignments,
                        Function<JdbcClient.StatementSpec, JdbcClient.StatementSpec> values) {
        values.apply(jdbc.sql("UPDATE contact SET " + assignments + ", last_activity_at = :at WHERE id = :id")
                        .param("id", id).param("at", Timestamp.from(at)))
                .update();
    }

    private static long count(ResultSet rs, QueueView view) {
        try {
            return rs.getLong(view.column());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        return new Contact(rs.getObject("id", UUID.class), Reference.stored(rs.getString("reference")),
                rs.getObject("report_id", UUID.class), rs.getString("channel"), rs.getString("service_id"),
                rs.getString("service_title"), instant(rs, "received_at"), instant(rs, "first_response_due"),
                rs.getString("queue"), Priority.fromCode(rs.getString("priority")).orElse(Priority.STANDARD),
                instant(rs, "crime_decision_due"),
                ContactStatus.fromCode(rs.getString("status")).orElse(ContactStatus.NEW),
                rs.getBoolean("possible_emergency"), strings(rs.getArray("emergency_terms")),
                Risk.fromCode(rs.getString("risk")).orElse(null),
                strings(rs.getArray("vulnerabilities")).stream().map(Vulnerability::fromCode)
                        .flatMap(Optional::stream).toList(),
                Grading.fromCode(rs.getString("grading")).orElse(null), instant(rs, "grading_due"),
                rs.getString("opening_category"), rs.getString("closing_category"), instant(rs, "first_contact_at"),
                rs.getString("crime_decision"), rs.getString("crime_classification"), instant(rs, "crime_decided_at"),
                instant(rs, "victim_update_due"), rs.getString("referred_to"), rs.getString("outcome"),
                instant(rs, "closed_at"), rs.getString("allocated_team"), rs.getString("allocated_to"),
                rs.getTimestamp("call_started_at") == null ? null : new Contact.Call(instant(rs, "call_started_at"),
                        instant(rs, "call_ended_at"), rs.getString("logged_by"), rs.getString("interpreter")),
                strings(rs.getArray("support_needs")).stream().map(SupportNeed::fromCode).flatMap(Optional::stream)
                        .toList(), Language.stored(rs.getString("language")), instant(rs, "reply_due"),
                UpdateFrequency.fromCode(rs.getString("agreed_updates")).orElse(null));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
