package org.bluelamp.contact;

import org.bluelamp.reporting.Reference;

import java.util.Set;
import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.personaldata.HeldFields;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.platform.personaldata.SubjectFinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The subject's contacts, for a subject access request: where each stands and what was decided, every assessment as
 * written, the questions put to them with their answers, and what happened on the timeline (who only looked at it is
 * left out: that is the access log's to tell). Found by {@link SubjectContacts}.
 */
@Component
class ContactsOfSubject implements SubjectFinder {

    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };
    private static final List<String> ASSESSMENT_PARTS = List.of("threat", "harm", "risk", "investigation",
            "vulnerability", "engagement");

    private final SubjectContacts contacts;
    private final Contacts stored;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ContactsOfSubject(SubjectContacts contacts, Contacts stored, JdbcClient jdbc, JsonMapper json) {
        this.contacts = contacts;
        this.stored = stored;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A labelled line under one contact: an assessment, a question and its answer, or a step on its timeline. */
    private record Line(UUID contactId, String label, String value) {
    }

    @Override
    public Set<RecordKind> kinds() {
        return Set.of(ContactRecordKind.CONTACT);
    }

    @Override
    public List<HeldRecord> find(Subject subject, Texts texts) {
        var found = contacts.find(subject);
        if (found.isEmpty()) {
            return List.of();
        }
        var ids = found.stream().map(SubjectContacts.Found::id).toArray(UUID[]::new);
        var rows = stored.withIds(ids).stream().collect(Collectors.toMap(Contact::id, row -> row));
        var lines = new ArrayList<Line>();
        lines.addAll(assessments(ids, texts));
        lines.addAll(requests(ids, texts));
        lines.addAll(timeline(ids, texts));
        var held = new ArrayList<HeldRecord>();
        for (var contact : found) {
            var row = rows.get(contact.id());
            if (row != null) {
                held.add(record(row, contact.matchedOn(), texts,
                        lines.stream().filter(line -> line.contactId().equals(row.id())).toList()));
            }
        }
        return held;
    }

    private HeldRecord record(Contact row, List<String> matchedOn, Texts texts, List<Line> lines) {
        String channel = texts.t("contact.channel." + row.channel());
        var call = row.call();
        var fields = new HeldFields(texts)
                .add("held.reference", row.reference().value())
                .add("held.channel", channel)
                .add("held.service", row.serviceTitle())
                .time("held.contact.received", row.receivedAt())
                .coded("contact.status", "status.", row.status().code())
                .time("held.contact.first-contact", row.firstContactAt())
                .coded("held.contact.risk", "risk.", row.risk() == null ? null : row.risk().code())
                .add("assessment.vulnerabilities", String.join(", ",
                        row.vulnerabilities().stream().map(v -> texts.t("vulnerability." + v.code())).toList()))
                .coded("assessment.grading", "grading.", row.grading() == null ? null : row.grading().code())
                .add("contact.opening-category", row.openingCategory())
                .add("contact.crime-decision", crimeDecision(row.crimeDecision(), row.crimeClassification(), texts))
                .time("held.contact.crime-decided", row.crimeDecidedAt())
                .add("held.contact.team", row.allocatedTeam())
                .add("contact.allocated", row.allocatedTo())
                .add("contact.referred-to", row.referredTo())
                .add("contact.closing-category", row.closingCategory())
                .add("contact.outcome", row.outcome())
                .time("held.contact.closed", row.closedAt())
                .time("held.call.started", call == null ? null : call.startedAt())
                .time("held.call.ended", call == null ? null : call.endedAt())
                .add("held.call.logged-by", call == null ? null : call.loggedBy())
                .add("held.call.interpreter", call == null ? null : call.interpreter());
        lines.forEach(line -> fields.line(line.label(), line.value()));
        return new HeldRecord(ContactRecordKind.CONTACT, row.id().toString(), row.reference().value(), row.receivedAt(),
                texts.t("held.title", channel, row.serviceTitle(), texts.dates().date(row.receivedAt())), matchedOn,
                fields.list());
    }

    private static String crimeDecision(String decision, String classification, Texts texts) {
        if (decision == null) {
            return null;
        }
        return decision.equals("recorded")
                ? texts.t("contact.crime-decision.recorded", classification == null ? "" : classification)
                : texts.t("contact.crime-decision.not-a-crime");
    }

    private List<Line> assessments(UUID[] ids, Texts texts) {
        return jdbc.sql("SELECT * FROM contact_assessment WHERE contact_id = ANY(:ids) ORDER BY assessed_at")
                .param("ids", ids)
                .query((rs, n) -> {
                    var words = new ArrayList<String>();
                    for (String part : ASSESSMENT_PARTS) {
                        words.add(texts.t("assessment." + part) + ": " + rs.getString(part));
                    }
                    words.add(texts.t("assessment.risk-level") + ": " + texts.t("risk." + rs.getString("risk_level")));
                    var flags = Contacts.strings(rs.getArray("vulnerabilities"));
                    if (!flags.isEmpty()) {
                        words.add(texts.t("assessment.vulnerabilities") + ": " + String.join(", ",
                                flags.stream().map(code -> texts.t("vulnerability." + code)).toList()));
                    }
                    words.add(texts.t("assessment.grading") + ": " + texts.t("grading." + rs.getString("grading")));
                    words.add(texts.t("contact.opening-category") + ": " + rs.getString("opening_category"));
                    return new Line(rs.getObject("contact_id", UUID.class), texts.t("held.assessment",
                            when(rs, "assessed_at", texts), rs.getString("assessed_by")), String.join("\n", words));
                }).list();
    }

    private List<Line> requests(UUID[] ids, Texts texts) {
        return jdbc.sql("SELECT * FROM information_request WHERE contact_id = ANY(:ids) ORDER BY requested_at")
                .param("ids", ids)
                .query((rs, n) -> {
                    String words = texts.t("contact.request.question") + ": " + rs.getString("question");
                    if (rs.getString("answer") != null) {
                        words += "\n" + texts.t("held.request.answer", when(rs, "answered_at", texts),
                                rs.getString("answered_how") == null ? "" : texts.t("how." + rs.getString("answered_how")))
                                + ": " + rs.getString("answer");
                    }
                    return new Line(rs.getObject("contact_id", UUID.class), texts.t("contact.request.asked",
                            when(rs, "requested_at", texts), rs.getString("requested_by")), words);
                }).list();
    }

    /** What happened to the contact, in order; who looked at it is in the access log, not here. */
    private List<Line> timeline(UUID[] ids, Texts texts) {
        return jdbc.sql("""
                        SELECT contact_id, at, actor, kind, details FROM contact_timeline
                        WHERE contact_id = ANY(:ids) AND kind <> 'viewed' ORDER BY id""")
                .param("ids", ids)
                .query((rs, n) -> {
                    var details = json.readValue(rs.getString("details"), DETAILS);
                    String words = details.entrySet().stream().filter(e -> !e.getValue().isBlank())
                            .map(e -> texts.t("timeline.detail." + e.getKey()) + ": " + (e.getKey().equals("frequency")
                                    ? texts.t("updates.frequency." + e.getValue()) : e.getKey().equals("result")
                                    ? texts.t("result.outcome." + e.getValue()) : e.getValue()))
                            .collect(Collectors.joining("\n"));
                    String label = texts.t("held.timeline", texts.t("timeline." + rs.getString("kind")),
                            when(rs, "at", texts), actor(rs.getString("actor"), texts));
                    return new Line(rs.getObject("contact_id", UUID.class), label,
                            words.isEmpty() ? texts.t("timeline." + rs.getString("kind")) : words);
                }).list();
    }

    private static String actor(String actor, Texts texts) {
        return switch (actor) {
            case TimelineEntry.SYSTEM -> texts.t("timeline.system");
            case TimelineEntry.REPORTER -> texts.t("timeline.reporter");
            default -> actor;
        };
    }

    private static String when(ResultSet rs, String column, Texts texts) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? "" : texts.dates().dateAndTime(at.toInstant());
    }
}
