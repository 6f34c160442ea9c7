package org.bluelamp.appointments;

import java.util.Set;
import org.bluelamp.platform.personaldata.RecordKind;
import org.bluelamp.contact.SubjectContact;
import org.bluelamp.contact.SubjectContacts;
import org.bluelamp.platform.Texts;
import org.bluelamp.platform.personaldata.HeldFields;
import org.bluelamp.platform.personaldata.HeldRecord;
import org.bluelamp.platform.personaldata.Subject;
import org.bluelamp.platform.personaldata.SubjectFinder;
import org.bluelamp.reporting.SearchForms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The PLOD visits booked for a subject, for a subject access request: when, by which officer, where, how they asked
 * to be told, and what became of each. A visit is theirs when it belongs to one of their contacts or its place has
 * their postcode; finding a postcode in the places reads the (small) visits table through once in the database.
 */
@Component
class VisitsToSubject implements SubjectFinder {

    private final JdbcClient jdbc;
    private final SubjectContacts contacts;

    VisitsToSubject(JdbcClient jdbc, SubjectContacts contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    private record Row(UUID id, String reference, String status, String officer, Instant startsAt, Instant endsAt,
                       String place, String confirmBy, String preferredTimes, String bookedBy, Instant bookedAt,
                       Instant changedAt, String cancelledBy, Instant cancelledAt, String cancelReason,
                       String outcome, String outcomeNote, Instant outcomeAt) {
    }

    @Override
    public Set<RecordKind> kinds() {
        return Set.of(VisitRecordKind.VISIT);
    }

    @Override
    public List<HeldRecord> find(Subject subject, Texts texts) {
        Map<String, List<String>> theirs = contacts.of(subject).stream()
                .collect(Collectors.toMap(SubjectContact::reference, SubjectContact::matchedOn, (a, b) -> a));
        String postcode = subject.postcode() == null || subject.postcode().isBlank() ? null
                : SearchForms.postcode(subject.postcode()).orElse(null);
        if (theirs.isEmpty() && postcode == null) {
            return List.of();
        }
        var rows = jdbc.sql("""
                        SELECT v.*, s.officer, s.starts_at, s.ends_at
                        FROM plod_visit v LEFT JOIN plod_slot s ON s.id = v.slot_id
                        WHERE v.contact_reference = ANY(:references)
                           OR upper(regexp_replace(v.place, '\\s', '', 'g')) LIKE '%' || CAST(:postcode AS text) || '%'
                        ORDER BY v.booked_at""")
                .param("references", theirs.keySet().toArray(String[]::new)).param("postcode", postcode)
                .query(this::row).list();
        var held = new ArrayList<HeldRecord>();
        for (Row row : rows) {
            var on = new LinkedHashSet<String>(theirs.getOrDefault(row.reference(), List.of()));
            if (subject.addressMatches(row.place())) {
                on.add("postcode");
            }
            if (!on.isEmpty()) {
                held.add(record(row, List.copyOf(on), texts));
            }
        }
        return held;
    }

    private static HeldRecord record(Row row, List<String> matchedOn, Texts texts) {
        var fields = new HeldFields(texts)
                .add("held.reference", row.reference())
                .coded("visits.status", "visits.status.", row.status())
                .add("visits.when", row.startsAt() == null ? null : texts.t("held.visit.when",
                        texts.dates().dateAndTime(row.startsAt()), texts.dates().timeOfDay(row.endsAt())))
                .add("visits.officer", row.officer())
                .add("visits.place", row.place())
                .coded("held.visit.confirm-by", "visits.confirm-by.", row.confirmBy())
                .add("visits.preferred", row.preferredTimes())
                .add("held.visit.booked-by", row.bookedBy())
                .time("held.visit.booked-at", row.bookedAt())
                .time("held.visit.changed-at", row.changedAt())
                .add("held.visit.cancelled-by", row.cancelledBy())
                .time("held.visit.cancelled-at", row.cancelledAt())
                .add("visits.cancel.reason", row.cancelReason())
                .coded("visits.outcome", "visits.outcome.", row.outcome())
                .add("visits.outcome.note", row.outcomeNote())
                .time("held.visit.outcome-at", row.outcomeAt());
        return new HeldRecord(VisitRecordKind.VISIT, row.id().toString(), row.reference(), row.bookedAt(),
                texts.t("held.title", texts.t("visits.visit.title"), texts.t("visits.status." + row.status()),
                        texts.dates().date(row.startsAt() != null ? row.startsAt() : row.bookedAt())),
                matchedOn, fields.list());
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("contact_reference"), rs.getString("status"),
                rs.getString("officer"), instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("place"),
                rs.getString("confirm_by"), rs.getString("preferred_times"), rs.getString("booked_by"),
                instant(rs, "booked_at"), instant(rs, "changed_at"), rs.getString("cancelled_by"),
                instant(rs, "cancelled_at"), rs.getString("cancel_reason"), rs.getString("outcome"),
                rs.getString("outcome_note"), instant(rs, "outcome_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
