package org.bluelamp.appointments;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Officers' available times. The database refuses two overlapping slots for one officer (see V23). */
@Repository
class Slots {

    private static final String FREE = """
            s.withdrawn_at IS NULL AND NOT EXISTS (
                SELECT 1 FROM plod_visit v WHERE v.slot_id = s.id AND v.status IN ('booked', 'visited'))""";

    private final JdbcClient jdbc;

    Slots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the slot; false if it overlaps one the officer already has. */
    boolean add(Slot slot, Instant now) {
        try {
            jdbc.sql("""
                            INSERT INTO plod_slot (id, officer, starts_at, ends_at, created_at)
                            VALUES (:id, :officer, :starts, :ends, :now)""")
                    .param("id", slot.id()).param("officer", slot.officer())
                    .param("starts", Timestamp.from(slot.startsAt())).param("ends", Timestamp.from(slot.endsAt()))
                    .param("now", Timestamp.from(now)).update();
            return true;
        } catch (DataIntegrityViolationException overlapping) {
            return false;
        }
    }

    /** Takes back one of the officer's free slots; false if it is booked, someone else's or gone. */
    boolean withdraw(UUID id, String officer, Instant now) {
        return jdbc.sql("UPDATE plod_slot s SET withdrawn_at = :now WHERE s.id = :id AND s.officer = :officer AND " + FREE)
                .param("now", Timestamp.from(now)).param("id", id).param("officer", officer).update() == 1;
    }

    /** Every officer's free slots starting between the two times, soonest first. */
    List<Slot> free(Instant from, Instant until) {
        return jdbc.sql("SELECT s.* FROM plod_slot s WHERE s.starts_at > :from AND s.starts_at < :until AND " + FREE
                        + " ORDER BY s.starts_at, s.officer")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query(Slots::slot).list();
    }

    /** The slot if it is free and starts after {@code now}. */
    Optional<Slot> freeSlot(UUID id, Instant now) {
        return jdbc.sql("SELECT s.* FROM plod_slot s WHERE s.id = :id AND s.starts_at > :now AND " + FREE)
                .param("id", id).param("now", Timestamp.from(now)).query(Slots::slot).optional();
    }

    /** One officer's free slots from now on. */
    List<Slot> freeOf(String officer, Instant from) {
        return jdbc.sql("SELECT s.* FROM plod_slot s WHERE s.officer = :officer AND s.starts_at > :from AND " + FREE
                        + " ORDER BY s.starts_at")
                .param("officer", officer).param("from", Timestamp.from(from)).query(Slots::slot).list();
    }

    boolean anyOf(String officer) {
        return jdbc.sql("SELECT count(*) FROM plod_slot WHERE officer = :officer")
                .param("officer", officer).query(Long.class).single() > 0;
    }

    static Slot slot(ResultSet rs, int row) throws SQLException {
        return new Slot(rs.getObject("id", UUID.class), rs.getString("officer"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant());
    }
}
