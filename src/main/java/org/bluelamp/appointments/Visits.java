package org.bluelamp.appointments;

import org.bluelamp.reporting.Reference;
import org.bluelamp.reporting.ContactPreference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * PLOD visits. Booking into a slot that holds a visit already is refused by the database's unique index (see V23),
 * so two handlers booking one time at once get one visit and one {@link SlotTaken}.
 */
@Repository
class Visits {

    private static final String SELECT = """
            SELECT v.*, s.officer, s.starts_at, s.ends_at FROM plod_visit v LEFT JOIN plod_slot s ON s.id = v.slot_id\s""";

    private final JdbcClient jdbc;

    Visits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Visit visit) {
        try {
            jdbc.sql("""
                            INSERT INTO plod_visit (id, contact_reference, report_id, status, slot_id, place, confirm_by,
                                                    preferred_times, booked_by, booked_at, reminder_due_at)
                            VALUES (:id, :reference, :report, :status, :slot, :place, :confirmBy, :preferred, :by, :at, :reminder)""")
                    .param("id", visit.id()).param("reference", visit.contactReference().value())
                    .param("report", visit.reportId()).param("status", visit.status().code())
                    .param("slot", visit.slot() == null ? null : visit.slot().id()).param("place", visit.place())
                    .param("confirmBy", visit.confirmBy() == null ? null : visit.confirmBy().code())
                    .param("preferred", visit.preferredTimes()).param("by", visit.bookedBy())
                    .param("at", Timestamp.from(visit.bookedAt())).param("reminder", timestamp(visit.reminderDueAt()))
                    .update();
        } catch (DuplicateKeyException doubleBooked) {
            throw new SlotTaken();
        }
    }

    Optional<Visit> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE v.id = :id").param("id", id).query(Visits::visit).optional();
    }

    /** The visit, locked until the caller's transaction ends, so two changes to it cannot cross. */
    Optional<Visit> lock(UUID id) {
        return jdbc.sql(SELECT + " WHERE v.id = :id FOR UPDATE OF v").param("id", id).query(Visits::visit).optional();
    }

    List<Visit> ofContact(Reference reference) {
        return jdbc.sql(SELECT + " WHERE v.contact_reference = :reference ORDER BY v.booked_at DESC")
                .param("reference", reference.value()).query(Visits::visit).list();
    }

    /** The officer's booked and made visits starting after {@code from}, soonest first. */
    List<Visit> ofOfficer(String officer, Instant from) {
        return jdbc.sql(SELECT + """
                         WHERE s.officer = :officer AND v.status IN ('booked', 'visited') AND s.starts_at > :from
                         ORDER BY s.starts_at""")
                .param("officer", officer).param("from", Timestamp.from(from)).query(Visits::visit).list();
    }

    /** Moves a booked visit to another slot, with a new reminder time: the old time's reminder is no longer owed. */
    void moveTo(UUID id, UUID slotId, String place, ContactPreference confirmBy, Instant reminderDue, Instant now) {
        try {
            jdbc.sql("""
                            UPDATE plod_visit SET slot_id = :slot, place = :place, confirm_by = :confirmBy, changed_at = :now,
                                                  reminder_due_at = :reminder, reminder_queued_at = NULL
                            WHERE id = :id AND status = 'booked'""")
                    .param("slot", slotId).param("place", place).param("confirmBy", confirmBy == null ? null : confirmBy.code())
                    .param("now", Timestamp.from(now)).param("reminder", timestamp(reminderDue)).param("id", id)
                    .update();
        } catch (DuplicateKeyException doubleBooked) {
            throw new SlotTaken();
        }
    }

    void cancel(UUID id, String by, String reason, Instant now) {
        jdbc.sql("""
                        UPDATE plod_visit SET status = 'cancelled', cancelled_by = :by, cancelled_at = :now,
                                              cancel_reason = :reason
                        WHERE id = :id AND status IN ('booked', 'no-suitable-time')""")
                .param("by", by).param("now", Timestamp.from(now)).param("reason", reason).param("id", id).update();
    }

    void recordOutcome(UUID id, String outcome, String note, Instant now) {
        jdbc.sql("""
                        UPDATE plod_visit SET status = 'visited', outcome = :outcome, outcome_note = :note, outcome_at = :now
                        WHERE id = :id AND status = 'booked'""")
                .param("outcome", outcome).param("note", note).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    /**
     * Marks every booked visit whose reminder is due as reminded, and returns them: one statement, with rows another
     * instance is marking skipped, so each reminder is handed out once.
     */
    List<Visit> takeDueReminders(Instant now) {
        return jdbc.sql("""
                        WITH due AS (
                            SELECT id FROM plod_visit
                            WHERE status = 'booked' AND reminder_queued_at IS NULL AND reminder_due_at <= :now
                            FOR UPDATE SKIP LOCKED)
                        UPDATE plod_visit v SET reminder_queued_at = :now
                        FROM due, plod_slot s
                        WHERE v.id = due.id AND s.id = v.slot_id
                        RETURNING v.*, s.officer, s.starts_at, s.ends_at""")
                .param("now", Timestamp.from(now)).query(Visits::visit).list();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Visit visit(ResultSet rs, int row) throws SQLException {
        var slotId = rs.getObject("slot_id", UUID.class);
        var slot = slotId == null ? null : new Slot(slotId, rs.getString("officer"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant());
        var confirmBy = rs.getString("confirm_by");
        return new Visit(rs.getObject("id", UUID.class), Reference.stored(rs.getString("contact_reference")),
                rs.getObject("report_id", UUID.class), VisitStatus.fromCode(rs.getString("status")), slot, rs.getString("place"),
                confirmBy == null ? null : ContactPreference.fromCode(confirmBy).orElse(null),
                rs.getString("preferred_times"), rs.getString("booked_by"), instant(rs, "booked_at"),
                rs.getString("cancel_reason"), instant(rs, "reminder_due_at"), instant(rs, "reminder_queued_at"),
                rs.getString("outcome"), rs.getString("outcome_note"));
    }
}
